import { describe, expect, it } from 'vitest';
import { customerWindow } from './customer-window';

const now = new Date('2026-03-10T12:00:00Z');

describe('the 24-hour window', () => {
  it('is open for 24 hours after the customer’s last message, and says until when', () => {
    expect(customerWindow('2026-03-09T12:00:01Z', now)).toEqual({ open: true, closesAt: new Date('2026-03-10T12:00:01Z') });
  });

  it('is closed at exactly 24 hours, as on the server', () => {
    expect(customerWindow('2026-03-09T12:00:00Z', now)).toEqual({ open: false, lastInboundAt: new Date('2026-03-09T12:00:00Z') });
  });

  it('is closed when the customer never wrote', () => {
    expect(customerWindow(null, now)).toEqual({ open: false, lastInboundAt: null });
  });
});
