import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where `npm run build -w web` puts the console. */
export const DEFAULT_CONSOLE_DIR = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** Paths that belong to the server: an unknown one is a JSON 404, never the console. */
const SERVER_PREFIXES = ['/api', '/sandbox', '/webhooks', '/healthz'];

/** The console's index.html says whether the sandbox phone exists; the server states it per process. */
const SANDBOX_META = /<meta name="sportello-sandbox" content="[^"]*"\s*\/?>/;

export interface ConsoleOptions {
  /** The built console (web/dist). */
  dir?: string;
  /** Whether the WhatsApp simulator and its phone page are mounted in this process. */
  sandbox: boolean;
}

function belongsToServer(urlPath: string): boolean {
  return SERVER_PREFIXES.some((prefix) => urlPath === prefix || urlPath.startsWith(`${prefix}/`));
}

/** A file of the build, or null when the path names none (then the single-page app routes it). */
async function builtFile(dir: string, urlPath: string): Promise<string | null> {
  try {
    const relative = path.normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
    if (!relative || relative.startsWith('..') || relative === 'index.html') return null;
    return (await stat(path.join(dir, relative))).isFile() ? relative : null;
  } catch {
    // A malformed escape or a missing file: not a file of the build.
    return null;
  }
}

const notBuiltPage = (sandbox: boolean) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sportello</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 640px; margin: 64px auto; padding: 0 24px">
<h1>Sportello is running</h1>
<p>The web console has not been built. <code>npm start</code> from the project's root builds it;
<code>npm run build -w web</code> builds it alone.</p>
<p><a href="/api/docs">REST API documentation</a>${sandbox ? ' · <a href="/sandbox/phone">Sandbox phone</a>' : ''}</p>
</body></html>`;

/**
 * Serves the web console: the built files, and index.html for every other
 * GET outside the server's own paths, so that the console's routes survive a
 * reload. Hashed assets are cached for good; index.html never is, so a new
 * build is picked up at the next load.
 */
export async function consoleRoutes(app: FastifyInstance, options: ConsoleOptions): Promise<void> {
  const dir = options.dir ?? DEFAULT_CONSOLE_DIR;
  await app.register(fastifyStatic, { root: dir, serve: false });

  const sendIndex = async (reply: FastifyReply) => {
    let html: string;
    try {
      html = await readFile(path.join(dir, 'index.html'), 'utf8');
    } catch {
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(notBuiltPage(options.sandbox));
    }
    const meta = `<meta name="sportello-sandbox" content="${options.sandbox ? 'on' : 'off'}" />`;
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html.replace(SANDBOX_META, meta));
  };

  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const urlPath = request.url.split('?')[0] ?? '/';
    if (belongsToServer(urlPath)) return reply.callNotFound();
    const file = await builtFile(dir, urlPath);
    if (!file) return sendIndex(reply);
    const hashed = file.startsWith(`assets${path.sep}`);
    return reply.sendFile(file, hashed ? { maxAge: '365d', immutable: true } : { maxAge: 0 });
  });
}
