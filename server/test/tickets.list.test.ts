import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../src/lib/clock.ts';
import { createTestAccount, startTestSportello, type ApiClient, type TestSportello } from './harness.ts';

const clock = fixedClock('2026-03-01T09:00:00.000Z');
let sportello: TestSportello;
beforeAll(async () => {
  sportello = await startTestSportello({ clock });
});
afterAll(async () => {
  await sportello?.close();
});

let phoneCounter = 0;
async function newContact(api: ApiClient): Promise<string> {
  phoneCounter += 1;
  const res = await api.post('/api/v1/contacts', { phone: `+39348${String(2_000_000 + phoneCounter * 7919 + (process.pid % 1000)).slice(-7)}` });
  expect(res.status).toBe(201);
  return res.body.id;
}

const HOUR = 3_600_000;

describe('tickets: list, search, sort, pages', () => {
  it('filters, sorts, searches and pages', async () => {
    const { api, userId } = await createTestAccount(sportello, { sandbox: false });
    const c1 = await newContact(api);
    const c2 = await newContact(api);
    clock.set('2026-03-01T09:00:00.000Z');
    const make = async (body: Record<string, unknown>) => {
      clock.advance(60_000);
      const res = await api.post('/api/v1/tickets', body);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body;
    };
    const a = await make({ contactId: c1, title: 'Bravo router guasto', priority: 'low', category: 'Tecnica', description: 'Il modem lampeggia' });
    const b = await make({ contactId: c1, title: 'alpha fattura', priority: 'urgent', category: 'Amministrazione', ownerId: userId });
    const c = await make({ contactId: c2, title: 'Charlie reso', priority: 'high', status: 'Waiting', category: 'Logistica' });
    const d = await make({ contactId: c2, title: 'Delta consegna', priority: 'medium', status: 'Closed', reference: 'SPED-77' });
    clock.advance(60_000);
    await api.post(`/api/v1/tickets/${c.id}/notes`, { text: 'Il corriere Bartolini ha perso il pacco' });

    const ids = async (query: string) => {
      const res = await api.get(`/api/v1/tickets${query}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body.data.map((t: any) => t.id);
    };
    expect(await ids('')).toEqual([d.id, c.id, b.id, a.id]);
    expect(await ids('?sort=createdAt')).toEqual([a.id, b.id, c.id, d.id]);
    expect(await ids('?sort=-priority')).toEqual([b.id, c.id, d.id, a.id]);
    expect(await ids('?sort=priority')).toEqual([a.id, d.id, c.id, b.id]);
    expect(await ids('?sort=title')).toEqual([b.id, a.id, c.id, d.id]);
    expect(await ids('?sort=status')).toEqual([a.id, b.id, c.id, d.id]);
    expect(await ids('?sort=-updatedAt')).toEqual([c.id, d.id, b.id, a.id]);

    expect(await ids('?status=open')).toEqual([b.id, a.id]);
    expect(await ids('?macroStatus=terminated')).toEqual([d.id]);
    expect(await ids('?macroStatus=in_progress')).toEqual([c.id]);
    expect(await ids('?priority=urgent')).toEqual([b.id]);
    expect(await ids('?category=logistica')).toEqual([c.id]);
    expect(await ids('?category=Unknown')).toEqual([]);
    expect(await ids(`?ownerId=${userId}`)).toEqual([b.id]);
    expect(await ids(`?contactId=${c2}`)).toEqual([d.id, c.id]);
    expect(await ids('?from=2026-03-01T09:02:00.000Z&to=2026-03-01T09:03:00.000Z')).toEqual([c.id, b.id]);
    expect(await ids('?from=2026-03-02')).toEqual([]);
    expect(await ids('?to=2026-03-01')).toHaveLength(4);
    expect(await ids('?status=Open&priority=low&sort=-priority')).toEqual([a.id]);

    expect(await ids('?q=router')).toEqual([a.id]);
    expect(await ids('?q=modem')).toEqual([a.id]);
    expect(await ids('?q=bartolini')).toEqual([c.id]);
    expect(await ids('?q=SPED-77')).toEqual([d.id]);
    expect(await ids(`?q=${b.reference}`)).toEqual([b.id]);
    expect(await ids(`?q=${encodeURIComponent('"perso il pacco"')}`)).toEqual([c.id]);
    expect(await ids(`?q=${encodeURIComponent('corriere -bartolini')}`)).toEqual([]);
    expect(await ids('?q=inesistente')).toEqual([]);

    for (const sort of ['createdAt', '-priority', 'title', 'status', '-updatedAt']) {
      const all = await ids(`?sort=${sort}`);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: any = await api.get(`/api/v1/tickets?sort=${sort}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status).toBe(200);
        seen.push(...res.body.data.map((t: any) => t.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen, sort).toEqual(all);
    }
    const page = await api.get('/api/v1/tickets?limit=2&sort=title');
    expect((await api.get(`/api/v1/tickets?limit=2&sort=createdAt&cursor=${page.body.nextCursor}`)).status).toBe(422);
  });
});

describe('tickets: statistics', () => {
  it('computes shares, counts and average closing time over a date range', async () => {
    const { api } = await createTestAccount(sportello, { sandbox: false });
    const contactId = await newContact(api);
    clock.set('2026-04-01T10:00:00.000Z');
    const open = async (title: string, category: string | null, priority: string) => {
      const res = await api.post('/api/v1/tickets', { contactId, title, category, priority });
      expect(res.status).toBe(201);
      return res.body;
    };
    const t1 = await open('uno', 'Resi', 'high');
    const t2 = await open('due', 'Resi', 'low');
    const t3 = await open('tre', 'Fatture', 'high');
    await open('quattro', null, 'urgent');
    clock.advance(2 * HOUR);
    await api.patch(`/api/v1/tickets/${t1.id}`, { status: 'Resolved' });
    clock.advance(2 * HOUR);
    await api.patch(`/api/v1/tickets/${t2.id}`, { status: 'Closed' });
    await api.patch(`/api/v1/tickets/${t3.id}`, { status: 'In progress' });
    clock.set('2026-05-10T10:00:00.000Z');
    await open('fuori', 'Resi', 'low');

    const res = await api.get('/api/v1/tickets/stats?from=2026-04-01&to=2026-04-30');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.byCategory).toEqual([
      { category: 'Resi', count: 2, share: 0.5 },
      { category: 'Fatture', count: 1, share: 0.25 },
      { category: null, count: 1, share: 0.25 },
    ]);
    expect(res.body.byStatus).toEqual([
      { status: 'Open', count: 1 },
      { status: 'In progress', count: 1 },
      { status: 'Waiting', count: 0 },
      { status: 'Resolved', count: 1 },
      { status: 'Closed', count: 1 },
    ]);
    expect(res.body.byPriority).toEqual([
      { priority: 'urgent', count: 1 },
      { priority: 'high', count: 2 },
      { priority: 'medium', count: 0 },
      { priority: 'low', count: 1 },
    ]);
    expect(res.body.avgCloseSecondsByCategory).toEqual([{ category: 'Resi', seconds: 3 * 3600 }]);

    const all = await api.get('/api/v1/tickets/stats');
    expect(all.body.byCategory[0]).toEqual({ category: 'Resi', count: 3, share: 0.6 });
    const empty = await api.get('/api/v1/tickets/stats?from=2030-01-01');
    expect(empty.body.byCategory).toEqual([]);
    expect(empty.body.byPriority.every((p: any) => p.count === 0)).toBe(true);
  });
});
