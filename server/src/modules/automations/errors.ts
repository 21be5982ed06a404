import { DomainError } from '../../lib/errors.ts';

export type AutomationsErrorCode =
  | 'automation_not_found'
  | 'run_not_found'
  | 'contact_not_found'
  | 'step_not_found'
  | 'invalid_definition'
  | 'phrase_taken'
  | 'not_active'
  | 'already_in_automation'
  | 'run_not_live'
  | 'invalid_integration_secret'
  | 'invalid_integration_payload';

/** A mistake about automations; `invalid_definition` carries the problems, each naming its step. */
export class AutomationsError extends DomainError<AutomationsErrorCode> {
  get httpStatus(): number {
    switch (this.code) {
      case 'automation_not_found':
      case 'run_not_found':
      case 'contact_not_found':
      case 'step_not_found':
        return 404;
      case 'phrase_taken':
      case 'not_active':
      case 'already_in_automation':
      case 'run_not_live':
        return 409;
      case 'invalid_integration_secret':
        return 401;
      case 'invalid_definition':
      case 'invalid_integration_payload':
        return 422;
    }
  }
}
