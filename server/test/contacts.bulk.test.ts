import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAccount, startTestSportello, type TestSportello } from './harness.ts';

let sportello: TestSportello;
beforeAll(async () => {
  sportello = await startTestSportello();
});
afterAll(async () => {
  await sportello?.close();
});

async function countEvents(accountId: string, type: string): Promise<number> {
  const { rows } = await sportello.deps.database.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM events WHERE account_id = $1 AND type = $2', [accountId, type]);
  return rows[0]!.n;
}

async function seed(api: Awaited<ReturnType<typeof createTestAccount>>['api'], n: number, extra: (i: number) => Record<string, unknown> = () => ({})) {
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const res = await api.post('/api/v1/contacts', { phone: `+3933390${String(i).padStart(5, '0')}`, name: `Bulk ${i}`, ...extra(i) });
    expect(res.status).toBe(201);
    ids.push(res.body.id);
  }
  return ids;
}

describe('bulk actions', () => {
  it('tags and untags by ids and by filter, counting matched and changed', async () => {
    const { api, accountId } = await createTestAccount(sportello, { sandbox: false });
    const ids = await seed(api, 6, (i) => ({ tags: i < 2 ? ['promo'] : [] }));
    const byIds = await api.post('/api/v1/contacts/bulk', { action: 'tag', contactIds: ids.slice(0, 4), tag: 'Promo' });
    expect(byIds.status).toBe(200);
    expect(byIds.body).toEqual({ matched: 4, changed: 2 });
    expect(await countEvents(accountId, 'contact.tagged')).toBe(4);

    const fresh = await api.post('/api/v1/contacts/bulk', { action: 'tag', filter: { tag: 'promo' }, tag: 'Nuovo' });
    expect(fresh.body).toEqual({ matched: 4, changed: 4 });
    expect((await api.get('/api/v1/tags')).body.data.map((t: any) => [t.name, t.contactCount])).toEqual([
      ['Nuovo', 4],
      ['promo', 4],
    ]);

    const untag = await api.post('/api/v1/contacts/bulk', { action: 'untag', filter: { q: 'bulk' }, tag: 'PROMO' });
    expect(untag.body).toEqual({ matched: 6, changed: 4 });
    expect(await countEvents(accountId, 'contact.untagged')).toBe(4);
    const unknown = await api.post('/api/v1/contacts/bulk', { action: 'untag', contactIds: ids, tag: 'never-existed' });
    expect(unknown.body).toEqual({ matched: 6, changed: 0 });
  });

  it('adds to and removes from a list with contact.added_to_list only for new members', async () => {
    const { api, accountId } = await createTestAccount(sportello, { sandbox: false });
    const ids = await seed(api, 5, (i) => ({ marketingOptIn: i % 2 === 0 }));
    const list = (await api.post('/api/v1/lists', { name: 'Campagna' })).body;
    await api.post(`/api/v1/lists/${list.id}/contacts`, { contactIds: [ids[0]] });
    const add = await api.post('/api/v1/contacts/bulk', { action: 'add_to_list', filter: { marketingOptIn: true }, list: 'campagna' });
    expect(add.body).toEqual({ matched: 3, changed: 2 });
    expect(await countEvents(accountId, 'contact.added_to_list')).toBe(3);
    const remove = await api.post('/api/v1/contacts/bulk', { action: 'remove_from_list', contactIds: ids, list: list.id });
    expect(remove.body).toEqual({ matched: 5, changed: 3 });
    const missing = await api.post('/api/v1/contacts/bulk', { action: 'add_to_list', contactIds: ids, list: 'Nope' });
    expect(missing.status).toBe(422);
    expect(missing.body.error).toMatchObject({ code: 'unknown_list', details: { field: 'list' } });
  });

  it('blocks, restores, soft-deletes and erases', async () => {
    const { api, accountId } = await createTestAccount(sportello, { sandbox: false });
    const ids = await seed(api, 6);
    expect((await api.post('/api/v1/contacts/bulk', { action: 'block', contactIds: ids.slice(0, 3) })).body).toEqual({ matched: 3, changed: 3 });
    expect((await api.post('/api/v1/contacts/bulk', { action: 'block', contactIds: ids.slice(0, 4) })).body).toEqual({ matched: 4, changed: 1 });
    expect((await api.get('/api/v1/contacts?blocked=true')).body.data).toHaveLength(4);
    expect((await api.post('/api/v1/contacts/bulk', { action: 'restore', filter: { blocked: true } })).body).toEqual({ matched: 4, changed: 4 });
    expect(await countEvents(accountId, 'contact.blocked')).toBe(4);
    expect(await countEvents(accountId, 'contact.restored')).toBe(4);

    expect((await api.post('/api/v1/contacts/bulk', { action: 'delete', contactIds: ids.slice(0, 2) })).body).toEqual({ matched: 2, changed: 2 });
    expect((await api.get('/api/v1/contacts')).body.data).toHaveLength(4);
    // Deleted contacts are no longer matched.
    expect((await api.post('/api/v1/contacts/bulk', { action: 'delete', contactIds: ids.slice(0, 2) })).body).toEqual({ matched: 0, changed: 0 });

    const erase = await api.post('/api/v1/contacts/bulk', { action: 'erase', filter: {}, contactIds: ids.slice(2, 4) });
    expect(erase.body).toEqual({ matched: 2, changed: 2 });
    expect(await countEvents(accountId, 'contact.erased')).toBe(2);
    const { rows } = await sportello.deps.database.sql.query('SELECT id FROM contacts WHERE account_id = $1', [accountId]);
    expect(rows).toHaveLength(4);
  });

  it('rejects requests without a selection or with bad input', async () => {
    const { api } = await createTestAccount(sportello, { sandbox: false });
    const nothing = await api.post('/api/v1/contacts/bulk', { action: 'delete' });
    expect(nothing.status).toBe(422);
    expect(nothing.body.error.code).toBe('validation_failed');
    expect(nothing.body.error.details[0].field).toBe('contactIds');
    const noTag = await api.post('/api/v1/contacts/bulk', { action: 'tag', contactIds: [] });
    expect(noTag.status).toBe(422);
    expect(noTag.body.error.details[0].field).toBe('tag');
    const noList = await api.post('/api/v1/contacts/bulk', { action: 'add_to_list', filter: {} });
    expect(noList.body.error.details[0].field).toBe('list');
    expect((await api.post('/api/v1/contacts/bulk', { action: 'explode', contactIds: [] })).status).toBe(422);
    expect((await api.post('/api/v1/contacts/bulk', { action: 'block', contactIds: ['nope'] })).status).toBe(422);
    const tooMany = Array.from({ length: 10_001 }, () => '01890000-0000-7000-8000-000000000000');
    expect((await api.post('/api/v1/contacts/bulk', { action: 'block', contactIds: tooMany })).status).toBe(422);
    const badFilter = await api.post('/api/v1/contacts/bulk', { action: 'block', filter: { fields: { NOPE: 1 } } });
    expect(badFilter.status).toBe(422);
    expect(badFilter.body.error.code).toBe('unknown_field');
    const badPhone = await api.post('/api/v1/contacts/bulk', { action: 'block', filter: { phone: 'x' } });
    expect(badPhone.status).toBe(422);
    expect(badPhone.body.error.code).toBe('invalid_phone');
    expect((await api.post('/api/v1/contacts/bulk', { action: 'block', contactIds: [] })).body).toEqual({ matched: 0, changed: 0 });
  });

  it('handles ten thousand contacts in one request with set-based statements', async () => {
    const { api, accountId } = await createTestAccount(sportello, { sandbox: false });
    const rows = ['phone,name', ...Array.from({ length: 10_000 }, (_, i) => `+39334${String(i).padStart(7, '0')},Persona ${i}`)].join('\n');
    const form = new FormData();
    form.append('mapping', JSON.stringify({ phone: 'phone', name: 'name' }));
    form.append('file', new Blob([rows], { type: 'text/csv' }), 'many.csv');
    const imported = await api.post('/api/v1/contacts/import', form);
    expect(imported.status).toBe(200);
    expect(imported.body.created).toBe(10_000);
    const started = Date.now();
    const tagged = await api.post('/api/v1/contacts/bulk', { action: 'tag', filter: { q: 'persona' }, tag: 'massa' });
    expect(tagged.body).toEqual({ matched: 10_000, changed: 10_000 });
    expect(await countEvents(accountId, 'contact.tagged')).toBe(10_000);
    const page = await api.get('/api/v1/contacts?limit=200&tag=massa');
    const ids = page.body.data.map((c: any) => c.id);
    const listed = await api.post('/api/v1/contacts/bulk', { action: 'add_to_list', contactIds: ids, list: (await api.post('/api/v1/lists', { name: 'Massa' })).body.id });
    expect(listed.body).toEqual({ matched: 200, changed: 200 });
    expect(Date.now() - started).toBeLessThan(25_000);
  }, 120_000);
});
