import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    /** E.164 with the leading +; the WhatsApp id is the same digits without it. */
    phone: text('phone').notNull(),
    name: text('name'),
    email: text('email'),
    language: text('language'),
    marketingOptIn: boolean('marketing_opt_in').notNull().default(false),
    marketingOptInAt: timestamp('marketing_opt_in_at', { withTimezone: true }),
    marketingOptInSource: text('marketing_opt_in_source'),
    blocked: boolean('blocked').notNull().default(false),
    blockedAt: timestamp('blocked_at', { withTimezone: true }),
    /** Values of the account's dynamic fields, keyed by field key, already typed. */
    fields: jsonb('fields').$type<Record<string, unknown>>().notNull().default({}),
    lastInboundAt: timestamp('last_inbound_at', { withTimezone: true }),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Soft delete: hidden everywhere; a new message from the number brings the contact back. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('contacts_account_phone_key').on(t.accountId, t.phone),
    index('contacts_account_created_idx').on(t.accountId, t.id),
    index('contacts_fields_gin').using('gin', t.fields),
  ],
);

export const tags = pgTable(
  'tags',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('tags_account_name_key').on(t.accountId, sql`lower(${t.name})`)],
);

export const contactTags = pgTable(
  'contact_tags',
  {
    accountId: uuid('account_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    tagId: uuid('tag_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.contactId, t.tagId] }), index('contact_tags_account_tag_idx').on(t.accountId, t.tagId)],
);

export const lists = pgTable(
  'lists',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('lists_account_name_key').on(t.accountId, sql`lower(${t.name})`)],
);

export const listMembers = pgTable(
  'list_members',
  {
    accountId: uuid('account_id').notNull(),
    listId: uuid('list_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.listId, t.contactId] }), index('list_members_account_contact_idx').on(t.accountId, t.contactId)],
);

export const contactFields = pgTable(
  'contact_fields',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    /** Upper-case key used in messages as %%KEY%%. */
    key: text('key').notNull(),
    label: text('label').notNull(),
    type: text('type', { enum: ['text', 'number', 'date', 'boolean'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('contact_fields_account_key_key').on(t.accountId, t.key)],
);

/** Operators assigned to a contact's conversation; chat operators see only these contacts. */
export const contactOperators = pgTable(
  'contact_operators',
  {
    accountId: uuid('account_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    userId: uuid('user_id').notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.contactId, t.userId] }), index('contact_operators_account_user_idx').on(t.accountId, t.userId)],
);
