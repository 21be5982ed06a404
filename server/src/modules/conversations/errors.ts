import { DomainError } from '../../lib/errors.ts';

export type ConversationsErrorCode = 'message_not_found' | 'contact_not_found' | 'idempotency_key_reused' | 'invalid_cursor';

export class ConversationsError extends DomainError<ConversationsErrorCode> {
  get httpStatus(): number {
    switch (this.code) {
      case 'message_not_found':
      case 'contact_not_found':
        return 404;
      case 'idempotency_key_reused':
        return 409;
      case 'invalid_cursor':
        return 422;
    }
  }
}
