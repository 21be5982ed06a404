import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openConsole, saveScreenshot, signIn, startSportello, type RunningSportello } from './harness';

describe.skipIf(!browserAvailable)('settings', () => {
  let sportello: RunningSportello;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [sportello, browser] = await Promise.all([startSportello(), launchBrowser()]);
    ({ page } = await openConsole(browser, sportello.url));
    await signIn(page, sportello.admin);
  });

  afterAll(async () => {
    await browser?.close();
    await sportello?.stop();
  });

  const heading = (name: string) => page.getByRole('heading', { level: 1, name });

  it('lists the settings pages on the overview', async () => {
    await page.goto('/settings');
    await heading('Settings').waitFor();
    for (const name of ['Users', 'API keys', 'Working hours', 'WhatsApp channel', 'General']) {
      await page.getByRole('tab', { name }).waitFor();
    }
    await saveScreenshot(page, 'settings');
    await page.getByRole('tab', { name: 'Users' }).click();
    await page.waitForURL('**/settings/users');
    await heading('Users').waitFor();
  });

  it('creates an operator, who signs in without Automations and Settings', async () => {
    await page.goto('/settings/users');
    await page.getByRole('button', { name: 'Add user' }).click();
    const dialog = page.getByRole('dialog', { name: 'New user' });
    await dialog.getByLabel('E-mail').fill('olga@example.test');
    await dialog.getByLabel('Name').fill('Olga Bianchi');
    await dialog.locator('input[type="password"]').fill('operator-pass');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: /olga@example.test/ }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Role of Olga Bianchi' }).inputValue()).toBe('Operator');
    await saveScreenshot(page, 'settings-users');

    const operator = await openConsole(browser, sportello.url);
    try {
      await signIn(operator.page, { email: 'olga@example.test', password: 'operator-pass' });
      const nav = operator.page.getByRole('navigation');
      await nav.getByRole('link', { name: 'Inbox' }).waitFor();
      await nav.getByRole('link', { name: 'Tickets' }).waitFor();
      expect(await nav.getByRole('link', { name: 'Automations' }).count()).toBe(0);
      expect(await nav.getByRole('link', { name: 'Settings' }).count()).toBe(0);
      await operator.page.goto('/settings/users');
      await operator.page.getByRole('heading', { name: 'Not available to your role' }).waitFor();
    } finally {
      await operator.context.close();
    }
  });

  it('creates an API key shown once, which works until it is revoked', async () => {
    await page.goto('/settings/api-keys');
    await heading('API keys').waitFor();
    await page.getByRole('button', { name: 'Create API key' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New API key' });
    await dialog.getByLabel('Name').fill('Browser test script');
    await dialog.getByRole('button', { name: 'Create key' }).click();

    const shown = page.getByRole('dialog', { name: 'Your new API key' });
    await shown.getByText('Copy it now').waitFor();
    const key = ((await shown.getByLabel('API key').textContent()) ?? '').trim();
    expect(key).toMatch(/^spk_/);
    await saveScreenshot(page, 'settings-api-key-created');

    const me = (bearer: string) => fetch(`${sportello.url}/api/v1/me`, { headers: { authorization: `Bearer ${bearer}` } });
    const accepted = await me(key);
    expect(accepted.status).toBe(200);
    expect(((await accepted.json()) as { role: string }).role).toBe('admin');

    await shown.getByRole('button', { name: 'I have copied it' }).click();
    await shown.waitFor({ state: 'hidden' });
    // Listed by its prefix only, now used once.
    await page.getByText(`${key.slice(0, 12)}…`).waitFor();
    expect(await page.getByText(key).count()).toBe(0);
    await saveScreenshot(page, 'settings-api-keys');

    await page.getByRole('button', { name: 'Revoke Browser test script' }).click();
    await page.getByRole('dialog', { name: 'Revoke this key?' }).getByRole('button', { name: 'Revoke' }).click();
    await page.getByText(/^Revoked on/).waitFor();
    expect((await me(key)).status).toBe(401);
  });

  it('changes the working hours and holidays, which are there after a reload', async () => {
    await page.goto('/settings/working-hours');
    await heading('Working hours').waitFor();
    const saturday = page.getByRole('group', { name: 'Saturday' });
    await saturday.getByText('Closed').waitFor();
    await saturday.getByRole('switch', { name: 'Saturday' }).click();
    await saturday.getByRole('textbox', { name: 'Saturday: interval 1 opens at' }).fill('10:00');
    await saturday.getByRole('textbox', { name: 'Saturday: interval 1 closes at' }).fill('14:00');
    await page.getByRole('button', { name: 'Add holiday' }).click();
    await page.getByLabel('Date of holiday 1').fill('2026-12-25');
    await page.getByRole('textbox', { name: 'Name of holiday 1' }).fill('Christmas');
    await page.getByRole('checkbox', { name: 'Every year' }).click();
    await page.getByRole('button', { name: 'Save working hours' }).click();
    await page.getByText('Working hours saved').waitFor();

    await page.reload();
    await heading('Working hours').waitFor();
    expect(await page.getByRole('textbox', { name: 'Saturday: interval 1 opens at' }).inputValue()).toBe('10:00');
    expect(await page.getByRole('textbox', { name: 'Saturday: interval 1 closes at' }).inputValue()).toBe('14:00');
    expect(await page.getByLabel('Date of holiday 1').inputValue()).toBe('2026-12-25');
    expect(await page.getByRole('textbox', { name: 'Name of holiday 1' }).inputValue()).toBe('Christmas');
    await saveScreenshot(page, 'settings-working-hours');

    const saved = await sportello.api<{ workingHours: Record<string, unknown>; holidays: unknown[] }>('/api/v1/settings/working-hours');
    expect(saved.workingHours['6']).toEqual([{ from: '10:00', to: '14:00' }]);
    expect(saved.holidays).toEqual([{ date: '2026-12-25', name: 'Christmas', yearly: true }]);
  });

  it('connects a Meta number and shows the webhook URL and verify token for Meta', async () => {
    await page.goto('/settings/channel');
    await heading('WhatsApp channel').waitFor();
    await page.getByText('Sandbox', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Connect a Meta number' }).click();
    const dialog = page.getByRole('dialog', { name: 'Connect a Meta Cloud API number' });
    await dialog.getByLabel('Name').fill('Shop');
    await dialog.getByLabel('Phone number ID').fill('106540352242922');
    await dialog.getByLabel('WhatsApp Business Account ID').fill('102290129340398');
    await dialog.getByLabel(/^Phone number\s*\*?$/).fill('+39 02 1234 5678');
    await dialog.getByLabel('Access token').fill('EAAG-not-a-real-token');
    await dialog.getByLabel('App secret').fill('not-a-real-secret');
    await dialog.getByLabel('Verify token').fill('paste-me-into-meta');
    await dialog.getByRole('button', { name: 'Connect' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const card = page.getByRole('region', { name: 'Shop' });
    expect(await card.getByLabel('Callback URL', { exact: true }).textContent()).toMatch(/^http:\/\/.+\/webhooks\/whatsapp$/);
    expect(await card.getByLabel('Verify token', { exact: true }).textContent()).toBe('paste-me-into-meta');
    await saveScreenshot(page, 'settings-channel');
  });

  it('renames the account and sets its default language', async () => {
    await page.goto('/settings/general');
    await heading('General').waitFor();
    await page.getByLabel('Account name').fill('Bottega Rossi');
    await page.getByRole('combobox', { name: 'Default language' }).click();
    await page.getByRole('option', { name: 'Español' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Account saved').waitFor();
    await saveScreenshot(page, 'settings-general');

    const me = await sportello.api<{ account: { name: string; defaultLanguage: string } }>('/api/v1/me');
    expect(me.account).toMatchObject({ name: 'Bottega Rossi', defaultLanguage: 'es' });
  });
});
