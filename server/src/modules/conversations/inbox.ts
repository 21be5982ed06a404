import { and, desc, eq, gt, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Deps } from '../../deps.ts';
import { recordEvent } from '../../events/outbox.ts';
import type { Principal } from '../accounts/principal.ts';
import { loadRelations } from '../contacts/contact-json.ts';
import { likeContains } from '../contacts/contact-input.ts';
import { contactFilterCondition } from '../contacts/filters.ts';
import { contacts } from '../contacts/schema.ts';
import { getContactRow } from '../contacts/service.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { ConversationsError } from './errors.ts';
import { conversations, messages } from './schema.ts';

export interface ConversationFilters {
  tag?: string;
  operatorId?: string;
  listId?: string;
  unread?: boolean;
  q?: string;
  cursor?: string;
  limit: number;
}

export interface ConversationView {
  id: string;
  contact: { id: string; name: string | null; phone: string; blocked: boolean; lastInboundAt: Date | null };
  lastMessage: { id: string; direction: 'inbound' | 'outbound'; text: string | null; at: Date } | null;
  lastMessageAt: Date | null;
  unreadCount: number;
  operatorIds: string[];
  tags: string[];
}

/** Inbox search: the contact's name or number, or the text of any of their messages. */
function searchCondition(accountId: string, q: string): SQL {
  const like = likeContains(q.trim());
  const digits = q.replace(/\D/g, '');
  return or(
    ilike(contacts.name, like),
    digits.length >= 3 ? ilike(contacts.phone, `%${digits}%`) : undefined,
    sql`exists (select 1 from ${messages} where ${messages.accountId} = ${accountId} and ${messages.contactId} = ${contacts.id} and ${messages.text} ilike ${like})`,
  )!;
}

/** The inbox: one row per contact with messages, most recent first. */
export async function listConversations(deps: Pick<Deps, 'database'>, principal: Principal, f: ConversationFilters): Promise<{ data: ConversationView[]; nextCursor: string | null }> {
  const db = deps.database.db;
  const cursor = decodeCursor(f.cursor);
  if (f.cursor && (!cursor || cursor.length !== 2)) throw new ConversationsError('invalid_cursor', 'This cursor is not valid');
  const after = cursor
    ? sql`(${conversations.lastMessageAt}, ${conversations.id}) < (${cursor[0] as string}::timestamptz, ${cursor[1] as string}::uuid)`
    : undefined;
  const rows = await db
    .select({
      id: conversations.id,
      contactId: contacts.id,
      name: contacts.name,
      phone: contacts.phone,
      blocked: contacts.blocked,
      lastInboundAt: contacts.lastInboundAt,
      lastMessageId: conversations.lastMessageId,
      lastMessageAt: conversations.lastMessageAt,
      preview: conversations.lastMessagePreview,
      direction: conversations.lastMessageDirection,
      unreadCount: conversations.unreadCount,
    })
    .from(conversations)
    .innerJoin(contacts, eq(contacts.id, conversations.contactId))
    .where(
      and(
        eq(conversations.accountId, principal.accountId),
        // Visibility (chat operators), tag, list and operator: the contacts module's own filter.
        await contactFilterCondition(db, principal, { tags: f.tag ? [f.tag] : undefined, list: f.listId, operatorId: f.operatorId }),
        f.unread ? gt(conversations.unreadCount, 0) : undefined,
        f.q ? searchCondition(principal.accountId, f.q) : undefined,
        after,
      ),
    )
    .orderBy(desc(conversations.lastMessageAt), desc(conversations.id))
    .limit(f.limit + 1);
  const page = rows.slice(0, f.limit);
  const relations = await loadRelations(db, principal.accountId, page.map((r) => r.contactId));
  const data = page.map<ConversationView>((r) => ({
    id: r.id,
    contact: { id: r.contactId, name: r.name, phone: r.phone, blocked: r.blocked, lastInboundAt: r.lastInboundAt },
    lastMessage: r.lastMessageId && r.lastMessageAt && r.direction ? { id: r.lastMessageId, direction: r.direction, text: r.preview, at: r.lastMessageAt } : null,
    lastMessageAt: r.lastMessageAt,
    unreadCount: r.unreadCount,
    operatorIds: relations.operators.get(r.contactId) ?? [],
    tags: relations.tags.get(r.contactId) ?? [],
  }));
  const last = page[page.length - 1];
  const nextCursor = rows.length > f.limit && last?.lastMessageAt ? encodeCursor([last.lastMessageAt.toISOString(), last.id]) : null;
  return { data, nextCursor };
}

/** Marks a chat read (unread count to zero) or unread (at least one), as operators do from the inbox. */
export async function setConversationRead(deps: Pick<Deps, 'database'>, principal: Principal, contactId: string, read: boolean): Promise<{ unreadCount: number }> {
  return deps.database.transaction(async (tx) => {
    await getContactRow(tx.db, principal, contactId);
    const [row] = await tx.db
      .update(conversations)
      .set({ unreadCount: read ? 0 : sql`greatest(${conversations.unreadCount}, 1)`, updatedAt: sql`now()` })
      .where(and(eq(conversations.accountId, principal.accountId), eq(conversations.contactId, contactId)))
      .returning({ unreadCount: conversations.unreadCount });
    if (!row) throw new ConversationsError('contact_not_found', 'This contact has no conversation yet');
    await recordEvent(tx, { accountId: principal.accountId, type: read ? 'conversation.read' : 'conversation.unread', contactId, payload: { contactId, unreadCount: row.unreadCount } });
    return row;
  });
}
