import { describe, expect, it } from 'vitest';
import { isEmail, likeContains, nextMarketingConsent, NO_CONSENT, normalizeLanguage, normalizeTagName, uniqueNames } from './contact-input.ts';
import { decodeCursor, encodeCursor, fieldFiltersFromQuery } from './filters.ts';
import { importOptionsFrom, mappingFrom } from './import-options.ts';

const NOW = new Date('2025-03-01T10:00:00Z');
const EARLIER = new Date('2024-01-01T00:00:00Z');

describe('contact values', () => {
  it('normalises language tags', () => {
    expect(normalizeLanguage('IT')).toBe('it');
    expect(normalizeLanguage('en_gb')).toBe('en-GB');
    expect(normalizeLanguage('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(normalizeLanguage(' es ')).toBe('es');
    expect(normalizeLanguage('italiano')).toBeNull();
    expect(normalizeLanguage('e')).toBeNull();
  });

  it('normalises tag names and dedupes them without case', () => {
    expect(normalizeTagName('  lead   caldo ')).toBe('lead caldo');
    expect(normalizeTagName('   ')).toBeNull();
    expect(normalizeTagName('x'.repeat(65))).toBeNull();
    expect(uniqueNames(['VIP', 'vip', 'Roma'])).toEqual(['VIP', 'Roma']);
  });

  it('checks e-mail addresses loosely', () => {
    expect(isEmail('a@b.it')).toBe(true);
    expect(isEmail('a@b')).toBe(false);
    expect(isEmail('a b@c.it')).toBe(false);
  });

  it('escapes LIKE wildcards', () => {
    expect(likeContains('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});

describe('marketing consent', () => {
  it('dates consent when it turns true and keeps that date while it stays true', () => {
    const given = nextMarketingConsent(NO_CONSENT, { optIn: true, source: 'form' }, NOW);
    expect(given).toEqual({ optIn: true, at: NOW, source: 'form' });
    const current = { optIn: true, at: EARLIER, source: 'shop' };
    expect(nextMarketingConsent(current, { optIn: true }, NOW)).toEqual(current);
    expect(nextMarketingConsent(current, { source: 'fair' }, NOW)).toEqual({ optIn: true, at: EARLIER, source: 'fair' });
  });

  it('clears date and source when it turns false, and ignores a source without consent', () => {
    expect(nextMarketingConsent({ optIn: true, at: EARLIER, source: 'shop' }, { optIn: false }, NOW)).toEqual(NO_CONSENT);
    expect(nextMarketingConsent(NO_CONSENT, { source: 'form' }, NOW)).toEqual(NO_CONSENT);
    expect(nextMarketingConsent(NO_CONSENT, {}, NOW)).toBe(NO_CONSENT);
  });
});

describe('query helpers', () => {
  it('round-trips cursors and refuses foreign ones', () => {
    const id = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    expect(decodeCursor(encodeCursor(id))).toBe(id);
    expect(() => decodeCursor('bm90LWFuLWlk')).toThrow(/cursor/);
  });

  it('reads field.KEY query parameters', () => {
    expect(fieldFiltersFromQuery({ q: 'x', 'field.CITY': 'Roma', 'field.AGE': '30' })).toEqual({ CITY: 'Roma', AGE: '30' });
    expect(() => fieldFiltersFromQuery({ 'field.CITY': ['a', 'b'] })).toThrow(/more than once/);
  });
});

describe('import form fields', () => {
  it('reads options with defaults', () => {
    expect(importOptionsFrom({ mapping: '{"Tel":"phone"}' })).toEqual({
      mapping: { Tel: 'phone' },
      tags: undefined,
      list: undefined,
      defaultCountry: undefined,
      marketingOptIn: undefined,
      marketingOptInSource: undefined,
      updateExisting: true,
    });
    expect(
      importOptionsFrom({ mapping: '{"Tel":"phone"}', tags: '["a"," b "]', list: ' Fiera ', defaultCountry: 'it', marketingOptIn: 'yes', marketingOptInSource: 'fiera', updateExisting: 'false' }),
    ).toMatchObject({ tags: ['a', 'b'], list: 'Fiera', defaultCountry: 'IT', marketingOptIn: true, marketingOptInSource: 'fiera', updateExisting: false });
    expect(importOptionsFrom({ mapping: '{"Tel":"phone"}', tags: 'a, b' }).tags).toEqual(['a', 'b']);
  });

  it('refuses bad options', () => {
    expect(() => importOptionsFrom({})).toThrow(/mapping/);
    expect(() => importOptionsFrom({ mapping: '[]' })).toThrow(/object/);
    expect(() => importOptionsFrom({ mapping: '{' })).toThrow(/JSON/);
    expect(() => importOptionsFrom({ mapping: '{}', defaultCountry: 'ZZ' })).toThrow(/defaultCountry/);
    expect(() => importOptionsFrom({ mapping: '{}', updateExisting: 'perhaps' })).toThrow(/updateExisting/);
    expect(() => importOptionsFrom({ mapping: '{}', tags: '[1]' })).toThrow(/tags/);
    expect(mappingFrom({}, false)).toBeUndefined();
  });
});
