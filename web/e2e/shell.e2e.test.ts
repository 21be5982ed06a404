import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openConsole, saveScreenshot, signIn, startSportello, VIEWPORTS, type RunningSportello } from './harness';

describe.skipIf(!browserAvailable)('the console shell', () => {
  let sportello: RunningSportello;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [sportello, browser] = await Promise.all([startSportello(), launchBrowser()]);
    ({ page } = await openConsole(browser, sportello.url));
  });

  afterAll(async () => {
    await browser?.close();
    await sportello?.stop();
  });

  it('sends a visitor to the sign-in page and shows why a sign-in failed', async () => {
    await page.goto('/tickets');
    await page.waitForURL('**/sign-in?next=%2Ftickets');
    await page.getByRole('heading', { name: 'Sign in to Sportello' }).waitFor();
    await saveScreenshot(page, 'sign-in');

    await page.getByLabel('E-mail').fill(sportello.admin.email);
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Wrong e-mail or password');
  });

  it('signs the demo admin in and opens every section from the menu', async () => {
    await signIn(page, sportello.admin);
    await page.waitForURL('**/inbox');
    const nav = page.getByRole('navigation');
    for (const [label, path] of [['Inbox', '/inbox'], ['Contacts', '/contacts'], ['Tickets', '/tickets'], ['Automations', '/automations'], ['Settings', '/settings']] as const) {
      await nav.getByRole('link', { name: label }).click();
      await page.waitForURL(`**${path}`);
      await page.getByRole('heading', { level: 1, name: label }).waitFor();
      await saveScreenshot(page, path.slice(1));
    }
    expect(await page.getByRole('link', { name: 'Sandbox phone' }).getAttribute('href')).toBe('/sandbox/phone');
    expect(await page.getByRole('link', { name: 'API documentation' }).getAttribute('href')).toBe('/api/docs');
  });

  it('keeps a route of the console across a reload', async () => {
    await page.goto('/contacts');
    await page.getByRole('heading', { level: 1, name: 'Contacts' }).waitFor();
    await page.goto('/no-such-page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  });

  it('speaks Italian once the profile says so, after a reload too', async () => {
    await page.goto('/inbox');
    await page.getByRole('button', { name: 'Your account' }).click();
    await page.getByRole('menuitem', { name: 'Profile' }).click();
    await page.getByRole('dialog').getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'Italiano' }).click();
    await page.getByRole('dialog', { name: 'Il tuo profilo' }).waitFor();
    await page.keyboard.press('Escape');

    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Contatti' }).waitFor();
    await page.reload();
    await nav.getByRole('link', { name: 'Impostazioni' }).click();
    await page.getByRole('heading', { level: 1, name: 'Impostazioni' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('it');
    // The language is the profile's, on the server, not only this browser's.
    const me = (await (await page.request.get('/api/v1/me')).json()) as { user: { language: string } };
    expect(me.user.language).toBe('it');
  });

  it('fits a phone screen behind a menu button', async () => {
    await page.setViewportSize(VIEWPORTS.phone);
    await page.goto('/tickets');
    await page.getByRole('heading', { level: 1, name: 'Ticket' }).waitFor();
    const menuButton = page.getByRole('button', { name: 'Mostra o nascondi il menu' });
    await menuButton.click();
    await page.getByRole('navigation').getByRole('link', { name: 'Contatti' }).click();
    await page.waitForURL('**/contacts');
    await page.getByRole('heading', { level: 1, name: 'Contatti' }).waitFor();
    await menuButton.click();
    await saveScreenshot(page, 'phone-menu');
    await menuButton.click();
    await page.setViewportSize(VIEWPORTS.desktop);
  });

  it('signs out, and the console is closed until the next sign-in', async () => {
    await page.getByRole('button', { name: 'Il tuo account' }).click();
    await page.getByRole('menuitem', { name: 'Esci' }).click();
    await page.waitForURL('**/sign-in');
    await page.getByRole('heading', { name: 'Accedi a Sportello' }).waitFor();
    await page.goto('/inbox');
    await page.waitForURL('**/sign-in?next=%2Finbox');
  });
});
