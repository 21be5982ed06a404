import { isApiError } from '../../api/api-error';

/**
 * The server's complaint about each input, by field name ("email",
 * "fields.BIRTHDAY"…). Validation errors list their fields in `details`;
 * domain errors (phone_taken, invalid_field_value…) name one field there and
 * say what is wrong in their message.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const errors: Record<string, string> = {};
  for (const { field, message } of error.fieldErrors) errors[normalizeField(field)] ??= message;
  const details = error.details;
  if (details && typeof details === 'object' && !Array.isArray(details)) {
    const field = (details as { field?: unknown }).field;
    if (typeof field === 'string') errors[normalizeField(field)] ??= error.message;
  }
  return errors;
}

/** Filters name dynamic fields "field.KEY", contact bodies "fields.KEY": the form knows only the latter. */
function normalizeField(field: string): string {
  return field.startsWith('field.') ? `fields.${field.slice('field.'.length)}` : field;
}
