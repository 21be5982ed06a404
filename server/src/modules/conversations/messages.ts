import { and, desc, eq, lt } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { EventInput } from '../../events/types.ts';
import { newId } from '../../lib/ids.ts';
import { e164FromWaId } from '../../lib/phone.ts';
import type { Principal } from '../accounts/principal.ts';
import type { DeliveryStatus, InboundMessage, StatusUpdate } from '../channels/webhook-payload.ts';
import { getContactRow, upsertContactsFromWhatsApp } from '../contacts/service.ts';
import { decodeIdCursor, encodeCursor } from './cursor.ts';
import { ConversationsError } from './errors.ts';
import { notesBefore, type NoteView } from './notes.ts';
import { messages, type MessageStatus, type SenderType } from './schema.ts';
import { foldStatus, startFold, type StatusFold } from './status-order.ts';

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

/** An upsert of a conversation keeps whichever last message is newer: webhooks and sends interleave. */
const LATEST_MESSAGE_WINS = ['last_message_id', 'last_message_preview', 'last_message_direction']
  .map(
    (column) => `${column} = CASE WHEN conversations.last_message_at IS NULL OR excluded.last_message_at >= conversations.last_message_at
                   THEN excluded.${column} ELSE conversations.${column} END`,
  )
  .concat('last_message_at = greatest(conversations.last_message_at, excluded.last_message_at)')
  .join(',\n       ');

/** Keeps the inbox row of a contact current; operators replying clears the unread count. */
export async function touchConversation(
  tx: Tx,
  input: { accountId: string; contactId: string; messageId: string; at: Date; preview: string | null; direction: 'inbound' | 'outbound'; unreadDelta: number; clearUnread: boolean },
): Promise<void> {
  await tx.sql.query(
    `INSERT INTO conversations (id, account_id, contact_id, last_message_id, last_message_at, last_message_preview, last_message_direction, unread_count)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (contact_id) DO UPDATE SET
       ${LATEST_MESSAGE_WINS},
       unread_count = CASE WHEN $9 THEN 0 ELSE conversations.unread_count + excluded.unread_count END,
       updated_at = now()`,
    [newId(), input.accountId, input.contactId, input.messageId, input.at, input.preview?.slice(0, 200) ?? null, input.direction, input.clearUnread ? 0 : input.unreadDelta, input.clearUnread],
  );
}

/** Types that are not a customer writing to the business: they raise no unread badge. */
const SILENT_TYPES = new Set(['reaction', 'system', 'unsupported']);

/** One inbound WhatsApp message and the channel it came in on. */
export interface InboundItem {
  accountId: string;
  channelId: string;
  message: InboundMessage;
}

/** What storing one inbound message did; `messageId` is null when it was stored before. */
export interface InboundOutcome {
  messageId: string | null;
  contactId: string;
  /** `contact.created` and `message.received`/`message.reaction`, for the caller to record in its transaction. */
  events: EventInput[];
}

/**
 * Stores inbound WhatsApp messages, each once: a re-delivered webhook, in this
 * batch or an earlier one, finds the message id taken and changes nothing.
 * The result is the same as storing the items one by one in their order, in
 * three statements whatever their number (contacts, messages, conversations).
 * The events are returned, one entry per item, for the caller to record in
 * arrival order together with its others.
 */
export async function recordInboundBatch(tx: Tx, items: readonly InboundItem[], now: Date): Promise<InboundOutcome[]> {
  if (items.length === 0) return [];
  // WhatsApp's timestamp says when the customer wrote; never trust one from the future.
  const sentAts = items.map(({ message }) => (Number.isNaN(message.sentAt.getTime()) || message.sentAt > now ? now : message.sentAt));
  const phones = items.map(({ message }) => e164FromWaId(message.from));
  const contacts = await upsertContactsFromWhatsApp(
    tx,
    items.map((item, i) => ({ accountId: item.accountId, phone: phones[i]!, profileName: item.message.profileName, inboundAt: sentAts[i]! })),
  );

  // A message id seen twice in the batch is stored from its first delivery only.
  const firstOfKey = new Map<string, number>();
  const candidates: number[] = [];
  items.forEach(({ accountId, message }, i) => {
    const key = `${accountId} ${message.waMessageId}`;
    if (firstOfKey.has(key)) return;
    firstOfKey.set(key, i);
    candidates.push(i);
  });
  // Inserted in key order: two processors given the same re-delivered messages wait for each other instead of deadlocking.
  candidates.sort((a, b) => {
    const ka = `${items[a]!.accountId} ${items[a]!.message.waMessageId}`;
    const kb = `${items[b]!.accountId} ${items[b]!.message.waMessageId}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  const ids = items.map(() => newId());
  const { rows: inserted } = await tx.sql.query<{ id: string }>(
    `INSERT INTO messages (id, account_id, contact_id, channel_id, direction, type, text, content, status,
                           wa_message_id, context_wa_message_id, sent_by_type, sent_at, created_at, updated_at)
     SELECT m.id, m.account_id, m.contact_id, m.channel_id, 'inbound', m.type, m.text, m.content, 'received',
            m.wa_message_id, m.context_wa_message_id, 'customer', m.sent_at, $2::timestamptz, $2::timestamptz
       FROM jsonb_to_recordset($1::jsonb) AS m(id uuid, account_id uuid, contact_id uuid, channel_id uuid, type text, text text,
            content jsonb, wa_message_id text, context_wa_message_id text, sent_at timestamptz)
     ON CONFLICT (account_id, wa_message_id) WHERE wa_message_id IS NOT NULL DO NOTHING
     RETURNING id`,
    [
      JSON.stringify(
        candidates.map((i) => {
          const { accountId, channelId, message } = items[i]!;
          return {
            id: ids[i],
            account_id: accountId,
            contact_id: contacts[i]!.contactId,
            channel_id: channelId,
            type: message.type,
            text: message.text,
            content: message.raw,
            wa_message_id: message.waMessageId,
            context_wa_message_id: message.contextWaMessageId,
            sent_at: sentAts[i]!.toISOString(),
          };
        }),
      ),
      now.toISOString(),
    ],
  );
  const stored = new Set(inserted.map((r) => r.id));

  // Each conversation ends with the last message of the batch and one unread more per message a person wrote.
  const touched = new Map<string, { accountId: string; contactId: string; messageId: string; preview: string; unread: number }>();
  items.forEach(({ accountId, message }, i) => {
    if (!stored.has(ids[i]!)) return;
    const contactId = contacts[i]!.contactId;
    const previous = touched.get(contactId);
    touched.set(contactId, {
      accountId,
      contactId,
      messageId: ids[i]!,
      preview: (message.text ?? `[${message.type}]`).slice(0, 200),
      unread: (previous?.unread ?? 0) + (SILENT_TYPES.has(message.type) ? 0 : 1),
    });
  });
  await touchInboundConversations(tx, [...touched.values()], now);

  return items.map(({ accountId, channelId, message }, i) => {
    const { contactId, createdEvent } = contacts[i]!;
    const events: EventInput[] = createdEvent ? [createdEvent] : [];
    const messageId = stored.has(ids[i]!) ? ids[i]! : null;
    if (messageId) {
      events.push({
        accountId,
        type: message.type === 'reaction' ? 'message.reaction' : 'message.received',
        contactId,
        payload: {
          messageId,
          contactId,
          channelId,
          waMessageId: message.waMessageId,
          type: message.type,
          text: message.text,
          from: phones[i],
          contextWaMessageId: message.contextWaMessageId,
          reply: replyOf(message.raw),
          receivedAt: now.toISOString(),
        },
      });
    }
    return { messageId, contactId, events };
  });
}

/** `touchConversation` for inbound messages of many contacts, one row per contact, in one statement. */
async function touchInboundConversations(
  tx: Tx,
  rows: Array<{ accountId: string; contactId: string; messageId: string; preview: string; unread: number }>,
  at: Date,
): Promise<void> {
  if (rows.length === 0) return;
  // Rows are locked in contact id order, so concurrent processors cannot deadlock on them.
  rows.sort((a, b) => (a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : 0));
  await tx.sql.query(
    `INSERT INTO conversations (id, account_id, contact_id, last_message_id, last_message_at, last_message_preview, last_message_direction, unread_count)
     SELECT c.id, c.account_id, c.contact_id, c.message_id, $2::timestamptz, c.preview, 'inbound', c.unread
       FROM unnest($1::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::int[]) WITH ORDINALITY AS c(id, account_id, contact_id, message_id, preview, unread, ord)
      ORDER BY c.ord
     ON CONFLICT (contact_id) DO UPDATE SET
       ${LATEST_MESSAGE_WINS},
       unread_count = conversations.unread_count + excluded.unread_count,
       updated_at = now()`,
    [
      rows.map(() => newId()),
      at.toISOString(),
      rows.map((r) => r.accountId),
      rows.map((r) => r.contactId),
      rows.map((r) => r.messageId),
      rows.map((r) => r.preview),
      rows.map((r) => r.unread),
    ],
  );
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

/** One delivery status webhook and the account it was received for. */
export interface StatusItem {
  accountId: string;
  update: StatusUpdate;
}

interface OutboundRow {
  id: string;
  account_id: string;
  status: MessageStatus;
  contact_id: string;
  wa_message_id: string | null;
  sent: boolean;
  delivered: boolean;
  read: boolean;
  failed: boolean;
}

/**
 * Applies delivery statuses to the outbound messages they belong to, found by
 * WhatsApp id or, when the webhook beat the send's own response, by the
 * Sportello id echoed in biz_opaque_callback_data. The result is the same as
 * applying them one by one in their order (a status may find its message by a
 * WhatsApp id an earlier one of the batch taught it), in two statements. A
 * status only moves forward; each that does yields a `message.status` event,
 * returned in the item's place (null otherwise) for the caller to record.
 */
export async function applyStatusUpdates(tx: Tx, items: readonly StatusItem[]): Promise<Array<EventInput | null>> {
  if (items.length === 0) return [];
  const callbacks = items.map(({ update }) => (update.callbackData && UUID.test(update.callbackData) ? update.callbackData : null));
  // Every message any of them could land on, locked in id order while we decide. One index
  // lookup per status (each LIMIT 1 keeps it a lookup), whatever the planner thinks of the arrays.
  const { rows } = await tx.sql.query<OutboundRow>(
    `SELECT id, account_id, status, contact_id, wa_message_id,
            sent_at IS NOT NULL AS sent, delivered_at IS NOT NULL AS delivered, read_at IS NOT NULL AS read, failed_at IS NOT NULL AS failed
       FROM messages
      WHERE direction = 'outbound' AND id = ANY (ARRAY(
              SELECT m.id FROM unnest($1::uuid[], $2::text[]) AS u(account_id, wa_message_id)
                CROSS JOIN LATERAL (SELECT id FROM messages WHERE account_id = u.account_id AND wa_message_id = u.wa_message_id LIMIT 1) AS m
              UNION ALL
              SELECT m.id FROM unnest($1::uuid[], $3::uuid[]) AS u(account_id, id)
                CROSS JOIN LATERAL (SELECT id FROM messages WHERE id = u.id AND account_id = u.account_id LIMIT 1) AS m))
      ORDER BY id
      FOR UPDATE`,
    [items.map((i) => i.accountId), items.map((i) => i.update.waMessageId), callbacks],
  );
  if (rows.length === 0) return items.map(() => null);

  const folds = new Map<string, { row: OutboundRow; fold: StatusFold; matched: boolean }>();
  const byWaId = new Map<string, string>();
  const waKey = (accountId: string, waMessageId: string) => `${accountId} ${waMessageId}`;
  for (const row of rows) {
    const stamped = new Set<DeliveryStatus>();
    if (row.sent) stamped.add('sent');
    if (row.delivered) stamped.add('delivered');
    if (row.read) stamped.add('read');
    if (row.failed) stamped.add('failed');
    folds.set(row.id, { row, fold: startFold({ status: row.status, waMessageId: row.wa_message_id, stamped }), matched: false });
    if (row.wa_message_id !== null) byWaId.set(waKey(row.account_id, row.wa_message_id), row.id);
  }

  const events = items.map(({ accountId, update }, index): EventInput | null => {
    // The message that has this WhatsApp id comes first; the echoed id is the fallback.
    let target = folds.get(byWaId.get(waKey(accountId, update.waMessageId)) ?? '');
    const callback = callbacks[index];
    if (!target && callback) {
      const byCallback = folds.get(callback.toLowerCase());
      if (byCallback?.row.account_id === accountId) target = byCallback;
    }
    if (!target) return null;
    const at = Number.isNaN(update.at.getTime()) ? new Date() : update.at;
    const before = target.fold;
    target.matched = true;
    target.fold = foldStatus(before, { status: update.status, at, waMessageId: update.waMessageId, error: update.error }, index);
    if (before.waMessageId === null) byWaId.set(waKey(accountId, update.waMessageId), target.row.id);
    if (target.fold.transitions.length === before.transitions.length) return null;
    const { row } = target;
    return {
      accountId,
      type: 'message.status',
      contactId: row.contact_id,
      payload: { messageId: row.id, contactId: row.contact_id, waMessageId: update.waMessageId, status: update.status, previous: before.status, at: at.toISOString(), error: update.error },
    };
  });

  // Every message a status landed on is written, as each status wrote it before: the rows are
  // locked, so the folded values are what the statuses one by one would have left.
  const written = [...folds.values()].filter((f) => f.matched);
  if (written.length > 0) {
    await tx.sql.query(
      `UPDATE messages AS m SET
              sent_at = coalesce(m.sent_at, v.sent_at),
              delivered_at = coalesce(m.delivered_at, v.delivered_at),
              read_at = coalesce(m.read_at, v.read_at),
              failed_at = coalesce(m.failed_at, v.failed_at),
              wa_message_id = coalesce(m.wa_message_id, v.wa_message_id),
              status = coalesce(v.status, m.status),
              error_code = CASE WHEN v.failure THEN v.error_code ELSE m.error_code END,
              error_title = CASE WHEN v.failure THEN v.error_title ELSE m.error_title END,
              error_detail = CASE WHEN v.failure THEN v.error_detail ELSE m.error_detail END,
              updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, sent_at timestamptz, delivered_at timestamptz, read_at timestamptz, failed_at timestamptz,
              wa_message_id text, status text, failure boolean, error_code integer, error_title text, error_detail text)
        WHERE m.id = v.id`,
      [
        JSON.stringify(
          written.map(({ row, fold }) => ({
            id: row.id,
            sent_at: fold.stamps.sent?.toISOString() ?? null,
            delivered_at: fold.stamps.delivered?.toISOString() ?? null,
            read_at: fold.stamps.read?.toISOString() ?? null,
            failed_at: fold.stamps.failed?.toISOString() ?? null,
            wa_message_id: fold.learnedWaMessageId,
            status: fold.transitions.length > 0 ? fold.status : null,
            failure: fold.failure !== null,
            error_code: fold.failure?.error?.code ?? null,
            error_title: fold.failure?.error?.title ?? null,
            error_detail: fold.failure?.error?.details ?? null,
          })),
        ),
      ],
    );
  }
  return events;
}

export interface MessagePage {
  data: Array<MessageView | NoteView>;
  nextCursor: string | null;
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
  const before = decodeIdCursor(options.cursor);
  if (before === null) throw new ConversationsError('invalid_cursor', 'This cursor is not valid');
  const rows = await db
    .select()
    .from(messages)
    .where(and(eq(messages.accountId, principal.accountId), eq(messages.contactId, contactId), before ? lt(messages.id, before) : undefined))
    .orderBy(desc(messages.id))
    .limit(options.limit + 1);
  let items: Array<MessageView | NoteView> = rows.map(toMessageView);
  if (options.includeNotes) {
    const noteRows = await notesBefore(db, principal.accountId, contactId, before, options.limit + 1);
    items = [...items, ...noteRows].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
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
