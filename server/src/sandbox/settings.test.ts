import { describe, expect, it } from 'vitest';
import { applySettingsPatch, DEFAULT_SETTINGS, ZSettingsPatch } from './settings.ts';

describe('settings', () => {
  it('merge partial changes, nested delays key by key', () => {
    const next = applySettingsPatch(DEFAULT_SETTINGS, { throughputMps: 5, statusDelaysMs: { read: 1_000 } });
    expect(next.throughputMps).toBe(5);
    expect(next.pairRateBurst).toBe(45);
    expect(next.statusDelaysMs).toEqual({ sent: 20, delivered: 60, read: 1_000 });
    expect(DEFAULT_SETTINGS.statusDelaysMs.read).toBe(150);
  });

  it('refuse unknown keys and out-of-range values', () => {
    expect(ZSettingsPatch.safeParse({ throughput: 5 }).success).toBe(false);
    expect(ZSettingsPatch.safeParse({ rateLimitHttpStatus: 200 }).success).toBe(false);
    expect(ZSettingsPatch.safeParse({ throughputMps: 0 }).success).toBe(false);
    expect(ZSettingsPatch.safeParse({ rateLimitHttpStatus: 429, autoRead: false }).success).toBe(true);
  });
});
