// Mantine's PostCSS preset: its breakpoints and rem() helpers in the console's CSS modules.
export default {
  plugins: {
    'postcss-preset-mantine': {},
  },
};
