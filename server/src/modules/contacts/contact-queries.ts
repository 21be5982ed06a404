import { and, desc, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { Principal } from '../accounts/principal.ts';
import { toContact, toContacts, type Contact, type ContactRelations, type ContactRow, loadRelations } from './contact-json.ts';
import { contactFilterCondition, decodeCursor, encodeCursor, type ContactFilter } from './filters.ts';
import { contacts } from './schema.ts';
import { getContactRow } from './service.ts';

export const DEFAULT_PAGE_SIZE = 50;

export async function getContact(deps: Pick<Deps, 'database'>, principal: Principal, contactId: string): Promise<Contact> {
  const row = await getContactRow(deps.database.db, principal, contactId);
  return (await toContacts(deps.database.db, principal.accountId, [row]))[0]!;
}

/** One keyset page, newest first, of the contacts matching `condition`, after the contact `beforeId`. */
export async function contactRowsPage(db: Db, condition: SQL, beforeId: string | null, limit: number): Promise<ContactRow[]> {
  return db
    .select()
    .from(contacts)
    .where(beforeId ? and(condition, lt(contacts.id, beforeId)) : condition)
    .orderBy(desc(contacts.id))
    .limit(limit);
}

export async function listContacts(
  deps: Pick<Deps, 'database'>,
  principal: Principal,
  filter: ContactFilter,
  page: { cursor?: string; limit?: number },
): Promise<{ data: Contact[]; nextCursor: string | null }> {
  const db = deps.database.db;
  const limit = page.limit ?? DEFAULT_PAGE_SIZE;
  const beforeId = page.cursor ? decodeCursor(page.cursor) : null;
  const condition = await contactFilterCondition(db, principal, filter);
  const rows = await contactRowsPage(db, condition, beforeId, limit + 1);
  const pageRows = rows.slice(0, limit);
  const relations: ContactRelations = await loadRelations(
    db,
    principal.accountId,
    pageRows.map((r) => r.id),
  );
  return {
    data: pageRows.map((row) => toContact(row, relations)),
    nextCursor: rows.length > limit ? encodeCursor(pageRows[pageRows.length - 1]!.id) : null,
  };
}
