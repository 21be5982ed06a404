/**
 * Every error a user can cause is a DomainError: it carries a snake_case code,
 * a message meant for people, optional details, and the HTTP status its
 * module maps it to. Anything else reaching the HTTP layer is a system failure.
 */
export abstract class DomainError<Code extends string = string> extends Error {
  abstract readonly httpStatus: number;

  constructor(
    readonly code: Code,
    message: string,
    readonly details?: unknown,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export type HttpErrorCode =
  | 'malformed_request'
  | 'validation_failed'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'internal_error';

/** Errors of the HTTP layer itself: authentication, parsing, routing. */
export class HttpError extends DomainError<HttpErrorCode> {
  get httpStatus(): number {
    switch (this.code) {
      case 'malformed_request':
        return 400;
      case 'unauthorized':
        return 401;
      case 'forbidden':
        return 403;
      case 'not_found':
        return 404;
      case 'conflict':
        return 409;
      case 'payload_too_large':
        return 413;
      case 'unsupported_media_type':
        return 415;
      case 'validation_failed':
        return 422;
      case 'rate_limited':
        return 429;
      case 'internal_error':
        return 500;
    }
  }
}

/** Wraps an unknown throw so that its origin survives as `cause`. */
export function coerceError(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  return new Error(typeof thrown === 'string' ? thrown : 'Non-error thrown', { cause: thrown });
}
