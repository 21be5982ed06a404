import type { z } from 'zod';
import { SandboxApiError } from './sandbox-api-error.ts';

/** Parses a request part of the sandbox's own API, answering 400 with zod's issues when it does not fit. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown, what = 'request body'): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  const first = issues[0];
  const summary = first ? `${first.path || what}: ${first.message}` : 'invalid';
  throw new SandboxApiError('malformed_request', `Invalid ${what}: ${summary}`, { issues });
}
