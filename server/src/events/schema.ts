import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The transactional outbox: written in the same transaction as the change it describes. */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    type: text('type').notNull(),
    /** The contact the event is about, when there is one (real-time filtering, timelines). */
    contactId: uuid('contact_id'),
    payload: jsonb('payload').notNull(),
    /**
     * The automation run whose step made this change, from the transaction-local setting
     * `sportello.cause_run` the executor sets: the loop guard follows chains of automations with it.
     */
    causedByRun: uuid('caused_by_run').default(sql`nullif(current_setting('sportello.cause_run', true), '')::uuid`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    dispatchedAt: timestamp('dispatched_at', { withTimezone: true }),
  },
  (t) => [
    index('events_undispatched_idx').on(t.id).where(sql`${t.dispatchedAt} is null`),
    index('events_account_idx').on(t.accountId, t.id),
  ],
);
