import Fastify from 'fastify';
import { verifyHubSignature } from '../server/src/lib/hub-signature.ts';

/**
 * The baseline of the ingest benchmark: a bare Fastify app whose webhook
 * route only checks the signature over the raw body and answers 200. It
 * stores nothing; whatever Sportello costs on top of this is its own work.
 * Env: PORT, HOST (127.0.0.1), APP_SECRET.
 */

const secret = process.env.APP_SECRET;
if (!secret) {
  console.error('bare-server: APP_SECRET is required');
  process.exit(2);
}

const app = Fastify({ logger: false, bodyLimit: 3 * 1024 * 1024 + 64 * 1024 });
app.removeAllContentTypeParsers();
app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

app.get('/healthz', async () => ({ status: 'ok' }));

app.post('/webhooks/whatsapp', async (request, reply) => {
  const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
  const header = request.headers['x-hub-signature-256'];
  if (!verifyHubSignature(raw, Array.isArray(header) ? header[0] : header, secret)) {
    return reply.status(401).send({ error: { code: 'invalid_signature', message: 'X-Hub-Signature-256 does not match the app secret' } });
  }
  return reply.status(200).send({ status: 'received' });
});

await app.listen({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? '127.0.0.1' });

const stop = () => void app.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
