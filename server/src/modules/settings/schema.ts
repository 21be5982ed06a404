import { jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Holiday, WeeklyHours } from './working-hours.ts';

/**
 * An account's opening hours and holidays, one row per account once an admin
 * has saved them (until then the defaults apply). The time zone they are read
 * in is the account's own, `accounts.timezone`.
 */
export const accountSchedules = pgTable('account_schedules', {
  accountId: uuid('account_id').primaryKey(),
  /** Per ISO weekday "1"…"7", the day's `{from, to}` intervals ("HH:MM", `to` up to "24:00"). */
  workingHours: jsonb('working_hours').$type<WeeklyHours>().notNull(),
  /** `{date: "YYYY-MM-DD", name?, yearly}`: a yearly holiday recurs on its month and day. */
  holidays: jsonb('holidays').$type<Holiday[]>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
