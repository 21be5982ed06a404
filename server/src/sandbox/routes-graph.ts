import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { graphErrorReply, invalidTokenReply, unknownObjectReply, unknownPathReply, type GraphReply } from './graph-errors.ts';
import { handleGraphSend } from './graph-send.ts';
import type { SandboxState } from './state.ts';

const GRAPH_VERSION = /^v\d+\.\d+$/;

/** Graph takes the token from the Authorization header or, for older clients, the access_token query parameter. */
function accessTokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match?.[1];
  }
  const query = request.query as Record<string, unknown> | undefined;
  return typeof query?.access_token === 'string' && query.access_token !== '' ? query.access_token : undefined;
}

function send(reply: FastifyReply, graphReply: GraphReply): FastifyReply {
  return reply.status(graphReply.statusCode).header('content-type', 'application/json; charset=UTF-8').send(graphReply.body);
}

/**
 * Meta's Graph API as far as WhatsApp sending goes, mounted at
 * `/sandbox/graph`: the product's Graph client points its base URL here.
 * Every answer, including routing and parsing failures, is in Graph's shape.
 */
export async function graphRoutes(app: FastifyInstance, opts: { state: SandboxState }): Promise<void> {
  const { state } = opts;

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Unparseable JSON, a wrong content type or an oversized body: Graph calls them all invalid parameters.
      return send(reply, graphErrorReply({ code: 100, message: '(#100) Invalid parameter', details: error.message }, 400));
    }
    request.log.error({ err: error }, 'sandbox graph endpoint failed');
    return send(reply, graphErrorReply({ code: 131000 }, state.settings.rateLimitHttpStatus));
  });

  app.setNotFoundHandler((request, reply) => send(reply, unknownPathReply(request.url.split('?')[0] ?? request.url)));

  app.post<{ Params: { version: string; phoneNumberId: string } }>('/:version/:phoneNumberId/messages', async (request, reply) => {
    if (!GRAPH_VERSION.test(request.params.version)) return send(reply, unknownPathReply(request.url));
    return send(
      reply,
      handleGraphSend(state, {
        phoneNumberId: request.params.phoneNumberId,
        accessToken: accessTokenOf(request),
        body: request.body,
      }),
    );
  });

  // The phone-number node: clients read it to check a connection and show the verified name.
  app.get<{ Params: { version: string; phoneNumberId: string } }>('/:version/:phoneNumberId', async (request, reply) => {
    if (!GRAPH_VERSION.test(request.params.version)) return send(reply, unknownPathReply(request.url));
    const token = accessTokenOf(request);
    if (!token) return send(reply, invalidTokenReply());
    const registration = state.phoneNumbers.get(request.params.phoneNumberId);
    if (!registration) return send(reply, unknownObjectReply(request.params.phoneNumberId, 'get'));
    if (token !== registration.accessToken) return send(reply, invalidTokenReply());
    return send(reply, {
      statusCode: 200,
      body: {
        verified_name: registration.verifiedName,
        code_verification_status: 'VERIFIED',
        display_phone_number: registration.displayPhoneNumber,
        quality_rating: 'GREEN',
        platform_type: 'CLOUD_API',
        throughput: { level: 'STANDARD' },
        id: registration.phoneNumberId,
      },
    });
  });
}
