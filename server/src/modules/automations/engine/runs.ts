import type { SqlExecutor, Tx } from '../../../db/client.ts';
import { recordEvents } from '../../../events/outbox.ts';
import type { EventInput } from '../../../events/types.ts';
import { newId } from '../../../lib/ids.ts';
import type { Definition } from '../definition.ts';
import { newRunState, type RunState, type VisitChange } from './state.ts';

/** Runs whose chain of automations starting each other is deeper than this are stopped. */
export const MAX_RUN_DEPTH = 5;

export interface RunRow {
  id: string;
  account_id: string;
  automation_id: string;
  version: number;
  contact_id: string;
  status: RunState['status'];
  revision: number;
  depth: number;
  state: RunState;
  trigger_type: string;
  started_at: Date;
  ended_at: Date | null;
}

export interface NewRun {
  accountId: string;
  automationId: string;
  version: number;
  contactId: string;
  triggerType: string;
  /** One run per (automation, contact, key): a replayed event or request starts nothing new. */
  triggerKey: string;
  data: Record<string, unknown>;
  depth: number;
}

/**
 * Inserts runs due at once, skipping a contact already in the automation (one
 * run under way per automation and contact) and keys seen before. A run
 * deeper than MAX_RUN_DEPTH is stored as failed by the loop guard, so the
 * stop shows in the automation's report. Returns the ids of runs that will go.
 */
export async function insertRuns(tx: Tx, runs: readonly NewRun[], now: Date): Promise<string[]> {
  if (runs.length === 0) return [];
  const rows = runs.map((r) => {
    const stopped = r.depth > MAX_RUN_DEPTH;
    const state = newRunState(r.data);
    if (stopped) {
      state.status = 'failed';
      state.phase = 'done';
      state.reason = `Stopped by the loop guard: automations started each other more than ${MAX_RUN_DEPTH} times in a row`;
    }
    return {
      id: newId(),
      account_id: r.accountId,
      automation_id: r.automationId,
      version: r.version,
      contact_id: r.contactId,
      status: state.status,
      wake_at: stopped ? null : now.toISOString(),
      state,
      depth: r.depth,
      trigger_type: r.triggerType,
      trigger_key: r.triggerKey,
      reason: state.reason,
      started_at: now.toISOString(),
      ended_at: stopped ? now.toISOString() : null,
    };
  });
  const { rows: inserted } = await tx.sql.query<{ id: string; status: string; account_id: string; automation_id: string; contact_id: string; trigger_type: string }>(
    `INSERT INTO automation_runs (id, account_id, automation_id, version, contact_id, status, wake_at, state, depth, trigger_type, trigger_key, reason, started_at, ended_at)
     SELECT id, account_id, automation_id, version, contact_id, status, wake_at, state, depth, trigger_type, trigger_key, reason, started_at, ended_at
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, account_id uuid, automation_id uuid, version int, contact_id uuid, status text, wake_at timestamptz,
                                             state jsonb, depth int, trigger_type text, trigger_key text, reason text, started_at timestamptz, ended_at timestamptz)
     ON CONFLICT DO NOTHING
     RETURNING id, status, account_id, automation_id, contact_id, trigger_type`,
    [JSON.stringify(rows)],
  );
  const events: EventInput[] = inserted.map((r) => ({
    accountId: r.account_id,
    type: r.status === 'failed' ? 'automation.finished' : 'automation.started',
    contactId: r.contact_id,
    payload: { runId: r.id, automationId: r.automation_id, contactId: r.contact_id, trigger: r.trigger_type, status: r.status },
  }));
  await recordEvents(tx, events);
  return inserted.filter((r) => r.status !== 'failed').map((r) => r.id);
}

/**
 * Locks runs that are due (a new run, an ended delay or wait, a webhook whose
 * worker's lease ran out) for this transaction; other workers skip them, and
 * a worker that dies releases them with its connection.
 */
export async function lockDueRuns(tx: Tx, now: Date, limit: number): Promise<RunRow[]> {
  const { rows } = await tx.sql.query<RunRow>(
    `SELECT id, account_id, automation_id, version, contact_id, status, revision, depth, state, trigger_type, started_at, ended_at
       FROM automation_runs WHERE wake_at <= $1 ORDER BY wake_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [now.toISOString(), limit],
  );
  return rows;
}

export async function lockRun(tx: Tx, runId: string): Promise<RunRow | undefined> {
  const { rows } = await tx.sql.query<RunRow>(
    `SELECT id, account_id, automation_id, version, contact_id, status, revision, depth, state, trigger_type, started_at, ended_at
       FROM automation_runs WHERE id = $1 FOR UPDATE`,
    [runId],
  );
  return rows[0];
}

/** A run's change to write: its new state, its timeline changes, and a due time that overrides the state's (a lease). */
export interface RunChange {
  run: RunRow;
  state: RunState;
  visits: readonly VisitChange[];
  wakeAt?: string | null;
}

/** Writes one run's new state and its timeline changes. */
export async function saveRun(tx: Tx, run: RunRow, state: RunState, visits: readonly VisitChange[], now: Date, wakeAt?: string | null): Promise<void> {
  await saveRuns(tx, [{ run, state, visits, wakeAt }], now);
}

/**
 * Writes the changes of many runs in three statements whatever their number
 * (states, timeline rows, `automation.finished` events): a worker applying a
 * wave of due runs spends its time on them, not on round trips.
 */
export async function saveRuns(tx: Tx, changes: readonly RunChange[], now: Date): Promise<void> {
  if (changes.length === 0) return;
  const at = now.toISOString();
  const states = changes.map(({ run, state, wakeAt }) => ({
    id: run.id,
    status: state.status,
    current_step: state.step,
    waiting_for: state.phase === 'reply' ? 'reply' : null,
    wake_at: wakeAt !== undefined ? wakeAt : state.wakeAt,
    state,
    reason: state.reason,
    ended_at: state.phase === 'done' ? at : null,
  }));
  await tx.sql.query(
    `UPDATE automation_runs AS r SET status = u.status, current_step = u.current_step, waiting_for = u.waiting_for, wake_at = u.wake_at,
            revision = r.revision + 1, state = u.state, reason = u.reason, ended_at = u.ended_at
       FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, status text, current_step text, waiting_for text, wake_at timestamptz, state jsonb,
                                             reason text, ended_at timestamptz)
      WHERE r.id = u.id`,
    [JSON.stringify(states)],
  );
  await saveVisits(tx, changes);
  const finished = changes.filter(({ run, state }) => state.phase === 'done' && run.status !== state.status);
  await recordEvents(
    tx,
    finished.map(({ run, state }) => ({
      accountId: run.account_id,
      type: 'automation.finished',
      contactId: run.contact_id,
      causedByRun: run.id,
      payload: { runId: run.id, automationId: run.automation_id, contactId: run.contact_id, status: state.status, reason: state.reason, path: state.path },
    })),
  );
}

/** Puts back the due time of a run a worker claimed but had nothing to do for. */
export async function releaseRun(sql: SqlExecutor, runId: string, wakeAt: string | null): Promise<void> {
  await sql.query(`UPDATE automation_runs SET wake_at = $2 WHERE id = $1`, [runId, wakeAt]);
}

/** Timeline rows as stored: several changes of one visit in one call fold into its last state. */
export function timelineRows(visits: readonly VisitChange[]) {
  const bySeq = new Map<number, VisitChange>();
  for (const v of visits) bySeq.set(v.seq, { ...bySeq.get(v.seq), ...v });
  return [...bySeq.values()].map((v) => ({
    seq: v.seq,
    step_id: v.stepId,
    status: v.status,
    outcome: v.outcome ?? null,
    reason: v.reason ?? null,
    entered_at: v.enteredAt ?? null,
    finished_at: v.finishedAt ?? null,
  }));
}

async function saveVisits(tx: Tx, changes: readonly RunChange[]): Promise<void> {
  const rows = changes.flatMap(({ run, visits }) =>
    timelineRows(visits).map((v) => ({ ...v, account_id: run.account_id, run_id: run.id, automation_id: run.automation_id })),
  );
  if (rows.length === 0) return;
  await tx.sql.query(
    `INSERT INTO automation_run_steps (account_id, run_id, automation_id, seq, step_id, status, outcome, reason, entered_at, finished_at)
     SELECT v.account_id, v.run_id, v.automation_id, v.seq, v.step_id, v.status, v.outcome, v.reason, coalesce(v.entered_at, now()), v.finished_at
       FROM jsonb_to_recordset($1::jsonb) AS v(account_id uuid, run_id uuid, automation_id uuid, seq int, step_id text, status text, outcome text,
                                              reason text, entered_at timestamptz, finished_at timestamptz)
     ON CONFLICT (run_id, seq) DO UPDATE SET
       status = excluded.status,
       outcome = coalesce(excluded.outcome, automation_run_steps.outcome),
       reason = coalesce(excluded.reason, automation_run_steps.reason),
       finished_at = coalesce(excluded.finished_at, automation_run_steps.finished_at)`,
    [JSON.stringify(rows)],
  );
}

/** Definitions by (automation, version): versions never change, so they are cached for good. */
export class DefinitionCache {
  private readonly byKey = new Map<string, Definition>();

  async get(sql: SqlExecutor, automationId: string, version: number): Promise<Definition> {
    const key = `${automationId}:${version}`;
    const cached = this.byKey.get(key);
    if (cached) return cached;
    const { rows } = await sql.query<{ definition: Definition }>(`SELECT definition FROM automation_versions WHERE automation_id = $1 AND version = $2`, [
      automationId,
      version,
    ]);
    if (!rows[0]) throw new Error(`Automation ${automationId} has no version ${version}`);
    if (this.byKey.size > 10_000) this.byKey.clear();
    this.byKey.set(key, rows[0].definition);
    return rows[0].definition;
  }
}
