/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export interface LatencySummary {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

const ms = (x: number) => Math.round(x * 100) / 100;

export function summarize(latencies: Float64Array): LatencySummary {
  const sorted = Float64Array.from(latencies).sort();
  let sum = 0;
  for (const x of sorted) sum += x;
  return {
    p50: ms(percentile(sorted, 50)),
    p90: ms(percentile(sorted, 90)),
    p99: ms(percentile(sorted, 99)),
    max: ms(sorted.length > 0 ? sorted[sorted.length - 1]! : NaN),
    mean: ms(sorted.length > 0 ? sum / sorted.length : NaN),
  };
}

export interface TailSummary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** p50, p95, p99 and max (nearest rank) of latencies in milliseconds. */
export function tail(latencies: ArrayLike<number>): TailSummary {
  const sorted = Float64Array.from(latencies).sort();
  return {
    p50: ms(percentile(sorted, 50)),
    p95: ms(percentile(sorted, 95)),
    p99: ms(percentile(sorted, 99)),
    max: ms(sorted.length > 0 ? sorted[sorted.length - 1]! : NaN),
  };
}
