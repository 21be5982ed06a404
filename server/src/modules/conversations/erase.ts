import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { conversations, messages, notes } from './schema.ts';

/** Removes every message, note and the conversation of these contacts (permanent contact deletion). */
export async function eraseConversationData(tx: Tx, accountId: string, contactIds: string[]): Promise<void> {
  if (contactIds.length === 0) return;
  await tx.db.delete(messages).where(and(eq(messages.accountId, accountId), inArray(messages.contactId, contactIds)));
  await tx.db.delete(notes).where(and(eq(notes.accountId, accountId), inArray(notes.contactId, contactIds)));
  await tx.db.delete(conversations).where(and(eq(conversations.accountId, accountId), inArray(conversations.contactId, contactIds)));
}
