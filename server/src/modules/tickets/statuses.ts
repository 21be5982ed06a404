import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { recordEvents } from '../../events/outbox.ts';
import { newId } from '../../lib/ids.ts';
import type { Principal } from '../accounts/principal.ts';
import { fieldError, TicketsError } from './errors.ts';
import type { MacroStatus, TicketActorType } from './schema.ts';

export interface TicketActor {
  type: TicketActorType;
  id: string | null;
}

/** An API key acts as the API; a signed-in user as an operator. */
export function actorOf(principal: Principal): TicketActor {
  return principal.via === 'api_key' ? { type: 'api', id: principal.apiKeyId } : { type: 'operator', id: principal.userId };
}

export interface TicketStatusView {
  id: string;
  name: string;
  macroStatus: MacroStatus;
  position: number;
}

export interface TicketCategoryView {
  id: string;
  name: string;
  createdAt: Date;
}

export const DEFAULT_STATUSES: ReadonlyArray<{ name: string; macroStatus: MacroStatus }> = [
  { name: 'Open', macroStatus: 'open' },
  { name: 'In progress', macroStatus: 'in_progress' },
  { name: 'Waiting', macroStatus: 'in_progress' },
  { name: 'Resolved', macroStatus: 'terminated' },
  { name: 'Closed', macroStatus: 'terminated' },
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';
}

const STATUS_COLUMNS = `id, name, macro_status AS "macroStatus", position`;

/**
 * Seeds the default statuses the first time an account uses tickets. The
 * counter row doubles as the marker: concurrent first uses meet on its primary
 * key, and the loser waits for the winner's commit and then does nothing.
 * Deleting default statuses later does not bring them back.
 */
export async function ensureTicketSetup(tx: Tx, accountId: string): Promise<void> {
  const existing = await tx.sql.query(`SELECT 1 FROM ticket_counters WHERE account_id = $1`, [accountId]);
  if (existing.rows.length > 0) return;
  const inserted = await tx.sql.query(`INSERT INTO ticket_counters (account_id, last_number) VALUES ($1, 0) ON CONFLICT DO NOTHING RETURNING account_id`, [
    accountId,
  ]);
  if (inserted.rows.length === 0) return;
  const rows = DEFAULT_STATUSES.map((s, i) => ({ id: newId(), account_id: accountId, name: s.name, macro_status: s.macroStatus, position: i + 1 }));
  await tx.sql.query(
    `INSERT INTO ticket_statuses (id, account_id, name, macro_status, position)
     SELECT id, account_id, name, macro_status, position
       FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, account_id uuid, name text, macro_status text, position int)`,
    [JSON.stringify(rows)],
  );
}

export async function listStatuses(deps: Pick<Deps, 'database'>, accountId: string): Promise<TicketStatusView[]> {
  return deps.database.transaction(async (tx) => {
    await ensureTicketSetup(tx, accountId);
    const { rows } = await tx.sql.query<TicketStatusView>(`SELECT ${STATUS_COLUMNS} FROM ticket_statuses WHERE account_id = $1 ORDER BY position, id`, [accountId]);
    return rows;
  });
}

/** A status named case-insensitively, or a 422 naming `field`. */
export async function statusByName(tx: Tx, accountId: string, name: string, field = 'status'): Promise<TicketStatusView> {
  const { rows } = await tx.sql.query<TicketStatusView>(`SELECT ${STATUS_COLUMNS} FROM ticket_statuses WHERE account_id = $1 AND lower(name) = lower($2)`, [
    accountId,
    name.trim(),
  ]);
  if (!rows[0]) throw fieldError('unknown_status', field, `Unknown ticket status "${name}"`);
  return rows[0];
}

/** Where new tickets start: the first status of macro-status open, else the first status. */
export async function initialStatus(tx: Tx, accountId: string): Promise<TicketStatusView> {
  const { rows } = await tx.sql.query<TicketStatusView>(
    `SELECT ${STATUS_COLUMNS} FROM ticket_statuses WHERE account_id = $1 ORDER BY (macro_status = 'open') DESC, position, id LIMIT 1`,
    [accountId],
  );
  if (!rows[0]) throw fieldError('unknown_status', 'status', 'This account has no ticket status; create one first');
  return rows[0];
}

/** By id, or by name (case-insensitive), for the `/ticket-statuses/{id}` routes. */
async function lockStatus(tx: Tx, accountId: string, idOrName: string): Promise<TicketStatusView> {
  const { rows } = await tx.sql.query<TicketStatusView>(
    `SELECT ${STATUS_COLUMNS} FROM ticket_statuses
      WHERE account_id = $1 AND (lower(name) = lower($2) OR id = $3::uuid)
      ORDER BY (id = $3::uuid) DESC LIMIT 1 FOR UPDATE`,
    [accountId, idOrName.trim(), isUuid(idOrName) ? idOrName : null],
  );
  if (!rows[0]) throw new TicketsError('status_not_found', 'Ticket status not found');
  return rows[0];
}

async function assertNameFree(tx: Tx, accountId: string, name: string, exceptId: string | null): Promise<void> {
  const { rows } = await tx.sql.query(`SELECT 1 FROM ticket_statuses WHERE account_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3::uuid`, [
    accountId,
    name,
    exceptId,
  ]);
  if (rows.length > 0) throw new TicketsError('status_exists', `A ticket status named "${name}" already exists`, [{ field: 'name', message: 'already exists' }]);
}

export async function createStatus(deps: Pick<Deps, 'database'>, accountId: string, input: { name: string; macroStatus: MacroStatus }): Promise<TicketStatusView> {
  try {
    return await deps.database.transaction(async (tx) => {
      await ensureTicketSetup(tx, accountId);
      const name = input.name.trim();
      await assertNameFree(tx, accountId, name, null);
      const { rows } = await tx.sql.query<TicketStatusView>(
        `INSERT INTO ticket_statuses (id, account_id, name, macro_status, position)
         VALUES ($1, $2, $3, $4, (SELECT coalesce(max(position), 0) + 1 FROM ticket_statuses WHERE account_id = $2))
         RETURNING ${STATUS_COLUMNS}`,
        [newId(), accountId, name, input.macroStatus],
      );
      return rows[0]!;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new TicketsError('status_exists', `A ticket status named "${input.name}" already exists`);
    throw err;
  }
}

interface MovedTicket {
  id: string;
  reference: string;
  title: string;
  priority: string;
  category: string | null;
  ownerId: string | null;
  contactId: string;
}

/** `ticket.status_changed` for a ticket moved by a change to the statuses themselves. */
function statusChangedEvent(
  accountId: string,
  t: MovedTicket,
  actor: unknown,
  from: { name: string; macroStatus: string },
  to: { name: string; macroStatus: string },
) {
  return {
    accountId,
    type: 'ticket.status_changed' as const,
    contactId: t.contactId,
    payload: {
      ticketId: t.id,
      reference: t.reference,
      title: t.title,
      status: to.name,
      macroStatus: to.macroStatus,
      priority: t.priority,
      category: t.category,
      ownerId: t.ownerId,
      contactId: t.contactId,
      actor,
      from: { status: from.name, macroStatus: from.macroStatus },
      to: { status: to.name, macroStatus: to.macroStatus },
    },
  };
}

/**
 * Keeps `closed_at` true to the macro-status: set when a ticket enters a
 * terminated status (kept when it moves between terminated ones), cleared when it leaves.
 */
export const CLOSED_AT_FOR = (macroParam: string, nowParam: string): string =>
  `CASE WHEN ${macroParam} = 'terminated' THEN coalesce(closed_at, ${nowParam}::timestamptz) ELSE NULL END`;

export async function updateStatus(
  deps: Pick<Deps, 'database' | 'clock'>,
  accountId: string,
  idOrName: string,
  changes: { name?: string; macroStatus?: MacroStatus },
  actor: TicketActor,
): Promise<TicketStatusView> {
  try {
    return await deps.database.transaction(async (tx) => {
      await ensureTicketSetup(tx, accountId);
      const status = await lockStatus(tx, accountId, idOrName);
      const name = changes.name?.trim() ?? status.name;
      if (name.toLowerCase() !== status.name.toLowerCase()) await assertNameFree(tx, accountId, name, status.id);
      const macroStatus = changes.macroStatus ?? status.macroStatus;
      const { rows } = await tx.sql.query<TicketStatusView>(
        `UPDATE ticket_statuses SET name = $3, macro_status = $4 WHERE account_id = $1 AND id = $2 RETURNING ${STATUS_COLUMNS}`,
        [accountId, status.id, name, macroStatus],
      );
      if (macroStatus !== status.macroStatus) {
        const now = deps.clock.now().toISOString();
        const moved = await tx.sql.query<MovedTicket>(
          `UPDATE tickets t SET closed_at = ${CLOSED_AT_FOR('$3', '$4')}, updated_at = $4::timestamptz
            WHERE t.account_id = $1 AND t.status_id = $2
        RETURNING t.id, t.reference, t.title, t.priority, t.owner_id AS "ownerId", t.contact_id AS "contactId",
                  (SELECT c.name FROM ticket_categories c WHERE c.id = t.category_id) AS category`,
          [accountId, status.id, macroStatus, now],
        );
        await recordEvents(tx, moved.rows.map((t) => statusChangedEvent(accountId, t, actor, status, { name, macroStatus })));
      }
      return rows[0]!;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new TicketsError('status_exists', `A ticket status named "${changes.name ?? ''}" already exists`);
    throw err;
  }
}

/**
 * Deletes a status. Tickets in it must go somewhere: without `moveTo` the
 * delete is refused (409); with it they move to that status, with history and
 * `ticket.status_changed` events like any other status change.
 */
export async function deleteStatus(
  deps: Pick<Deps, 'database' | 'clock'>,
  accountId: string,
  idOrName: string,
  moveTo: string | undefined,
  actor: TicketActor,
): Promise<{ moved: number }> {
  return deps.database.transaction(async (tx) => {
    await ensureTicketSetup(tx, accountId);
    const status = await lockStatus(tx, accountId, idOrName);
    const { rows: others } = await tx.sql.query(`SELECT 1 FROM ticket_statuses WHERE account_id = $1 AND id <> $2 LIMIT 1`, [accountId, status.id]);
    if (others.length === 0) throw new TicketsError('last_status', 'The last ticket status cannot be deleted');
    const { rows: counted } = await tx.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM tickets WHERE account_id = $1 AND status_id = $2`, [
      accountId,
      status.id,
    ]);
    const inUse = counted[0]?.n ?? 0;
    let moved = 0;
    if (inUse > 0) {
      if (!moveTo) {
        throw new TicketsError('status_in_use', `${inUse} ticket(s) are in "${status.name}": move them with ?moveTo=<status name>`, { ticketCount: inUse });
      }
      const target = await statusByName(tx, accountId, moveTo, 'moveTo');
      if (target.id === status.id) throw fieldError('unknown_status', 'moveTo', 'moveTo must name another status');
      const now = deps.clock.now();
      const result = await tx.sql.query<MovedTicket>(
        `UPDATE tickets t SET status_id = $3, closed_at = ${CLOSED_AT_FOR('$4', '$5')}, updated_at = $5::timestamptz
          WHERE t.account_id = $1 AND t.status_id = $2
      RETURNING t.id, t.reference, t.title, t.priority, t.owner_id AS "ownerId", t.contact_id AS "contactId",
                (SELECT c.name FROM ticket_categories c WHERE c.id = t.category_id) AS category`,
        [accountId, status.id, target.id, target.macroStatus, now.toISOString()],
      );
      moved = result.rows.length;
      await insertHistory(
        tx,
        result.rows.map((t) => ({ accountId, ticketId: t.id, actor, field: 'status', from: status.name, to: target.name, at: now })),
      );
      await recordEvents(tx, result.rows.map((t) => statusChangedEvent(accountId, t, actor, status, target)));
    }
    await tx.sql.query(`DELETE FROM ticket_statuses WHERE account_id = $1 AND id = $2`, [accountId, status.id]);
    return { moved };
  });
}

export interface HistoryInput {
  accountId: string;
  ticketId: string;
  actor: TicketActor;
  field: string;
  from: string | null;
  to: string | null;
  at: Date;
}

export async function insertHistory(tx: Tx, entries: HistoryInput[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((e) => ({
    id: newId(),
    account_id: e.accountId,
    ticket_id: e.ticketId,
    actor_type: e.actor.type,
    actor_id: e.actor.id,
    field: e.field,
    from_value: e.from,
    to_value: e.to,
    created_at: e.at.toISOString(),
  }));
  await tx.sql.query(
    `INSERT INTO ticket_history (id, account_id, ticket_id, actor_type, actor_id, field, from_value, to_value, created_at)
     SELECT id, account_id, ticket_id, actor_type, actor_id, field, from_value, to_value, created_at
       FROM jsonb_to_recordset($1::jsonb)
         AS h(id uuid, account_id uuid, ticket_id uuid, actor_type text, actor_id text, field text, from_value text, to_value text, created_at timestamptz)`,
    [JSON.stringify(rows)],
  );
}

// ---- categories ----------------------------------------------------------------

/** The category with this name (case-insensitive), created on first use. */
export async function categoryByName(tx: Tx, accountId: string, name: string): Promise<TicketCategoryView> {
  const trimmed = name.trim();
  if (!trimmed) throw fieldError('invalid_category', 'category', 'A category needs a name');
  const inserted = await tx.sql.query<TicketCategoryView>(
    `INSERT INTO ticket_categories (id, account_id, name) VALUES ($1, $2, $3)
     ON CONFLICT (account_id, lower(name)) DO NOTHING
     RETURNING id, name, created_at AS "createdAt"`,
    [newId(), accountId, trimmed],
  );
  if (inserted.rows[0]) return inserted.rows[0];
  const { rows } = await tx.sql.query<TicketCategoryView>(
    `SELECT id, name, created_at AS "createdAt" FROM ticket_categories WHERE account_id = $1 AND lower(name) = lower($2)`,
    [accountId, trimmed],
  );
  return rows[0]!;
}

export async function createCategory(deps: Pick<Deps, 'database'>, accountId: string, name: string): Promise<TicketCategoryView> {
  return deps.database.transaction((tx) => categoryByName(tx, accountId, name));
}

export async function listCategories(deps: Pick<Deps, 'database'>, accountId: string): Promise<TicketCategoryView[]> {
  const { rows } = await deps.database.sql.query<TicketCategoryView>(
    `SELECT id, name, created_at AS "createdAt" FROM ticket_categories WHERE account_id = $1 ORDER BY lower(name), id`,
    [accountId],
  );
  return rows;
}
