import type { JsonOf } from '../../../api/types';

/** The schedule as GET /api/v1/settings/working-hours answers and PUT takes it. */
export type Schedule = JsonOf<'/api/v1/settings/working-hours', 'get'>;

/** ISO weekdays, the keys of `workingHours`: "1" is Monday, "7" Sunday. */
export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface IntervalDraft {
  from: string;
  to: string;
}

export interface HolidayDraft {
  date: string;
  /** Empty when the holiday has no name; the API leaves it out then. */
  name: string;
  yearly: boolean;
}

/** What the editor holds: every weekday present (empty is closed), names as plain strings. */
export interface ScheduleDraft {
  timezone: string;
  days: Record<Weekday, IntervalDraft[]>;
  holidays: HolidayDraft[];
}

/** Errors by the API's field paths ("workingHours.1.0.to", "holidays.2.date", "timezone"). */
export type DraftErrors = Record<string, string>;

/** The interval a day gets when it is opened in the editor. */
export const DEFAULT_INTERVAL: IntervalDraft = { from: '09:00', to: '18:00' };

export function draftFromSchedule(schedule: Schedule): ScheduleDraft {
  const days = Object.fromEntries(
    WEEKDAYS.map((day) => [day, (schedule.workingHours[day] ?? []).map(({ from, to }) => ({ from, to }))]),
  ) as Record<Weekday, IntervalDraft[]>;
  return {
    timezone: schedule.timezone,
    days,
    holidays: schedule.holidays.map((h) => ({ date: h.date, name: h.name ?? '', yearly: h.yearly })),
  };
}

/** The PUT body: all seven days, times and names trimmed, an empty name left out. */
export function scheduleFromDraft(draft: ScheduleDraft): Schedule {
  const workingHours = Object.fromEntries(
    WEEKDAYS.map((day) => [day, draft.days[day].map(({ from, to }) => ({ from: from.trim(), to: to.trim() }))]),
  ) as Schedule['workingHours'];
  const holidays = draft.holidays.map(({ date, name, yearly }) => {
    const trimmed = name.trim();
    return trimmed ? { date, name: trimmed, yearly } : { date, yearly };
  });
  return { timezone: draft.timezone, workingHours, holidays };
}

const TIME_FROM = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
// An interval may end at 24:00, so that it can cover the day's last minute.
const TIME_TO = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function isRealDate(date: string): boolean {
  if (!DATE.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

export type DraftProblem =
  | { kind: 'timeFormat' }
  | { kind: 'endFormat' }
  | { kind: 'order' }
  | { kind: 'overlap'; with: IntervalDraft }
  | { kind: 'date' }
  | { kind: 'duplicate' }
  | { kind: 'timezone' };

/**
 * The same rules the server applies, checked before saving so mistakes show
 * next to their input at once: "HH:MM" times, `from` before `to` (which may be
 * 24:00), no overlapping intervals in a day, real dates, no holiday twice.
 * Keys are the API's field paths, so the server's own errors land on the same inputs.
 */
export function problemsOf(draft: ScheduleDraft): Record<string, DraftProblem> {
  const problems: Record<string, DraftProblem> = {};
  if (!draft.timezone.trim()) problems.timezone = { kind: 'timezone' };

  for (const day of WEEKDAYS) {
    const valid: { index: number; from: number; to: number; interval: IntervalDraft }[] = [];
    draft.days[day].forEach((interval, index) => {
      const from = interval.from.trim();
      const to = interval.to.trim();
      const path = `workingHours.${day}.${index}`;
      if (!TIME_FROM.test(from)) problems[`${path}.from`] = { kind: 'timeFormat' };
      if (!TIME_TO.test(to)) problems[`${path}.to`] = { kind: 'endFormat' };
      else if (TIME_FROM.test(from) && minutesOf(from) >= minutesOf(to)) problems[`${path}.to`] = { kind: 'order' };
      else if (TIME_FROM.test(from)) valid.push({ index, from: minutesOf(from), to: minutesOf(to), interval });
    });
    valid.sort((a, b) => a.from - b.from || a.to - b.to);
    for (let i = 1; i < valid.length; i++) {
      const previous = valid[i - 1]!;
      const current = valid[i]!;
      if (current.from < previous.to) problems[`workingHours.${day}.${current.index}.from`] = { kind: 'overlap', with: previous.interval };
    }
  }

  const seen = new Set<string>();
  draft.holidays.forEach((holiday, index) => {
    if (!isRealDate(holiday.date)) {
      problems[`holidays.${index}.date`] = { kind: 'date' };
      return;
    }
    const key = holiday.yearly ? `yearly:${holiday.date.slice(5)}` : `once:${holiday.date}`;
    if (seen.has(key)) problems[`holidays.${index}.date`] = { kind: 'duplicate' };
    seen.add(key);
  });
  return problems;
}

/** Local names of the ISO weekdays, Monday first, e.g. "lunedì" … "domenica". */
export function weekdayNames(language: string): Record<Weekday, string> {
  const format = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Object.fromEntries(WEEKDAYS.map((day, i) => [day, format.format(new Date(Date.UTC(2024, 0, 1 + i)))])) as Record<Weekday, string>;
}
