import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, HttpError } from '../lib/errors.ts';

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export function errorBody(code: string, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/**
 * Maps every failure to the error shape of CONTRACT.md. User mistakes (4xx)
 * are logged at info level; anything unexpected is a 500 logged as an error.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof DomainError) {
      request.log.info({ code: err.code }, err.message);
      return reply.status(err.httpStatus).send(errorBody(err.code, err.message, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const details = err.validation.map((v) => ({
        field: [where === 'body' ? '' : where, ...v.instancePath.split('/').filter(Boolean)].filter(Boolean).join('.') || where,
        message: v.message,
      }));
      const fields = details.map((d) => d.field).join(', ');
      return reply.status(422).send(errorBody('validation_failed', `Invalid ${where}: ${fields}`, details));
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err }, 'response did not match its schema');
      return reply.status(500).send(errorBody('internal_error', 'Internal error'));
    }
    const status = err.statusCode ?? 500;
    if (status === 413) return reply.status(413).send(errorBody('payload_too_large', 'The request body is too large'));
    if (status === 415) return reply.status(415).send(errorBody('unsupported_media_type', err.message));
    if (status === 400 || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || err instanceof SyntaxError) {
      return reply.status(400).send(errorBody('malformed_request', err.message));
    }
    if (status === 429) return reply.status(429).send(errorBody('rate_limited', err.message));
    if (status >= 400 && status < 500) return reply.status(status).send(errorBody(new HttpError('malformed_request', '').code, err.message));
    request.log.error({ err }, 'request failed');
    return reply.status(500).send(errorBody('internal_error', 'Internal error'));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(errorBody('not_found', `No route for ${request.method} ${request.url.split('?')[0]}`));
  });
}
