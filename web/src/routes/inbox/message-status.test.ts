import { describe, expect, it } from 'vitest';
import { deliveryState, failureReason } from './message-status';

describe('delivery ticks', () => {
  it('follow WhatsApp: a clock while queued, one tick sent, two delivered, two blue read', () => {
    expect(deliveryState({ direction: 'outbound', status: 'queued', error: null })?.tick).toBe('clock');
    expect(deliveryState({ direction: 'outbound', status: 'sent', error: null })?.tick).toBe('single');
    expect(deliveryState({ direction: 'outbound', status: 'delivered', error: null })?.tick).toBe('double');
    expect(deliveryState({ direction: 'outbound', status: 'read', error: null })).toEqual({ tick: 'double-read', labelKey: 'status.read', failure: null });
  });

  it('are not drawn on what the customer sent', () => {
    expect(deliveryState({ direction: 'inbound', status: 'received', error: null })).toBeNull();
  });

  it('say why a message failed, with Meta’s code, title and details', () => {
    const state = deliveryState({
      direction: 'outbound',
      status: 'failed',
      error: { code: 131047, title: 'Re-engagement message', details: 'More than 24 hours have passed' },
    });
    expect(state).toEqual({ tick: 'failed', labelKey: 'status.failed', failure: '131047 Re-engagement message: More than 24 hours have passed' });
  });

  it('read a failure with only some parts, and none', () => {
    expect(failureReason({ code: null, title: 'Timeout', details: null })).toBe('Timeout');
    expect(failureReason({ code: 131026, title: null, details: null })).toBe('131026');
    expect(failureReason({ code: null, title: null, details: null })).toBeNull();
    expect(failureReason(null)).toBeNull();
    expect(deliveryState({ direction: 'outbound', status: 'failed', error: null })?.failure).toBeNull();
  });
});
