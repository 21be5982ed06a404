import { recordEvents } from '../../events/outbox.ts';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { EventInput, EventType } from '../../events/types.ts';
import { HttpError } from '../../lib/errors.ts';
import type { Principal } from '../accounts/principal.ts';
import { anyUuid, executeRows } from './batch-sql.ts';
import { normalizeTagName } from './contact-input.ts';
import { eraseContactsByIds } from './contact-changes.ts';
import { ContactsError } from './errors.ts';
import { contactFilterCondition, type ContactFilter } from './filters.ts';
import { changeMembership, resolveLists } from './lists.ts';
import { contactTags, contacts } from './schema.ts';
import { ensureTags, findTags, tagEvent } from './tags.ts';

export const BULK_ACTIONS = ['tag', 'untag', 'add_to_list', 'remove_from_list', 'delete', 'erase', 'block', 'restore'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];
export const MAX_BULK_IDS = 10_000;

export interface BulkRequest {
  action: BulkAction;
  contactIds?: string[];
  filter?: ContactFilter;
  tag?: string;
  list?: string;
}

export interface BulkResult {
  /** Contacts the selection matched (among those the caller can see). */
  matched: number;
  /** Contacts the action actually changed. */
  changed: number;
}

type BulkDeps = Pick<Deps, 'database' | 'clock'>;

function idEvents(accountId: string, type: EventType, ids: string[]): EventInput[] {
  return ids.map((id) => ({ accountId, type, contactId: id, payload: { id, bulk: true } }));
}

/**
 * One action on a set of contacts chosen by ids and/or a filter, as set-based
 * statements (no per-contact round trips); events go in multi-row inserts.
 */
export async function runBulk(deps: BulkDeps, principal: Principal, request: BulkRequest): Promise<BulkResult> {
  if (!request.contactIds && !request.filter) {
    throw new HttpError('validation_failed', 'Choose the contacts with contactIds or filter', [{ field: 'contactIds', message: 'contactIds or filter is required' }]);
  }
  const now = deps.clock.now();
  return deps.database.transaction(async (tx) => {
    const parts: SQL[] = [await contactFilterCondition(tx.db, principal, request.filter ?? {})];
    if (request.contactIds) {
      const ids = [...new Set(request.contactIds.map((id) => id.toLowerCase()))];
      parts.push(ids.length > 0 ? anyUuid(contacts.id, ids) : sql`false`);
    }
    const target = and(...parts)!;
    const [counted] = await tx.db.select({ n: sql<number>`count(*)::int` }).from(contacts).where(target);
    const matched = counted?.n ?? 0;
    if (matched === 0) return { matched, changed: 0 };
    const changed = await apply(tx, principal, request, target, now);
    return { matched, changed };
  });
}

async function apply(tx: Tx, principal: Principal, request: BulkRequest, target: SQL, now: Date): Promise<number> {
  const accountId = principal.accountId;
  switch (request.action) {
    case 'tag':
    case 'untag': {
      const name = normalizeTagName(request.tag ?? '');
      if (name === null) throw new ContactsError('invalid_field_value', 'A tag name has 1 to 64 characters', { field: 'tag' });
      const [tag] = request.action === 'tag' ? await ensureTags(tx, accountId, [name]) : await findTags(tx.db, accountId, [name]);
      if (!tag) return 0;
      const rows =
        request.action === 'tag'
          ? await executeRows<{ contact_id: string }>(
              tx.db,
              sql`insert into ${contactTags} (account_id, contact_id, tag_id, created_at)
                  select ${accountId}::uuid, ${contacts.id}, ${tag.id}::uuid, ${now.toISOString()}::timestamptz from ${contacts} where ${target}
                  on conflict do nothing returning contact_id`,
            )
          : await executeRows<{ contact_id: string }>(
              tx.db,
              sql`delete from ${contactTags} where ${contactTags.accountId} = ${accountId} and ${contactTags.tagId} = ${tag.id}
                  and ${contactTags.contactId} in (select ${contacts.id} from ${contacts} where ${target}) returning contact_id`,
            );
      const names = new Map([[tag.id, tag.name]]);
      const type = request.action === 'tag' ? 'contact.tagged' : 'contact.untagged';
      await recordEvents(
        tx,
        rows.map((r) => tagEvent(type, accountId, { contactId: r.contact_id, tagId: tag.id }, names)),
      );
      return rows.length;
    }
    case 'add_to_list':
    case 'remove_from_list': {
      if (!request.list?.trim()) throw new ContactsError('unknown_list', 'Name the list', { field: 'list' });
      const [list] = await resolveLists(tx.db, accountId, [request.list], 'list');
      return changeMembership(tx, principal, list!, target, request.action === 'add_to_list' ? 'add' : 'remove', now);
    }
    case 'delete': {
      const rows = await tx.db.update(contacts).set({ deletedAt: now, updatedAt: now }).where(target).returning({ id: contacts.id });
      await recordEvents(
        tx,
        idEvents(
          accountId,
          'contact.deleted',
          rows.map((r) => r.id),
        ),
      );
      return rows.length;
    }
    case 'erase': {
      const rows = await tx.db.select({ id: contacts.id }).from(contacts).where(target);
      return eraseContactsByIds(
        tx,
        accountId,
        rows.map((r) => r.id),
      );
    }
    case 'block':
    case 'restore': {
      const blocked = request.action === 'block';
      const rows = await tx.db
        .update(contacts)
        .set({ blocked, blockedAt: blocked ? now : null, updatedAt: now })
        .where(and(target, eq(contacts.blocked, !blocked)))
        .returning({ id: contacts.id });
      await recordEvents(
        tx,
        idEvents(
          accountId,
          blocked ? 'contact.blocked' : 'contact.restored',
          rows.map((r) => r.id),
        ),
      );
      return rows.length;
    }
  }
}
