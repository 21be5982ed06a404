import type { Config } from '../../config.ts';
import type { Services } from '../../services.ts';
import { ChannelError } from './errors.ts';
import type { GraphTarget } from './graph-client.ts';
import { sandboxGraphUrl } from './sandbox-link.ts';
import type { ChannelRow } from './service.ts';

/** Where a channel's Graph calls go: its own override, Meta's API, or this deployment's sandbox. */
export function graphTargetFor(channel: ChannelRow, config: Pick<Config, 'graphApiUrl' | 'graphApiVersion'>, services: Pick<Services, 'sandbox'>): GraphTarget {
  let baseUrl = channel.graphBaseUrl;
  if (!baseUrl) {
    if (channel.kind === 'cloud') baseUrl = config.graphApiUrl;
    else if (services.sandbox) baseUrl = sandboxGraphUrl(services.sandbox);
    else throw new ChannelError('whatsapp_unavailable', 'This sandbox channel has no simulator to talk to: set SANDBOX_URL or run the sandbox in this process');
  }
  return { baseUrl, version: config.graphApiVersion, phoneNumberId: channel.phoneNumberId, accessToken: channel.accessToken };
}
