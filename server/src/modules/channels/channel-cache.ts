import type { Deps } from '../../deps.ts';
import { channelByPhoneNumberId, type ChannelRow } from './service.ts';

const TTL_MS = 30_000;
/** Unknown ids are remembered briefly too, so a flood for a stranger's number costs no queries. */
const MISS_TTL_MS = 5_000;

/**
 * Channels by phone_number_id for the webhook hot path. Changes made on this
 * node drop the entry at once; other nodes see them within the TTL.
 */
export class ChannelCache {
  private readonly entries = new Map<string, { row: ChannelRow | undefined; expires: number }>();

  constructor(private readonly deps: Pick<Deps, 'database'>) {}

  async get(phoneNumberId: string): Promise<ChannelRow | undefined> {
    const now = Date.now();
    const hit = this.entries.get(phoneNumberId);
    if (hit && hit.expires > now) return hit.row;
    const row = await channelByPhoneNumberId(this.deps, phoneNumberId);
    this.entries.set(phoneNumberId, { row, expires: now + (row ? TTL_MS : MISS_TTL_MS) });
    return row;
  }

  forget(phoneNumberId: string): void {
    this.entries.delete(phoneNumberId);
  }
}
