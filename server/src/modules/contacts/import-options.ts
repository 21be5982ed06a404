import { isSupportedCountry, type CountryCode } from 'libphonenumber-js';
import { HttpError } from '../../lib/errors.ts';
import type { ImportOptions } from './csv-import.ts';
import { ContactsError } from './errors.ts';
import { parseBoolean } from './field-values.ts';

/** The text form fields sent before the file in an import request, read into import options. */

function invalid(field: string, message: string): HttpError {
  return new HttpError('validation_failed', `Invalid ${field}: ${message}`, [{ field, message }]);
}

function jsonOf(field: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw invalid(field, 'is not valid JSON');
  }
}

/** `mapping`: a JSON object from CSV header to target. Absent is allowed only when `required` is false. */
export function mappingFrom(fields: Record<string, string>, required: boolean): Record<string, unknown> | undefined {
  const text = fields.mapping;
  if (text === undefined || text.trim() === '') {
    if (!required) return undefined;
    throw new ContactsError('invalid_mapping', 'The form field "mapping" (a JSON object from CSV header to target) must come before the file', [
      { reason: 'mapping is missing' },
    ]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ContactsError('invalid_mapping', 'mapping is not valid JSON', [{ reason: 'mapping is not valid JSON' }]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ContactsError('invalid_mapping', 'mapping must be a JSON object from CSV header to target', [{ reason: 'mapping is not an object' }]);
  }
  return value as Record<string, unknown>;
}

function tagsFrom(text: string | undefined): string[] | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  // A JSON array, or for convenience a plain comma-separated list.
  const value = text.trim().startsWith('[') ? jsonOf('tags', text) : text.split(',');
  if (!Array.isArray(value) || !value.every((t) => typeof t === 'string')) throw invalid('tags', 'must be a JSON array of tag names');
  return value.map((t: string) => t.trim()).filter((t) => t.length > 0);
}

function booleanFrom(field: string, text: string | undefined): boolean | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const parsed = parseBoolean(text);
  if (!parsed.ok) throw invalid(field, parsed.reason);
  return parsed.value;
}

export function countryFrom(text: string | undefined): CountryCode | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const code = text.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || !isSupportedCountry(code)) throw invalid('defaultCountry', 'must be an ISO 3166 two-letter country code, e.g. IT');
  return code;
}

export function importOptionsFrom(fields: Record<string, string>): ImportOptions {
  const source = fields.marketingOptInSource?.trim();
  if (source && source.length > 200) throw invalid('marketingOptInSource', 'must be at most 200 characters');
  const list = fields.list?.trim();
  return {
    mapping: mappingFrom(fields, true)!,
    tags: tagsFrom(fields.tags),
    list: list ? list : undefined,
    defaultCountry: countryFrom(fields.defaultCountry),
    marketingOptIn: booleanFrom('marketingOptIn', fields.marketingOptIn),
    marketingOptInSource: source ? source : undefined,
    updateExisting: booleanFrom('updateExisting', fields.updateExisting) ?? true,
  };
}
