import { recordEvents } from '../../events/outbox.ts';
import { and, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { EventInput } from '../../events/types.ts';
import { newId } from '../../lib/ids.ts';
import type { Principal } from '../accounts/principal.ts';
import { normalizeTagName, uniqueNames } from './contact-input.ts';
import { toContacts, type Contact } from './contact-json.ts';
import { ContactsError } from './errors.ts';
import { chunks } from './batch-sql.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { contactTags, contacts, tags } from './schema.ts';
import { getContactRow, visibleContactsCondition } from './service.ts';

export interface Tag {
  id: string;
  name: string;
  contactCount: number;
  createdAt: Date;
}

export interface TagRef {
  id: string;
  name: string;
}

type TagDeps = Pick<Deps, 'database' | 'clock'>;

function tagName(input: string): string {
  const name = normalizeTagName(input);
  if (name === null) throw new ContactsError('invalid_field_value', 'A tag name has 1 to 64 characters', { field: 'name' });
  return name;
}

function selectTags(db: Db, principal: Principal, condition?: SQL) {
  return db
    .select({ id: tags.id, name: tags.name, createdAt: tags.createdAt, contactCount: sql<number>`count(${contacts.id})::int` })
    .from(tags)
    .leftJoin(contactTags, and(eq(contactTags.tagId, tags.id), eq(contactTags.accountId, tags.accountId)))
    .leftJoin(contacts, and(eq(contacts.id, contactTags.contactId), visibleContactsCondition(principal)))
    .where(and(eq(tags.accountId, principal.accountId), condition))
    .groupBy(tags.id);
}

/** The account's tags with how many contacts (that the caller can see) carry each. */
export async function listTags(deps: Pick<Deps, 'database'>, principal: Principal): Promise<Tag[]> {
  return selectTags(deps.database.db, principal).orderBy(sql`lower(${tags.name})`);
}

async function getTag(db: Db, principal: Principal, id: string): Promise<Tag> {
  const [found] = await selectTags(db, principal, eq(tags.id, id));
  if (!found) throw new ContactsError('tag_not_found', 'Tag not found');
  return found;
}

export async function createTag(deps: TagDeps, principal: Principal, input: string): Promise<Tag> {
  const name = tagName(input);
  const [row] = await deps.database.db.insert(tags).values({ id: newId(), accountId: principal.accountId, name }).onConflictDoNothing().returning();
  if (!row) throw new ContactsError('tag_exists', `A tag named "${name}" already exists`, { field: 'name' });
  return { id: row.id, name: row.name, createdAt: row.createdAt, contactCount: 0 };
}

export async function renameTag(deps: TagDeps, principal: Principal, id: string, input: string): Promise<Tag> {
  const name = tagName(input);
  const db = deps.database.db;
  const clash = await db
    .select({ id: tags.id })
    .from(tags)
    .where(and(eq(tags.accountId, principal.accountId), sql`lower(${tags.name}) = lower(${name})`, ne(tags.id, id)));
  if (clash.length > 0) throw new ContactsError('tag_exists', `A tag named "${name}" already exists`, { field: 'name' });
  try {
    const updated = await db.update(tags).set({ name }).where(and(eq(tags.accountId, principal.accountId), eq(tags.id, id))).returning({ id: tags.id });
    if (updated.length === 0) throw new ContactsError('tag_not_found', 'Tag not found');
  } catch (err) {
    if (isUniqueViolation(err)) throw new ContactsError('tag_exists', `A tag named "${name}" already exists`, { field: 'name' });
    throw err;
  }
  return getTag(db, principal, id);
}

/** Deleting a tag takes it off every contact; no per-contact events, the tag itself is gone. */
export async function deleteTag(deps: TagDeps, principal: Principal, id: string): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const deleted = await tx.db.delete(tags).where(and(eq(tags.accountId, principal.accountId), eq(tags.id, id))).returning({ id: tags.id });
    if (deleted.length === 0) throw new ContactsError('tag_not_found', 'Tag not found');
    await tx.db.delete(contactTags).where(and(eq(contactTags.accountId, principal.accountId), eq(contactTags.tagId, id)));
  });
}

/** Existing tags with these names (compared without case). */
export async function findTags(db: Db, accountId: string, names: readonly string[]): Promise<TagRef[]> {
  const unique = uniqueNames(names);
  if (unique.length === 0) return [];
  return db
    .select({ id: tags.id, name: tags.name })
    .from(tags)
    .where(
      and(
        eq(tags.accountId, accountId),
        inArray(
          sql`lower(${tags.name})`,
          unique.map((n) => n.toLowerCase()),
        ),
      ),
    );
}

/** The tags with these names, created when missing (tags are free labels). */
export async function ensureTags(tx: Tx, accountId: string, names: readonly string[]): Promise<TagRef[]> {
  const unique = uniqueNames(names);
  if (unique.length === 0) return [];
  await tx.db
    .insert(tags)
    .values(unique.map((name) => ({ id: newId(), accountId, name })))
    .onConflictDoNothing();
  return findTags(tx.db, accountId, unique);
}

export interface ContactTagPair {
  contactId: string;
  tagId: string;
}

/** Puts tags on contacts; only pairs that are new count and get a `contact.tagged` event. */
export async function attachTags(tx: Tx, accountId: string, pairs: ContactTagPair[], tagNames: Map<string, string>): Promise<ContactTagPair[]> {
  const added: ContactTagPair[] = [];
  for (const part of chunks(pairs, 10_000)) {
    // Two array parameters instead of a VALUES list: cheap to send whatever the number of pairs.
    const { rows } = await tx.sql.query<{ contact_id: string; tag_id: string }>(
      `INSERT INTO contact_tags (account_id, contact_id, tag_id)
       SELECT $1::uuid, p.contact_id, p.tag_id FROM unnest($2::uuid[], $3::uuid[]) AS p(contact_id, tag_id)
       ON CONFLICT DO NOTHING RETURNING contact_id, tag_id`,
      [accountId, part.map((p) => p.contactId), part.map((p) => p.tagId)],
    );
    added.push(...rows.map((r) => ({ contactId: r.contact_id, tagId: r.tag_id })));
  }
  await recordEvents(tx, added.map((p) => tagEvent('contact.tagged', accountId, p, tagNames)));
  return added;
}

/** Takes tags off one contact; only pairs that existed get a `contact.untagged` event. */
export async function detachTags(tx: Tx, accountId: string, contactId: string, tagIds: string[], tagNames: Map<string, string>): Promise<number> {
  if (tagIds.length === 0) return 0;
  const removed = await tx.db
    .delete(contactTags)
    .where(and(eq(contactTags.accountId, accountId), eq(contactTags.contactId, contactId), inArray(contactTags.tagId, tagIds)))
    .returning({ contactId: contactTags.contactId, tagId: contactTags.tagId });
  await recordEvents(tx, removed.map((p) => tagEvent('contact.untagged', accountId, p, tagNames)));
  return removed.length;
}

export function tagEvent(type: 'contact.tagged' | 'contact.untagged', accountId: string, pair: ContactTagPair, tagNames: Map<string, string>): EventInput {
  return { accountId, type, contactId: pair.contactId, payload: { contactId: pair.contactId, tagId: pair.tagId, tag: tagNames.get(pair.tagId) ?? null } };
}

/** Makes a contact's tags exactly these names (creating missing tags). Returns whether anything changed. */
export async function replaceContactTags(tx: Tx, accountId: string, contactId: string, names: readonly string[]): Promise<boolean> {
  const wanted = await ensureTags(tx, accountId, names);
  const current = await tx.db
    .select({ id: tags.id, name: tags.name })
    .from(contactTags)
    .innerJoin(tags, eq(tags.id, contactTags.tagId))
    .where(and(eq(contactTags.accountId, accountId), eq(contactTags.contactId, contactId)));
  const wantedIds = new Set(wanted.map((t) => t.id));
  const currentIds = new Set(current.map((t) => t.id));
  const nameOf = new Map([...wanted, ...current].map((t) => [t.id, t.name]));
  const added = await attachTags(
    tx,
    accountId,
    wanted.filter((t) => !currentIds.has(t.id)).map((t) => ({ contactId, tagId: t.id })),
    nameOf,
  );
  const removed = await detachTags(
    tx,
    accountId,
    contactId,
    current.filter((t) => !wantedIds.has(t.id)).map((t) => t.id),
    nameOf,
  );
  return added.length > 0 || removed > 0;
}

/** A contact's tags changed: its updated_at moves. */
export async function touchContact(tx: Tx, accountId: string, contactId: string, at: Date): Promise<void> {
  await tx.db.update(contacts).set({ updatedAt: at }).where(and(eq(contacts.accountId, accountId), eq(contacts.id, contactId)));
}

/** These contacts' tags changed: their updated_at moves. */
async function touchContacts(tx: Tx, accountId: string, contactIds: readonly string[], at: Date): Promise<void> {
  if (contactIds.length === 0) return;
  await tx.db
    .update(contacts)
    .set({ updatedAt: at })
    .where(and(eq(contacts.accountId, accountId), inArray(contacts.id, [...new Set(contactIds)])));
}

/** Per contact, the automation run behind a change: its events name it (the loop guard follows them). */
export type ChangeCauses = ReadonlyMap<string, string>;

function withCause(event: EventInput, causes: ChangeCauses | undefined): EventInput {
  const run = event.contactId ? causes?.get(event.contactId) : undefined;
  return run ? { ...event, causedByRun: run } : event;
}

/**
 * Puts one tag (created when missing) on many existing contacts in a few
 * statements, whatever their number: the automation engine tags a whole
 * batch of runs at once. Contacts that get the tag are touched and get a
 * `contact.tagged` event.
 */
export async function tagManyContacts(tx: Tx, accountId: string, name: string, contactIds: readonly string[], at: Date, causes?: ChangeCauses): Promise<void> {
  if (contactIds.length === 0) return;
  const [tag] = await ensureTags(tx, accountId, [name]);
  if (!tag) return;
  const pairs = [...new Set(contactIds)].map((contactId) => ({ contactId, tagId: tag.id }));
  const { rows } = await tx.sql.query<{ contact_id: string }>(
    `INSERT INTO contact_tags (account_id, contact_id, tag_id)
     SELECT $1::uuid, p.contact_id, $2::uuid FROM unnest($3::uuid[]) AS p(contact_id)
     ON CONFLICT DO NOTHING RETURNING contact_id`,
    [accountId, tag.id, pairs.map((p) => p.contactId)],
  );
  const names = new Map([[tag.id, tag.name]]);
  await recordEvents(tx, rows.map((r) => withCause(tagEvent('contact.tagged', accountId, { contactId: r.contact_id, tagId: tag.id }, names), causes)));
  await touchContacts(tx, accountId, rows.map((r) => r.contact_id), at);
}

/** Takes one tag off many contacts; a tag that does not exist is on no one. The counterpart of `tagManyContacts`. */
export async function untagManyContacts(tx: Tx, accountId: string, name: string, contactIds: readonly string[], at: Date, causes?: ChangeCauses): Promise<void> {
  if (contactIds.length === 0) return;
  const [tag] = await findTags(tx.db, accountId, [name]);
  if (!tag) return;
  const removed = await tx.db
    .delete(contactTags)
    .where(and(eq(contactTags.accountId, accountId), eq(contactTags.tagId, tag.id), inArray(contactTags.contactId, [...new Set(contactIds)])))
    .returning({ contactId: contactTags.contactId, tagId: contactTags.tagId });
  const names = new Map([[tag.id, tag.name]]);
  await recordEvents(tx, removed.map((p) => withCause(tagEvent('contact.untagged', accountId, p, names), causes)));
  await touchContacts(tx, accountId, removed.map((p) => p.contactId), at);
}

async function contactAfter(tx: Tx, principal: Principal, contactId: string): Promise<Contact> {
  const row = await getContactRow(tx.db, principal, contactId);
  return (await toContacts(tx.db, principal.accountId, [row]))[0]!;
}

/** Adds tags to one contact, creating the tags that do not exist yet. */
export async function tagContact(deps: TagDeps, principal: Principal, contactId: string, names: string[]): Promise<Contact> {
  const normalised = names.map(tagName);
  return deps.database.transaction(async (tx) => {
    await getContactRow(tx.db, principal, contactId);
    const wanted = await ensureTags(tx, principal.accountId, normalised);
    const added = await attachTags(
      tx,
      principal.accountId,
      wanted.map((t) => ({ contactId, tagId: t.id })),
      new Map(wanted.map((t) => [t.id, t.name])),
    );
    if (added.length > 0) await touchContact(tx, principal.accountId, contactId, deps.clock.now());
    return contactAfter(tx, principal, contactId);
  });
}

/** Takes one tag off a contact; a tag the account does not have is tag_not_found. */
export async function untagContact(deps: TagDeps, principal: Principal, contactId: string, name: string): Promise<Contact> {
  return deps.database.transaction(async (tx) => {
    await getContactRow(tx.db, principal, contactId);
    const [tag] = await findTags(tx.db, principal.accountId, [name.trim()]);
    if (!tag) throw new ContactsError('tag_not_found', `No tag named "${name}"`);
    const removed = await detachTags(tx, principal.accountId, contactId, [tag.id], new Map([[tag.id, tag.name]]));
    if (removed > 0) await touchContact(tx, principal.accountId, contactId, deps.clock.now());
    return contactAfter(tx, principal, contactId);
  });
}
