import { eq } from 'drizzle-orm';
import type { Deps } from '../../deps.ts';
import { DomainError } from '../../lib/errors.ts';
import { accounts } from '../accounts/schema.ts';
import { accountSchedules } from './schema.ts';
import { DEFAULT_SCHEDULE, ZSchedule, type Schedule } from './working-hours.ts';

export type SettingsErrorCode = 'account_not_found' | 'invalid_schedule';

/** A settings mistake; `details` of a 422 names the offending fields as `[{field, message}]`. */
export class SettingsError extends DomainError<SettingsErrorCode> {
  get httpStatus(): number {
    switch (this.code) {
      case 'account_not_found':
        return 404;
      case 'invalid_schedule':
        return 422;
    }
  }
}

/**
 * The account's schedule: its saved hours and holidays read in the account's
 * time zone, or Monday–Friday 09:00–18:00 with no holidays until an admin
 * saves one.
 */
export async function getSchedule(deps: Pick<Deps, 'database'>, accountId: string): Promise<Schedule> {
  const [row] = await deps.database.db
    .select({ timezone: accounts.timezone, workingHours: accountSchedules.workingHours, holidays: accountSchedules.holidays })
    .from(accounts)
    .leftJoin(accountSchedules, eq(accountSchedules.accountId, accounts.id))
    .where(eq(accounts.id, accountId))
    .limit(1);
  const defaults = structuredClone(DEFAULT_SCHEDULE);
  if (!row) return defaults;
  return {
    timezone: row.timezone,
    // A row saved before a weekday key existed still answers for all seven days.
    workingHours: row.workingHours ? { ...emptyWeek(), ...row.workingHours } : defaults.workingHours,
    holidays: row.holidays ?? [],
  };
}

/**
 * Replaces the account's schedule: hours and holidays in its row, the zone in
 * `accounts.timezone`, together, so that hours are never read in a zone they
 * were not saved for.
 */
export async function saveSchedule(deps: Pick<Deps, 'database' | 'clock'>, accountId: string, schedule: Schedule): Promise<Schedule> {
  // Callers other than the route (scripts, the CLI) get the same rules as the API.
  const parsed = ZSchedule.safeParse(schedule);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || 'schedule', message: issue.message }));
    throw new SettingsError('invalid_schedule', `Invalid schedule: ${details.map((d) => d.field).join(', ')}`, details);
  }
  const saved = parsed.data;
  const now = deps.clock.now();
  await deps.database.transaction(async (tx) => {
    const updated = await tx.db.update(accounts).set({ timezone: saved.timezone }).where(eq(accounts.id, accountId)).returning({ id: accounts.id });
    if (updated.length === 0) throw new SettingsError('account_not_found', 'Account not found');
    await tx.db
      .insert(accountSchedules)
      .values({ accountId, workingHours: saved.workingHours, holidays: saved.holidays, updatedAt: now })
      .onConflictDoUpdate({
        target: accountSchedules.accountId,
        set: { workingHours: saved.workingHours, holidays: saved.holidays, updatedAt: now },
      });
  });
  return saved;
}

function emptyWeek(): Schedule['workingHours'] {
  return { '1': [], '2': [], '3': [], '4': [], '5': [], '6': [], '7': [] };
}
