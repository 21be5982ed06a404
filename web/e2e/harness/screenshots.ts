import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const DOCS_DIR = fileURLToPath(new URL('../../../docs/screenshots', import.meta.url));
const RUN_DIR = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

/**
 * Saves what the page shows as <name>.png. Test runs write to
 * web/test-results/screenshots (ignored by git); `npm run screenshots -w web`
 * (UPDATE_SCREENSHOTS=1) writes the committed ones in docs/screenshots.
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const dir = process.env.UPDATE_SCREENSHOTS ? DOCS_DIR : RUN_DIR;
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  // Animations and the blinking caret would make every shot differ.
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  return file;
}
