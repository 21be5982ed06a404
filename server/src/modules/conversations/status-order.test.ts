import { describe, expect, it } from 'vitest';
import { advancesStatus } from './status-order.ts';

describe('outbound status order', () => {
  it('moves forward through sent, delivered, read', () => {
    expect(advancesStatus('queued', 'sent')).toBe(true);
    expect(advancesStatus('sent', 'delivered')).toBe(true);
    expect(advancesStatus('delivered', 'read')).toBe(true);
    expect(advancesStatus('queued', 'read')).toBe(true);
  });

  it('ignores repeats and late arrivals', () => {
    expect(advancesStatus('sent', 'sent')).toBe(false);
    expect(advancesStatus('read', 'delivered')).toBe(false);
    expect(advancesStatus('delivered', 'sent')).toBe(false);
  });

  it('lets a failure replace queued or sent, never delivered or read', () => {
    expect(advancesStatus('queued', 'failed')).toBe(true);
    expect(advancesStatus('sent', 'failed')).toBe(true);
    expect(advancesStatus('delivered', 'failed')).toBe(false);
    expect(advancesStatus('read', 'failed')).toBe(false);
    expect(advancesStatus('failed', 'delivered')).toBe(true);
  });
});
