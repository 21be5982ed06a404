import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { recordEvent } from '../../events/outbox.ts';
import { newId } from '../../lib/ids.ts';
import { e164FromWaId } from '../../lib/phone.ts';
import type { Principal } from '../accounts/principal.ts';
import type { InboundMessage, StatusUpdate } from '../channels/webhook-payload.ts';
import { getContactRow, upsertContactFromWhatsApp } from '../contacts/service.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { ConversationsError } from './errors.ts';
import { messages, notes, type MessageStatus, type SenderType } from './schema.ts';
import { advancesStatus } from './status-order.ts';

export type MessageRow = typeof messages.$inferSelect;

export interface MessageView {
  id: string;
  contactId: string;
  direction: 'inbound' | 'outbound';
  type: string;
  text: string | null;
  status: MessageStatus;
  waMessageId: string | null;
  contextWaMessageId: string | null;
  content: Record<string, unknown>;
  error: { code: number | null; title: string | null; details: string | null } | null;
  sentBy: { type: SenderType; id: string | null };
  createdAt: Date;
  sentAt: Date | null;
  deliveredAt: Date | null;
  readAt: Date | null;
  failedAt: Date | null;
}

export function toMessageView(row: MessageRow): MessageView {
  return {
    id: row.id,
    contactId: row.contactId,
    direction: row.direction,
    type: row.type,
    text: row.text,
    status: row.status,
    waMessageId: row.waMessageId,
    contextWaMessageId: row.contextWaMessageId,
    content: row.content,
    error: row.errorCode !== null || row.errorTitle !== null ? { code: row.errorCode, title: row.errorTitle, details: row.errorDetail } : null,
    sentBy: { type: row.sentByType, id: row.sentById },
    createdAt: row.createdAt,
    sentAt: row.sentAt,
    deliveredAt: row.deliveredAt,
    readAt: row.readAt,
    failedAt: row.failedAt,
  };
}

/** Keeps the inbox row of a contact current; operators replying clears the unread count. */
export async function touchConversation(
  tx: Tx,
  input: { accountId: string; contactId: string; messageId: string; at: Date; preview: string | null; direction: 'inbound' | 'outbound'; unreadDelta: number; clearUnread: boolean },
): Promise<void> {
  await tx.sql.query(
    `INSERT INTO conversations (id, account_id, contact_id, last_message_id, last_message_at, last_message_preview, last_message_direction, unread_count)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (contact_id) DO UPDATE SET
       last_message_id = CASE WHEN conversations.last_message_at IS NULL OR excluded.last_message_at >= conversations.last_message_at
                              THEN excluded.last_message_id ELSE conversations.last_message_id END,
       last_message_preview = CASE WHEN conversations.last_message_at IS NULL OR excluded.last_message_at >= conversations.last_message_at
                              THEN excluded.last_message_preview ELSE conversations.last_message_preview END,
       last_message_direction = CASE WHEN conversations.last_message_at IS NULL OR excluded.last_message_at >= conversations.last_message_at
                              THEN excluded.last_message_direction ELSE conversations.last_message_direction END,
       last_message_at = greatest(conversations.last_message_at, excluded.last_message_at),
       unread_count = CASE WHEN $9 THEN 0 ELSE conversations.unread_count + excluded.unread_count END,
       updated_at = now()`,
    [newId(), input.accountId, input.contactId, input.messageId, input.at, input.preview?.slice(0, 200) ?? null, input.direction, input.clearUnread ? 0 : input.unreadDelta, input.clearUnread],
  );
}

/** Types that are not a customer writing to the business: they raise no unread badge. */
const SILENT_TYPES = new Set(['reaction', 'system', 'unsupported']);

/**
 * Stores one inbound WhatsApp message, once: a re-delivered webhook finds the
 * message id taken and changes nothing.
 */
export async function recordInbound(
  tx: Tx,
  input: { accountId: string; channelId: string; message: InboundMessage; now: Date },
): Promise<{ messageId: string; contactId: string } | null> {
  const { message, accountId } = input;
  // WhatsApp's timestamp says when the customer wrote; never trust one from the future.
  const sentAt = Number.isNaN(message.sentAt.getTime()) || message.sentAt > input.now ? input.now : message.sentAt;
  const { contact } = await upsertContactFromWhatsApp(tx, accountId, { phone: e164FromWaId(message.from), profileName: message.profileName, inboundAt: sentAt });
  const id = newId();
  const inserted = await tx.db
    .insert(messages)
    .values({
      id,
      accountId,
      contactId: contact.id,
      channelId: input.channelId,
      direction: 'inbound',
      type: message.type,
      text: message.text,
      content: message.raw,
      status: 'received',
      waMessageId: message.waMessageId,
      contextWaMessageId: message.contextWaMessageId,
      sentByType: 'customer',
      sentAt,
      createdAt: input.now,
      updatedAt: input.now,
    })
    .onConflictDoNothing({ target: [messages.accountId, messages.waMessageId], where: sql`${messages.waMessageId} is not null` })
    .returning({ id: messages.id });
  if (inserted.length === 0) return null;
  await touchConversation(tx, {
    accountId,
    contactId: contact.id,
    messageId: id,
    at: input.now,
    preview: message.text ?? `[${message.type}]`,
    direction: 'inbound',
    unreadDelta: SILENT_TYPES.has(message.type) ? 0 : 1,
    clearUnread: false,
  });
  await recordEvent(tx, {
    accountId,
    type: message.type === 'reaction' ? 'message.reaction' : 'message.received',
    contactId: contact.id,
    payload: {
      messageId: id,
      contactId: contact.id,
      channelId: input.channelId,
      waMessageId: message.waMessageId,
      type: message.type,
      text: message.text,
      from: e164FromWaId(message.from),
      contextWaMessageId: message.contextWaMessageId,
      reply: replyOf(message.raw),
    },
  });
  return { messageId: id, contactId: contact.id };
}

/** The id and title of a tapped button or list row: automations branch on it. */
function replyOf(raw: Record<string, unknown>): { kind: string; id: string | null; title: string | null } | null {
  if (raw.type === 'button') {
    const b = raw.button as { payload?: string; text?: string } | undefined;
    return { kind: 'template_button', id: b?.payload ?? null, title: b?.text ?? null };
  }
  if (raw.type === 'interactive') {
    const i = raw.interactive as { type?: string; button_reply?: { id?: string; title?: string }; list_reply?: { id?: string; title?: string } } | undefined;
    const reply = i?.button_reply ?? i?.list_reply;
    if (reply) return { kind: i?.type ?? 'interactive', id: reply.id ?? null, title: reply.title ?? null };
  }
  return null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Applies a delivery status to the outbound message it belongs to, found by
 * WhatsApp id or, when the webhook beat the send's own response, by the
 * Sportello id echoed in biz_opaque_callback_data.
 */
export async function applyStatusUpdate(tx: Tx, accountId: string, update: StatusUpdate): Promise<boolean> {
  const byCallback = update.callbackData && UUID.test(update.callbackData) ? update.callbackData : null;
  const { rows } = await tx.sql.query<{ id: string; status: MessageStatus; contact_id: string; wa_message_id: string | null }>(
    `SELECT id, status, contact_id, wa_message_id FROM messages
      WHERE account_id = $1 AND direction = 'outbound' AND (wa_message_id = $2 OR id = $3::uuid)
      ORDER BY (wa_message_id = $2) DESC NULLS LAST LIMIT 1 FOR UPDATE`,
    [accountId, update.waMessageId, byCallback],
  );
  const row = rows[0];
  if (!row) return false;
  const column = { sent: 'sent_at', delivered: 'delivered_at', read: 'read_at', failed: 'failed_at' }[update.status];
  const advances = advancesStatus(row.status, update.status);
  const at = Number.isNaN(update.at.getTime()) ? new Date() : update.at;
  await tx.sql.query(
    `UPDATE messages SET ${column} = coalesce(${column}, $2),
            wa_message_id = coalesce(wa_message_id, $3),
            status = CASE WHEN $4 THEN $5 ELSE status END,
            error_code = CASE WHEN $4 AND $5 = 'failed' THEN $6 ELSE error_code END,
            error_title = CASE WHEN $4 AND $5 = 'failed' THEN $7 ELSE error_title END,
            error_detail = CASE WHEN $4 AND $5 = 'failed' THEN $8 ELSE error_detail END,
            updated_at = now()
      WHERE id = $1`,
    [row.id, at, update.waMessageId, advances, update.status, update.error?.code ?? null, update.error?.title ?? null, update.error?.details ?? null],
  );
  if (!advances) return false;
  await recordEvent(tx, {
    accountId,
    type: 'message.status',
    contactId: row.contact_id,
    payload: { messageId: row.id, contactId: row.contact_id, waMessageId: update.waMessageId, status: update.status, previous: row.status, at: at.toISOString(), error: update.error },
  });
  return true;
}

export interface MessagePage {
  data: Array<MessageView | NoteView>;
  nextCursor: string | null;
}

export interface NoteView {
  id: string;
  contactId: string;
  direction: 'note';
  type: 'note';
  text: string;
  sentBy: { type: SenderType; id: string | null };
  createdAt: Date;
}

/** A contact's messages, newest first, by UUIDv7 order; with notes interleaved when asked. */
export async function listMessages(
  deps: Pick<Deps, 'database'>,
  principal: Principal,
  contactId: string,
  options: { cursor?: string; limit: number; includeNotes?: boolean },
): Promise<MessagePage> {
  const db = deps.database.db;
  await getContactRow(db, principal, contactId);
  const cursor = decodeCursor(options.cursor);
  if (options.cursor && (!cursor || typeof cursor[0] !== 'string' || !UUID.test(cursor[0]))) throw new ConversationsError('invalid_cursor', 'This cursor is not valid');
  const before = cursor?.[0] as string | undefined;
  const rows = await db
    .select()
    .from(messages)
    .where(and(eq(messages.accountId, principal.accountId), eq(messages.contactId, contactId), before ? lt(messages.id, before) : undefined))
    .orderBy(desc(messages.id))
    .limit(options.limit + 1);
  let items: Array<MessageView | NoteView> = rows.map(toMessageView);
  if (options.includeNotes) {
    const noteRows = await db
      .select()
      .from(notes)
      .where(and(eq(notes.accountId, principal.accountId), eq(notes.contactId, contactId), before ? lt(notes.id, before) : undefined))
      .orderBy(desc(notes.id))
      .limit(options.limit + 1);
    items = [...items, ...noteRows.map(toNoteView)].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  }
  const page = items.slice(0, options.limit);
  const nextCursor = items.length > options.limit ? encodeCursor([page[page.length - 1]!.id]) : null;
  return { data: page, nextCursor };
}

export async function getMessage(deps: Pick<Deps, 'database'>, principal: Principal, id: string): Promise<MessageView> {
  const [row] = await deps.database.db.select().from(messages).where(and(eq(messages.accountId, principal.accountId), eq(messages.id, id)));
  if (!row) throw new ConversationsError('message_not_found', 'Message not found');
  // The same visibility as the contact's: chat operators see only their contacts' messages.
  try {
    await getContactRow(deps.database.db, principal, row.contactId);
  } catch {
    throw new ConversationsError('message_not_found', 'Message not found');
  }
  return toMessageView(row);
}

function toNoteView(row: typeof notes.$inferSelect): NoteView {
  return { id: row.id, contactId: row.contactId, direction: 'note', type: 'note', text: row.text, sentBy: { type: row.authorType, id: row.authorId }, createdAt: row.createdAt };
}

export async function addNote(
  deps: Pick<Deps, 'database' | 'clock'>,
  principal: Principal,
  contactId: string,
  input: { text: string; author: { type: SenderType; id: string | null } },
): Promise<NoteView> {
  return deps.database.transaction(async (tx) => {
    await getContactRow(tx.db, principal, contactId);
    const [row] = await tx.db
      .insert(notes)
      .values({ id: newId(), accountId: principal.accountId, contactId, authorType: input.author.type, authorId: input.author.id, text: input.text, createdAt: deps.clock.now() })
      .returning();
    await recordEvent(tx, { accountId: principal.accountId, type: 'note.created', contactId, payload: { noteId: row!.id, contactId, text: row!.text, author: input.author } });
    return toNoteView(row!);
  });
}

export async function listNotes(
  deps: Pick<Deps, 'database'>,
  principal: Principal,
  contactId: string,
  options: { cursor?: string; limit: number },
): Promise<{ data: NoteView[]; nextCursor: string | null }> {
  const db = deps.database.db;
  await getContactRow(db, principal, contactId);
  const cursor = decodeCursor(options.cursor);
  if (options.cursor && (!cursor || typeof cursor[0] !== 'string' || !UUID.test(cursor[0]))) throw new ConversationsError('invalid_cursor', 'This cursor is not valid');
  const before = cursor?.[0] as string | undefined;
  const rows = await db
    .select()
    .from(notes)
    .where(and(eq(notes.accountId, principal.accountId), eq(notes.contactId, contactId), before ? lt(notes.id, before) : undefined))
    .orderBy(desc(notes.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit).map(toNoteView);
  return { data: page, nextCursor: rows.length > options.limit ? encodeCursor([page[page.length - 1]!.id]) : null };
}
