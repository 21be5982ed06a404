import { describe, expect, it } from 'vitest';
import { planStatuses } from './status-plan.ts';

const settings = { statusDelaysMs: { sent: 20, delivered: 60, read: 150 }, autoRead: true };

describe('planStatuses', () => {
  it('reports sent, delivered and read at the configured delays', () => {
    expect(planStatuses(undefined, settings)).toEqual([
      { status: 'sent', delayMs: 20 },
      { status: 'delivered', delayMs: 60 },
      { status: 'read', delayMs: 150 },
    ]);
  });

  it('stops at delivered when customers do not read', () => {
    expect(planStatuses(undefined, { ...settings, autoRead: false }).map((s) => s.status)).toEqual(['sent', 'delivered']);
  });

  it('reports only a failure, at the sent delay, when the message cannot be delivered', () => {
    expect(planStatuses(131047, settings)).toEqual([{ status: 'failed', delayMs: 20, errorCode: 131047 }]);
  });

  it('never lets a later status go before an earlier one', () => {
    const plan = planStatuses(undefined, { statusDelaysMs: { sent: 100, delivered: 10, read: 0 }, autoRead: true });
    expect(plan.map((s) => s.delayMs)).toEqual([100, 100, 100]);
  });
});
