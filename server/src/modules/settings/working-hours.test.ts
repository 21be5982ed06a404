import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEDULE,
  isHoliday,
  isOpen,
  isWithinWorkingHours,
  localParts,
  ZHoliday,
  ZSchedule,
  ZWeeklyHours,
  type Schedule,
  type ScheduleInput,
} from './working-hours.ts';

const at = (iso: string) => new Date(iso);

function schedule(overrides: Partial<ScheduleInput> = {}): Schedule {
  return ZSchedule.parse({ timezone: 'Europe/Rome', workingHours: {}, holidays: [], ...overrides });
}

/** The issues of a failed parse as "path: message" lines. */
function issuesOf(input: unknown): string[] {
  const result = ZSchedule.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const base = { timezone: 'Europe/Rome', holidays: [] };

describe('localParts', () => {
  it('gives the local date, ISO weekday and wall-clock minutes', () => {
    // Monday 6 January 2025, 09:00 in Rome (CET, UTC+1).
    expect(localParts('Europe/Rome', at('2025-01-06T08:00:00Z'))).toEqual({ date: '2025-01-06', weekday: 1, minutes: 540 });
    // Seconds do not round up: 09:00:59.999 is still minute 540.
    expect(localParts('Europe/Rome', at('2025-01-06T08:00:59.999Z')).minutes).toBe(540);
    expect(localParts('UTC', at('2025-01-12T23:59:00Z'))).toEqual({ date: '2025-01-12', weekday: 7, minutes: 1439 });
  });

  it('places the same instant on different dates in different zones', () => {
    const instant = at('2025-01-05T23:30:00Z');
    expect(localParts('Europe/Rome', instant)).toEqual({ date: '2025-01-06', weekday: 1, minutes: 30 });
    expect(localParts('America/New_York', instant)).toEqual({ date: '2025-01-05', weekday: 7, minutes: 18 * 60 + 30 });
    // Half-hour offsets: Kolkata is UTC+5:30.
    expect(localParts('Asia/Kolkata', instant)).toEqual({ date: '2025-01-06', weekday: 1, minutes: 5 * 60 });
  });

  it('follows summer time in Rome (CEST, UTC+2)', () => {
    expect(localParts('Europe/Rome', at('2025-07-07T07:00:00Z'))).toEqual({ date: '2025-07-07', weekday: 1, minutes: 540 });
  });

  it('jumps from 01:59 to 03:00 on the last Sunday of March', () => {
    expect(localParts('Europe/Rome', at('2025-03-30T00:59:00Z'))).toEqual({ date: '2025-03-30', weekday: 7, minutes: 119 });
    expect(localParts('Europe/Rome', at('2025-03-30T01:00:00Z'))).toEqual({ date: '2025-03-30', weekday: 7, minutes: 180 });
  });

  it('repeats 02:00–02:59 on the last Sunday of October', () => {
    expect(localParts('Europe/Rome', at('2025-10-26T00:30:00Z'))).toEqual({ date: '2025-10-26', weekday: 7, minutes: 150 });
    expect(localParts('Europe/Rome', at('2025-10-26T01:30:00Z'))).toEqual({ date: '2025-10-26', weekday: 7, minutes: 150 });
    expect(localParts('Europe/Rome', at('2025-10-26T02:00:00Z'))).toEqual({ date: '2025-10-26', weekday: 7, minutes: 180 });
  });

  it('refuses a zone that does not exist', () => {
    expect(() => localParts('Mars/Olympus_Mons', at('2025-01-06T08:00:00Z'))).toThrow(/Mars\/Olympus_Mons/);
  });
});

describe('isWithinWorkingHours', () => {
  it('with the defaults, is open Monday to Friday from 09:00 inclusive to 18:00 exclusive, in Rome', () => {
    // Monday 6 January 2025 (CET).
    expect(isWithinWorkingHours(DEFAULT_SCHEDULE, at('2025-01-06T07:59:59Z'))).toBe(false);
    expect(isWithinWorkingHours(DEFAULT_SCHEDULE, at('2025-01-06T08:00:00Z'))).toBe(true);
    expect(isWithinWorkingHours(DEFAULT_SCHEDULE, at('2025-01-06T16:59:59.999Z'))).toBe(true);
    expect(isWithinWorkingHours(DEFAULT_SCHEDULE, at('2025-01-06T17:00:00Z'))).toBe(false);
    // Friday 10 January, noon; Saturday and Sunday noon.
    expect(isWithinWorkingHours(DEFAULT_SCHEDULE, at('2025-01-10T11:00:00Z'))).toBe(true);
    expect(isWithinWorkingHours(DEFAULT_SCHEDULE, at('2025-01-11T11:00:00Z'))).toBe(false);
    expect(isWithinWorkingHours(DEFAULT_SCHEDULE, at('2025-01-12T11:00:00Z'))).toBe(false);
  });

  it('keeps 09:00 local in summer time', () => {
    // Monday 7 July 2025 (CEST): 09:00 local is 07:00 UTC.
    expect(isWithinWorkingHours(DEFAULT_SCHEDULE, at('2025-07-07T06:59:00Z'))).toBe(false);
    expect(isWithinWorkingHours(DEFAULT_SCHEDULE, at('2025-07-07T07:00:00Z'))).toBe(true);
    expect(isWithinWorkingHours(DEFAULT_SCHEDULE, at('2025-07-07T15:59:00Z'))).toBe(true);
    expect(isWithinWorkingHours(DEFAULT_SCHEDULE, at('2025-07-07T16:00:00Z'))).toBe(false);
  });

  it('reads the weekday in the schedule’s zone, not in UTC', () => {
    // Monday 00:30 in Rome is still Sunday in UTC.
    const midnightShift = schedule({ workingHours: { '1': [{ from: '00:00', to: '01:00' }] } });
    expect(isWithinWorkingHours(midnightShift, at('2025-01-05T23:30:00Z'))).toBe(true);
    const newYork = { ...midnightShift, timezone: 'America/New_York' };
    expect(isWithinWorkingHours(newYork, at('2025-01-05T23:30:00Z'))).toBe(false);
    expect(isWithinWorkingHours(newYork, at('2025-01-06T05:30:00Z'))).toBe(true);
  });

  it('handles several intervals a day, with a lunch break, in any order', () => {
    const split = schedule({
      workingHours: {
        '2': [
          { from: '14:00', to: '18:00' },
          { from: '09:00', to: '13:00' },
        ],
      },
    });
    // Tuesday 7 January 2025 (CET): local = UTC + 1.
    expect(isWithinWorkingHours(split, at('2025-01-07T08:00:00Z'))).toBe(true); // 09:00
    expect(isWithinWorkingHours(split, at('2025-01-07T11:59:00Z'))).toBe(true); // 12:59
    expect(isWithinWorkingHours(split, at('2025-01-07T12:00:00Z'))).toBe(false); // 13:00
    expect(isWithinWorkingHours(split, at('2025-01-07T12:59:00Z'))).toBe(false); // 13:59
    expect(isWithinWorkingHours(split, at('2025-01-07T13:00:00Z'))).toBe(true); // 14:00
    expect(isWithinWorkingHours(split, at('2025-01-07T17:00:00Z'))).toBe(false); // 18:00
  });

  it('treats touching intervals as one continuous opening', () => {
    const touching = schedule({
      workingHours: {
        '3': [
          { from: '09:00', to: '12:00' },
          { from: '12:00', to: '15:00' },
        ],
      },
    });
    // Wednesday 8 January 2025, 11:59, 12:00 and 14:59 local.
    expect(isWithinWorkingHours(touching, at('2025-01-08T10:59:00Z'))).toBe(true);
    expect(isWithinWorkingHours(touching, at('2025-01-08T11:00:00Z'))).toBe(true);
    expect(isWithinWorkingHours(touching, at('2025-01-08T13:59:00Z'))).toBe(true);
    expect(isWithinWorkingHours(touching, at('2025-01-08T14:00:00Z'))).toBe(false);
  });

  it('lets an interval run to "24:00", the end of the day, and no further', () => {
    const evening = schedule({ workingHours: { '6': [{ from: '20:00', to: '24:00' }] } });
    // Saturday 11 January 2025, 23:59 local; then Sunday 00:00.
    expect(isWithinWorkingHours(evening, at('2025-01-11T22:59:59Z'))).toBe(true);
    expect(isWithinWorkingHours(evening, at('2025-01-11T23:00:00Z'))).toBe(false);
  });

  it('is closed all day on a day with no intervals', () => {
    const weekdaysOnly = schedule({ workingHours: { '1': [{ from: '00:00', to: '24:00' }] } });
    // Every minute of Tuesday 7 January 2025 in Rome.
    const start = DateTime.fromISO('2025-01-07T00:00', { zone: 'Europe/Rome' });
    for (let minute = 0; minute < 24 * 60; minute++) {
      expect(isWithinWorkingHours(weekdaysOnly, start.plus({ minutes: minute }).toJSDate())).toBe(false);
    }
    // …and the day before, open every minute.
    const monday = start.minus({ days: 1 });
    for (let minute = 0; minute < 24 * 60; minute++) {
      expect(isWithinWorkingHours(weekdaysOnly, monday.plus({ minutes: minute }).toJSDate())).toBe(true);
    }
  });

  it('is closed every day of a schedule with no hours at all', () => {
    const closed = schedule({ workingHours: {} });
    for (let hour = 0; hour < 7 * 24; hour++) {
      expect(isWithinWorkingHours(closed, at(new Date(Date.UTC(2025, 0, 6, hour)).toISOString()))).toBe(false);
    }
  });

  describe('on the last Sunday of March (Rome, 02:00 CET becomes 03:00 CEST)', () => {
    it('keeps opening at 09:00 local, now at 07:00 UTC instead of 08:00', () => {
      const sunday = schedule({ workingHours: { '7': [{ from: '09:00', to: '18:00' }] } });
      // The Sunday before, still winter time.
      expect(isWithinWorkingHours(sunday, at('2025-03-23T07:59:00Z'))).toBe(false);
      expect(isWithinWorkingHours(sunday, at('2025-03-23T08:00:00Z'))).toBe(true);
      // The day of the change.
      expect(isWithinWorkingHours(sunday, at('2025-03-30T06:59:00Z'))).toBe(false);
      expect(isWithinWorkingHours(sunday, at('2025-03-30T07:00:00Z'))).toBe(true);
      expect(isWithinWorkingHours(sunday, at('2025-03-30T15:59:00Z'))).toBe(true);
      expect(isWithinWorkingHours(sunday, at('2025-03-30T16:00:00Z'))).toBe(false);
    });

    it('never opens an interval that lies in the skipped hour, and opens at once after it', () => {
      const night = schedule({
        workingHours: {
          '7': [
            { from: '02:00', to: '03:00' },
            { from: '03:00', to: '03:30' },
          ],
        },
      });
      expect(isWithinWorkingHours(night, at('2025-03-30T00:59:59Z'))).toBe(false); // 01:59:59 CET
      expect(isWithinWorkingHours(night, at('2025-03-30T01:00:00Z'))).toBe(true); // 03:00 CEST
      const skippedOnly = schedule({ workingHours: { '7': [{ from: '02:00', to: '03:00' }] } });
      const midnight = DateTime.fromISO('2025-03-30T00:00', { zone: 'Europe/Rome' });
      // The local day is 23 hours long.
      for (let minute = 0; minute < 23 * 60; minute++) {
        expect(isWithinWorkingHours(skippedOnly, midnight.plus({ minutes: minute }).toJSDate())).toBe(false);
      }
    });

    it('counts an interval across the jump by the clock: 01:00–04:00 is open two real hours', () => {
      const night = schedule({ workingHours: { '7': [{ from: '01:00', to: '04:00' }] } });
      const midnight = DateTime.fromISO('2025-03-30T00:00', { zone: 'Europe/Rome' });
      let open = 0;
      for (let minute = 0; minute < 23 * 60; minute++) if (isWithinWorkingHours(night, midnight.plus({ minutes: minute }).toJSDate())) open++;
      expect(open).toBe(120);
    });
  });

  describe('on the last Sunday of October (Rome, 03:00 CEST becomes 02:00 CET)', () => {
    it('keeps opening at 09:00 local, now at 08:00 UTC instead of 07:00', () => {
      const sunday = schedule({ workingHours: { '7': [{ from: '09:00', to: '18:00' }] } });
      expect(isWithinWorkingHours(sunday, at('2025-10-19T07:00:00Z'))).toBe(true); // the Sunday before, CEST
      expect(isWithinWorkingHours(sunday, at('2025-10-26T07:59:00Z'))).toBe(false); // 08:59 CET
      expect(isWithinWorkingHours(sunday, at('2025-10-26T08:00:00Z'))).toBe(true); // 09:00 CET
      expect(isWithinWorkingHours(sunday, at('2025-10-26T16:59:00Z'))).toBe(true); // 17:59 CET
      expect(isWithinWorkingHours(sunday, at('2025-10-26T17:00:00Z'))).toBe(false); // 18:00 CET
    });

    it('is open during both passes of the repeated hour', () => {
      const night = schedule({ workingHours: { '7': [{ from: '02:00', to: '03:00' }] } });
      expect(isWithinWorkingHours(night, at('2025-10-25T23:59:00Z'))).toBe(false); // 01:59 CEST
      expect(isWithinWorkingHours(night, at('2025-10-26T00:00:00Z'))).toBe(true); // 02:00 CEST
      expect(isWithinWorkingHours(night, at('2025-10-26T00:59:00Z'))).toBe(true); // 02:59 CEST
      expect(isWithinWorkingHours(night, at('2025-10-26T01:00:00Z'))).toBe(true); // 02:00 CET, again
      expect(isWithinWorkingHours(night, at('2025-10-26T01:59:00Z'))).toBe(true); // 02:59 CET
      expect(isWithinWorkingHours(night, at('2025-10-26T02:00:00Z'))).toBe(false); // 03:00 CET
      const midnight = DateTime.fromISO('2025-10-26T00:00', { zone: 'Europe/Rome' });
      let open = 0;
      // The local day is 25 hours long; the clock shows 02:00–02:59 twice.
      for (let minute = 0; minute < 25 * 60; minute++) if (isWithinWorkingHours(night, midnight.plus({ minutes: minute }).toJSDate())) open++;
      expect(open).toBe(120);
    });
  });

  it('is open at every moment of a 24-hour day, even a 23- or 25-hour one', () => {
    const always = schedule({ workingHours: Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((d) => [d, [{ from: '00:00', to: '24:00' }]])) });
    for (const day of ['2025-03-30', '2025-10-26']) {
      const midnight = DateTime.fromISO(`${day}T00:00`, { zone: 'Europe/Rome' });
      const next = midnight.plus({ days: 1 });
      for (let t = midnight; t < next; t = t.plus({ minutes: 7 })) expect(isWithinWorkingHours(always, t.toJSDate())).toBe(true);
    }
  });
});

describe('isHoliday', () => {
  const christmas = schedule({ holidays: [{ date: '2025-12-25', name: 'Natale' }] });

  it('matches the local date of the instant', () => {
    expect(isHoliday(christmas, at('2025-12-25T10:00:00Z'))).toBe(true);
    expect(isHoliday(christmas, at('2025-12-24T10:00:00Z'))).toBe(false);
    expect(isHoliday(christmas, at('2025-12-26T10:00:00Z'))).toBe(false);
    // 23:30 UTC on the 24th is already the 25th in Rome, but still the 24th in New York.
    expect(isHoliday(christmas, at('2025-12-24T23:30:00Z'))).toBe(true);
    expect(isHoliday({ ...christmas, timezone: 'America/New_York' }, at('2025-12-24T23:30:00Z'))).toBe(false);
    // The last local minute of the 25th, and the first of the 26th.
    expect(isHoliday(christmas, at('2025-12-25T22:59:00Z'))).toBe(true);
    expect(isHoliday(christmas, at('2025-12-25T23:00:00Z'))).toBe(false);
  });

  it('does not repeat a one-off holiday in other years', () => {
    expect(isHoliday(christmas, at('2026-12-25T10:00:00Z'))).toBe(false);
  });

  it('repeats a yearly holiday on its month and day, whatever year it was entered with', () => {
    const yearly = schedule({ holidays: [{ date: '2000-12-25', yearly: true }] });
    expect(isHoliday(yearly, at('2025-12-25T10:00:00Z'))).toBe(true);
    expect(isHoliday(yearly, at('2031-12-25T10:00:00Z'))).toBe(true);
    expect(isHoliday(yearly, at('2031-12-24T10:00:00Z'))).toBe(false);
  });

  it('keeps a yearly 29 February to leap years', () => {
    const leap = schedule({ holidays: [{ date: '2024-02-29', yearly: true }] });
    expect(isHoliday(leap, at('2028-02-29T10:00:00Z'))).toBe(true);
    expect(isHoliday(leap, at('2025-02-28T10:00:00Z'))).toBe(false);
    expect(isHoliday(leap, at('2025-03-01T10:00:00Z'))).toBe(false);
  });

  it('knows the date on a daylight-saving day', () => {
    const change = schedule({ holidays: [{ date: '2025-03-30' }] });
    expect(isHoliday(change, at('2025-03-29T22:59:00Z'))).toBe(false); // 23:59 CET on the 29th
    expect(isHoliday(change, at('2025-03-29T23:00:00Z'))).toBe(true); // 00:00 CET on the 30th
    expect(isHoliday(change, at('2025-03-30T21:59:00Z'))).toBe(true); // 23:59 CEST on the 30th
    expect(isHoliday(change, at('2025-03-30T22:00:00Z'))).toBe(false); // 00:00 CEST on the 31st
  });

  it('is never a holiday without holidays', () => {
    expect(isHoliday(DEFAULT_SCHEDULE, at('2025-12-25T10:00:00Z'))).toBe(false);
  });
});

describe('isOpen', () => {
  it('is open in working hours except on holidays', () => {
    const withHoliday = { ...DEFAULT_SCHEDULE, holidays: [{ date: '2025-01-06', name: 'Epifania', yearly: true }] };
    expect(isOpen(DEFAULT_SCHEDULE, at('2025-01-06T10:00:00Z'))).toBe(true);
    expect(isOpen(withHoliday, at('2025-01-06T10:00:00Z'))).toBe(false);
    expect(isOpen(withHoliday, at('2025-01-07T10:00:00Z'))).toBe(true);
    expect(isOpen(withHoliday, at('2025-01-07T20:00:00Z'))).toBe(false);
  });
});

describe('ZSchedule', () => {
  it('accepts the defaults unchanged', () => {
    expect(ZSchedule.parse(DEFAULT_SCHEDULE)).toEqual(DEFAULT_SCHEDULE);
    expect(DEFAULT_SCHEDULE.timezone).toBe('Europe/Rome');
    expect(DEFAULT_SCHEDULE.workingHours['6']).toEqual([]);
    expect(DEFAULT_SCHEDULE.workingHours['7']).toEqual([]);
  });

  it('fills left-out days as closed, holidays as none and yearly as false', () => {
    const parsed = ZSchedule.parse({ timezone: 'Europe/Rome', workingHours: { '1': [{ from: '09:00', to: '12:00' }] } });
    expect(parsed.workingHours).toEqual({ '1': [{ from: '09:00', to: '12:00' }], '2': [], '3': [], '4': [], '5': [], '6': [], '7': [] });
    expect(parsed.holidays).toEqual([]);
    expect(ZHoliday.parse({ date: '2025-08-15' })).toEqual({ date: '2025-08-15', yearly: false });
  });

  it('sorts a day’s intervals by start', () => {
    const parsed = ZWeeklyHours.parse({
      '1': [
        { from: '15:00', to: '18:00' },
        { from: '08:00', to: '09:00' },
        { from: '09:00', to: '12:30' },
      ],
    });
    expect(parsed['1'].map((i) => i.from)).toEqual(['08:00', '09:00', '15:00']);
  });

  it('accepts 00:00–24:00 and touching intervals', () => {
    expect(issuesOf({ ...base, workingHours: { '1': [{ from: '00:00', to: '24:00' }] } })).toEqual([]);
    expect(
      issuesOf({
        ...base,
        workingHours: {
          '1': [
            { from: '00:00', to: '12:00' },
            { from: '12:00', to: '24:00' },
          ],
        },
      }),
    ).toEqual([]);
  });

  it.each([
    ['9:00', '18:00', 'workingHours.1.0.from'],
    ['09:00', '18:0', 'workingHours.1.0.to'],
    ['24:00', '24:00', 'workingHours.1.0.from'],
    ['09:60', '18:00', 'workingHours.1.0.from'],
    ['09:00', '24:01', 'workingHours.1.0.to'],
    ['09:00', '25:00', 'workingHours.1.0.to'],
    ['09:00', '09:00', 'workingHours.1.0.to'],
    ['18:00', '09:00', 'workingHours.1.0.to'],
    [' 09:00', '18:00', 'workingHours.1.0.from'],
  ])('refuses the interval %s–%s', (from, to, path) => {
    const issues = issuesOf({ ...base, workingHours: { '1': [{ from, to }] } });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.startsWith(path))).toBe(true);
  });

  it('refuses overlapping intervals, naming the later one by its position as sent', () => {
    const issues = issuesOf({
      ...base,
      workingHours: {
        '2': [
          { from: '14:00', to: '18:00' },
          { from: '09:00', to: '14:30' },
        ],
      },
    });
    expect(issues).toEqual(['workingHours.2.0: The intervals 09:00–14:30 and 14:00–18:00 overlap']);
  });

  it('refuses an interval inside another, and identical intervals', () => {
    expect(
      issuesOf({
        ...base,
        workingHours: {
          '3': [
            { from: '09:00', to: '18:00' },
            { from: '12:00', to: '13:00' },
          ],
        },
      }),
    ).toHaveLength(1);
    expect(
      issuesOf({
        ...base,
        workingHours: {
          '3': [
            { from: '09:00', to: '18:00' },
            { from: '09:00', to: '18:00' },
          ],
        },
      }),
    ).toHaveLength(1);
  });

  it('lets different days use the same hours', () => {
    expect(issuesOf({ ...base, workingHours: { '1': [{ from: '09:00', to: '18:00' }], '2': [{ from: '09:00', to: '18:00' }] } })).toEqual([]);
  });

  it('refuses weekdays other than "1"…"7"', () => {
    expect(issuesOf({ ...base, workingHours: { '0': [] } })).toHaveLength(1);
    expect(issuesOf({ ...base, workingHours: { '8': [] } })).toHaveLength(1);
    expect(issuesOf({ ...base, workingHours: { monday: [] } })).toHaveLength(1);
    expect(issuesOf({ ...base, workingHours: [] })).toHaveLength(1);
  });

  it('refuses more than 48 intervals a day', () => {
    const slots = (n: number) =>
      Array.from({ length: n }, (_, k) => {
        const from = k * 29;
        const fmt = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        return { from: fmt(from), to: fmt(from + 10) };
      });
    expect(issuesOf({ ...base, workingHours: { '1': slots(48) } })).toEqual([]);
    expect(issuesOf({ ...base, workingHours: { '1': slots(49) } })).toHaveLength(1);
  });

  it('accepts IANA zones and spells them canonically', () => {
    for (const zone of ['Europe/Rome', 'America/New_York', 'Asia/Kolkata', 'UTC', 'Etc/GMT+1']) {
      expect(ZSchedule.parse({ ...base, timezone: zone, workingHours: {} }).timezone).toBe(zone);
    }
    expect(ZSchedule.parse({ ...base, timezone: 'europe/rome', workingHours: {} }).timezone).toBe('Europe/Rome');
  });

  it.each(['Mars/Olympus_Mons', 'Europe/Roma', '', '   ', '+01:00', 'CET+1', 'Europe/Rome; drop table'])('refuses the zone %j', (zone) => {
    const issues = issuesOf({ ...base, timezone: zone, workingHours: {} });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.startsWith('timezone'))).toBe(true);
  });

  it('refuses a missing zone or working hours', () => {
    expect(issuesOf({ workingHours: {} })).toEqual([expect.stringMatching(/^timezone/)]);
    expect(issuesOf({ timezone: 'Europe/Rome' })).toEqual([expect.stringMatching(/^workingHours/)]);
  });

  it.each(['2025-02-29', '2025-04-31', '2025-13-01', '25-12-2025', '2025-12-25T00:00:00Z', ''])('refuses the holiday date %j', (date) => {
    expect(issuesOf({ ...base, workingHours: {}, holidays: [{ date }] })).toEqual([expect.stringMatching(/^holidays\.0\.date/)]);
  });

  it('refuses an empty or overlong holiday name, and keeps a good one trimmed', () => {
    expect(issuesOf({ ...base, workingHours: {}, holidays: [{ date: '2025-08-15', name: '' }] })).toHaveLength(1);
    expect(issuesOf({ ...base, workingHours: {}, holidays: [{ date: '2025-08-15', name: 'x'.repeat(101) }] })).toHaveLength(1);
    expect(ZSchedule.parse({ ...base, workingHours: {}, holidays: [{ date: '2025-08-15', name: ' Ferragosto ' }] }).holidays).toEqual([
      { date: '2025-08-15', name: 'Ferragosto', yearly: false },
    ]);
  });

  it('refuses the same holiday twice, but allows a one-off and a yearly one on the same day', () => {
    expect(issuesOf({ ...base, workingHours: {}, holidays: [{ date: '2025-08-15' }, { date: '2025-08-15' }] })).toEqual([
      'holidays.1.date: 2025-08-15 is listed twice',
    ]);
    expect(issuesOf({ ...base, workingHours: {}, holidays: [{ date: '2020-08-15', yearly: true }, { date: '2025-08-15', yearly: true }] })).toHaveLength(1);
    expect(issuesOf({ ...base, workingHours: {}, holidays: [{ date: '2025-08-15' }, { date: '2025-08-15', yearly: true }] })).toEqual([]);
  });

  it('accepts up to 366 holidays', () => {
    const first = DateTime.fromISO('2024-01-01', { zone: 'UTC' });
    const days = (n: number) => Array.from({ length: n }, (_, k) => ({ date: first.plus({ days: k }).toISODate()! }));
    expect(issuesOf({ ...base, workingHours: {}, holidays: days(366) })).toEqual([]);
    expect(issuesOf({ ...base, workingHours: {}, holidays: days(367) })).toEqual([expect.stringMatching(/^holidays/)]);
  });
});
