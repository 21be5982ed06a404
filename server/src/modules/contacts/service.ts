import { and, eq, exists, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { recordEvent } from '../../events/outbox.ts';
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

/** The contact if the caller may see it, else contact_not_found (also for other accounts' ids). */
export async function getContactRow(db: Db, principal: Principal, contactId: string): Promise<ContactRow> {
  const [row] = await db.select().from(contacts).where(and(eq(contacts.id, contactId), visibleContactsCondition(principal)));
  if (!row) throw new ContactsError('contact_not_found', 'Contact not found');
  return row;
}

export async function findContactRowByPhone(db: Db, principal: Principal, e164: string): Promise<ContactRow | undefined> {
  const [row] = await db.select().from(contacts).where(and(eq(contacts.phone, e164), visibleContactsCondition(principal)));
  return row;
}

/**
 * The contact a WhatsApp message comes from: created on first contact, brought
 * back if it had been deleted, named from the WhatsApp profile when it has no name.
 */
export async function upsertContactFromWhatsApp(
  tx: Tx,
  accountId: string,
  input: { phone: string; profileName?: string | null; inboundAt: Date },
): Promise<{ contact: ContactRow; created: boolean }> {
  const id = newId();
  const [row] = await tx.db
    .insert(contacts)
    .values({ id, accountId, phone: input.phone, name: input.profileName ?? null, lastInboundAt: input.inboundAt, lastMessageAt: input.inboundAt })
    .onConflictDoUpdate({
      target: [contacts.accountId, contacts.phone],
      set: {
        name: sql`coalesce(${contacts.name}, excluded.name)`,
        lastInboundAt: sql`greatest(${contacts.lastInboundAt}, excluded.last_inbound_at)`,
        lastMessageAt: sql`greatest(${contacts.lastMessageAt}, excluded.last_message_at)`,
        deletedAt: null,
        updatedAt: sql`now()`,
      },
    })
    .returning();
  const created = row!.id === id;
  if (created) {
    await recordEvent(tx, { accountId, type: 'contact.created', contactId: row!.id, payload: { id: row!.id, phone: row!.phone, name: row!.name, source: 'whatsapp' } });
  }
  return { contact: row!, created };
}

/** Records that a message went out to the contact (ordering of the inbox). */
export async function touchContactOutbound(tx: Tx, accountId: string, contactId: string, at: Date): Promise<void> {
  await tx.db
    .update(contacts)
    .set({ lastMessageAt: sql`greatest(${contacts.lastMessageAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(contacts.accountId, accountId), eq(contacts.id, contactId)));
}
