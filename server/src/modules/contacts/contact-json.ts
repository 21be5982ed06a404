import { and, asc, eq, sql } from 'drizzle-orm';
import { anyUuid } from './batch-sql.ts';
import type { Db } from '../../db/client.ts';
import { contactOperators, contactTags, listMembers, lists, tags } from './schema.ts';
import type { ContactRow } from './service.ts';

export type { ContactRow };

/** A contact as the API shows it: the row plus its tags, lists and operators. */
export interface Contact {
  id: string;
  phone: string;
  name: string | null;
  email: string | null;
  language: string | null;
  marketingOptIn: boolean;
  marketingOptInAt: Date | null;
  marketingOptInSource: string | null;
  blocked: boolean;
  blockedAt: Date | null;
  fields: Record<string, unknown>;
  tags: string[];
  lists: Array<{ id: string; name: string }>;
  operatorIds: string[];
  createdAt: Date;
  updatedAt: Date;
  lastInboundAt: Date | null;
  lastMessageAt: Date | null;
}

export interface ContactRelations {
  tags: Map<string, string[]>;
  lists: Map<string, Array<{ id: string; name: string }>>;
  operators: Map<string, string[]>;
}

function groupBy<T, V>(rows: T[], keyOf: (row: T) => string, valueOf: (row: T) => V): Map<string, V[]> {
  const map = new Map<string, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const bucket = map.get(key);
    if (bucket) bucket.push(valueOf(row));
    else map.set(key, [valueOf(row)]);
  }
  return map;
}

/** Tags, lists and operators of a page of contacts: one query each, whatever the page size. */
export async function loadRelations(db: Db, accountId: string, contactIds: string[]): Promise<ContactRelations> {
  if (contactIds.length === 0) return { tags: new Map(), lists: new Map(), operators: new Map() };
  const [tagRows, listRows, operatorRows] = [
    await db
      .select({ contactId: contactTags.contactId, name: tags.name })
      .from(contactTags)
      .innerJoin(tags, eq(tags.id, contactTags.tagId))
      .where(and(eq(contactTags.accountId, accountId), anyUuid(contactTags.contactId, contactIds)))
      .orderBy(sql`lower(${tags.name})`),
    await db
      .select({ contactId: listMembers.contactId, id: lists.id, name: lists.name })
      .from(listMembers)
      .innerJoin(lists, eq(lists.id, listMembers.listId))
      .where(and(eq(listMembers.accountId, accountId), anyUuid(listMembers.contactId, contactIds)))
      .orderBy(sql`lower(${lists.name})`),
    await db
      .select({ contactId: contactOperators.contactId, userId: contactOperators.userId })
      .from(contactOperators)
      .where(and(eq(contactOperators.accountId, accountId), anyUuid(contactOperators.contactId, contactIds)))
      .orderBy(asc(contactOperators.assignedAt), asc(contactOperators.userId)),
  ];
  return {
    tags: groupBy(tagRows, (r) => r.contactId, (r) => r.name),
    lists: groupBy(listRows, (r) => r.contactId, (r) => ({ id: r.id, name: r.name })),
    operators: groupBy(operatorRows, (r) => r.contactId, (r) => r.userId),
  };
}

export function toContact(row: ContactRow, relations: ContactRelations): Contact {
  return {
    id: row.id,
    phone: row.phone,
    name: row.name,
    email: row.email,
    language: row.language,
    marketingOptIn: row.marketingOptIn,
    marketingOptInAt: row.marketingOptInAt,
    marketingOptInSource: row.marketingOptInSource,
    blocked: row.blocked,
    blockedAt: row.blockedAt,
    fields: row.fields ?? {},
    tags: relations.tags.get(row.id) ?? [],
    lists: relations.lists.get(row.id) ?? [],
    operatorIds: relations.operators.get(row.id) ?? [],
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    lastInboundAt: row.lastInboundAt,
    lastMessageAt: row.lastMessageAt,
  };
}

export async function toContacts(db: Db, accountId: string, rows: ContactRow[]): Promise<Contact[]> {
  const relations = await loadRelations(
    db,
    accountId,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toContact(row, relations));
}
