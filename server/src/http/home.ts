import type { FastifyInstance } from 'fastify';

const page = (sandbox: boolean) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sportello</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; background: #f4f6f5; color: #1c2b27; }
  main { max-width: 640px; margin: 64px auto; padding: 0 24px; }
  h1 { font-size: 28px; margin-bottom: 4px; }
  p.lead { color: #51615c; margin-top: 0; }
  a.card { display: block; background: #fff; border-radius: 12px; padding: 18px 20px; margin: 12px 0;
           text-decoration: none; color: inherit; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
  a.card:hover { box-shadow: 0 2px 8px rgba(0,0,0,.14); }
  a.card strong { display: block; color: #0b6e4f; margin-bottom: 4px; }
  code { background: #e7ecea; padding: 1px 5px; border-radius: 4px; }
</style>
</head>
<body>
<main>
  <h1>Sportello</h1>
  <p class="lead">Your self-hosted WhatsApp Business inbox is running.</p>
  <a class="card" href="/api/docs"><strong>REST API</strong>Every call, documented and ready to try with your API key
    (<code>Authorization: Bearer …</code>).</a>
  ${sandbox ? `<a class="card" href="/sandbox/phone"><strong>Sandbox phone</strong>Write to your business as a customer — no Meta account needed.</a>` : ''}
  <a class="card" href="/api/v1/openapi.json"><strong>OpenAPI document</strong>For client generators and API tools.</a>
</main>
</body>
</html>`;

/** The start page: where to go from here. */
export async function homeRoutes(app: FastifyInstance, options: { sandbox: boolean }): Promise<void> {
  const html = page(options.sandbox);
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(html));
}
