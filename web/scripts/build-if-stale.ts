// Builds the web console when web/dist is missing or older than its sources, so that
// `npm start` serves the console of the code it runs, with no separate build step.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB_DIR = fileURLToPath(new URL('..', import.meta.url));
const BUILT = path.join(WEB_DIR, 'dist', 'index.html');
/** Everything the build reads, besides node_modules (the lockfile stands for those). */
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'postcss.config.js', 'tsconfig.json', 'package.json', '../package-lock.json'];

/** The newest modification time under `target` (a file or a directory), 0 when it does not exist. */
export function newestChange(target: string): number {
  let stats;
  try {
    stats = statSync(target);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestChange(path.join(target, entry)));
  return newest;
}

export function isBuildStale(webDir = WEB_DIR): boolean {
  const built = newestChange(path.join(webDir, 'dist', 'index.html'));
  if (!built) return true;
  return SOURCES.some((source) => newestChange(path.join(webDir, source)) > built);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  if (isBuildStale()) {
    console.log(statSync(BUILT, { throwIfNoEntry: false }) ? 'The web console changed: building it…' : 'Building the web console…');
    const vite = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
    const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: WEB_DIR, stdio: 'inherit' });
    if (result.status !== 0) {
      console.error('The web console did not build (see above).');
      process.exit(result.status ?? 1);
    }
  }
}
