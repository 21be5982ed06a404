import { describe, expect, it } from 'vitest';
import { checkTemplateSend, registerTemplate, removeTemplate, type TemplateRegistry } from './templates.ts';

const send = (name: string, languageCode = 'it', parameterCounts: Record<string, number> = {}) => ({ name, languageCode, parameterCounts });

describe('template sends', () => {
  it('accepts any template on a WABA with no registered template', () => {
    const registry: TemplateRegistry = new Map();
    expect(checkTemplateSend(registry, 'W', send('anything'))).toBeNull();
  });

  it('judges against the registry once a WABA has templates', () => {
    const registry: TemplateRegistry = new Map();
    registerTemplate(registry, 'W', { name: 'order_update', language: 'it', status: 'APPROVED', category: 'UTILITY', parameterCounts: { body: 1 } });
    expect(checkTemplateSend(registry, 'W', send('order_update', 'it', { body: 1 }))).toBeNull();
    expect(checkTemplateSend(registry, 'W', send('missing'))).toEqual({ code: 132001, details: 'template name (missing) does not exist in it' });
    expect(checkTemplateSend(registry, 'W', send('order_update', 'en_US', { body: 1 }))?.code).toBe(132001);
    expect(checkTemplateSend(registry, 'W', send('order_update', 'it'))).toEqual({
      code: 132000,
      details: 'body: number of localizable_params (0) does not match the expected number of params (1)',
    });
    expect(checkTemplateSend(registry, 'W', send('order_update', 'it', { body: 1, header: 1 }))?.code).toBe(132000);
    // Other WABAs stay unmanaged.
    expect(checkTemplateSend(registry, 'OTHER', send('missing'))).toBeNull();
  });

  it('refuses templates that are not approved', () => {
    const registry: TemplateRegistry = new Map();
    const base = { language: 'it', category: 'MARKETING' as const, parameterCounts: {} };
    registerTemplate(registry, 'W', { ...base, name: 'pending', status: 'PENDING' });
    registerTemplate(registry, 'W', { ...base, name: 'paused', status: 'PAUSED' });
    registerTemplate(registry, 'W', { ...base, name: 'disabled', status: 'DISABLED' });
    expect(checkTemplateSend(registry, 'W', send('pending'))?.code).toBe(132001);
    expect(checkTemplateSend(registry, 'W', send('paused'))?.code).toBe(132015);
    expect(checkTemplateSend(registry, 'W', send('disabled'))?.code).toBe(132016);
    expect(removeTemplate(registry, 'W', 'paused', 'it')).toBe(true);
    expect(checkTemplateSend(registry, 'W', send('paused'))?.code).toBe(132001);
  });
});
