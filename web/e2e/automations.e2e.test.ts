import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openConsole, saveScreenshot, signIn, startSportello, type RunningSportello } from './harness';

const PROMPT = 'Shall we go on? Answer within a few seconds.';
const REPLIED = 'Great, here is everything about our offer.';
const SILENT = 'Still there? Write INFO when you are ready.';

interface OutboxMessage {
  to: string;
  type: string;
  body: unknown;
}

describe.skipIf(!browserAvailable)('automations', () => {
  let sportello: RunningSportello;
  let browser: Browser;
  let page: Page;
  let phoneNumberId: string;

  beforeAll(async () => {
    [sportello, browser] = await Promise.all([startSportello(), launchBrowser()]);
    ({ page } = await openConsole(browser, sportello.url));
    await signIn(page, sportello.admin);
    const channels = await sportello.api<{ data: Array<{ phoneNumberId: string }> }>('/api/v1/channels');
    phoneNumberId = channels.data[0]!.phoneNumberId;
  });

  afterAll(async () => {
    await browser?.close();
    await sportello?.stop();
  });

  /** A customer writes to the business through the sandbox, as the phone page does. */
  const customerWrites = (from: string, text: string) => sportello.api('/sandbox/v1/inbound', { body: { phoneNumberId, from, name: `Customer ${from.slice(-2)}`, text } });

  /** The texts the business sent to a number, oldest first. */
  const textsSentTo = async (to: string) => {
    const outbox = await sportello.api<{ data: OutboxMessage[] }>(`/sandbox/v1/outbox?to=${encodeURIComponent(to)}`);
    return outbox.data
      .map((m) => JSON.stringify(m.body))
      .reverse()
      .flatMap((body) => [PROMPT, REPLIED, SILENT].filter((text) => body.includes(JSON.stringify(text).slice(1, -1))));
  };

  /** Waits until the outbox shows what a customer is expected to have received (the engine works in the background). */
  const expectTexts = (to: string, texts: string[]) => expect.poll(() => textsSentTo(to), { timeout: 30_000, interval: 250 }).toEqual(texts);

  /** Picks an option of a Mantine select by the select's accessible name. */
  const choose = async (select: string, option: string) => {
    await page.getByRole('combobox', { name: select, exact: true }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  it('builds phrase → prompt → customer response with a timeout → two branches, saves and activates it', async () => {
    await page.goto('/automations');
    await page.getByRole('heading', { name: 'No automations yet' }).waitFor();
    await page.getByRole('button', { name: 'New automation' }).first().click();
    await page.getByRole('dialog').getByLabel('Name').fill('INFO follow-up');
    await page.getByRole('button', { name: 'Create and open the builder' }).click();
    await page.waitForURL(/\/automations\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'INFO follow-up' }).waitFor();

    // The trigger: a phrase.
    await page.getByTestId('trigger-node').click();
    await choose('Starts when', 'Message with a phrase');
    await page.getByRole('textbox', { name: 'Phrase' }).fill('INFO');

    // The starter message becomes the prompt.
    await page.getByTestId('step-node-send_message').click();
    await page.getByRole('textbox', { name: 'Text', exact: true }).fill(PROMPT);

    // A customer response with a 5-second timeout, added under the prompt.
    await page.getByRole('button', { name: 'Add step' }).click();
    await page.getByRole('menuitem', { name: "Wait for the customer's response" }).click();
    await page.getByTestId('step-node-customer_response').waitFor();
    await choose('Unit of Wait for the answer up to', 'seconds');
    await page.getByRole('textbox', { name: 'Wait for the answer up to', exact: true }).fill('5');

    // The two branches.
    await page.getByRole('button', { name: 'Add step' }).click();
    await page.getByRole('menuitem', { name: 'Send a message' }).click();
    await page.getByTestId('step-node-send_message_2').waitFor();
    await page.getByRole('textbox', { name: 'Text', exact: true }).fill(REPLIED);
    // Added under the wait again, the second branch lands beside the first.
    await page.getByTestId('step-node-customer_response').click();
    await page.getByRole('button', { name: 'Add step' }).click();
    await page.getByRole('menuitem', { name: 'Send a message' }).click();
    await page.getByTestId('step-node-send_message_3').waitFor();
    await page.getByRole('textbox', { name: 'Text', exact: true }).fill(SILENT);

    // Connections: prompt → wait; replied → first branch; no response → second.
    await page.getByTestId('step-node-send_message').click();
    await choose('“next” leads to', 'customer_response');
    await page.getByTestId('step-node-customer_response').click();
    await choose('“replied” leads to', 'send_message_2');
    await choose('“no response” leads to', 'send_message_3');

    // Each exit is a labelled edge on the canvas.
    const canvas = page.getByTestId('automation-canvas');
    await canvas.getByText('replied', { exact: true }).first().waitFor();
    await canvas.locator('.react-flow__edge-text', { hasText: 'no response' }).waitFor();

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved as version 2').waitFor();
    await page.getByRole('button', { name: 'Activate', exact: true }).click();
    await page.getByRole('button', { name: 'Deactivate', exact: true }).waitFor();
    await page.getByText('Active', { exact: true }).waitFor();
  });

  it('shows the step the server refused, on its node', async () => {
    await page.getByTestId('step-node-customer_response').click();
    await choose('“replied” leads to', 'send_message_3');
    // send_message_2 is now unreachable: the server names it.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const refused = page.getByTestId('step-node-send_message_2').getByRole('alert');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('never reached');
    // Put it back as it was.
    await choose('“replied” leads to', 'send_message_2');
    await expect.poll(() => page.getByRole('button', { name: 'Save', exact: true }).isDisabled()).toBe(true);
  });

  it('answers a customer who replies in time with one branch, and one who stays silent with the other', async () => {
    const replying = '+393330000011';
    const silent = '+393330000022';
    await customerWrites(replying, 'info');
    await customerWrites(silent, 'INFO');
    await expectTexts(replying, [PROMPT]);
    await customerWrites(replying, 'Yes please');
    await expectTexts(replying, [PROMPT, REPLIED]);
    await expectTexts(silent, [PROMPT, SILENT]);
    // The one who replied never gets the nudge.
    expect(await textsSentTo(replying)).toEqual([PROMPT, REPLIED]);
  });

  it('reports per step on the graph and a timeline per run', async () => {
    await page.reload();
    const canvas = page.getByTestId('automation-canvas');
    await canvas.getByTestId('step-node-send_message_2').getByLabel('Entered: 1').waitFor();
    await canvas.getByTestId('step-node-send_message_3').getByLabel('Entered: 1').waitFor();
    await canvas.getByTestId('step-node-send_message').getByLabel('Entered: 2').waitFor();
    await page.getByRole('button', { name: 'Show the whole flow' }).click();
    await saveScreenshot(page, 'automation-builder');

    await page.getByRole('tab', { name: /Runs/ }).click();
    await page.getByRole('button', { name: 'Timeline' }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Timeline' }).count()).toBe(2);
    await page.getByRole('row', { name: /Customer 22/ }).getByRole('button', { name: 'Timeline' }).click();
    const drawer = page.getByRole('dialog', { name: 'Run timeline' });
    await drawer.getByText('went: no response').waitFor();
    await drawer.getByText('Send a message (send_message_3)').waitFor();
    await saveScreenshot(page, 'automation-run-timeline');
    await page.keyboard.press('Escape');

    await page.goto('/automations');
    const row = page.getByRole('row', { name: /INFO follow-up/ });
    await row.getByLabel('Completed: 2').waitFor();
    await row.getByText('Active', { exact: true }).waitFor();
    await saveScreenshot(page, 'automations-list');
  });

  it('ends a run by hand from its timeline', async () => {
    const waiting = await sportello.api<{ id: string }>('/api/v1/automations', {
      body: {
        name: 'Waits an hour',
        definition: { trigger: { type: 'api' }, start: 'wait', steps: { wait: { type: 'customer_response', timeout: 'PT1H', next: 'tag' }, tag: { type: 'add_tag', tag: 'answered' } } },
      },
    });
    await sportello.api(`/api/v1/automations/${waiting.id}/activate`, { method: 'POST' });
    const contact = await sportello.api<{ id: string }>('/api/v1/contacts', { body: { phone: '+393330000033', name: 'Customer 33' } });
    await sportello.api(`/api/v1/automations/${waiting.id}/start`, { body: { contactId: contact.id } });

    await page.goto(`/automations/${waiting.id}`);
    await page.getByRole('tab', { name: /Runs/ }).click();
    await page.getByRole('row', { name: /Customer 33/ }).getByRole('button', { name: 'Timeline' }).click();
    const drawer = page.getByRole('dialog', { name: 'Run timeline' });
    await drawer.getByText('Waiting', { exact: true }).first().waitFor();
    await drawer.getByRole('button', { name: 'End this run' }).click();
    await drawer.getByText('Ended', { exact: true }).first().waitFor();
    const runs = await sportello.api<{ data: Array<{ status: string }> }>(`/api/v1/automations/${waiting.id}/runs`);
    expect(runs.data.map((r) => r.status)).toEqual(['terminated']);
  });
});
