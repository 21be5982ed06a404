import { sql } from 'drizzle-orm';
import { index, integer, json, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Definition, TriggerType } from './definition.ts';
import type { RunState, RunStatus, VisitStatus } from './engine/state.ts';

export type AutomationStatus = 'draft' | 'active' | 'inactive';

export const automations = pgTable(
  'automations',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    name: text('name').notNull(),
    status: text('status').$type<AutomationStatus>().notNull(),
    /** The newest saved version; new runs start on it while the automation is active. */
    version: integer('version').notNull(),
    triggerType: text('trigger_type').$type<TriggerType>().notNull(),
    /** The normalised phrase of an active `message_phrase` automation: unique among active ones. */
    activePhrase: text('active_phrase'),
    /** Secret of the inbound integration URL and key of the signatures of its outbound webhooks. */
    secret: text('secret').notNull(),
    /** Day (account-local) a date-condition automation last ran, so the daily pass runs once. */
    lastDailyRun: text('last_daily_run'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    index('automations_account_idx').on(t.accountId, t.status),
    uniqueIndex('automations_active_phrase_key').on(t.accountId, t.activePhrase).where(sql`${t.activePhrase} IS NOT NULL`),
  ],
);

/** Every save is a new immutable version; runs keep the version they started on. */
export const automationVersions = pgTable(
  'automation_versions',
  {
    accountId: uuid('account_id').notNull(),
    automationId: uuid('automation_id').notNull(),
    version: integer('version').notNull(),
    // json, not jsonb: the steps keep the order they were written in.
    definition: json('definition').$type<Definition>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.automationId, t.version] })],
);

/**
 * One contact going through one version of an automation. `state` is the
 * engine's view (see engine/state.ts); the columns beside it repeat what the
 * indexes need. `wake_at` is when the run is due: the end of a delay or of a
 * wait, or — while a worker holds it — the end of that worker's lease.
 */
export const automationRuns = pgTable(
  'automation_runs',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    automationId: uuid('automation_id').notNull(),
    version: integer('version').notNull(),
    contactId: uuid('contact_id').notNull(),
    status: text('status').$type<RunStatus>().notNull(),
    currentStep: text('current_step'),
    /** 'reply' while waiting for the customer; the reply router looks for these. */
    waitingFor: text('waiting_for'),
    wakeAt: timestamp('wake_at', { withTimezone: true }),
    /** Bumped by every change: a job or reply that read an older revision does nothing. */
    revision: integer('revision').notNull().default(0),
    state: jsonb('state').$type<RunState>().notNull(),
    /** How many automations started each other to get here (0 = started by a person or the customer). */
    depth: integer('depth').notNull().default(0),
    triggerType: text('trigger_type').notNull(),
    /** What started the run (an event id, a day, an API request): one run per key and contact. */
    triggerKey: text('trigger_key').notNull(),
    reason: text('reason'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    index('automation_runs_due_idx').on(t.wakeAt).where(sql`${t.wakeAt} IS NOT NULL`),
    index('automation_runs_contact_live_idx').on(t.accountId, t.contactId).where(sql`${t.status} IN ('running', 'waiting')`),
    uniqueIndex('automation_runs_one_live_key').on(t.automationId, t.contactId).where(sql`${t.status} IN ('running', 'waiting')`),
    uniqueIndex('automation_runs_trigger_key').on(t.automationId, t.contactId, t.triggerKey),
    index('automation_runs_automation_idx').on(t.accountId, t.automationId, t.id),
    index('automation_runs_step_idx').on(t.automationId, t.currentStep, t.status),
  ],
);

/** The timeline: one row per step a run entered, with how it ended. Per-step reports count these. */
export const automationRunSteps = pgTable(
  'automation_run_steps',
  {
    accountId: uuid('account_id').notNull(),
    runId: uuid('run_id').notNull(),
    automationId: uuid('automation_id').notNull(),
    seq: integer('seq').notNull(),
    stepId: text('step_id').notNull(),
    status: text('status').$type<VisitStatus>().notNull(),
    /** Which way the step went: `next`, `then`, `else`, `replied`, `no_response`, `button:<id>`… */
    outcome: text('outcome'),
    reason: text('reason'),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.runId, t.seq] }), index('automation_run_steps_report_idx').on(t.automationId, t.stepId, t.status)],
);
