import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';

/**
 * An account's opening hours and holidays, and the pure checks on them. Times
 * are wall-clock times in the account's IANA zone, so "09:00" stays 09:00 on
 * both sides of a daylight-saving change; nothing here reads a clock or the
 * database.
 */

/** ISO weekdays as the keys of `workingHours`: "1" is Monday, "7" is Sunday. */
export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** At most this many intervals a day: a half-hour grid needs 48. */
export const MAX_INTERVALS_PER_DAY = 48;
/** At most one holiday for each day of a (leap) year. */
export const MAX_HOLIDAYS = 366;

const TIME_FROM = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
/** An interval may end at "24:00", the end of the day, so that it can cover the last minute. */
const TIME_TO = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** "HH:MM" (already checked) as minutes since midnight. */
function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** One opening interval of a day: `from` inclusive, `to` exclusive. */
export const ZInterval = z
  .object({
    from: z.string().regex(TIME_FROM, 'Use HH:MM between 00:00 and 23:59'),
    to: z.string().regex(TIME_TO, 'Use HH:MM between 00:01 and 24:00'),
  })
  .refine((i) => !TIME_FROM.test(i.from) || !TIME_TO.test(i.to) || minutesOf(i.from) < minutesOf(i.to), {
    message: '"from" must come before "to"',
    path: ['to'],
  });
export type Interval = z.infer<typeof ZInterval>;

/**
 * A day's intervals, in any order on input and sorted by `from` once parsed.
 * Intervals may touch (09:00–13:00 and 13:00–18:00) but not overlap. An empty
 * list means closed all day.
 */
const ZDayHours = z
  .array(ZInterval)
  .max(MAX_INTERVALS_PER_DAY)
  .superRefine((intervals, ctx) => {
    // Index the well-formed intervals by start; the malformed ones already have their own issue.
    const spans = intervals
      .map((interval, index) => ({ interval, index }))
      .filter(({ interval }) => TIME_FROM.test(interval.from) && TIME_TO.test(interval.to))
      .map(({ interval, index }) => ({ interval, index, from: minutesOf(interval.from), to: minutesOf(interval.to) }))
      .filter((s) => s.from < s.to)
      .sort((a, b) => a.from - b.from || a.to - b.to);
    for (let i = 1; i < spans.length; i++) {
      const previous = spans[i - 1]!;
      const current = spans[i]!;
      if (current.from < previous.to) {
        ctx.addIssue({
          code: 'custom',
          message: `The intervals ${previous.interval.from}–${previous.interval.to} and ${current.interval.from}–${current.interval.to} overlap`,
          path: [current.index],
        });
      }
    }
  })
  .overwrite((intervals) => [...intervals].sort((a, b) => minutesOf(a.from) - minutesOf(b.from)))
  .default([]);

/**
 * The week's opening hours by ISO weekday ("1" Monday … "7" Sunday). A day
 * left out is closed; any other key is refused, so a typo cannot silently
 * close a day.
 */
export const ZWeeklyHours = z.strictObject({
  '1': ZDayHours,
  '2': ZDayHours,
  '3': ZDayHours,
  '4': ZDayHours,
  '5': ZDayHours,
  '6': ZDayHours,
  '7': ZDayHours,
});
export type WeeklyHours = z.infer<typeof ZWeeklyHours>;

/** A closed day: that date only, or every year on its month and day when `yearly`. */
export const ZHoliday = z.object({
  date: z.iso.date({ message: 'Use a real date as YYYY-MM-DD' }),
  name: z.string().trim().min(1).max(100).optional(),
  yearly: z.boolean().default(false),
});
export type Holiday = z.infer<typeof ZHoliday>;

export const ZHolidays = z
  .array(ZHoliday)
  .max(MAX_HOLIDAYS)
  .superRefine((holidays, ctx) => {
    const seen = new Set<string>();
    holidays.forEach((holiday, index) => {
      const key = `${holiday.yearly ? 'yearly' : 'once'}:${holiday.yearly ? holiday.date.slice(5) : holiday.date}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `${holiday.date} is listed twice`, path: [index, 'date'] });
      seen.add(key);
    });
  })
  .default([]);

/**
 * The zone with the letter case Intl gives it ("europe/rome" becomes
 * "Europe/Rome"). Only the case: Intl may also swap a name for a legacy alias
 * (Asia/Kolkata for Asia/Calcutta), and the account keeps the name it chose.
 */
function canonicalZone(zone: string): string {
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    return resolved.toLowerCase() === zone.toLowerCase() ? resolved : zone;
  } catch {
    return zone;
  }
}

/** An IANA time zone name such as "Europe/Rome"; fixed offsets like "+01:00" are not zones. */
export const ZTimeZone = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .refine((zone) => !/^[+-]/.test(zone) && IANAZone.isValidZone(zone), { message: 'Not an IANA time zone (e.g. "Europe/Rome")' })
  .overwrite(canonicalZone);

export const ZSchedule = z.object({
  timezone: ZTimeZone,
  workingHours: ZWeeklyHours,
  holidays: ZHolidays,
});
export type Schedule = z.infer<typeof ZSchedule>;
/** What a client sends: days and holidays may be left out. */
export type ScheduleInput = z.input<typeof ZSchedule>;

/** Monday to Friday 09:00–18:00 in Rome, no holidays: an account's schedule until an admin saves one. */
export const DEFAULT_SCHEDULE: Schedule = {
  timezone: 'Europe/Rome',
  workingHours: {
    '1': [{ from: '09:00', to: '18:00' }],
    '2': [{ from: '09:00', to: '18:00' }],
    '3': [{ from: '09:00', to: '18:00' }],
    '4': [{ from: '09:00', to: '18:00' }],
    '5': [{ from: '09:00', to: '18:00' }],
    '6': [],
    '7': [],
  },
  holidays: [],
};

export interface LocalParts {
  /** The local calendar date, YYYY-MM-DD. */
  date: string;
  /** ISO weekday of the local date: 1 Monday … 7 Sunday. */
  weekday: Weekday;
  /**
   * Wall-clock minutes since local midnight (hour × 60 + minute). On a
   * daylight-saving day this is the time on the clock, not the time elapsed:
   * 03:00 right after the spring jump is 180, and the repeated 02:30 of the
   * autumn change is 150 both times.
   */
  minutes: number;
}

/** The local date, weekday and wall-clock minute of an instant in a zone. */
export function localParts(zone: string, at: Date): LocalParts {
  const local = DateTime.fromJSDate(at, { zone });
  if (!local.isValid) throw new Error(`Cannot place ${at.toISOString()} in time zone "${zone}": ${local.invalidExplanation ?? local.invalidReason}`);
  return { date: local.toISODate()!, weekday: local.weekday as Weekday, minutes: local.hour * 60 + local.minute };
}

/** Whether the local time of `at` falls in one of its weekday's intervals (holidays are not considered). */
export function isWithinWorkingHours(schedule: Pick<Schedule, 'timezone' | 'workingHours'>, at: Date): boolean {
  const { weekday, minutes } = localParts(schedule.timezone, at);
  const intervals = schedule.workingHours[String(weekday) as keyof WeeklyHours] ?? [];
  return intervals.some((interval) => minutesOf(interval.from) <= minutes && minutes < minutesOf(interval.to));
}

/** Whether the local date of `at` is a holiday: the same date, or the same month and day for a yearly one. */
export function isHoliday(schedule: Pick<Schedule, 'timezone' | 'holidays'>, at: Date): boolean {
  const { date } = localParts(schedule.timezone, at);
  const monthDay = date.slice(5);
  return schedule.holidays.some((holiday) => (holiday.yearly ? holiday.date.slice(5) === monthDay : holiday.date === date));
}

/** Open for business: inside working hours and not on a holiday. */
export function isOpen(schedule: Schedule, at: Date): boolean {
  return !isHoliday(schedule, at) && isWithinWorkingHours(schedule, at);
}
