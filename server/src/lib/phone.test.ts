import { describe, expect, it } from 'vitest';
import { e164FromWaId, normalizePhone, waIdOf } from './phone.ts';

describe('normalizePhone (E.164)', () => {
  it.each([
    ['+39 333 123 4567', '+393331234567'],
    ['+39-333-1234567', '+393331234567'],
    ['(+39) 333.123.4567', '+393331234567'],
    ['0039 333 1234567', '+393331234567'],
    ['393331234567', '+393331234567'],
    ['+34 612 34 56 78', '+34612345678'],
    ['+1 (650) 555-1234', '+16505551234'],
    ['+44 7911 123456', '+447911123456'],
  ])('normalises %s to %s', (input, expected) => {
    expect(normalizePhone(input)).toEqual({ ok: true, e164: expected });
  });

  it('uses the default country for national numbers', () => {
    expect(normalizePhone('333 123 4567', 'IT')).toEqual({ ok: true, e164: '+393331234567' });
    expect(normalizePhone('612 345 678', 'ES')).toEqual({ ok: true, e164: '+34612345678' });
  });

  it('refuses a national number without a default country', () => {
    const result = normalizePhone('333 123');
    expect(result.ok).toBe(false);
  });

  it.each(['', '   ', 'hello', '+39 12', '+999 1234567890', '+39 333 123 4567 ext 5', '12ab34'])('rejects %j with a reason', (input) => {
    const result = normalizePhone(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(5);
  });

  it('converts between E.164 and WhatsApp ids', () => {
    expect(waIdOf('+393331234567')).toBe('393331234567');
    expect(e164FromWaId('393331234567')).toBe('+393331234567');
  });
});
