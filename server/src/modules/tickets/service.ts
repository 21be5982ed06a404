import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { recordEvent, recordEvents } from '../../events/outbox.ts';
import type { EventInput } from '../../events/types.ts';
import { DomainError } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import type { Principal } from '../accounts/principal.ts';
import { getUser } from '../accounts/service.ts';
import { getContactRow } from '../contacts/service.ts';
import { fieldError, TicketsError } from './errors.ts';
import type { MacroStatus, TicketPriority } from './schema.ts';
import {
  categoryByName,
  CLOSED_AT_FOR,
  ensureTicketSetup,
  initialStatus,
  insertHistory,
  isUniqueViolation,
  isUuid,
  statusByName,
  type TicketActor,
} from './statuses.ts';

export const PRIORITIES: readonly TicketPriority[] = ['low', 'medium', 'high', 'urgent'];
export const MAX_REFERENCE_LENGTH = 256;

export interface TicketView {
  id: string;
  reference: string;
  title: string;
  description: string | null;
  priority: TicketPriority;
  status: string;
  macroStatus: MacroStatus;
  category: string | null;
  ownerId: string | null;
  contactId: string;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}

interface TicketRow extends TicketView {
  statusId: string;
  categoryId: string | null;
}

export interface TicketNoteView {
  id: string;
  ticketId: string;
  text: string;
  author: TicketActor;
  createdAt: Date;
}

export interface TicketHistoryView {
  id: string;
  ticketId: string;
  actor: TicketActor;
  field: string;
  from: string | null;
  to: string | null;
  createdAt: Date;
}

/** Who may see what: chat operators only tickets of contacts assigned to them. No principal = the whole account (automations). */
export interface TicketScope {
  accountId: string;
  principal?: Principal;
}

export const TICKET_SELECT = `
  SELECT t.id, t.reference, t.title, t.description, t.priority, s.name AS status, s.macro_status AS "macroStatus",
         c.name AS category, t.owner_id AS "ownerId", t.contact_id AS "contactId",
         t.created_at AS "createdAt", t.updated_at AS "updatedAt", t.closed_at AS "closedAt",
         t.status_id AS "statusId", t.category_id AS "categoryId"
    FROM tickets t
    JOIN ticket_statuses s ON s.id = t.status_id
    LEFT JOIN ticket_categories c ON c.id = t.category_id`;

export function toTicketView(row: TicketRow): TicketView {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    description: row.description,
    priority: row.priority,
    status: row.status,
    macroStatus: row.macroStatus,
    category: row.category,
    ownerId: row.ownerId,
    contactId: row.contactId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    closedAt: row.closedAt,
  };
}

/** What events about a ticket carry, so consumers need not read the ticket back. */
function eventPayload(ticket: TicketView, actor: TicketActor): Record<string, unknown> {
  return {
    ticketId: ticket.id,
    reference: ticket.reference,
    title: ticket.title,
    status: ticket.status,
    macroStatus: ticket.macroStatus,
    priority: ticket.priority,
    category: ticket.category,
    ownerId: ticket.ownerId,
    contactId: ticket.contactId,
    actor,
  };
}

/**
 * Finds a ticket by id or reference; an id wins when a (hand-set) reference
 * happens to equal another ticket's id. `lock` takes the row lock that makes
 * read-modify-write safe against concurrent updates.
 */
async function findTicket(tx: Tx, scope: TicketScope, idOrReference: string, lock: boolean): Promise<TicketRow> {
  const match = `t.account_id = $1 AND (t.reference = $2 OR t.id = $3::uuid) ORDER BY (t.id = $3::uuid) DESC NULLS LAST LIMIT 1`;
  const values = [scope.accountId, idOrReference, isUuid(idOrReference) ? idOrReference : null];
  // The lock is taken on the ticket row alone, then the row is read again with its joins: a locked
  // read that joins would re-check a concurrently changed status against the old status row and miss.
  const locked = lock ? await tx.sql.query<{ id: string }>(`SELECT t.id FROM tickets t WHERE ${match} FOR UPDATE`, values) : undefined;
  const { rows } = await tx.sql.query<TicketRow>(
    `${TICKET_SELECT} WHERE ${match}`,
    locked ? [scope.accountId, locked.rows[0]?.id ?? null, locked.rows[0]?.id ?? null] : values,
  );
  const row = rows[0];
  if (!row) throw new TicketsError('ticket_not_found', 'Ticket not found');
  if (scope.principal?.role === 'chat_operator') {
    try {
      await getContactRow(tx.db, scope.principal, row.contactId);
    } catch (err) {
      if (err instanceof DomainError && err.code === 'contact_not_found') throw new TicketsError('ticket_not_found', 'Ticket not found');
      throw err;
    }
  }
  return row;
}

async function assertOwner(deps: Pick<Deps, 'database'>, accountId: string, ownerId: string | null | undefined): Promise<void> {
  if (!ownerId) return;
  try {
    await getUser(deps, accountId, ownerId);
  } catch (err) {
    if (err instanceof DomainError && err.code === 'user_not_found') throw fieldError('unknown_owner', 'ownerId', 'ownerId is not a user of this account');
    throw err;
  }
}

function checkReference(reference: string): string {
  const trimmed = reference.trim();
  if (!trimmed) throw fieldError('invalid_reference', 'reference', 'reference must not be empty');
  if (trimmed.length > MAX_REFERENCE_LENGTH) throw fieldError('invalid_reference', 'reference', `reference is longer than ${MAX_REFERENCE_LENGTH} characters`);
  return trimmed;
}

function checkPriority(priority: string): TicketPriority {
  if (!(PRIORITIES as readonly string[]).includes(priority)) throw fieldError('invalid_priority', 'priority', `priority must be one of ${PRIORITIES.join(', ')}`);
  return priority as TicketPriority;
}

function referenceTaken(reference: string): TicketsError {
  return new TicketsError('reference_taken', `A ticket with reference "${reference}" already exists`, [{ field: 'reference', message: 'already exists' }]);
}

async function assertReferenceFree(tx: Tx, accountId: string, reference: string): Promise<void> {
  const { rows } = await tx.sql.query(`SELECT 1 FROM tickets WHERE account_id = $1 AND reference = $2`, [accountId, reference]);
  if (rows.length > 0) throw referenceTaken(reference);
}

/**
 * `TK-000001`, `TK-000002`, … from the account's counter, which only grows:
 * a deleted ticket's number is never handed out again. Numbers whose
 * reference someone already set by hand are skipped.
 */
async function nextReference(tx: Tx, accountId: string): Promise<string> {
  for (;;) {
    const { rows } = await tx.sql.query<{ n: number | string }>(
      `UPDATE ticket_counters SET last_number = last_number + 1 WHERE account_id = $1 RETURNING last_number AS n`,
      [accountId],
    );
    const reference = `TK-${String(rows[0]!.n).padStart(6, '0')}`;
    const { rows: taken } = await tx.sql.query(`SELECT 1 FROM tickets WHERE account_id = $1 AND reference = $2`, [accountId, reference]);
    if (taken.length === 0) return reference;
  }
}

async function withUniqueReference<T>(reference: string | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw referenceTaken(reference ?? '');
    throw err;
  }
}

export interface TicketInput {
  contactId: string;
  title: string;
  description?: string | null;
  priority?: TicketPriority;
  status?: string;
  category?: string | null;
  reference?: string;
  ownerId?: string | null;
}

export async function createTicket(deps: Pick<Deps, 'database' | 'clock'>, scope: TicketScope & { principal: Principal }, input: TicketInput, actor: TicketActor): Promise<TicketView> {
  const { accountId } = scope;
  const priority = checkPriority(input.priority ?? 'medium');
  const manualReference = input.reference === undefined ? undefined : checkReference(input.reference);
  await assertOwner(deps, accountId, input.ownerId);
  return withUniqueReference(manualReference, () =>
    deps.database.transaction(async (tx) => {
      await ensureTicketSetup(tx, accountId);
      await getContactRow(tx.db, scope.principal, input.contactId);
      const status = input.status !== undefined ? await statusByName(tx, accountId, input.status) : await initialStatus(tx, accountId);
      const category = input.category ? await categoryByName(tx, accountId, input.category) : null;
      let reference: string;
      if (manualReference !== undefined) {
        await assertReferenceFree(tx, accountId, manualReference);
        reference = manualReference;
      } else {
        reference = await nextReference(tx, accountId);
      }
      const now = deps.clock.now();
      const id = newId();
      await tx.sql.query(
        `INSERT INTO tickets (id, account_id, reference, title, description, priority, status_id, category_id, owner_id, contact_id, created_at, updated_at, closed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12)`,
        [
          id,
          accountId,
          reference,
          input.title,
          input.description ?? null,
          priority,
          status.id,
          category?.id ?? null,
          input.ownerId ?? null,
          input.contactId,
          now.toISOString(),
          status.macroStatus === 'terminated' ? now.toISOString() : null,
        ],
      );
      await insertHistory(tx, [{ accountId, ticketId: id, actor, field: 'created', from: null, to: reference, at: now }]);
      const ticket = toTicketView(await findTicket(tx, { accountId }, id, false));
      await recordEvent(tx, { accountId, type: 'ticket.created', contactId: ticket.contactId, payload: eventPayload(ticket, actor) });
      return ticket;
    }),
  );
}

export async function getTicket(deps: Pick<Deps, 'database'>, scope: TicketScope, idOrReference: string): Promise<TicketView> {
  return deps.database.transaction(async (tx) => toTicketView(await findTicket(tx, scope, idOrReference, false)));
}

export interface TicketChanges {
  title?: string;
  description?: string | null;
  priority?: string;
  status?: string;
  category?: string | null;
  ownerId?: string | null;
  reference?: string;
}

type ChangedFields = Record<string, { from: string | null; to: string | null }>;

/**
 * Applies the given fields (absent = keep current) under the ticket's row
 * lock, records one history row per field that really changed, and emits
 * `ticket.updated` (plus `ticket.status_changed` when the status moved).
 */
export async function updateTicket(
  deps: Pick<Deps, 'database' | 'clock'>,
  scope: TicketScope,
  idOrReference: string,
  changes: TicketChanges,
  actor: TicketActor,
): Promise<TicketView> {
  const { accountId } = scope;
  const given = Object.entries(changes).filter(([, v]) => v !== undefined);
  if (given.length === 0) throw new TicketsError('no_change', 'Nothing to change: give at least one field');
  const priority = changes.priority === undefined ? undefined : checkPriority(changes.priority);
  const reference = changes.reference === undefined ? undefined : checkReference(changes.reference);
  await assertOwner(deps, accountId, changes.ownerId);
  return withUniqueReference(reference, () =>
    deps.database.transaction(async (tx) => {
      const current = await findTicket(tx, scope, idOrReference, true);
      const sets: string[] = [];
      const values: unknown[] = [accountId, current.id];
      const set = (column: string, value: unknown) => {
        values.push(value);
        sets.push(`${column} = $${values.length}`);
      };
      const changed: ChangedFields = {};
      let statusChange: { from: { status: string; macroStatus: MacroStatus }; to: { status: string; macroStatus: MacroStatus } } | null = null;

      if (changes.title !== undefined && changes.title !== current.title) {
        set('title', changes.title);
        changed.title = { from: current.title, to: changes.title };
      }
      if (changes.description !== undefined && changes.description !== current.description) {
        set('description', changes.description);
        changed.description = { from: current.description, to: changes.description };
      }
      if (priority !== undefined && priority !== current.priority) {
        set('priority', priority);
        changed.priority = { from: current.priority, to: priority };
      }
      if (changes.status !== undefined) {
        const status = await statusByName(tx, accountId, changes.status);
        if (status.id !== current.statusId) {
          set('status_id', status.id);
          values.push(status.macroStatus, deps.clock.now().toISOString());
          sets.push(`closed_at = ${CLOSED_AT_FOR(`$${values.length - 1}`, `$${values.length}`)}`);
          changed.status = { from: current.status, to: status.name };
          statusChange = { from: { status: current.status, macroStatus: current.macroStatus }, to: { status: status.name, macroStatus: status.macroStatus } };
        }
      }
      if (changes.category !== undefined) {
        const category = changes.category === null || changes.category.trim() === '' ? null : await categoryByName(tx, accountId, changes.category);
        if ((category?.id ?? null) !== current.categoryId) {
          set('category_id', category?.id ?? null);
          changed.category = { from: current.category, to: category?.name ?? null };
        }
      }
      if (changes.ownerId !== undefined && changes.ownerId !== current.ownerId) {
        set('owner_id', changes.ownerId);
        changed.ownerId = { from: current.ownerId, to: changes.ownerId };
      }
      if (reference !== undefined && reference !== current.reference) {
        await assertReferenceFree(tx, accountId, reference);
        set('reference', reference);
        changed.reference = { from: current.reference, to: reference };
      }

      if (sets.length === 0) return toTicketView(current);
      const now = deps.clock.now();
      set('updated_at', now.toISOString());
      await tx.sql.query(`UPDATE tickets SET ${sets.join(', ')} WHERE account_id = $1 AND id = $2`, values);
      await insertHistory(
        tx,
        Object.entries(changed).map(([field, c]) => ({ accountId, ticketId: current.id, actor, field, from: c.from, to: c.to, at: now })),
      );
      const ticket = toTicketView(await findTicket(tx, { accountId }, current.id, false));
      const events: EventInput[] = [
        { accountId, type: 'ticket.updated', contactId: ticket.contactId, payload: { ...eventPayload(ticket, actor), changes: changed } },
      ];
      if (statusChange) events.push({ accountId, type: 'ticket.status_changed', contactId: ticket.contactId, payload: { ...eventPayload(ticket, actor), ...statusChange } });
      await recordEvents(tx, events);
      return ticket;
    }),
  );
}

/**
 * The "Update ticket" automation step: finds the ticket by its reference and
 * applies only the changes given; the others keep their current value. A
 * request with no change at all is refused (422 `no_change`).
 */
export async function updateTicketByReference(
  deps: Pick<Deps, 'database' | 'clock'>,
  accountId: string,
  reference: string,
  changes: { status?: string; priority?: string; category?: string | null; ownerId?: string | null },
  actor: TicketActor,
): Promise<TicketView> {
  const { status, priority, category, ownerId } = changes;
  if (status === undefined && priority === undefined && category === undefined && ownerId === undefined) {
    throw new TicketsError('no_change', 'Nothing to change: set at least one of status, priority, category, owner');
  }
  const wanted = reference.trim();
  if (!wanted || wanted.length > MAX_REFERENCE_LENGTH) throw new TicketsError('ticket_not_found', `No ticket with reference "${reference}"`);
  const found = await deps.database.sql.query<{ id: string }>(`SELECT id FROM tickets WHERE account_id = $1 AND reference = $2`, [accountId, wanted]);
  if (!found.rows[0]) throw new TicketsError('ticket_not_found', `No ticket with reference "${reference}"`);
  return updateTicket(deps, { accountId }, found.rows[0].id, { status, priority, category, ownerId }, actor);
}

export async function deleteTicket(deps: Pick<Deps, 'database'>, scope: TicketScope, idOrReference: string, actor: TicketActor): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const current = await findTicket(tx, scope, idOrReference, true);
    await tx.sql.query(`DELETE FROM ticket_notes WHERE account_id = $1 AND ticket_id = $2`, [scope.accountId, current.id]);
    await tx.sql.query(`DELETE FROM ticket_history WHERE account_id = $1 AND ticket_id = $2`, [scope.accountId, current.id]);
    await tx.sql.query(`DELETE FROM tickets WHERE account_id = $1 AND id = $2`, [scope.accountId, current.id]);
    await recordEvent(tx, { accountId: scope.accountId, type: 'ticket.deleted', contactId: current.contactId, payload: eventPayload(toTicketView(current), actor) });
  });
}

// ---- notes and history ---------------------------------------------------------

export async function addTicketNote(deps: Pick<Deps, 'database' | 'clock'>, scope: TicketScope, idOrReference: string, text: string, actor: TicketActor): Promise<TicketNoteView> {
  return deps.database.transaction(async (tx) => {
    const current = await findTicket(tx, scope, idOrReference, true);
    const now = deps.clock.now();
    const note: TicketNoteView = { id: newId(), ticketId: current.id, text, author: actor, createdAt: now };
    await tx.sql.query(
      `INSERT INTO ticket_notes (id, account_id, ticket_id, author_type, author_id, text, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [note.id, scope.accountId, current.id, actor.type, actor.id, text, now.toISOString()],
    );
    await tx.sql.query(`UPDATE tickets SET notes_text = notes_text || ' ' || $3, updated_at = $4 WHERE account_id = $1 AND id = $2`, [
      scope.accountId,
      current.id,
      text,
      now.toISOString(),
    ]);
    await insertHistory(tx, [{ accountId: scope.accountId, ticketId: current.id, actor, field: 'note', from: null, to: text, at: now }]);
    const ticket = toTicketView({ ...current, updatedAt: now });
    await recordEvent(tx, {
      accountId: scope.accountId,
      type: 'ticket.note_added',
      contactId: current.contactId,
      payload: { ...eventPayload(ticket, actor), noteId: note.id, text },
    });
    return note;
  });
}

interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

function decodeAfter(cursor: string | undefined): string | undefined {
  if (!cursor) return undefined;
  if (!isUuid(cursor)) throw fieldError('invalid_cursor', 'cursor', 'This cursor is not valid');
  return cursor;
}

/** The ticket's notes, oldest first (a timeline). */
export async function listTicketNotes(
  deps: Pick<Deps, 'database'>,
  scope: TicketScope,
  idOrReference: string,
  page: { cursor?: string; limit: number },
): Promise<Page<TicketNoteView>> {
  const after = decodeAfter(page.cursor);
  return deps.database.transaction(async (tx) => {
    const ticket = await findTicket(tx, scope, idOrReference, false);
    const { rows } = await tx.sql.query<{ id: string; text: string; authorType: TicketActor['type']; authorId: string | null; createdAt: Date }>(
      `SELECT id, text, author_type AS "authorType", author_id AS "authorId", created_at AS "createdAt"
         FROM ticket_notes WHERE account_id = $1 AND ticket_id = $2 AND ($3::uuid IS NULL OR id > $3::uuid)
        ORDER BY id LIMIT $4`,
      [scope.accountId, ticket.id, after ?? null, page.limit + 1],
    );
    const data = rows.slice(0, page.limit).map((r) => ({ id: r.id, ticketId: ticket.id, text: r.text, author: { type: r.authorType, id: r.authorId }, createdAt: r.createdAt }));
    return { data, nextCursor: rows.length > page.limit ? data[data.length - 1]!.id : null };
  });
}

/** Who changed what and when, oldest first. */
export async function listTicketHistory(
  deps: Pick<Deps, 'database'>,
  scope: TicketScope,
  idOrReference: string,
  page: { cursor?: string; limit: number },
): Promise<Page<TicketHistoryView>> {
  const after = decodeAfter(page.cursor);
  return deps.database.transaction(async (tx) => {
    const ticket = await findTicket(tx, scope, idOrReference, false);
    const { rows } = await tx.sql.query<{
      id: string;
      actorType: TicketActor['type'];
      actorId: string | null;
      field: string;
      from: string | null;
      to: string | null;
      createdAt: Date;
    }>(
      `SELECT id, actor_type AS "actorType", actor_id AS "actorId", field, from_value AS "from", to_value AS "to", created_at AS "createdAt"
         FROM ticket_history WHERE account_id = $1 AND ticket_id = $2 AND ($3::uuid IS NULL OR id > $3::uuid)
        ORDER BY id LIMIT $4`,
      [scope.accountId, ticket.id, after ?? null, page.limit + 1],
    );
    const data = rows.slice(0, page.limit).map((r) => ({
      id: r.id,
      ticketId: ticket.id,
      actor: { type: r.actorType, id: r.actorId },
      field: r.field,
      from: r.from,
      to: r.to,
      createdAt: r.createdAt,
    }));
    return { data, nextCursor: rows.length > page.limit ? data[data.length - 1]!.id : null };
  });
}
