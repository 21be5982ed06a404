import { performance } from 'node:perf_hooks';
import { serializeLikeMeta, signHubSignature } from '../lib/hub-signature.ts';
import { coerceError } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { recordWebhookAttempt, type SandboxState } from './state.ts';
import type { WebhookKind } from './types.ts';

export interface WebhookDelivery {
  phoneNumberId: string;
  kind: WebhookKind;
  messageId?: string;
  payload: unknown;
}

export interface AttemptResult {
  ok: boolean;
  /** The receiver's HTTP status; null when no answer came. */
  statusCode: number | null;
  error?: string;
}

/**
 * Posts one webhook to the number's URL the way Meta does: the body is
 * serialised with non-ASCII escaped and signed over exactly those bytes.
 * Resolves with the first attempt; when it fails (non-2xx, refused
 * connection, timeout), retries continue in the background after the
 * configured delays, so a slow or broken receiver never holds up the caller.
 * Each attempt re-reads the registration, because the product may
 * re-register a number (new URL or secret) while a retry is pending.
 */
export async function deliverWebhook(state: SandboxState, delivery: WebhookDelivery): Promise<AttemptResult> {
  const signal = state.tasks.signal;
  const body = serializeLikeMeta(delivery.payload);
  const deliveryId = newId();
  const first = await attempt(state, delivery, body, deliveryId, 1, signal);
  if (!first.ok && first.retryable) {
    state.tasks.run(async () => {
      const delays = [...state.settings.webhookRetryDelaysMs];
      for (const [index, delayMs] of delays.entries()) {
        if (!(await state.tasks.sleep(delayMs, signal))) return;
        const next = await attempt(state, delivery, body, deliveryId, index + 2, signal);
        if (next.ok || !next.retryable) return;
      }
    });
  }
  return { ok: first.ok, statusCode: first.statusCode, ...(first.error !== undefined ? { error: first.error } : {}) };
}

async function attempt(
  state: SandboxState,
  delivery: WebhookDelivery,
  body: string,
  deliveryId: string,
  number: number,
  signal: AbortSignal,
): Promise<AttemptResult & { retryable: boolean }> {
  const registration = state.phoneNumbers.get(delivery.phoneNumberId);
  const started = performance.now();
  let result: AttemptResult & { retryable: boolean };
  if (!registration) {
    result = { ok: false, statusCode: null, error: 'phone number is no longer registered', retryable: false };
  } else {
    result = await post(registration.webhookUrl, body, signHubSignature(body, registration.appSecret), state, signal);
  }
  if (signal.aborted) return { ...result, retryable: false };
  recordWebhookAttempt(state, {
    id: newId(),
    deliveryId,
    phoneNumberId: delivery.phoneNumberId,
    kind: delivery.kind,
    ...(delivery.messageId !== undefined ? { messageId: delivery.messageId } : {}),
    url: registration?.webhookUrl ?? '',
    attempt: number,
    statusCode: result.statusCode,
    ...(result.error !== undefined ? { error: result.error } : {}),
    durationMs: Math.round(performance.now() - started),
    at: state.clock.now(),
  });
  return result;
}

async function post(
  url: string,
  body: string,
  signature: string,
  state: SandboxState,
  signal: AbortSignal,
): Promise<AttemptResult & { retryable: boolean }> {
  try {
    const response = await state.fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-hub-signature-256': signature,
        'user-agent': 'facebookexternalua',
      },
      body,
      signal: AbortSignal.any([signal, AbortSignal.timeout(state.settings.webhookTimeoutMs)]),
    });
    // Drain the answer so the connection can be reused; its content does not matter.
    await response.arrayBuffer().catch(() => undefined);
    const ok = response.status >= 200 && response.status < 300;
    return { ok, statusCode: response.status, retryable: !ok };
  } catch (thrown) {
    const error = coerceError(thrown);
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return { ok: false, statusCode: null, error: `${error.message}${cause}`, retryable: true };
  }
}
