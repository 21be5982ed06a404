import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** One conversation per contact: the inbox row, kept up to date as messages come and go. */
export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    lastMessageId: uuid('last_message_id'),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }),
    lastMessagePreview: text('last_message_preview'),
    lastMessageDirection: text('last_message_direction', { enum: ['inbound', 'outbound'] }),
    unreadCount: integer('unread_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('conversations_contact_key').on(t.contactId),
    index('conversations_account_last_idx').on(t.accountId, t.lastMessageAt.desc(), t.id.desc()),
  ],
);

export type MessageStatus = 'received' | 'queued' | 'sent' | 'delivered' | 'read' | 'failed';
export type SenderType = 'customer' | 'user' | 'automation' | 'campaign' | 'api';

export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    channelId: uuid('channel_id').notNull(),
    direction: text('direction', { enum: ['inbound', 'outbound'] }).notNull(),
    type: text('type').notNull(),
    /** Human-readable text of the message (body, caption, button title…), for lists and search. */
    text: text('text'),
    /** Inbound: the Cloud API message object; outbound: our request (`content`) and the Graph body. */
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    status: text('status').$type<MessageStatus>().notNull(),
    waMessageId: text('wa_message_id'),
    /** The message this one replies to (WhatsApp context). */
    contextWaMessageId: text('context_wa_message_id'),
    sentByType: text('sent_by_type').$type<SenderType>().notNull(),
    sentById: text('sent_by_id'),
    idempotencyKey: text('idempotency_key'),
    /** Calls made to the Graph API for this message; a claim on the send is a bump of this. */
    sendAttempts: integer('send_attempts').notNull().default(0),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    errorCode: integer('error_code'),
    errorTitle: text('error_title'),
    errorDetail: text('error_detail'),
    /** When WhatsApp says the customer sent it (inbound) or when we accepted it (outbound). */
    sentAt: timestamp('sent_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    readAt: timestamp('read_at', { withTimezone: true }),
    failedAt: timestamp('failed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('messages_account_wamid_key').on(t.accountId, t.waMessageId).where(sql`${t.waMessageId} is not null`),
    uniqueIndex('messages_account_idempotency_key').on(t.accountId, t.idempotencyKey).where(sql`${t.idempotencyKey} is not null`),
    index('messages_account_contact_idx').on(t.accountId, t.contactId, t.id.desc()),
    index('messages_queued_idx').on(t.id).where(sql`${t.status} = 'queued'`),
  ],
);

/** Internal notes operators leave in a chat; never sent to the customer. */
export const notes = pgTable(
  'notes',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    authorType: text('author_type').$type<SenderType>().notNull(),
    authorId: text('author_id'),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('notes_account_contact_idx').on(t.accountId, t.contactId, t.id.desc())],
);
