import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, createTestAccount, startTestSportello, type ApiClient, type TestSportello } from './harness.ts';

let sportello: TestSportello;
beforeAll(async () => {
  sportello = await startTestSportello();
});
afterAll(async () => {
  await sportello?.close();
});

function csvForm(fields: Record<string, unknown>, csv: string): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, typeof value === 'string' ? value : JSON.stringify(value));
  data.append('file', new Blob([csv]), 'contacts.csv');
  return data;
}

async function exportText(apiKeyOrCookie: { apiKey?: string; cookie?: string }, query = ''): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = {};
  if (apiKeyOrCookie.apiKey) headers.authorization = `Bearer ${apiKeyOrCookie.apiKey}`;
  if (apiKeyOrCookie.cookie) headers.cookie = apiKeyOrCookie.cookie;
  const res = await fetch(`${sportello.url}/api/v1/contacts/export.csv${query}`, { headers });
  return { status: res.status, text: await res.text() };
}

/** A client that sends the session cookie of a user signed in with e-mail and password. */
async function signedIn(email: string, password: string): Promise<{ api: ApiClient; cookie: string }> {
  const login = await apiClient(sportello.url).post('/api/v1/auth/login', { email, password });
  expect(login.status).toBe(200);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const base = apiClient(sportello.url);
  const api = {
    ...base,
    get: (path: string) => base.get(path, { cookie }),
    post: (path: string, body?: unknown) => base.post(path, body, { cookie }),
    patch: (path: string, body?: unknown) => base.patch(path, body, { cookie }),
    delete: (path: string) => base.delete(path, { cookie }),
    call: (method: string, path: string, body?: unknown) => base.call(method, path, body, { cookie }),
  } as ApiClient;
  return { api, cookie };
}

describe('tenant isolation', () => {
  it("never shows or changes one account's contacts, tags, lists or fields from another", async () => {
    const a = await createTestAccount(sportello, { sandbox: false });
    const b = await createTestAccount(sportello, { sandbox: false });
    await a.api.post('/api/v1/fields', { key: 'SECRET', label: 'Secret', type: 'text' });
    const aList = (await a.api.post('/api/v1/lists', { name: 'A list' })).body;
    const aTag = (await a.api.post('/api/v1/tags', { name: 'a-tag' })).body;
    const aField = (await a.api.get('/api/v1/fields')).body.data[0];
    const aContact = (await a.api.post('/api/v1/contacts', { phone: '+393339990001', name: 'Only A', tags: ['a-tag'], lists: [aList.id], fields: { SECRET: 'x' } })).body;

    expect((await b.api.get('/api/v1/contacts')).body.data).toEqual([]);
    expect((await b.api.get('/api/v1/contacts?phone=%2B393339990001')).body.data).toEqual([]);
    expect((await b.api.get('/api/v1/contacts?q=Only')).body.data).toEqual([]);
    expect((await b.api.get('/api/v1/tags')).body.data).toEqual([]);
    expect((await b.api.get('/api/v1/lists')).body.data).toEqual([]);
    expect((await b.api.get('/api/v1/fields')).body.data).toEqual([]);
    expect((await b.api.get(`/api/v1/contacts?list=${aList.id}`)).body.data).toEqual([]);
    expect((await b.api.get('/api/v1/contacts?tag=a-tag')).body.data).toEqual([]);
    expect((await b.api.get('/api/v1/contacts?field.SECRET=x')).status).toBe(422);

    const notFound: Array<[string, string, unknown?]> = [
      ['GET', `/api/v1/contacts/${aContact.id}`],
      ['PATCH', `/api/v1/contacts/${aContact.id}`, { name: 'B was here' }],
      ['POST', `/api/v1/contacts/${aContact.id}/block`],
      ['POST', `/api/v1/contacts/${aContact.id}/restore`],
      ['POST', `/api/v1/contacts/${aContact.id}/tags`, { tags: ['b'] }],
      ['DELETE', `/api/v1/contacts/${aContact.id}/tags/a-tag`],
      ['POST', `/api/v1/contacts/${aContact.id}/operators`, { userId: b.userId }],
      ['DELETE', `/api/v1/contacts/${aContact.id}/operators/${a.userId}`],
      ['DELETE', `/api/v1/contacts/${aContact.id}`],
      ['DELETE', `/api/v1/contacts/${aContact.id}?permanent=true`],
      ['PATCH', `/api/v1/tags/${aTag.id}`, { name: 'hijacked' }],
      ['DELETE', `/api/v1/tags/${aTag.id}`],
      ['GET', `/api/v1/lists/${aList.id}`],
      ['PATCH', `/api/v1/lists/${aList.id}`, { name: 'hijacked' }],
      ['DELETE', `/api/v1/lists/${aList.id}`],
      ['POST', `/api/v1/lists/${aList.id}/contacts`, { contactIds: [aContact.id] }],
      ['DELETE', `/api/v1/lists/${aList.id}/contacts/${aContact.id}`],
      ['PATCH', `/api/v1/fields/${aField.id}`, { label: 'hijacked' }],
      ['DELETE', `/api/v1/fields/${aField.id}`],
    ];
    for (const [method, path, body] of notFound) {
      const res = await b.api.call(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    // B's own list cannot take A's contact.
    const bList = (await b.api.post('/api/v1/lists', { name: 'B list' })).body;
    expect((await b.api.post(`/api/v1/lists/${bList.id}/contacts`, { contactIds: [aContact.id] })).body).toEqual({ matched: 0, changed: 0 });
    // A's list cannot be named by B.
    expect((await b.api.post('/api/v1/contacts', { phone: '+393339990002', lists: [aList.id] })).body.error.code).toBe('unknown_list');

    for (const action of ['tag', 'untag', 'add_to_list', 'remove_from_list', 'block', 'restore', 'delete', 'erase']) {
      const res = await b.api.post('/api/v1/contacts/bulk', { action, contactIds: [aContact.id], tag: 'a-tag', list: 'B list' });
      expect(res.body, action).toEqual({ matched: 0, changed: 0 });
    }
    expect((await b.api.post('/api/v1/contacts/bulk', { action: 'block', filter: {} })).body).toEqual({ matched: 0, changed: 0 });

    const exported = await exportText({ apiKey: b.apiKey });
    expect(exported.status).toBe(200);
    expect(exported.text.trim().split('\n')).toHaveLength(1);
    expect(exported.text).not.toContain('SECRET');

    // B importing the same number creates B's own contact; A's is untouched.
    const imported = await b.api.post('/api/v1/contacts/import', csvForm({ mapping: { phone: 'phone', name: 'name' }, list: 'A list' }, 'phone,name\n+393339990001,B copy\n'));
    expect(imported.body).toMatchObject({ created: 1, updated: 0 });
    const aAfter = (await a.api.get(`/api/v1/contacts/${aContact.id}`)).body;
    expect(aAfter).toEqual(aContact);
    expect((await a.api.get('/api/v1/lists')).body.data).toEqual([expect.objectContaining({ id: aList.id, memberCount: 1 })]);
    expect((await a.api.get('/api/v1/tags')).body.data).toEqual([expect.objectContaining({ name: 'a-tag', contactCount: 1 })]);
    const bCopy = (await b.api.get('/api/v1/contacts?phone=%2B393339990001')).body.data[0];
    expect(bCopy.id).not.toBe(aContact.id);
    expect(bCopy.lists[0].id).not.toBe(aList.id);
  });
});

describe('chat operators', () => {
  it('see and work only on the contacts assigned to them', async () => {
    const admin = await createTestAccount(sportello, { sandbox: false });
    const email = `chat-${Date.now()}@example.test`;
    const user = await admin.api.post('/api/v1/users', { email, name: 'Chiara', password: 'chat-operator-pw', role: 'chat_operator' });
    expect(user.status).toBe(201);
    const { api: chat, cookie } = await signedIn(email, 'chat-operator-pw');

    const mine = (await admin.api.post('/api/v1/contacts', { phone: '+393338880001', name: 'Assigned', tags: ['t'] })).body;
    const other = (await admin.api.post('/api/v1/contacts', { phone: '+393338880002', name: 'Not assigned', tags: ['t'] })).body;
    await admin.api.post(`/api/v1/contacts/${mine.id}/operators`, { userId: user.body.id });

    expect((await chat.get('/api/v1/contacts')).body.data.map((c: any) => c.id)).toEqual([mine.id]);
    expect((await chat.get('/api/v1/contacts?phone=%2B393338880002')).body.data).toEqual([]);
    expect((await chat.get(`/api/v1/contacts/${mine.id}`)).status).toBe(200);
    expect((await chat.get(`/api/v1/contacts/${other.id}`)).status).toBe(404);
    expect((await chat.patch(`/api/v1/contacts/${other.id}`, { name: 'x' })).status).toBe(404);
    expect((await chat.post(`/api/v1/contacts/${other.id}/block`)).status).toBe(404);
    expect((await chat.patch(`/api/v1/contacts/${mine.id}`, { name: 'Renamed by chat' })).status).toBe(200);
    expect((await chat.get('/api/v1/tags')).body.data).toEqual([expect.objectContaining({ name: 't', contactCount: 1 })]);

    const exported = await exportText({ cookie });
    expect(exported.status).toBe(200);
    expect(exported.text).toContain('+393338880001');
    expect(exported.text).not.toContain('+393338880002');

    const bulk = await chat.post('/api/v1/contacts/bulk', { action: 'tag', filter: {}, tag: 'seen' });
    expect(bulk.body).toEqual({ matched: 1, changed: 1 });
    expect((await chat.post('/api/v1/contacts/bulk', { action: 'block', contactIds: [other.id] })).body).toEqual({ matched: 0, changed: 0 });

    // Assigning, erasing, importing and managing the catalog are for admins and operators.
    expect((await chat.post(`/api/v1/contacts/${mine.id}/operators`, { userId: user.body.id })).status).toBe(403);
    expect((await chat.delete(`/api/v1/contacts/${mine.id}/operators/${user.body.id}`)).status).toBe(403);
    expect((await chat.delete(`/api/v1/contacts/${mine.id}?permanent=true`)).status).toBe(403);
    expect((await chat.post('/api/v1/contacts/bulk', { action: 'erase', contactIds: [mine.id] })).status).toBe(403);
    expect((await chat.post('/api/v1/fields', { label: 'X', type: 'text' })).status).toBe(403);
    expect((await chat.post('/api/v1/lists', { name: 'X' })).status).toBe(403);
    const tag = (await admin.api.get('/api/v1/tags')).body.data[0];
    expect((await chat.delete(`/api/v1/tags/${tag.id}`)).status).toBe(403);

    // A contact a chat operator creates is assigned to them, so they keep seeing it.
    const created = await chat.post('/api/v1/contacts', { phone: '+393338880003', name: 'Mine too' });
    expect(created.status).toBe(201);
    expect(created.body.operatorIds).toEqual([user.body.id]);
    expect((await chat.get('/api/v1/contacts')).body.data).toHaveLength(2);
  });
});
