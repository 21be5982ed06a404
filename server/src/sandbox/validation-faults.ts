import type { GraphFault } from './graph-errors.ts';

/**
 * Validation walks nested objects; throwing a fault from any depth and
 * catching it once at the top keeps each rule a single line. The exception
 * never leaves the validation module.
 *
 * How codes are chosen, following what Meta answers:
 * - 100 for the envelope and the simple message objects (a parameter absent
 *   at top level, of the wrong type, too long, or not allowed there), with
 *   Meta's per-parameter headline such as "(#100) Param text['body'] must be
 *   at most 4096 characters long.";
 * - 131008 when a required parameter inside interactive, template, media,
 *   location, contacts or reaction objects is absent;
 * - 131009 when such a parameter is present but its value breaks a rule
 *   (lengths, counts, uniqueness).
 */
export class ValidationFault extends Error {
  constructor(readonly fault: GraphFault) {
    super(fault.details ?? fault.message ?? `Graph error ${fault.code}`);
  }
}

export function invalidParam(headline: string): never {
  throw new ValidationFault({ code: 100, message: `(#100) ${headline}`, details: headline });
}

export function missingParam(details: string): never {
  throw new ValidationFault({ code: 131008, details });
}

export function invalidValue(details: string): never {
  throw new ValidationFault({ code: 131009, details });
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** WhatsApp limits count characters, not UTF-16 units: an emoji is one. */
export function charLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Checks `text` is a non-empty string of at most `max` characters, in the wording Meta uses for interactive parts. */
export function requireTextLength(value: unknown, label: string, path: string, max: number): string {
  if (value === undefined || value === null) missingParam(`Parameter '${path}' is required.`);
  if (typeof value !== 'string') invalidValue(`${label} must be a string.`);
  const length = charLength(value);
  if (length < 1 || length > max) invalidValue(`${label} length invalid. Min length: 1, Max length: ${max}`);
  return value;
}
