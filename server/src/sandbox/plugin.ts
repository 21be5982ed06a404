import type { FastifyInstance } from 'fastify';
import type { Clock } from '../lib/clock.ts';
import { graphRoutes } from './routes-graph.ts';
import { sandboxApiRoutes } from './routes-api.ts';
import { phonePageRoutes } from './routes-phone-page.ts';
import { createSandboxState, type SandboxState } from './state.ts';

export interface SandboxOptions {
  /**
   * The state to serve, created by the caller with `createSandboxState` so it
   * can keep a reference (outbox, dev mailbox). A fresh one when omitted.
   */
  state?: SandboxState;
  /** Used only when `state` is omitted. */
  clock?: Clock;
}

/** Webhook values may be large (Meta allows 3 MB); Graph bodies are far smaller. */
const BODY_LIMIT = 4 * 1024 * 1024;

/**
 * Parses JSON bodies for the sandbox's routes only (this plugin's context is
 * encapsulated, so the host app's parsers are untouched). An empty body
 * reaches the handlers as undefined, so they answer it in their own shape:
 * Graph's error for the Graph endpoints, the product's for the sandbox API.
 */
function useOwnJsonParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, undefined);
    try {
      // A "__proto__" key must stay data, never become a prototype.
      done(null, JSON.parse(text, (key, value: unknown) => (key === '__proto__' ? undefined : value)));
    } catch (error) {
      const parseError = error instanceof Error ? error : new Error(String(error));
      done(Object.assign(parseError, { statusCode: 400 }), undefined);
    }
  });
}

/**
 * The WhatsApp Cloud API simulator as a Fastify plugin. Register it with a
 * prefix: `app.register(sandboxPlugin, { prefix: '/sandbox', state })`.
 * It serves `/graph/...` (Meta's Graph API), `/v1/...` (the sandbox's own
 * API) and `/phone` (the customer's phone page) under that prefix.
 */
export async function sandboxPlugin(app: FastifyInstance, opts: SandboxOptions): Promise<void> {
  const state = opts.state ?? createSandboxState(opts.clock ? { clock: opts.clock } : {});

  // The sandbox is a developer tool, not part of the product's public API document.
  app.addHook('onRoute', (route) => {
    route.schema = Object.assign({}, route.schema, { hide: true });
  });
  useOwnJsonParser(app);
  // Status webhooks and retries scheduled by this server stop with it.
  app.addHook('onClose', async () => {
    state.tasks.cancelAll();
  });

  await app.register(graphRoutes, { prefix: '/graph', state });
  await app.register(sandboxApiRoutes, { prefix: '/v1', state });
  await app.register(phonePageRoutes);
}

export {
  addMail,
  createSandboxState,
  registerPhoneNumber,
  removePhoneNumber,
  resetSandbox,
  type MailInput,
  type PhoneNumberInput,
  type SandboxLimits,
  type SandboxState,
  type SandboxStateOptions,
} from './state.ts';
export { registerTemplate, removeTemplate, type SandboxTemplate, type TemplateCategory } from './templates.ts';
export type { SandboxSettings } from './settings.ts';
export type { InboundEntry, MailEntry, OutboxEntry, OutboundStatus, PhoneNumberRegistration, WebhookLogEntry } from './types.ts';
