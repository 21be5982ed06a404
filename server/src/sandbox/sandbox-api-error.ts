import { DomainError } from '../lib/errors.ts';

export type SandboxApiErrorCode = 'malformed_request' | 'not_found';

/**
 * Errors of the sandbox's own API (`/sandbox/v1/...`), answered in the
 * product's error shape `{"error":{"code","message","details"}}`. The Graph
 * endpoints answer in Meta's shape instead (graph-errors.ts).
 */
export class SandboxApiError extends DomainError<SandboxApiErrorCode> {
  get httpStatus(): number {
    switch (this.code) {
      case 'malformed_request':
        return 400;
      case 'not_found':
        return 404;
    }
  }
}

export function phoneNumberNotFound(phoneNumberId: string): SandboxApiError {
  return new SandboxApiError('not_found', `Phone number ${phoneNumberId} is not registered with the sandbox.`, { phoneNumberId });
}

/** The product's error body for a sandbox API error. */
export function apiErrorBody(error: { code: string; message: string; details?: unknown }): {
  error: { code: string; message: string; details?: unknown };
} {
  return { error: { code: error.code, message: error.message, ...(error.details !== undefined ? { details: error.details } : {}) } };
}
