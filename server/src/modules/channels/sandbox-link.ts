import type { Logger } from '../../lib/logger.ts';
import type { ChannelRow } from './service.ts';

/**
 * How Sportello reaches its WhatsApp simulator: the Graph base URL its sandbox
 * channels send to, and the registration that tells the simulator where to
 * deliver their webhooks. Plain HTTP, as with Meta.
 */
export interface SandboxLink {
  /** e.g. http://127.0.0.1:3000/sandbox */
  baseUrl: string;
  /** Where the simulator posts webhooks, e.g. http://127.0.0.1:3000/webhooks/whatsapp */
  webhookUrl: string;
}

export function sandboxGraphUrl(link: SandboxLink): string {
  return `${link.baseUrl}/graph`;
}

export async function registerWithSandbox(link: SandboxLink, channel: ChannelRow): Promise<void> {
  const response = await fetch(`${link.baseUrl}/v1/phone-numbers/${encodeURIComponent(channel.phoneNumberId)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      wabaId: channel.wabaId,
      displayPhoneNumber: channel.displayPhoneNumber,
      accessToken: channel.accessToken,
      appSecret: channel.appSecret,
      webhookUrl: link.webhookUrl,
    }),
  });
  if (!response.ok) throw new Error(`The sandbox refused channel ${channel.phoneNumberId}: HTTP ${response.status} ${await response.text()}`);
}

/** The simulator keeps numbers in memory: tell it about every sandbox channel at start-up. */
export async function registerAllWithSandbox(link: SandboxLink, rows: ChannelRow[], log: Logger): Promise<void> {
  for (const row of rows) {
    try {
      await registerWithSandbox(link, row);
    } catch (err) {
      log.warn({ err, phoneNumberId: row.phoneNumberId }, 'could not register a sandbox channel');
    }
  }
}
