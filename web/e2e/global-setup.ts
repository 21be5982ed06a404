import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { browserAvailable, SKIP_MESSAGE } from './harness/browser';

/**
 * Before the browser tests: the console is built (as `npm start` would), and
 * a missing Chromium is said once, loudly. In CI a missing Chromium is an
 * error: .ci/run installs it, so its absence means a broken install step.
 */
export default function setup(): void {
  if (!browserAvailable) {
    if (process.env.CI) throw new Error(`${SKIP_MESSAGE} CI must run them.`);
    console.warn(`\n  ${SKIP_MESSAGE}\n`);
    return;
  }
  const script = fileURLToPath(new URL('../scripts/build-if-stale.ts', import.meta.url));
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The web console did not build: the browser tests need it.');
}
