import type { Tx } from '../../../db/client.ts';
import type { Deps } from '../../../deps.ts';
import { advance } from './advance.ts';
import type { EffectRun, RunControl } from './effects.ts';
import { DefinitionCache, insertRuns, lockRun, saveRun } from './runs.ts';

/**
 * Ends runs by hand or by a step: each is locked, moved by the engine's
 * `terminated` event and saved with its timeline, like any other change.
 */
export class RunTerminator {
  constructor(private readonly definitions = new DefinitionCache()) {}

  async terminate(tx: Tx, runIds: readonly string[], reason: string, now: Date): Promise<number> {
    let ended = 0;
    // A fixed order, so two transactions ending overlapping sets lock them in the same order.
    for (const id of [...runIds].sort()) {
      const row = await lockRun(tx, id);
      if (!row || row.state.phase === 'done') continue;
      const definition = await this.definitions.get(tx.sql, row.automation_id, row.version);
      const result = advance(definition, row.state, { type: 'terminated', reason }, now);
      if (!result.applied) continue;
      await saveRun(tx, row, result.state, result.visits, now);
      ended += 1;
    }
    return ended;
  }

  async liveRunsOfAutomation(tx: Tx, automationId: string): Promise<string[]> {
    const { rows } = await tx.sql.query<{ id: string }>(`SELECT id FROM automation_runs WHERE automation_id = $1 AND status IN ('running', 'waiting')`, [automationId]);
    return rows.map((r) => r.id);
  }

  async liveRunsOfContact(tx: Tx, accountId: string, contactId: string, except?: string): Promise<string[]> {
    const { rows } = await tx.sql.query<{ id: string }>(
      `SELECT id FROM automation_runs WHERE account_id = $1 AND contact_id = $2 AND status IN ('running', 'waiting') AND id <> coalesce($3::uuid, '00000000-0000-0000-0000-000000000000')`,
      [accountId, contactId, except ?? null],
    );
    return rows.map((r) => r.id);
  }
}

/** What steps may do to other runs: end the contact's others, start a run of another automation. */
export function runControl(terminator: RunTerminator): RunControl {
  return {
    async terminateOtherRuns(deps: Pick<Deps, 'database' | 'clock'>, run: EffectRun, reason: string) {
      const ids = await terminator.liveRunsOfContact(deps.database, run.accountId, run.contactId, run.id);
      return terminator.terminate(deps.database, ids, reason, deps.clock.now());
    },
    async startChildRun(deps: Pick<Deps, 'database' | 'clock'>, run: EffectRun, automationId: string) {
      const { rows } = await deps.database.sql.query<{ version: number; status: string; trigger_type: string }>(
        `SELECT version, status, trigger_type FROM automations WHERE account_id = $1 AND id = $2 AND deleted_at IS NULL`,
        [run.accountId, automationId],
      );
      const target = rows[0];
      if (!target) return { started: false, reason: 'The automation to start no longer exists' };
      if (target.status !== 'active') return { started: false, reason: 'The automation to start is not active' };
      // The child sees the parent's data (a ticket reference, a reply); a contact already in it stays where it is.
      await insertRuns(
        deps.database,
        [
          {
            accountId: run.accountId,
            automationId,
            version: target.version,
            contactId: run.contactId,
            triggerType: 'automation',
            triggerKey: `run:${run.id}:${run.state.seq}`,
            data: { ...run.state.data, STARTED_BY_AUTOMATION: run.automationId },
            depth: run.depth + 1,
          },
        ],
        deps.clock.now(),
      );
      return { started: true };
    },
  };
}
