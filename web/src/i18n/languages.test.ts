import { describe, expect, it } from 'vitest';
import { pickInitialLanguage } from './languages';

describe('the language before sign-in', () => {
  it('is the one last used on this browser', () => {
    expect(pickInitialLanguage('es', ['it-IT'])).toBe('es');
  });

  it('else the first browser language Sportello speaks', () => {
    expect(pickInitialLanguage(null, ['de-DE', 'it-IT', 'en'])).toBe('it');
    expect(pickInitialLanguage('xx', ['ES'])).toBe('es');
  });

  it('else English', () => {
    expect(pickInitialLanguage(null, ['de', 'fr-FR'])).toBe('en');
    expect(pickInitialLanguage(null, [])).toBe('en');
  });
});
