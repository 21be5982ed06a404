/**
 * ISO-8601 durations as automation definitions write them ("PT30S", "P1DT2H").
 * The builder edits them as an amount and a unit; anything richer is kept as
 * written and shown in seconds.
 */
export type DurationUnit = 'seconds' | 'minutes' | 'hours' | 'days';

const UNIT_SECONDS: Record<DurationUnit, number> = { days: 86_400, hours: 3_600, minutes: 60, seconds: 1 };
const PATTERN = /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Seconds in a duration (weeks, days, hours, minutes, seconds), or null when it is not one the builder reads. */
export function isoDurationSeconds(text: string | undefined): number | null {
  if (!text) return null;
  const match = PATTERN.exec(text.trim().toUpperCase());
  if (!match || text.trim().toUpperCase() === 'P' || text.trim().toUpperCase().endsWith('T')) return null;
  const [, w, d, h, m, s] = match.map((part) => (part === undefined ? 0 : Number(part)));
  return Math.round((w! * 7 * 86_400 + d! * 86_400 + h! * 3_600 + m! * 60 + s!) * 1000) / 1000;
}

/** The duration as an amount of its largest whole unit: 90 s → 90 seconds, 7200 s → 2 hours. */
export function splitDuration(seconds: number): { amount: number; unit: DurationUnit } {
  for (const unit of ['days', 'hours', 'minutes'] as const) {
    if (seconds > 0 && seconds % UNIT_SECONDS[unit] === 0) return { amount: seconds / UNIT_SECONDS[unit], unit };
  }
  return { amount: seconds, unit: 'seconds' };
}

/** An amount of a unit as ISO-8601: 3 seconds → PT3S, 2 days → P2D. */
export function toIsoDuration(amount: number, unit: DurationUnit): string {
  const n = Math.max(0, Math.round(amount));
  switch (unit) {
    case 'days':
      return `P${n}D`;
    case 'hours':
      return `PT${n}H`;
    case 'minutes':
      return `PT${n}M`;
    case 'seconds':
      return `PT${n}S`;
  }
}
