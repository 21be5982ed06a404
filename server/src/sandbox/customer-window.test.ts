import { describe, expect, it } from 'vitest';
import { CUSTOMER_SERVICE_WINDOW_MS, isServiceWindowOpen, noteInbound, type LastInboundTimes } from './customer-window.ts';

const NOW = Date.parse('2026-03-10T12:00:00Z');

describe('customer-service window', () => {
  it('is open for 24 hours after the last customer message', () => {
    expect(isServiceWindowOpen(NOW - 1_000, NOW)).toBe(true);
    expect(isServiceWindowOpen(NOW - CUSTOMER_SERVICE_WINDOW_MS + 1, NOW)).toBe(true);
    expect(isServiceWindowOpen(NOW - CUSTOMER_SERVICE_WINDOW_MS, NOW)).toBe(false);
    expect(isServiceWindowOpen(undefined, NOW)).toBe(false);
  });

  it('runs from the latest message, even when an older one is replayed', () => {
    const times: LastInboundTimes = new Map();
    noteInbound(times, 'P:39', NOW - 1_000);
    noteInbound(times, 'P:39', NOW - 30 * 60 * 60 * 1000);
    expect(times.get('P:39')).toBe(NOW - 1_000);
    noteInbound(times, 'P:39', NOW);
    expect(times.get('P:39')).toBe(NOW);
  });
});
