import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveSchedule } from '../src/modules/settings/service.ts';
import type { Schedule } from '../src/modules/settings/working-hours.ts';
import { apiClient, createTestAccount, startTestSportello, type TestSportello } from './harness.ts';

let sportello: TestSportello;
beforeAll(async () => {
  sportello = await startTestSportello();
});
afterAll(async () => {
  await sportello?.close();
});

const PATH = '/api/v1/settings/working-hours';

const DEFAULTS = {
  timezone: 'Europe/Rome',
  workingHours: {
    '1': [{ from: '09:00', to: '18:00' }],
    '2': [{ from: '09:00', to: '18:00' }],
    '3': [{ from: '09:00', to: '18:00' }],
    '4': [{ from: '09:00', to: '18:00' }],
    '5': [{ from: '09:00', to: '18:00' }],
    '6': [],
    '7': [],
  },
  holidays: [],
};

const SHOP = {
  timezone: 'America/New_York',
  workingHours: {
    '1': [
      { from: '14:00', to: '18:00' },
      { from: '09:00', to: '13:00' },
    ],
    '6': [{ from: '20:00', to: '24:00' }],
  },
  holidays: [{ date: '2025-12-25', name: 'Christmas', yearly: true }, { date: '2026-04-06' }],
};

/** SHOP as the API gives it back: every weekday, intervals sorted, `yearly` filled in. */
const SHOP_SAVED = {
  timezone: 'America/New_York',
  workingHours: {
    '1': [
      { from: '09:00', to: '13:00' },
      { from: '14:00', to: '18:00' },
    ],
    '2': [],
    '3': [],
    '4': [],
    '5': [],
    '6': [{ from: '20:00', to: '24:00' }],
    '7': [],
  },
  holidays: [
    { date: '2025-12-25', name: 'Christmas', yearly: true },
    { date: '2026-04-06', yearly: false },
  ],
};

function expectError(res: { status: number; body: any }, status: number, code: string, field?: string): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body).toEqual({ error: { code, message: expect.any(String), ...(field ? { details: expect.any(Array) } : {}) } });
  if (field) expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
}

/** A user of the account with the given role, signed in through the console's session cookie. */
async function signedInUser(account: Awaited<ReturnType<typeof createTestAccount>>, role: 'admin' | 'operator' | 'chat_operator') {
  const email = `${role}-${account.accountId.slice(0, 8)}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const created = await account.api.post('/api/v1/users', { email, name: `A ${role}`, password: 'user-password', role });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const login = await apiClient(sportello.url).post('/api/v1/auth/login', { email, password: 'user-password' });
  expect(login.status).toBe(200);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const client = apiClient(sportello.url);
  return {
    get: (path: string) => client.get(path, { cookie }),
    put: (path: string, body: unknown) => client.put(path, body, { cookie }),
  };
}

describe('working hours settings', () => {
  it('gives Monday–Friday 09:00–18:00 in the account’s zone until saved', async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    const res = await account.api.get(PATH);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(DEFAULTS);
  });

  it('saves a schedule and reads it back, normalised, with the zone as the account’s', async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    const saved = await account.api.put(PATH, SHOP);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toEqual(SHOP_SAVED);
    expect((await account.api.get(PATH)).body).toEqual(SHOP_SAVED);
    // The zone is the account's own setting.
    expect((await account.api.get('/api/v1/me')).body.account.timezone).toBe('America/New_York');

    // A second save replaces the first entirely.
    const again = await account.api.put(PATH, { timezone: 'europe/rome', workingHours: { '7': [{ from: '00:00', to: '24:00' }] } });
    expect(again.status).toBe(200);
    const closedWeek = { '1': [], '2': [], '3': [], '4': [], '5': [], '6': [] };
    expect(again.body).toEqual({ timezone: 'Europe/Rome', workingHours: { ...closedWeek, '7': [{ from: '00:00', to: '24:00' }] }, holidays: [] });
    expect((await account.api.get(PATH)).body).toEqual(again.body);
    expect((await account.api.get('/api/v1/me')).body.account.timezone).toBe('Europe/Rome');
  });

  it('refuses a time zone that does not exist, in the error shape, and changes nothing', async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    const res = await account.api.put(PATH, { ...SHOP, timezone: 'Mars/Olympus_Mons' });
    expectError(res, 422, 'validation_failed', 'timezone');
    const offset = await account.api.put(PATH, { ...SHOP, timezone: '+01:00' });
    expectError(offset, 422, 'validation_failed', 'timezone');
    expect((await account.api.get(PATH)).body).toEqual(DEFAULTS);
    expect((await account.api.get('/api/v1/me')).body.account.timezone).toBe('Europe/Rome');
  });

  it('refuses overlapping intervals, naming the interval', async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    const res = await account.api.put(PATH, {
      timezone: 'Europe/Rome',
      workingHours: {
        '2': [
          { from: '09:00', to: '13:00' },
          { from: '12:30', to: '18:00' },
        ],
      },
    });
    expectError(res, 422, 'validation_failed', 'workingHours.2.1');
    expect(res.body.error.details[0].message).toMatch(/overlap/);
    expect((await account.api.get(PATH)).body).toEqual(DEFAULTS);
  });

  it('refuses other malformed schedules with 4xx in the error shape', async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    expectError(await account.api.put(PATH, { timezone: 'Europe/Rome', workingHours: { '1': [{ from: '18:00', to: '09:00' }] } }), 422, 'validation_failed', 'workingHours.1.0.to');
    expectError(await account.api.put(PATH, { timezone: 'Europe/Rome', workingHours: { '1': [{ from: '9', to: '18:00' }] } }), 422, 'validation_failed', 'workingHours.1.0.from');
    expectError(await account.api.put(PATH, { timezone: 'Europe/Rome', workingHours: { '8': [] } }), 422, 'validation_failed', 'workingHours');
    expectError(await account.api.put(PATH, { timezone: 'Europe/Rome', workingHours: {}, holidays: [{ date: '2025-02-30' }] }), 422, 'validation_failed', 'holidays.0.date');
    expectError(await account.api.put(PATH, { workingHours: {} }), 422, 'validation_failed', 'timezone');
    const malformed = await fetch(`${sportello.url}${PATH}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${account.apiKey}`, 'content-type': 'application/json' },
      body: '{"timezone": ',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: { code: 'malformed_request', message: expect.any(String) } });
  });

  it('lets any signed-in user read the schedule, and only admins change it', async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    expect((await account.api.put(PATH, SHOP)).status).toBe(200);

    for (const role of ['operator', 'chat_operator'] as const) {
      const user = await signedInUser(account, role);
      const read = await user.get(PATH);
      expect(read.status).toBe(200);
      expect(read.body).toEqual(SHOP_SAVED);
      expectError(await user.put(PATH, DEFAULTS), 403, 'forbidden');
    }
    expect((await account.api.get(PATH)).body).toEqual(SHOP_SAVED);

    const admin = await signedInUser(account, 'admin');
    const byAdmin = await admin.put(PATH, DEFAULTS);
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body).toEqual(DEFAULTS);
  });

  it('refuses callers who are not signed in', async () => {
    expectError(await apiClient(sportello.url).get(PATH), 401, 'unauthorized');
    expectError(await apiClient(sportello.url).put(PATH, DEFAULTS), 401, 'unauthorized');
  });

  it('keeps each account’s schedule to itself', async () => {
    const first = await createTestAccount(sportello, { sandbox: false });
    const second = await createTestAccount(sportello, { sandbox: false });
    expect((await first.api.put(PATH, SHOP)).status).toBe(200);
    // The other account still sees its own defaults, in its own zone.
    expect((await second.api.get(PATH)).body).toEqual(DEFAULTS);
    expect((await second.api.get('/api/v1/me')).body.account.timezone).toBe('Europe/Rome');
    // And saving its own leaves the first untouched.
    const own = { timezone: 'Asia/Tokyo', workingHours: { '3': [{ from: '10:00', to: '11:00' }] }, holidays: [] };
    expect((await second.api.put(PATH, own)).status).toBe(200);
    expect((await first.api.get(PATH)).body).toEqual(SHOP_SAVED);
    expect((await first.api.get('/api/v1/me')).body.account.timezone).toBe('America/New_York');
    expect((await second.api.get(PATH)).body.timezone).toBe('Asia/Tokyo');
  });

  it('holds callers of the service other than the API to the same rules', async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    const overlapping = { ...DEFAULTS, workingHours: { ...DEFAULTS.workingHours, '1': [{ from: '09:00', to: '18:00' }, { from: '17:00', to: '19:00' }] } };
    await expect(saveSchedule(sportello.deps, account.accountId, overlapping as Schedule)).rejects.toMatchObject({
      code: 'invalid_schedule',
      httpStatus: 422,
      details: [{ field: 'workingHours.1.1', message: expect.stringMatching(/overlap/) }],
    });
    await expect(saveSchedule(sportello.deps, '01890000-0000-7000-8000-000000000000', DEFAULTS as Schedule)).rejects.toMatchObject({ code: 'account_not_found' });
    expect((await account.api.get(PATH)).body).toEqual(DEFAULTS);
  });

  it('documents both routes in the OpenAPI document', async () => {
    const doc = await apiClient(sportello.url).get('/api/v1/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths[PATH]).sort()).toEqual(['get', 'put']);
  });
});
