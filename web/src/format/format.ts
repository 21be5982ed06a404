import type { Language } from '../i18n/languages';

/** Dates arrive from the API as ISO strings; components may also hold Dates or epoch milliseconds. */
export type DateInput = Date | string | number;

export type DateStyle = 'date' | 'dateTime' | 'time' | 'dayMonth';

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  time: { timeStyle: 'short' },
  dayMonth: { day: 'numeric', month: 'short' },
};

// Building an Intl formatter is far slower than using one: long lists reuse them.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

/** A date in the user's language and the browser's time zone; '' for a missing or invalid one. */
export function formatDate(value: DateInput | null | undefined, language: Language, style: DateStyle = 'date', timeZone?: string): string {
  if (value === null || value === undefined) return '';
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return '';
  const key = `d|${language}|${style}|${timeZone ?? ''}`;
  return cached(key, () => new Intl.DateTimeFormat(language, { ...DATE_OPTIONS[style], timeZone })).format(date);
}

export function formatNumber(value: number, language: Language, options: Intl.NumberFormatOptions = {}): string {
  return cached(`n|${language}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(language, options)).format(value);
}

/** A share between 0 and 1 as a percentage: 0.25 → "25%" (en), "25 %" (it). */
export function formatPercent(share: number, language: Language, fractionDigits = 0): string {
  return formatNumber(share, language, { style: 'percent', maximumFractionDigits: fractionDigits });
}

const DURATION_UNITS = [
  { unit: 'day', seconds: 86_400 },
  { unit: 'hour', seconds: 3_600 },
  { unit: 'minute', seconds: 60 },
  { unit: 'second', seconds: 1 },
] as const;

/**
 * A duration in its largest sensible unit, e.g. an average closing time:
 * 5400 s → "1.5 hr" (en), "1,5 h" (it).
 */
export function formatDuration(seconds: number, language: Language): string {
  const abs = Math.abs(seconds);
  const { unit, seconds: size } = DURATION_UNITS.find((u) => abs >= u.seconds) ?? DURATION_UNITS[3];
  return formatNumber(seconds / size, language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
}

const RELATIVE_STEPS: Array<{ unit: Intl.RelativeTimeFormatUnit; seconds: number }> = [
  { unit: 'year', seconds: 31_536_000 },
  { unit: 'month', seconds: 2_592_000 },
  { unit: 'week', seconds: 604_800 },
  { unit: 'day', seconds: 86_400 },
  { unit: 'hour', seconds: 3_600 },
  { unit: 'minute', seconds: 60 },
];

/** How long ago (or how far ahead) a moment is: "5 minutes ago", "tra 2 giorni"; `now` is passed in so tests fix it. */
export function formatRelative(value: DateInput, language: Language, now: DateInput = Date.now()): string {
  const diffSeconds = (toDate(value).getTime() - toDate(now).getTime()) / 1000;
  if (Number.isNaN(diffSeconds)) return '';
  const formatter = cached(`r|${language}`, () => new Intl.RelativeTimeFormat(language, { numeric: 'auto' }));
  const step = RELATIVE_STEPS.find((s) => Math.abs(diffSeconds) >= s.seconds);
  if (!step) return formatter.format(0, 'second');
  return formatter.format(Math.round(diffSeconds / step.seconds), step.unit);
}
