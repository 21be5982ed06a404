import Fastify from 'fastify';
import { createSandboxState, sandboxPlugin } from './plugin.ts';

/**
 * Runs the WhatsApp Cloud API simulator on its own (`npm run sandbox`), for
 * a Sportello started with SANDBOX_URL pointing here, or for any client of
 * the Cloud API that wants a local stand-in.
 */
async function main(): Promise<void> {
  const port = Number(process.env.SANDBOX_PORT ?? 3100);
  const host = process.env.HOST ?? '127.0.0.1';
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`SANDBOX_PORT must be a port number, got ${process.env.SANDBOX_PORT}`);

  const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' } });
  const state = createSandboxState();
  await app.register(sandboxPlugin, { prefix: '/sandbox', state });
  app.get('/', async (_request, reply) => reply.redirect('/sandbox/phone'));

  const address = await app.listen({ port, host });
  const base = `${address.replace('0.0.0.0', '127.0.0.1')}/sandbox`;
  console.log(`WhatsApp Cloud API sandbox listening on ${base}`);
  console.log(`  Graph API base URL: ${base}/graph   (e.g. POST ${base}/graph/v21.0/{phone-number-id}/messages)`);
  console.log(`  Phone page:         ${base}/phone`);

  const stop = async (signal: string) => {
    app.log.info({ signal }, 'stopping the sandbox');
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
