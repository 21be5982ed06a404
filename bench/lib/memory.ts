import { readFileSync } from 'node:fs';

export interface MemoryReading {
  /** Resident set size now, MiB. */
  rssMb: number;
  /** The highest resident set size the process has had so far, MiB. */
  peakRssMb: number;
}

const mb = (kb: number) => Math.round((kb / 1024) * 10) / 10;

/** VmRSS and VmHWM of a process from /proc; null when it is gone or /proc is missing. */
export function processMemory(pid: number | undefined): MemoryReading | null {
  if (pid === undefined) return null;
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const field = (name: string) => {
    const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text);
    return match ? Number(match[1]) : NaN;
  };
  return { rssMb: mb(field('VmRSS')), peakRssMb: mb(field('VmHWM')) };
}

export interface MemorySummary {
  samples: number;
  minMb: number | null;
  medianMb: number | null;
  maxMb: number | null;
}

/** Samples a process's RSS at a fixed interval until stopped (min, median, max in MiB). */
export function sampleMemory(pid: number | undefined, everyMs = 500): { stop(): MemorySummary } {
  const values: number[] = [];
  const take = () => {
    const reading = processMemory(pid);
    if (reading && Number.isFinite(reading.rssMb)) values.push(reading.rssMb);
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      const sorted = [...values].sort((a, b) => a - b);
      return {
        samples: sorted.length,
        minMb: sorted[0] ?? null,
        medianMb: sorted.length > 0 ? sorted[Math.floor((sorted.length - 1) / 2)]! : null,
        maxMb: sorted.at(-1) ?? null,
      };
    },
  };
}
