import type { FastifyError, FastifyInstance } from 'fastify';
import { z } from 'zod';
import { deliverRawWebhook, parseInboundRequest, simulateInbound, ZRawWebhookRequest } from './customer-inbound.ts';
import { digitsOf } from './phone-digits.ts';
import { parseInput } from './parse-input.ts';
import { apiErrorBody, phoneNumberNotFound, SandboxApiError } from './sandbox-api-error.ts';
import { applySettingsPatch, ZSettingsPatch } from './settings.ts';
import {
  injectFailure,
  publicPhoneNumber,
  registerPhoneNumber,
  removePhoneNumber,
  resetSandbox,
  type SandboxState,
} from './state.ts';
import { conversation, listMail, listOutbox, listWebhookLog } from './views.ts';

const ZPhoneNumberId = z.object({ phoneNumberId: z.string().regex(/^[\w.-]{1,64}$/, 'letters, digits, ".", "_" or "-"') });

const ZPhoneNumberInput = z.object({
  wabaId: z.string().min(1).max(64),
  displayPhoneNumber: z
    .string()
    .min(1)
    .max(32)
    .refine((value) => /^[\d\s+().-]+$/.test(value) && digitsOf(value).length >= 5 && digitsOf(value).length <= 15, {
      message: 'must be a phone number (5 to 15 digits)',
    }),
  verifiedName: z.string().min(1).max(256).optional(),
  accessToken: z.string().min(1).max(4096),
  appSecret: z.string().min(1).max(4096),
  webhookUrl: z.url({ protocol: /^https?$/ }),
});

const limit = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);

const ZOutboxQuery = z.object({
  to: z.string().min(1).optional(),
  phoneNumberId: z.string().min(1).optional(),
  limit: limit(100, 10_000),
});

const ZConversationQuery = z.object({
  customer: z.string().regex(/^\+?\d{5,15}$/, 'must be digits, optionally after a "+"'),
  phoneNumberId: z.string().min(1).optional(),
  limit: limit(200, 10_000),
});

const ZMailQuery = z.object({ to: z.string().min(1).optional(), limit: limit(100, 1_000) });
const ZLogQuery = z.object({ phoneNumberId: z.string().min(1).optional(), limit: limit(100, 1_000) });

const ZFailNext = z.object({
  phoneNumberId: z.string().min(1),
  code: z.number().int().min(0),
  times: z.number().int().min(1).max(10_000).default(1),
  httpStatus: z.number().int().min(400).max(599).optional(),
});

/** Routes that only poll (the phone page asks every second) would flood the log at info level. */
const quiet = { logLevel: 'warn' } as const;

/**
 * The sandbox's own API at `/sandbox/v1`: how the product registers its
 * numbers, how tests and the phone page play the customer and look at what
 * the business sent, and how behaviour is tuned. Errors use the product's
 * shape `{"error":{"code","message","details"}}`.
 */
export async function sandboxApiRoutes(app: FastifyInstance, opts: { state: SandboxState }): Promise<void> {
  const { state } = opts;

  app.setErrorHandler((error: FastifyError | SandboxApiError, request, reply) => {
    if (error instanceof SandboxApiError) return reply.status(error.httpStatus).send(apiErrorBody(error));
    const status = (error as FastifyError).statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.status(400).send(apiErrorBody({ code: 'malformed_request', message: error.message }));
    }
    request.log.error({ err: error }, 'sandbox API failed');
    return reply.status(500).send(apiErrorBody({ code: 'internal_error', message: 'The sandbox failed to handle the request.' }));
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send(apiErrorBody({ code: 'not_found', message: `No sandbox endpoint ${request.method} ${request.url}.` })),
  );

  app.put('/phone-numbers/:phoneNumberId', async (request) => {
    const { phoneNumberId } = parseInput(ZPhoneNumberId, request.params, 'path');
    const input = parseInput(ZPhoneNumberInput, request.body);
    return publicPhoneNumber(registerPhoneNumber(state, phoneNumberId, input));
  });

  app.get('/phone-numbers', quiet, async () => ({
    data: [...state.phoneNumbers.values()].map(publicPhoneNumber),
  }));

  app.delete('/phone-numbers/:phoneNumberId', async (request, reply) => {
    const { phoneNumberId } = parseInput(ZPhoneNumberId, request.params, 'path');
    if (!removePhoneNumber(state, phoneNumberId)) throw phoneNumberNotFound(phoneNumberId);
    return reply.status(204).send();
  });

  app.post('/inbound', async (request) => simulateInbound(state, parseInboundRequest(request.body)));

  app.post('/raw-webhook', async (request) => deliverRawWebhook(state, parseInput(ZRawWebhookRequest, request.body)));

  app.get('/outbox', quiet, async (request) => ({ data: listOutbox(state, parseInput(ZOutboxQuery, request.query, 'query')) }));

  app.get('/conversation', quiet, async (request) => ({
    data: conversation(state, parseInput(ZConversationQuery, request.query, 'query')),
  }));

  app.get('/mail', quiet, async (request) => ({ data: listMail(state, parseInput(ZMailQuery, request.query, 'query')) }));

  app.get('/webhook-log', quiet, async (request) => ({
    data: listWebhookLog(state, parseInput(ZLogQuery, request.query, 'query')),
  }));

  app.get('/settings', async () => state.settings);

  app.put('/settings', async (request) => {
    state.settings = applySettingsPatch(state.settings, parseInput(ZSettingsPatch, request.body ?? {}));
    return state.settings;
  });

  app.post('/fail-next', async (request) => {
    const input = parseInput(ZFailNext, request.body);
    if (!state.phoneNumbers.has(input.phoneNumberId)) throw phoneNumberNotFound(input.phoneNumberId);
    const queued = injectFailure(state, input.phoneNumberId, {
      code: input.code,
      remaining: input.times,
      ...(input.httpStatus !== undefined ? { httpStatus: input.httpStatus } : {}),
    });
    return { phoneNumberId: input.phoneNumberId, queued };
  });

  app.post('/reset', async () => {
    resetSandbox(state);
    return { ok: true };
  });
}
