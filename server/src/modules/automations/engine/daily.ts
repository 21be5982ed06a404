import type { Deps } from '../../../deps.ts';
import { contactIdsByFieldDate } from '../../contacts/service.ts';
import { getSchedule } from '../../settings/service.ts';
import { localParts } from '../../settings/working-hours.ts';
import type { Definition } from '../definition.ts';
import { dateConditionTarget, yearlyMonthDays } from '../trigger-match.ts';
import type { AutomationEngine } from './engine.ts';

export const DAILY_QUEUE = 'automations-date-conditions';

/**
 * Date conditions run once a day per automation, at the chosen local time in
 * the account's time zone. A pg-boss schedule fires every minute on one node;
 * each automation whose time has come and that has not run today is taken
 * under its row lock, so two workers never run it twice (and the run's key,
 * the day, keeps a contact from entering twice even then).
 */
export async function startDailyAutomations(deps: Deps, engine: AutomationEngine): Promise<void> {
  await deps.jobs.createQueue(DAILY_QUEUE);
  await deps.jobs.schedule(DAILY_QUEUE, '* * * * *');
  await deps.jobs.work(DAILY_QUEUE, { pollingIntervalSeconds: 10 }, async () => {
    await runDateConditions(deps, engine);
  });
}

interface DateAutomation {
  id: string;
  account_id: string;
  version: number;
  last_daily_run: string | null;
  definition: Definition;
}

/** One pass over the date-condition automations: exported so tests can run it with their clock. */
export async function runDateConditions(deps: Deps, engine: AutomationEngine): Promise<number> {
  const { rows } = await deps.database.sql.query<DateAutomation>(
    `SELECT a.id, a.account_id, a.version, a.last_daily_run, v.definition
       FROM automations a JOIN automation_versions v ON v.automation_id = a.id AND v.version = a.version
      WHERE a.status = 'active' AND a.deleted_at IS NULL AND a.trigger_type = 'date_condition'`,
  );
  let started = 0;
  const now = deps.clock.now();
  for (const automation of rows) {
    const trigger = automation.definition.trigger;
    if (trigger.type !== 'date_condition') continue;
    const schedule = await getSchedule(deps, automation.account_id);
    const local = localParts(schedule.timezone, now);
    const [hh, mm] = trigger.time.split(':').map(Number);
    if (automation.last_daily_run === local.date || local.minutes < hh! * 60 + mm!) continue;
    started += await deps.database.transaction(async (tx) => {
      const { rows: locked } = await tx.sql.query<{ last_daily_run: string | null }>(`SELECT last_daily_run FROM automations WHERE id = $1 FOR UPDATE`, [automation.id]);
      if (locked[0]?.last_daily_run === local.date) return 0;
      const target = dateConditionTarget(local.date, trigger.offsetDays);
      const contactIds = await contactIdsByFieldDate(
        tx,
        automation.account_id,
        trigger.field.toUpperCase(),
        trigger.yearly ? { monthDays: yearlyMonthDays(target) } : { dates: [target] },
      );
      const ids = await engine.startRuns(
        contactIds.map((contactId) => ({
          accountId: automation.account_id,
          automationId: automation.id,
          version: automation.version,
          contactId,
          triggerType: 'date_condition',
          triggerKey: `date:${local.date}`,
          data: { DATE: local.date },
          depth: 0,
        })),
        tx,
      );
      await tx.sql.query(`UPDATE automations SET last_daily_run = $2 WHERE id = $1`, [automation.id, local.date]);
      return ids.length;
    });
  }
  return started;
}
