import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventConsumer } from '../src/events/dispatcher.ts';
import type { StoredEvent } from '../src/events/types.ts';
import { apiClient, createTestAccount, eventually, startTestSportello, type TestSportello } from './harness.ts';

const seen: StoredEvent[] = [];
let failOnce = true;
const recorder: EventConsumer = {
  name: 'test-recorder',
  types: ['message.received', 'message.status', 'contact.created', 'note.created'],
  async handle(event) {
    // The first delivery fails: the job is retried, and the consumer still sees the event.
    if (failOnce && event.type === 'note.created') {
      failOnce = false;
      throw new Error('consumer down for a moment');
    }
    seen.push(event);
  },
};

let sportello: TestSportello;
beforeAll(async () => {
  sportello = await startTestSportello({ consumers: [recorder] });
});
afterAll(async () => {
  await sportello?.close();
});

describe('the outbox and its dispatcher', () => {
  it('hands every committed event to its consumers through the job queue, once', async () => {
    const account = await createTestAccount(sportello);
    const sandbox = apiClient(`${sportello.url}/sandbox`);
    const phone = `+39348${String(Date.now()).slice(-7)}`;
    await sandbox.post('/v1/inbound', { phoneNumberId: account.channel!.phoneNumberId, from: phone, name: 'Eva', text: 'Ciao' });
    const received = await eventually(async () => seen.find((e) => e.type === 'message.received' && e.accountId === account.accountId), 15_000, 'message.received');
    expect(received.payload).toMatchObject({ text: 'Ciao', from: phone, type: 'text' });
    expect(received.contactId).toBe(received.payload.contactId);
    const created = seen.find((e) => e.type === 'contact.created' && e.accountId === account.accountId);
    expect(created?.payload).toMatchObject({ phone, source: 'whatsapp' });

    const contactId = received.contactId!;
    await account.api.post(`/api/v1/contacts/${contactId}/notes`, { text: 'retry me' });
    await eventually(async () => seen.find((e) => e.type === 'note.created' && e.accountId === account.accountId), 30_000, 'the retried note.created');

    const reply = await account.api.post('/api/v1/messages', { contactId, type: 'text', text: 'Ciao Eva' });
    await eventually(async () => seen.find((e) => e.type === 'message.status' && e.payload.messageId === reply.body.id && e.payload.status === 'read'), 15_000, 'read status event');
    await sportello.drain();

    const mine = seen.filter((e) => e.accountId === account.accountId);
    expect(new Set(mine.map((e) => e.id)).size).toBe(mine.length);
    const statuses = mine.filter((e) => e.type === 'message.status' && e.payload.messageId === reply.body.id).map((e) => e.payload.status);
    expect(statuses).toEqual(expect.arrayContaining(['sent', 'delivered', 'read']));
    expect(statuses).toHaveLength(3);
    const { rows } = await sportello.deps.database.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM events WHERE account_id = $1 AND dispatched_at IS NULL', [account.accountId]);
    expect(rows[0]!.n).toBe(0);
  });

  it('writes no event for a change that rolled back', async () => {
    const account = await createTestAccount(sportello);
    const before = await sportello.deps.database.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM events WHERE account_id = $1', [account.accountId]);
    const bad = await account.api.post('/api/v1/users', { email: account.email, name: 'Dup', password: 'password-1', role: 'operator' });
    expect(bad.status).toBe(409);
    const after = await sportello.deps.database.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM events WHERE account_id = $1', [account.accountId]);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });
});
