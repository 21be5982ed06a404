import { describe, expect, it } from 'vitest';
import { formatDate, formatDuration, formatNumber, formatPercent, formatRelative } from './format';

// A fixed zone keeps the expected strings the same on every machine.
const UTC = 'UTC';
// ICU versions differ in which space they put before "PM" or "%": compare with plain spaces.
const plain = (text: string) => text.replace(/\s/g, ' ');
const moment = '2026-03-09T14:05:00.000Z';

describe('formatting', () => {
  it('writes dates the way each language does', () => {
    expect(plain(formatDate(moment, 'en', 'date', UTC))).toBe('Mar 9, 2026');
    expect(plain(formatDate(moment, 'it', 'date', UTC))).toBe('9 mar 2026');
    expect(plain(formatDate(moment, 'es', 'date', UTC))).toBe('9 mar 2026');
    expect(plain(formatDate(moment, 'it', 'time', UTC))).toBe('14:05');
    expect(plain(formatDate(moment, 'en', 'time', UTC))).toBe('2:05 PM');
    expect(plain(formatDate(new Date(moment), 'it', 'dateTime', UTC))).toBe('9 mar 2026, 14:05');
  });

  it('writes nothing for a missing or invalid date', () => {
    expect(plain(formatDate(null, 'en'))).toBe('');
    expect(plain(formatDate(undefined, 'en'))).toBe('');
    expect(plain(formatDate('not a date', 'en'))).toBe('');
  });

  it('groups digits and writes decimals per language', () => {
    expect(plain(formatNumber(1234567.5, 'en'))).toBe('1,234,567.5');
    expect(plain(formatNumber(1234567.5, 'it'))).toBe('1.234.567,5');
    expect(plain(formatNumber(1234567.5, 'es'))).toBe('1.234.567,5');
    expect(plain(formatPercent(0.256, 'en'))).toBe('26%');
    expect(plain(formatPercent(0.256, 'it', 1))).toBe('25,6%');
  });

  it('writes durations in their largest unit', () => {
    expect(plain(formatDuration(5400, 'en'))).toBe('1.5 hr');
    expect(plain(formatDuration(5400, 'it'))).toBe('1,5 h');
    expect(plain(formatDuration(90, 'en'))).toBe('1.5 min');
    expect(plain(formatDuration(3 * 86_400, 'es'))).toBe('3 d');
    expect(plain(formatDuration(0, 'en'))).toBe('0 sec');
  });

  it('says how long ago something happened', () => {
    const now = '2026-03-09T14:10:00.000Z';
    expect(plain(formatRelative(moment, 'en', now))).toBe('5 minutes ago');
    expect(plain(formatRelative(moment, 'it', now))).toBe('5 minuti fa');
    expect(plain(formatRelative('2026-03-07T14:10:00.000Z', 'es', now))).toBe('anteayer');
    expect(plain(formatRelative('2026-03-09T14:09:50.000Z', 'en', now))).toBe('now');
  });
});
