import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A WhatsApp Business phone number connected to an account, on Meta's Cloud API or the sandbox. */
export const channels = pgTable(
  'channels',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    kind: text('kind', { enum: ['sandbox', 'cloud'] }).notNull(),
    name: text('name').notNull(),
    phoneNumberId: text('phone_number_id').notNull(),
    wabaId: text('waba_id').notNull(),
    displayPhoneNumber: text('display_phone_number').notNull(),
    accessToken: text('access_token').notNull(),
    appSecret: text('app_secret').notNull(),
    verifyToken: text('verify_token').notNull(),
    /** Overrides the Graph base URL of the kind (Meta's, or this process's sandbox). */
    graphBaseUrl: text('graph_base_url'),
    throughputMps: integer('throughput_mps').notNull().default(80),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('channels_phone_number_id_key').on(t.phoneNumberId),
    index('channels_account_idx').on(t.accountId),
    index('channels_verify_token_idx').on(t.verifyToken),
  ],
);

/**
 * Every signed webhook delivery, kept raw. The row is written before the 200
 * goes back to Meta and is the work item of the asynchronous processor.
 */
export const webhookReceipts = pgTable(
  'webhook_receipts',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    channelId: uuid('channel_id').notNull(),
    rawBody: text('raw_body').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** After a failure, when to try again (backing off). */
    retryAt: timestamp('retry_at', { withTimezone: true }),
  },
  (t) => [
    index('webhook_receipts_pending_idx').on(t.id).where(sql`${t.processedAt} is null`),
    index('webhook_receipts_account_idx').on(t.accountId, t.id),
  ],
);
