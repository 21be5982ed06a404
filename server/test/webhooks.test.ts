import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeLikeMeta, signHubSignature } from '../src/lib/hub-signature.ts';
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

/** A recorded payload re-addressed to the account's number, with a fresh message id and sender. */
function payloadFor(account: Account, name: string, patch: { from?: string; id?: string; statusId?: string; callbackData?: string } = {}) {
  const payload = fixture<any>(name);
  const value = payload.entry[0].changes[0].value;
  value.metadata.phone_number_id = account.channel!.phoneNumberId;
  for (const m of value.messages ?? []) {
    if (patch.from) m.from = patch.from;
    if (patch.id) m.id = patch.id;
  }
  for (const c of value.contacts ?? []) if (patch.from) c.wa_id = patch.from;
  for (const s of value.statuses ?? []) {
    if (patch.statusId) s.id = patch.statusId;
    if (patch.callbackData !== undefined) s.biz_opaque_callback_data = patch.callbackData;
  }
  return payload;
}

async function deliver(body: string, signature: string | null) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature) headers['x-hub-signature-256'] = signature;
  const res = await fetch(`${sportello.url}/webhooks/whatsapp`, { method: 'POST', headers, body });
  return { status: res.status, body: await res.text() };
}

async function deliverSigned(account: Account, payload: unknown) {
  const body = serializeLikeMeta(payload);
  return deliver(body, signHubSignature(body, account.channel!.appSecret));
}

async function receiptCount(): Promise<number> {
  const { rows } = await sportello.deps.database.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM webhook_receipts');
  return rows[0]!.n;
}

let n = 0;
const uniquePhone = () => `3933${String(Date.now()).slice(-6)}${(n++ % 90) + 10}`;

describe('GET /webhooks/whatsapp (verification handshake)', () => {
  it('echoes the challenge as text/plain for a channel verify token, 403 otherwise', async () => {
    const account = await createTestAccount(sportello);
    const ok = await fetch(`${sportello.url}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${account.channel!.verifyToken}&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/text\/plain/);
    expect(await ok.text()).toBe('1158201444');
    const wrong = await fetch(`${sportello.url}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1`);
    expect(wrong.status).toBe(403);
    const mode = await fetch(`${sportello.url}/webhooks/whatsapp?hub.mode=unsubscribe&hub.verify_token=${account.channel!.verifyToken}&hub.challenge=1`);
    expect(mode.status).toBe(403);
  });
});

describe('POST /webhooks/whatsapp', () => {
  it('stores nothing and answers 401 for a missing or wrong signature', async () => {
    const account = await createTestAccount(sportello);
    const body = serializeLikeMeta(payloadFor(account, 'inbound-text', { from: uniquePhone(), id: `wamid.sig${Date.now()}` }));
    const before = await receiptCount();
    expect((await deliver(body, null)).status).toBe(401);
    expect((await deliver(body, signHubSignature(body, 'not-the-secret'))).status).toBe(401);
    expect((await deliver(body, 'sha256=deadbeef')).status).toBe(401);
    // Signed, then altered in transit.
    const tampered = await deliver(body.replace('another color', 'another colour'), signHubSignature(body, account.channel!.appSecret));
    expect(tampered.status).toBe(401);
    expect(JSON.parse(tampered.body).error.code).toBe('invalid_signature');
    expect(await receiptCount()).toBe(before);
  });

  it('answers 400 to malformed JSON', async () => {
    const res = await deliver('{"object":"whatsapp_business_account","entry":[', 'sha256=00');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.code).toBe('malformed_request');
  });

  it('answers 200 and ignores a webhook for an unknown phone_number_id', async () => {
    const account = await createTestAccount(sportello);
    const payload = payloadFor(account, 'inbound-text');
    payload.entry[0].changes[0].value.metadata.phone_number_id = '999999999999999';
    const before = await receiptCount();
    const res = await deliverSigned(account, payload);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).status).toBe('ignored');
    expect(await receiptCount()).toBe(before);
  });

  it('answers 413 to a body over the 3 MB Meta limit', async () => {
    const account = await createTestAccount(sportello);
    const payload = payloadFor(account, 'inbound-text');
    payload.entry[0].changes[0].value.messages[0].text.body = 'x'.repeat(3.5 * 1024 * 1024);
    const res = await deliverSigned(account, payload);
    expect(res.status).toBe(413);
  });

  it('stores a message delivered twice only once, and keeps both raw deliveries', async () => {
    const account = await createTestAccount(sportello);
    const from = uniquePhone();
    const payload = payloadFor(account, 'inbound-text', { from, id: `wamid.dup${Date.now()}` });
    const before = await receiptCount();
    expect((await deliverSigned(account, payload)).status).toBe(200);
    expect((await deliverSigned(account, payload)).status).toBe(200);
    expect(await receiptCount()).toBe(before + 2);
    await sportello.drain();
    const contact = await eventually(async () => (await account.api.get(`/api/v1/conversations?q=${from}`)).body.data[0]);
    const messages = await account.api.get(`/api/v1/contacts/${contact.contact.id}/messages`);
    expect(messages.body.data).toHaveLength(1);
    expect(contact.unreadCount).toBe(1);
  });

  it('stores every inbound message type of the Cloud API with readable text', async () => {
    const account = await createTestAccount(sportello);
    const from = uniquePhone();
    const kinds = [
      ['inbound-text', 'text', 'Does it come in another color?'],
      ['inbound-interactive-button', 'interactive', 'Yes'],
      ['inbound-interactive-list', 'interactive', 'Priority Mail Express'],
      ['inbound-template-button', 'button', 'Track'],
      ['inbound-image', 'image', 'Il pacco è arrivato così'],
      ['inbound-document', 'document', 'fattura.pdf'],
      ['inbound-audio', 'audio', null],
      ['inbound-location', 'location', 'Duomo, Piazza del Duomo, Milano'],
      ['inbound-contacts', 'contacts', 'Mario Rossi'],
      ['inbound-reaction', 'reaction', '👍'],
      ['inbound-unsupported', 'unsupported', null],
    ] as const;
    for (const [i, [name]] of kinds.entries()) {
      const res = await deliverSigned(account, payloadFor(account, name, { from, id: `wamid.kind${Date.now()}${i}` }));
      expect(res.status).toBe(200);
    }
    await sportello.drain();
    const conversation = await eventually(async () => (await account.api.get(`/api/v1/conversations?q=${from}`)).body.data[0]);
    const page = await account.api.get(`/api/v1/contacts/${conversation.contact.id}/messages?limit=50`);
    const stored = [...page.body.data].reverse();
    expect(stored.map((m: any) => [m.type, m.text])).toEqual(kinds.map(([, type, text]) => [type, text]));
    // The raw Cloud API object is kept with the message.
    expect(stored[4].content.image.mime_type).toBe('image/jpeg');
    // Reactions and unsupported messages raise no unread badge.
    expect(conversation.unreadCount).toBe(kinds.length - 2);
    expect(conversation.contact.name).toBe('Sheena Nelson');
  });

  it('applies statuses in any order, only forward, and records a failure with its code', async () => {
    const account = await createTestAccount(sportello);
    const sandbox = apiClient(`${sportello.url}/sandbox`);
    const from = `+${uniquePhone()}`;
    await sandbox.post('/v1/inbound', { phoneNumberId: account.channel!.phoneNumberId, from, text: 'hi' });
    const conversation = await eventually(async () => (await account.api.get(`/api/v1/conversations?q=${from.slice(1)}`)).body.data[0]);
    // The sandbox must not race our hand-made statuses.
    await sandbox.put('/v1/settings', { autoRead: false, statusDelaysMs: { sent: 60_000, delivered: 60_000, read: 60_000 } });
    try {
      const sent = await account.api.post('/api/v1/messages', { contactId: conversation.contact.id, type: 'text', text: 'one' });
      expect(sent.status).toBe(201);
      const wamid = sent.body.waMessageId as string;
      expect(wamid).toMatch(/^wamid\./);
      for (const name of ['status-read', 'status-delivered', 'status-sent', 'status-read']) {
        expect((await deliverSigned(account, payloadFor(account, name, { statusId: wamid, callbackData: '' }))).status).toBe(200);
      }
      await sportello.drain();
      const message = (await account.api.get(`/api/v1/messages/${sent.body.id}`)).body;
      expect(message.status).toBe('read');
      expect(message.readAt).toBe(new Date(1750857390_000).toISOString());
      expect(message.deliveredAt).toBe(new Date(1750857385_000).toISOString());
      expect(message.sentAt).toBe(new Date(1750857384_000).toISOString());

      const second = await account.api.post('/api/v1/messages', { contactId: conversation.contact.id, type: 'text', text: 'two' });
      await deliverSigned(account, payloadFor(account, 'status-failed-131047', { statusId: second.body.waMessageId }));
      await sportello.drain();
      const failed = (await account.api.get(`/api/v1/messages/${second.body.id}`)).body;
      expect(failed).toMatchObject({ status: 'failed', error: { code: 131047, title: 'Re-engagement message' } });
      expect(failed.error.details).toMatch(/24 hours/);
    } finally {
      await sandbox.put('/v1/settings', { autoRead: true, statusDelaysMs: { sent: 20, delivered: 60, read: 150 } });
    }
  });

  it('matches a status that beats the send response by the echoed message id', async () => {
    const account = await createTestAccount(sportello);
    const sandbox = apiClient(`${sportello.url}/sandbox`);
    const from = `+${uniquePhone()}`;
    await sandbox.post('/v1/inbound', { phoneNumberId: account.channel!.phoneNumberId, from, text: 'hi' });
    const conversation = await eventually(async () => (await account.api.get(`/api/v1/conversations?q=${from.slice(1)}`)).body.data[0]);
    await sandbox.put('/v1/settings', { autoRead: false, statusDelaysMs: { sent: 60_000, delivered: 60_000, read: 60_000 } });
    try {
      const sent = await account.api.post('/api/v1/messages', { contactId: conversation.contact.id, type: 'text', text: 'race' });
      // Simulate a status for a WhatsApp id Sportello has not stored: only the callback data links it.
      await sportello.deps.database.sql.query('UPDATE messages SET wa_message_id = NULL WHERE id = $1', [sent.body.id]);
      await deliverSigned(account, payloadFor(account, 'status-delivered', { statusId: 'wamid.fromthewebhook', callbackData: sent.body.id }));
      await sportello.drain();
      const message = (await account.api.get(`/api/v1/messages/${sent.body.id}`)).body;
      expect(message).toMatchObject({ status: 'delivered', waMessageId: 'wamid.fromthewebhook' });
    } finally {
      await sandbox.put('/v1/settings', { autoRead: true, statusDelaysMs: { sent: 20, delivered: 60, read: 150 } });
    }
  });
});
