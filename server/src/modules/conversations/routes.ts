import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import type { Services } from '../../services.ts';

export const inboxRoutes: FastifyPluginAsyncZod<{ deps: Deps; services: Services }> = async () => {};
