import { DomainError } from '../../lib/errors.ts';

export type ContactsErrorCode =
  | 'contact_not_found'
  | 'invalid_phone'
  | 'phone_taken'
  | 'invalid_field_value'
  | 'unknown_field'
  | 'invalid_field_key'
  | 'field_exists'
  | 'field_not_found'
  | 'tag_not_found'
  | 'list_not_found'
  | 'unknown_list'
  | 'list_exists'
  | 'tag_exists'
  | 'user_not_found'
  | 'invalid_cursor'
  | 'invalid_csv'
  | 'invalid_mapping';

export class ContactsError extends DomainError<ContactsErrorCode> {
  get httpStatus(): number {
    switch (this.code) {
      case 'contact_not_found':
      case 'field_not_found':
      case 'tag_not_found':
      case 'list_not_found':
        return 404;
      case 'phone_taken':
      case 'field_exists':
      case 'list_exists':
      case 'tag_exists':
        return 409;
      case 'invalid_phone':
      case 'invalid_field_value':
      case 'unknown_field':
      case 'invalid_field_key':
      case 'unknown_list':
      case 'user_not_found':
      case 'invalid_cursor':
      case 'invalid_mapping':
        return 422;
      case 'invalid_csv':
        return 400;
    }
  }
}
