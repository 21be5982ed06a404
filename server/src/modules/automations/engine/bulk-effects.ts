import type { Tx } from '../../../db/client.ts';
import { normalizeTagName } from '../../contacts/contact-input.ts';
import { visibleContactIdsAmong } from '../../contacts/service.ts';
import { tagManyContacts, untagManyContacts } from '../../contacts/tags.ts';
import type { StepOf } from '../definition.ts';
import { automationPrincipal, type EffectRun } from './effects.ts';
import type { Effect, EffectKind, EffectResult } from './state.ts';

/** Effects a batch of runs performs in a few statements for all its runs together, rather than a few per run. */
export type BulkEffectKind = 'add_tag' | 'remove_tag';

export function isBulkEffect(kind: EffectKind): kind is BulkEffectKind {
  return kind === 'add_tag' || kind === 'remove_tag';
}

export interface BulkMember {
  run: EffectRun;
  effect: Effect;
}

/**
 * Performs one kind of effect for many runs inside the executor's
 * transaction, with the outcomes `performEffect` gives one by one: a contact
 * that no longer exists fails its step, a tag removed that is not there is
 * done. Each change's event names the run that caused it. Returns the
 * members' results in their order.
 */
export async function performBulk(tx: Tx, kind: BulkEffectKind, members: readonly BulkMember[], now: Date): Promise<EffectResult[]> {
  const results: EffectResult[] = members.map(() => ({ ok: true }));
  const existing = await existingContactsByAccount(tx, members);
  // One statement group per account and tag: a batch is usually one automation's wave, so one group.
  const groups = new Map<string, { accountId: string; name: string; contactIds: string[]; causes: Map<string, string> }>();
  members.forEach((m, i) => {
    if (!existing.get(m.run.accountId)?.has(m.run.contactId)) {
      results[i] = { ok: false, reason: 'Contact not found' };
      return;
    }
    const raw = (m.effect.step as StepOf<'add_tag'> | StepOf<'remove_tag'>).tag;
    const name = kind === 'add_tag' ? normalizeTagName(raw) : raw.trim();
    if (name === null) {
      results[i] = { ok: false, reason: 'A tag name has 1 to 64 characters' };
      return;
    }
    const key = `${m.run.accountId}\u0000${name.toLowerCase()}`;
    const group = groups.get(key) ?? { accountId: m.run.accountId, name, contactIds: [], causes: new Map<string, string>() };
    group.contactIds.push(m.run.contactId);
    if (!group.causes.has(m.run.contactId)) group.causes.set(m.run.contactId, m.run.id);
    groups.set(key, group);
  });
  const change = kind === 'add_tag' ? tagManyContacts : untagManyContacts;
  for (const g of groups.values()) await change(tx, g.accountId, g.name, g.contactIds, now, g.causes);
  return results;
}

async function existingContactsByAccount(tx: Tx, members: readonly BulkMember[]): Promise<Map<string, Set<string>>> {
  const idsByAccount = new Map<string, string[]>();
  for (const m of members) {
    const ids = idsByAccount.get(m.run.accountId) ?? [];
    ids.push(m.run.contactId);
    idsByAccount.set(m.run.accountId, ids);
  }
  const existing = new Map<string, Set<string>>();
  for (const [accountId, ids] of idsByAccount) existing.set(accountId, await visibleContactIdsAmong(tx.db, automationPrincipal(accountId), ids));
  return existing;
}
