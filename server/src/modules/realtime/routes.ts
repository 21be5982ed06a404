import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import type { LiveEventMessage } from '../../events/dispatcher.ts';
import { principalOf } from '../../http/auth.ts';
import type { Services } from '../../services.ts';
import type { Principal } from '../accounts/principal.ts';
import { getContactRow } from '../contacts/service.ts';
import { formatSse } from './hub.ts';

/** How many missed events a reconnecting client gets back through Last-Event-ID. */
const REPLAY_LIMIT = 1000;

function visibilityFor(deps: Pick<Deps, 'database'>, principal: Principal): (event: LiveEventMessage) => Promise<boolean> {
  if (principal.role !== 'chat_operator') return async () => true;
  // Chat operators follow only their own contacts.
  return async (event) => {
    if (!event.contactId) return false;
    try {
      await getContactRow(deps.database.db, principal, event.contactId);
      return true;
    } catch {
      return false;
    }
  };
}

/** The console's live feed: every event of the account, as Server-Sent Events. */
export const realtimeRoutes: FastifyPluginAsyncZod<{ deps: Deps; services: Services }> = async (app, { deps, services }) => {
  app.get(
    '/events/stream',
    {
      schema: {
        tags: ['realtime'],
        summary: "Server-Sent Events of the account (messages, statuses, contacts…); resumes after Last-Event-ID",
        headers: z.object({ 'last-event-id': z.uuid().optional() }),
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const canSee = visibilityFor(deps, principal);
      reply.hijack();
      const response = reply.raw;
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      response.write('retry: 3000\n: connected\n\n');
      const remove = services.live.add({ accountId: principal.accountId, canSee, response });
      request.raw.on('close', remove);

      const lastEventId = request.headers['last-event-id'];
      if (lastEventId) {
        const { rows } = await deps.database.sql.query<{ id: string; type: LiveEventMessage['type']; contact_id: string | null; payload: Record<string, unknown>; created_at: Date }>(
          `SELECT id, type, contact_id, payload, created_at FROM events WHERE account_id = $1 AND id > $2 ORDER BY id LIMIT $3`,
          [principal.accountId, lastEventId, REPLAY_LIMIT],
        );
        for (const row of rows) {
          const event: LiveEventMessage = { id: row.id, accountId: principal.accountId, type: row.type, contactId: row.contact_id, createdAt: new Date(row.created_at).toISOString(), payload: row.payload };
          if (await canSee(event)) response.write(formatSse(event));
        }
      }
    },
  );
};
