import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from './deps.ts';
import { makeAuthenticate } from './http/auth.ts';
import { consoleRoutes } from './http/console.ts';
import { installErrorHandling } from './http/errors.ts';
import { accountsRoutes } from './modules/accounts/routes.ts';
import { channelRoutes } from './modules/channels/routes.ts';
import { webhookRoutes } from './modules/channels/webhook-routes.ts';
import { contactsRoutes } from './modules/contacts/routes.ts';
import { inboxRoutes } from './modules/conversations/routes.ts';
import { realtimeRoutes } from './modules/realtime/routes.ts';
import { settingsRoutes } from './modules/settings/routes.ts';
import { automationsRoutes } from './modules/automations/routes.ts';
import { ticketsRoutes } from './modules/tickets/routes.ts';
import type { Services } from './services.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Routes under /api/v1 that need no authentication. */
    public?: boolean;
  }
}

export interface AppOptions {
  deps: Deps;
  services: Services;
  /** Extra plugins mounted beside the API (the sandbox, the console). */
  mounts?: Array<(app: FastifyInstance) => Promise<void>>;
  /** Reports readiness for /healthz (migrations ran and jobs started). */
  isReady?: () => boolean;
  /** The built web console; web/dist by default. */
  consoleDir?: string;
}

/** Sportello's HTTP surface: health, webhooks, the REST API and its OpenAPI document. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { deps, services } = options;
  const app = Fastify({
    loggerInstance: deps.log as FastifyBaseLogger,
    bodyLimit: 1024 * 1024,
    trustProxy: true,
    // One line per request is for debugging; at info level the log stays about what matters.
    logController: new LogController({ disableRequestLogging: !['debug', 'trace'].includes(deps.config.logLevel) }),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  app.decorateRequest('principal', null);

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 200 * 1024 * 1024, files: 1, fields: 20 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Sportello API', version: '1.0.0', description: 'The REST API of Sportello, the self-hostable WhatsApp Business platform.' },
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer' } } },
      security: [{ apiKey: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
    const ready = options.isReady ? options.isReady() : true;
    return reply.status(ready ? 200 : 503).send({ status: ready ? 'ok' : 'starting' });
  });

  await app.register(consoleRoutes, { dir: options.consoleDir, sandbox: deps.config.mountSandbox });
  await app.register(webhookRoutes, { deps, services });

  const authenticate = makeAuthenticate(deps);
  await app.register(
    async (api) => {
      api.addHook('onRequest', async (request, reply) => {
        if (request.routeOptions.config?.public) return;
        await authenticate(request, reply);
      });
      api.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
      await api.register(accountsRoutes, { deps });
      await api.register(channelRoutes, { deps, services });
      await api.register(contactsRoutes, { deps, services });
      await api.register(inboxRoutes, { deps, services });
      await api.register(realtimeRoutes, { deps, services });
      await api.register(ticketsRoutes, { deps, services });
      await api.register(automationsRoutes, { deps, services });
      await api.register(settingsRoutes, { deps });
    },
    { prefix: '/api/v1' },
  );

  for (const mount of options.mounts ?? []) await mount(app);
  return app;
}
