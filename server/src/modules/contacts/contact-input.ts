/** Small rules on the scalar values of a contact, shared by the API, the importer and the filters. */

export const MAX_NAME_LENGTH = 200;
export const MAX_EMAIL_LENGTH = 320;
export const MAX_TAG_LENGTH = 64;
export const MAX_LIST_NAME_LENGTH = 100;

const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A short BCP 47 tag in its usual casing: "IT" → "it", "en-gb" → "en-GB". */
export function normalizeLanguage(input: string): string | null {
  const text = input.trim().replace(/_/g, '-');
  if (!LANGUAGE.test(text)) return null;
  const [primary, ...rest] = text.split('-');
  const subtags = rest.map((s) => (s.length === 2 ? s.toUpperCase() : s.length === 4 ? s[0]!.toUpperCase() + s.slice(1).toLowerCase() : s.toLowerCase()));
  return [primary!.toLowerCase(), ...subtags].join('-');
}

export function isEmail(input: string): boolean {
  return input.length <= MAX_EMAIL_LENGTH && EMAIL.test(input);
}

/** Tag names are trimmed, inner blanks folded; unique per account regardless of case. */
export function normalizeTagName(input: string): string | null {
  const name = input.trim().replace(/\s+/g, ' ');
  if (name.length === 0 || name.length > MAX_TAG_LENGTH) return null;
  return name;
}

/** The names once each, compared without case, first spelling kept. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  return [...seen.values()];
}

/** Escapes LIKE wildcards so user text matches literally. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface MarketingConsent {
  optIn: boolean;
  at: Date | null;
  source: string | null;
}

export const NO_CONSENT: MarketingConsent = { optIn: false, at: null, source: null };

/**
 * Marketing acceptance after a change: the date is set when it turns true and
 * kept while it stays true (it is the proof of consent); turning it false
 * clears date and source.
 */
export function nextMarketingConsent(current: MarketingConsent, change: { optIn?: boolean; source?: string | null }, now: Date): MarketingConsent {
  if (change.optIn === undefined && change.source === undefined) return current;
  const optIn = change.optIn ?? current.optIn;
  if (!optIn) return NO_CONSENT;
  const at = current.optIn && current.at ? current.at : now;
  const source = change.source !== undefined ? change.source : current.optIn ? current.source : null;
  return { optIn: true, at, source };
}
