import { and, eq, exists, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { EventInput } from '../../events/types.ts';
import { newId } from '../../lib/ids.ts';
import type { Principal } from '../accounts/principal.ts';
import { ContactsError } from './errors.ts';
import { contactOperators, contacts } from './schema.ts';

export type ContactRow = typeof contacts.$inferSelect;

/**
 * Chat operators see only the contacts assigned to them; everyone else sees
 * the whole account. Every contact query of every module goes through this.
 */
export function visibleContactsCondition(principal: Principal): SQL {
  const ofAccount = and(eq(contacts.accountId, principal.accountId), isNull(contacts.deletedAt))!;
  if (principal.role !== 'chat_operator' || !principal.userId) return ofAccount;
  return and(
    ofAccount,
    exists(
      sql`(select 1 from ${contactOperators} where ${contactOperators.contactId} = ${contacts.id} and ${contactOperators.userId} = ${principal.userId})`,
    ),
  )!;
}

/** The ids of the contacts the caller may see, as a subquery other modules filter their rows by. */
export function visibleContactIds(principal: Principal): SQL {
  return sql`(select ${contacts.id} from ${contacts} where ${visibleContactsCondition(principal)})`;
}

/** The contact if the caller may see it, else contact_not_found (also for other accounts' ids). */
export async function getContactRow(db: Db, principal: Principal, contactId: string): Promise<ContactRow> {
  const [row] = await db.select().from(contacts).where(and(eq(contacts.id, contactId), visibleContactsCondition(principal)));
  if (!row) throw new ContactsError('contact_not_found', 'Contact not found');
  return row;
}

/** Which of these ids are contacts the caller may see: the others do not exist for them. */
export async function visibleContactIdsAmong(db: Db, principal: Principal, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(inArray(contacts.id, [...new Set(ids)]), visibleContactsCondition(principal)));
  return new Set(rows.map((r) => r.id));
}

export async function findContactRowByPhone(db: Db, principal: Principal, e164: string): Promise<ContactRow | undefined> {
  const [row] = await db.select().from(contacts).where(and(eq(contacts.phone, e164), visibleContactsCondition(principal)));
  return row;
}

/** One inbound message's sender, as `upsertContactsFromWhatsApp` takes it. */
export interface WhatsAppSender {
  accountId: string;
  phone: string;
  profileName?: string | null;
  inboundAt: Date;
}

/** The contact of one sender; `createdEvent` is set on the first sender of a contact this call created. */
export interface WhatsAppSenderContact {
  contactId: string;
  createdEvent: EventInput | null;
}

/**
 * The contacts WhatsApp messages come from — created on first contact, brought
 * back if deleted, named from the WhatsApp profile when they have no name — for
 * many senders in one statement, with the
 * same result as calling it for each in turn: a number seen several times is
 * one contact, named from the first profile name given, with the latest
 * message time. The `contact.created` events are returned, not recorded, so
 * the caller can record them in order with the rest of its events.
 */
export async function upsertContactsFromWhatsApp(tx: Tx, senders: readonly WhatsAppSender[]): Promise<WhatsAppSenderContact[]> {
  interface Merged {
    id: string;
    accountId: string;
    phone: string;
    name: string | null;
    inboundAt: Date;
    first: number;
  }
  const merged = new Map<string, Merged>();
  const keyOf = (s: { accountId: string; phone: string }) => `${s.accountId} ${s.phone}`;
  senders.forEach((s, i) => {
    const key = keyOf(s);
    const m = merged.get(key);
    if (!m) {
      merged.set(key, { id: newId(), accountId: s.accountId, phone: s.phone, name: s.profileName ?? null, inboundAt: s.inboundAt, first: i });
      return;
    }
    m.name ??= s.profileName ?? null;
    if (s.inboundAt > m.inboundAt) m.inboundAt = s.inboundAt;
  });
  if (merged.size === 0) return [];
  // ON CONFLICT DO UPDATE may touch a row once per statement: hence one row per number, in a
  // fixed order so that two processors upserting the same contacts lock them in the same order.
  const rows = [...merged.values()].sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : a.phone < b.phone ? -1 : a.phone > b.phone ? 1 : 0));
  const { rows: stored } = await tx.sql.query<{ id: string; account_id: string; phone: string }>(
    `INSERT INTO contacts (id, account_id, phone, name, last_inbound_at, last_message_at)
     SELECT c.id, c.account_id, c.phone, c.name, c.inbound_at, c.inbound_at
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::timestamptz[]) WITH ORDINALITY AS c(id, account_id, phone, name, inbound_at, ord)
      ORDER BY c.ord
     ON CONFLICT (account_id, phone) DO UPDATE SET
       name = coalesce(contacts.name, excluded.name),
       last_inbound_at = greatest(contacts.last_inbound_at, excluded.last_inbound_at),
       last_message_at = greatest(contacts.last_message_at, excluded.last_message_at),
       deleted_at = NULL,
       updated_at = now()
     RETURNING id, account_id, phone`,
    [rows.map((r) => r.id), rows.map((r) => r.accountId), rows.map((r) => r.phone), rows.map((r) => r.name), rows.map((r) => r.inboundAt.toISOString())],
  );
  const idOf = new Map(stored.map((r) => [keyOf({ accountId: r.account_id, phone: r.phone }), r.id]));
  return senders.map((s, i) => {
    const m = merged.get(keyOf(s))!;
    const contactId = idOf.get(keyOf(s))!;
    const created = i === m.first && contactId === m.id;
    return {
      contactId,
      // The contact as its first message created it: later messages of the batch only fill in the name.
      createdEvent: created ? { accountId: s.accountId, type: 'contact.created', contactId, payload: { id: contactId, phone: s.phone, name: s.profileName ?? null, source: 'whatsapp' } } : null,
    };
  });
}

/** Records that a message went out to the contact (ordering of the inbox). */
export async function touchContactOutbound(tx: Tx, accountId: string, contactId: string, at: Date): Promise<void> {
  await tx.db
    .update(contacts)
    .set({ lastMessageAt: sql`greatest(${contacts.lastMessageAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(contacts.accountId, accountId), eq(contacts.id, contactId)));
}

/**
 * Contacts whose date field (`YYYY-MM-DD`) is one of the given dates, or
 * falls on one of the given month-days (`MM-DD`) of any year: the date
 * conditions of automations.
 */
export async function contactIdsByFieldDate(tx: Tx, accountId: string, fieldKey: string, match: { dates: string[] } | { monthDays: string[] }): Promise<string[]> {
  const { rows } =
    'dates' in match
      ? await tx.sql.query<{ id: string }>(`SELECT id FROM contacts WHERE account_id = $1 AND deleted_at IS NULL AND fields->>$2 = ANY($3::text[])`, [
          accountId,
          fieldKey,
          match.dates,
        ])
      : await tx.sql.query<{ id: string }>(
          `SELECT id FROM contacts WHERE account_id = $1 AND deleted_at IS NULL AND substr(fields->>$2, 6, 5) = ANY($3::text[])`,
          [accountId, fieldKey, match.monthDays],
        );
  return rows.map((r) => r.id);
}
