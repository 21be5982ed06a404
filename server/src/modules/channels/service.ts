import { randomInt } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { recordEvent } from '../../events/outbox.ts';
import { newId, randomToken } from '../../lib/ids.ts';
import { ChannelError } from './errors.ts';
import { channels } from './schema.ts';

export type ChannelRow = typeof channels.$inferSelect;

/** What the API shows of a channel: secrets are write-only, the verify token is for pasting into Meta. */
export interface ChannelView {
  id: string;
  kind: 'sandbox' | 'cloud';
  name: string;
  phoneNumberId: string;
  wabaId: string;
  displayPhoneNumber: string;
  verifyToken: string;
  throughputMps: number;
  graphBaseUrl: string | null;
  createdAt: Date;
}

export function toChannelView(row: ChannelRow): ChannelView {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    phoneNumberId: row.phoneNumberId,
    wabaId: row.wabaId,
    displayPhoneNumber: row.displayPhoneNumber,
    verifyToken: row.verifyToken,
    throughputMps: row.throughputMps,
    graphBaseUrl: row.graphBaseUrl,
    createdAt: row.createdAt,
  };
}

function digits(n: number): string {
  let s = String(randomInt(1, 10));
  while (s.length < n) s += String(randomInt(0, 10));
  return s;
}

/** A sandbox number: ids shaped like Meta's and a display number in the +1 555 fictional range. */
export async function createSandboxChannel(tx: Tx, accountId: string, name = 'Sandbox'): Promise<ChannelRow> {
  const [row] = await tx.db
    .insert(channels)
    .values({
      id: newId(),
      accountId,
      kind: 'sandbox',
      name,
      phoneNumberId: digits(15),
      wabaId: digits(15),
      displayPhoneNumber: `1555${digits(7)}`,
      accessToken: `sandbox_${randomToken(24)}`,
      appSecret: randomToken(24),
      verifyToken: randomToken(18),
    })
    .returning();
  await recordEvent(tx, { accountId, type: 'channel.created', payload: { id: row!.id, kind: 'sandbox', phoneNumberId: row!.phoneNumberId } });
  return row!;
}

export interface CloudChannelInput {
  name: string;
  phoneNumberId: string;
  wabaId: string;
  displayPhoneNumber: string;
  accessToken: string;
  appSecret: string;
  verifyToken?: string;
  graphBaseUrl?: string | null;
  throughputMps?: number;
}

export async function createCloudChannel(deps: Pick<Deps, 'database'>, accountId: string, input: CloudChannelInput): Promise<ChannelRow> {
  return deps.database.transaction(async (tx) => {
    const [taken] = await tx.db.select({ id: channels.id }).from(channels).where(eq(channels.phoneNumberId, input.phoneNumberId));
    if (taken) throw new ChannelError('phone_number_id_taken', 'This phone number id is already connected', { field: 'phoneNumberId' });
    const [row] = await tx.db
      .insert(channels)
      .values({
        id: newId(),
        accountId,
        kind: 'cloud',
        name: input.name,
        phoneNumberId: input.phoneNumberId,
        wabaId: input.wabaId,
        displayPhoneNumber: input.displayPhoneNumber.replace(/\D/g, ''),
        accessToken: input.accessToken,
        appSecret: input.appSecret,
        verifyToken: input.verifyToken ?? randomToken(18),
        graphBaseUrl: input.graphBaseUrl ?? null,
        throughputMps: input.throughputMps ?? 80,
      })
      .returning();
    await recordEvent(tx, { accountId, type: 'channel.created', payload: { id: row!.id, kind: 'cloud', phoneNumberId: row!.phoneNumberId } });
    return row!;
  });
}

export async function updateChannel(
  deps: Pick<Deps, 'database' | 'clock'>,
  accountId: string,
  id: string,
  changes: Partial<Omit<CloudChannelInput, 'phoneNumberId'>>,
): Promise<ChannelRow> {
  return deps.database.transaction(async (tx) => {
    const [row] = await tx.db
      .update(channels)
      .set({ ...changes, displayPhoneNumber: changes.displayPhoneNumber?.replace(/\D/g, ''), updatedAt: deps.clock.now() })
      .where(and(eq(channels.accountId, accountId), eq(channels.id, id)))
      .returning();
    if (!row) throw new ChannelError('channel_not_found', 'Channel not found');
    await recordEvent(tx, { accountId, type: 'channel.updated', payload: { id, changes: Object.keys(changes).filter((k) => k !== 'accessToken' && k !== 'appSecret') } });
    return row;
  });
}

export async function listChannels(deps: Pick<Deps, 'database'>, accountId: string): Promise<ChannelRow[]> {
  return deps.database.db.select().from(channels).where(eq(channels.accountId, accountId)).orderBy(asc(channels.id));
}

export async function getChannel(deps: Pick<Deps, 'database'>, accountId: string, id: string): Promise<ChannelRow> {
  const [row] = await deps.database.db.select().from(channels).where(and(eq(channels.accountId, accountId), eq(channels.id, id)));
  if (!row) throw new ChannelError('channel_not_found', 'Channel not found');
  return row;
}

/** The channel an account sends from by default: its first one. */
export async function defaultChannel(deps: Pick<Deps, 'database'>, accountId: string): Promise<ChannelRow> {
  const [row] = await deps.database.db.select().from(channels).where(eq(channels.accountId, accountId)).orderBy(asc(channels.id)).limit(1);
  if (!row) throw new ChannelError('no_channel', 'This account has no WhatsApp channel yet: connect one in the settings');
  return row;
}

export async function channelByPhoneNumberId(deps: Pick<Deps, 'database'>, phoneNumberId: string): Promise<ChannelRow | undefined> {
  const [row] = await deps.database.db.select().from(channels).where(eq(channels.phoneNumberId, phoneNumberId));
  return row;
}

export async function channelsByVerifyToken(deps: Pick<Deps, 'database'>, verifyToken: string): Promise<ChannelRow[]> {
  return deps.database.db.select().from(channels).where(eq(channels.verifyToken, verifyToken));
}

export async function listSandboxChannels(deps: Pick<Deps, 'database'>): Promise<ChannelRow[]> {
  return deps.database.db.select().from(channels).where(eq(channels.kind, 'sandbox'));
}
