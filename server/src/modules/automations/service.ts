import { randomBytes } from 'node:crypto';
import type { Tx } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import type { Deps } from '../../deps.ts';
import { newId } from '../../lib/ids.ts';
import { normalizePhrase, type Definition } from './definition.ts';
import { AutomationsError } from './errors.ts';
import { parseDefinition } from './validate.ts';
import type { AutomationStatus } from './schema.ts';

export interface AutomationView {
  id: string;
  name: string;
  status: AutomationStatus;
  version: number;
  triggerType: string;
  definition: Definition;
  createdAt: Date;
  updatedAt: Date;
}

export interface AutomationRow {
  id: string;
  account_id: string;
  name: string;
  status: AutomationStatus;
  version: number;
  trigger_type: string;
  secret: string;
  created_at: Date;
  updated_at: Date;
}

export interface AutomationVersionView {
  version: number;
  definition: Definition;
  createdAt: Date;
}

type ServiceDeps = Pick<Deps, 'database' | 'clock'>;

/** Validates a definition as sent by a client; the 422 lists every problem, each naming its step. */
export function definitionOrThrow(input: unknown, automationId?: string): Definition {
  const parsed = parseDefinition(input, automationId ? { automationId } : undefined);
  if (parsed.ok) return parsed.definition;
  const first = parsed.problems[0]!;
  throw new AutomationsError('invalid_definition', first.message, { step: first.step, problems: parsed.problems });
}

const SELECT = `SELECT a.id, a.account_id, a.name, a.status, a.version, a.trigger_type, a.secret, a.created_at, a.updated_at, v.definition
                  FROM automations a JOIN automation_versions v ON v.automation_id = a.id AND v.version = a.version`;

function toView(row: AutomationRow & { definition: Definition }): AutomationView {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    version: row.version,
    triggerType: row.trigger_type,
    definition: row.definition,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

async function findRow(tx: Tx, accountId: string, id: string, lock = false): Promise<AutomationRow & { definition: Definition }> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AutomationsError('automation_not_found', 'Automation not found');
  const { rows } = await tx.sql.query<AutomationRow & { definition: Definition }>(
    `${SELECT} WHERE a.account_id = $1 AND a.id = $2 AND a.deleted_at IS NULL${lock ? ' FOR UPDATE OF a' : ''}`,
    [accountId, id],
  );
  if (!rows[0]) throw new AutomationsError('automation_not_found', 'Automation not found');
  return rows[0];
}

function phraseOf(definition: Definition): string | null {
  return definition.trigger.type === 'message_phrase' ? normalizePhrase(definition.trigger.phrase) : null;
}

/** Another active automation of the account already starts on this phrase: 409. */
async function withPhraseCheck<T>(definition: Definition, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err) && definition.trigger.type === 'message_phrase') {
      throw new AutomationsError('phrase_taken', `Another active automation already starts on the phrase "${definition.trigger.phrase}": one phrase starts one automation`, {
        field: 'definition.trigger.phrase',
      });
    }
    throw err;
  }
}

async function checkStartTargets(tx: Tx, accountId: string, definition: Definition): Promise<void> {
  for (const [stepId, step] of Object.entries(definition.steps)) {
    if (step.type !== 'start_automation') continue;
    const { rows } = await tx.sql.query(`SELECT 1 FROM automations WHERE account_id = $1 AND id = $2 AND deleted_at IS NULL`, [accountId, step.automationId]);
    if (rows.length === 0) {
      const message = `Step "${stepId}": the automation to start (${step.automationId}) does not exist`;
      throw new AutomationsError('invalid_definition', message, { step: stepId, problems: [{ step: stepId, path: `steps.${stepId}.automationId`, code: 'unknown_automation', message }] });
    }
  }
}

export async function createAutomation(deps: ServiceDeps, accountId: string, input: { name: string; definition: unknown }): Promise<AutomationView> {
  const id = newId();
  const definition = definitionOrThrow(input.definition, id);
  const now = deps.clock.now();
  return deps.database.transaction(async (tx) => {
    await checkStartTargets(tx, accountId, definition);
    await tx.sql.query(
      `INSERT INTO automations (id, account_id, name, status, version, trigger_type, secret, created_at, updated_at)
       VALUES ($1, $2, $3, 'draft', 1, $4, $5, $6, $6)`,
      [id, accountId, input.name, definition.trigger.type, randomBytes(24).toString('base64url'), now.toISOString()],
    );
    await insertVersion(tx, accountId, id, 1, definition, now);
    return toView(await findRow(tx, accountId, id));
  });
}

async function insertVersion(tx: Tx, accountId: string, automationId: string, version: number, definition: Definition, now: Date): Promise<void> {
  await tx.sql.query(`INSERT INTO automation_versions (account_id, automation_id, version, definition, created_at) VALUES ($1, $2, $3, $4, $5)`, [
    accountId,
    automationId,
    version,
    JSON.stringify(definition),
    now.toISOString(),
  ]);
}

/**
 * Saves a new definition as a new immutable version (also the name, when
 * given). Runs under way keep their version; an active automation starts
 * new runs on this one at once.
 */
export async function saveAutomation(deps: ServiceDeps, accountId: string, id: string, input: { name?: string; definition?: unknown }): Promise<AutomationView> {
  const now = deps.clock.now();
  return deps.database.transaction(async (tx) => {
    const current = await findRow(tx, accountId, id, true);
    if (input.definition === undefined) {
      if (input.name !== undefined) await tx.sql.query(`UPDATE automations SET name = $3, updated_at = $4 WHERE account_id = $1 AND id = $2`, [accountId, id, input.name, now.toISOString()]);
      return toView(await findRow(tx, accountId, id));
    }
    const definition = definitionOrThrow(input.definition, id);
    await checkStartTargets(tx, accountId, definition);
    const version = current.version + 1;
    await insertVersion(tx, accountId, id, version, definition, now);
    await withPhraseCheck(definition, () =>
      tx.sql.query(
        `UPDATE automations SET version = $3, trigger_type = $4, name = coalesce($5, name), updated_at = $6,
                active_phrase = CASE WHEN status = 'active' THEN $7 ELSE NULL END
          WHERE account_id = $1 AND id = $2`,
        [accountId, id, version, definition.trigger.type, input.name ?? null, now.toISOString(), phraseOf(definition)],
      ),
    );
    return toView(await findRow(tx, accountId, id));
  });
}

export async function setAutomationActive(deps: ServiceDeps, accountId: string, id: string, active: boolean): Promise<AutomationView> {
  const now = deps.clock.now();
  return deps.database.transaction(async (tx) => {
    const current = await findRow(tx, accountId, id, true);
    await withPhraseCheck(current.definition, () =>
      tx.sql.query(`UPDATE automations SET status = $3, active_phrase = $4, updated_at = $5 WHERE account_id = $1 AND id = $2`, [
        accountId,
        id,
        active ? 'active' : 'inactive',
        active ? phraseOf(current.definition) : null,
        now.toISOString(),
      ]),
    );
    return toView(await findRow(tx, accountId, id));
  });
}

/** A copy as a new draft with the newest definition; start steps that named the original keep doing so. */
export async function duplicateAutomation(deps: ServiceDeps, accountId: string, id: string, name?: string): Promise<AutomationView> {
  const original = await findRow(deps.database, accountId, id);
  return createAutomation(deps, accountId, { name: name ?? `${original.name} (copy)`.slice(0, 256), definition: original.definition });
}

/** Deleted automations start nothing more; their runs under way are ended. */
export async function deleteAutomation(deps: ServiceDeps, accountId: string, id: string, endRuns: (tx: Tx) => Promise<void>): Promise<void> {
  await deps.database.transaction(async (tx) => {
    await findRow(tx, accountId, id, true);
    await tx.sql.query(`UPDATE automations SET status = 'inactive', active_phrase = NULL, deleted_at = $3 WHERE account_id = $1 AND id = $2`, [
      accountId,
      id,
      deps.clock.now().toISOString(),
    ]);
    await endRuns(tx);
  });
}

export async function getAutomation(deps: Pick<Deps, 'database'>, accountId: string, id: string): Promise<AutomationView & { secret: string }> {
  const row = await findRow(deps.database, accountId, id);
  return { ...toView(row), secret: row.secret };
}

export async function listAutomations(deps: Pick<Deps, 'database'>, accountId: string, filter: { status?: AutomationStatus } = {}): Promise<AutomationView[]> {
  const { rows } = await deps.database.sql.query<AutomationRow & { definition: Definition }>(
    `${SELECT} WHERE a.account_id = $1 AND a.deleted_at IS NULL AND ($2::text IS NULL OR a.status = $2) ORDER BY a.name, a.id`,
    [accountId, filter.status ?? null],
  );
  return rows.map(toView);
}

export async function listVersions(deps: Pick<Deps, 'database'>, accountId: string, id: string): Promise<AutomationVersionView[]> {
  await findRow(deps.database, accountId, id);
  const { rows } = await deps.database.sql.query<{ version: number; definition: Definition; created_at: Date }>(
    `SELECT version, definition, created_at FROM automation_versions WHERE account_id = $1 AND automation_id = $2 ORDER BY version DESC`,
    [accountId, id],
  );
  return rows.map((r) => ({ version: r.version, definition: r.definition, createdAt: new Date(r.created_at) }));
}

/** Active automations of the accounts given, with the definition of their newest version: what triggers match against. */
export async function activeAutomations(tx: Tx, accountIds: readonly string[]): Promise<Array<{ id: string; accountId: string; version: number; definition: Definition }>> {
  if (accountIds.length === 0) return [];
  const { rows } = await tx.sql.query<{ id: string; account_id: string; version: number; definition: Definition }>(
    `${SELECT} WHERE a.account_id = ANY($1::uuid[]) AND a.status = 'active' AND a.deleted_at IS NULL ORDER BY a.id`,
    [[...new Set(accountIds)]],
  );
  return rows.map((r) => ({ id: r.id, accountId: r.account_id, version: r.version, definition: r.definition }));
}
