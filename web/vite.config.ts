import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// `npm run dev -w web` serves the console with hot reload and sends the server's paths to a
// Sportello started with `npm start` (or `npm run dev`) on port 3000.
const server = process.env.SPORTELLO_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: Object.fromEntries(['/api', '/sandbox', '/webhooks', '/healthz'].map((prefix) => [prefix, { target: server, changeOrigin: true }])),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Mantine and React make one large shared chunk; the sections load on demand.
    chunkSizeWarningLimit: 1500,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['e2e/global-setup.ts'],
          // One Sportello and one Chromium at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
