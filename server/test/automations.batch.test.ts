import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAccount, eventually, startTestSportello, type TestSportello } from './harness.ts';

/**
 * A wave of runs due at the same moment is moved by one worker in batches:
 * the tag steps of the whole batch are done in a few statements. What each
 * contact and each run ends up with must be what the runs would have done
 * one by one — including the runs whose contact was deleted meanwhile.
 */

// Real time, which the test moves forward past every delay at once.
let ahead = 0;
const clock = { now: () => new Date(Date.now() + ahead) };
let sportello: TestSportello;
beforeAll(async () => {
  sportello = await startTestSportello({ clock });
});
afterAll(async () => {
  await sportello?.close();
});

const CONTACTS = 40;
const DELETED = 3;

describe('a wave of due runs', () => {
  it('tags and untags every contact, fails only the runs of deleted contacts, and each change names its run', async () => {
    const { api, accountId } = await createTestAccount(sportello);
    const created = await api.post('/api/v1/automations', {
      name: 'Follow-up wave',
      definition: {
        trigger: { type: 'api' },
        start: 'tag',
        steps: {
          tag: { type: 'add_tag', tag: 'Followed-up', delay: 'PT1H', next: 'untag' },
          untag: { type: 'remove_tag', tag: 'waiting' },
        },
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const automationId = created.body.id as string;
    expect((await api.post(`/api/v1/automations/${automationId}/activate`)).status).toBe(200);

    const contactIds: string[] = [];
    for (let i = 0; i < CONTACTS; i++) {
      const res = await api.post('/api/v1/contacts', { phone: `+3934900${String(i).padStart(5, '0')}`, name: `Wave ${i}`, tags: i % 2 === 0 ? ['waiting'] : [] });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      contactIds.push(res.body.id);
    }
    const runIds = new Map<string, string>();
    for (const contactId of contactIds) {
      const res = await api.post(`/api/v1/automations/${automationId}/start`, { contactId });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      runIds.set(contactId, res.body.id);
    }
    await eventually(
      async () => (await api.get(`/api/v1/automations/${automationId}/runs?status=waiting&limit=200`)).body.data.length === CONTACTS,
      15_000,
      'every run waiting out its delay',
    );

    // With the loop stopped, the whole wave falls due together and the next pass takes it in one batch.
    const executor = sportello.services.automations.executor;
    await executor.stop();
    const deleted = contactIds.slice(0, DELETED);
    for (const id of deleted) expect((await api.delete(`/api/v1/contacts/${id}`)).status).toBe(204);
    ahead += 3600_000 + 1000;
    executor.start();

    const runs = await eventually(
      async () => {
        const data = (await api.get(`/api/v1/automations/${automationId}/runs?limit=200`)).body.data as Array<{ id: string; contactId: string; status: string; reason: string | null }>;
        return data.length === CONTACTS && data.every((r) => r.status !== 'waiting' && r.status !== 'running') ? data : null;
      },
      20_000,
      'every run to end',
    );
    const byContact = new Map(runs.map((r) => [r.contactId, r]));
    for (const id of deleted) {
      expect(byContact.get(id)!.status).toBe('failed');
      expect(byContact.get(id)!.reason).toContain('Contact not found');
    }
    for (const id of contactIds.slice(DELETED)) {
      expect(byContact.get(id)!.status, byContact.get(id)!.reason ?? '').toBe('completed');
      const contact = (await api.get(`/api/v1/contacts/${id}`)).body;
      expect(contact.tags).toEqual(['Followed-up']);
    }

    const timeline = (await api.get(`/api/v1/automation-runs/${runIds.get(contactIds[DELETED + 1]!)}`)).body;
    expect(timeline.timeline.map((s: { stepId: string; status: string }) => [s.stepId, s.status])).toEqual([
      ['tag', 'completed'],
      ['untag', 'completed'],
    ]);

    const { rows: events } = await sportello.deps.database.sql.query<{ type: string; contact_id: string; caused_by_run: string | null }>(
      `SELECT type, contact_id, caused_by_run FROM events WHERE account_id = $1 AND type IN ('contact.tagged', 'contact.untagged') AND caused_by_run IS NOT NULL`,
      [accountId],
    );
    const living = contactIds.slice(DELETED);
    expect(events.filter((e) => e.type === 'contact.tagged').map((e) => e.contact_id).sort()).toEqual([...living].sort());
    expect(events.filter((e) => e.type === 'contact.untagged').map((e) => e.contact_id).sort()).toEqual(living.filter((id) => contactIds.indexOf(id) % 2 === 0).sort());
    for (const e of events) expect(e.caused_by_run).toBe(runIds.get(e.contact_id));
  });
});
