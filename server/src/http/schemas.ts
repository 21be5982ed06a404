import { z } from 'zod';

export const ZErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/** The error responses every authenticated route may give. */
export const commonErrors = {
  400: ZErrorBody,
  401: ZErrorBody,
  403: ZErrorBody,
  404: ZErrorBody,
  409: ZErrorBody,
  422: ZErrorBody,
  429: ZErrorBody,
} as const;

export const ZId = z.uuid();
export const ZIdParams = z.object({ id: z.uuid() });

export const ZPageQuery = z.object({
  cursor: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export function ZPage<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable() });
}

/** Timestamps go out as ISO strings. */
export const ZDate = z.date().transform((d) => d.toISOString()).or(z.string());
