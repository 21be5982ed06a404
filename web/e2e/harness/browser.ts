import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`); browsers are never downloaded. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const browserAvailable = existsSync(CHROMIUM_PATH);

export const SKIP_MESSAGE = `Browser tests skipped: ${CHROMIUM_PATH} is missing (install it with: apt-get update && apt-get install -y chromium).`;

/** The two screens the console is made for. */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

/**
 * Headless Chromium with a fresh profile (Playwright gives every launch its
 * own temporary --user-data-dir) and nothing that calls out to the network.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A new browser window on the console at desktop size, in English until the user's profile says otherwise. */
export async function openConsole(browser: Browser, baseURL: string, viewport: { width: number; height: number } = VIEWPORTS.desktop): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport, locale: 'en-US', timezoneId: 'Europe/Rome' });
  const page = await context.newPage();
  // Everything on these pages happens in well under a second: a long wait is a failure.
  page.setDefaultTimeout(10_000);
  return { context, page };
}
