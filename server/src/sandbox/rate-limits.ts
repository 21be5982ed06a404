import type { GraphFault } from './graph-errors.ts';

/**
 * Two sliding windows of accepted sends, as Meta enforces them:
 * - throughput: at most `throughputMps` messages in any one-second window
 *   per business number, else 130429;
 * - pair rate: Meta allows one message per 6 s to the same customer but lets
 *   bursts through; the sandbox refuses a send when `pairRateBurst` messages
 *   already went to that customer within the last `pairRateWindowMs`
 *   (defaults 45 in 6 s), i.e. the one that would make it more than the
 *   burst, with 131056.
 * Only accepted sends count: a refused request never reached a customer.
 */
export interface RateWindows {
  /** Send times in ms, ascending, per phone number id. */
  perNumber: Map<string, number[]>;
  /** Send times in ms, ascending, per phone number id + customer wa_id. */
  perPair: Map<string, number[]>;
}

export interface RateLimitSettings {
  throughputMps: number;
  pairRateBurst: number;
  pairRateWindowMs: number;
}

export interface SendKey {
  phoneNumberId: string;
  waId: string;
}

const THROUGHPUT_WINDOW_MS = 1_000;
/** Above this many tracked customers, a send also sweeps out customers with no recent sends. */
const PAIR_SWEEP_THRESHOLD = 5_000;

export function createRateWindows(): RateWindows {
  return { perNumber: new Map(), perPair: new Map() };
}

function pairKey(key: SendKey): string {
  return `${key.phoneNumberId}:${key.waId}`;
}

/** Index of the first time strictly after `cutoff` in an ascending list. */
function firstAfter(times: readonly number[], cutoff: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((times[mid] as number) <= cutoff) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** How many of the ascending `times` fall in the window (nowMs - windowMs, nowMs]. */
export function countInWindow(times: readonly number[] | undefined, nowMs: number, windowMs: number): number {
  if (!times || times.length === 0) return 0;
  return times.length - firstAfter(times, nowMs - windowMs);
}

/** The refusal Meta would give this send, or null when it is within both limits. */
export function checkSendRate(windows: RateWindows, key: SendKey, nowMs: number, settings: RateLimitSettings): GraphFault | null {
  if (countInWindow(windows.perNumber.get(key.phoneNumberId), nowMs, THROUGHPUT_WINDOW_MS) >= settings.throughputMps) {
    return { code: 130429 };
  }
  if (countInWindow(windows.perPair.get(pairKey(key)), nowMs, settings.pairRateWindowMs) >= settings.pairRateBurst) {
    return { code: 131056 };
  }
  return null;
}

/** Counts an accepted send in both windows and forgets times no window can see any more. */
export function recordSend(windows: RateWindows, key: SendKey, nowMs: number, settings: RateLimitSettings): void {
  appendAndTrim(windows.perNumber, key.phoneNumberId, nowMs, nowMs - THROUGHPUT_WINDOW_MS);
  appendAndTrim(windows.perPair, pairKey(key), nowMs, nowMs - settings.pairRateWindowMs);
  if (windows.perPair.size > PAIR_SWEEP_THRESHOLD) sweepIdle(windows.perPair, nowMs - settings.pairRateWindowMs);
}

function appendAndTrim(map: Map<string, number[]>, key: string, nowMs: number, cutoff: number): void {
  const times = map.get(key) ?? [];
  const keep = firstAfter(times, cutoff);
  if (keep > 0) times.splice(0, keep);
  // A clock moved backwards by a test must not break the ascending order.
  const last = times[times.length - 1];
  times.push(last !== undefined && last > nowMs ? last : nowMs);
  map.set(key, times);
}

function sweepIdle(map: Map<string, number[]>, cutoff: number): void {
  for (const [key, times] of map) {
    const last = times[times.length - 1];
    if (last === undefined || last <= cutoff) map.delete(key);
  }
}
