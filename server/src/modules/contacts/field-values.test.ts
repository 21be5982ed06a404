import { describe, expect, it } from 'vitest';
import { checkFieldValues, deriveFieldKey, fieldKeyProblem, fieldValueText, parseBoolean, parseDate, parseFieldValue, parseNumber, parseText } from './field-values.ts';

describe('field keys', () => {
  it('derives upper snake case ASCII keys from labels', () => {
    expect(deriveFieldKey('Data di nascita')).toBe('DATA_DI_NASCITA');
    expect(deriveFieldKey('  Città preferita  ')).toBe('CITTA_PREFERITA');
    expect(deriveFieldKey('Número de móvil (casa)')).toBe('NUMERO_DE_MOVIL_CASA');
    expect(deriveFieldKey('e-mail #2')).toBe('E_MAIL_2');
    expect(deriveFieldKey('2° indirizzo')).toBe('F_2_INDIRIZZO');
    expect(deriveFieldKey('!!!')).toBe('');
    expect(deriveFieldKey('x'.repeat(100))).toHaveLength(64);
  });

  it('accepts well-formed keys and refuses built-in ones', () => {
    expect(fieldKeyProblem('CITY')).toBeNull();
    expect(fieldKeyProblem('A1_B')).toBeNull();
    expect(fieldKeyProblem('A'.repeat(64))).toBeNull();
    for (const key of ['', 'city', '1A', '_A', 'A-B', 'A'.repeat(65), 'ÀB']) expect(fieldKeyProblem(key), key).toMatch(/A-Z/);
    for (const key of ['FIRST_NAME', 'LAST_NAME', 'NAME', 'PHONE', 'EMAIL', 'LANGUAGE', 'TICKET_REFERENCE', 'TICKET_ANYTHING']) {
      expect(fieldKeyProblem(key), key).toContain('built-in');
    }
    expect(fieldKeyProblem('TICKETS')).toBeNull();
  });
});

describe('field values', () => {
  it('reads numbers from numbers and numeric strings, including a decimal comma', () => {
    expect(parseNumber(3)).toEqual({ ok: true, value: 3 });
    expect(parseNumber(' -4.5 ')).toEqual({ ok: true, value: -4.5 });
    expect(parseNumber('12,5')).toEqual({ ok: true, value: 12.5 });
    expect(parseNumber('1e3')).toEqual({ ok: true, value: 1000 });
    expect(parseNumber('.5')).toEqual({ ok: true, value: 0.5 });
    for (const bad of ['', 'abc', '1,000.5', '12 kg', Infinity, NaN, '1e999', true, null, {}]) expect(parseNumber(bad).ok, String(bad)).toBe(false);
  });

  it('reads calendar dates written YYYY-MM-DD only', () => {
    expect(parseDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseDate(' 1999-12-31 ')).toEqual({ ok: true, value: '1999-12-31' });
    for (const bad of ['2023-02-29', '2024-13-01', '2024-00-10', '31/12/2024', '2024-1-1', '2024-01-01T10:00:00Z', 20240101, null]) {
      expect(parseDate(bad).ok, String(bad)).toBe(false);
    }
  });

  it('reads booleans in the usual spellings', () => {
    for (const yes of [true, 'true', 'TRUE', 'yes', '1', 1, 'sì', 'si']) expect(parseBoolean(yes), String(yes)).toEqual({ ok: true, value: true });
    for (const no of [false, 'false', 'No', '0', 0]) expect(parseBoolean(no), String(no)).toEqual({ ok: true, value: false });
    for (const bad of ['maybe', '', 2, null]) expect(parseBoolean(bad).ok).toBe(false);
  });

  it('keeps text up to 2000 characters; numbers and booleans become text', () => {
    expect(parseText('ciao')).toEqual({ ok: true, value: 'ciao' });
    expect(parseText(42)).toEqual({ ok: true, value: '42' });
    expect(parseText('x'.repeat(2000)).ok).toBe(true);
    expect(parseText('x'.repeat(2001)).ok).toBe(false);
    expect(parseText({ a: 1 }).ok).toBe(false);
    expect(parseText(['a']).ok).toBe(false);
  });

  it('dispatches on the field type', () => {
    expect(parseFieldValue('number', '7')).toEqual({ ok: true, value: 7 });
    expect(parseFieldValue('boolean', 'no')).toEqual({ ok: true, value: false });
    expect(parseFieldValue('date', '2020-01-01')).toEqual({ ok: true, value: '2020-01-01' });
    expect(parseFieldValue('text', 7)).toEqual({ ok: true, value: '7' });
  });

  it('checks a set of values against definitions', () => {
    const defs = [
      { key: 'AGE', label: 'Age', type: 'number' as const },
      { key: 'CITY', label: 'City', type: 'text' as const },
    ];
    expect(checkFieldValues(defs, { AGE: '30', CITY: null }, { allowRemoval: true })).toEqual({ ok: true, set: { AGE: 30 }, remove: ['CITY'] });
    expect(checkFieldValues(defs, { CITY: null }, { allowRemoval: false })).toEqual({ ok: true, set: {}, remove: [] });
    expect(checkFieldValues(defs, { NOPE: 1 }, { allowRemoval: true })).toEqual({ ok: false, problem: { kind: 'unknown_field', key: 'NOPE', reason: expect.stringContaining('NOPE') } });
    expect(checkFieldValues(defs, { AGE: 'old' }, { allowRemoval: true })).toEqual({
      ok: false,
      problem: { kind: 'invalid_field_value', key: 'AGE', reason: 'AGE must be a number' },
    });
  });

  it('writes stored values as text', () => {
    expect(fieldValueText(undefined)).toBe('');
    expect(fieldValueText(12.5)).toBe('12.5');
    expect(fieldValueText(false)).toBe('false');
    expect(fieldValueText('x')).toBe('x');
  });
});
