import { DomainError } from '../../lib/errors.ts';

export type AccountsErrorCode =
  | 'invalid_credentials'
  | 'user_disabled'
  | 'email_taken'
  | 'user_not_found'
  | 'api_key_not_found'
  | 'last_admin'
  | 'weak_password';

export class AccountsError extends DomainError<AccountsErrorCode> {
  get httpStatus(): number {
    switch (this.code) {
      case 'invalid_credentials':
        return 401;
      case 'user_disabled':
        return 403;
      case 'email_taken':
        return 409;
      case 'user_not_found':
      case 'api_key_not_found':
        return 404;
      case 'last_admin':
        return 409;
      case 'weak_password':
        return 422;
    }
  }
}
