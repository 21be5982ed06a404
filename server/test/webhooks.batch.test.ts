import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeLikeMeta } from '../src/lib/hub-signature.ts';
import { newId } from '../src/lib/ids.ts';
import { fixture } from '../src/modules/channels/fixtures/load.ts';
import { apiClient, createTestAccount, eventually, startTestSportello, type TestSportello } from './harness.ts';

let sportello: TestSportello;
beforeAll(async () => {
  sportello = await startTestSportello();
});
afterAll(async () => {
  await sportello?.close();
});

type Account = Awaited<ReturnType<typeof createTestAccount>>;

function inbound(account: Account, name: string, patch: { from: string; id: string; name?: string | null }) {
  const payload = fixture<any>(name);
  const value = payload.entry[0].changes[0].value;
  value.metadata.phone_number_id = account.channel!.phoneNumberId;
  for (const m of value.messages) {
    m.from = patch.from;
    m.id = patch.id;
  }
  for (const c of value.contacts ?? []) {
    c.wa_id = patch.from;
    if (patch.name === null) delete c.profile;
    else if (patch.name) c.profile.name = patch.name;
  }
  return payload;
}

function status(account: Account, name: string, patch: { id: string; callbackData?: string }) {
  const payload = fixture<any>(name);
  const value = payload.entry[0].changes[0].value;
  value.metadata.phone_number_id = account.channel!.phoneNumberId;
  for (const s of value.statuses) {
    s.id = patch.id;
    if (patch.callbackData !== undefined) s.biz_opaque_callback_data = patch.callbackData;
  }
  return payload;
}

/**
 * Stores the payloads as receipts in one statement, as the ingest does for a
 * burst: they become visible together, so the processor takes them in one batch.
 */
async function storeTogether(account: Account, payloads: unknown[]): Promise<string[]> {
  const ids = payloads.map(() => newId());
  await sportello.deps.database.sql.query(
    `INSERT INTO webhook_receipts (id, account_id, channel_id, raw_body)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[])`,
    [ids, payloads.map(() => account.accountId), payloads.map(() => account.channel!.id), payloads.map((p) => (typeof p === 'string' ? p : serializeLikeMeta(p)))],
  );
  sportello.services.wakeWebhookProcessor();
  await sportello.drain();
  return ids;
}

async function receipts(ids: string[]) {
  const { rows } = await sportello.deps.database.sql.query<{ id: string; processed_at: Date | null; attempts: number; last_error: string | null; retry_at: Date | null }>(
    'SELECT id, processed_at, attempts, last_error, retry_at FROM webhook_receipts WHERE id = ANY($1::uuid[]) ORDER BY id',
    [ids],
  );
  return rows;
}

/** Receipts processed in one transaction share its now(). */
async function expectOneBatch(ids: string[]) {
  const rows = await receipts(ids);
  expect(rows).toHaveLength(ids.length);
  expect(rows.every((r) => r.processed_at !== null && r.last_error === null)).toBe(true);
  expect(new Set(rows.map((r) => r.processed_at!.getTime())).size).toBe(1);
}

async function eventsOf(account: Account) {
  const { rows } = await sportello.deps.database.sql.query<{ type: string; contact_id: string | null; payload: any }>(
    `SELECT type, contact_id, payload FROM events WHERE account_id = $1 AND type IN ('contact.created', 'message.received', 'message.reaction', 'message.status') ORDER BY id`,
    [account.accountId],
  );
  return rows;
}

async function conversationOf(account: Account, phone: string) {
  return eventually(async () => (await account.api.get(`/api/v1/conversations?q=${phone}`)).body.data[0]);
}

let n = 0;
const uniquePhone = () => `3934${String(Date.now()).slice(-6)}${(n++ % 90) + 10}`;
const stamp = Date.now();

describe('webhook receipts processed as one batch', () => {
  it('stores a message delivered several times in one batch once, and later deliveries change nothing', async () => {
    const account = await createTestAccount(sportello);
    const from = uniquePhone();
    const payload = inbound(account, 'inbound-text', { from, id: `wamid.bdup${stamp}` });
    const ids = await storeTogether(account, [payload, payload, payload]);
    await expectOneBatch(ids);
    await storeTogether(account, [payload]);

    const conversation = await conversationOf(account, from);
    expect(conversation.unreadCount).toBe(1);
    const page = await account.api.get(`/api/v1/contacts/${conversation.contact.id}/messages`);
    expect(page.body.data).toHaveLength(1);
    const events = await eventsOf(account);
    expect(events.map((e) => e.type)).toEqual(['contact.created', 'message.received']);
    expect(events[1]!.payload.messageId).toBe(page.body.data[0].id);
  });

  it('creates one contact for many messages of a new customer, with the unread count, last message and events in arrival order', async () => {
    const account = await createTestAccount(sportello);
    const from = uniquePhone();
    const kinds = ['inbound-text', 'inbound-reaction', 'inbound-image', 'inbound-unsupported', 'inbound-location', 'inbound-text'];
    // The first message carries no profile name: the contact takes the first one given.
    const payloads = kinds.map((name, i) => inbound(account, name, { from, id: `wamid.bmany${stamp}-${i}`, name: i === 0 ? null : i === 1 ? 'Prima' : 'Seconda' }));
    const ids = await storeTogether(account, payloads);
    await expectOneBatch(ids);

    const { rows: contacts } = await sportello.deps.database.sql.query<{ id: string; name: string | null }>('SELECT id, name FROM contacts WHERE account_id = $1 AND phone = $2', [
      account.accountId,
      `+${from}`,
    ]);
    expect(contacts).toHaveLength(1);
    expect(contacts[0]!.name).toBe('Prima');

    const conversation = await conversationOf(account, from);
    // A reaction and an unsupported message raise no badge.
    expect(conversation.unreadCount).toBe(4);
    const page = await account.api.get(`/api/v1/contacts/${contacts[0]!.id}/messages?limit=50`);
    const stored = [...page.body.data].reverse();
    expect(stored.map((m: any) => m.waMessageId)).toEqual(kinds.map((_, i) => `wamid.bmany${stamp}-${i}`));
    const { rows: conv } = await sportello.deps.database.sql.query<{ last_message_id: string; last_message_preview: string; unread_count: number }>(
      'SELECT last_message_id, last_message_preview, unread_count FROM conversations WHERE contact_id = $1',
      [contacts[0]!.id],
    );
    expect(conv).toHaveLength(1);
    expect(conv[0]!.last_message_id).toBe(stored[stored.length - 1].id);
    expect(conv[0]!.last_message_preview).toBe('Does it come in another color?');

    const events = await eventsOf(account);
    expect(events.map((e) => e.type)).toEqual(['contact.created', 'message.received', 'message.reaction', 'message.received', 'message.received', 'message.received', 'message.received']);
    expect(events[0]!.payload).toMatchObject({ id: contacts[0]!.id, phone: `+${from}`, name: null, source: 'whatsapp' });
    expect(events.slice(1).map((e) => e.payload.waMessageId)).toEqual(kinds.map((_, i) => `wamid.bmany${stamp}-${i}`));
    expect(events.every((e) => e.contact_id === contacts[0]!.id)).toBe(true);
  });

  it('revives a deleted contact and keeps an existing name when its messages come in a batch', async () => {
    const account = await createTestAccount(sportello);
    const from = uniquePhone();
    await storeTogether(account, [inbound(account, 'inbound-text', { from, id: `wamid.brev${stamp}-0`, name: 'Nome Vero' })]);
    await sportello.deps.database.sql.query('UPDATE contacts SET deleted_at = now() WHERE account_id = $1 AND phone = $2', [account.accountId, `+${from}`]);
    await storeTogether(account, [
      inbound(account, 'inbound-text', { from, id: `wamid.brev${stamp}-1`, name: 'Altro Nome' }),
      inbound(account, 'inbound-text', { from, id: `wamid.brev${stamp}-2`, name: 'Altro Nome' }),
    ]);
    const { rows } = await sportello.deps.database.sql.query<{ name: string; deleted_at: Date | null }>('SELECT name, deleted_at FROM contacts WHERE account_id = $1 AND phone = $2', [
      account.accountId,
      `+${from}`,
    ]);
    expect(rows).toEqual([{ name: 'Nome Vero', deleted_at: null }]);
    const conversation = await conversationOf(account, from);
    expect(conversation.unreadCount).toBe(3);
    expect((await eventsOf(account)).filter((e) => e.type === 'contact.created')).toHaveLength(1);
  });

  it('ends out-of-order statuses of one message at the highest with every step timed, and lands statuses known only by the echoed id', async () => {
    const account = await createTestAccount(sportello);
    const sandbox = apiClient(`${sportello.url}/sandbox`);
    const from = `+${uniquePhone()}`;
    await sandbox.post('/v1/inbound', { phoneNumberId: account.channel!.phoneNumberId, from, text: 'hi' });
    const conversation = await conversationOf(account, from.slice(1));
    await sandbox.put('/v1/settings', { autoRead: false, statusDelaysMs: { sent: 60_000, delivered: 60_000, read: 60_000 } });
    try {
      const send = (text: string) => account.api.post('/api/v1/messages', { contactId: conversation.contact.id, type: 'text', text });
      const first = (await send('one')).body;
      const second = (await send('two')).body;
      const third = (await send('three')).body;
      // The second message's own WhatsApp id is not known yet: only the echoed id links its first status.
      await sportello.deps.database.sql.query('UPDATE messages SET wa_message_id = NULL WHERE id = $1', [second.id]);
      const { rows: before } = await sportello.deps.database.sql.query<{ id: string; status: string }>('SELECT id, status FROM messages WHERE id = ANY($1::uuid[])', [
        [first.id, second.id, third.id],
      ]);
      const initial = new Map(before.map((r) => [r.id, r.status]));
      const learned = `wamid.blearned${stamp}`;

      const ids = await storeTogether(account, [
        status(account, 'status-read', { id: first.waMessageId, callbackData: '' }),
        status(account, 'status-delivered', { id: learned, callbackData: second.id }),
        status(account, 'status-failed-131047', { id: third.waMessageId }),
        status(account, 'status-delivered', { id: first.waMessageId, callbackData: '' }),
        status(account, 'status-read', { id: `wamid.bnobody${stamp}`, callbackData: '' }),
        status(account, 'status-sent', { id: first.waMessageId, callbackData: '' }),
        status(account, 'status-read', { id: learned, callbackData: '' }),
        status(account, 'status-read', { id: first.waMessageId, callbackData: '' }),
        status(account, 'status-delivered', { id: `wamid.bnobody${stamp}`, callbackData: newId() }),
      ]);
      await expectOneBatch(ids);

      const get = async (id: string) => (await account.api.get(`/api/v1/messages/${id}`)).body;
      expect(await get(first.id)).toMatchObject({
        status: 'read',
        readAt: new Date(1750857390_000).toISOString(),
        deliveredAt: new Date(1750857385_000).toISOString(),
        sentAt: expect.any(String),
      });
      expect(await get(second.id)).toMatchObject({ status: 'read', waMessageId: learned, readAt: new Date(1750857390_000).toISOString(), deliveredAt: new Date(1750857385_000).toISOString() });
      const failed = await get(third.id);
      expect(failed).toMatchObject({ status: 'failed', error: { code: 131047, title: 'Re-engagement message' } });
      expect(failed.failedAt).not.toBeNull();

      const statuses = (await eventsOf(account)).filter((e) => e.type === 'message.status');
      expect(statuses.map((e) => [e.payload.messageId, e.payload.previous, e.payload.status])).toEqual([
        [first.id, initial.get(first.id), 'read'],
        [second.id, initial.get(second.id), 'delivered'],
        [third.id, initial.get(third.id), 'failed'],
        [second.id, 'delivered', 'read'],
      ]);
      expect(statuses[3]!.payload.waMessageId).toBe(learned);
    } finally {
      await sandbox.put('/v1/settings', { autoRead: true, statusDelaysMs: { sent: 20, delivered: 60, read: 150 } });
    }
  });

  it('records messages and statuses of one batch in arrival order', async () => {
    const account = await createTestAccount(sportello);
    const sandbox = apiClient(`${sportello.url}/sandbox`);
    const from = uniquePhone();
    await sandbox.post('/v1/inbound', { phoneNumberId: account.channel!.phoneNumberId, from: `+${from}`, text: 'hi' });
    const conversation = await conversationOf(account, from);
    await sandbox.put('/v1/settings', { autoRead: false, statusDelaysMs: { sent: 60_000, delivered: 60_000, read: 60_000 } });
    try {
      const sent = (await account.api.post('/api/v1/messages', { contactId: conversation.contact.id, type: 'text', text: 'out' })).body;
      const known = (await eventsOf(account)).length;
      await storeTogether(account, [
        inbound(account, 'inbound-text', { from, id: `wamid.border${stamp}-1` }),
        status(account, 'status-read', { id: sent.waMessageId }),
        inbound(account, 'inbound-text', { from, id: `wamid.border${stamp}-2` }),
      ]);
      const events = (await eventsOf(account)).slice(known);
      expect(events.map((e) => [e.type, e.payload.waMessageId])).toEqual([
        ['message.received', `wamid.border${stamp}-1`],
        ['message.status', sent.waMessageId],
        ['message.received', `wamid.border${stamp}-2`],
      ]);
      const { rows } = await sportello.deps.database.sql.query<{ unread_count: number; last_message_direction: string }>(
        'SELECT unread_count, last_message_direction FROM conversations WHERE contact_id = $1',
        [conversation.contact.id],
      );
      expect(rows[0]).toMatchObject({ last_message_direction: 'inbound' });
    } finally {
      await sandbox.put('/v1/settings', { autoRead: true, statusDelaysMs: { sent: 20, delivered: 60, read: 150 } });
    }
  });

  it('sets aside a receipt that cannot be read and still processes the others of its batch', async () => {
    const account = await createTestAccount(sportello);
    const from = uniquePhone();
    const ids = await storeTogether(account, [
      inbound(account, 'inbound-text', { from, id: `wamid.bbad${stamp}-1` }),
      '{"object":"whatsapp_business_account","entry":[',
      inbound(account, 'inbound-text', { from, id: `wamid.bbad${stamp}-2` }),
    ]);
    const rows = await receipts(ids);
    const bad = rows.find((r) => r.id === ids[1])!;
    expect(bad).toMatchObject({ processed_at: null, attempts: 1 });
    expect(bad.last_error).toBeTruthy();
    expect(bad.retry_at).not.toBeNull();
    expect(rows.filter((r) => r.id !== ids[1]).every((r) => r.processed_at !== null && r.last_error === null)).toBe(true);
    const conversation = await conversationOf(account, from);
    expect(conversation.unreadCount).toBe(2);
  });
});
