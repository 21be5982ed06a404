import { recordEvents } from '../../events/outbox.ts';
import { and, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { EventInput } from '../../events/types.ts';
import { newId } from '../../lib/ids.ts';
import type { Principal } from '../accounts/principal.ts';
import { anyUuid, chunks, executeRows } from './batch-sql.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { MAX_LIST_NAME_LENGTH, uniqueNames } from './contact-input.ts';
import { ContactsError } from './errors.ts';
import { contacts, listMembers, lists } from './schema.ts';
import { visibleContactsCondition } from './service.ts';

export interface List {
  id: string;
  name: string;
  memberCount: number;
  createdAt: Date;
}

export interface ListRef {
  id: string;
  name: string;
}

type ListDeps = Pick<Deps, 'database' | 'clock'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function listName(input: string): string {
  const name = input.trim().replace(/\s+/g, ' ');
  if (name.length === 0 || name.length > MAX_LIST_NAME_LENGTH) {
    throw new ContactsError('invalid_field_value', `A list name has 1 to ${MAX_LIST_NAME_LENGTH} characters`, { field: 'name' });
  }
  return name;
}

function selectLists(db: Db, principal: Principal, condition?: SQL) {
  return db
    .select({ id: lists.id, name: lists.name, createdAt: lists.createdAt, memberCount: sql<number>`count(${contacts.id})::int` })
    .from(lists)
    .leftJoin(listMembers, and(eq(listMembers.listId, lists.id), eq(listMembers.accountId, lists.accountId)))
    .leftJoin(contacts, and(eq(contacts.id, listMembers.contactId), visibleContactsCondition(principal)))
    .where(and(eq(lists.accountId, principal.accountId), condition))
    .groupBy(lists.id);
}

/** The account's lists with how many (visible, not deleted) contacts each holds. */
export async function listLists(deps: Pick<Deps, 'database'>, principal: Principal): Promise<List[]> {
  return selectLists(deps.database.db, principal).orderBy(sql`lower(${lists.name})`);
}

export async function getList(deps: Pick<Deps, 'database'>, principal: Principal, id: string): Promise<List> {
  const [found] = await selectLists(deps.database.db, principal, eq(lists.id, id));
  if (!found) throw new ContactsError('list_not_found', 'List not found');
  return found;
}

export async function createList(deps: ListDeps, principal: Principal, input: string): Promise<List> {
  const name = listName(input);
  const [row] = await deps.database.db.insert(lists).values({ id: newId(), accountId: principal.accountId, name }).onConflictDoNothing().returning();
  if (!row) throw new ContactsError('list_exists', `A list named "${name}" already exists`, { field: 'name' });
  return { id: row.id, name: row.name, createdAt: row.createdAt, memberCount: 0 };
}

export async function renameList(deps: ListDeps, principal: Principal, id: string, input: string): Promise<List> {
  const name = listName(input);
  const db = deps.database.db;
  const clash = await db
    .select({ id: lists.id })
    .from(lists)
    .where(and(eq(lists.accountId, principal.accountId), sql`lower(${lists.name}) = lower(${name})`, ne(lists.id, id)));
  if (clash.length > 0) throw new ContactsError('list_exists', `A list named "${name}" already exists`, { field: 'name' });
  try {
    const updated = await db.update(lists).set({ name }).where(and(eq(lists.accountId, principal.accountId), eq(lists.id, id))).returning({ id: lists.id });
    if (updated.length === 0) throw new ContactsError('list_not_found', 'List not found');
  } catch (err) {
    if (isUniqueViolation(err)) throw new ContactsError('list_exists', `A list named "${name}" already exists`, { field: 'name' });
    throw err;
  }
  return getList(deps, principal, id);
}

/** Deleting a list empties it; no per-contact events, the list itself is gone. */
export async function deleteList(deps: ListDeps, principal: Principal, id: string): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const deleted = await tx.db.delete(lists).where(and(eq(lists.accountId, principal.accountId), eq(lists.id, id))).returning({ id: lists.id });
    if (deleted.length === 0) throw new ContactsError('list_not_found', 'List not found');
    await tx.db.delete(listMembers).where(and(eq(listMembers.accountId, principal.accountId), eq(listMembers.listId, id)));
  });
}

/** A list named by its id or its name (without case); undefined when the account has none. */
export async function findList(db: Db, accountId: string, ref: string): Promise<ListRef | undefined> {
  const text = ref.trim();
  const byName = sql`lower(${lists.name}) = lower(${text})`;
  const [row] = await db
    .select({ id: lists.id, name: lists.name })
    .from(lists)
    .where(and(eq(lists.accountId, accountId), UUID.test(text) ? or(eq(lists.id, text), byName) : byName))
    .limit(1);
  return row;
}

/** Lists named by ids or names; any that does not exist is unknown_list (422, the request names it). */
export async function resolveLists(db: Db, accountId: string, refs: readonly string[], field = 'lists'): Promise<ListRef[]> {
  const refsOnce = uniqueNames(refs.map((r) => r.trim()));
  if (refsOnce.length === 0) return [];
  const ids = refsOnce.filter((r) => UUID.test(r));
  const rows = await db
    .select({ id: lists.id, name: lists.name })
    .from(lists)
    .where(
      and(
        eq(lists.accountId, accountId),
        or(
          inArray(
            sql`lower(${lists.name})`,
            refsOnce.map((r) => r.toLowerCase()),
          ),
          ids.length > 0 ? inArray(lists.id, ids) : undefined,
        ),
      ),
    );
  const found: ListRef[] = [];
  for (const ref of refsOnce) {
    const row = rows.find((r) => r.id === ref.toLowerCase() || r.name.toLowerCase() === ref.toLowerCase());
    if (!row) throw new ContactsError('unknown_list', `No list "${ref}"`, { field, list: ref });
    if (!found.some((f) => f.id === row.id)) found.push(row);
  }
  return found;
}

/** A list by id or name, created under that name when missing (the importer's "into list"). */
export async function ensureList(tx: Tx, accountId: string, ref: string): Promise<ListRef> {
  const existing = await findList(tx.db, accountId, ref);
  if (existing) return existing;
  if (UUID.test(ref.trim())) throw new ContactsError('unknown_list', `No list with id ${ref}`, { field: 'list', list: ref });
  const name = listName(ref);
  await tx.db.insert(lists).values({ id: newId(), accountId, name }).onConflictDoNothing();
  return (await findList(tx.db, accountId, name))!;
}

export interface MemberPair {
  contactId: string;
  listId: string;
}

export function listEvent(type: 'contact.added_to_list' | 'contact.removed_from_list', accountId: string, pair: MemberPair, names: Map<string, string>): EventInput {
  return { accountId, type, contactId: pair.contactId, payload: { contactId: pair.contactId, listId: pair.listId, list: names.get(pair.listId) ?? null } };
}

/** Adds memberships; only contacts newly in a list get `contact.added_to_list` (automations start on it). */
export async function addMembers(tx: Tx, accountId: string, pairs: MemberPair[], names: Map<string, string>, at: Date): Promise<MemberPair[]> {
  const added: MemberPair[] = [];
  for (const part of chunks(pairs, 10_000)) {
    const { rows } = await tx.sql.query<{ contact_id: string; list_id: string }>(
      `INSERT INTO list_members (account_id, list_id, contact_id, added_at)
       SELECT $1::uuid, p.list_id, p.contact_id, $4::timestamptz FROM unnest($2::uuid[], $3::uuid[]) AS p(list_id, contact_id)
       ON CONFLICT DO NOTHING RETURNING contact_id, list_id`,
      [accountId, part.map((p) => p.listId), part.map((p) => p.contactId), at.toISOString()],
    );
    added.push(...rows.map((r) => ({ contactId: r.contact_id, listId: r.list_id })));
  }
  await recordEvents(tx, added.map((p) => listEvent('contact.added_to_list', accountId, p, names)));
  return added;
}

export async function removeMembers(tx: Tx, accountId: string, contactId: string, listIds: string[], names: Map<string, string>): Promise<number> {
  if (listIds.length === 0) return 0;
  const removed = await tx.db
    .delete(listMembers)
    .where(and(eq(listMembers.accountId, accountId), eq(listMembers.contactId, contactId), inArray(listMembers.listId, listIds)))
    .returning({ contactId: listMembers.contactId, listId: listMembers.listId });
  await recordEvents(tx, removed.map((p) => listEvent('contact.removed_from_list', accountId, p, names)));
  return removed.length;
}

/** Makes a contact's lists exactly these (which must exist). Returns whether anything changed. */
export async function replaceContactLists(tx: Tx, accountId: string, contactId: string, refs: readonly string[], at: Date): Promise<boolean> {
  const wanted = await resolveLists(tx.db, accountId, refs);
  const current = await tx.db
    .select({ id: lists.id, name: lists.name })
    .from(listMembers)
    .innerJoin(lists, eq(lists.id, listMembers.listId))
    .where(and(eq(listMembers.accountId, accountId), eq(listMembers.contactId, contactId)));
  const wantedIds = new Set(wanted.map((l) => l.id));
  const currentIds = new Set(current.map((l) => l.id));
  const names = new Map([...wanted, ...current].map((l) => [l.id, l.name]));
  const added = await addMembers(
    tx,
    accountId,
    wanted.filter((l) => !currentIds.has(l.id)).map((l) => ({ contactId, listId: l.id })),
    names,
    at,
  );
  const removed = await removeMembers(
    tx,
    accountId,
    contactId,
    current.filter((l) => !wantedIds.has(l.id)).map((l) => l.id),
    names,
  );
  return added.length > 0 || removed > 0;
}

/**
 * Adds or removes the caller's visible contacts among `contactCondition` to or
 * from a list, in one statement; events only for memberships that changed.
 */
export async function changeMembership(
  tx: Tx,
  principal: Principal,
  list: ListRef,
  contactCondition: SQL,
  change: 'add' | 'remove',
  at: Date,
): Promise<number> {
  const accountId = principal.accountId;
  const target = and(visibleContactsCondition(principal), contactCondition);
  const rows =
    change === 'add'
      ? await executeRows<{ contact_id: string }>(
          tx.db,
          sql`insert into ${listMembers} (account_id, list_id, contact_id, added_at)
              select ${accountId}::uuid, ${list.id}::uuid, ${contacts.id}, ${at.toISOString()}::timestamptz from ${contacts} where ${target}
              on conflict do nothing returning contact_id`,
        )
      : await executeRows<{ contact_id: string }>(
          tx.db,
          sql`delete from ${listMembers} where ${listMembers.accountId} = ${accountId} and ${listMembers.listId} = ${list.id}
              and ${listMembers.contactId} in (select ${contacts.id} from ${contacts} where ${target}) returning contact_id`,
        );
  const names = new Map([[list.id, list.name]]);
  const type = change === 'add' ? 'contact.added_to_list' : 'contact.removed_from_list';
  await recordEvents(
    tx,
    rows.map((r) => listEvent(type, accountId, { contactId: r.contact_id, listId: list.id }, names)),
  );
  return rows.length;
}

/** `POST|DELETE /lists/{id}/contacts`: how many of the ids the caller can see, and how many changed. */
export async function changeListContacts(
  deps: ListDeps,
  principal: Principal,
  listId: string,
  contactIds: string[],
  change: 'add' | 'remove',
): Promise<{ matched: number; changed: number }> {
  const ids = [...new Set(contactIds.map((id) => id.toLowerCase()))];
  return deps.database.transaction(async (tx) => {
    const [list] = await tx.db
      .select({ id: lists.id, name: lists.name })
      .from(lists)
      .where(and(eq(lists.accountId, principal.accountId), eq(lists.id, listId)));
    if (!list) throw new ContactsError('list_not_found', 'List not found');
    if (ids.length === 0) return { matched: 0, changed: 0 };
    const [counted] = await tx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(contacts)
      .where(and(visibleContactsCondition(principal), anyUuid(contacts.id, ids)));
    const changed = await changeMembership(tx, principal, list, anyUuid(contacts.id, ids), change, deps.clock.now());
    return { matched: counted?.n ?? 0, changed };
  });
}
