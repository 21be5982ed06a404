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
import { DefinitionCache, lockDueRuns, lockRun, releaseRun, saveRun, type RunRow } from './runs.ts';
import type { Effect, EffectResult, EngineEvent } from './state.ts';

/** How long a webhook's worker holds its run, beyond the call's own time, before another may take it over. */
const LEASE_MS = 30_000;
/** Due runs one transaction takes; each concurrent worker takes its own batch. */
const DUE_BATCH = 25;
/** A run whose step failed unexpectedly is tried again after this long. */
const RETRY_AFTER_FAILURE_MS = 2_000;

type Applied = { applied: boolean; after: AfterCommit; external: { run: EffectRun; effect: Effect } | null };

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
    const after: AfterCommit = { messageIds: [], wake: false };
    return deps.database.transaction(async (tx) => {
      const row = await lockRun(tx, runId);
      if (!row || row.state.phase === 'done') return { applied: false, after, external: null };
      // Moved by someone else since the caller read it: that change set its own due time, and
      // repeating its pending effect would do it twice.
      if (expectedRevision !== undefined && row.revision !== expectedRevision) return { applied: false, after, external: null };
      return applyToLockedRun(tx, row, event, after);
    });
  }

  /** The heart of every change: `advance`, the internal effects it asks for, and the save, on a run this transaction has locked. */
  async function applyToLockedRun(tx: Tx, row: RunRow, event: EngineEvent, after: AfterCommit): Promise<Applied> {
    const definition = await definitions.get(tx.sql, row.automation_id, row.version);
    // Events recorded by this transaction name the run that caused them (the loop guard follows them).
    await tx.sql.query(`SELECT set_config('sportello.cause_run', $1, true)`, [row.id]);
    const txDeps: Deps = { ...deps, database: joinTransaction(deps.database.kind, tx) };
    const now = deps.clock.now();
    let state = row.state;
    let next: EngineEvent = event;
    let applied = false;
    const visits = [];
    let external: Effect | null = null;
    for (;;) {
      const result = advance(definition, state, next, now);
      if (!result.applied) break;
      applied = true;
      state = result.state;
      visits.push(...result.visits);
      const effect = result.effects[0];
      if (!effect) break;
      if (effect.kind === 'send_webhook') {
        external = effect;
        break;
      }
      const outcome = await performEffect(txDeps, control, runOf(row, state), effect, after);
      next = { type: 'effect_done', key: effect.key, result: outcome };
    }
    if (!applied) {
      // A due run that had nothing to do (a reply moved it first): its due time goes back to what the state says.
      if (event.type === 'timer_fired') await releaseRun(tx.sql, row.id, state.wakeAt);
      return { applied: false, after, external: null };
    }
    const lease = external ? new Date(now.getTime() + webhookLeaseMs(external.step as StepOf<'send_webhook'>)).toISOString() : undefined;
    await saveRun(tx, row, state, visits, now, lease);
    return { applied, after, external: external ? { run: runOf(row, state), effect: external } : null };
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
   * with its connection), each applied under a savepoint so that one run's
   * unexpected failure does not undo its neighbours. One commit for the batch
   * instead of one per run is what lets a worker keep up with a wave of
   * timeouts.
   */
  async function dueBatch(): Promise<number> {
    const outcomes: Array<{ runId: string; outcome: Applied }> = [];
    const count = await deps.database.transaction(async (tx) => {
      const rows = await lockDueRuns(tx, deps.clock.now(), DUE_BATCH);
      for (const row of rows) {
        await tx.sql.query('SAVEPOINT due_run');
        try {
          const outcome = await applyToLockedRun(tx, row, { type: 'timer_fired' }, { messageIds: [], wake: false });
          await tx.sql.query('RELEASE SAVEPOINT due_run');
          outcomes.push({ runId: row.id, outcome });
        } catch (err) {
          await tx.sql.query('ROLLBACK TO SAVEPOINT due_run');
          deps.log.error({ err, runId: row.id }, 'automation run step failed; retrying');
          await releaseRun(tx.sql, row.id, new Date(deps.clock.now().getTime() + RETRY_AFTER_FAILURE_MS).toISOString());
        }
      }
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

function runOf(row: RunRow, state: RunRow['state']): EffectRun {
  return { id: row.id, accountId: row.account_id, automationId: row.automation_id, contactId: row.contact_id, depth: row.depth, state };
}

/** Long enough for every attempt of the call and its back-offs, so no other worker repeats it meanwhile. */
function webhookLeaseMs(step: StepOf<'send_webhook'>): number {
  let backoff = 0;
  for (let i = 0; i < step.retries; i++) backoff += Math.min(30_000, 1000 * 2 ** i);
  return (step.retries + 1) * step.timeoutMs + backoff + LEASE_MS;
}
