import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateTicketByReference } from '../src/modules/tickets/service.ts';
import { apiClient, createTestAccount, startTestSportello, type ApiClient, type TestSportello } from './harness.ts';

let sportello: TestSportello;
beforeAll(async () => {
  sportello = await startTestSportello();
});
afterAll(async () => {
  await sportello?.close();
});

type Account = Awaited<ReturnType<typeof createTestAccount>>;

let phoneCounter = 0;
async function newContact(api: ApiClient): Promise<string> {
  phoneCounter += 1;
  const res = await api.post('/api/v1/contacts', { phone: `+39347${String(1_000_000 + phoneCounter * 7919 + (process.pid % 1000)).slice(-7)}`, name: 'Cliente' });
  expect(res.status).toBe(201);
  return res.body.id;
}

async function setup(): Promise<Account & { contactId: string }> {
  const account = await createTestAccount(sportello, { sandbox: false });
  return { ...account, contactId: await newContact(account.api) };
}

async function eventsOf(accountId: string, type: string): Promise<Array<{ contact_id: string | null; payload: any }>> {
  const { rows } = await sportello.deps.database.sql.query<{ contact_id: string | null; payload: any }>(
    `SELECT contact_id, payload FROM events WHERE account_id = $1 AND type = $2 ORDER BY id`,
    [accountId, type],
  );
  return rows;
}

function expectFieldError(res: { status: number; body: any }, status: number, field: string): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(JSON.stringify(res.body.error)).toContain(field);
}

const MISSING_ID = '01890000-0000-7000-8000-000000000000';

describe('tickets: open, read, change, delete', () => {
  it('opens a ticket with defaults and a generated reference, and records ticket.created', async () => {
    const { api, accountId, contactId } = await setup();
    const res = await api.post('/api/v1/tickets', { contactId, title: 'Pacco non arrivato' });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual(
      ['id', 'reference', 'title', 'description', 'priority', 'status', 'macroStatus', 'category', 'ownerId', 'contactId', 'createdAt', 'updatedAt', 'closedAt'].sort(),
    );
    expect(res.body).toMatchObject({
      reference: 'TK-000001',
      title: 'Pacco non arrivato',
      description: null,
      priority: 'medium',
      status: 'Open',
      macroStatus: 'open',
      category: null,
      ownerId: null,
      contactId,
      closedAt: null,
    });
    const second = await api.post('/api/v1/tickets', { contactId, title: 'Secondo' });
    expect(second.body.reference).toBe('TK-000002');

    const [created] = await eventsOf(accountId, 'ticket.created');
    expect(created!.contact_id).toBe(contactId);
    expect(created!.payload).toMatchObject({
      ticketId: res.body.id,
      reference: 'TK-000001',
      title: 'Pacco non arrivato',
      status: 'Open',
      macroStatus: 'open',
      priority: 'medium',
      category: null,
      ownerId: null,
      contactId,
      actor: { type: 'api' },
    });
  });

  it('takes every field, creates categories by typing, and finds tickets by id or reference', async () => {
    const { api, contactId, userId } = await setup();
    const res = await api.post('/api/v1/tickets', {
      contactId,
      title: 'Fattura errata',
      description: 'Importo sbagliato',
      priority: 'urgent',
      status: 'in progress',
      category: 'Amministrazione',
      reference: 'ORD-42',
      ownerId: userId,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ reference: 'ORD-42', priority: 'urgent', status: 'In progress', macroStatus: 'in_progress', category: 'Amministrazione', ownerId: userId });
    const other = await api.post('/api/v1/tickets', { contactId, title: 'Altro', category: 'amministrazione' });
    expect(other.body.category).toBe('Amministrazione');
    const categories = await api.get('/api/v1/ticket-categories');
    expect(categories.body.data.map((c: any) => c.name)).toEqual(['Amministrazione']);

    expect((await api.get(`/api/v1/tickets/${res.body.id}`)).body.reference).toBe('ORD-42');
    expect((await api.get('/api/v1/tickets/ORD-42')).body.id).toBe(res.body.id);
    const patched = await api.patch('/api/v1/tickets/ORD-42', { priority: 'low' });
    expect(patched.status).toBe(200);
    expect(patched.body.priority).toBe('low');
  });

  it('sets closedAt on entering a terminated status and clears it on leaving', async () => {
    const { api, accountId, contactId } = await setup();
    const { body: ticket } = await api.post('/api/v1/tickets', { contactId, title: 'Chiudimi' });
    const resolved = await api.patch(`/api/v1/tickets/${ticket.id}`, { status: 'Resolved' });
    expect(resolved.body).toMatchObject({ status: 'Resolved', macroStatus: 'terminated' });
    expect(resolved.body.closedAt).not.toBeNull();
    const closed = await api.patch(`/api/v1/tickets/${ticket.id}`, { status: 'Closed' });
    expect(closed.body.closedAt).toBe(resolved.body.closedAt);
    const reopened = await api.patch(`/api/v1/tickets/${ticket.id}`, { status: 'Open' });
    expect(reopened.body.closedAt).toBeNull();

    const changes = await eventsOf(accountId, 'ticket.status_changed');
    expect(changes.map((e) => [e.payload.from, e.payload.to])).toEqual([
      [
        { status: 'Open', macroStatus: 'open' },
        { status: 'Resolved', macroStatus: 'terminated' },
      ],
      [
        { status: 'Resolved', macroStatus: 'terminated' },
        { status: 'Closed', macroStatus: 'terminated' },
      ],
      [
        { status: 'Closed', macroStatus: 'terminated' },
        { status: 'Open', macroStatus: 'open' },
      ],
    ]);
    const created = await api.post('/api/v1/tickets', { contactId, title: 'Già chiuso', status: 'closed' });
    expect(created.body.closedAt).not.toBeNull();
  });

  it('records ticket.updated with from/to and keeps a full history and a notes timeline', async () => {
    const { api, accountId, contactId, userId } = await setup();
    const { body: ticket } = await api.post('/api/v1/tickets', { contactId, title: 'Storia' });
    await api.patch(`/api/v1/tickets/${ticket.id}`, { title: 'Storia nuova', category: 'Logistica', ownerId: userId });
    const note = await api.post(`/api/v1/tickets/${ticket.reference}/notes`, { text: 'Chiamato il corriere' });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({ ticketId: ticket.id, text: 'Chiamato il corriere', author: { type: 'api' } });

    const [updated] = await eventsOf(accountId, 'ticket.updated');
    expect(updated!.payload.changes).toEqual({
      title: { from: 'Storia', to: 'Storia nuova' },
      category: { from: null, to: 'Logistica' },
      ownerId: { from: null, to: userId },
    });
    expect(updated!.payload).toMatchObject({ title: 'Storia nuova', category: 'Logistica', ownerId: userId, actor: { type: 'api' } });
    expect(await eventsOf(accountId, 'ticket.note_added')).toHaveLength(1);

    const history = await api.get(`/api/v1/tickets/${ticket.id}/history`);
    expect(history.status).toBe(200);
    expect(history.body.data.map((h: any) => [h.field, h.from, h.to, h.actor.type])).toEqual([
      ['created', null, ticket.reference, 'api'],
      ['title', 'Storia', 'Storia nuova', 'api'],
      ['category', null, 'Logistica', 'api'],
      ['ownerId', null, userId, 'api'],
      ['note', null, 'Chiamato il corriere', 'api'],
    ]);
    const notes = await api.get(`/api/v1/tickets/${ticket.id}/notes`);
    expect(notes.body.data.map((n: any) => n.text)).toEqual(['Chiamato il corriere']);
  });

  it('shows the ticket in the contact’s conversation', async () => {
    const { api, contactId } = await setup();
    const otherContact = await newContact(api);
    const { body: mine } = await api.post('/api/v1/tickets', { contactId, title: 'Mio' });
    await api.post('/api/v1/tickets', { contactId: otherContact, title: 'Suo' });
    const res = await api.get(`/api/v1/contacts/${contactId}/tickets`);
    expect(res.status).toBe(200);
    expect(res.body.data.map((t: any) => t.id)).toEqual([mine.id]);
    expect((await api.get(`/api/v1/contacts/${MISSING_ID}/tickets`)).status).toBe(404);
  });

  it('deletes a ticket and never generates its reference again', async () => {
    const { api, accountId, contactId } = await setup();
    const { body: first } = await api.post('/api/v1/tickets', { contactId, title: 'Uno' });
    expect((await api.delete(`/api/v1/tickets/${first.reference}`)).status).toBe(204);
    expect((await api.get(`/api/v1/tickets/${first.id}`)).status).toBe(404);
    expect(await eventsOf(accountId, 'ticket.deleted')).toHaveLength(1);
    const { body: next } = await api.post('/api/v1/tickets', { contactId, title: 'Due' });
    expect(next.reference).toBe('TK-000002');
    // A number someone already used by hand is skipped.
    await api.post('/api/v1/tickets', { contactId, title: 'Manuale', reference: 'TK-000003' });
    expect((await api.post('/api/v1/tickets', { contactId, title: 'Tre' })).body.reference).toBe('TK-000004');
  });
});

describe('tickets: statuses and categories', () => {
  it('seeds the default statuses and lets admins add, rename and delete statuses', async () => {
    const { api, contactId } = await setup();
    const list = await api.get('/api/v1/ticket-statuses');
    expect(list.body.data.map((s: any) => [s.name, s.macroStatus])).toEqual([
      ['Open', 'open'],
      ['In progress', 'in_progress'],
      ['Waiting', 'in_progress'],
      ['Resolved', 'terminated'],
      ['Closed', 'terminated'],
    ]);
    const created = await api.post('/api/v1/ticket-statuses', { name: 'Escalated', macroStatus: 'in_progress' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Escalated', macroStatus: 'in_progress' });
    expectFieldError(await api.post('/api/v1/ticket-statuses', { name: 'Senza macro' }), 422, 'macroStatus');
    expectFieldError(await api.post('/api/v1/ticket-statuses', { name: 'X', macroStatus: 'done' }), 422, 'macroStatus');
    expect((await api.post('/api/v1/ticket-statuses', { name: 'escalated', macroStatus: 'open' })).status).toBe(409);

    const renamed = await api.patch(`/api/v1/ticket-statuses/${created.body.id}`, { name: 'Escalation' });
    expect(renamed.body.name).toBe('Escalation');
    expect((await api.patch(`/api/v1/ticket-statuses/${created.body.id}`, { name: 'OPEN' })).status).toBe(409);

    const { body: ticket } = await api.post('/api/v1/tickets', { contactId, title: 'Da spostare', status: 'Escalation' });
    const refused = await api.delete(`/api/v1/ticket-statuses/${created.body.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('status_in_use');
    expectFieldError(await api.delete(`/api/v1/ticket-statuses/${created.body.id}?moveTo=Nowhere`), 422, 'moveTo');
    const moved = await api.delete(`/api/v1/ticket-statuses/Escalation?moveTo=closed`);
    expect(moved.status).toBe(200);
    expect(moved.body).toEqual({ moved: 1 });
    const after = await api.get(`/api/v1/tickets/${ticket.id}`);
    expect(after.body).toMatchObject({ status: 'Closed', macroStatus: 'terminated' });
    expect(after.body.closedAt).not.toBeNull();
    const history = await api.get(`/api/v1/tickets/${ticket.id}/history`);
    expect(history.body.data.at(-1)).toMatchObject({ field: 'status', from: 'Escalation', to: 'Closed' });
    expect((await api.delete(`/api/v1/ticket-statuses/${MISSING_ID}`)).status).toBe(404);
  });

  it('changing a status’s macro-status opens or closes its tickets', async () => {
    const { api, contactId } = await setup();
    const { body: status } = await api.post('/api/v1/ticket-statuses', { name: 'Parcheggiato', macroStatus: 'in_progress' });
    const { body: ticket } = await api.post('/api/v1/tickets', { contactId, title: 'Parcheggio', status: 'Parcheggiato' });
    expect(ticket.closedAt).toBeNull();
    await api.patch(`/api/v1/ticket-statuses/${status.id}`, { macroStatus: 'terminated' });
    expect((await api.get(`/api/v1/tickets/${ticket.id}`)).body).toMatchObject({ macroStatus: 'terminated', closedAt: expect.any(String) });
  });

  it('only admins manage statuses', async () => {
    const { api } = await setup();
    const email = `chat-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`;
    expect((await api.post('/api/v1/users', { email, name: 'Chat', password: 'correct horse battery', role: 'chat_operator' })).status).toBe(201);
    const login = await fetch(`${sportello.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'correct horse battery' }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const operator = apiClient(sportello.url);
    const res = await operator.post('/api/v1/ticket-statuses', { name: 'Mio', macroStatus: 'open' }, { cookie });
    expect(res.status).toBe(403);
    // A chat operator sees only tickets of contacts assigned to them.
    const contactId = await newContact(api);
    const { body: ticket } = await api.post('/api/v1/tickets', { contactId, title: 'Riservato' });
    expect((await operator.get(`/api/v1/tickets/${ticket.id}`, { cookie })).status).toBe(404);
    expect((await operator.get('/api/v1/tickets', { cookie })).body.data).toHaveLength(0);
  });
});

describe('tickets: bad input', () => {
  it('names the field of every invalid request', async () => {
    const a = await setup();
    const { api, contactId } = a;
    expectFieldError(await api.post('/api/v1/tickets', { contactId, title: 'x', status: 'Nope' }), 422, 'status');
    expectFieldError(await api.post('/api/v1/tickets', { contactId, title: 'x', priority: 'critical' }), 422, 'priority');
    expectFieldError(await api.post('/api/v1/tickets', { contactId, title: 'x', ownerId: MISSING_ID }), 422, 'ownerId');
    expectFieldError(await api.post('/api/v1/tickets', { contactId }), 422, 'title');
    expectFieldError(await api.post('/api/v1/tickets', { title: 'x' }), 422, 'contactId');
    expectFieldError(await api.post('/api/v1/tickets', { contactId, title: 'x', reference: 'R'.repeat(257) }), 422, 'reference');
    expect((await api.post('/api/v1/tickets', { contactId, title: 'x', reference: 'R'.repeat(256) })).status).toBe(201);
    expect((await api.post('/api/v1/tickets', { contactId: MISSING_ID, title: 'x' })).status).toBe(404);

    const { body: ticket } = await api.post('/api/v1/tickets', { contactId, title: 'ok', reference: 'DUP-1' });
    const dup = await api.post('/api/v1/tickets', { contactId, title: 'dup', reference: 'DUP-1' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('reference_taken');
    await api.post('/api/v1/tickets', { contactId, title: 'other', reference: 'DUP-2' });
    expect((await api.patch(`/api/v1/tickets/${ticket.id}`, { reference: 'DUP-2' })).status).toBe(409);

    expectFieldError(await api.patch(`/api/v1/tickets/${ticket.id}`, { status: 'Nope' }), 422, 'status');
    expectFieldError(await api.patch(`/api/v1/tickets/${ticket.id}`, { priority: 'critical' }), 422, 'priority');
    expectFieldError(await api.patch(`/api/v1/tickets/${ticket.id}`, { ownerId: MISSING_ID }), 422, 'ownerId');
    expectFieldError(await api.patch(`/api/v1/tickets/${ticket.id}`, { reference: 'x'.repeat(300) }), 422, 'reference');
    expect((await api.patch(`/api/v1/tickets/${ticket.id}`, {})).body.error.code).toBe('no_change');
    expectFieldError(await api.post(`/api/v1/tickets/${ticket.id}/notes`, { text: '' }), 422, 'text');
    expectFieldError(await api.get('/api/v1/tickets?priority=critical'), 422, 'priority');
    expectFieldError(await api.get('/api/v1/tickets?status=Nope'), 422, 'status');
    expectFieldError(await api.get('/api/v1/tickets?sort=colour'), 422, 'sort');
    expectFieldError(await api.get('/api/v1/tickets?cursor=garbage'), 422, 'cursor');
    expectFieldError(await api.get('/api/v1/tickets?from=yesterday'), 422, 'from');
    expectFieldError(await api.get('/api/v1/tickets/stats?to=soon'), 422, 'to');
    expectFieldError(await api.post('/api/v1/ticket-statuses', { macroStatus: 'open' }), 422, 'name');

    const malformed = await api.call('POST', '/api/v1/tickets', '{"title":', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    expect((await api.get('/api/v1/tickets/NOPE-404')).status).toBe(404);
  });

  it('answers 404 for another account’s tickets, reading or writing', async () => {
    const a = await setup();
    const b = await setup();
    const { body: ticket } = await a.api.post('/api/v1/tickets', { contactId: a.contactId, title: 'Segreto', reference: 'SEC-1' });
    expect((await b.api.post('/api/v1/tickets', { contactId: a.contactId, title: 'x' })).status).toBe(404);
    for (const res of await Promise.all([
      b.api.get(`/api/v1/tickets/${ticket.id}`),
      b.api.get('/api/v1/tickets/SEC-1'),
      b.api.patch(`/api/v1/tickets/${ticket.id}`, { title: 'rubato' }),
      b.api.delete(`/api/v1/tickets/${ticket.id}`),
      b.api.post(`/api/v1/tickets/${ticket.id}/notes`, { text: 'x' }),
      b.api.get(`/api/v1/tickets/${ticket.id}/notes`),
      b.api.get(`/api/v1/tickets/${ticket.id}/history`),
      b.api.get(`/api/v1/contacts/${a.contactId}/tickets`),
    ])) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toMatch(/not_found/);
    }
    expect((await b.api.get('/api/v1/tickets')).body.data).toHaveLength(0);
    expect((await b.api.get('/api/v1/tickets?q=Segreto')).body.data).toHaveLength(0);
    // B may use the same reference: references are unique per account.
    expect((await b.api.post('/api/v1/tickets', { contactId: b.contactId, title: 'Mio', reference: 'SEC-1' })).status).toBe(201);
    expect((await a.api.get('/api/v1/tickets/SEC-1')).body.title).toBe('Segreto');
  });
});

describe('tickets: concurrency and the Update ticket step', () => {
  it('never loses a change when many updates hit one ticket at once', async () => {
    const { api, contactId, userId } = await setup();
    const { body: ticket } = await api.post('/api/v1/tickets', { contactId, title: 'Conteso' });
    const patches = [
      { title: 'Conteso 2' },
      { description: 'descrizione' },
      { priority: 'high' },
      { status: 'Waiting' },
      { category: 'Resi' },
      { ownerId: userId },
    ];
    const results = await Promise.all([
      ...patches.map((p) => api.patch(`/api/v1/tickets/${ticket.id}`, p)),
      ...[1, 2, 3, 4].map((n) => api.post(`/api/v1/tickets/${ticket.id}/notes`, { text: `nota ${n}` })),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200, 201, 201, 201, 201]);
    const final = await api.get(`/api/v1/tickets/${ticket.id}`);
    expect(final.body).toMatchObject({ title: 'Conteso 2', description: 'descrizione', priority: 'high', status: 'Waiting', category: 'Resi', ownerId: userId });
    const history = await api.get(`/api/v1/tickets/${ticket.id}/history`);
    expect(history.body.data.map((h: any) => h.field).sort()).toEqual(
      ['category', 'created', 'description', 'note', 'note', 'note', 'note', 'ownerId', 'priority', 'status', 'title'].sort(),
    );
    expect((await api.get(`/api/v1/tickets/${ticket.id}/notes`)).body.data).toHaveLength(4);
    for (let n = 1; n <= 4; n += 1) expect((await api.get(`/api/v1/tickets?q=${encodeURIComponent(`nota ${n}`)}`)).body.data).toHaveLength(1);
  });

  it('updateTicketByReference applies only the given changes and refuses none', async () => {
    const { api, accountId, contactId, userId } = await setup();
    const { body: ticket } = await api.post('/api/v1/tickets', { contactId, title: 'Auto', priority: 'low', category: 'Resi' });
    const deps = sportello.deps;
    const actor = { type: 'automation' as const, id: 'automation-1' };
    const updated = await updateTicketByReference(deps, accountId, ticket.reference, { status: 'In progress', ownerId: userId }, actor);
    expect(updated).toMatchObject({ status: 'In progress', priority: 'low', category: 'Resi', ownerId: userId, title: 'Auto' });
    await expect(updateTicketByReference(deps, accountId, ticket.reference, {}, actor)).rejects.toMatchObject({ code: 'no_change', httpStatus: 422 });
    await expect(updateTicketByReference(deps, accountId, 'NOPE', { priority: 'high' }, actor)).rejects.toMatchObject({ code: 'ticket_not_found', httpStatus: 404 });
    await expect(updateTicketByReference(deps, accountId, ticket.reference, { status: 'Nope' }, actor)).rejects.toMatchObject({ code: 'unknown_status', httpStatus: 422 });
    await expect(updateTicketByReference(deps, accountId, ticket.reference, { priority: 'critical' }, actor)).rejects.toMatchObject({ httpStatus: 422 });
    const other = await createTestAccount(sportello, { sandbox: false });
    await expect(updateTicketByReference(deps, other.accountId, ticket.reference, { priority: 'high' }, actor)).rejects.toMatchObject({ code: 'ticket_not_found' });
    const history = await api.get(`/api/v1/tickets/${ticket.id}/history`);
    expect(history.body.data.filter((h: any) => h.actor.type === 'automation').map((h: any) => [h.field, h.actor.id])).toEqual([
      ['status', 'automation-1'],
      ['ownerId', 'automation-1'],
    ]);
  });
});

describe('tickets: OpenAPI', () => {
  it('documents the ticket routes, with the sort keys', async () => {
    const doc = (await apiClient(sportello.url).get('/api/v1/openapi.json')).body;
    for (const path of [
      '/api/v1/tickets',
      '/api/v1/tickets/{id}',
      '/api/v1/tickets/{id}/notes',
      '/api/v1/tickets/{id}/history',
      '/api/v1/tickets/stats',
      '/api/v1/contacts/{id}/tickets',
      '/api/v1/ticket-statuses',
      '/api/v1/ticket-statuses/{id}',
      '/api/v1/ticket-categories',
    ]) {
      expect(Object.keys(doc.paths), path).toContain(path);
    }
    expect(JSON.stringify(doc.paths['/api/v1/tickets'].get.parameters)).toContain('-priority');
  });
});
