import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openConsole, saveScreenshot, signIn, startSportello, type RunningSportello } from './harness';

const CUSTOMER = { phone: '+393331234567', name: 'Mario Bianchi' };

describe.skipIf(!browserAvailable)('tickets', () => {
  let sportello: RunningSportello;
  let browser: Browser;
  let page: Page;
  let contactId: string;
  let ticketPath: string;

  beforeAll(async () => {
    [sportello, browser] = await Promise.all([startSportello(), launchBrowser()]);
    ({ page } = await openConsole(browser, sportello.url));
    await signIn(page, sportello.admin);
    // A customer writes through the sandbox, as the phone page does.
    const channels = await sportello.api<{ data: Array<{ phoneNumberId: string }> }>('/api/v1/channels');
    await sportello.api('/sandbox/v1/inbound', {
      body: { phoneNumberId: channels.data[0]!.phoneNumberId, from: CUSTOMER.phone.slice(1), name: CUSTOMER.name, text: 'My parcel has not arrived' },
    });
    const contacts = await sportello.api<{ data: Array<{ id: string }> }>(`/api/v1/contacts?phone=${encodeURIComponent(CUSTOMER.phone)}`);
    contactId = contacts.data[0]!.id;
  });

  afterAll(async () => {
    await browser?.close();
    await sportello?.stop();
  });

  /** The figure a statistics card shows for one row, e.g. figure('Tickets per status', 'Open'). */
  const figure = (card: string, row: string) => page.getByRole('region', { name: card }).getByRole('listitem').filter({ hasText: row }).first();

  it('opens a ticket from the chat with the contact chosen', async () => {
    await page.goto(`/inbox/${contactId}`);
    await page.getByTestId('open-ticket').click();
    await page.waitForURL(`**/tickets/new?contactId=${contactId}`);
    await page.getByRole('heading', { level: 1, name: 'New ticket' }).waitFor();
    const contact = page.getByRole('combobox', { name: 'Contact' });
    await expect.poll(() => contact.inputValue()).toBe(`${CUSTOMER.name} (${CUSTOMER.phone})`);

    await page.getByRole('textbox', { name: 'Title' }).fill('Parcel not arrived');
    await page.getByRole('textbox', { name: 'Description' }).fill('Ordered on Monday, tracking says delivered.');
    await page.getByRole('combobox', { name: 'Priority' }).click();
    await page.getByRole('option', { name: 'High' }).click();
    await page.getByRole('combobox', { name: 'Category' }).fill('Shipping');
    await page.getByRole('button', { name: 'Create ticket' }).click();

    await page.waitForURL(/\/tickets\/[0-9a-f-]{36}$/);
    ticketPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: 'Parcel not arrived' }).waitFor();
    expect(await page.getByRole('link', { name: 'Open the chat' }).first().getAttribute('href')).toBe(`/inbox/${contactId}`);
    await page.getByText(`${CUSTOMER.name} (${CUSTOMER.phone})`).waitFor();
  });

  it('counts the new ticket in the statistics and the list', async () => {
    await page.goto('/tickets');
    await figure('Tickets per status', 'Open').getByText('1', { exact: true }).waitFor();
    expect(await figure('Tickets per status', 'Closed').getAttribute('aria-label')).toBe('Closed: 0');
    expect(await figure('Tickets per priority', 'High').getAttribute('aria-label')).toBe('High: 1');
    expect(await figure('Share per category', 'Shipping').getAttribute('aria-label')).toBe('Shipping · 100%: 1');
    await page.getByRole('region', { name: 'Average closing time per category' }).getByText('No ticket of this period is closed yet.').waitFor();
    await page.getByRole('table', { name: 'Tickets' }).getByRole('link', { name: 'Parcel not arrived' }).waitFor();
    await saveScreenshot(page, 'tickets-list');
  });

  it('changes the status on the ticket page, keeps it in the history, and the statistics follow', async () => {
    await page.getByRole('link', { name: 'Parcel not arrived' }).click();
    await page.waitForURL(`**${ticketPath}`);
    // The list (with its own Status filter) stays on screen until the ticket page has loaded.
    await page.getByRole('heading', { level: 1, name: 'Parcel not arrived' }).waitFor();
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Closed' }).click();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Ticket saved').waitFor();
    await page.getByRole('region', { name: 'Summary' }).getByText('Closed', { exact: true }).first().waitFor();

    await page.getByRole('textbox', { name: 'Add a note' }).fill('Courier called: parcel found at the depot.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('Courier called: parcel found at the depot.', { exact: true }).waitFor();
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByText(/changed the status from “Open” to “Closed”/).waitFor();
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'ticket');

    await page.getByRole('link', { name: 'All tickets' }).click();
    await page.waitForURL('**/tickets');
    await figure('Tickets per status', 'Closed').getByText('1', { exact: true }).waitFor();
    expect(await figure('Tickets per status', 'Open').getAttribute('aria-label')).toBe('Open: 0');
    expect(await figure('Average closing time per category', 'Shipping').isVisible()).toBe(true);
  });

  it('filters the list by stage and search, kept in the address', async () => {
    await page.getByRole('combobox', { name: 'Stage' }).click();
    await page.getByRole('option', { name: 'Open' }).click();
    await page.getByRole('heading', { name: 'No ticket matches' }).waitFor();
    expect(new URL(page.url()).searchParams.get('macroStatus')).toBe('open');
    await page.getByRole('button', { name: 'Show all tickets' }).click();
    await page.getByRole('textbox', { name: 'Search' }).fill('depot');
    // Notes are searched too.
    await page.waitForURL(/q=depot/);
    await page.getByRole('table', { name: 'Tickets' }).getByRole('link', { name: 'Parcel not arrived' }).waitFor();
  });

  it('lets the admin add a status with its macro-status and a category', async () => {
    await page.getByRole('link', { name: 'Ticket settings' }).click();
    await page.waitForURL('**/tickets/settings');
    await page.getByRole('heading', { level: 1, name: 'Ticket settings' }).waitFor();
    await page.getByRole('textbox', { name: 'New status' }).fill('Waiting for parts');
    await page.getByRole('combobox', { name: 'Stage of the new status' }).click();
    await page.getByRole('option', { name: 'In progress' }).click();
    await page.getByRole('button', { name: 'Add status' }).click();
    const statuses = page.getByRole('region', { name: 'Statuses' });
    await statuses.getByText('Waiting for parts').waitFor();
    expect(await statuses.getByRole('combobox', { name: 'Stage of Waiting for parts' }).inputValue()).toBe('In progress');

    await page.getByRole('textbox', { name: 'New category' }).fill('Returns');
    await page.getByRole('button', { name: 'Add category' }).click();
    await page.getByRole('region', { name: 'Categories' }).getByRole('link', { name: 'Returns' }).waitFor();
    await saveScreenshot(page, 'tickets-settings');

    // The new status counts in the statistics from now on.
    await page.goto('/tickets');
    expect(await figure('Tickets per status', 'Waiting for parts').getAttribute('aria-label')).toBe('Waiting for parts: 0');
  });

  it("saves the user's choice about ticket e-mails in their profile", async () => {
    await page.getByRole('button', { name: 'Your account' }).click();
    await page.getByRole('menuitem', { name: 'Profile' }).click();
    const ticketEmails = page.getByRole('dialog').getByRole('switch', { name: /Receive ticket e-mails/ });
    expect(await ticketEmails.isChecked()).toBe(true);
    await ticketEmails.click({ force: true });
    await expect.poll(async () => ((await (await page.request.get('/api/v1/me')).json()) as { user: { receiveTicketEmails: boolean } }).user.receiveTicketEmails).toBe(false);
    await page.keyboard.press('Escape');
  });
});
