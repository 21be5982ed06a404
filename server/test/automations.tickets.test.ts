import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, createTestAccount, eventually, startTestSportello, type TestSportello } from './harness.ts';

/**
 * The "Update Ticket" step's practical examples, and the other ticket
 * automations, end to end: customers write through the sandbox, tickets are
 * opened and changed through the API, and what the customer receives is read
 * back from the sandbox's outbox.
 */

let sportello: TestSportello;
beforeAll(async () => {
  sportello = await startTestSportello();
});
afterAll(async () => {
  await sportello?.close();
});

let customerCounter = 0;
function newCustomer(): string {
  customerCounter += 1;
  return `+39348${String(customerCounter).padStart(7, '0')}`;
}

interface Outgoing {
  body: any;
  status: string;
  createdAt: string;
}

async function setUp() {
  const account = await createTestAccount(sportello);
  const sandbox = apiClient(`${sportello.url}/sandbox`);
  const phoneNumberId = account.channel!.phoneNumberId;
  const say = (from: string, text: string) => sandbox.post('/v1/inbound', { phoneNumberId, from, name: 'Marta Rossi', text });
  const tap = (from: string, id: string, title: string) => sandbox.post('/v1/inbound', { phoneNumberId, from, name: 'Marta Rossi', buttonReply: { id, title } });
  const outbox = async (to: string) => (await sandbox.get(`/v1/outbox?to=${encodeURIComponent(to)}`)).body.data as Outgoing[];

  /** An active automation of the account. */
  const automation = async (name: string, definition: unknown): Promise<string> => {
    const created = await account.api.post('/api/v1/automations', { name, definition });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await account.api.post(`/api/v1/automations/${created.body.id}/activate`)).status).toBe(200);
    return created.body.id;
  };

  /** A customer who has written to us (so the contact exists and the window is open). */
  const customer = async (): Promise<{ phone: string; contactId: string }> => {
    const phone = newCustomer();
    await say(phone, 'Hello, I need help');
    const contactId = await eventually(
      async () => (await account.api.get(`/api/v1/contacts?phone=${encodeURIComponent(phone)}`)).body.data[0]?.id as string | undefined,
      10_000,
      'the contact',
    );
    return { phone, contactId };
  };

  const openTicket = async (contactId: string, title = 'Help needed') => {
    const res = await account.api.post('/api/v1/tickets', { contactId, title });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string; reference: string; createdAt: string };
  };

  const ticket = async (idOrReference: string) => (await account.api.get(`/api/v1/tickets/${idOrReference}`)).body;

  const runOf = (automationId: string, contactId: string, status: string) =>
    eventually(async () => {
      const runs = await account.api.get(`/api/v1/automations/${automationId}/runs?contactId=${contactId}`);
      const run = runs.body.data[0];
      return run?.status === status ? run : null;
    }, 10_000, `a ${status} run`);

  const user = async (role: 'admin' | 'operator', name: string) => {
    const email = `${role}-${Math.random().toString(36).slice(2, 10)}@example.test`;
    const created = await account.api.post('/api/v1/users', { email, name, password: 'user-password', role });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const login = await apiClient(sportello.url).post('/api/v1/auth/login', { email, password: 'user-password' });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const client = apiClient(sportello.url);
    return {
      id: created.body.id as string,
      patch: (path: string, body: unknown) => client.patch(path, body, { cookie }),
    };
  };

  return { account, say, tap, outbox, automation, customer, openTicket, ticket, runOf, user };
}

const texts = (messages: Outgoing[]) => messages.map((m) => m.body.text?.body ?? m.body.interactive?.body?.text);

describe('update ticket: the practical examples', () => {
  it('1) moves the ticket to In progress, with an owner, on the customer\'s first reply', async () => {
    const { account, say, automation, customer, openTicket, ticket, runOf, user } = await setUp();
    const agent = await user('operator', 'Assigned Agent');
    const automationId = await automation('First reply', {
      trigger: { type: 'ticket_created' },
      start: 'reply',
      steps: {
        reply: { type: 'customer_response', timeout: 'PT1M', next: 'progress' },
        progress: { type: 'update_ticket', reference: '%%TICKET_REFERENCE%%', status: 'In progress', ownerId: agent.id },
      },
    });
    const { phone, contactId } = await customer();
    const opened = await openTicket(contactId, 'Parcel not arrived');
    await runOf(automationId, contactId, 'waiting');
    // Still untouched while nobody has answered.
    expect(await ticket(opened.reference)).toMatchObject({ status: 'Open', ownerId: null });

    await say(phone, 'It was due yesterday');
    const run = await runOf(automationId, contactId, 'completed');
    expect(run.path).toEqual(['reply', 'progress']);
    expect(await ticket(opened.reference)).toMatchObject({ status: 'In progress', macroStatus: 'in_progress', ownerId: agent.id });
    const history = (await account.api.get(`/api/v1/tickets/${opened.id}/history`)).body.data;
    const byAutomation = history.filter((h: any) => h.actor.type === 'automation');
    expect(byAutomation.map((h: any) => [h.field, h.from, h.to])).toEqual(
      expect.arrayContaining([
        ['status', 'Open', 'In progress'],
        ['ownerId', null, agent.id],
      ]),
    );
    expect(byAutomation.every((h: any) => h.actor.id === automationId)).toBe(true);
  });

  it('2) escalates the priority after a delay while the ticket is still Open, and leaves a ticket an operator moved alone', async () => {
    const { account, automation, customer, openTicket, ticket, runOf, user } = await setUp();
    const senior = await user('operator', 'Senior Support');
    const operator = await user('operator', 'Front desk');
    const automationId = await automation('Escalate', {
      trigger: { type: 'ticket_created' },
      start: 'wait',
      steps: {
        wait: { type: 'delay', delay: 'PT2S', next: 'stillOpen' },
        stillOpen: { type: 'if_else', conditions: { match: 'all', rules: [{ kind: 'ticket', attribute: 'status', op: 'eq', value: 'Open' }] }, then: 'escalate' },
        escalate: { type: 'update_ticket', reference: '%%TICKET_REFERENCE%%', priority: 'high', ownerId: senior.id },
      },
    });
    const forgotten = await customer();
    const handled = await customer();
    const left = await openTicket(forgotten.contactId, 'Nobody looked at this');
    const moved = await openTicket(handled.contactId, 'Taken care of');
    const taken = await operator.patch(`/api/v1/tickets/${moved.id}`, { status: 'In progress' });
    expect(taken.status, JSON.stringify(taken.body)).toBe(200);

    const escalatedRun = await runOf(automationId, forgotten.contactId, 'completed');
    expect(escalatedRun.path).toEqual(['wait', 'stillOpen', 'escalate']);
    expect(await ticket(left.id)).toMatchObject({ status: 'Open', priority: 'high', ownerId: senior.id });
    const change = (await account.api.get(`/api/v1/tickets/${left.id}/history`)).body.data.find((h: any) => h.field === 'priority');
    expect(change).toMatchObject({ from: 'medium', to: 'high', actor: { type: 'automation', id: automationId } });
    expect(new Date(change.createdAt).getTime() - new Date(left.createdAt).getTime()).toBeGreaterThanOrEqual(2000);

    const leftAloneRun = await runOf(automationId, handled.contactId, 'completed');
    expect(leftAloneRun.path).toEqual(['wait', 'stillOpen']);
    expect(await ticket(moved.id)).toMatchObject({ status: 'In progress', priority: 'medium', ownerId: null });
    const movedHistory = (await account.api.get(`/api/v1/tickets/${moved.id}/history`)).body.data;
    expect(movedHistory.filter((h: any) => h.actor.type === 'automation')).toEqual([]);
  });

  it('3) files the ticket under "Billing" when the customer\'s message mentions billing, and only then', async () => {
    const { account, say, automation, customer, openTicket, ticket, runOf } = await setUp();
    const automationId = await automation('Classify', {
      trigger: { type: 'ticket_created' },
      start: 'reply',
      steps: {
        reply: { type: 'customer_response', timeout: 'PT1M', next: 'billing' },
        billing: { type: 'if_else', conditions: { match: 'all', rules: [{ kind: 'message', op: 'contains', value: 'billing' }] }, then: 'classify' },
        classify: { type: 'update_ticket', reference: '%%TICKET_REFERENCE%%', category: 'Billing' },
      },
    });
    expect((await account.api.get('/api/v1/ticket-categories')).body.data).toEqual([]);
    const payer = await customer();
    const other = await customer();
    const payerTicket = await openTicket(payer.contactId, 'Question');
    const otherTicket = await openTicket(other.contactId, 'Question');
    await runOf(automationId, payer.contactId, 'waiting');
    await runOf(automationId, other.contactId, 'waiting');

    await say(payer.phone, 'I have a BILLING question about my invoice');
    await say(other.phone, 'My parcel is late');
    expect((await runOf(automationId, payer.contactId, 'completed')).path).toEqual(['reply', 'billing', 'classify']);
    expect((await runOf(automationId, other.contactId, 'completed')).path).toEqual(['reply', 'billing']);
    expect(await ticket(payerTicket.id)).toMatchObject({ category: 'Billing', status: 'Open' });
    expect(await ticket(otherTicket.id)).toMatchObject({ category: null, status: 'Open' });
    // The category did not exist: the step made it.
    expect((await account.api.get('/api/v1/ticket-categories')).body.data.map((c: any) => c.name)).toEqual(['Billing']);
  });

  it('4) resolves the ticket when the customer confirms with the "Yes" button', async () => {
    const { tap, say, outbox, automation, customer, openTicket, ticket, runOf } = await setUp();
    const automationId = await automation('Confirm', {
      trigger: { type: 'ticket_created' },
      start: 'ask',
      steps: {
        ask: {
          type: 'send_message',
          message: { type: 'buttons', text: 'Is your problem solved?', buttons: [{ title: 'Yes', next: 'resolve' }, { title: 'No', next: 'keepOpen' }] },
        },
        resolve: { type: 'update_ticket', reference: '%%TICKET_REFERENCE%%', status: 'Resolved' },
        keepOpen: { type: 'update_ticket', reference: '%%TICKET_REFERENCE%%', status: 'Waiting', priority: 'high' },
      },
    });
    const happy = await customer();
    const unhappy = await customer();
    const solved = await openTicket(happy.contactId, 'Login');
    const unsolved = await openTicket(unhappy.contactId, 'Login');
    const question = await eventually(
      async () => (await outbox(happy.phone)).find((m) => m.body.type === 'interactive'),
      10_000,
      'the question',
    );
    expect(question.body.interactive).toMatchObject({
      type: 'button',
      body: { text: 'Is your problem solved?' },
      action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }, { type: 'reply', reply: { id: 'no', title: 'No' } }] },
    });
    await runOf(automationId, happy.contactId, 'waiting');
    await runOf(automationId, unhappy.contactId, 'waiting');

    await tap(happy.phone, 'yes', 'Yes');
    // Typing a button's title counts as choosing it.
    await say(unhappy.phone, 'no');
    expect((await runOf(automationId, happy.contactId, 'completed')).path).toEqual(['ask', 'resolve']);
    expect((await runOf(automationId, unhappy.contactId, 'completed')).path).toEqual(['ask', 'keepOpen']);
    expect(await ticket(solved.id)).toMatchObject({ status: 'Resolved', macroStatus: 'terminated', closedAt: expect.any(String) });
    expect(await ticket(unsolved.id)).toMatchObject({ status: 'Waiting', priority: 'high', closedAt: null });
    expect(texts(await outbox(happy.phone))).toEqual(['Is your problem solved?']);
  });
});

describe('other ticket automations', () => {
  it('5) tells the customer when an operator resolves their ticket, with the reference filled in', async () => {
    const { account, outbox, automation, customer, openTicket, runOf, user } = await setUp();
    const operator = await user('operator', 'Front desk');
    const automationId = await automation('Resolved notice', {
      trigger: { type: 'ticket_status_changed', to: ['Resolved'] },
      start: 'notify',
      steps: { notify: { type: 'send_message', message: { type: 'text', text: 'Your ticket %%TICKET_REFERENCE%% is resolved' } } },
    });
    const { phone, contactId } = await customer();
    const first = await openTicket(contactId, 'Refund');
    const second = await openTicket(contactId, 'Address change');
    // A change to another status sends nothing.
    expect((await operator.patch(`/api/v1/tickets/${second.id}`, { status: 'In progress' })).status).toBe(200);
    const resolved = await operator.patch(`/api/v1/tickets/${first.id}`, { status: 'Resolved' });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);

    const notice = await eventually(
      async () => (await outbox(phone)).find((m) => m.body.text?.body === `Your ticket ${first.reference} is resolved`),
      10_000,
      'the resolved notice',
    );
    expect(first.reference).toMatch(/^TK-\d+$/);
    // The customer wrote a moment ago, so the window is open and the message is delivered.
    await eventually(async () => (await outbox(phone)).find((m) => m.body.text?.body === notice.body.text.body && ['delivered', 'read'].includes(m.status)), 10_000, 'delivery');
    const run = await runOf(automationId, contactId, 'completed');
    expect(run).toMatchObject({ trigger: 'ticket_status_changed', path: ['notify'] });
    expect(run.data).toMatchObject({ TICKET_REFERENCE: first.reference, TICKET_PREVIOUS_STATUS: 'Open' });
    expect((await account.api.get(`/api/v1/automations/${automationId}/runs`)).body.data).toHaveLength(1);
    expect(texts(await outbox(phone))).toEqual([`Your ticket ${first.reference} is resolved`]);
  });

  it('6) an update step of a "moved to Resolved" automation may close the ticket but not set Resolved again', async () => {
    const account = await createTestAccount(sportello);
    const definition = (status: string) => ({
      trigger: { type: 'ticket_status_changed', to: ['Resolved'] },
      start: 'thank',
      steps: {
        thank: { type: 'chat_note', text: 'Resolved, closing', next: 'finish' },
        finish: { type: 'update_ticket', reference: '%%TICKET_REFERENCE%%', status },
      },
    });
    const looping = await account.api.post('/api/v1/automations', { name: 'Loop', definition: definition('Resolved') });
    expect(looping.status).toBe(422);
    expect(looping.body.error.code).toBe('invalid_definition');
    expect(looping.body.error.details.step).toBe('finish');
    expect(looping.body.error.details.problems).toEqual([expect.objectContaining({ step: 'finish', code: 'ticket_loop', path: 'steps.finish.status' })]);
    expect(looping.body.error.message).toContain('"finish"');
    const closing = await account.api.post('/api/v1/automations', { name: 'Close', definition: definition('Closed') });
    expect(closing.status, JSON.stringify(closing.body)).toBe(201);
  });

  it('7) answers a customer outside working hours once, and stays quiet inside them', async () => {
    const { account, say, outbox, automation } = await setUp();
    const closed = { timezone: 'Europe/Rome', workingHours: { '1': [], '2': [], '3': [], '4': [], '5': [], '6': [], '7': [] }, holidays: [] };
    const allDay = [{ from: '00:00', to: '24:00' }];
    const open = { timezone: 'Europe/Rome', workingHours: { '1': allDay, '2': allDay, '3': allDay, '4': allDay, '5': allDay, '6': allDay, '7': allDay }, holidays: [] };
    expect((await account.api.put('/api/v1/settings/working-hours', closed)).status).toBe(200);
    await automation('Closed', {
      trigger: { type: 'outside_working_hours' },
      start: 'reply',
      steps: { reply: { type: 'send_message', message: { type: 'text', text: 'We are closed now, we will answer as soon as we open.' } } },
    });

    const night = newCustomer();
    await say(night, 'Anyone there?');
    await eventually(async () => texts(await outbox(night)).includes('We are closed now, we will answer as soon as we open.'), 10_000, 'the out-of-hours reply');
    // Once a day per contact.
    await say(night, 'Hello?');

    expect((await account.api.put('/api/v1/settings/working-hours', open)).status).toBe(200);
    const day = newCustomer();
    await say(day, 'Anyone there?');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await outbox(day)).toEqual([]);
    expect(texts(await outbox(night))).toEqual(['We are closed now, we will answer as soon as we open.']);
  });
});
