import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, createTestAccount, startTestSportello, type TestSportello } from './harness.ts';

let sportello: TestSportello;
beforeAll(async () => {
  sportello = await startTestSportello();
});
afterAll(async () => {
  await sportello?.close();
});

describe('accounts, users and API keys', () => {
  it('answers /healthz once started', async () => {
    const res = await apiClient(sportello.url).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('rejects a missing or wrong API key with 401 in the error shape', async () => {
    const anon = await apiClient(sportello.url).get('/api/v1/me');
    expect(anon.status).toBe(401);
    expect(anon.body.error.code).toBe('unauthorized');
    const wrong = await apiClient(sportello.url, 'spk_not-a-real-key').get('/api/v1/me');
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
  });

  it('signs in with a session cookie and signs out', async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    const anon = apiClient(sportello.url);
    const bad = await anon.post('/api/v1/auth/login', { email: account.email, password: 'wrong password' });
    expect(bad.status).toBe(401);
    expect(bad.body.error.code).toBe('invalid_credentials');
    const ok = await anon.post('/api/v1/auth/login', { email: account.email.toUpperCase(), password: account.password });
    expect(ok.status).toBe(200);
    const cookie = ok.headers.get('set-cookie')!.split(';')[0]!;
    expect(ok.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    const me = await anon.get('/api/v1/me', { cookie });
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(account.email);
    expect(me.body.role).toBe('admin');
    await anon.post('/api/v1/auth/logout', undefined, { cookie });
    expect((await anon.get('/api/v1/me', { cookie })).status).toBe(401);
  });

  it('shows a new API key once, lists only its prefix, and honours revocation', async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    const created = await account.api.post('/api/v1/api-keys', { name: 'CRM sync' });
    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^spk_/);
    const list = await account.api.get('/api/v1/api-keys');
    expect(list.body.data).toHaveLength(2);
    expect(JSON.stringify(list.body)).not.toContain(created.body.key);
    const second = apiClient(sportello.url, created.body.key);
    expect((await second.get('/api/v1/me')).status).toBe(200);
    expect((await account.api.delete(`/api/v1/api-keys/${created.body.id}`)).status).toBe(204);
    expect((await second.get('/api/v1/me')).status).toBe(401);
    expect((await account.api.delete(`/api/v1/api-keys/${created.body.id}`)).status).toBe(404);
  });

  it('lets admins create users with roles, and refuses operators', async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    const email = `op-${Date.now()}@example.test`;
    const op = await account.api.post('/api/v1/users', { email, name: 'Olga', password: 'operator-pass', role: 'operator' });
    expect(op.status).toBe(201);
    expect(op.body).toMatchObject({ email, role: 'operator', receiveTicketEmails: true });
    const dup = await account.api.post('/api/v1/users', { email: email.toUpperCase(), name: 'Olga 2', password: 'operator-pass', role: 'operator' });
    expect(dup.status).toBe(409);
    const badRole = await account.api.post('/api/v1/users', { email: `x${email}`, name: 'X', password: 'operator-pass', role: 'boss' });
    expect(badRole.status).toBe(422);
    expect(badRole.body.error.details[0].field).toBe('role');

    const login = await apiClient(sportello.url).post('/api/v1/auth/login', { email, password: 'operator-pass' });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const asOperator = await apiClient(sportello.url).post('/api/v1/users', { email: `y${email}`, name: 'Y', password: 'operator-pass', role: 'admin' }, { cookie });
    expect(asOperator.status).toBe(403);
    const ownProfile = await apiClient(sportello.url).patch('/api/v1/me', { receiveTicketEmails: false, language: 'it' }, { cookie });
    expect(ownProfile.status).toBe(200);
    expect(ownProfile.body).toMatchObject({ receiveTicketEmails: false, language: 'it' });
  });

  it('keeps at least one active admin', async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    const res = await account.api.patch(`/api/v1/users/${account.userId}`, { role: 'operator' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('last_admin');
  });

  it("lets admins rename the account and change its time zone and default language, and refuses operators", async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    const changed = await account.api.patch('/api/v1/account', { name: 'Bottega Rossi', timezone: 'america/new_york', defaultLanguage: 'es' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: 'Bottega Rossi', timezone: 'America/New_York', defaultLanguage: 'es' });
    expect((await account.api.get('/api/v1/me')).body.account).toMatchObject({ name: 'Bottega Rossi', timezone: 'America/New_York', defaultLanguage: 'es' });
    // The working hours are read in the account's zone, so they follow it.
    expect((await account.api.get('/api/v1/settings/working-hours')).body.timezone).toBe('America/New_York');

    const badZone = await account.api.patch('/api/v1/account', { timezone: '+01:00' });
    expect(badZone.status).toBe(422);
    expect(badZone.body.error.details[0].field).toBe('timezone');
    const badLanguage = await account.api.patch('/api/v1/account', { defaultLanguage: 'fr' });
    expect(badLanguage.status).toBe(422);
    expect(badLanguage.body.error.details[0].field).toBe('defaultLanguage');

    const email = `op-account-${Date.now()}@example.test`;
    await account.api.post('/api/v1/users', { email, name: 'Olga', password: 'operator-pass', role: 'operator' });
    const login = await apiClient(sportello.url).post('/api/v1/auth/login', { email, password: 'operator-pass' });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    // A user created without a language starts in the account's default one.
    expect((await account.api.get('/api/v1/users')).body.data.find((u: { email: string }) => u.email === email).language).toBe('es');
    const asOperator = await apiClient(sportello.url).patch('/api/v1/account', { name: 'Mine now' }, { cookie });
    expect(asOperator.status).toBe(403);
    expect((await account.api.get('/api/v1/me')).body.account.name).toBe('Bottega Rossi');
  });

  it('answers 400 to malformed JSON and 413 to an oversized body', async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    const malformed = await fetch(`${sportello.url}/api/v1/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${account.apiKey}`, 'content-type': 'application/json' },
      body: '{"email": ',
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as any).error.code).toBe('malformed_request');
    const huge = await fetch(`${sportello.url}/api/v1/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${account.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@b.it', name: 'x'.repeat(2 * 1024 * 1024), password: 'whatever1', role: 'admin' }),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as any).error.code).toBe('payload_too_large');
  });

  it('serves the OpenAPI document and the docs page', async () => {
    const doc = await apiClient(sportello.url).get('/api/v1/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(doc.body.paths['/api/v1/users']).toBeDefined();
    const docs = await fetch(`${sportello.url}/api/docs`);
    expect(docs.status).toBe(200);
  });
});
