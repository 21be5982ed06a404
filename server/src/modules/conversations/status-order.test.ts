import { describe, expect, it } from 'vitest';
import type { DeliveryStatus } from '../channels/webhook-payload.ts';
import { advancesStatus, foldStatuses, type IncomingStatus, type StatusSnapshot } from './status-order.ts';

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

const queued: StatusSnapshot = { status: 'queued', waMessageId: 'wamid.A', stamped: new Set() };
const at = (s: number) => new Date(1_750_000_000_000 + s * 1000);
const update = (status: DeliveryStatus, second: number, extra: Partial<IncomingStatus> = {}): IncomingStatus => ({
  status,
  at: at(second),
  waMessageId: 'wamid.A',
  error: null,
  ...extra,
});

describe('folding a run of status webhooks onto one message', () => {
  it('ends at the highest status whatever the order, with every step seen stamped', () => {
    const orders: DeliveryStatus[][] = [
      ['sent', 'delivered', 'read'],
      ['read', 'delivered', 'sent'],
      ['delivered', 'read', 'sent'],
      ['sent', 'read', 'delivered'],
    ];
    const seconds: Record<DeliveryStatus, number> = { sent: 1, delivered: 2, read: 3, failed: 9 };
    for (const order of orders) {
      const fold = foldStatuses(
        queued,
        order.map((s) => update(s, seconds[s])),
      );
      expect(fold.status).toBe('read');
      expect(fold.stamps).toEqual({ sent: at(1), delivered: at(2), read: at(3) });
    }
  });

  it('reports one transition per status that moved the message forward, with the status before it', () => {
    const fold = foldStatuses(queued, [update('delivered', 2), update('sent', 1), update('read', 3)]);
    expect(fold.transitions).toEqual([
      { index: 0, previous: 'queued', status: 'delivered' },
      { index: 2, previous: 'delivered', status: 'read' },
    ]);
  });

  it('keeps the first time of a repeated step and the time already stored', () => {
    const repeated = foldStatuses(queued, [update('sent', 1), update('sent', 5)]);
    expect(repeated.stamps).toEqual({ sent: at(1) });
    expect(repeated.transitions).toHaveLength(1);
    const stored = foldStatuses({ status: 'sent', waMessageId: 'wamid.A', stamped: new Set(['sent']) }, [update('sent', 7), update('delivered', 8)]);
    expect(stored.stamps).toEqual({ delivered: at(8) });
    expect(stored.transitions).toEqual([{ index: 1, previous: 'sent', status: 'delivered' }]);
  });

  it('stamps a late step without moving the status back', () => {
    const fold = foldStatuses({ status: 'read', waMessageId: 'wamid.A', stamped: new Set(['read']) }, [update('delivered', 2)]);
    expect(fold.status).toBe('read');
    expect(fold.stamps).toEqual({ delivered: at(2) });
    expect(fold.transitions).toEqual([]);
  });

  it('records a failure with its error, and lets a later delivery overtake it', () => {
    const error = { code: 131047, title: 'Re-engagement message', details: 'more than 24 hours' };
    const failed = foldStatuses(queued, [update('sent', 1), update('failed', 2, { error })]);
    expect(failed.status).toBe('failed');
    expect(failed.failure).toEqual({ error });
    expect(failed.stamps).toEqual({ sent: at(1), failed: at(2) });

    const overtaken = foldStatuses(queued, [update('failed', 2, { error }), update('delivered', 3)]);
    expect(overtaken.status).toBe('delivered');
    expect(overtaken.failure).toEqual({ error });

    const tooLate = foldStatuses(queued, [update('delivered', 3), update('failed', 4, { error })]);
    expect(tooLate.status).toBe('delivered');
    expect(tooLate.failure).toBeNull();
    expect(tooLate.stamps).toEqual({ delivered: at(3), failed: at(4) });
  });

  it('learns the WhatsApp id from the first status when the message has none, and never replaces one', () => {
    const unknown = foldStatuses({ status: 'queued', waMessageId: null, stamped: new Set() }, [
      update('sent', 1, { waMessageId: 'wamid.first' }),
      update('delivered', 2, { waMessageId: 'wamid.second' }),
    ]);
    expect(unknown.waMessageId).toBe('wamid.first');
    expect(unknown.learnedWaMessageId).toBe('wamid.first');
    const known = foldStatuses(queued, [update('sent', 1, { waMessageId: 'wamid.other' })]);
    expect(known.waMessageId).toBe('wamid.A');
    expect(known.learnedWaMessageId).toBeNull();
  });

  it('changes nothing for an empty run', () => {
    const fold = foldStatuses(queued, []);
    expect(fold).toMatchObject({ status: 'queued', stamps: {}, learnedWaMessageId: null, failure: null, transitions: [] });
  });
});
