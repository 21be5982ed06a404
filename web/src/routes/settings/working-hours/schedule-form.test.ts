import { describe, expect, it } from 'vitest';
import { draftFromSchedule, problemsOf, scheduleFromDraft, weekdayNames, type Schedule, type ScheduleDraft } from './schedule-form';

const schedule: Schedule = {
  timezone: 'Europe/Rome',
  workingHours: {
    '1': [
      { from: '09:00', to: '13:00' },
      { from: '14:00', to: '18:00' },
    ],
    '2': [{ from: '09:00', to: '18:00' }],
    '3': [],
    '4': [],
    '5': [{ from: '22:00', to: '24:00' }],
    '6': [],
    '7': [],
  },
  holidays: [
    { date: '2026-12-25', name: 'Natale', yearly: true },
    { date: '2026-08-14', yearly: false },
  ],
};

function draftWith(change: (draft: ScheduleDraft) => void): ScheduleDraft {
  const draft = draftFromSchedule(schedule);
  change(draft);
  return draft;
}

describe('the working-hours editor and the API shape', () => {
  it('reads a schedule into the editor and writes back the same schedule', () => {
    const draft = draftFromSchedule(schedule);
    expect(draft.days['1']).toHaveLength(2);
    expect(draft.holidays[1]).toEqual({ date: '2026-08-14', name: '', yearly: false });
    expect(scheduleFromDraft(draft)).toEqual(schedule);
  });

  it('sends all seven days, trims times and names, and leaves out empty names', () => {
    const draft = draftWith((d) => {
      d.days['6'] = [{ from: ' 10:00', to: '12:30 ' }];
      d.holidays.push({ date: '2026-01-06', name: '   ', yearly: false });
      d.holidays[0]!.name = ' Christmas ';
    });
    const body = scheduleFromDraft(draft);
    expect(Object.keys(body.workingHours)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(body.workingHours['6']).toEqual([{ from: '10:00', to: '12:30' }]);
    expect(body.holidays[0]).toEqual({ date: '2026-12-25', name: 'Christmas', yearly: true });
    expect(body.holidays[2]).toEqual({ date: '2026-01-06', yearly: false });
  });

  it('finds nothing wrong in a valid schedule, 24:00 and touching intervals included', () => {
    expect(problemsOf(draftWith((d) => (d.days['3'] = [{ from: '08:00', to: '12:00' }, { from: '12:00', to: '24:00' }])))).toEqual({});
  });

  it('names the field of each mistake by its API path, as the server does', () => {
    const problems = problemsOf(
      draftWith((d) => {
        d.days['1'] = [{ from: '9:00', to: '13:00' }, { from: '14:00', to: '24:30' }];
        d.days['2'] = [{ from: '18:00', to: '09:00' }];
        d.days['3'] = [{ from: '09:00', to: '13:00' }, { from: '12:00', to: '15:00' }];
        d.holidays.push({ date: '', name: '', yearly: false }, { date: '2027-12-25', name: '', yearly: true }, { date: '2026-02-30', name: '', yearly: false });
      }),
    );
    expect(problems).toEqual({
      'workingHours.1.0.from': { kind: 'timeFormat' },
      'workingHours.1.1.to': { kind: 'endFormat' },
      'workingHours.2.0.to': { kind: 'order' },
      'workingHours.3.1.from': { kind: 'overlap', with: { from: '09:00', to: '13:00' } },
      'holidays.2.date': { kind: 'date' },
      // 25 December is already a yearly holiday.
      'holidays.3.date': { kind: 'duplicate' },
      'holidays.4.date': { kind: 'date' },
    });
  });

  it('finds an overlap whatever the order the intervals were typed in', () => {
    const problems = problemsOf(draftWith((d) => (d.days['4'] = [{ from: '14:00', to: '18:00' }, { from: '09:00', to: '15:00' }])));
    expect(problems).toEqual({ 'workingHours.4.0.from': { kind: 'overlap', with: { from: '09:00', to: '15:00' } } });
  });

  it('names the weekdays in the user language, Monday first', () => {
    expect(weekdayNames('it')['1']).toBe('lunedì');
    expect(weekdayNames('en')['7']).toBe('Sunday');
    expect(weekdayNames('es')['3']).toBe('miércoles');
  });
});
