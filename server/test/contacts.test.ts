import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, createTestAccount, startTestSportello, type TestSportello } from './harness.ts';

let sportello: TestSportello;
beforeAll(async () => {
  sportello = await startTestSportello();
});
afterAll(async () => {
  await sportello?.close();
});

type Account = Awaited<ReturnType<typeof createTestAccount>>;

async function newAccount(): Promise<Account> {
  return createTestAccount(sportello, { sandbox: false });
}

async function eventsOf(accountId: string, type?: string): Promise<Array<{ type: string; contact_id: string | null; payload: any }>> {
  const { rows } = await sportello.deps.database.sql.query<{ type: string; contact_id: string | null; payload: any }>(
    `SELECT type, contact_id, payload FROM events WHERE account_id = $1 ${type ? 'AND type = $2' : ''} ORDER BY id`,
    type ? [accountId, type] : [accountId],
  );
  return rows;
}

const MISSING_ID = '01890000-0000-7000-8000-000000000000';

describe('contacts: create, read, update, delete', () => {
  it('creates a contact with a normalised phone, fields, tags and lists, and records contact.created', async () => {
    const { api, accountId } = await newAccount();
    expect((await api.post('/api/v1/fields', { label: 'Città', type: 'text' })).status).toBe(201);
    expect((await api.post('/api/v1/fields', { label: 'Età', type: 'number' })).status).toBe(201);
    expect((await api.post('/api/v1/fields', { label: 'Data di nascita', type: 'date' })).status).toBe(201);
    expect((await api.post('/api/v1/fields', { label: 'Cliente VIP', type: 'boolean' })).status).toBe(201);
    const list = await api.post('/api/v1/lists', { name: 'Newsletter' });
    expect(list.status).toBe(201);

    const res = await api.post('/api/v1/contacts', {
      phone: '+39 333 123 4567',
      name: 'Mario Rossi',
      email: 'mario@example.it',
      language: 'IT',
      fields: { CITTA: 'Roma', ETA: '42', DATA_DI_NASCITA: '1980-02-29', CLIENTE_VIP: 'yes' },
      tags: ['vip', 'Roma', 'VIP'],
      lists: ['newsletter'],
      marketingOptIn: true,
      marketingOptInSource: 'web form',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      phone: '+393331234567',
      name: 'Mario Rossi',
      email: 'mario@example.it',
      language: 'it',
      fields: { CITTA: 'Roma', ETA: 42, DATA_DI_NASCITA: '1980-02-29', CLIENTE_VIP: true },
      tags: ['Roma', 'vip'],
      lists: [{ id: list.body.id, name: 'Newsletter' }],
      operatorIds: [],
      marketingOptIn: true,
      marketingOptInSource: 'web form',
      blocked: false,
      blockedAt: null,
    });
    expect(res.body.marketingOptInAt).toEqual(expect.any(String));
    expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);

    const got = await api.get(`/api/v1/contacts/${res.body.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(res.body);

    const created = await eventsOf(accountId, 'contact.created');
    expect(created).toHaveLength(1);
    expect(created[0]!.contact_id).toBe(res.body.id);
    expect((await eventsOf(accountId, 'contact.tagged')).length).toBe(2);
    expect((await eventsOf(accountId, 'contact.added_to_list')).map((e) => e.payload.listId)).toEqual([list.body.id]);
  });

  it('rejects an invalid phone with 422 invalid_phone naming the field, and a taken phone with 409', async () => {
    const { api } = await newAccount();
    const bad = await api.post('/api/v1/contacts', { phone: '12' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('invalid_phone');
    expect(bad.body.error.details).toMatchObject({ field: 'phone', reason: expect.any(String) });
    const letters = await api.post('/api/v1/contacts', { phone: 'call me' });
    expect(letters.status).toBe(422);
    expect(letters.body.error.details.field).toBe('phone');

    const national = await api.post('/api/v1/contacts', { phone: '333 765 4321', defaultCountry: 'it' });
    expect(national.status).toBe(201);
    expect(national.body.phone).toBe('+393337654321');
    const dup = await api.post('/api/v1/contacts', { phone: '0039 333 765 4321' });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({ code: 'phone_taken', details: { field: 'phone' } });
    const missing = await api.post('/api/v1/contacts', { name: 'No phone' });
    expect(missing.status).toBe(422);
    expect(missing.body.error.code).toBe('validation_failed');
    expect(missing.body.error.details[0].field).toBe('phone');
    const badCountry = await api.post('/api/v1/contacts', { phone: '3331112222', defaultCountry: 'XX' });
    expect(badCountry.status).toBe(422);
    expect(badCountry.body.error.details[0].field).toBe('defaultCountry');
  });

  it('checks dynamic field values by type and names the field', async () => {
    const { api } = await newAccount();
    await api.post('/api/v1/fields', { label: 'Punti', type: 'number' });
    await api.post('/api/v1/fields', { label: 'Rinnovo', type: 'date' });
    await api.post('/api/v1/fields', { label: 'Attivo', type: 'boolean' });
    await api.post('/api/v1/fields', { label: 'Note', type: 'text' });
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ NOPE: 'x' }, 'unknown_field', 'fields.NOPE'],
      [{ PUNTI: 'tanti' }, 'invalid_field_value', 'fields.PUNTI'],
      [{ PUNTI: Number.MAX_VALUE * 0 + Infinity }, 'validation_failed', ''],
      [{ RINNOVO: '31/12/2025' }, 'invalid_field_value', 'fields.RINNOVO'],
      [{ RINNOVO: '2025-02-30' }, 'invalid_field_value', 'fields.RINNOVO'],
      [{ ATTIVO: 'maybe' }, 'invalid_field_value', 'fields.ATTIVO'],
      [{ NOTE: 'x'.repeat(2001) }, 'invalid_field_value', 'fields.NOTE'],
      [{ NOTE: { nested: true } }, 'invalid_field_value', 'fields.NOTE'],
    ];
    for (const [fields, code, field] of cases) {
      const res = await api.post('/api/v1/contacts', { phone: '+393331000001', fields });
      if (code === 'validation_failed') {
        // JSON has no Infinity: it is sent as null, which is simply no value.
        expect(res.status).toBe(201);
        await api.delete(`/api/v1/contacts/${res.body.id}?permanent=true`);
        continue;
      }
      expect(res.status, JSON.stringify(fields)).toBe(422);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.details.field).toBe(field);
      expect(res.body.error.message).toContain(field.split('.')[1]);
    }
    const ok = await api.post('/api/v1/contacts', { phone: '+393331000001', fields: { PUNTI: '12,5', RINNOVO: '2025-12-31', ATTIVO: '0', NOTE: 42 } });
    expect(ok.status).toBe(201);
    expect(ok.body.fields).toEqual({ PUNTI: 12.5, RINNOVO: '2025-12-31', ATTIVO: false, NOTE: '42' });
  });

  it('refuses lists that do not exist with 422 unknown_list, creating nothing', async () => {
    const { api } = await newAccount();
    const res = await api.post('/api/v1/contacts', { phone: '+393331000002', lists: ['Ghost'] });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'unknown_list', details: { field: 'lists', list: 'Ghost' } });
    expect((await api.get('/api/v1/contacts?phone=%2B393331000002')).body.data).toHaveLength(0);
  });

  it('patches: phone re-normalised, fields merged (null removes), tags and lists replaced, marketing date kept while true', async () => {
    const { api, accountId } = await newAccount();
    await api.post('/api/v1/fields', { key: 'CITY', label: 'City', type: 'text' });
    await api.post('/api/v1/fields', { key: 'SCORE', label: 'Score', type: 'number' });
    const a = (await api.post('/api/v1/lists', { name: 'A' })).body;
    const b = (await api.post('/api/v1/lists', { name: 'B' })).body;
    const c = await api.post('/api/v1/contacts', {
      phone: '+393331000003',
      fields: { CITY: 'Milano', SCORE: 1 },
      tags: ['one', 'two'],
      lists: [a.id],
      marketingOptIn: true,
      marketingOptInSource: 'shop',
    });
    const id = c.body.id;
    const other = await api.post('/api/v1/contacts', { phone: '+393331000004' });

    const patched = await api.patch(`/api/v1/contacts/${id}`, {
      phone: '0039 333 100 0005',
      name: 'Giulia',
      fields: { CITY: null, SCORE: '7' },
      tags: ['two', 'three'],
      lists: ['b'],
      marketingOptIn: true,
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      phone: '+393331000005',
      name: 'Giulia',
      fields: { SCORE: 7 },
      tags: ['three', 'two'],
      lists: [{ id: b.id, name: 'B' }],
      marketingOptIn: true,
      marketingOptInAt: c.body.marketingOptInAt,
      marketingOptInSource: 'shop',
    });
    expect(new Date(patched.body.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(c.body.updatedAt).getTime());

    const optOut = await api.patch(`/api/v1/contacts/${id}`, { marketingOptIn: false, email: 'g@example.it' });
    expect(optOut.body).toMatchObject({ marketingOptIn: false, marketingOptInAt: null, marketingOptInSource: null, email: 'g@example.it' });
    const clear = await api.patch(`/api/v1/contacts/${id}`, { email: null, name: '' });
    expect(clear.body).toMatchObject({ email: null, name: null });

    const taken = await api.patch(`/api/v1/contacts/${id}`, { phone: other.body.phone });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('phone_taken');
    const badPhone = await api.patch(`/api/v1/contacts/${id}`, { phone: '+39 12' });
    expect(badPhone.status).toBe(422);
    expect(badPhone.body.error.details.field).toBe('phone');
    const badList = await api.patch(`/api/v1/contacts/${id}`, { lists: ['nope'] });
    expect(badList.status).toBe(422);
    expect(badList.body.error.code).toBe('unknown_list');
    const badField = await api.patch(`/api/v1/contacts/${id}`, { fields: { SCORE: 'high' } });
    expect(badField.status).toBe(422);
    expect(badField.body.error.details.field).toBe('fields.SCORE');

    const types = (await eventsOf(accountId)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['contact.updated', 'contact.untagged', 'contact.removed_from_list', 'contact.added_to_list']));
    const updates = await eventsOf(accountId, 'contact.updated');
    expect(updates[0]!.payload.changed).toEqual(expect.arrayContaining(['phone', 'name', 'fields.CITY', 'fields.SCORE']));
  });

  it('soft-deletes (404 afterwards, hidden from lists) and revives on create with the same phone', async () => {
    const { api, accountId } = await newAccount();
    const c = await api.post('/api/v1/contacts', { phone: '+393331000006', name: 'Old', tags: ['kept'] });
    expect((await api.delete(`/api/v1/contacts/${c.body.id}`)).status).toBe(204);
    expect((await api.get(`/api/v1/contacts/${c.body.id}`)).status).toBe(404);
    expect((await api.patch(`/api/v1/contacts/${c.body.id}`, { name: 'x' })).status).toBe(404);
    expect((await api.delete(`/api/v1/contacts/${c.body.id}`)).status).toBe(404);
    expect((await api.get('/api/v1/contacts')).body.data).toHaveLength(0);
    expect((await api.get('/api/v1/contacts?phone=%2B393331000006')).body.data).toHaveLength(0);
    expect((await api.get('/api/v1/tags')).body.data[0]).toMatchObject({ name: 'kept', contactCount: 0 });
    expect((await eventsOf(accountId, 'contact.deleted')).map((e) => e.contact_id)).toEqual([c.body.id]);

    const again = await api.post('/api/v1/contacts', { phone: '+39 333 100 0006', name: 'New' });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ id: c.body.id, name: 'New', tags: ['kept'] });
    const created = await eventsOf(accountId, 'contact.created');
    expect(created.at(-1)!.payload).toMatchObject({ revived: true });
  });

  it('erases permanently: row, tags, lists, operators and conversation; contact.erased carries no personal data', async () => {
    const { api, accountId, userId } = await newAccount();
    await api.post('/api/v1/lists', { name: 'L' });
    const c = await api.post('/api/v1/contacts', { phone: '+393331000007', name: 'Secret Name', email: 'secret@example.it', tags: ['t'], lists: ['L'] });
    await api.post(`/api/v1/contacts/${c.body.id}/operators`, { userId });
    const db = sportello.deps.database;
    await db.sql.query(
      `INSERT INTO conversations (id, account_id, contact_id) VALUES ($1, $2, $3)`,
      ['01890000-0000-7000-8000-0000000000c1', accountId, c.body.id],
    );
    const erased = await api.delete(`/api/v1/contacts/${c.body.id}?permanent=true`);
    expect(erased.status).toBe(204);
    for (const table of ['contacts', 'contact_tags', 'list_members', 'contact_operators', 'conversations']) {
      const column = table === 'contacts' ? 'id' : 'contact_id';
      const { rows } = await db.sql.query(`SELECT 1 FROM ${table} WHERE ${column} = $1`, [c.body.id]);
      expect(rows, table).toHaveLength(0);
    }
    const [event] = await eventsOf(accountId, 'contact.erased');
    expect(event!.payload).toEqual({ id: c.body.id });
    expect(JSON.stringify(event!.payload)).not.toContain('Secret');
    expect((await api.delete(`/api/v1/contacts/${c.body.id}?permanent=true`)).status).toBe(404);

    // A soft-deleted contact can still be erased for good.
    const d = await api.post('/api/v1/contacts', { phone: '+393331000008' });
    await api.delete(`/api/v1/contacts/${d.body.id}`);
    expect((await api.delete(`/api/v1/contacts/${d.body.id}?permanent=true`)).status).toBe(204);
    const { rows } = await db.sql.query(`SELECT 1 FROM contacts WHERE id = $1`, [d.body.id]);
    expect(rows).toHaveLength(0);
  });

  it('answers 404 for unknown ids, 422 for malformed ids and 400 for malformed JSON', async () => {
    const { api, apiKey } = await newAccount();
    expect((await api.get(`/api/v1/contacts/${MISSING_ID}`)).body.error.code).toBe('contact_not_found');
    for (const [method, path, body] of [
      ['GET', `/api/v1/contacts/${MISSING_ID}`],
      ['PATCH', `/api/v1/contacts/${MISSING_ID}`, { name: 'x' }],
      ['DELETE', `/api/v1/contacts/${MISSING_ID}`],
      ['DELETE', `/api/v1/contacts/${MISSING_ID}?permanent=true`],
      ['POST', `/api/v1/contacts/${MISSING_ID}/block`],
      ['POST', `/api/v1/contacts/${MISSING_ID}/restore`],
      ['POST', `/api/v1/contacts/${MISSING_ID}/tags`, { tags: ['x'] }],
      ['DELETE', `/api/v1/contacts/${MISSING_ID}/tags/x`],
      ['DELETE', `/api/v1/contacts/${MISSING_ID}/operators/${MISSING_ID}`],
      ['PATCH', `/api/v1/tags/${MISSING_ID}`, { name: 'x' }],
      ['DELETE', `/api/v1/tags/${MISSING_ID}`],
      ['GET', `/api/v1/lists/${MISSING_ID}`],
      ['PATCH', `/api/v1/lists/${MISSING_ID}`, { name: 'x' }],
      ['DELETE', `/api/v1/lists/${MISSING_ID}`],
      ['POST', `/api/v1/lists/${MISSING_ID}/contacts`, { contactIds: [MISSING_ID] }],
      ['DELETE', `/api/v1/lists/${MISSING_ID}/contacts/${MISSING_ID}`],
      ['PATCH', `/api/v1/fields/${MISSING_ID}`, { label: 'x' }],
      ['DELETE', `/api/v1/fields/${MISSING_ID}`],
    ] as Array<[string, string, unknown?]>) {
      const res = await api.call(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body.error.code, `${method} ${path}`).toMatch(/_not_found$/);
    }
    for (const [method, path, body] of [
      ['GET', '/api/v1/contacts/not-a-uuid'],
      ['PATCH', '/api/v1/contacts/not-a-uuid', { name: 'x' }],
      ['DELETE', '/api/v1/contacts/123'],
      ['POST', '/api/v1/contacts/123/block'],
      ['POST', '/api/v1/contacts/123/tags', { tags: ['x'] }],
      ['DELETE', `/api/v1/contacts/${MISSING_ID}/operators/nope`],
      ['PATCH', '/api/v1/tags/nope', { name: 'x' }],
      ['DELETE', '/api/v1/lists/nope'],
      ['POST', '/api/v1/lists/nope/contacts', { contactIds: [MISSING_ID] }],
      ['DELETE', '/api/v1/fields/nope'],
    ] as Array<[string, string, unknown?]>) {
      const res = await api.call(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(422);
      expect(res.body.error.code).toBe('validation_failed');
    }
    for (const path of ['/api/v1/contacts', `/api/v1/contacts/${MISSING_ID}`, '/api/v1/contacts/bulk', '/api/v1/tags', '/api/v1/lists', '/api/v1/fields']) {
      const res = await fetch(`${sportello.url}${path}`, {
        method: path.endsWith(MISSING_ID) ? 'PATCH' : 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        body: '{"phone": ',
      });
      expect(res.status, path).toBe(400);
      expect(((await res.json()) as any).error.code).toBe('malformed_request');
    }
  });

  it('validates scalar inputs', async () => {
    const { api } = await newAccount();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ phone: '+393331000009', email: 'not-an-email' }, 'email'],
      [{ phone: '+393331000009', language: 'italiano!' }, 'language'],
      [{ phone: '+393331000009', tags: [''] }, 'tags.0'],
      [{ phone: '+393331000009', tags: ['x'.repeat(65)] }, 'tags.0'],
      [{ phone: '+393331000009', marketingOptIn: 'yes' }, 'marketingOptIn'],
      [{ phone: 393331000009 }, 'phone'],
      [{ phone: '+393331000009', name: 'x'.repeat(201) }, 'name'],
    ];
    for (const [body, field] of cases) {
      const res = await api.post('/api/v1/contacts', body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error.details.map((d: any) => d.field)).toContain(field);
    }
  });
});

describe('contacts: listing and filters', () => {
  it('pages newest first with an opaque cursor and finds by phone in any format', async () => {
    const { api } = await newAccount();
    const ids: string[] = [];
    for (let i = 0; i < 7; i += 1) ids.push((await api.post('/api/v1/contacts', { phone: `+39333200000${i}`, name: `P${i}` })).body.id);
    const first = await api.get('/api/v1/contacts?limit=3');
    expect(first.status).toBe(200);
    expect(first.body.data.map((c: any) => c.id)).toEqual([ids[6], ids[5], ids[4]]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await api.get(`/api/v1/contacts?limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body.data.map((c: any) => c.id)).toEqual([ids[3], ids[2], ids[1]]);
    const third = await api.get(`/api/v1/contacts?limit=3&cursor=${second.body.nextCursor}`);
    expect(third.body.data.map((c: any) => c.id)).toEqual([ids[0]]);
    expect(third.body.nextCursor).toBeNull();

    for (const phone of ['+393332000003', '+39 333 200 0003', '0039 333 2000003', '393332000003', '(+39) 333-200-0003']) {
      const found = await api.get(`/api/v1/contacts?phone=${encodeURIComponent(phone)}`);
      expect(found.status, phone).toBe(200);
      expect(found.body.data.map((c: any) => c.id), phone).toEqual([ids[3]]);
    }
    const national = await api.get('/api/v1/contacts?phone=3332000003&defaultCountry=IT');
    expect(national.body.data).toHaveLength(1);
    const none = await api.get('/api/v1/contacts?phone=%2B393339999999');
    expect(none.body).toEqual({ data: [], nextCursor: null });

    const bad = await api.get('/api/v1/contacts?phone=abc');
    expect(bad.status).toBe(422);
    expect(bad.body.error).toMatchObject({ code: 'invalid_phone', details: { field: 'phone' } });
    expect((await api.get('/api/v1/contacts?limit=0')).status).toBe(422);
    expect((await api.get('/api/v1/contacts?limit=201')).status).toBe(422);
    expect((await api.get('/api/v1/contacts?limit=200')).status).toBe(200);
    const badCursor = await api.get('/api/v1/contacts?cursor=garbage');
    expect(badCursor.status).toBe(422);
    expect(badCursor.body.error.code).toBe('invalid_cursor');
    expect((await api.get('/api/v1/contacts?blocked=maybe')).status).toBe(422);
    expect((await api.get('/api/v1/contacts?operatorId=me')).status).toBe(422);
  });

  it('filters by q, tags (all of them), list, field values, blocked, marketingOptIn and operator', async () => {
    const { api, userId } = await newAccount();
    await api.post('/api/v1/fields', { key: 'CITY', label: 'City', type: 'text' });
    await api.post('/api/v1/fields', { key: 'AGE', label: 'Age', type: 'number' });
    await api.post('/api/v1/fields', { key: 'VIP', label: 'VIP', type: 'boolean' });
    const list = (await api.post('/api/v1/lists', { name: 'Clienti 2024' })).body;
    const anna = (await api.post('/api/v1/contacts', { phone: '+393334000001', name: 'Anna Bianchi', email: 'anna@shop.it', tags: ['a', 'b'], fields: { CITY: 'Roma', AGE: 30, VIP: true }, lists: [list.id], marketingOptIn: true })).body;
    const bruno = (await api.post('/api/v1/contacts', { phone: '+393334000002', name: 'Bruno 50%_off', tags: ['a'], fields: { CITY: 'Milano', AGE: 30 } })).body;
    const carla = (await api.post('/api/v1/contacts', { phone: '+34612345678', name: 'Carla', email: 'carla@correo.es', fields: { CITY: 'roma' } })).body;
    await api.post(`/api/v1/contacts/${bruno.id}/block`);
    await api.post(`/api/v1/contacts/${carla.id}/operators`, { userId });

    const ids = async (query: string) => {
      const res = await api.get(`/api/v1/contacts?${query}`);
      expect(res.status, query).toBe(200);
      return res.body.data.map((c: any) => c.id).sort();
    };
    const sorted = (...xs: string[]) => xs.sort();
    expect(await ids('q=bianchi')).toEqual([anna.id]);
    expect(await ids('q=SHOP.IT')).toEqual([anna.id]);
    expect(await ids('q=333%20400')).toEqual(sorted(anna.id, bruno.id));
    expect(await ids('q=%2B34')).toEqual([carla.id]);
    expect(await ids('q=50%25_')).toEqual([bruno.id]);
    expect(await ids('q=%25')).toEqual([bruno.id]);
    expect(await ids('tag=a')).toEqual(sorted(anna.id, bruno.id));
    expect(await ids('tag=A&tag=b')).toEqual([anna.id]);
    expect(await ids('tag=a&tag=missing')).toEqual([]);
    expect(await ids(`list=${list.id}`)).toEqual([anna.id]);
    expect(await ids('list=clienti%202024')).toEqual([anna.id]);
    expect(await ids('list=nothing')).toEqual([]);
    expect(await ids('field.CITY=Roma')).toEqual([anna.id]);
    expect(await ids('field.AGE=30')).toEqual(sorted(anna.id, bruno.id));
    expect(await ids('field.AGE=30&field.CITY=Milano')).toEqual([bruno.id]);
    expect(await ids('field.VIP=true')).toEqual([anna.id]);
    expect(await ids('blocked=true')).toEqual([bruno.id]);
    expect(await ids('blocked=false')).toEqual(sorted(anna.id, carla.id));
    expect(await ids('marketingOptIn=true')).toEqual([anna.id]);
    expect(await ids(`operatorId=${userId}`)).toEqual([carla.id]);
    expect(await ids('tag=a&blocked=false&q=anna')).toEqual([anna.id]);

    const unknownField = await api.get('/api/v1/contacts?field.NOPE=1');
    expect(unknownField.status).toBe(422);
    expect(unknownField.body.error).toMatchObject({ code: 'unknown_field', details: { field: 'field.NOPE' } });
    const badValue = await api.get('/api/v1/contacts?field.AGE=old');
    expect(badValue.status).toBe(422);
    expect(badValue.body.error).toMatchObject({ code: 'invalid_field_value', details: { field: 'field.AGE' } });
  });
});

describe('tags', () => {
  it('creates, lists with counts, renames, deletes; names unique without case', async () => {
    const { api, accountId } = await newAccount();
    const t = await api.post('/api/v1/tags', { name: '  Lead caldo  ' });
    expect(t.status).toBe(201);
    expect(t.body).toMatchObject({ name: 'Lead caldo', contactCount: 0 });
    const dup = await api.post('/api/v1/tags', { name: 'LEAD CALDO' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('tag_exists');
    expect((await api.post('/api/v1/tags', { name: '' })).status).toBe(422);
    expect((await api.post('/api/v1/tags', { name: 'x'.repeat(65) })).status).toBe(422);
    expect((await api.post('/api/v1/tags', {})).status).toBe(422);

    const c1 = (await api.post('/api/v1/contacts', { phone: '+393335000001', tags: ['lead caldo'] })).body;
    await api.post('/api/v1/contacts', { phone: '+393335000002', tags: ['Lead Caldo', 'other'] });
    const list = await api.get('/api/v1/tags');
    expect(list.body.data).toEqual([
      expect.objectContaining({ id: t.body.id, name: 'Lead caldo', contactCount: 2 }),
      expect.objectContaining({ name: 'other', contactCount: 1 }),
    ]);

    const other = list.body.data[1];
    expect((await api.patch(`/api/v1/tags/${t.body.id}`, { name: 'OTHER' })).status).toBe(409);
    const renamed = await api.patch(`/api/v1/tags/${t.body.id}`, { name: 'Lead freddo' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Lead freddo', contactCount: 2 });
    expect((await api.patch(`/api/v1/tags/${t.body.id}`, { name: 'LEAD FREDDO' })).body.name).toBe('LEAD FREDDO');
    expect((await api.get(`/api/v1/contacts/${c1.id}`)).body.tags).toEqual(['LEAD FREDDO']);

    expect((await api.delete(`/api/v1/tags/${other.id}`)).status).toBe(204);
    expect((await api.delete(`/api/v1/tags/${other.id}`)).status).toBe(404);
    expect((await api.get('/api/v1/tags')).body.data).toHaveLength(1);

    const tagged = await api.post(`/api/v1/contacts/${c1.id}/tags`, { tags: ['New one', 'lead freddo'] });
    expect(tagged.status).toBe(200);
    expect(tagged.body.tags).toEqual(['LEAD FREDDO', 'New one']);
    const untagged = await api.delete(`/api/v1/contacts/${c1.id}/tags/${encodeURIComponent('new ONE')}`);
    expect(untagged.status).toBe(200);
    expect(untagged.body.tags).toEqual(['LEAD FREDDO']);
    const notThere = await api.delete(`/api/v1/contacts/${c1.id}/tags/never`);
    expect(notThere.status).toBe(404);
    expect(notThere.body.error.code).toBe('tag_not_found');
    expect((await api.post(`/api/v1/contacts/${c1.id}/tags`, { tags: [] })).status).toBe(422);
    expect((await api.post(`/api/v1/contacts/${c1.id}/tags`, { tags: ['  '] })).status).toBe(422);

    const tagEvents = await eventsOf(accountId, 'contact.tagged');
    expect(tagEvents.filter((e) => e.contact_id === c1.id).map((e) => e.payload.tag)).toEqual(['Lead caldo', 'New one']);
    expect((await eventsOf(accountId, 'contact.untagged')).map((e) => e.payload.tag)).toEqual(['New one']);
  });
});

describe('lists', () => {
  it('creates, counts members, renames, deletes, and adds/removes contacts with events only for real changes', async () => {
    const { api, accountId } = await newAccount();
    const l = await api.post('/api/v1/lists', { name: 'Promo estate' });
    expect(l.status).toBe(201);
    expect((await api.post('/api/v1/lists', { name: 'promo ESTATE' })).status).toBe(409);
    expect((await api.post('/api/v1/lists', { name: ' ' })).status).toBe(422);
    const c1 = (await api.post('/api/v1/contacts', { phone: '+393336000001' })).body;
    const c2 = (await api.post('/api/v1/contacts', { phone: '+393336000002' })).body;

    const added = await api.post(`/api/v1/lists/${l.body.id}/contacts`, { contactIds: [c1.id, c2.id, MISSING_ID] });
    expect(added.status).toBe(200);
    expect(added.body).toEqual({ matched: 2, changed: 2 });
    const again = await api.post(`/api/v1/lists/${l.body.id}/contacts`, { contactIds: [c1.id] });
    expect(again.body).toEqual({ matched: 1, changed: 0 });
    expect((await eventsOf(accountId, 'contact.added_to_list')).map((e) => e.contact_id).sort()).toEqual([c1.id, c2.id].sort());

    expect((await api.get(`/api/v1/lists/${l.body.id}`)).body.memberCount).toBe(2);
    expect((await api.get('/api/v1/lists')).body.data).toEqual([expect.objectContaining({ name: 'Promo estate', memberCount: 2 })]);
    expect((await api.get(`/api/v1/contacts/${c1.id}`)).body.lists).toEqual([{ id: l.body.id, name: 'Promo estate' }]);

    const removed = await api.call('DELETE', `/api/v1/lists/${l.body.id}/contacts`, { contactIds: [c1.id] });
    expect(removed.body).toEqual({ matched: 1, changed: 1 });
    const one = await api.delete(`/api/v1/lists/${l.body.id}/contacts/${c2.id}`);
    expect(one.body).toEqual({ matched: 1, changed: 1 });
    expect((await eventsOf(accountId, 'contact.removed_from_list')).length).toBe(2);
    expect((await api.post(`/api/v1/lists/${l.body.id}/contacts`, { contactIds: [] })).status).toBe(422);
    expect((await api.post(`/api/v1/lists/${l.body.id}/contacts`, { contactIds: ['x'] })).status).toBe(422);

    const renamed = await api.patch(`/api/v1/lists/${l.body.id}`, { name: 'Promo inverno' });
    expect(renamed.body.name).toBe('Promo inverno');
    expect((await api.delete(`/api/v1/lists/${l.body.id}`)).status).toBe(204);
    expect((await api.get('/api/v1/lists')).body.data).toEqual([]);
  });
});

describe('dynamic fields', () => {
  it('derives keys from labels, refuses reserved and malformed keys, renames labels, deletes values in SQL', async () => {
    const { api } = await newAccount();
    const f = await api.post('/api/v1/fields', { label: 'Data di nascita', type: 'date' });
    expect(f.status).toBe(201);
    expect(f.body).toMatchObject({ key: 'DATA_DI_NASCITA', label: 'Data di nascita', type: 'date' });
    expect((await api.post('/api/v1/fields', { label: 'Città preferita', type: 'text' })).body.key).toBe('CITTA_PREFERITA');
    const dup = await api.post('/api/v1/fields', { label: 'data di nascita!', type: 'text' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('field_exists');
    for (const body of [
      { key: 'PHONE', label: 'Telefono', type: 'text' },
      { label: 'First name', type: 'text' },
      { key: 'TICKET_X', label: 'x', type: 'text' },
      { label: 'Email', type: 'text' },
      { key: 'lower', label: 'x', type: 'text' },
      { key: '1ABC', label: 'x', type: 'text' },
      { label: '!!!', type: 'text' },
    ]) {
      const res = await api.post('/api/v1/fields', body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error.code).toBe('invalid_field_key');
      expect(res.body.error.details.field).toBe('key');
    }
    expect((await api.post('/api/v1/fields', { label: 'x', type: 'money' })).status).toBe(422);

    const c = (await api.post('/api/v1/contacts', { phone: '+393337000001', fields: { DATA_DI_NASCITA: '1990-05-01', CITTA_PREFERITA: 'Bari' } })).body;
    const renamed = await api.patch(`/api/v1/fields/${f.body.id}`, { label: 'Compleanno' });
    expect(renamed.body).toMatchObject({ key: 'DATA_DI_NASCITA', label: 'Compleanno' });
    expect((await api.patch(`/api/v1/fields/${f.body.id}`, { label: '' })).status).toBe(422);
    expect((await api.get('/api/v1/fields')).body.data.map((x: any) => x.key)).toEqual(['CITTA_PREFERITA', 'DATA_DI_NASCITA']);

    expect((await api.delete(`/api/v1/fields/${f.body.id}`)).status).toBe(204);
    expect((await api.get(`/api/v1/contacts/${c.id}`)).body.fields).toEqual({ CITTA_PREFERITA: 'Bari' });
    const gone = await api.patch(`/api/v1/contacts/${c.id}`, { fields: { DATA_DI_NASCITA: '1990-05-01' } });
    expect(gone.status).toBe(422);
    expect(gone.body.error.code).toBe('unknown_field');
  });
});

describe('block, restore and operators', () => {
  it('blocks and restores with events only on change', async () => {
    const { api, accountId } = await newAccount();
    const c = (await api.post('/api/v1/contacts', { phone: '+393338000001' })).body;
    const blocked = await api.post(`/api/v1/contacts/${c.id}/block`);
    expect(blocked.status).toBe(200);
    expect(blocked.body).toMatchObject({ blocked: true, blockedAt: expect.any(String) });
    await api.post(`/api/v1/contacts/${c.id}/block`);
    const restored = await api.post(`/api/v1/contacts/${c.id}/restore`);
    expect(restored.body).toMatchObject({ blocked: false, blockedAt: null });
    expect((await eventsOf(accountId, 'contact.blocked')).length).toBe(1);
    expect((await eventsOf(accountId, 'contact.restored')).length).toBe(1);
  });

  it('assigns and unassigns operators of the account only', async () => {
    const { api, accountId } = await newAccount();
    const stranger = await newAccount();
    const op = await api.post('/api/v1/users', { email: `op-${Date.now()}@example.test`, name: 'Op', password: 'operator-pass', role: 'operator' });
    const c = (await api.post('/api/v1/contacts', { phone: '+393338000002' })).body;
    const assigned = await api.post(`/api/v1/contacts/${c.id}/operators`, { userId: op.body.id });
    expect(assigned.status).toBe(200);
    expect(assigned.body.operatorIds).toEqual([op.body.id]);
    await api.post(`/api/v1/contacts/${c.id}/operators`, { userId: op.body.id });
    const foreign = await api.post(`/api/v1/contacts/${c.id}/operators`, { userId: stranger.userId });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error).toMatchObject({ code: 'user_not_found', details: { field: 'userId', userId: stranger.userId } });
    expect((await api.post(`/api/v1/contacts/${c.id}/operators`, { userId: 'x' })).status).toBe(422);
    const unassigned = await api.delete(`/api/v1/contacts/${c.id}/operators/${op.body.id}`);
    expect(unassigned.body.operatorIds).toEqual([]);
    expect((await api.delete(`/api/v1/contacts/${c.id}/operators/${op.body.id}`)).status).toBe(200);
    expect((await eventsOf(accountId, 'conversation.assigned')).map((e) => e.payload)).toEqual([{ contactId: c.id, userId: op.body.id }]);
    expect((await eventsOf(accountId, 'conversation.unassigned')).map((e) => e.payload)).toEqual([{ contactId: c.id, userId: op.body.id }]);
  });

  it('documents every route in OpenAPI', async () => {
    const doc = await apiClient(sportello.url).get('/api/v1/openapi.json');
    expect(doc.status).toBe(200);
    for (const path of ['/api/v1/contacts', '/api/v1/contacts/{id}', '/api/v1/contacts/bulk', '/api/v1/contacts/import', '/api/v1/contacts/export.csv', '/api/v1/tags', '/api/v1/lists/{id}/contacts', '/api/v1/fields/{id}']) {
      expect(doc.body.paths[path], path).toBeDefined();
    }
  });
});
