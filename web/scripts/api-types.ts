// Writes src/api/openapi.d.ts, the console's types of every REST endpoint, from the
// OpenAPI document of a freshly started server. Run after changing the API:
//   npm run api:types -w web
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { startSportello } from '../e2e/harness/server';

const TARGET = fileURLToPath(new URL('../src/api/openapi.d.ts', import.meta.url));

/**
 * Recursive zod schemas (automation conditions) come out as references to
 * components the document does not hold; they are typed as any JSON value.
 */
function dropDanglingRefs(document: Record<string, unknown>): string[] {
  const schemas = ((document.components as { schemas?: Record<string, unknown> } | undefined)?.schemas ?? {}) as Record<string, unknown>;
  const dangling = new Set<string>();
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (typeof node !== 'object' || node === null) return node;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && ref.startsWith('#/components/schemas/') && !(ref.slice('#/components/schemas/'.length) in schemas)) {
      dangling.add(ref);
      return {};
    }
    for (const [key, value] of Object.entries(node)) (node as Record<string, unknown>)[key] = visit(value);
    return node;
  };
  visit(document);
  return [...dangling];
}

const sportello = await startSportello();
try {
  const response = await fetch(`${sportello.url}/api/v1/openapi.json`);
  if (!response.ok) throw new Error(`GET /api/v1/openapi.json → ${response.status}`);
  const document = (await response.json()) as Record<string, unknown>;
  const dangling = dropDanglingRefs(document);
  if (dangling.length) console.warn(`Typed as any JSON value (no such component): ${dangling.join(', ')}`);
  const ast = await openapiTS(document as never);
  const header = '// The REST API of Sportello, from its OpenAPI document: run `npm run api:types -w web` after changing the API. Do not edit by hand.\n\n';
  await writeFile(TARGET, header + astToString(ast));
  console.log(`Wrote ${TARGET}`);
} finally {
  await sportello.stop();
}
