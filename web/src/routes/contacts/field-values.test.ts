import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { fieldErrorsOf } from './field-errors';
import { changedFieldValues, fieldValueToInput, inputToFieldValue } from './field-values';
import type { FieldDefinition } from './data';

const field = (key: string, type: FieldDefinition['type']): FieldDefinition => ({ id: key, key, label: key, type, createdAt: '2026-01-01T00:00:00.000Z' });

describe('dynamic field values in the form', () => {
  it('turn typed values into inputs and back', () => {
    expect(fieldValueToInput('number', 42)).toBe('42');
    expect(fieldValueToInput('boolean', false)).toBe('false');
    expect(fieldValueToInput('date', undefined)).toBe('');
    expect(inputToFieldValue('number', '3,5')).toBe(3.5);
    expect(inputToFieldValue('boolean', 'true')).toBe(true);
    expect(inputToFieldValue('date', '2026-02-03')).toBe('2026-02-03');
    expect(inputToFieldValue('text', '')).toBeNull();
  });

  it('send a number field what was typed when it is no number, so the server says why', () => {
    expect(inputToFieldValue('number', 'twelve')).toBe('twelve');
  });

  it('send only the values that changed, null for a cleared one', () => {
    const definitions = [field('CITY', 'text'), field('AGE', 'number'), field('VIP', 'boolean'), field('BIRTHDAY', 'date')];
    const original = { CITY: 'Roma', AGE: 30, VIP: true };
    expect(changedFieldValues(definitions, original, { CITY: 'Roma', AGE: '31', VIP: '', BIRTHDAY: '' })).toEqual({ AGE: 31, VIP: null });
  });
});

describe('server errors by input', () => {
  it('place validation details and the one field a domain error names', () => {
    const validation = new ApiError(422, 'validation_failed', 'Invalid body: email', [{ field: 'email', message: 'Invalid email address' }]);
    expect(fieldErrorsOf(validation)).toEqual({ email: 'Invalid email address' });
    const domain = new ApiError(422, 'invalid_field_value', 'AGE must be a number', { field: 'fields.AGE', key: 'AGE' });
    expect(fieldErrorsOf(domain)).toEqual({ 'fields.AGE': 'AGE must be a number' });
    const filter = new ApiError(422, 'unknown_field', 'No dynamic field has the key X', { field: 'field.X', key: 'X' });
    expect(fieldErrorsOf(filter)).toEqual({ 'fields.X': 'No dynamic field has the key X' });
    expect(fieldErrorsOf(new Error('boom'))).toEqual({});
  });
});
