import type { FieldDefinition, FieldType } from './data';

/**
 * Dynamic field values between the API (typed JSON: text, number, YYYY-MM-DD,
 * boolean) and the form, where every input holds a string ('' = no value).
 */

export function fieldValueToInput(type: FieldType, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (type === 'boolean') return value === true ? 'true' : value === false ? 'false' : String(value);
  return String(value);
}

/** What the API is sent for one input: null removes the value, a number field gets a number when the text is one. */
export function inputToFieldValue(type: FieldType, input: string): string | number | boolean | null {
  const text = type === 'text' ? input : input.trim();
  if (text === '') return null;
  switch (type) {
    case 'number': {
      const n = Number(text.replace(',', '.'));
      // Not a number: sent as written, so the server says what is wrong next to the input.
      return Number.isFinite(n) ? n : text;
    }
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    default:
      return text;
  }
}

/** The `fields` of a PATCH: only the values that changed, null for those cleared. */
export function changedFieldValues(
  definitions: readonly FieldDefinition[],
  original: Record<string, unknown>,
  inputs: Record<string, string>,
): Record<string, string | number | boolean | null> {
  const changes: Record<string, string | number | boolean | null> = {};
  for (const { key, type } of definitions) {
    const input = inputs[key] ?? '';
    if (input === fieldValueToInput(type, original[key])) continue;
    changes[key] = inputToFieldValue(type, input);
  }
  return changes;
}
