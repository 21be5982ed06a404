import { describe, expect, it } from 'vitest';
import { isoDurationSeconds, splitDuration, toIsoDuration } from './duration';

describe('ISO durations', () => {
  it('reads seconds from the forms definitions use', () => {
    expect(isoDurationSeconds('PT3S')).toBe(3);
    expect(isoDurationSeconds('PT10M')).toBe(600);
    expect(isoDurationSeconds('P1DT2H')).toBe(93_600);
    expect(isoDurationSeconds('P1W')).toBe(604_800);
    expect(isoDurationSeconds('pt1.5s')).toBe(1.5);
  });

  it('refuses what is not a duration', () => {
    for (const text of ['', 'P', 'PT', '3S', 'P1Y', 'soon', undefined]) expect(isoDurationSeconds(text)).toBeNull();
  });

  it('splits into the largest whole unit and writes it back', () => {
    expect(splitDuration(7200)).toEqual({ amount: 2, unit: 'hours' });
    expect(splitDuration(90)).toEqual({ amount: 90, unit: 'seconds' });
    expect(splitDuration(0)).toEqual({ amount: 0, unit: 'seconds' });
    expect(toIsoDuration(3, 'seconds')).toBe('PT3S');
    expect(toIsoDuration(2, 'days')).toBe('P2D');
    expect(toIsoDuration(5, 'minutes')).toBe('PT5M');
    expect(toIsoDuration(1, 'hours')).toBe('PT1H');
  });
});
