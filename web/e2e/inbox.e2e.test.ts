import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openConsole, saveScreenshot, signIn, startSportello, VIEWPORTS, type RunningSportello } from './harness';

const CUSTOMER = { phone: '+393331234567', name: 'Mario Rossi' };

describe.skipIf(!browserAvailable)('the inbox', () => {
  let sportello: RunningSportello;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let phone: Page;
  let chatPath: string;

  beforeAll(async () => {
    [sportello, browser] = await Promise.all([startSportello(), launchBrowser()]);
    ({ context, page } = await openConsole(browser, sportello.url));
    await signIn(page, sportello.admin);
  });

  afterAll(async () => {
    await browser?.close();
    await sportello?.stop();
  });

  it('shows what to do while nobody has written yet', async () => {
    await page.goto('/inbox');
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    await page.getByText('No conversations yet').waitFor();
    expect(await page.getByRole('main').getByRole('link', { name: 'Open the sandbox phone' }).first().getAttribute('href')).toBe('/sandbox/phone');
  });

  it('shows a customer message from the sandbox phone live, without a reload', async () => {
    phone = await context.newPage();
    await phone.goto(`/sandbox/phone?from=${encodeURIComponent(CUSTOMER.phone)}&name=${encodeURIComponent(CUSTOMER.name)}`);
    await phone.getByRole('textbox', { name: 'Message' }).fill('Hello, can I book a table for tonight?');
    await phone.getByRole('textbox', { name: 'Message' }).press('Enter');

    const row = page.getByRole('link', { name: `${CUSTOMER.name}, unread messages: 1` });
    await row.waitFor();
    expect(await row.textContent()).toContain('Hello, can I book a table for tonight?');
    await saveScreenshot(page, 'inbox-list');

    await row.click();
    await page.waitForURL('**/inbox/*');
    chatPath = new URL(page.url()).pathname;
    const thread = page.getByRole('log', { name: `Chat with ${CUSTOMER.name}` });
    await thread.getByText('Hello, can I book a table for tonight?').waitFor();
    // Opening the chat reads it: the unread badge goes away.
    await page.getByRole('link', { name: CUSTOMER.name, exact: true }).waitFor();
  });

  it('sends the reply from the composer with Enter, shows its ticks, and the phone receives it', async () => {
    const composer = page.getByRole('textbox', { name: 'Message', exact: true });
    await composer.fill('Of course! For how many people?');
    await composer.press('Enter');
    const thread = page.getByRole('log', { name: `Chat with ${CUSTOMER.name}` });
    await thread.getByText('Of course! For how many people?').waitFor();
    expect(await composer.inputValue()).toBe('');
    // The sandbox reports sent, delivered and read: the read ticks arrive over the live stream.
    await thread.getByRole('img', { name: 'Read' }).waitFor();

    await phone.getByText('Of course! For how many people?').waitFor();

    await phone.getByRole('textbox', { name: 'Message' }).fill('We are four');
    await phone.getByRole('textbox', { name: 'Message' }).press('Enter');
    await thread.getByText('We are four').waitFor();
  });

  it('keeps internal notes in the chat for the team only, and links the contact to tickets', async () => {
    await page.getByText('Internal note', { exact: true }).click();
    await page.getByRole('textbox', { name: 'Internal note' }).waitFor();
    const note = page.getByRole('textbox', { name: 'Internal note' });
    await note.fill('Regular customer: offer the terrace');
    await note.press('Enter');
    const thread = page.getByRole('log', { name: `Chat with ${CUSTOMER.name}` });
    // Notes stand apart from messages, with their author.
    const shown = thread.locator('[data-kind="note"]').filter({ hasText: 'Regular customer: offer the terrace' });
    await shown.waitFor();
    expect(await shown.textContent()).toContain('Internal note by');

    const contactId = chatPath.split('/').pop();
    expect(await page.getByTestId('open-ticket').getAttribute('href')).toBe(`/tickets/new?contactId=${contactId}`);
    // The sandbox phone opens as this very customer from the contact panel.
    expect(await page.getByRole('link', { name: 'Write as this customer' }).getAttribute('href')).toBe('/sandbox/phone?from=%2B393331234567&name=Mario+Rossi');
    await saveScreenshot(page, 'inbox-chat');
    expect(await phone.getByText('Regular customer: offer the terrace').count()).toBe(0);
  });

  it('fits a phone screen: the chat with a way back to the list', async () => {
    await page.setViewportSize(VIEWPORTS.phone);
    await page.goto(chatPath);
    await page.getByRole('log', { name: `Chat with ${CUSTOMER.name}` }).getByText('We are four').waitFor();
    await saveScreenshot(page, 'inbox-phone');
    await page.getByRole('link', { name: 'Back to the conversations' }).click();
    await page.waitForURL('**/inbox');
    await page.getByRole('link', { name: CUSTOMER.name, exact: true }).waitFor();
    await page.setViewportSize(VIEWPORTS.desktop);
  });
});
