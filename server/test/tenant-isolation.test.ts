import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, createTestAccount, eventually, startTestSportello, type TestSportello } from './harness.ts';

let sportello: TestSportello;
beforeAll(async () => {
  sportello = await startTestSportello();
});
afterAll(async () => {
  await sportello?.close();
});

describe('tenant isolation', () => {
  it('account B sees none of account A’s data through any endpoint', async () => {
    const a = await createTestAccount(sportello, { name: 'Alpha' });
    const b = await createTestAccount(sportello, { name: 'Beta' });
    const sandbox = apiClient(`${sportello.url}/sandbox`);
    const phone = `+39349${String(Date.now()).slice(-7)}`;
    await sandbox.post('/v1/inbound', { phoneNumberId: a.channel!.phoneNumberId, from: phone, name: 'Segreto', text: 'dati riservati' });
    const conversation = await eventually(async () => (await a.api.get('/api/v1/conversations')).body.data[0], 10_000, 'A’s conversation');
    const contactId = conversation.contact.id;
    const sent = await a.api.post('/api/v1/messages', { contactId, type: 'text', text: 'risposta riservata' });
    const note = await a.api.post(`/api/v1/contacts/${contactId}/notes`, { text: 'nota riservata' });
    const tag = await a.api.post(`/api/v1/contacts/${contactId}/tags`, { tags: ['riservato'] });
    expect(tag.status).toBeLessThan(300);
    const key = await a.api.post('/api/v1/api-keys', { name: 'A only' });
    const channelA = (await a.api.get('/api/v1/channels')).body.data[0];

    // Lists of B contain nothing of A.
    const lists = ['/api/v1/conversations', '/api/v1/contacts', '/api/v1/users', '/api/v1/api-keys', '/api/v1/channels', '/api/v1/tags', '/api/v1/lists', '/api/v1/fields'];
    for (const path of lists) {
      const res = await b.api.get(path);
      expect(res.status, path).toBe(200);
      const text = JSON.stringify(res.body);
      for (const secret of [contactId, phone, 'riservat', a.userId, key.body.id, channelA.id, a.email]) expect(text, `${path} leaks ${secret}`).not.toContain(secret);
    }
    expect((await b.api.get(`/api/v1/contacts?phone=${encodeURIComponent(phone)}`)).body.data ?? []).toHaveLength(0);
    expect((await b.api.get(`/api/v1/conversations?q=${phone.slice(1)}`)).body.data).toHaveLength(0);

    // Records of A are 404 to B, reading or writing.
    const notFound = [
      b.api.get(`/api/v1/contacts/${contactId}`),
      b.api.get(`/api/v1/contacts/${contactId}/messages`),
      b.api.get(`/api/v1/contacts/${contactId}/notes`),
      b.api.get(`/api/v1/messages/${sent.body.id}`),
      b.api.post(`/api/v1/contacts/${contactId}/notes`, { text: 'x' }),
      b.api.post(`/api/v1/conversations/${contactId}/read`),
      b.api.post('/api/v1/messages', { contactId, type: 'text', text: 'x' }),
      b.api.patch(`/api/v1/contacts/${contactId}`, { name: 'Stolen' }),
      b.api.delete(`/api/v1/contacts/${contactId}`),
      b.api.get(`/api/v1/channels/${channelA.id}`),
      b.api.patch(`/api/v1/channels/${channelA.id}`, { name: 'Stolen' }),
      b.api.delete(`/api/v1/api-keys/${key.body.id}`),
      b.api.patch(`/api/v1/users/${a.userId}`, { name: 'Stolen' }),
    ];
    for (const res of await Promise.all(notFound)) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toMatch(/not_found/);
    }
    // And nothing changed for A.
    expect((await a.api.get(`/api/v1/contacts/${contactId}`)).body.name).toBe('Segreto');
    expect((await a.api.get(`/api/v1/contacts/${contactId}/notes`)).body.data.map((n: any) => n.id)).toEqual([note.body.id]);
    expect((await apiClient(sportello.url, key.body.key).get('/api/v1/me')).status).toBe(200);
  });
});
