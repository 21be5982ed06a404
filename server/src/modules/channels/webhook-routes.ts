import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBody } from '../../http/errors.ts';
import type { Services } from '../../services.ts';
import { ingestWebhook } from './ingest.ts';
import { channelsByVerifyToken } from './service.ts';

/** Meta caps webhook payloads at 3 MB; a little headroom, then 413. */
const WEBHOOK_BODY_LIMIT = 3 * 1024 * 1024 + 64 * 1024;

/** Meta's webhook endpoint: the verification handshake and signed deliveries. */
export const webhookRoutes: FastifyPluginAsyncZod<{ deps: Deps; services: Services }> = async (app, { deps, services }) => {
  // The signature covers the exact bytes received, so this scope keeps bodies raw.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: WEBHOOK_BODY_LIMIT }, (_request, body, done) => done(null, body));

  app.get(
    '/webhooks/whatsapp',
    {
      schema: {
        tags: ['webhooks'],
        summary: "Meta's verification handshake: answers hub.challenge when hub.verify_token is a channel's verify token",
        querystring: z.object({ 'hub.mode': z.string().optional(), 'hub.verify_token': z.string().optional(), 'hub.challenge': z.string().optional() }),
      },
    },
    async (request, reply) => {
      const { 'hub.mode': mode, 'hub.verify_token': token, 'hub.challenge': challenge } = request.query;
      const known = mode === 'subscribe' && token && challenge !== undefined ? await channelsByVerifyToken(deps, token) : [];
      if (known.length === 0) return reply.status(403).type('text/plain').send('Forbidden');
      return reply.status(200).type('text/plain').send(challenge);
    },
  );

  app.post(
    '/webhooks/whatsapp',
    { bodyLimit: WEBHOOK_BODY_LIMIT, schema: { tags: ['webhooks'], summary: 'Signed WhatsApp Cloud API webhook deliveries (messages and statuses)' } },
    async (request, reply) => {
      const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const header = request.headers['x-hub-signature-256'];
      const outcome = await ingestWebhook(deps, services, raw, Array.isArray(header) ? header[0] : header);
      switch (outcome.kind) {
        case 'stored':
          return reply.status(200).send({ status: 'received' });
        case 'ignored':
          return reply.status(200).send({ status: 'ignored', reason: outcome.reason });
        case 'malformed':
          return reply.status(400).send(errorBody('malformed_request', outcome.reason));
        case 'unauthorized':
          return reply.status(401).send(errorBody('invalid_signature', outcome.reason));
      }
    },
  );
};
