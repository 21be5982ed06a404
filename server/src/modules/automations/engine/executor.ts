import { joinTransaction, type Tx } from '../../../db/client.ts';
import type { Deps } from '../../../deps.ts';
import { createWorkLoop, type WorkLoop } from '../../../lib/work-loop.ts';
import type { Services } from '../../../services.ts';
import { updateContact } from '../../contacts/contact-changes.ts';
import { loadFieldDefinitions } from '../../contacts/fields.ts';
import { getContactRow } from '../../contacts/service.ts';
import { runSendJob } from '../../conversations/send-message.ts';
import type { StepOf } from '../definition.ts';
import { flattenData } from '../placeholders.ts';
import { callWebhook, pickStored } from '../webhook-call.ts';
import { advance } from './advance.ts';
import { automationPrincipal, effectKey, performEffect, valuesFor, type AfterCommit, type EffectRun, type RunControl } from './effects.ts';
import { isBulkEffect, performBulk, type BulkEffectKind } from './bulk-effects.ts';
import { DefinitionCache, lockDueRuns, lockRun, releaseRun, saveRuns, type RunRow } from './runs.ts';
import type { Effect, EffectResult, EngineEvent, RunState, VisitChange } from './state.ts';

/** How long a webhook's worker holds its run, beyond the call's own time, before another may take it over. */
const LEASE_MS = 30_000;
/** Due runs one transaction takes; each concurrent worker takes its own batch. */
const DUE_BATCH = 100;
/** A run whose step failed unexpectedly is tried again after this long… */
const RETRY_AFTER_FAILURE_MS = 2_000;
/** …up to this many times in a row; then the step fails with the error, and the run with it. */
const MAX_STEP_FAULTS = 5;

type Applied = { applied: boolean; after: AfterCommit; external: { run: EffectRun; effect: Effect } | null };

const notApplied = (): Applied => ({ applied: false, after: { messageIds: [], wake: false }, external: null });

/** A run moving through `applyToLockedRuns`. */
interface Moving {
  row: RunRow;
  state: RunState;
  visits: VisitChange[];
  /** Whether any event moved the run (then it is saved). */
  applied: boolean;
  /** The event to apply next: the first one, then each effect's result. */
  event: EngineEvent | null;
  /** The internal effect the run waits for in this round. */
  asked: Effect | null;
  /** The webhook call to perform once the transaction committed. */
  external: Effect | null;
  /** Set when a step threw: the run is saved as it stands and due again then. */
  retryAt: string | null;
  after: AfterCommit;
}

export interface Executor extends WorkLoop {
  /**
   * Applies one event to one run now (a reply, a start, a hand-made stop). True when it moved the run.
   * With `revision`, only if the run has not changed since it was read (a claimed due run).
   */
  process(runId: string, event: EngineEvent, revision?: number): Promise<boolean>;
}

/**
 * Moves runs forward. Each event is applied in one transaction that locks the
 * run, runs the pure `advance`, performs the internal effects it asks for and
 * saves the new state: all of it commits or none. An effect that talks to the
 * outside world (a webhook) is first saved as pending with a lease, then
 * performed, then its result is applied like any event — so a worker that
 * dies half-way leaves a run another worker resumes under the same key.
 */
export function createExecutor(deps: Deps, services: Services, control: RunControl, options: { concurrency?: number } = {}): Executor {
  const definitions = new DefinitionCache();
  const concurrency = options.concurrency ?? (deps.database.kind === 'pglite' ? 1 : 8);

  async function process(runId: string, first: EngineEvent, revision?: number): Promise<boolean> {
    let event: EngineEvent | null = first;
    let expected = revision;
    let moved = false;
    while (event) {
      const outcome = await applyInTransaction(runId, event, expected);
      expected = undefined;
      moved ||= outcome.applied;
      event = await finish(outcome);
    }
    return moved;
  }

  async function applyInTransaction(runId: string, event: EngineEvent, expectedRevision: number | undefined): Promise<Applied> {
    return deps.database.transaction(async (tx) => {
      const row = await lockRun(tx, runId);
      if (!row || row.state.phase === 'done') return notApplied();
      // Moved by someone else since the caller read it: that change set its own due time, and
      // repeating its pending effect would do it twice.
      if (expectedRevision !== undefined && row.revision !== expectedRevision) return notApplied();
      const [outcome] = await applyToLockedRuns(tx, [row], event, { isolate: false });
      return outcome!;
    });
  }

  /**
   * The heart of every change, for one run or a batch this transaction has
   * locked: each run goes through `advance` and the internal effects it asks
   * for, in rounds, and all the runs' states are saved together at the end.
   * In each round the effects one statement can do for every run (tags) are
   * done at once; the others run one by one. With `isolate`, each of those
   * has a savepoint, so a step that throws leaves its neighbours alone: its
   * run keeps what it reached (its effect still pending) and is due again
   * shortly. Without it, the error undoes the transaction.
   */
  async function applyToLockedRuns(tx: Tx, rows: readonly RunRow[], event: EngineEvent, { isolate }: { isolate: boolean }): Promise<Applied[]> {
    const txDeps: Deps = { ...deps, database: joinTransaction(deps.database.kind, tx) };
    const now = deps.clock.now();
    const moving: Moving[] = rows.map((row) => ({
      row,
      state: row.state,
      visits: [],
      applied: false,
      event,
      asked: null,
      external: null,
      retryAt: null,
      after: { messageIds: [], wake: false },
    }));
    for (;;) {
      for (const m of moving) if (m.event) await step(tx, m, now, isolate);
      const asking = moving.filter((m) => m.asked);
      if (asking.length === 0) break;
      await performAsked(tx, txDeps, asking, now, isolate);
    }
    const released = moving.filter((m) => !m.applied && event.type === 'timer_fired');
    // A due run that had nothing to do (a reply moved it first): its due time goes back to what the state says.
    for (const m of released) await releaseRun(tx.sql, m.row.id, m.state.wakeAt);
    const changes = moving
      .filter((m) => m.applied)
      .map((m) => ({ run: m.row, state: m.state, visits: m.visits, wakeAt: m.retryAt ?? leaseOf(m.external, now) }));
    await saveRuns(tx, changes, now);
    return moving.map((m) => ({
      applied: m.applied,
      after: m.after,
      external: m.external && !m.retryAt ? { run: runOf(m.row, m.state), effect: m.external } : null,
    }));
  }

  /** Applies a run's pending event; stops at the effect it asks for, if any. */
  async function step(tx: Tx, m: Moving, now: Date, isolate: boolean): Promise<void> {
    const event = m.event!;
    m.event = null;
    try {
      const definition = await definitions.get(tx.sql, m.row.automation_id, m.row.version);
      const result = advance(definition, m.state, event, now);
      if (!result.applied) return;
      m.applied = true;
      m.state = result.state;
      m.visits.push(...result.visits);
      const effect = result.effects[0];
      if (effect?.kind === 'send_webhook') m.external = effect;
      else if (effect) m.asked = effect;
    } catch (err) {
      if (!isolate) throw err;
      retryLater(m, now, err);
    }
  }

  /** Performs the effects asked in this round and hands each run its result. */
  async function performAsked(tx: Tx, txDeps: Deps, asking: Moving[], now: Date, isolate: boolean): Promise<void> {
    const one: Moving[] = [];
    for (const kind of new Set(asking.map((m) => m.asked!.kind))) {
      const members = asking.filter((m) => m.asked!.kind === kind);
      if (isBulkEffect(kind) && members.length > 1 && (await performInBulk(tx, kind, members, now))) continue;
      one.push(...members);
    }
    for (const m of one) await performOne(tx, txDeps, m, now, isolate);
  }

  /** False when the statement failed: its savepoint undid it, and the members go one by one instead. */
  async function performInBulk(tx: Tx, kind: BulkEffectKind, members: Moving[], now: Date): Promise<boolean> {
    await tx.sql.query('SAVEPOINT bulk_effect');
    try {
      const results = await performBulk(tx, kind, members.map((m) => ({ run: runOf(m.row, m.state), effect: m.asked! })), now);
      await tx.sql.query('RELEASE SAVEPOINT bulk_effect');
      members.forEach((m, i) => resolve(m, results[i]!));
      return true;
    } catch (err) {
      await tx.sql.query('ROLLBACK TO SAVEPOINT bulk_effect');
      deps.log.warn({ err, kind, runs: members.length }, 'automation effects: the batch statement failed; performing them one by one');
      return false;
    }
  }

  async function performOne(tx: Tx, txDeps: Deps, m: Moving, now: Date, isolate: boolean): Promise<void> {
    if (isolate) await tx.sql.query('SAVEPOINT run_effect');
    try {
      // Events recorded meanwhile name the run that caused them (the loop guard follows them).
      await tx.sql.query(`SELECT set_config('sportello.cause_run', $1, true)`, [m.row.id]);
      const result = await performEffect(txDeps, control, runOf(m.row, m.state), m.asked!, m.after);
      if (isolate) await tx.sql.query('RELEASE SAVEPOINT run_effect');
      resolve(m, result);
    } catch (err) {
      if (!isolate) throw err;
      await tx.sql.query('ROLLBACK TO SAVEPOINT run_effect');
      m.after = { messageIds: [], wake: false };
      const faults = (m.state.faults ?? 0) + 1;
      if (faults < MAX_STEP_FAULTS) {
        m.state = { ...m.state, faults };
        retryLater(m, now, err);
        return;
      }
      deps.log.error({ err, runId: m.row.id, faults }, 'automation step kept failing; the run fails');
      resolve(m, { ok: false, reason: `failed ${faults} times in a row: ${(err as Error).message}` });
    }
  }

  function resolve(m: Moving, result: EffectResult): void {
    m.event = { type: 'effect_done', key: m.asked!.key, result };
    m.asked = null;
    if (m.state.faults) m.state = { ...m.state, faults: undefined };
  }

  /** The run keeps what it reached, its effect still pending; it is due again after a pause. */
  function retryLater(m: Moving, now: Date, err: unknown): void {
    deps.log.error({ err, runId: m.row.id }, 'automation run step failed; retrying');
    m.asked = null;
    m.event = null;
    m.applied = true;
    m.retryAt = new Date(now.getTime() + RETRY_AFTER_FAILURE_MS).toISOString();
  }

  /** What a committed change leaves to do: send its messages, wake the loop, call its webhook. */
  async function finish(outcome: Applied): Promise<EngineEvent | null> {
    for (const messageId of outcome.after.messageIds) {
      // The send job would do it within a second; doing it now keeps replies snappy. The
      // message's attempt lease keeps the two from both sending.
      await runSendJob(deps, services, messageId).catch((err) => deps.log.warn({ err, messageId }, 'automation message: first attempt failed; its job retries'));
    }
    if (outcome.after.wake) loop.wake();
    return outcome.external ? performExternal(outcome.external.run, outcome.external.effect) : null;
  }

  /** The one effect performed outside a transaction: an HTTP call that may take seconds. */
  async function performExternal(run: EffectRun, effect: Effect): Promise<EngineEvent> {
    const step = effect.step as StepOf<'send_webhook'>;
    const contact = await getContactRow(deps.database.db, automationPrincipal(run.accountId), run.contactId).catch(() => null);
    if (!contact) return { type: 'effect_done', key: effect.key, result: { ok: false, reason: 'The contact no longer exists' } };
    const values = await valuesFor(deps, run);
    const secretRow = await deps.database.sql.query<{ secret: string }>(`SELECT secret FROM automations WHERE id = $1`, [run.automationId]);
    const outcome = await callWebhook({
      url: step.url,
      body: {
        event: 'automation.step',
        automationId: run.automationId,
        runId: run.id,
        stepId: effect.stepId,
        contact: { id: contact.id, phone: contact.phone, name: contact.name, email: contact.email, language: contact.language, fields: contact.fields },
        fields: values,
        data: flattenData(run.state.data),
      },
      secret: secretRow.rows[0]?.secret ?? '',
      deliveryId: effectKey(run, effect),
      headers: step.headers,
      timeoutMs: step.timeoutMs,
      retries: step.retries,
    });
    let result: EffectResult;
    if (!outcome.ok) result = { ok: false, reason: outcome.reason };
    else {
      const stored = step.store ? pickStored(outcome.json, step.store) : {};
      result = { ok: true, output: { WEBHOOK_STATUS: outcome.status, ...Object.fromEntries(Object.entries(stored).map(([k, v]) => [k.toUpperCase(), v])) } };
      if (Object.keys(stored).length > 0) result = await storeWebhookFields(run, stored, result);
    }
    return { type: 'effect_done', key: effect.key, result };
  }

  /** Answer fields that name a dynamic field are stored on the contact too; unknown ones stay in run data. */
  async function storeWebhookFields(run: EffectRun, stored: Record<string, unknown>, result: EffectResult): Promise<EffectResult> {
    const known = new Set((await loadFieldDefinitions(deps.database.db, run.accountId)).map((f) => f.key.toUpperCase()));
    const fields = Object.fromEntries(
      Object.entries(stored)
        .filter(([k, v]) => known.has(k.toUpperCase()) && (typeof v !== 'object' || v === null))
        .map(([k, v]) => [k.toUpperCase(), v]),
    );
    if (Object.keys(fields).length === 0) return result;
    try {
      await updateContact(deps, automationPrincipal(run.accountId), run.contactId, { fields });
      return result;
    } catch (err) {
      return { ok: false, reason: `The answer could not be stored in the contact's fields: ${(err as Error).message}` };
    }
  }

  /**
   * One batch of due runs in one transaction: locked with SKIP LOCKED (so
   * other workers take other rows, and a worker that dies releases its rows
   * with its connection), moved together and saved together. One commit and
   * a handful of statements for the batch, instead of several per run, is
   * what lets workers keep up with a wave of timeouts.
   */
  async function dueBatch(): Promise<number> {
    let outcomes: Array<{ runId: string; outcome: Applied }> = [];
    const count = await deps.database.transaction(async (tx) => {
      const rows = await lockDueRuns(tx, deps.clock.now(), DUE_BATCH);
      const applied = await applyToLockedRuns(tx, rows, { type: 'timer_fired' }, { isolate: true });
      outcomes = rows.map((row, i) => ({ runId: row.id, outcome: applied[i]! }));
      return rows.length;
    });
    for (const { runId, outcome } of outcomes) {
      const event = await finish(outcome);
      if (event) await process(runId, event);
    }
    return count;
  }

  async function pass(): Promise<number> {
    const counts = await Promise.all(Array.from({ length: concurrency }, () => dueBatch()));
    return counts.reduce((a, b) => a + b, 0);
  }

  const loop = createWorkLoop({ name: 'automation-runs', pass, pollMs: 500, log: deps.log });
  return { ...loop, process };
}

/** How long the run stays claimed by the worker calling its webhook; undefined when there is no call. */
function leaseOf(external: Effect | null, now: Date): string | undefined {
  return external ? new Date(now.getTime() + webhookLeaseMs(external.step as StepOf<'send_webhook'>)).toISOString() : undefined;
}

function runOf(row: RunRow, state: RunRow['state']): EffectRun {
  return { id: row.id, accountId: row.account_id, automationId: row.automation_id, contactId: row.contact_id, depth: row.depth, state };
}

/** Long enough for every attempt of the call and its back-offs, so no other worker repeats it meanwhile. */
function webhookLeaseMs(step: StepOf<'send_webhook'>): number {
  let backoff = 0;
  for (let i = 0; i < step.retries; i++) backoff += Math.min(30_000, 1000 * 2 ** i);
  return (step.retries + 1) * step.timeoutMs + backoff + LEASE_MS;
}
