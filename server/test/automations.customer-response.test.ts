import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, createTestAccount, eventually, startTestSportello, type TestSportello } from './harness.ts';

let sportello: TestSportello;
beforeAll(async () => {
  sportello = await startTestSportello();
});
afterAll(async () => {
  await sportello?.close();
});

let counter = 0;
function newCustomer(): string {
  counter += 1;
  return `+39347${String(Date.now() % 100000).padStart(5, '0')}${counter % 10}`;
}

const CONTRACT_EXAMPLE = {
  trigger: { type: 'message_phrase', phrase: 'INFO' },
  start: 'hello',
  steps: {
    hello: { type: 'send_message', message: { type: 'text', text: 'Hi %%FIRST_NAME%%, shall we go on?' }, next: 'wait' },
    wait: { type: 'customer_response', timeout: 'PT2S', next: 'thanks', noResponse: 'nudge' },
    thanks: { type: 'add_tag', tag: 'engaged' },
    nudge: { type: 'send_message', delay: 'PT1S', message: { type: 'text', text: 'Still there?' } },
  },
};

async function setUp() {
  const account = await createTestAccount(sportello);
  const sandbox = apiClient(`${sportello.url}/sandbox`);
  const created = await account.api.post('/api/v1/automations', { name: 'Info', definition: CONTRACT_EXAMPLE });
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ version: 1, status: 'draft' });
  expect((await account.api.post(`/api/v1/automations/${created.body.id}/activate`)).status).toBe(200);
  const say = (from: string, text: string, name = 'Marta Rossi') => sandbox.post('/v1/inbound', { phoneNumberId: account.channel!.phoneNumberId, from, name, text });
  const outbox = async (to: string) => (await sandbox.get(`/v1/outbox?to=${encodeURIComponent(to)}`)).body.data as Array<{ body: any; createdAt: string }>;
  return { account, automationId: created.body.id as string, say, outbox };
}

describe('the CONTRACT example through the sandbox', () => {
  it('"INFO" greets by first name; a reply within the timeout tags the contact engaged and nothing more is sent', async () => {
    const { account, automationId, say, outbox } = await setUp();
    const customer = newCustomer();
    await say(customer, '  info ');
    const greeting = await eventually(async () => (await outbox(customer)).find((m) => m.body.text?.body === 'Hi Marta, shall we go on?'), 10_000, 'the greeting');
    expect(greeting).toBeTruthy();
    await say(customer, 'yes please');
    const contact = await eventually(async () => {
      const res = await account.api.get(`/api/v1/contacts?phone=${encodeURIComponent(customer)}`);
      const c = res.body.data[0];
      return c?.tags.includes('engaged') ? c : null;
    }, 10_000, 'the engaged tag');
    const runs = await account.api.get(`/api/v1/automations/${automationId}/runs?contactId=${contact.id}`);
    expect(runs.body.data).toHaveLength(1);
    expect(runs.body.data[0]).toMatchObject({ status: 'completed', path: ['hello', 'wait', 'thanks'] });
    // Well past the timeout and the delay: the nudge never comes.
    await new Promise((r) => setTimeout(r, 3500));
    expect((await outbox(customer)).map((m) => m.body.text?.body)).toEqual(['Hi Marta, shall we go on?']);
    const run = await account.api.get(`/api/v1/automation-runs/${runs.body.data[0].id}`);
    expect(run.body.timeline.map((t: any) => [t.stepId, t.status, t.outcome])).toEqual([
      ['hello', 'completed', 'next'],
      ['wait', 'completed', 'replied'],
      ['thanks', 'completed', 'next'],
    ]);
  });

  it('no reply: "Still there?" comes after the timeout plus the delay, and the run shows the no-response path', async () => {
    const { account, automationId, say, outbox } = await setUp();
    const customer = newCustomer();
    await say(customer, 'INFO');
    const greeting = await eventually(async () => (await outbox(customer)).find((m) => m.body.text?.body?.startsWith('Hi ')), 10_000, 'the greeting');
    const nudge = await eventually(async () => (await outbox(customer)).find((m) => m.body.text?.body === 'Still there?'), 15_000, 'the nudge');
    // Timeout 2 s + delay 1 s after the wait began (which is right after the greeting).
    expect(new Date(nudge.createdAt).getTime() - new Date(greeting.createdAt).getTime()).toBeGreaterThanOrEqual(2900);
    const runs = await account.api.get(`/api/v1/automations/${automationId}/runs`);
    expect(runs.body.data[0]).toMatchObject({ status: 'completed', path: ['hello', 'wait', 'nudge'] });
    const contact = (await account.api.get(`/api/v1/contacts?phone=${encodeURIComponent(customer)}`)).body.data[0];
    expect(contact.tags).not.toContain('engaged');
    const report = await account.api.get(`/api/v1/automations/${automationId}/report`);
    expect(report.body.steps).toEqual([
      { stepId: 'hello', entered: 1, waiting: 0, completed: 1, failed: 0 },
      { stepId: 'wait', entered: 1, waiting: 0, completed: 1, failed: 0 },
      { stepId: 'thanks', entered: 0, waiting: 0, completed: 0, failed: 0 },
      { stepId: 'nudge', entered: 1, waiting: 0, completed: 1, failed: 0 },
    ]);
  });
});
