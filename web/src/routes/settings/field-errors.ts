import { isApiError } from '../../api/api-error';

/**
 * The server's complaint about each input, by field name: validation errors
 * list their fields in `details`, domain errors (email_taken, weak_password)
 * name one field there and say what is wrong in their message.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const errors: Record<string, string> = {};
  for (const { field, message } of error.fieldErrors) errors[field] ??= message;
  const details = error.details;
  if (details && typeof details === 'object' && !Array.isArray(details)) {
    const field = (details as { field?: unknown }).field;
    if (typeof field === 'string') errors[field] ??= error.message;
  }
  return errors;
}
