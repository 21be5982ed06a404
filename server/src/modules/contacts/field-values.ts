/** The typed values of dynamic fields, and the keys they are referenced by (`%%KEY%%`). */

export type FieldType = 'text' | 'number' | 'date' | 'boolean';
export type FieldValue = string | number | boolean;

export interface FieldDefinition {
  key: string;
  label: string;
  type: FieldType;
}

export const FIELD_KEY_PATTERN = /^[A-Z][A-Z0-9_]{0,63}$/;
export const MAX_TEXT_FIELD_LENGTH = 2000;

/** Keys the message renderer fills in itself; a dynamic field may not shadow them. */
const RESERVED_KEYS = new Set(['FIRST_NAME', 'LAST_NAME', 'NAME', 'PHONE', 'EMAIL', 'LANGUAGE']);
const RESERVED_PREFIX = 'TICKET_';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * The key a label gives when none is chosen: accents dropped, upper case,
 * anything else turned into single underscores ("Data di nascita" → DATA_DI_NASCITA).
 */
export function deriveFieldKey(label: string): string {
  const ascii = label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const key = ascii
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const withLetter = /^[0-9]/.test(key) ? `F_${key}` : key;
  return withLetter.slice(0, 64).replace(/_+$/, '');
}

/** Why a key cannot name a dynamic field, or null when it can. */
export function fieldKeyProblem(key: string): string | null {
  if (!FIELD_KEY_PATTERN.test(key)) return `"${key}" must be 1-64 characters of A-Z, 0-9 and _, starting with a letter`;
  if (RESERVED_KEYS.has(key) || key.startsWith(RESERVED_PREFIX)) return `"${key}" is a built-in field name`;
  return null;
}

const TRUE_WORDS = new Set(['true', 'yes', '1', 'si', 'sì', 'sí', 'y']);
const FALSE_WORDS = new Set(['false', 'no', '0', 'n']);

export function parseBoolean(input: unknown): Parsed<boolean> {
  if (typeof input === 'boolean') return { ok: true, value: input };
  if (typeof input === 'number' && (input === 0 || input === 1)) return { ok: true, value: input === 1 };
  if (typeof input === 'string') {
    const word = input.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return { ok: true, value: true };
    if (FALSE_WORDS.has(word)) return { ok: true, value: false };
  }
  return { ok: false, reason: 'must be true or false (also yes/no, 1/0)' };
}

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const COMMA_DECIMAL = /^[+-]?\d+,\d+$/;

export function parseNumber(input: unknown): Parsed<number> {
  if (typeof input === 'number') return Number.isFinite(input) ? { ok: true, value: input } : { ok: false, reason: 'must be a finite number' };
  if (typeof input === 'string') {
    const text = input.trim();
    // "12,5" is how Italian and Spanish spreadsheets write 12.5.
    const normalised = COMMA_DECIMAL.test(text) ? text.replace(',', '.') : text;
    if (NUMERIC.test(normalised)) {
      const value = Number(normalised);
      if (Number.isFinite(value)) return { ok: true, value };
    }
  }
  return { ok: false, reason: 'must be a number' };
}

/** Dates are calendar days, kept as `YYYY-MM-DD` so that birthdays do not move with time zones. */
export function parseDate(input: unknown): Parsed<string> {
  if (typeof input === 'string') {
    const text = input.trim();
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (match) {
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return { ok: true, value: text };
    }
  }
  return { ok: false, reason: 'must be a date written YYYY-MM-DD' };
}

export function parseText(input: unknown): Parsed<string> {
  const text = typeof input === 'string' ? input : typeof input === 'number' || typeof input === 'boolean' ? String(input) : null;
  if (text === null) return { ok: false, reason: 'must be text' };
  if (text.length > MAX_TEXT_FIELD_LENGTH) return { ok: false, reason: `must be at most ${MAX_TEXT_FIELD_LENGTH} characters` };
  return { ok: true, value: text };
}

export function parseFieldValue(type: FieldType, input: unknown): Parsed<FieldValue> {
  switch (type) {
    case 'text':
      return parseText(input);
    case 'number':
      return parseNumber(input);
    case 'date':
      return parseDate(input);
    case 'boolean':
      return parseBoolean(input);
  }
}

export type FieldProblem = { kind: 'unknown_field' | 'invalid_field_value'; key: string; reason: string };

/**
 * Checks values against the account's definitions. A null value means
 * "remove this field" when `allowRemoval`, otherwise it is simply no value.
 */
export function checkFieldValues(
  definitions: readonly FieldDefinition[],
  input: Record<string, unknown>,
  options: { allowRemoval: boolean },
): { ok: true; set: Record<string, FieldValue>; remove: string[] } | { ok: false; problem: FieldProblem } {
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const set: Record<string, FieldValue> = {};
  const remove: string[] = [];
  for (const [key, raw] of Object.entries(input)) {
    const definition = byKey.get(key);
    if (!definition) return { ok: false, problem: { kind: 'unknown_field', key, reason: `No dynamic field has the key ${key}` } };
    if (raw === null || raw === undefined) {
      if (options.allowRemoval) remove.push(key);
      continue;
    }
    const parsed = parseFieldValue(definition.type, raw);
    if (!parsed.ok) return { ok: false, problem: { kind: 'invalid_field_value', key, reason: `${key} ${parsed.reason}` } };
    set[key] = parsed.value;
  }
  return { ok: true, set, remove };
}

/** How a stored value is written in CSV exports and message text. */
export function fieldValueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
