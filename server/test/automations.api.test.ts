import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, createTestAccount, eventually, startTestSportello, type TestSportello } from './harness.ts';

let sportello: TestSportello;
beforeAll(async () => {
  sportello = await startTestSportello();
});
afterAll(async () => {
  await sportello?.close();
});

type Account = Awaited<ReturnType<typeof createTestAccount>>;

let customerCounter = 0;
function newCustomer(): string {
  customerCounter += 1;
  return `+39347${String(customerCounter).padStart(7, '0')}`;
}

const MISSING_ID = '01890000-0000-7000-8000-000000000000';

/** The same sandbox helpers every scenario needs: a customer writes, and what the business sent them. */
function sandboxOf(account: Account) {
  const sandbox = apiClient(`${sportello.url}/sandbox`);
  return {
    say: (from: string, text: string) => sandbox.post('/v1/inbound', { phoneNumberId: account.channel!.phoneNumberId, from, name: 'Marta Rossi', text }),
    sentTexts: async (to: string) =>
      ((await sandbox.get(`/v1/outbox?to=${encodeURIComponent(to)}`)).body.data as Array<{ body: any }>).map((m) => m.body.text?.body as string | undefined),
  };
}

async function contactIdOf(account: Account, phone: string): Promise<string> {
  return eventually(async () => (await account.api.get(`/api/v1/contacts?phone=${encodeURIComponent(phone)}`)).body.data[0]?.id as string | undefined, 10_000, 'the contact');
}

/** A user of the account with the given role, signed in with the console's session cookie. */
async function signedInUser(account: Account, role: 'admin' | 'operator') {
  const email = `${role}-${Math.random().toString(36).slice(2, 10)}@example.test`;
  const created = await account.api.post('/api/v1/users', { email, name: `A ${role}`, password: 'user-password', role });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const login = await apiClient(sportello.url).post('/api/v1/auth/login', { email, password: 'user-password' });
  expect(login.status).toBe(200);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const client = apiClient(sportello.url);
  return {
    get: (path: string) => client.get(path, { cookie }),
    post: (path: string, body?: unknown) => client.post(path, body, { cookie }),
    put: (path: string, body: unknown) => client.put(path, body, { cookie }),
    delete: (path: string) => client.delete(path, { cookie }),
  };
}

/** A phrase starts it; it asks, waits for the answer and thanks with `thanks`. */
function askAndThank(phrase: string, thanks: string) {
  return {
    trigger: { type: 'message_phrase', phrase },
    start: 'ask',
    steps: {
      ask: { type: 'send_message', message: { type: 'text', text: 'Which size?' }, next: 'wait' },
      wait: { type: 'customer_response', timeout: 'PT1M', next: 'thanks' },
      thanks: { type: 'send_message', message: { type: 'text', text: thanks } },
    },
  };
}

const TAG_ONLY = {
  trigger: { type: 'api' },
  start: 'tag',
  steps: { tag: { type: 'add_tag', tag: 'vip' } },
};

function expectInvalid(res: { status: number; body: any }, step: string | null, code: string): void {
  expect(res.status, JSON.stringify(res.body)).toBe(422);
  expect(res.body.error.code).toBe('invalid_definition');
  expect(res.body.error.details.step).toBe(step);
  expect(res.body.error.details.problems).toEqual(expect.arrayContaining([expect.objectContaining({ step, code, message: expect.any(String) })]));
  if (step) expect(res.body.error.message).toContain(`"${step}"`);
}

describe('automations API: definitions, versions, activation', () => {
  it('creates a draft, reads it, saves new versions, activates, lists with run counts, duplicates and deletes', async () => {
    const account = await createTestAccount(sportello);
    const { api } = account;
    const definition = askAndThank('SIZE', 'Thanks!');

    const created = await api.post('/api/v1/automations', { name: 'Sizes', definition });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), version: 1, status: 'draft', name: 'Sizes', triggerType: 'message_phrase' });
    const id = created.body.id as string;

    const got = await api.get(`/api/v1/automations/${id}`);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ id, name: 'Sizes', version: 1, status: 'draft', definition });

    // A save is a new version; the first one stays as it was.
    const v2Definition = askAndThank('SIZE', 'Thanks again!');
    const saved = await api.put(`/api/v1/automations/${id}`, { definition: v2Definition });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ id, version: 2, status: 'draft', name: 'Sizes', definition: v2Definition });
    const versions = await api.get(`/api/v1/automations/${id}/versions`);
    expect(versions.status).toBe(200);
    expect(versions.body.data.map((v: any) => v.version)).toEqual([2, 1]);
    expect(versions.body.data[0].definition).toEqual(v2Definition);
    expect(versions.body.data[1].definition).toEqual(definition);

    // Renaming alone keeps the version.
    const renamed = await api.put(`/api/v1/automations/${id}`, { name: 'Shirt sizes' });
    expect(renamed.body).toMatchObject({ name: 'Shirt sizes', version: 2 });

    const activated = await api.post(`/api/v1/automations/${id}/activate`);
    expect(activated.status).toBe(200);
    expect(activated.body.status).toBe('active');
    const other = await api.post('/api/v1/automations', { name: 'Tagger', definition: TAG_ONLY });
    expect(other.status).toBe(201);

    // A run under way shows in the counts.
    const { say, sentTexts } = sandboxOf(account);
    const customer = newCustomer();
    await say(customer, 'size');
    await eventually(async () => (await sentTexts(customer)).includes('Which size?'), 10_000, 'the question');
    const all = await eventually(async () => {
      const res = await api.get('/api/v1/automations');
      const sizes = res.body.data.find((a: any) => a.id === id);
      return sizes?.runs.live === 1 ? res : null;
    }, 10_000, 'the live run in the list');
    expect(all.body.data.map((a: any) => [a.name, a.status, a.runs])).toEqual([
      ['Shirt sizes', 'active', { live: 1, total: 1 }],
      ['Tagger', 'draft', { live: 0, total: 0 }],
    ]);
    expect((await api.get('/api/v1/automations?status=active')).body.data.map((a: any) => a.id)).toEqual([id]);
    expect((await api.get('/api/v1/automations?status=draft')).body.data.map((a: any) => a.id)).toEqual([other.body.id]);

    // Deactivated: no new runs start, the one under way goes on.
    const deactivated = await api.post(`/api/v1/automations/${id}/deactivate`);
    expect(deactivated.body.status).toBe('inactive');
    expect((await api.get('/api/v1/automations?status=inactive')).body.data.map((a: any) => a.id)).toEqual([id]);
    const late = newCustomer();
    await say(late, 'SIZE');
    await say(customer, 'Large');
    await eventually(async () => (await sentTexts(customer)).includes('Thanks again!'), 10_000, 'the thanks of the run under way');
    expect(await sentTexts(late)).toEqual([]);

    const copy = await api.post(`/api/v1/automations/${id}/duplicate`);
    expect(copy.status, JSON.stringify(copy.body)).toBe(201);
    expect(copy.body).toMatchObject({ name: 'Shirt sizes (copy)', status: 'draft', version: 1, definition: v2Definition });
    expect(copy.body.id).not.toBe(id);
    const named = await api.post(`/api/v1/automations/${id}/duplicate`, { name: 'Sizes B' });
    expect(named.body).toMatchObject({ name: 'Sizes B', status: 'draft' });

    // Deleting ends the runs under way.
    expect((await api.post(`/api/v1/automations/${id}/activate`)).status).toBe(200);
    const third = newCustomer();
    await say(third, 'SIZE');
    await eventually(async () => (await sentTexts(third)).includes('Which size?'), 10_000, 'the question to the third customer');
    const thirdContact = await contactIdOf(account, third);
    const waiting = await eventually(async () => {
      const runs = await api.get(`/api/v1/automations/${id}/runs?contactId=${thirdContact}`);
      return runs.body.data[0]?.status === 'waiting' ? runs.body.data[0] : null;
    }, 10_000, 'the waiting run');
    expect((await api.delete(`/api/v1/automations/${id}`)).status).toBe(204);
    expect((await api.get(`/api/v1/automations/${id}`)).status).toBe(404);
    expect((await api.delete(`/api/v1/automations/${id}`)).status).toBe(404);
    const ended = await api.get(`/api/v1/automation-runs/${waiting.id}`);
    expect(ended.body).toMatchObject({ status: 'terminated', reason: 'The automation was deleted', endedAt: expect.any(String) });
    await say(third, 'Small');
    await say(newCustomer(), 'SIZE');
    // The copies stay; the deleted automation is gone from the list.
    expect((await api.get('/api/v1/automations')).body.data.map((a: any) => a.name).sort()).toEqual(['Shirt sizes (copy)', 'Sizes B', 'Tagger']);
    await new Promise((r) => setTimeout(r, 500));
    expect(await sentTexts(third)).toEqual(['Which size?']);
  });

  it('runs keep the version they started on; new runs take the newest', async () => {
    const account = await createTestAccount(sportello);
    const { api } = account;
    const { say, sentTexts } = sandboxOf(account);
    const created = await api.post('/api/v1/automations', { name: 'Order', definition: askAndThank('ORDER', 'Thanks from version 1') });
    const id = created.body.id as string;
    await api.post(`/api/v1/automations/${id}/activate`);

    const customer = newCustomer();
    await say(customer, 'ORDER');
    await eventually(async () => (await sentTexts(customer)).includes('Which size?'), 10_000, 'the question');
    const contactId = await contactIdOf(account, customer);
    const first = await eventually(async () => {
      const runs = await api.get(`/api/v1/automations/${id}/runs?contactId=${contactId}`);
      return runs.body.data[0]?.status === 'waiting' ? runs.body.data[0] : null;
    }, 10_000, 'the run waiting for the answer');
    expect(first).toMatchObject({ version: 1, currentStep: 'wait' });

    const saved = await api.put(`/api/v1/automations/${id}`, { definition: askAndThank('ORDER', 'Thanks from version 2') });
    expect(saved.body.version).toBe(2);
    await say(customer, 'Medium');
    await eventually(async () => (await sentTexts(customer)).includes('Thanks from version 1'), 10_000, 'the version 1 thanks');
    expect((await api.get(`/api/v1/automation-runs/${first.id}`)).body).toMatchObject({ status: 'completed', version: 1, path: ['ask', 'wait', 'thanks'] });

    await say(customer, 'order');
    await eventually(async () => (await sentTexts(customer)).filter((t) => t === 'Which size?').length === 2, 10_000, 'the second question');
    await say(customer, 'Small');
    await eventually(async () => (await sentTexts(customer)).includes('Thanks from version 2'), 10_000, 'the version 2 thanks');
    const runs = (await api.get(`/api/v1/automations/${id}/runs?contactId=${contactId}`)).body.data;
    expect(runs.map((r: any) => [r.version, r.status])).toEqual([
      [2, 'completed'],
      [1, 'completed'],
    ]);
    expect((await sentTexts(customer)).filter((t) => t?.startsWith('Thanks'))).toEqual(['Thanks from version 2', 'Thanks from version 1']);
  });

  it('refuses invalid definitions with a 422 that names the step and lists the problems', async () => {
    const account = await createTestAccount(sportello);
    const create = (definition: unknown) => account.api.post('/api/v1/automations', { name: 'Broken', definition });
    const tagThen = (next?: string) => ({ type: 'add_tag', tag: 'x', ...(next ? { next } : {}) });

    expectInvalid(await create({ trigger: { type: 'api' }, start: 'a', steps: { a: tagThen('b'), b: { type: 'teleport' } } }), 'b', 'unknown_step_type');
    expectInvalid(await create({ trigger: { type: 'api' }, start: 'a', steps: { a: tagThen('nowhere') } }), 'a', 'dangling_exit');
    expectInvalid(await create({ trigger: { type: 'api' }, start: 'a', steps: { a: tagThen('check'), check: { type: 'if_else', conditions: { match: 'all', rules: [{ kind: 'tag', op: 'has', tag: 'x' }] } } } }), 'check', 'missing_exit');
    expectInvalid(await create({ trigger: { type: 'api' }, start: 'a', steps: { a: tagThen(), lost: tagThen() } }), 'lost', 'unreachable_step');
    expectInvalid(await create({ trigger: { type: 'api' }, start: 'a', steps: { a: tagThen('b'), b: tagThen('a') } }), 'a', 'cycle_without_wait');
    // The same loop with a wait in it is fine.
    const waiting = await create({ trigger: { type: 'api' }, start: 'a', steps: { a: tagThen('b'), b: { type: 'delay', delay: 'PT1S', next: 'a' } } });
    expect(waiting.status, JSON.stringify(waiting.body)).toBe(201);

    const buttons = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Option ${i + 1}` }));
    expectInvalid(
      await create({ trigger: { type: 'api' }, start: 'ask', steps: { ask: { type: 'send_message', message: { type: 'buttons', text: 'Pick one', buttons: buttons(4) } } } }),
      'ask',
      'invalid_step',
    );
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Row ${i + 1}` }));
    expectInvalid(
      await create({
        trigger: { type: 'api' },
        start: 'menu',
        steps: { menu: { type: 'send_message', message: { type: 'list', text: 'Menu', buttonText: 'Open', sections: [{ title: 'A', rows: rows(6) }, { title: 'B', rows: rows(5) }] } } },
      }),
      'menu',
      'invalid_step',
    );

    // A ticket status change would start the automation again.
    const onStatus = (to: string[] | undefined, status: string) => ({
      trigger: { type: 'ticket_status_changed', ...(to ? { to } : {}) },
      start: 'note',
      steps: { note: { type: 'chat_note', text: 'changed', next: 'update' }, update: { type: 'update_ticket', reference: '%%TICKET_REFERENCE%%', status } },
    });
    expectInvalid(await create(onStatus(undefined, 'In progress')), 'update', 'ticket_loop');
    expectInvalid(await create(onStatus(['Resolved'], 'resolved')), 'update', 'ticket_loop');
    expect((await create(onStatus(['Resolved'], 'Closed'))).status).toBe(201);

    expectInvalid(await create({ trigger: { type: 'api' }, start: 'go', steps: { go: { type: 'start_automation', automationId: MISSING_ID } } }), 'go', 'unknown_automation');
    const target = await account.api.post('/api/v1/automations', { name: 'Target', definition: TAG_ONLY });
    expect((await create({ trigger: { type: 'api' }, start: 'go', steps: { go: { type: 'start_automation', automationId: target.body.id } } })).status).toBe(201);

    // A save is checked the same way, and a refused save leaves the automation as it was.
    const put = await account.api.put(`/api/v1/automations/${target.body.id}`, { definition: { trigger: { type: 'api' }, start: 'a', steps: { a: tagThen('gone') } } });
    expectInvalid(put, 'a', 'dangling_exit');
    expect((await account.api.get(`/api/v1/automations/${target.body.id}`)).body).toMatchObject({ version: 1, definition: TAG_ONLY });

    // Several problems are all listed, each naming its step.
    const many = await create({ trigger: { type: 'api' }, start: 'a', steps: { a: tagThen('nowhere'), lost: tagThen() } });
    expect(many.status).toBe(422);
    expect(many.body.error.details.problems.map((p: any) => [p.step, p.code])).toEqual([
      ['a', 'dangling_exit'],
      ['lost', 'unreachable_step'],
    ]);
    expect((await account.api.get('/api/v1/automations')).body.data.map((a: any) => a.name).sort()).toEqual(['Broken', 'Broken', 'Broken', 'Target']);
  });

  it('answers bad requests, unknown ids, other accounts, non-admins and anonymous callers', async () => {
    const account = await createTestAccount(sportello);
    const stranger = await createTestAccount(sportello);
    const { api } = account;
    const created = await api.post('/api/v1/automations', { name: 'Mine', definition: TAG_ONLY });
    const id = created.body.id as string;

    const malformed = await api.post('/api/v1/automations', '{"name": "x", "definition": ', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('malformed_request');
    const noName = await api.post('/api/v1/automations', { definition: TAG_ONLY });
    expect(noName.status).toBe(422);
    expect(noName.body.error.code).toBe('validation_failed');
    expect(JSON.stringify(noName.body.error)).toContain('name');
    const blankName = await api.post('/api/v1/automations', { name: '   ', definition: TAG_ONLY });
    expect(blankName.status).toBe(422);
    const noDefinition = await api.post('/api/v1/automations', { name: 'Empty' });
    expect(noDefinition.status).toBe(422);

    for (const target of [MISSING_ID, id]) {
      const client = target === id ? stranger.api : api;
      expect((await client.get(`/api/v1/automations/${target}`)).status, target).toBe(404);
      expect((await client.put(`/api/v1/automations/${target}`, { definition: TAG_ONLY })).status).toBe(404);
      expect((await client.post(`/api/v1/automations/${target}/activate`)).status).toBe(404);
      expect((await client.post(`/api/v1/automations/${target}/deactivate`)).status).toBe(404);
      expect((await client.post(`/api/v1/automations/${target}/duplicate`)).status).toBe(404);
      expect((await client.get(`/api/v1/automations/${target}/versions`)).status).toBe(404);
      expect((await client.get(`/api/v1/automations/${target}/runs`)).status).toBe(404);
      expect((await client.get(`/api/v1/automations/${target}/report`)).status).toBe(404);
      expect((await client.delete(`/api/v1/automations/${target}`)).status).toBe(404);
      expect((await client.get(`/api/v1/automation-runs/${target}`)).status).toBe(404);
    }
    expect((await api.get('/api/v1/automations/not-a-uuid')).status).toBe(422);
    expect((await stranger.api.get('/api/v1/automations')).body.data).toEqual([]);
    // Another account cannot start it either, from a definition of its own.
    const crossStart = await stranger.api.post('/api/v1/automations', { name: 'Cross', definition: { trigger: { type: 'api' }, start: 'go', steps: { go: { type: 'start_automation', automationId: id } } } });
    expectInvalid(crossStart, 'go', 'unknown_automation');
    // The owner's automation is untouched by all of the above.
    expect((await api.get(`/api/v1/automations/${id}`)).body).toMatchObject({ version: 1, status: 'draft' });

    const operator = await signedInUser(account, 'operator');
    const opCreate = await operator.post('/api/v1/automations', { name: 'Nope', definition: TAG_ONLY });
    expect(opCreate.status).toBe(403);
    expect(opCreate.body.error.code).toBe('forbidden');
    expect((await operator.post(`/api/v1/automations/${id}/activate`)).status).toBe(403);
    expect((await operator.put(`/api/v1/automations/${id}`, { definition: TAG_ONLY })).status).toBe(403);
    expect((await operator.delete(`/api/v1/automations/${id}`)).status).toBe(403);
    // Operators may look.
    expect((await operator.get(`/api/v1/automations/${id}`)).status).toBe(200);
    expect((await operator.get('/api/v1/automations')).body.data.map((a: any) => a.id)).toEqual([id]);
    const admin = await signedInUser(account, 'admin');
    expect((await admin.post(`/api/v1/automations/${id}/activate`)).status).toBe(200);

    const anonymous = apiClient(sportello.url);
    expect((await anonymous.get('/api/v1/automations')).status).toBe(401);
    expect((await anonymous.post('/api/v1/automations', { name: 'Anon', definition: TAG_ONLY })).status).toBe(401);
    expect((await anonymous.get(`/api/v1/automations/${id}`)).status).toBe(401);
    expect((await apiClient(sportello.url, 'spk_not-a-real-key').post(`/api/v1/automations/${id}/deactivate`)).status).toBe(401);
  });

  it('lists the automation routes in the OpenAPI document', async () => {
    const doc = (await apiClient(sportello.url).get('/api/v1/openapi.json')).body;
    const paths = doc.paths as Record<string, Record<string, unknown>>;
    const expected: Array<[string, string[]]> = [
      ['/api/v1/automations', ['get', 'post']],
      ['/api/v1/automations/{id}', ['get', 'put', 'delete']],
      ['/api/v1/automations/{id}/activate', ['post']],
      ['/api/v1/automations/{id}/deactivate', ['post']],
      ['/api/v1/automations/{id}/duplicate', ['post']],
      ['/api/v1/automations/{id}/versions', ['get']],
      ['/api/v1/automations/{id}/runs', ['get']],
      ['/api/v1/automations/{id}/report', ['get']],
      ['/api/v1/automations/{id}/start', ['post']],
      ['/api/v1/automation-runs/{id}', ['get']],
      ['/api/v1/automation-runs/{id}/terminate', ['post']],
    ];
    for (const [path, methods] of expected) {
      expect(Object.keys(paths), path).toContain(path);
      for (const method of methods) expect(Object.keys(paths[path]!), `${method} ${path}`).toContain(method);
    }
    const create = paths['/api/v1/automations']!.post as any;
    expect(create.responses['201']).toBeDefined();
    expect(create.responses['422']).toBeDefined();
  });
});
