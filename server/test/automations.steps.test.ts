import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerTemplate } from '../src/sandbox/plugin.ts';
import { apiClient, createTestAccount, eventually, startTestSportello, type TestSportello } from './harness.ts';

/**
 * Every automation step type, end to end: runs are started through the API
 * (or a customer's phrase), the customer is played through the sandbox, and
 * each test checks what a user sees — the Graph bodies WhatsApp received, the
 * contact, its tickets, notes and conversation, and the run with its timeline.
 */

let sportello: TestSportello;
beforeAll(async () => {
  sportello = await startTestSportello();
});
afterAll(async () => {
  await sportello?.close();
});

let counter = Math.floor(Math.random() * 1_000_000);
function newCustomer(): string {
  counter += 1;
  return `+39347${String(counter % 10_000_000).padStart(7, '0')}`;
}

const LIVE = new Set(['running', 'waiting']);

type Definition = { trigger: Record<string, unknown>; start: string; steps: Record<string, Record<string, unknown>> };

async function setUp() {
  const account = await createTestAccount(sportello);
  const { api } = account;
  const phoneNumberId = account.channel!.phoneNumberId;
  const sandbox = apiClient(`${sportello.url}/sandbox`);

  const inbound = async (from: string, message: Record<string, unknown>, name = 'Marta Rossi') => {
    const res = await sandbox.post('/v1/inbound', { phoneNumberId, from, name, ...message });
    expect(res.status).toBe(200);
    return res.body;
  };
  const say = (from: string, text: string, name?: string) => inbound(from, { text }, name);
  const outbox = async (to: string) =>
    (await sandbox.get(`/v1/outbox?to=${encodeURIComponent(to)}&phoneNumberId=${phoneNumberId}`)).body.data as Array<{ body: any; createdAt: string; status: string }>;
  const sentTexts = async (to: string) => (await outbox(to)).map((m) => m.body.text?.body ?? m.body.interactive?.body?.text ?? `[${m.body.type}]`).reverse();

  const automation = async (name: string, definition: Definition, activate = true): Promise<string> => {
    const created = await api.post('/api/v1/automations', { name, definition });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    if (activate) expect((await api.post(`/api/v1/automations/${created.body.id}/activate`)).status).toBe(200);
    return created.body.id;
  };
  const start = async (automationId: string, contactId: string, data?: Record<string, unknown>) => {
    const res = await api.post(`/api/v1/automations/${automationId}/start`, { contactId, ...(data ? { data } : {}) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  const run = async (runId: string) => {
    const res = await api.get(`/api/v1/automation-runs/${runId}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  /** The run once it has ended (or reached `status`). */
  const settled = (runId: string, status?: string, timeoutMs = 10_000) =>
    eventually(
      async () => {
        const r = await run(runId);
        return (status ? r.status === status : !LIVE.has(r.status)) ? r : null;
      },
      timeoutMs,
      `run ${runId} ${status ?? 'to end'}`,
    );
  const runsOf = async (automationId: string, contactId: string) => (await api.get(`/api/v1/automations/${automationId}/runs?contactId=${contactId}`)).body.data as any[];
  const contact = async (id: string) => (await api.get(`/api/v1/contacts/${id}`)).body;
  const contactByPhone = (phone: string) =>
    eventually(async () => (await api.get(`/api/v1/contacts?phone=${encodeURIComponent(phone)}`)).body.data[0], 10_000, `the contact ${phone}`);
  const newContact = async (phone: string, name = 'Marta Rossi', extra: Record<string, unknown> = {}) => {
    const res = await api.post('/api/v1/contacts', { phone, name, ...extra });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  const field = async (key: string, type = 'text') => expect((await api.post('/api/v1/fields', { key, label: key, type })).status).toBe(201);

  let probe: string | null = null;
  /**
   * The customer writes first, which opens the 24-hour window. Their message
   * starts a probe automation; once its run ended, the automations have seen
   * the message, so it can never be taken for the reply to a wait that starts later.
   */
  const customerWrites = async (phone: string, name = 'Marta Rossi') => {
    probe ??= await automation('Probe', { trigger: { type: 'message_phrase', phrase: 'PING' }, start: 'noop', steps: { noop: { type: 'delay', delay: 'PT0S' } } });
    const known = (await api.get(`/api/v1/contacts?phone=${encodeURIComponent(phone)}`)).body.data[0];
    const before = known ? (await runsOf(probe, known.id)).length : 0;
    await say(phone, 'PING', name);
    const c = await contactByPhone(phone);
    await eventually(async () => (await runsOf(probe!, c.id)).filter((r) => r.status === 'completed').length > before, 10_000, 'the probe run');
    return c;
  };

  return { account, api, sandbox, phoneNumberId, inbound, say, outbox, sentTexts, automation, start, run, settled, runsOf, contact, contactByPhone, newContact, field, customerWrites };
}

function timelineOf(run: any): Array<[string, string, string | null]> {
  return run.timeline.map((t: any) => [t.stepId, t.status, t.outcome]);
}

describe('send_message', () => {
  it('fills %%FIRST_NAME%%, %%PHONE%%, a dynamic field, run data and the ticket reference; an unknown placeholder is empty', async () => {
    const t = await setUp();
    await t.field('CITY');
    const phone = newCustomer();
    const customer = await t.customerWrites(phone);
    expect((await t.api.patch(`/api/v1/contacts/${customer.id}`, { fields: { CITY: 'Torino' } })).status).toBe(200);
    const id = await t.automation('Greeting', {
      trigger: { type: 'api' },
      start: 'open',
      steps: {
        open: { type: 'open_ticket', title: 'Order %%ORDER%% for %%FIRST_NAME%%', category: 'Billing', priority: 'high', next: 'hello' },
        hello: {
          type: 'send_message',
          message: { type: 'text', text: 'Hi %%FIRST_NAME%% (%%PHONE%%) from %%CITY%%: order %%order%% is ticket %%TICKET_REFERENCE%%.%%NOT_A_THING%%' },
        },
      },
    });
    const runId = await t.start(id, customer.id, { order: 'A-17' });
    const done = await t.settled(runId);
    expect(done).toMatchObject({ status: 'completed', path: ['open', 'hello'], reason: null });
    const tickets = (await t.api.get(`/api/v1/contacts/${customer.id}/tickets`)).body.data;
    expect(tickets).toHaveLength(1);
    const reference = tickets[0].reference as string;
    expect(reference).toBeTruthy();
    const sent = await eventually(async () => (await t.outbox(phone)).find((m) => m.body.type === 'text'), 10_000, 'the greeting');
    expect(sent.body.text.body).toBe(`Hi Marta (${phone}) from Torino: order A-17 is ticket ${reference}.`);
    expect(sent.body.to).toBe(phone.slice(1));
    // The inbox shows who sent it.
    const messages = (await t.api.get(`/api/v1/contacts/${customer.id}/messages`)).body.data as any[];
    expect(messages.find((m) => m.direction === 'outbound')).toMatchObject({ sentBy: { type: 'automation', id } });
  });

  it('buttons with their own exits: the tapped button (its id from the Graph body) or its typed title picks the branch', async () => {
    const t = await setUp();
    const phone = newCustomer();
    const customer = await t.customerWrites(phone);
    const id = await t.automation('Ask', {
      trigger: { type: 'api' },
      start: 'ask',
      steps: {
        ask: {
          type: 'send_message',
          message: {
            type: 'buttons',
            text: 'Shall we call you, %%FIRST_NAME%%?',
            buttons: [
              { title: 'Yes please', next: 'yes' },
              { id: 'btn-no', title: 'No', next: 'no' },
              { title: 'Later', next: 'later' },
            ],
          },
        },
        yes: { type: 'add_tag', tag: 'call-me' },
        no: { type: 'add_tag', tag: 'no-call' },
        later: { type: 'add_tag', tag: 'call-later' },
      },
    });
    const first = await t.start(id, customer.id);
    await t.settled(first, 'waiting');
    const body = await eventually(async () => (await t.outbox(phone)).find((m) => m.body.type === 'interactive')?.body, 10_000, 'the buttons');
    expect(body.interactive.type).toBe('button');
    expect(body.interactive.body.text).toBe('Shall we call you, Marta?');
    const buttons = body.interactive.action.buttons.map((b: any) => b.reply);
    expect(buttons).toEqual([
      { id: 'yes_please', title: 'Yes please' },
      { id: 'btn-no', title: 'No' },
      { id: 'later', title: 'Later' },
    ]);
    await t.inbound(phone, { buttonReply: buttons[0] });
    const tapped = await t.settled(first);
    expect(tapped).toMatchObject({ status: 'completed', path: ['ask', 'yes'] });
    expect(timelineOf(await t.run(first))).toEqual([
      ['ask', 'completed', 'button:yes_please'],
      ['yes', 'completed', 'next'],
    ]);
    expect((await t.contact(customer.id)).tags).toEqual(['call-me']);

    // The customer types a title instead of tapping: the same branch as the button.
    const second = await t.start(id, customer.id);
    await t.settled(second, 'waiting');
    await t.say(phone, '  no ');
    expect(await t.settled(second)).toMatchObject({ status: 'completed', path: ['ask', 'no'] });
    expect((await t.contact(customer.id)).tags.sort()).toEqual(['call-me', 'no-call']);
  });

  it('a list with rows leading to their own steps: the chosen row (listReply) runs its branch only', async () => {
    const t = await setUp();
    const phone = newCustomer();
    const customer = await t.customerWrites(phone);
    const id = await t.automation('Menu', {
      trigger: { type: 'api' },
      start: 'menu',
      steps: {
        menu: {
          type: 'send_message',
          message: {
            type: 'list',
            text: 'How can we help?',
            buttonText: 'Choose',
            sections: [
              { title: 'Sales', rows: [{ id: 'buy', title: 'Buy', description: 'A new order', next: 'sales' }] },
              { title: 'Support', rows: [{ id: 'help', title: 'Help', next: 'support' }, { title: 'Other' }] },
            ],
          },
        },
        sales: { type: 'send_message', message: { type: 'text', text: 'Sales will write to you' } },
        support: { type: 'send_message', message: { type: 'text', text: 'Support will write to you' } },
      },
    });
    const runId = await t.start(id, customer.id);
    await t.settled(runId, 'waiting');
    const body = await eventually(async () => (await t.outbox(phone)).find((m) => m.body.type === 'interactive')?.body, 10_000, 'the list');
    expect(body.interactive.type).toBe('list');
    expect(body.interactive.action.button).toBe('Choose');
    expect(body.interactive.action.sections).toEqual([
      { title: 'Sales', rows: [{ id: 'buy', title: 'Buy', description: 'A new order' }] },
      { title: 'Support', rows: [{ id: 'help', title: 'Help' }, { id: 'other', title: 'Other' }] },
    ]);
    const row = body.interactive.action.sections[1].rows[0];
    await t.inbound(phone, { listReply: { id: row.id, title: row.title } });
    expect(await t.settled(runId)).toMatchObject({ status: 'completed', path: ['menu', 'support'] });
    await eventually(async () => (await t.sentTexts(phone)).includes('Support will write to you'), 10_000, 'the support answer');
    expect(await t.sentTexts(phone)).toEqual(['How can we help?', 'Support will write to you']);
    expect(timelineOf(await t.run(runId))[0]).toEqual(['menu', 'completed', 'row:help']);
  });

  it('outside the 24-hour window a free message fails the run with the window as reason, and nothing reaches WhatsApp; a template does', async () => {
    const t = await setUp();
    registerTemplate(sportello.sandbox!.templates, t.account.channel!.wabaId, {
      name: 'order_update',
      language: 'it',
      status: 'APPROVED',
      category: 'UTILITY',
      parameterCounts: { body: 2 },
    });
    const phone = newCustomer();
    const customer = await t.newContact(phone, 'Marta Rossi');
    const free = await t.automation('Free', {
      trigger: { type: 'api' },
      start: 'hello',
      steps: { hello: { type: 'send_message', message: { type: 'text', text: 'Hi %%FIRST_NAME%%' }, next: 'after' }, after: { type: 'add_tag', tag: 'after' } },
    });
    const failed = await t.settled(await t.start(free, customer.id));
    expect(failed.status).toBe('failed');
    expect(failed.reason).toMatch(/hello/);
    expect(failed.reason).toMatch(/24 hours/);
    expect(failed.timeline).toEqual([expect.objectContaining({ stepId: 'hello', status: 'failed', reason: expect.stringMatching(/24 hours/) })]);
    expect((await t.contact(customer.id)).tags).toEqual([]);
    expect(await t.outbox(phone)).toEqual([]);

    const template = await t.automation('Template', {
      trigger: { type: 'api' },
      start: 'notify',
      steps: {
        notify: {
          type: 'send_template',
          template: {
            name: 'order_update',
            language: 'it',
            components: [{ type: 'body', parameters: [{ type: 'text', text: '%%FIRST_NAME%%' }, { type: 'text', text: '%%ORDER%%' }] }],
          },
        },
      },
    });
    expect(await t.settled(await t.start(template, customer.id, { order: 'B-9' }))).toMatchObject({ status: 'completed' });
    const sent = await eventually(async () => (await t.outbox(phone))[0], 10_000, 'the template');
    expect(sent.body).toMatchObject({
      type: 'template',
      template: {
        name: 'order_update',
        language: { code: 'it' },
        components: [{ type: 'body', parameters: [{ type: 'text', text: 'Marta' }, { type: 'text', text: 'B-9' }] }],
      },
    });
    // Accepted by WhatsApp, not refused later as a re-engagement message.
    await eventually(async () => ['delivered', 'read'].includes((await t.outbox(phone))[0]!.status), 10_000, 'the delivery');
  });
});

describe('contact steps', () => {
  it('add_tag, add_to_list (made when missing) and assign_operator; then remove_tag, remove_from_list and unassign_operator', async () => {
    const t = await setUp();
    const user = await t.api.post('/api/v1/users', { email: `op-${Date.now()}@example.test`, name: 'Olga Operator', password: 'long enough pw', role: 'operator' });
    expect(user.status).toBe(201);
    const phone = newCustomer();
    const customer = await t.newContact(phone, 'Marta Rossi', { tags: ['keep'] });
    const id = await t.automation('Onboard', {
      trigger: { type: 'api' },
      start: 'tag',
      steps: {
        tag: { type: 'add_tag', tag: 'VIP', next: 'list' },
        list: { type: 'add_to_list', list: 'Newsletter', next: 'assign' },
        assign: { type: 'assign_operator', userId: user.body.id, next: 'wait' },
        wait: { type: 'customer_response', timeout: 'PT30S', next: 'untag' },
        untag: { type: 'remove_tag', tag: 'vip', next: 'unlist' },
        unlist: { type: 'remove_from_list', list: 'newsletter', next: 'unassign' },
        unassign: { type: 'unassign_operator', next: 'gone' },
        gone: { type: 'remove_tag', tag: 'never-had-it' },
      },
    });
    const runId = await t.start(id, customer.id);
    await t.settled(runId, 'waiting');
    const during = await t.contact(customer.id);
    expect(during.tags.sort()).toEqual(['VIP', 'keep']);
    expect(during.lists.map((l: any) => l.name)).toEqual(['Newsletter']);
    expect(during.operatorIds).toEqual([user.body.id]);
    const lists = (await t.api.get('/api/v1/lists')).body.data;
    expect(lists).toEqual([expect.objectContaining({ name: 'Newsletter', memberCount: 1 })]);

    await t.say(phone, 'ok');
    expect(await t.settled(runId)).toMatchObject({ status: 'completed', path: ['tag', 'list', 'assign', 'wait', 'untag', 'unlist', 'unassign', 'gone'] });
    const after = await t.contact(customer.id);
    expect(after.tags).toEqual(['keep']);
    expect(after.lists).toEqual([]);
    expect(after.operatorIds).toEqual([]);
  });

  it('set_field: a fixed value, the next message, and noResponse when no message comes in time', async () => {
    const t = await setUp();
    await t.field('CITY');
    await t.field('NOTES');
    await t.field('SIZE');
    const phone = newCustomer();
    const customer = await t.customerWrites(phone);
    const id = await t.automation('Survey', {
      trigger: { type: 'api' },
      start: 'city',
      steps: {
        city: { type: 'set_field', field: 'CITY', value: 'Roma (%%FIRST_NAME%%)', next: 'ask' },
        ask: { type: 'send_message', message: { type: 'text', text: 'Any notes?' }, next: 'notes' },
        notes: { type: 'set_field', field: 'NOTES', from: 'next_message', timeout: 'PT30S', next: 'thanks' },
        thanks: { type: 'send_message', message: { type: 'text', text: 'Noted: %%NOTES%%' }, next: 'size' },
        size: { type: 'set_field', field: 'SIZE', from: 'next_message', timeout: 'PT1S', next: 'sized', noResponse: 'silent' },
        sized: { type: 'add_tag', tag: 'sized' },
        silent: { type: 'add_tag', tag: 'no-size' },
      },
    });
    const runId = await t.start(id, customer.id);
    await eventually(async () => (await t.run(runId)).currentStep === 'notes', 10_000, 'the wait for notes');
    expect((await t.contact(customer.id)).fields).toEqual({ CITY: 'Roma (Marta)' });
    await t.say(phone, 'Ring twice');
    const done = await t.settled(runId);
    expect(done).toMatchObject({ status: 'completed', path: ['city', 'ask', 'notes', 'thanks', 'size', 'silent'] });
    expect((await t.contact(customer.id)).fields).toEqual({ CITY: 'Roma (Marta)', NOTES: 'Ring twice' });
    expect((await t.contact(customer.id)).tags).toEqual(['no-size']);
    expect(timelineOf(done).slice(2)).toEqual([
      ['notes', 'completed', 'next'],
      ['thanks', 'completed', 'next'],
      ['size', 'completed', 'no_response'],
      ['silent', 'completed', 'next'],
    ]);
    await eventually(async () => (await t.sentTexts(phone)).length === 2, 10_000, 'both messages');
    expect(await t.sentTexts(phone)).toEqual(['Any notes?', 'Noted: Ring twice']);
  });

  it('block_contact stops the next message (the step fails as blocked); restore_contact lets messages through again', async () => {
    const t = await setUp();
    const phone = newCustomer();
    const customer = await t.customerWrites(phone);
    const block = await t.automation('Block', {
      trigger: { type: 'api' },
      start: 'block',
      steps: { block: { type: 'block_contact', next: 'hello' }, hello: { type: 'send_message', message: { type: 'text', text: 'You will not read this' } } },
    });
    const failed = await t.settled(await t.start(block, customer.id));
    expect(failed).toMatchObject({ status: 'failed', path: ['block', 'hello'] });
    expect(failed.reason).toMatch(/blocked/);
    expect(failed.timeline.at(-1)).toMatchObject({ stepId: 'hello', status: 'failed', reason: expect.stringMatching(/blocked/) });
    expect((await t.contact(customer.id)).blocked).toBe(true);

    const restore = await t.automation('Restore', {
      trigger: { type: 'api' },
      start: 'restore',
      steps: { restore: { type: 'restore_contact', next: 'hello' }, hello: { type: 'send_message', message: { type: 'text', text: 'Welcome back' } } },
    });
    expect(await t.settled(await t.start(restore, customer.id))).toMatchObject({ status: 'completed' });
    expect((await t.contact(customer.id)).blocked).toBe(false);
    await eventually(async () => (await t.sentTexts(phone)).includes('Welcome back'), 10_000, 'the message after restoring');
    expect(await t.sentTexts(phone)).toEqual(['Welcome back']);
  });
});

describe('ticket steps', () => {
  it('open_ticket (rendered title, category, priority; by the automation), update_ticket changes only what it names, close_ticket closes it', async () => {
    const t = await setUp();
    const phone = newCustomer();
    const customer = await t.newContact(phone, 'Marta Rossi');
    const id = await t.automation('Tickets', {
      trigger: { type: 'api' },
      start: 'open',
      steps: {
        open: { type: 'open_ticket', title: 'Refund for %%NAME%% (%%ORDER%%)', description: 'Asked on %%PHONE%%', category: 'Billing', priority: 'high', next: 'wait' },
        wait: { type: 'customer_response', timeout: 'PT30S', next: 'bump' },
        bump: { type: 'update_ticket', priority: 'urgent', next: 'close' },
        close: { type: 'close_ticket' },
      },
    });
    const runId = await t.start(id, customer.id, { order: 'C-3' });
    await t.settled(runId, 'waiting');
    const [opened] = (await t.api.get(`/api/v1/contacts/${customer.id}/tickets`)).body.data;
    expect(opened).toMatchObject({
      title: 'Refund for Marta Rossi (C-3)',
      description: `Asked on ${phone}`,
      category: 'Billing',
      priority: 'high',
      status: 'Open',
      macroStatus: 'open',
      contactId: customer.id,
    });
    expect((await t.run(runId)).data).toMatchObject({ TICKET_REFERENCE: opened.reference, TICKET_ID: opened.id });

    await t.say(phone, 'any news?');
    expect(await t.settled(runId)).toMatchObject({ status: 'completed', path: ['open', 'wait', 'bump', 'close'] });
    const closed = (await t.api.get(`/api/v1/tickets/${opened.id}`)).body;
    expect(closed).toMatchObject({ title: opened.title, description: opened.description, category: 'Billing', priority: 'urgent', status: 'Closed', macroStatus: 'terminated' });
    expect(closed.closedAt).not.toBeNull();
    const history = (await t.api.get(`/api/v1/tickets/${opened.id}/history`)).body.data as any[];
    expect(history.map((h) => [h.field, h.from, h.to])).toEqual([
      ['created', null, opened.reference],
      ['priority', 'high', 'urgent'],
      ['status', 'Open', 'Closed'],
    ]);
    for (const h of history) expect(h.actor).toEqual({ type: 'automation', id });
  });
});

describe('send_webhook', () => {
  let server: Server;
  let base: string;
  const calls: Array<{ path: string; headers: IncomingHttpHeaders; raw: string }> = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        calls.push({ path: req.url ?? '', headers: req.headers, raw: Buffer.concat(chunks).toString('utf8') });
        if (req.url === '/broken') {
          res.writeHead(500).end('nope');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ order: { status: 'shipped', eta: '2 days' } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  it('posts the contact, its fields and the run data, signed with the automation secret; `store` keeps an answer field; a 500 with no retries fails the run', async () => {
    const t = await setUp();
    await t.field('CITY');
    await t.field('ORDER_STATUS');
    const phone = newCustomer();
    const customer = await t.customerWrites(phone);
    expect((await t.api.patch(`/api/v1/contacts/${customer.id}`, { fields: { CITY: 'Bari' } })).status).toBe(200);
    const id = await t.automation('Hook', {
      trigger: { type: 'api' },
      start: 'hook',
      steps: {
        hook: { type: 'send_webhook', url: `${base}/orders?tag=1`, headers: { 'X-Shop': 'demo' }, store: { ORDER_STATUS: 'order.status' }, next: 'tell' },
        tell: { type: 'send_message', message: { type: 'text', text: 'Your order is %%ORDER_STATUS%%' } },
      },
    });
    const runId = await t.start(id, customer.id, { order: 'D-1' });
    expect(await t.settled(runId)).toMatchObject({ status: 'completed', path: ['hook', 'tell'] });
    const call = calls.find((c) => c.path === '/orders?tag=1' && c.raw.includes(runId));
    expect(call).toBeTruthy();
    expect(call!.headers['x-shop']).toBe('demo');
    expect(call!.headers['content-type']).toBe('application/json');
    const { rows } = await sportello.deps.database.sql.query<{ secret: string }>('SELECT secret FROM automations WHERE id = $1', [id]);
    const expected = `sha256=${createHmac('sha256', rows[0]!.secret).update(call!.raw).digest('hex')}`;
    expect(call!.headers['x-sportello-signature-256']).toBe(expected);
    const sent = JSON.parse(call!.raw);
    expect(sent).toMatchObject({
      automationId: id,
      runId,
      stepId: 'hook',
      contact: { id: customer.id, phone, name: 'Marta Rossi', fields: { CITY: 'Bari' } },
      fields: { FIRST_NAME: 'Marta', CITY: 'Bari', PHONE: phone },
      data: { ORDER: 'D-1' },
    });
    expect((await t.contact(customer.id)).fields).toEqual({ CITY: 'Bari', ORDER_STATUS: 'shipped' });
    await eventually(async () => (await t.sentTexts(phone)).includes('Your order is shipped'), 10_000, 'the message with the stored answer');

    const broken = await t.automation('Broken hook', {
      trigger: { type: 'api' },
      start: 'hook',
      steps: { hook: { type: 'send_webhook', url: `${base}/broken`, retries: 0, next: 'after' }, after: { type: 'add_tag', tag: 'after-hook' } },
    });
    const before = calls.filter((c) => c.path === '/broken').length;
    const failed = await t.settled(await t.start(broken, customer.id));
    expect(failed).toMatchObject({ status: 'failed', path: ['hook'] });
    expect(failed.reason).toMatch(/500/);
    expect(failed.timeline).toEqual([expect.objectContaining({ stepId: 'hook', status: 'failed', reason: expect.stringMatching(/500/) })]);
    expect(calls.filter((c) => c.path === '/broken').length - before).toBe(1);
    expect((await t.contact(customer.id)).tags).not.toContain('after-hook');
  });
});

describe('steps on runs, notes and the chat', () => {
  it('terminate_automations ends the run waiting in another automation; start_automation starts one; chat_note and mark_unread show in the chat', async () => {
    const t = await setUp();
    const phone = newCustomer();
    const waiter = await t.automation('Waiter', {
      trigger: { type: 'message_phrase', phrase: 'WAIT FOR ME' },
      start: 'wait',
      steps: { wait: { type: 'customer_response', timeout: 'PT30S', next: 'answered' }, answered: { type: 'add_tag', tag: 'answered' } },
    });
    const child = await t.automation('Child', { trigger: { type: 'automation' }, start: 'tag', steps: { tag: { type: 'add_tag', tag: 'from-child' } } });
    const boss = await t.automation('Boss', {
      trigger: { type: 'api' },
      start: 'stop',
      steps: {
        stop: { type: 'terminate_automations', next: 'child' },
        child: { type: 'start_automation', automationId: child, next: 'note' },
        note: { type: 'chat_note', text: 'Handled for %%FIRST_NAME%%, order %%ORDER%%', next: 'unread' },
        unread: { type: 'mark_unread' },
      },
    });
    await t.say(phone, 'wait for me');
    const customer = await t.contactByPhone(phone);
    const waiting = await eventually(async () => (await t.runsOf(waiter, customer.id)).find((r) => r.status === 'waiting'), 10_000, 'the waiting run');
    expect((await t.api.post(`/api/v1/conversations/${customer.id}/read`)).body).toEqual({ unreadCount: 0 });

    const bossRun = await t.start(boss, customer.id, { order: 'E5' });
    expect(await t.settled(bossRun)).toMatchObject({ status: 'completed', path: ['stop', 'child', 'note', 'unread'] });
    const ended = await t.run(waiting.id);
    expect(ended).toMatchObject({ status: 'terminated', reason: expect.stringMatching(/Terminate automations/) });
    expect(ended.timeline.at(-1)).toMatchObject({ stepId: 'wait', status: 'terminated' });
    expect((await t.run(bossRun)).status).toBe('completed');

    const childRun = await eventually(async () => (await t.runsOf(child, customer.id)).find((r) => r.status === 'completed'), 10_000, 'the child run');
    expect(childRun).toMatchObject({ trigger: 'automation', path: ['tag'] });
    expect((await t.contact(customer.id)).tags).toEqual(['from-child']);
    // The started run carries on with the data of the run that started it.
    expect(childRun.data).toMatchObject({ order: 'E5', STARTED_BY_AUTOMATION: boss });

    const notes = (await t.api.get(`/api/v1/contacts/${customer.id}/notes`)).body.data;
    expect(notes).toEqual([expect.objectContaining({ text: 'Handled for Marta, order E5', sentBy: { type: 'automation', id: boss } })]);
    const unread = (await t.api.get('/api/v1/conversations?unread=true')).body.data as any[];
    expect(unread.map((c) => [c.contact.id, c.unreadCount])).toEqual([[customer.id, 1]]);

    // The waiting run is over: the customer's message now answers nothing.
    await t.say(phone, 'hello?');
    await t.customerWrites(phone);
    expect((await t.contact(customer.id)).tags).not.toContain('answered');
    expect(await t.outbox(phone)).toEqual([]);
  });

  it('a delay step, and a step-level delay, each hold the next step back at least that long', async () => {
    const t = await setUp();
    const phone = newCustomer();
    const customer = await t.customerWrites(phone);
    const id = await t.automation('Slow', {
      trigger: { type: 'api' },
      start: 'one',
      steps: {
        one: { type: 'send_message', message: { type: 'text', text: 'one' }, next: 'pause' },
        pause: { type: 'delay', delay: 'PT1S', next: 'two' },
        two: { type: 'send_message', message: { type: 'text', text: 'two' }, next: 'three' },
        three: { type: 'send_message', delay: 'PT1S', message: { type: 'text', text: 'three' } },
      },
    });
    const runId = await t.start(id, customer.id);
    const done = await t.settled(runId);
    expect(done).toMatchObject({ status: 'completed', path: ['one', 'pause', 'two', 'three'] });
    const at = Object.fromEntries(done.timeline.map((s: any) => [s.stepId, { entered: Date.parse(s.enteredAt), finished: Date.parse(s.finishedAt) }]));
    expect(at.pause.finished - at.one.finished).toBeGreaterThanOrEqual(1000);
    expect(at.two.entered - at.one.finished).toBeGreaterThanOrEqual(1000);
    expect(at.three.finished - at.two.finished).toBeGreaterThanOrEqual(1000);
    await eventually(async () => (await t.sentTexts(phone)).length === 3, 10_000, 'three messages');
    expect(await t.sentTexts(phone)).toEqual(['one', 'two', 'three']);
  });
});

describe('if_else', () => {
  /** One if/else per condition, each branch tagging `<name>-yes` or `<name>-no`, then on to the next check. */
  function checks(first: string, conditions: Record<string, unknown>): Record<string, Record<string, unknown>> {
    const names = Object.keys(conditions);
    const steps: Record<string, Record<string, unknown>> = {};
    names.forEach((name, i) => {
      const next = names[i + 1] ? `if-${names[i + 1]}` : undefined;
      steps[`if-${name}`] = { type: 'if_else', conditions: conditions[name], then: `${name}-yes`, else: `${name}-no` };
      steps[`${name}-yes`] = { type: 'add_tag', tag: `${name}-yes`, ...(next ? { next } : {}) };
      steps[`${name}-no`] = { type: 'add_tag', tag: `${name}-no`, ...(next ? { next } : {}) };
    });
    expect(names[0]).toBe(first);
    return steps;
  }

  it('on tags, lists, fields, the message, the ticket status and working hours, with any and all', async () => {
    const t = await setUp();
    await t.field('CITY');
    expect((await t.api.post('/api/v1/lists', { name: 'Members' })).status).toBe(201);
    const allWeek = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((d) => [d, [{ from: '00:00', to: '24:00' }]]));
    expect((await t.api.put('/api/v1/settings/working-hours', { timezone: 'Europe/Rome', workingHours: allWeek, holidays: [] })).status).toBe(200);
    const phone = newCustomer();
    const customer = await t.customerWrites(phone);
    expect((await t.api.patch(`/api/v1/contacts/${customer.id}`, { tags: ['vip'], lists: ['Members'], fields: { CITY: 'Torino' } })).status).toBe(200);
    const conditions = {
      tag: { match: 'all', rules: [{ kind: 'tag', op: 'has', tag: 'VIP' }] },
      untagged: { match: 'all', rules: [{ kind: 'tag', op: 'has', tag: 'gold' }] },
      list: { match: 'all', rules: [{ kind: 'list', op: 'in', list: 'members' }] },
      field: { match: 'all', rules: [{ kind: 'field', field: 'CITY', op: 'eq', value: 'torino' }] },
      message: { match: 'all', rules: [{ kind: 'message', op: 'contains', value: 'billing' }] },
      ticket: { match: 'all', rules: [{ kind: 'ticket', attribute: 'status', op: 'eq', value: 'Open' }] },
      hours: { match: 'all', rules: [{ kind: 'time', op: 'within_working_hours' }] },
      any: {
        match: 'any',
        rules: [
          { kind: 'tag', op: 'has', tag: 'gold' },
          { kind: 'field', field: 'CITY', op: 'eq', value: 'Milano' },
          { kind: 'message', op: 'contains', value: 'BILLING' },
        ],
      },
      all: {
        match: 'all',
        rules: [
          { kind: 'tag', op: 'has', tag: 'vip' },
          { match: 'any', rules: [{ kind: 'list', op: 'in', list: 'Members' }] },
          { kind: 'tag', op: 'has', tag: 'gold' },
        ],
      },
    };
    const id = await t.automation('Router', {
      trigger: { type: 'api' },
      start: 'open',
      steps: {
        open: { type: 'open_ticket', title: 'Question', next: 'wait' },
        wait: { type: 'customer_response', timeout: 'PT30S', next: 'if-tag' },
        ...checks('tag', conditions),
      },
    });
    const runId = await t.start(id, customer.id);
    await t.settled(runId, 'waiting');
    await t.say(phone, 'A question about my   Billing, please');
    expect(await t.settled(runId)).toMatchObject({ status: 'completed' });
    const tags = (await t.contact(customer.id)).tags.filter((x: string) => x !== 'vip').sort();
    expect(tags).toEqual(['all-no', 'any-yes', 'field-yes', 'hours-yes', 'list-yes', 'message-yes', 'tag-yes', 'ticket-yes', 'untagged-no'].sort());
    const timeline = timelineOf(await t.run(runId));
    expect(timeline.filter(([step]) => step.startsWith('if-')).map(([step, , outcome]) => `${step}:${outcome}`)).toEqual([
      'if-tag:then',
      'if-untagged:else',
      'if-list:then',
      'if-field:then',
      'if-message:then',
      'if-ticket:then',
      'if-hours:then',
      'if-any:then',
      'if-all:else',
    ]);

    // Closed every day: the same time rule now goes the other way; the message rule has only "CHECK" to read.
    expect((await t.api.put('/api/v1/settings/working-hours', { timezone: 'Europe/Rome', workingHours: {}, holidays: [] })).status).toBe(200);
    const second = await t.automation('Hours', {
      trigger: { type: 'message_phrase', phrase: 'CHECK' },
      start: 'if-hours',
      steps: checks('hours', { hours: conditions.hours, message: conditions.message, ticket: conditions.ticket }),
    });
    await t.say(phone, 'check');
    const secondRun = await eventually(async () => (await t.runsOf(second, customer.id)).find((r) => !LIVE.has(r.status)), 10_000, 'the second run');
    expect(secondRun.status).toBe('completed');
    expect((await t.contact(customer.id)).tags).toEqual(expect.arrayContaining(['hours-no', 'message-no', 'ticket-no']));
  });
});

describe('runs', () => {
  it('terminating a waiting run by hand; a timeout then sends nothing; the report counts per step; contacts waiting at a step go into a list', async () => {
    const t = await setUp();
    const [a, b] = [newCustomer(), newCustomer()];
    const alice = await t.customerWrites(a, 'Alice Bianchi');
    const bruno = await t.customerWrites(b, 'Bruno Verdi');
    const carla = await t.newContact(newCustomer(), 'Carla Neri');
    const id = await t.automation('Nudge', {
      trigger: { type: 'api' },
      start: 'tag',
      steps: {
        tag: { type: 'add_tag', tag: 'nudged', next: 'wait' },
        wait: { type: 'customer_response', timeout: 'PT3S', next: 'thanks', noResponse: 'nudge' },
        thanks: { type: 'add_tag', tag: 'replied' },
        nudge: { type: 'send_message', message: { type: 'text', text: 'Still there, %%FIRST_NAME%%?' } },
      },
    });
    const runs = [];
    for (const c of [alice, bruno, carla]) runs.push(await t.start(id, c.id));
    const [aliceRun, brunoRun, carlaRun] = runs as [string, string, string];
    for (const r of runs) await t.settled(r, 'waiting');

    const listed = await t.api.post(`/api/v1/automations/${id}/steps/wait/list`, { name: 'Stuck at wait' });
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ list: { name: 'Stuck at wait' }, added: 3 });
    const members = (await t.api.get(`/api/v1/contacts?list=${listed.body.list.id}`)).body.data.map((c: any) => c.id).sort();
    expect(members).toEqual([alice.id, bruno.id, carla.id].sort());
    const midway = (await t.api.get(`/api/v1/automations/${id}/report`)).body;
    expect(midway.steps.find((s: any) => s.stepId === 'wait')).toEqual({ stepId: 'wait', entered: 3, waiting: 3, completed: 0, failed: 0 });

    const terminated = await t.api.post(`/api/v1/automation-runs/${aliceRun}/terminate`);
    expect(terminated.status).toBe(200);
    expect(terminated.body).toMatchObject({ status: 'terminated', reason: 'Ended by hand' });
    expect((await t.api.post(`/api/v1/automation-runs/${aliceRun}/terminate`)).status).toBe(409);

    expect(await t.settled(brunoRun)).toMatchObject({ status: 'completed', path: ['tag', 'wait', 'nudge'] });
    expect(await t.settled(carlaRun)).toMatchObject({ status: 'failed', path: ['tag', 'wait', 'nudge'] });
    await eventually(async () => (await t.sentTexts(b)).includes('Still there, Bruno?'), 10_000, "Bruno's nudge");
    // Well past Alice's timeout as well: her run stays terminated and she gets nothing.
    expect((await t.run(aliceRun)).status).toBe('terminated');
    expect(await t.outbox(a)).toEqual([]);
    expect(timelineOf(await t.run(aliceRun))).toEqual([
      ['tag', 'completed', 'next'],
      ['wait', 'terminated', null],
    ]);

    const report = (await t.api.get(`/api/v1/automations/${id}/report`)).body;
    expect(report.runs).toEqual({ total: 3, running: 0, waiting: 0, completed: 1, terminated: 1, failed: 1 });
    expect(report.steps).toEqual([
      { stepId: 'tag', entered: 3, waiting: 0, completed: 3, failed: 0 },
      { stepId: 'wait', entered: 3, waiting: 0, completed: 2, failed: 0 },
      { stepId: 'thanks', entered: 0, waiting: 0, completed: 0, failed: 0 },
      { stepId: 'nudge', entered: 2, waiting: 0, completed: 1, failed: 1 },
    ]);
  });

  it("stopping a contact's automations ends all of its runs, and its runs are listed", async () => {
    const t = await setUp();
    const customer = await t.newContact(newCustomer());
    const waitStep = { trigger: { type: 'api' }, start: 'wait', steps: { wait: { type: 'customer_response', timeout: 'PT1M', next: 'tag' }, tag: { type: 'add_tag', tag: 'answered' } } };
    const first = await t.automation('First', waitStep);
    const second = await t.automation('Second', waitStep);
    const done = await t.automation('Done', { trigger: { type: 'api' }, start: 'tag', steps: { tag: { type: 'add_tag', tag: 'done' } } });
    const doneRun = await t.start(done, customer.id);
    await t.settled(doneRun, 'completed');
    const live = [await t.start(first, customer.id), await t.start(second, customer.id)];
    for (const r of live) await t.settled(r, 'waiting');
    const again = await t.api.post(`/api/v1/automations/${first}/start`, { contactId: customer.id });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_in_automation');

    const listed = (await t.api.get(`/api/v1/contacts/${customer.id}/automation-runs?status=waiting`)).body.data;
    expect(listed.map((r: any) => r.id).sort()).toEqual([...live].sort());

    const stopped = await t.api.post(`/api/v1/contacts/${customer.id}/automations/stop`);
    expect(stopped.status).toBe(200);
    expect(stopped.body).toEqual({ stopped: 2 });
    const all = (await t.api.get(`/api/v1/contacts/${customer.id}/automation-runs`)).body.data as any[];
    expect(all.map((r) => [r.automationId, r.status]).sort()).toEqual(
      [
        [first, 'terminated'],
        [second, 'terminated'],
        [done, 'completed'],
      ].sort(),
    );
    for (const r of all.filter((x) => x.status === 'terminated')) expect(r.reason).toBe('Stopped from the chat');
    expect((await t.api.get(`/api/v1/contacts/${customer.id}/automation-runs?status=waiting`)).body.data).toEqual([]);
    expect((await t.api.post(`/api/v1/contacts/${customer.id}/automations/stop`)).body).toEqual({ stopped: 0 });
  });
});
