import { describe, expect, it } from 'vitest';
import { checkSendRate, countInWindow, createRateWindows, recordSend, type RateLimitSettings } from './rate-limits.ts';

const settings: RateLimitSettings = { throughputMps: 80, pairRateBurst: 45, pairRateWindowMs: 6_000 };
const T0 = 1_750_000_000_000;

describe('countInWindow', () => {
  it('counts the times within (now - window, now]', () => {
    const times = [100, 200, 300, 1_100, 1_200];
    expect(countInWindow(times, 1_200, 1_000)).toBe(3);
    expect(countInWindow(times, 1_299, 1_000)).toBe(3);
    expect(countInWindow(times, 1_300, 1_000)).toBe(2);
    expect(countInWindow([100, 200, 300], 1_099, 1_000)).toBe(3);
    expect(countInWindow([100, 200, 300], 1_100, 1_000)).toBe(2);
    expect(countInWindow(times, 2_200, 1_000)).toBe(0);
    expect(countInWindow([], 0, 1_000)).toBe(0);
    expect(countInWindow(undefined, 0, 1_000)).toBe(0);
  });
});

describe('throughput per phone number', () => {
  it('allows throughputMps sends in one second and refuses the next with 130429', () => {
    const windows = createRateWindows();
    for (let i = 0; i < 80; i++) {
      const key = { phoneNumberId: 'P', waId: `39333000${String(i).padStart(4, '0')}` };
      expect(checkSendRate(windows, key, T0 + i, settings)).toBeNull();
      recordSend(windows, key, T0 + i, settings);
    }
    expect(checkSendRate(windows, { phoneNumberId: 'P', waId: '393339999999' }, T0 + 500, settings)).toEqual({ code: 130429 });
    // Another number has its own budget.
    expect(checkSendRate(windows, { phoneNumberId: 'Q', waId: '393339999999' }, T0 + 500, settings)).toBeNull();
  });

  it('slides: the oldest sends leave the window one second later', () => {
    const windows = createRateWindows();
    const small = { ...settings, throughputMps: 3 };
    for (const t of [0, 100, 200]) recordSend(windows, { phoneNumberId: 'P', waId: `1${t}00000` }, T0 + t, small);
    expect(checkSendRate(windows, { phoneNumberId: 'P', waId: '999999' }, T0 + 999, small)).toEqual({ code: 130429 });
    expect(checkSendRate(windows, { phoneNumberId: 'P', waId: '999999' }, T0 + 1_000, small)).toBeNull();
  });
});

describe('pair rate per customer', () => {
  it('refuses the send that would make more than pairRateBurst within the window, with 131056', () => {
    const windows = createRateWindows();
    const key = { phoneNumberId: 'P', waId: '393331234567' };
    // 45 sends spread over 4.5 s stay under the 80 mps throughput limit.
    for (let i = 0; i < 45; i++) {
      expect(checkSendRate(windows, key, T0 + i * 100, settings)).toBeNull();
      recordSend(windows, key, T0 + i * 100, settings);
    }
    expect(checkSendRate(windows, key, T0 + 4_500, settings)).toEqual({ code: 131056 });
    expect(checkSendRate(windows, { ...key, waId: '393330000000' }, T0 + 4_500, settings)).toBeNull();
    // Six seconds after the first send, it has left the window.
    expect(checkSendRate(windows, key, T0 + 6_000, settings)).toBeNull();
  });

  it('forgets customers with no recent sends once many are tracked', () => {
    const windows = createRateWindows();
    for (let i = 0; i < 5_001; i++) recordSend(windows, { phoneNumberId: 'P', waId: String(1_000_000 + i) }, T0 + i * 10, settings);
    expect(windows.perPair.size).toBeLessThan(1_000);
    expect(windows.perNumber.get('P')?.length).toBeLessThanOrEqual(101);
  });

  it('keeps times ordered when a test clock goes backwards', () => {
    const windows = createRateWindows();
    const key = { phoneNumberId: 'P', waId: '393331234567' };
    recordSend(windows, key, T0 + 500, settings);
    recordSend(windows, key, T0, settings);
    const times = windows.perPair.get('P:393331234567') ?? [];
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});
