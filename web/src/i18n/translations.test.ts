import { describe, expect, it } from 'vitest';
import { namespaces, resources, resourcesFrom } from './i18n';
import { LANGUAGES } from './languages';

/** Every key path of a nested strings object: "nav.inbox", "errors.codes.not_found", … */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  it('have the shell namespace and one per section', () => {
    expect(namespaces).toEqual(expect.arrayContaining(['common', 'inbox', 'contacts', 'tickets', 'automations', 'settings']));
  });

  it.each(namespaces)('say every string of "%s" in Italian, English and Spanish', (namespace) => {
    const english = keysOf(resources.en?.[namespace]).sort();
    expect(english.length).toBeGreaterThan(0);
    for (const language of LANGUAGES) {
      const strings = resources[language]?.[namespace];
      expect(strings, `${language}/${namespace}.json is missing`).toBeDefined();
      expect(keysOf(strings).sort(), `${language}/${namespace}.json`).toEqual(english);
      for (const key of keysOf(strings)) {
        const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], strings);
        expect(typeof text === 'string' && text.trim().length > 0, `${language}/${namespace}.json: ${key} is empty`).toBe(true);
      }
    }
  });

  it('are read from i18n/<language>/<namespace>.json', () => {
    expect(resourcesFrom({ './it/tickets.json': { a: 'b' }, './en/tickets.json': { a: 'c' }, './notes.json': {} })).toEqual({
      it: { tickets: { a: 'b' } },
      en: { tickets: { a: 'c' } },
    });
  });
});
