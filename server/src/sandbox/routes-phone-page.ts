import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * The "phone": one self-contained page (inline CSS and JS, no external
 * URLs) where a person chats as a customer. It reaches the API with URLs
 * relative to its own address, so it works wherever the sandbox is mounted.
 */
export async function phonePageRoutes(app: FastifyInstance): Promise<void> {
  const html = readFileSync(new URL('./phone-page.html', import.meta.url), 'utf8');
  const serve = async (_request: unknown, reply: FastifyReply) =>
    reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  app.get('/phone', { logLevel: 'warn' }, serve);
  app.get('/phone/', { logLevel: 'warn' }, serve);
}
