import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

async function customer(account: Account, name: string, text: string) {
  n += 1;
  const phone = `+39346${String(Date.now()).slice(-5)}${(n % 90) + 10}`;
  await sandbox.post('/v1/inbound', { phoneNumberId: account.channel!.phoneNumberId, from: phone, name, text });
  const c = await eventually(async () => (await account.api.get(`/api/v1/conversations?q=${phone.slice(1)}`)).body.data[0], 10_000, name);
  return c.contact.id as string;
}

async function signIn(account: Account, role: 'operator' | 'chat_operator') {
  const email = `${role}-${Date.now()}-${n++}@example.test`;
  const user = await account.api.post('/api/v1/users', { email, name: role, password: 'password-123', role });
  const login = await apiClient(sportello.url).post('/api/v1/auth/login', { email, password: 'password-123' });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const client = apiClient(sportello.url);
  return {
    userId: user.body.id as string,
    cookie,
    get: (path: string) => client.get(path, { cookie }),
    post: (path: string, body?: unknown) => client.post(path, body, { cookie }),
  };
}

const names = (res: { body: { data: Array<{ contact: { name: string } }> } }) => res.body.data.map((c) => c.contact.name).sort();

describe('conversation filters and search', () => {
  it('filters by tag, operator, list and unread, and searches names, phones and message text', async () => {
    const account = await createTestAccount(sportello);
    const anna = await customer(account, 'Anna', 'Vorrei un rimborso');
    const bruno = await customer(account, 'Bruno', 'Dove è il mio pacco?');
    const carla = await customer(account, 'Carla', 'Grazie mille');
    const op = await signIn(account, 'operator');

    expect((await account.api.post(`/api/v1/contacts/${anna}/tags`, { tags: ['vip'] })).status).toBe(200);
    expect((await account.api.post(`/api/v1/contacts/${bruno}/operators`, { userId: op.userId })).status).toBe(200);
    const list = await account.api.post('/api/v1/lists', { name: 'Newsletter' });
    expect((await account.api.post(`/api/v1/lists/${list.body.id}/contacts`, { contactIds: [carla] })).status).toBe(200);
    await account.api.post(`/api/v1/conversations/${carla}/read`);

    expect(names(await account.api.get('/api/v1/conversations'))).toEqual(['Anna', 'Bruno', 'Carla']);
    expect(names(await account.api.get('/api/v1/conversations?tag=VIP'))).toEqual(['Anna']);
    expect(names(await account.api.get(`/api/v1/conversations?operatorId=${op.userId}`))).toEqual(['Bruno']);
    expect(names(await account.api.get(`/api/v1/conversations?listId=${list.body.id}`))).toEqual(['Carla']);
    expect(names(await account.api.get('/api/v1/conversations?unread=true'))).toEqual(['Anna', 'Bruno']);
    expect(names(await account.api.get('/api/v1/conversations?q=pacco'))).toEqual(['Bruno']);
    expect(names(await account.api.get('/api/v1/conversations?q=carl'))).toEqual(['Carla']);
    expect(names(await account.api.get('/api/v1/conversations?q=100%25'))).toEqual([]);
    expect(names(await account.api.get('/api/v1/conversations?tag=vip&unread=true'))).toEqual(['Anna']);

    const first = await account.api.get('/api/v1/conversations?limit=2');
    expect(first.body.data).toHaveLength(2);
    const rest = await account.api.get(`/api/v1/conversations?limit=2&cursor=${first.body.nextCursor}`);
    expect([...first.body.data, ...rest.body.data].map((c: any) => c.contact.name).sort()).toEqual(['Anna', 'Bruno', 'Carla']);
    expect(rest.body.nextCursor).toBeNull();

    const tagged = (await account.api.get('/api/v1/conversations?tag=vip')).body.data[0];
    expect(tagged.tags).toEqual(['vip']);
    expect((await account.api.get(`/api/v1/conversations?operatorId=${op.userId}`)).body.data[0].operatorIds).toEqual([op.userId]);

    expect((await account.api.get('/api/v1/conversations?operatorId=not-a-uuid')).status).toBe(422);
    expect((await account.api.get('/api/v1/conversations?unread=maybe')).status).toBe(422);
    expect((await account.api.get('/api/v1/conversations?cursor=%%%')).status).toBe(422);
  });

  it('shows a chat operator only the contacts assigned to them, in lists, messages and sends', async () => {
    const account = await createTestAccount(sportello);
    const mine = await customer(account, 'Mia', 'ciao');
    const other = await customer(account, 'Altro', 'ciao');
    const chatOp = await signIn(account, 'chat_operator');
    expect((await account.api.post(`/api/v1/contacts/${mine}/operators`, { userId: chatOp.userId })).status).toBe(200);

    expect(names(await chatOp.get('/api/v1/conversations'))).toEqual(['Mia']);
    expect((await chatOp.get(`/api/v1/contacts/${other}/messages`)).status).toBe(404);
    expect((await chatOp.post('/api/v1/messages', { contactId: other, type: 'text', text: 'x' })).status).toBe(404);
    const reply = await chatOp.post('/api/v1/messages', { contactId: mine, type: 'text', text: 'Ti rispondo io' });
    expect(reply.status).toBe(201);
    expect(reply.body.sentBy).toEqual({ type: 'user', id: chatOp.userId });
    expect((await chatOp.get(`/api/v1/messages/${reply.body.id}`)).status).toBe(200);
    // Assigning is for operators and admins.
    expect((await chatOp.post(`/api/v1/contacts/${other}/operators`, { userId: chatOp.userId })).status).toBe(403);

    // The live stream carries only their contacts' events.
    const controller = new AbortController();
    const stream = await fetch(`${sportello.url}/api/v1/events/stream`, { headers: { cookie: chatOp.cookie }, signal: controller.signal });
    expect(stream.status).toBe(200);
    let text = '';
    const reader = stream.body!.getReader();
    const reading = (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          text += new TextDecoder().decode(value);
        }
      } catch {
        // aborted
      }
    })();
    await account.api.post(`/api/v1/contacts/${other}/notes`, { text: 'not for the chat operator' });
    await account.api.post(`/api/v1/contacts/${mine}/notes`, { text: 'for the chat operator' });
    await eventually(async () => text.includes('for the chat operator'), 10_000, 'the visible note event');
    controller.abort();
    await reading;
    expect(text).not.toContain('not for the chat operator');
  });

  it('sends nothing to a blocked contact until it is restored', async () => {
    const account = await createTestAccount(sportello);
    const contactId = await customer(account, 'Bloccato', 'spam');
    expect((await account.api.post(`/api/v1/contacts/${contactId}/block`)).status).toBe(200);
    const refused = await account.api.post('/api/v1/messages', { contactId, type: 'text', text: 'x' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('contact_blocked');
    expect((await account.api.post(`/api/v1/contacts/${contactId}/restore`)).status).toBe(200);
    expect((await account.api.post('/api/v1/messages', { contactId, type: 'text', text: 'ok' })).status).toBe(201);
  });
});
