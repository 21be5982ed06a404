/**
 * A token bucket per phone number: Meta allows a number so many messages a
 * second (80 by default) and answers 130429 beyond that, so Sportello holds
 * back before calling. Each process keeps its own buckets; with several API
 * nodes, give each a share of the number's rate.
 */
export class ThroughputLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  /** Takes one send from the number's budget; false when it is spent for now. */
  tryTake(key: string, perSecond: number, nowMs: number): boolean {
    const bucket = this.buckets.get(key) ?? { tokens: perSecond, at: nowMs };
    const refilled = Math.min(perSecond, bucket.tokens + ((nowMs - bucket.at) / 1000) * perSecond);
    if (refilled < 1) {
      this.buckets.set(key, { tokens: refilled, at: nowMs });
      return false;
    }
    this.buckets.set(key, { tokens: refilled - 1, at: nowMs });
    return true;
  }
}
