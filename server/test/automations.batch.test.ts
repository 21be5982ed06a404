import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExecutor } from '../src/modules/automations/engine/executor.ts';
import type { RunControl } from '../src/modules/automations/engine/effects.ts';
import { createTestAccount, eventually, startTestSportello, type ApiClient, type TestSportello } from './harness.ts';

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

async function activeAutomation(api: ApiClient, name: string, definition: unknown): Promise<string> {
  const created = await api.post('/api/v1/automations', { name, definition });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect((await api.post(`/api/v1/automations/${created.body.id}/activate`)).status).toBe(200);
  return created.body.id;
}

describe('a step that throws', () => {
  it('is tried again a few times, then fails its run with the error, while the rest of its batch goes on', async () => {
    const { api } = await createTestAccount(sportello);
    const faulty = await activeAutomation(api, 'Faulty', {
      trigger: { type: 'api' },
      start: 'stop',
      steps: { stop: { type: 'terminate_automations', next: 'tag' }, tag: { type: 'add_tag', tag: 'never' } },
    });
    const healthy = await activeAutomation(api, 'Healthy', { trigger: { type: 'api' }, start: 'tag', steps: { tag: { type: 'add_tag', tag: 'fine' } } });

    // A second executor whose "terminate automations" throws stands in for a bug; the real one is paused.
    const main = sportello.services.automations.executor;
    await main.stop();
    const broken: RunControl = {
      terminateOtherRuns: () => Promise.reject(new Error('the run control is broken')),
      startChildRun: () => Promise.reject(new Error('unused')),
    };
    const executor = createExecutor(sportello.deps, sportello.services, broken);
    try {
      const contacts: string[] = [];
      for (let i = 0; i < 4; i++) contacts.push((await api.post('/api/v1/contacts', { phone: `+3934911${String(i).padStart(5, '0')}` })).body.id);
      const faultyRun = (await api.post(`/api/v1/automations/${faulty}/start`, { contactId: contacts[0] })).body.id as string;
      const healthyRuns: string[] = [];
      for (const contactId of contacts.slice(1)) healthyRuns.push((await api.post(`/api/v1/automations/${healthy}/start`, { contactId })).body.id);
      executor.start();

      for (const id of healthyRuns) {
        const run = await eventually(async () => ((await api.get(`/api/v1/automation-runs/${id}`)).body.status === 'completed' ? true : null), 10_000, 'healthy runs');
        expect(run).toBe(true);
      }
      // Each retry waits 2 s; moving the clock on makes the next one due at once.
      const failed = await eventually(
        async () => {
          ahead += 2500;
          executor.wake();
          const run = (await api.get(`/api/v1/automation-runs/${faultyRun}`)).body;
          return run.status === 'failed' ? run : null;
        },
        20_000,
        'the faulty run to fail',
      );
      expect(failed.reason).toContain('failed 5 times in a row: the run control is broken');
      expect(failed.timeline.map((s: { stepId: string; status: string }) => [s.stepId, s.status])).toEqual([['stop', 'failed']]);
      expect((await api.get(`/api/v1/contacts/${contacts[0]}`)).body.tags).toEqual([]);
    } finally {
      await executor.stop();
      main.start();
    }
  });
});
