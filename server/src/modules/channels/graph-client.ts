/**
 * The WhatsApp Cloud API over HTTP, at a configurable base URL: Meta's Graph
 * API in production, the sandbox locally. The same code path either way.
 */
export interface GraphTarget {
  baseUrl: string;
  version: string;
  phoneNumberId: string;
  accessToken: string;
}

/** An error object returned by the Graph API. */
export class GraphApiError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly code: number,
    readonly title: string,
    readonly details: string | null,
    readonly subcode: number | null,
    readonly fbtraceId: string | null,
  ) {
    super(`Graph API error ${code}: ${title}${details ? ` (${details})` : ''}`);
    this.name = 'GraphApiError';
  }
}

/** No answer from the Graph API (connection refused, timeout, unreadable response). */
export class GraphUnreachableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GraphUnreachableError';
  }
}

export interface SendResult {
  waMessageId: string;
  waId: string | null;
  messageStatus: string | null;
}

const TIMEOUT_MS = 15_000;

function parseGraphError(status: number, body: unknown): GraphApiError {
  const error = (body as { error?: Record<string, unknown> } | null)?.error;
  if (!error || typeof error.code !== 'number') {
    return new GraphApiError(status, status >= 500 ? 131000 : 100, `HTTP ${status}`, null, null, null);
  }
  const data = error.error_data as { details?: unknown } | undefined;
  const message = typeof error.message === 'string' ? error.message.replace(/^\(#\d+\)\s*/, '') : `Error ${error.code}`;
  return new GraphApiError(
    status,
    error.code,
    message,
    typeof data?.details === 'string' ? data.details : null,
    typeof error.error_subcode === 'number' ? error.error_subcode : null,
    typeof error.fbtrace_id === 'string' ? error.fbtrace_id : null,
  );
}

async function post(target: GraphTarget, path: string, body: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${target.baseUrl}/${target.version}/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${target.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    throw new GraphUnreachableError(`The WhatsApp API at ${target.baseUrl} did not answer`, { cause: err });
  }
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text.length > 0 ? JSON.parse(text) : null;
  } catch {
    if (response.ok) throw new GraphUnreachableError(`The WhatsApp API answered with something that is not JSON (HTTP ${response.status})`);
  }
  if (!response.ok) throw parseGraphError(response.status, parsed);
  return parsed;
}

export async function sendGraphMessage(target: GraphTarget, body: Record<string, unknown>): Promise<SendResult> {
  const result = (await post(target, `${target.phoneNumberId}/messages`, body)) as {
    messages?: Array<{ id?: string; message_status?: string }>;
    contacts?: Array<{ wa_id?: string }>;
  } | null;
  const id = result?.messages?.[0]?.id;
  if (!id) throw new GraphUnreachableError('The WhatsApp API accepted the message but returned no message id');
  return { waMessageId: id, waId: result?.contacts?.[0]?.wa_id ?? null, messageStatus: result?.messages?.[0]?.message_status ?? null };
}

/** Blue ticks for the customer: tells WhatsApp the business read their message. */
export async function markGraphMessageRead(target: GraphTarget, waMessageId: string): Promise<void> {
  await post(target, `${target.phoneNumberId}/messages`, { messaging_product: 'whatsapp', status: 'read', message_id: waMessageId });
}
