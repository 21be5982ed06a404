import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../src/lib/ids.ts';
import { runSendJob } from '../src/modules/conversations/send-message.ts';
import { apiClient, createTestAccount, eventually, startTestSportello, type TestSportello } from './harness.ts';

let sportello: TestSportello;
let sandbox: ReturnType<typeof apiClient>;
beforeAll(async () => {
  sportello = await startTestSportello();
  sandbox = apiClient(`${sportello.url}/sandbox`);
});
afterAll(async () => {
  await sportello?.close();
});

type Account = Awaited<ReturnType<typeof createTestAccount>>;
let n = 0;

/** A customer who wrote first, so the 24-hour window is open. */
async function customerWhoWrote(account: Account) {
  n += 1;
  const phone = `+39347${String(Date.now()).slice(-5)}${(n % 90) + 10}`;
  const inbound = await sandbox.post('/v1/inbound', { phoneNumberId: account.channel!.phoneNumberId, from: phone, name: `Cliente ${n}`, text: 'Buongiorno' });
  const conversation = await eventually(async () => (await account.api.get(`/api/v1/conversations?q=${phone.slice(1)}`)).body.data[0], 10_000, 'conversation');
  return { phone, contactId: conversation.contact.id as string, waMessageId: inbound.body.waMessageId as string };
}

const outboxFor = async (phone: string) => (await sandbox.get(`/v1/outbox?to=${encodeURIComponent(phone)}`)).body.data as any[];

describe('POST /api/v1/messages', () => {
  it('sends reply buttons, lists, media and templates with the exact Graph bodies', async () => {
    const account = await createTestAccount(sportello);
    const { phone, contactId } = await customerWhoWrote(account);
    const to = phone.slice(1);
    const buttons = await account.api.post('/api/v1/messages', {
      contactId,
      type: 'buttons',
      text: 'Confermi l’ordine?',
      buttons: [{ id: 'yes', title: 'Sì' }, { id: 'no', title: 'No' }],
    });
    expect(buttons.status).toBe(201);
    const list = await account.api.post('/api/v1/messages', {
      phone,
      type: 'list',
      text: 'Come preferisci la consegna?',
      buttonText: 'Opzioni',
      sections: [{ title: 'Corriere', rows: [{ id: 'express', title: 'Express', description: '24 ore' }, { id: 'std', title: 'Standard' }] }],
    });
    expect(list.status).toBe(201);
    const media = await account.api.post('/api/v1/messages', { contactId, type: 'media', media: { kind: 'image', url: 'https://example.com/p.jpg', caption: 'Eccolo' } });
    expect(media.status).toBe(201);
    const template = await account.api.post('/api/v1/messages', {
      contactId,
      type: 'template',
      template: { name: 'order_update', language: 'it', components: [{ type: 'body', parameters: [{ type: 'text', text: 'Giulia' }] }] },
    });
    expect(template.status).toBe(201);

    const bodies = (await outboxFor(phone)).map((e) => e.body).reverse();
    expect(bodies[0]).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to,
      biz_opaque_callback_data: buttons.body.id,
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Confermi l’ordine?' },
        action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Sì' } }, { type: 'reply', reply: { id: 'no', title: 'No' } }] },
      },
    });
    expect(bodies[1].interactive).toEqual({
      type: 'list',
      body: { text: 'Come preferisci la consegna?' },
      action: { button: 'Opzioni', sections: [{ title: 'Corriere', rows: [{ id: 'express', title: 'Express', description: '24 ore' }, { id: 'std', title: 'Standard' }] }] },
    });
    expect(bodies[2]).toMatchObject({ type: 'image', image: { link: 'https://example.com/p.jpg', caption: 'Eccolo' } });
    expect(bodies[3]).toMatchObject({ type: 'template', template: { name: 'order_update', language: { code: 'it' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Giulia' }] }] } });
  });

  it('sends once per Idempotency-Key, even for simultaneous retries', async () => {
    const account = await createTestAccount(sportello);
    const { phone, contactId } = await customerWhoWrote(account);
    const headers = { 'idempotency-key': `order-42-${Date.now()}` };
    const first = await account.api.post('/api/v1/messages', { contactId, type: 'text', text: 'Ordine spedito' }, headers);
    const again = await account.api.post('/api/v1/messages', { contactId, type: 'text', text: 'Ordine spedito' }, headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');

    const burstHeaders = { 'idempotency-key': `burst-${Date.now()}` };
    const burst = await Promise.all(Array.from({ length: 6 }, () => account.api.post('/api/v1/messages', { contactId, type: 'text', text: 'Una volta sola' }, burstHeaders)));
    expect(burst.every((r) => r.status === 201)).toBe(true);
    expect(new Set(burst.map((r) => r.body.id)).size).toBe(1);
    const sent = (await outboxFor(phone)).filter((e) => e.body.text?.body === 'Una volta sola');
    expect(sent).toHaveLength(1);
    expect((await outboxFor(phone)).filter((e) => e.body.text?.body === 'Ordine spedito')).toHaveLength(1);
  });

  it('names the field of bad input and hides other accounts', async () => {
    const account = await createTestAccount(sportello);
    const other = await createTestAccount(sportello);
    const { contactId } = await customerWhoWrote(account);
    const badPhone = await account.api.post('/api/v1/messages', { phone: 'not a phone', type: 'text', text: 'x' });
    expect(badPhone.status).toBe(422);
    expect(badPhone.body.error).toMatchObject({ code: 'invalid_phone', details: { field: 'phone' } });
    const fourButtons = await account.api.post('/api/v1/messages', { contactId, type: 'buttons', text: 'x', buttons: [1, 2, 3, 4].map((i) => ({ id: `b${i}`, title: `B${i}` })) });
    expect(fourButtons.status).toBe(422);
    expect(fourButtons.body.error.details[0].field).toBe('buttons');
    const both = await account.api.post('/api/v1/messages', { type: 'text', text: 'x' });
    expect(both.status).toBe(422);
    const unknownType = await account.api.post('/api/v1/messages', { contactId, type: 'fax', text: 'x' });
    expect(unknownType.status).toBe(422);
    const missing = await account.api.post('/api/v1/messages', { contactId: newId(), type: 'text', text: 'x' });
    expect(missing.status).toBe(404);
    const foreign = await other.api.post('/api/v1/messages', { contactId, type: 'text', text: 'x' });
    expect(foreign.status).toBe(404);
    expect((await other.api.get(`/api/v1/contacts/${contactId}/messages`)).status).toBe(404);
    const reply = await account.api.post('/api/v1/messages', { contactId, type: 'text', text: 'x', replyTo: 'wamid.not-in-this-chat' });
    expect(reply.status).toBe(404);
  });

  it('creates the contact of a number never seen before, and still holds free-form messages to the window', async () => {
    const account = await createTestAccount(sportello);
    const phone = `+39 345 ${String(Date.now()).slice(-7)}`;
    const free = await account.api.post('/api/v1/messages', { phone, type: 'text', text: 'Ciao' });
    expect(free.status).toBe(422);
    expect(free.body.error.code).toBe('outside_customer_service_window');
    const template = await account.api.post('/api/v1/messages', { phone, type: 'template', template: { name: 'hello_world', language: 'en_US' } });
    expect(template.status).toBe(201);
    const e164 = phone.replace(/\s/g, '');
    const found = await account.api.get(`/api/v1/contacts?phone=${encodeURIComponent(e164)}`);
    expect(found.body.data).toHaveLength(1);
    expect(template.body.contactId).toBe(found.body.data[0].id);
    expect((await outboxFor(e164))[0].body).toMatchObject({ to: e164.slice(1), type: 'template' });
  });

  it('maps a refused access token to 502 channel_auth_failed and records the failure', async () => {
    const account = await createTestAccount(sportello);
    const { contactId } = await customerWhoWrote(account);
    await sandbox.post('/v1/fail-next', { phoneNumberId: account.channel!.phoneNumberId, code: 190 });
    const res = await account.api.post('/api/v1/messages', { contactId, type: 'text', text: 'Will fail' });
    expect(res.status).toBe(502);
    expect(res.body.error).toMatchObject({ code: 'channel_auth_failed', details: { whatsappCode: 190 } });
    const history = await account.api.get(`/api/v1/contacts/${contactId}/messages`);
    expect(history.body.data[0]).toMatchObject({ text: 'Will fail', status: 'failed', error: { code: 190 } });
  });

  it('maps an invalid parameter to 422 invalid_message', async () => {
    const account = await createTestAccount(sportello);
    const { contactId } = await customerWhoWrote(account);
    await sandbox.post('/v1/fail-next', { phoneNumberId: account.channel!.phoneNumberId, code: 131009 });
    const res = await account.api.post('/api/v1/messages', { contactId, type: 'text', text: 'Bad param' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('invalid_message');
  });

  it('keeps a message hit by a temporary Graph error queued and delivers it once on retry', async () => {
    const account = await createTestAccount(sportello);
    const { phone, contactId } = await customerWhoWrote(account);
    await sandbox.post('/v1/fail-next', { phoneNumberId: account.channel!.phoneNumberId, code: 131056 });
    const res = await account.api.post('/api/v1/messages', { contactId, type: 'text', text: 'Riprova più tardi' });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('queued');
    expect(res.body.waMessageId).toBeNull();
    const delivered = await eventually(async () => {
      const m = (await account.api.get(`/api/v1/messages/${res.body.id}`)).body;
      return m.waMessageId && ['sent', 'delivered', 'read'].includes(m.status) ? m : null;
    }, 20_000, 'the retried send');
    expect(delivered.waMessageId).toMatch(/^wamid\./);
    expect((await outboxFor(phone)).filter((e) => e.body.text?.body === 'Riprova più tardi')).toHaveLength(1);
  });

  it('recovers a send whose process died after storing it, exactly once', async () => {
    const account = await createTestAccount(sportello);
    const { phone, contactId } = await customerWhoWrote(account);
    // A message committed as queued by a process that died before calling Graph.
    const id = newId();
    const { rows } = await sportello.deps.database.sql.query<{ channel_id: string }>('SELECT id AS channel_id FROM channels WHERE account_id = $1', [account.accountId]);
    const graph = { messaging_product: 'whatsapp', recipient_type: 'individual', to: phone.slice(1), biz_opaque_callback_data: id, type: 'text', text: { body: 'Dopo il crash', preview_url: false } };
    await sportello.deps.database.sql.query(
      `INSERT INTO messages (id, account_id, contact_id, channel_id, direction, type, text, content, status, sent_by_type, send_attempts, last_attempt_at)
       VALUES ($1, $2, $3, $4, 'outbound', 'text', 'Dopo il crash', $5, 'queued', 'api', 1, now() - interval '1 minute')`,
      [id, account.accountId, contactId, rows[0]!.channel_id, JSON.stringify({ request: { type: 'text', text: 'Dopo il crash' }, graph })],
    );
    // This process has been up for longer than an attempt's lease.
    sportello.services.startedAt = new Date(Date.now() - 60_000);
    // The recovery job may run on two workers at once; only one may send.
    await Promise.all([runSendJob(sportello.deps, sportello.services, id), runSendJob(sportello.deps, sportello.services, id)]);
    await runSendJob(sportello.deps, sportello.services, id);
    expect((await outboxFor(phone)).filter((e) => e.body.text?.body === 'Dopo il crash')).toHaveLength(1);
    const message = (await account.api.get(`/api/v1/messages/${id}`)).body;
    expect(message.waMessageId).toMatch(/^wamid\./);
  });

  it('leaves an attempt in doubt alone in a process that just started, then sends it once that process has been up a lease long', async () => {
    const account = await createTestAccount(sportello);
    const { phone, contactId } = await customerWhoWrote(account);
    // Graph may have accepted it just before its process died: the status webhook, retried by Meta, may still name it.
    const id = newId();
    const { rows } = await sportello.deps.database.sql.query<{ channel_id: string }>('SELECT id AS channel_id FROM channels WHERE account_id = $1', [account.accountId]);
    const graph = { messaging_product: 'whatsapp', recipient_type: 'individual', to: phone.slice(1), biz_opaque_callback_data: id, type: 'text', text: { body: 'In dubbio', preview_url: false } };
    await sportello.deps.database.sql.query(
      `INSERT INTO messages (id, account_id, contact_id, channel_id, direction, type, text, content, status, sent_by_type, send_attempts, last_attempt_at)
       VALUES ($1, $2, $3, $4, 'outbound', 'text', 'In dubbio', $5, 'queued', 'api', 1, now() - interval '1 minute')`,
      [id, account.accountId, contactId, rows[0]!.channel_id, JSON.stringify({ request: { type: 'text', text: 'In dubbio' }, graph })],
    );
    sportello.services.startedAt = new Date();
    await runSendJob(sportello.deps, sportello.services, id);
    expect((await outboxFor(phone)).filter((e) => e.body.text?.body === 'In dubbio')).toHaveLength(0);
    sportello.services.startedAt = new Date(Date.now() - 60_000);
    await runSendJob(sportello.deps, sportello.services, id);
    await runSendJob(sportello.deps, sportello.services, id);
    expect((await outboxFor(phone)).filter((e) => e.body.text?.body === 'In dubbio')).toHaveLength(1);
  });

  it('holds back beyond the number’s throughput with 429', async () => {
    const account = await createTestAccount(sportello);
    const { contactId } = await customerWhoWrote(account);
    const channel = (await account.api.get('/api/v1/channels')).body.data[0];
    expect((await account.api.patch(`/api/v1/channels/${channel.id}`, { throughputMps: 1 })).status).toBe(200);
    const results = await Promise.all([1, 2, 3].map((i) => account.api.post('/api/v1/messages', { contactId, type: 'text', text: `burst ${i}` })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 429, 429]);
    expect(results.find((r) => r.status === 429)!.body.error.code).toBe('throughput_exceeded');
  });
});

describe('inbox', () => {
  it('keeps notes apart from messages and tracks read/unread', async () => {
    const account = await createTestAccount(sportello);
    const { contactId } = await customerWhoWrote(account);
    const note = await account.api.post(`/api/v1/contacts/${contactId}/notes`, { text: 'Cliente VIP, rispondere entro un’ora' });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({ direction: 'note', sentBy: { type: 'api' } });
    expect((await account.api.post(`/api/v1/contacts/${contactId}/notes`, { text: '   ' })).status).toBe(422);
    const messages = await account.api.get(`/api/v1/contacts/${contactId}/messages`);
    expect(messages.body.data.every((m: any) => m.direction !== 'note')).toBe(true);
    const timeline = await account.api.get(`/api/v1/contacts/${contactId}/messages?includeNotes=true`);
    expect(timeline.body.data[0]).toMatchObject({ direction: 'note', text: 'Cliente VIP, rispondere entro un’ora' });
    expect((await account.api.get(`/api/v1/contacts/${contactId}/notes`)).body.data).toHaveLength(1);

    expect((await account.api.get('/api/v1/conversations?unread=true')).body.data).toHaveLength(1);
    expect((await account.api.post(`/api/v1/conversations/${contactId}/read`)).body).toEqual({ unreadCount: 0 });
    expect((await account.api.get('/api/v1/conversations?unread=true')).body.data).toHaveLength(0);
    expect((await account.api.post(`/api/v1/conversations/${contactId}/unread`)).body).toEqual({ unreadCount: 1 });
    expect((await account.api.get('/api/v1/conversations?unread=true')).body.data).toHaveLength(1);
  });

  it('paginates messages with a cursor, newest first', async () => {
    const account = await createTestAccount(sportello);
    const { contactId } = await customerWhoWrote(account);
    for (let i = 1; i <= 5; i++) await account.api.post('/api/v1/messages', { contactId, type: 'text', text: `m${i}` });
    const first = await account.api.get(`/api/v1/contacts/${contactId}/messages?limit=2`);
    expect(first.body.data.map((m: any) => m.text)).toEqual(['m5', 'm4']);
    const second = await account.api.get(`/api/v1/contacts/${contactId}/messages?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.data.map((m: any) => m.text)).toEqual(['m3', 'm2']);
    const third = await account.api.get(`/api/v1/contacts/${contactId}/messages?limit=2&cursor=${second.body.nextCursor}`);
    expect(third.body.data.map((m: any) => m.text)).toEqual(['m1', 'Buongiorno']);
    expect(third.body.nextCursor).toBeNull();
    expect((await account.api.get(`/api/v1/contacts/${contactId}/messages?cursor=garbage`)).status).toBe(422);
    expect((await account.api.get(`/api/v1/contacts/${contactId}/messages?limit=0`)).status).toBe(422);
  });

  it('streams the account’s events live over SSE, and nothing of other accounts', async () => {
    const account = await createTestAccount(sportello);
    const other = await createTestAccount(sportello);
    const controller = new AbortController();
    const stream = await fetch(`${sportello.url}/api/v1/events/stream`, { headers: { authorization: `Bearer ${account.apiKey}` }, signal: controller.signal });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
    const received: string[] = [];
    const reader = stream.body!.getReader();
    const reading = (async () => {
      const decoder = new TextDecoder();
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          received.push(decoder.decode(value));
        }
      } catch {
        // aborted
      }
    })();
    await customerWhoWrote(other);
    const { phone } = await customerWhoWrote(account);
    const text = await eventually(async () => {
      const all = received.join('');
      return all.includes('event: message.received') ? all : null;
    }, 10_000, 'a live message.received event');
    expect(text).toContain(phone);
    expect(text).not.toContain(other.accountId);
    controller.abort();
    await reading;
    expect((await fetch(`${sportello.url}/api/v1/events/stream`)).status).toBe(401);
  });
});
