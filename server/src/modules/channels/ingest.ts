import type { Deps } from '../../deps.ts';
import { verifyHubSignature } from '../../lib/hub-signature.ts';
import type { ChannelCache } from './channel-cache.ts';
import type { ReceiptWriter } from './receipt-writer.ts';
import { readEnvelope } from './webhook-payload.ts';

export type IngestOutcome =
  | { kind: 'stored'; receipts: number }
  | { kind: 'ignored'; reason: string }
  | { kind: 'malformed'; reason: string }
  | { kind: 'unauthorized'; reason: string };

/** Where the webhook processors of every node are woken when receipts are stored. */
export const WEBHOOK_CHANNEL = 'sportello_webhooks';

/**
 * The synchronous part of a Meta webhook: parse, find the channel by
 * phone_number_id, check the signature over the raw bytes with that
 * channel's app secret, store the raw body. Everything else is asynchronous.
 */
export async function ingestWebhook(
  deps: Pick<Deps, 'log'>,
  services: { channels: ChannelCache; receipts: ReceiptWriter },
  rawBody: Buffer,
  signature: string | undefined,
): Promise<IngestOutcome> {
  if (!signature) return { kind: 'unauthorized', reason: 'X-Hub-Signature-256 header is missing' };
  let payload: unknown;
  try {
    payload = JSON.parse(rawBody.toString('utf8'));
  } catch {
    return { kind: 'malformed', reason: 'The body is not valid JSON' };
  }
  const envelope = readEnvelope(payload);
  if (!envelope) return { kind: 'malformed', reason: 'The body is not a WhatsApp webhook envelope (object, entry[])' };
  if (!envelope.whatsapp) return { kind: 'ignored', reason: 'not a whatsapp_business_account webhook' };
  const ids = envelope.phoneNumberIds;
  const channels = (await Promise.all(ids.map((id) => services.channels.get(id)))).filter((c) => c !== undefined);
  if (channels.length === 0) {
    deps.log.warn({ phoneNumberIds: ids }, 'webhook for an unknown phone_number_id ignored');
    return { kind: 'ignored', reason: `unknown phone_number_id ${ids.join(', ') || '(none)'}` };
  }
  const verified = channels.filter((c) => verifyHubSignature(rawBody, signature, c.appSecret));
  if (verified.length === 0) return { kind: 'unauthorized', reason: 'X-Hub-Signature-256 does not match the app secret' };
  const text = rawBody.toString('utf8');
  await services.receipts.write(verified.map((c) => ({ accountId: c.accountId, channelId: c.id, rawBody: text })));
  return { kind: 'stored', receipts: verified.length };
}
