import { sql } from 'drizzle-orm';
import type { Deps } from '../../deps.ts';
import { newId } from '../../lib/ids.ts';
import type { Principal } from '../accounts/principal.ts';
import { changeMembership, ensureList } from '../contacts/lists.ts';
import { contacts } from '../contacts/schema.ts';
import { getContactRow } from '../contacts/service.ts';
import type { AutomationEngine } from './engine/engine.ts';
import type { RunState, RunStatus } from './engine/state.ts';
import { AutomationsError } from './errors.ts';
import { getAutomation } from './service.ts';

export interface RunView {
  id: string;
  automationId: string;
  version: number;
  contactId: string;
  status: RunStatus;
  currentStep: string | null;
  path: string[];
  depth: number;
  trigger: string;
  reason: string | null;
  waitingUntil: string | null;
  data: Record<string, unknown>;
  startedAt: Date;
  endedAt: Date | null;
}

export interface TimelineEntry {
  seq: number;
  stepId: string;
  status: string;
  outcome: string | null;
  reason: string | null;
  enteredAt: Date;
  finishedAt: Date | null;
}

interface RunRecord {
  id: string;
  automation_id: string;
  version: number;
  contact_id: string;
  status: RunStatus;
  current_step: string | null;
  depth: number;
  trigger_type: string;
  reason: string | null;
  state: RunState;
  started_at: Date;
  ended_at: Date | null;
}

const RUN_COLUMNS = 'id, automation_id, version, contact_id, status, current_step, depth, trigger_type, reason, state, started_at, ended_at';

function toRunView(r: RunRecord): RunView {
  return {
    id: r.id,
    automationId: r.automation_id,
    version: r.version,
    contactId: r.contact_id,
    status: r.status,
    currentStep: r.current_step,
    path: r.state.path,
    depth: r.depth,
    trigger: r.trigger_type,
    reason: r.reason,
    waitingUntil: r.status === 'waiting' ? r.state.wakeAt : null,
    data: r.state.data,
    startedAt: new Date(r.started_at),
    endedAt: r.ended_at ? new Date(r.ended_at) : null,
  };
}

/** Starts a run for a contact from the API (the `api` trigger, or any active automation). */
export async function startRunByApi(
  deps: Pick<Deps, 'database'>,
  engine: AutomationEngine,
  principal: Principal,
  automationId: string,
  input: { contactId: string; data?: Record<string, unknown>; idempotencyKey?: string },
): Promise<RunView> {
  const automation = await getAutomation(deps, principal.accountId, automationId);
  if (automation.status !== 'active') throw new AutomationsError('not_active', 'This automation is not active: activate it to start runs');
  await getContactRow(deps.database.db, principal, input.contactId).catch(() => {
    throw new AutomationsError('contact_not_found', 'Contact not found', { field: 'contactId' });
  });
  const triggerKey = `api:${input.idempotencyKey ?? newId()}`;
  const [id] = await engine.startRuns([
    {
      accountId: principal.accountId,
      automationId,
      version: automation.version,
      contactId: input.contactId,
      triggerType: 'api',
      triggerKey,
      data: input.data ?? {},
      depth: 0,
    },
  ]);
  if (id) return getRun(deps, principal.accountId, id);
  // The same Idempotency-Key again: the run it started.
  const { rows } = await deps.database.sql.query<RunRecord>(
    `SELECT ${RUN_COLUMNS} FROM automation_runs WHERE automation_id = $1 AND contact_id = $2 AND trigger_key = $3`,
    [automationId, input.contactId, triggerKey],
  );
  if (rows[0]) return toRunView(rows[0]);
  throw new AutomationsError('already_in_automation', 'This contact is already going through this automation');
}

export async function getRun(deps: Pick<Deps, 'database'>, accountId: string, runId: string): Promise<RunView> {
  if (!/^[0-9a-f-]{36}$/i.test(runId)) throw new AutomationsError('run_not_found', 'Run not found');
  const { rows } = await deps.database.sql.query<RunRecord>(`SELECT ${RUN_COLUMNS} FROM automation_runs WHERE account_id = $1 AND id = $2`, [accountId, runId]);
  if (!rows[0]) throw new AutomationsError('run_not_found', 'Run not found');
  return toRunView(rows[0]);
}

export async function listRuns(
  deps: Pick<Deps, 'database'>,
  accountId: string,
  filter: { automationId?: string; contactId?: string; status?: RunStatus; step?: string; cursor?: string; limit: number },
): Promise<{ data: RunView[]; nextCursor: string | null }> {
  const { rows } = await deps.database.sql.query<RunRecord>(
    `SELECT ${RUN_COLUMNS} FROM automation_runs
      WHERE account_id = $1 AND ($2::uuid IS NULL OR automation_id = $2) AND ($3::uuid IS NULL OR contact_id = $3)
        AND ($4::text IS NULL OR status = $4) AND ($5::text IS NULL OR current_step = $5) AND ($6::uuid IS NULL OR id < $6)
      ORDER BY id DESC LIMIT $7`,
    [accountId, filter.automationId ?? null, filter.contactId ?? null, filter.status ?? null, filter.step ?? null, filter.cursor ?? null, filter.limit + 1],
  );
  const page = rows.slice(0, filter.limit).map(toRunView);
  return { data: page, nextCursor: rows.length > filter.limit ? page.at(-1)!.id : null };
}

export async function runTimeline(deps: Pick<Deps, 'database'>, accountId: string, runId: string): Promise<TimelineEntry[]> {
  await getRun(deps, accountId, runId);
  const { rows } = await deps.database.sql.query<{
    seq: number;
    step_id: string;
    status: string;
    outcome: string | null;
    reason: string | null;
    entered_at: Date;
    finished_at: Date | null;
  }>(`SELECT seq, step_id, status, outcome, reason, entered_at, finished_at FROM automation_run_steps WHERE account_id = $1 AND run_id = $2 ORDER BY seq`, [
    accountId,
    runId,
  ]);
  return rows.map((r) => ({
    seq: r.seq,
    stepId: r.step_id,
    status: r.status,
    outcome: r.outcome,
    reason: r.reason,
    enteredAt: new Date(r.entered_at),
    finishedAt: r.finished_at ? new Date(r.finished_at) : null,
  }));
}

export interface StepReport {
  stepId: string;
  entered: number;
  waiting: number;
  completed: number;
  failed: number;
}

export interface AutomationReport {
  runs: { total: number; running: number; waiting: number; completed: number; terminated: number; failed: number };
  steps: StepReport[];
}

/** Per automation and per step: how many entered, are waiting there now, went on, failed. */
export async function automationReport(deps: Pick<Deps, 'database'>, accountId: string, automationId: string): Promise<AutomationReport> {
  const automation = await getAutomation(deps, accountId, automationId);
  const { rows: byStatus } = await deps.database.sql.query<{ status: RunStatus; n: number }>(
    `SELECT status, count(*)::int AS n FROM automation_runs WHERE account_id = $1 AND automation_id = $2 GROUP BY status`,
    [accountId, automationId],
  );
  const { rows: bySteps } = await deps.database.sql.query<{ step_id: string; entered: number; waiting: number; completed: number; failed: number }>(
    `SELECT step_id, count(*)::int AS entered,
            count(*) FILTER (WHERE status IN ('waiting', 'active'))::int AS waiting,
            count(*) FILTER (WHERE status = 'completed')::int AS completed,
            count(*) FILTER (WHERE status = 'failed')::int AS failed
       FROM automation_run_steps WHERE automation_id = $1 AND account_id = $2 GROUP BY step_id`,
    [automationId, accountId],
  );
  const runs = { total: 0, running: 0, waiting: 0, completed: 0, terminated: 0, failed: 0 };
  for (const r of byStatus) {
    runs[r.status] = r.n;
    runs.total += r.n;
  }
  const found = new Map(bySteps.map((s) => [s.step_id, s]));
  // Every step of the current version, in definition order, then steps only older versions had.
  const order = [...Object.keys(automation.definition.steps), ...[...found.keys()].filter((k) => !(k in automation.definition.steps))];
  return {
    runs,
    steps: order.map((stepId) => {
      const s = found.get(stepId);
      return { stepId, entered: s?.entered ?? 0, waiting: s?.waiting ?? 0, completed: s?.completed ?? 0, failed: s?.failed ?? 0 };
    }),
  };
}

/** Ends one run by hand. */
export async function terminateRun(deps: Pick<Deps, 'database' | 'clock'>, engine: AutomationEngine, accountId: string, runId: string, reason: string): Promise<RunView> {
  const run = await getRun(deps, accountId, runId);
  if (run.status !== 'running' && run.status !== 'waiting') throw new AutomationsError('run_not_live', `This run has already ended (${run.status})`);
  await deps.database.transaction((tx) => engine.terminator.terminate(tx, [runId], reason, deps.clock.now()));
  return getRun(deps, accountId, runId);
}

/** "Stop automations" in the chat: ends every run the contact is in. */
export async function stopContactRuns(deps: Pick<Deps, 'database' | 'clock'>, engine: AutomationEngine, principal: Principal, contactId: string, reason: string): Promise<number> {
  await getContactRow(deps.database.db, principal, contactId);
  return deps.database.transaction(async (tx) => {
    const ids = await engine.terminator.liveRunsOfContact(tx, principal.accountId, contactId);
    return engine.terminator.terminate(tx, ids, reason, deps.clock.now());
  });
}

/** Makes (or fills) a contact list with the contacts waiting at one step now. */
export async function listWaitingContacts(
  deps: Pick<Deps, 'database' | 'clock'>,
  principal: Principal,
  automationId: string,
  stepId: string,
  listName: string,
): Promise<{ list: { id: string; name: string }; added: number }> {
  const automation = await getAutomation(deps, principal.accountId, automationId);
  if (!(stepId in automation.definition.steps)) throw new AutomationsError('step_not_found', `The automation has no step "${stepId}"`);
  return deps.database.transaction(async (tx) => {
    const list = await ensureList(tx, principal.accountId, listName);
    const waiting = sql`${contacts.id} IN (SELECT contact_id FROM automation_runs WHERE account_id = ${principal.accountId} AND automation_id = ${automationId}
                                             AND current_step = ${stepId} AND status = 'waiting')`;
    const added = await changeMembership(tx, principal, list, waiting, 'add', deps.clock.now());
    return { list, added };
  });
}

export async function listContactRuns(
  deps: Pick<Deps, 'database'>,
  principal: Principal,
  contactId: string,
  query: { status?: RunStatus; cursor?: string; limit: number },
): Promise<{ data: RunView[]; nextCursor: string | null }> {
  await getContactRow(deps.database.db, principal, contactId);
  return listRuns(deps, principal.accountId, { ...query, contactId });
}

/** Per automation: runs under way and runs ever started. */
export async function runCountsByAutomation(deps: Pick<Deps, 'database'>, accountId: string): Promise<Map<string, { live: number; total: number }>> {
  const { rows } = await deps.database.sql.query<{ automation_id: string; live: number; total: number }>(
    `SELECT automation_id, count(*) FILTER (WHERE status IN ('running', 'waiting'))::int AS live, count(*)::int AS total
       FROM automation_runs WHERE account_id = $1 GROUP BY automation_id`,
    [accountId],
  );
  return new Map(rows.map((r) => [r.automation_id, { live: r.live, total: r.total }]));
}
