import { sql } from 'drizzle-orm';
import { bigint, customType, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({
  dataType() {
    return 'tsvector';
  },
});

export type MacroStatus = 'open' | 'in_progress' | 'terminated';
export type TicketPriority = 'low' | 'medium' | 'high' | 'urgent';
export type TicketActorType = 'operator' | 'api' | 'automation';

/** The statuses a ticket can be in; each belongs to one macro-status. Named case-insensitively. */
export const ticketStatuses = pgTable(
  'ticket_statuses',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    name: text('name').notNull(),
    macroStatus: text('macro_status').$type<MacroStatus>().notNull(),
    /** Workflow order inside the account: defaults first, custom statuses after. */
    position: integer('position').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('ticket_statuses_account_name_key').on(t.accountId, sql`lower(${t.name})`)],
);

/** Categories come into being the first time someone types a new name. */
export const ticketCategories = pgTable(
  'ticket_categories',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('ticket_categories_account_name_key').on(t.accountId, sql`lower(${t.name})`)],
);

/**
 * One row per account that has used tickets: the last generated reference
 * number (only ever grows, so a generated reference is never reused) and the
 * marker that the default statuses were seeded.
 */
export const ticketCounters = pgTable('ticket_counters', {
  accountId: uuid('account_id').primaryKey(),
  lastNumber: bigint('last_number', { mode: 'number' }).notNull().default(0),
});

export const tickets = pgTable(
  'tickets',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    reference: text('reference').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    priority: text('priority').$type<TicketPriority>().notNull(),
    /** low 1 … urgent 4, so that sorting and filtering by priority use an index. */
    priorityRank: smallint('priority_rank')
      .notNull()
      .generatedAlwaysAs(sql`CASE "priority" WHEN 'low' THEN 1 WHEN 'medium' THEN 2 WHEN 'high' THEN 3 ELSE 4 END`),
    statusId: uuid('status_id').notNull(),
    categoryId: uuid('category_id'),
    ownerId: uuid('owner_id'),
    contactId: uuid('contact_id').notNull(),
    /** Every note's text, appended as notes are added, so that search covers the timeline. */
    notesText: text('notes_text').notNull().default(''),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`to_tsvector('simple'::regconfig, "reference" || ' ' || "title" || ' ' || coalesce("description", '') || ' ' || "notes_text")`,
      ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('tickets_account_reference_key').on(t.accountId, t.reference),
    index('tickets_account_created_idx').on(t.accountId, t.createdAt, t.id),
    index('tickets_account_updated_idx').on(t.accountId, t.updatedAt, t.id),
    index('tickets_account_priority_idx').on(t.accountId, t.priorityRank, t.id),
    index('tickets_account_status_priority_idx').on(t.accountId, t.statusId, t.priorityRank, t.id),
    index('tickets_account_category_created_idx').on(t.accountId, t.categoryId, t.createdAt),
    index('tickets_account_contact_idx').on(t.accountId, t.contactId, t.id),
    index('tickets_account_owner_idx').on(t.accountId, t.ownerId, t.id),
    index('tickets_search_gin').using('gin', t.search),
  ],
);

/** The ticket's timeline of notes. */
export const ticketNotes = pgTable(
  'ticket_notes',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    ticketId: uuid('ticket_id').notNull(),
    authorType: text('author_type').$type<TicketActorType>().notNull(),
    authorId: text('author_id'),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('ticket_notes_account_ticket_idx').on(t.accountId, t.ticketId, t.id)],
);

/** Who changed what and when: one row per changed field (and one for creation and each note). */
export const ticketHistory = pgTable(
  'ticket_history',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    ticketId: uuid('ticket_id').notNull(),
    actorType: text('actor_type').$type<TicketActorType>().notNull(),
    actorId: text('actor_id'),
    field: text('field').notNull(),
    fromValue: text('from_value'),
    toValue: text('to_value'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('ticket_history_account_ticket_idx').on(t.accountId, t.ticketId, t.id)],
);
