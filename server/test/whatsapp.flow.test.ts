import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, createTestAccount, eventually, startTestSportello, type TestSportello } from './harness.ts';

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
  return `+39333${String(Date.now() % 100000).padStart(5, '0')}${customerCounter % 10}`;
}

describe('a conversation through the sandbox, over real HTTP', () => {
  it('customer writes → contact and conversation appear → operator replies → exact Graph body → delivered and read', async () => {
    const account = await createTestAccount(sportello);
    const sandbox = apiClient(`${sportello.url}/sandbox`);
    const customer = newCustomer();

    const inbound = await sandbox.post('/v1/inbound', { phoneNumberId: account.channel!.phoneNumberId, from: customer, name: 'Giulia Bianchi', text: 'Ciao, avete la taglia M?' });
    expect(inbound.status).toBe(200);
    expect(inbound.body.waMessageId).toMatch(/^wamid\./);

    const conversation = await eventually(async () => {
      const res = await account.api.get('/api/v1/conversations');
      return res.body.data.find((c: any) => c.contact.phone === customer);
    }, 10_000, 'the conversation to appear');
    expect(conversation).toMatchObject({ unreadCount: 1, contact: { name: 'Giulia Bianchi' }, lastMessage: { direction: 'inbound', text: 'Ciao, avete la taglia M?' } });

    const lookup = await account.api.get(`/api/v1/contacts?phone=${encodeURIComponent(customer)}`);
    expect(lookup.status).toBe(200);
    const contactId = conversation.contact.id;

    const history = await account.api.get(`/api/v1/contacts/${contactId}/messages`);
    expect(history.body.data[0]).toMatchObject({ direction: 'inbound', type: 'text', text: 'Ciao, avete la taglia M?', waMessageId: inbound.body.waMessageId, sentBy: { type: 'customer' } });

    const reply = await account.api.post('/api/v1/messages', { contactId, type: 'text', text: 'Sì, la M è disponibile 👍', replyTo: inbound.body.waMessageId });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ direction: 'outbound', type: 'text', status: 'queued', sentBy: { type: 'api' } });

    const outbox = await sandbox.get(`/v1/outbox?to=${encodeURIComponent(customer)}`);
    expect(outbox.body.data).toHaveLength(1);
    expect(outbox.body.data[0].body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: customer.slice(1),
      context: { message_id: inbound.body.waMessageId },
      biz_opaque_callback_data: reply.body.id,
      type: 'text',
      text: { body: 'Sì, la M è disponibile 👍', preview_url: false },
    });

    const read = await eventually(async () => {
      const res = await account.api.get(`/api/v1/messages/${reply.body.id}`);
      return res.body.status === 'read' ? res.body : null;
    }, 10_000, 'the read status');
    expect(read.waMessageId).toMatch(/^wamid\./);
    expect(read.sentAt).not.toBeNull();
    expect(read.deliveredAt).not.toBeNull();
    expect(read.readAt).not.toBeNull();

    const after = await account.api.get('/api/v1/conversations');
    expect(after.body.data.find((c: any) => c.contact.id === contactId)).toMatchObject({ unreadCount: 1, lastMessage: { direction: 'outbound' } });
  });

  it('refuses a free-form message outside the 24-hour window with 422 outside_customer_service_window', async () => {
    const account = await createTestAccount(sportello);
    const created = await account.api.post('/api/v1/contacts', { phone: newCustomer(), name: 'Never wrote' });
    const contactId = created.body.id;
    const res = await account.api.post('/api/v1/messages', { contactId, type: 'text', text: 'Hello' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('outside_customer_service_window');
    const template = await account.api.post('/api/v1/messages', { contactId, type: 'template', template: { name: 'welcome', language: 'it' } });
    expect(template.status).toBe(201);
  });
});
