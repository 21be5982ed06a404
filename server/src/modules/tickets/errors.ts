import { DomainError } from '../../lib/errors.ts';

export type TicketsErrorCode =
  | 'ticket_not_found'
  | 'contact_not_found'
  | 'status_not_found'
  | 'unknown_status'
  | 'unknown_owner'
  | 'invalid_priority'
  | 'invalid_reference'
  | 'invalid_category'
  | 'invalid_cursor'
  | 'no_change'
  | 'reference_taken'
  | 'status_exists'
  | 'status_in_use'
  | 'last_status';

/** A ticket-desk mistake; `details` names the offending field as `[{field, message}]` for 422s. */
export class TicketsError extends DomainError<TicketsErrorCode> {
  get httpStatus(): number {
    switch (this.code) {
      case 'ticket_not_found':
      case 'contact_not_found':
      case 'status_not_found':
        return 404;
      case 'reference_taken':
      case 'status_exists':
      case 'status_in_use':
      case 'last_status':
        return 409;
      case 'unknown_status':
      case 'unknown_owner':
      case 'invalid_priority':
      case 'invalid_reference':
      case 'invalid_category':
      case 'invalid_cursor':
      case 'no_change':
        return 422;
    }
  }
}

/** A 422 about one input field, shaped like the validation errors of the HTTP layer. */
export function fieldError(code: TicketsErrorCode, field: string, message: string): TicketsError {
  return new TicketsError(code, message, [{ field, message }]);
}
