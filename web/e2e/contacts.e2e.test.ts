import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openConsole, saveScreenshot, signIn, startSportello, type RunningSportello } from './harness';

/** A small import: the second data row (line 3 of the file) has no valid phone number. */
const CSV = ['Telefono,Nome,Città', '+393330000001,Marco Verdi,Roma', 'not-a-phone,Riga Sbagliata,Milano', '+393330000003,Sara Neri,Napoli', ''].join('\n');

describe.skipIf(!browserAvailable)('the contacts section', () => {
  let sportello: RunningSportello;
  let browser: Browser;
  let page: Page;
  let contactPath = '';

  beforeAll(async () => {
    [sportello, browser] = await Promise.all([startSportello(), launchBrowser()]);
    ({ page } = await openConsole(browser, sportello.url));
    await signIn(page, sportello.admin);
  });

  afterAll(async () => {
    await browser?.close();
    await sportello?.stop();
  });

  it('defines a dynamic field from the Fields tab', async () => {
    await page.goto('/contacts/fields');
    await page.getByRole('heading', { name: 'No dynamic fields yet' }).waitFor();
    await page.getByLabel('Label').fill('City');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('cell', { name: '%%CITY%%' }).waitFor();
  });

  it('creates a contact from the table, shows a server error under its input, tags it', async () => {
    await page.goto('/contacts');
    await page.getByRole('heading', { name: 'No contacts yet' }).waitFor();
    await page.getByRole('button', { name: 'New contact' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New contact' });
    await dialog.getByLabel('Phone').fill('+39 333 111 2233');
    await dialog.getByLabel('Name').fill('Giulia Bianchi');
    await dialog.getByRole('button', { name: 'Create contact' }).click();
    await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
    contactPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: 'Giulia Bianchi' }).waitFor();

    // The server refuses the language code; its message appears under that input.
    await page.getByRole('combobox', { name: 'Language' }).fill('not a language');
    await page.getByRole('textbox', { name: 'City' }).fill('Torino');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('must be a language code such as it, en, es or en-GB').waitFor();

    await page.getByRole('combobox', { name: 'Language' }).fill('it');
    const tags = page.getByRole('combobox', { name: 'Tags' });
    await tags.fill('vip');
    await tags.press('Enter');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Contact saved').waitFor();
    const saved = await sportello.api<{ tags: string[]; language: string; fields: Record<string, unknown> }>(`/api/v1${contactPath}`);
    expect(saved).toMatchObject({ tags: ['vip'], language: 'it', fields: { CITY: 'Torino' } });
    expect(await page.getByRole('link', { name: 'Open chat' }).getAttribute('href')).toBe(`/inbox/${contactPath.split('/').pop()}`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'contacts-contact');
  });

  it('filters the table by that tag', async () => {
    await sportello.api('/api/v1/contacts', { body: { phone: '+393334445566', name: 'Paolo Gialli' } });
    await page.goto('/contacts');
    await page.getByRole('link', { name: 'Paolo Gialli', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Giulia Bianchi', exact: true }).waitFor();

    await page.getByRole('combobox', { name: 'Tags' }).click();
    await page.getByRole('option', { name: 'vip' }).click();
    await page.waitForURL('**/contacts?tag=vip');
    await page.getByRole('link', { name: 'Paolo Gialli', exact: true }).waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Giulia Bianchi', exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await saveScreenshot(page, 'contacts-table');
  });

  it('imports a CSV with a bad row and reports that row', async () => {
    await page.goto('/contacts/import');
    await page.locator('input[type="file"]').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await page.getByRole('button', { name: 'Read the file' }).click();

    // Italian headers: the suggestion maps them; the city column is set by hand.
    await page.getByText('people.csv has 3 columns').waitFor();
    expect(await page.getByRole('combobox', { name: 'What column Telefono fills' }).inputValue()).toBe('Phone');
    await page.getByRole('combobox', { name: 'What column Città fills' }).click();
    await page.getByRole('option', { name: 'City' }).click();
    await page.getByRole('combobox', { name: 'Tags' }).fill('fiera');
    await page.getByRole('combobox', { name: 'Tags' }).press('Enter');
    await page.getByRole('button', { name: 'Preview', exact: true }).click();

    await page.getByText('The mapping is valid').waitFor();
    const preview = page.getByRole('table', { name: 'Preview of the import' });
    expect(await preview.textContent()).toContain('Marco Verdi');
    await saveScreenshot(page, 'contacts-import');

    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor();
    await page.getByText('1 row was not imported').waitFor();
    const errors = page.getByRole('table', { name: 'Rows not imported' });
    const row = errors.getByRole('row').nth(1);
    expect(await row.getByRole('cell').first().textContent()).toBe('3');
    expect(await row.textContent()).toContain('Telefono');
    await saveScreenshot(page, 'contacts-import-report');

    const imported = await sportello.api<{ data: Array<{ name: string; fields: Record<string, unknown> }> }>('/api/v1/contacts?tag=fiera');
    expect(imported.data.map((c) => [c.name, c.fields.CITY]).sort()).toEqual([
      ['Marco Verdi', 'Roma'],
      ['Sara Neri', 'Napoli'],
    ]);
  });

  it('adds selected contacts to a tag in bulk', async () => {
    await page.goto('/contacts?tag=fiera');
    await page.getByRole('link', { name: 'Sara Neri', exact: true }).waitFor();
    await page.getByRole('checkbox', { name: 'Select every contact on this page' }).check();
    await page.getByText('2 contacts selected').waitFor();
    await page.getByRole('button', { name: 'Add tag' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Tag' }).fill('richiamare');
    await dialog.getByRole('button', { name: 'Add tag' }).click();
    await page.getByText('Done: 2 contacts changed out of 2.').waitFor();
    const tagged = await sportello.api<{ data: unknown[] }>('/api/v1/contacts?tag=richiamare');
    expect(tagged.data).toHaveLength(2);
  });

  it('exports what the filters show as CSV', async () => {
    await page.goto('/contacts?tag=vip');
    await page.getByRole('link', { name: 'Giulia Bianchi', exact: true }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile((await download.path())!, 'utf8');
    expect(text).toContain('+393331112233');
    expect(text).not.toContain('+393334445566');
    expect(text).not.toContain('+393330000001');
  });
});
