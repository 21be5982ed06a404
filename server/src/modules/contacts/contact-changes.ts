import { and, eq, inArray } from 'drizzle-orm';
import type { CountryCode } from 'libphonenumber-js';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { recordEvent, recordEvents } from '../../events/outbox.ts';
import type { EventInput } from '../../events/types.ts';
import { newId } from '../../lib/ids.ts';
import type { Principal } from '../accounts/principal.ts';
import { eraseConversationData } from '../conversations/erase.ts';
import { chunks } from './batch-sql.ts';
import { NO_CONSENT, nextMarketingConsent, normalizeLanguage, normalizeTagName } from './contact-input.ts';
import { toContacts, type Contact, type ContactRow } from './contact-json.ts';
import { ContactsError } from './errors.ts';
import { fieldValuesOrThrow, loadFieldDefinitions } from './fields.ts';
import { phoneOrThrow } from './filters.ts';
import { addMembers, replaceContactLists, resolveLists } from './lists.ts';
import { contactOperators, contactTags, contacts, listMembers } from './schema.ts';
import { getContactRow, visibleContactsCondition } from './service.ts';
import { attachTags, ensureTags, replaceContactTags } from './tags.ts';

type ChangeDeps = Pick<Deps, 'database' | 'clock'>;

/** What a request may set on a contact; absent means "leave as it is". */
export interface ContactChanges {
  phone?: string;
  name?: string | null;
  email?: string | null;
  language?: string | null;
  fields?: Record<string, unknown>;
  tags?: string[];
  lists?: string[];
  marketingOptIn?: boolean;
  marketingOptInSource?: string | null;
  /** How to read a phone written without international prefix. */
  defaultCountry?: CountryCode;
}

function blankToNull(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const text = value.trim();
  return text.length === 0 ? null : text;
}

function languageOrThrow(value: string | null | undefined): string | null | undefined {
  const text = blankToNull(value);
  if (text === undefined || text === null) return text;
  const language = normalizeLanguage(text);
  if (!language) throw new ContactsError('invalid_field_value', `"${value}" is not a language code such as it, en or es`, { field: 'language' });
  return language;
}

function tagNamesOrThrow(names: string[] | undefined): string[] | undefined {
  return names?.map((input) => {
    const name = normalizeTagName(input);
    if (name === null) throw new ContactsError('invalid_field_value', 'A tag name has 1 to 64 characters', { field: 'tags' });
    return name;
  });
}

async function contactJson(tx: Tx, accountId: string, row: ContactRow): Promise<Contact> {
  return (await toContacts(tx.db, accountId, [row]))[0]!;
}

/**
 * Applies changes to a locked row: scalar values, merged fields (null removes),
 * tags and lists replaced when given. Returns the names of what changed.
 */
async function applyChanges(
  tx: Tx,
  principal: Principal,
  row: ContactRow,
  changes: ContactChanges,
  now: Date,
  extra: Partial<typeof contacts.$inferInsert> = {},
): Promise<{ row: ContactRow; changed: string[] }> {
  const accountId = principal.accountId;
  const set: Partial<typeof contacts.$inferInsert> = { ...extra };
  const changed: string[] = [];
  if (changes.phone !== undefined) {
    const phone = phoneOrThrow(changes.phone, changes.defaultCountry);
    if (phone !== row.phone) {
      const [other] = await tx.db
        .select({ id: contacts.id })
        .from(contacts)
        .where(and(eq(contacts.accountId, accountId), eq(contacts.phone, phone)));
      if (other) throw new ContactsError('phone_taken', `Another contact already has the number ${phone}`, { field: 'phone' });
      set.phone = phone;
      changed.push('phone');
    }
  }
  const name = blankToNull(changes.name);
  if (name !== undefined && name !== row.name) {
    set.name = name;
    changed.push('name');
  }
  const email = blankToNull(changes.email);
  if (email !== undefined && email !== row.email) {
    set.email = email;
    changed.push('email');
  }
  const language = languageOrThrow(changes.language);
  if (language !== undefined && language !== row.language) {
    set.language = language;
    changed.push('language');
  }
  const consent = nextMarketingConsent(
    { optIn: row.marketingOptIn, at: row.marketingOptInAt, source: row.marketingOptInSource },
    { optIn: changes.marketingOptIn, source: blankToNull(changes.marketingOptInSource) },
    now,
  );
  if (consent.optIn !== row.marketingOptIn || consent.source !== row.marketingOptInSource || consent.at?.getTime() !== row.marketingOptInAt?.getTime()) {
    set.marketingOptIn = consent.optIn;
    set.marketingOptInAt = consent.at;
    set.marketingOptInSource = consent.source;
    changed.push('marketingOptIn');
  }
  if (changes.fields && Object.keys(changes.fields).length > 0) {
    const definitions = await loadFieldDefinitions(tx.db, accountId);
    const values = fieldValuesOrThrow(definitions, changes.fields, { allowRemoval: true });
    const fields: Record<string, unknown> = { ...row.fields };
    for (const [key, value] of Object.entries(values.set)) {
      if (fields[key] !== value) changed.push(`fields.${key}`);
      fields[key] = value;
    }
    for (const key of values.remove) {
      if (key in fields) changed.push(`fields.${key}`);
      delete fields[key];
    }
    if (changed.some((c) => c.startsWith('fields.'))) set.fields = fields;
  }
  const tagNames = tagNamesOrThrow(changes.tags);
  let relationsChanged = false;
  if (tagNames) relationsChanged = (await replaceContactTags(tx, accountId, row.id, tagNames)) || relationsChanged;
  if (changes.lists) relationsChanged = (await replaceContactLists(tx, accountId, row.id, changes.lists, now)) || relationsChanged;
  if (changed.length === 0 && !relationsChanged && Object.keys(extra).length === 0) return { row, changed };
  const [updated] = await tx.db
    .update(contacts)
    .set({ ...set, updatedAt: now })
    .where(and(eq(contacts.accountId, accountId), eq(contacts.id, row.id)))
    .returning();
  return { row: updated!, changed };
}

/**
 * Creates a contact. A number that belongs to a deleted contact brings that
 * contact back with these values (`revived`); a number in use is phone_taken.
 * A chat operator who creates a contact is assigned to it, so they can see it.
 */
export async function createContact(
  deps: ChangeDeps,
  principal: Principal,
  input: ContactChanges & { phone: string },
): Promise<{ contact: Contact; revived: boolean }> {
  const phone = phoneOrThrow(input.phone, input.defaultCountry);
  const name = blankToNull(input.name) ?? null;
  const email = blankToNull(input.email) ?? null;
  const language = languageOrThrow(input.language) ?? null;
  const tagNames = tagNamesOrThrow(input.tags) ?? [];
  const accountId = principal.accountId;
  const now = deps.clock.now();
  return deps.database.transaction(async (tx) => {
    const definitions = await loadFieldDefinitions(tx.db, accountId);
    const values = fieldValuesOrThrow(definitions, input.fields ?? {}, { allowRemoval: false });
    const listRefs = await resolveLists(tx.db, accountId, input.lists ?? []);
    const consent = nextMarketingConsent(NO_CONSENT, { optIn: input.marketingOptIn, source: blankToNull(input.marketingOptInSource) }, now);
    const [row] = await tx.db
      .insert(contacts)
      .values({
        id: newId(),
        accountId,
        phone,
        name,
        email,
        language,
        marketingOptIn: consent.optIn,
        marketingOptInAt: consent.at,
        marketingOptInSource: consent.source,
        fields: values.set,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) {
      const [existing] = await tx.db
        .select()
        .from(contacts)
        .where(and(eq(contacts.accountId, accountId), eq(contacts.phone, phone)))
        .for('update');
      if (!existing || existing.deletedAt === null) {
        throw new ContactsError('phone_taken', `A contact with the number ${phone} already exists`, { field: 'phone' });
      }
      const revived = await applyChanges(tx, principal, existing, { ...input, phone: undefined }, now, { deletedAt: null });
      await recordEvent(tx, {
        accountId,
        type: 'contact.created',
        contactId: existing.id,
        payload: { id: existing.id, phone, name: revived.row.name, source: 'api', revived: true },
      });
      await assignCreator(tx, principal, existing.id, now);
      return { contact: await contactJson(tx, accountId, revived.row), revived: true };
    }
    await recordEvent(tx, { accountId, type: 'contact.created', contactId: row.id, payload: { id: row.id, phone, name, source: 'api' } });
    const tagRefs = await ensureTags(tx, accountId, tagNames);
    await attachTags(
      tx,
      accountId,
      tagRefs.map((t) => ({ contactId: row.id, tagId: t.id })),
      new Map(tagRefs.map((t) => [t.id, t.name])),
    );
    await addMembers(
      tx,
      accountId,
      listRefs.map((l) => ({ contactId: row.id, listId: l.id })),
      new Map(listRefs.map((l) => [l.id, l.name])),
      now,
    );
    await assignCreator(tx, principal, row.id, now);
    return { contact: await contactJson(tx, accountId, row), revived: false };
  });
}

async function assignCreator(tx: Tx, principal: Principal, contactId: string, now: Date): Promise<void> {
  if (principal.role !== 'chat_operator' || !principal.userId) return;
  const added = await tx.db
    .insert(contactOperators)
    .values({ accountId: principal.accountId, contactId, userId: principal.userId, assignedAt: now })
    .onConflictDoNothing()
    .returning({ userId: contactOperators.userId });
  if (added.length > 0) {
    await recordEvent(tx, { accountId: principal.accountId, type: 'conversation.assigned', contactId, payload: { contactId, userId: principal.userId } });
  }
}

async function lockVisibleRow(tx: Tx, principal: Principal, contactId: string): Promise<ContactRow> {
  const [row] = await tx.db
    .select()
    .from(contacts)
    .where(and(eq(contacts.id, contactId), visibleContactsCondition(principal)))
    .for('update');
  if (!row) throw new ContactsError('contact_not_found', 'Contact not found');
  return row;
}

export async function updateContact(deps: ChangeDeps, principal: Principal, contactId: string, changes: ContactChanges): Promise<Contact> {
  return deps.database.transaction(async (tx) => {
    const row = await lockVisibleRow(tx, principal, contactId);
    const result = await applyChanges(tx, principal, row, changes, deps.clock.now());
    if (result.changed.length > 0) {
      await recordEvent(tx, { accountId: principal.accountId, type: 'contact.updated', contactId, payload: { id: contactId, changed: result.changed } });
    }
    return contactJson(tx, principal.accountId, result.row);
  });
}

/** Soft delete: hidden everywhere; a new WhatsApp message from the number brings it back. */
export async function deleteContact(deps: ChangeDeps, principal: Principal, contactId: string): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const now = deps.clock.now();
    const deleted = await tx.db
      .update(contacts)
      .set({ deletedAt: now, updatedAt: now })
      .where(and(eq(contacts.id, contactId), visibleContactsCondition(principal)))
      .returning({ id: contacts.id });
    if (deleted.length === 0) throw new ContactsError('contact_not_found', 'Contact not found');
    await recordEvent(tx, { accountId: principal.accountId, type: 'contact.deleted', contactId, payload: { id: contactId } });
  });
}

/**
 * Permanent erasure (GDPR): the contact, its tags, list memberships, operator
 * assignments and its conversation with every message and note. Also works on
 * a soft-deleted contact. The `contact.erased` event carries the id only.
 */
export async function eraseContact(deps: ChangeDeps, principal: Principal, contactId: string): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const [row] = await tx.db
      .select({ id: contacts.id, deletedAt: contacts.deletedAt })
      .from(contacts)
      .where(and(eq(contacts.accountId, principal.accountId), eq(contacts.id, contactId)));
    if (!row) throw new ContactsError('contact_not_found', 'Contact not found');
    if (row.deletedAt === null) await getContactRow(tx.db, principal, contactId);
    await eraseContactsByIds(tx, principal.accountId, [contactId]);
  });
}

export async function eraseContactsByIds(tx: Tx, accountId: string, contactIds: string[]): Promise<number> {
  let erased = 0;
  for (const ids of chunks(contactIds, 5000)) {
    await tx.db.delete(contactTags).where(and(eq(contactTags.accountId, accountId), inArray(contactTags.contactId, ids)));
    await tx.db.delete(listMembers).where(and(eq(listMembers.accountId, accountId), inArray(listMembers.contactId, ids)));
    await tx.db.delete(contactOperators).where(and(eq(contactOperators.accountId, accountId), inArray(contactOperators.contactId, ids)));
    await eraseConversationData(tx, accountId, ids);
    const deleted = await tx.db
      .delete(contacts)
      .where(and(eq(contacts.accountId, accountId), inArray(contacts.id, ids)))
      .returning({ id: contacts.id });
    erased += deleted.length;
    await recordEvents(
      tx,
      deleted.map((d): EventInput => ({ accountId, type: 'contact.erased', contactId: d.id, payload: { id: d.id } })),
    );
  }
  return erased;
}

/** Blocked contacts get no messages at all; restoring lifts that. Events only when the state changes. */
export async function setBlocked(deps: ChangeDeps, principal: Principal, contactId: string, blocked: boolean): Promise<Contact> {
  return deps.database.transaction(async (tx) => {
    const row = await lockVisibleRow(tx, principal, contactId);
    if (row.blocked === blocked) return contactJson(tx, principal.accountId, row);
    const now = deps.clock.now();
    const [updated] = await tx.db
      .update(contacts)
      .set({ blocked, blockedAt: blocked ? now : null, updatedAt: now })
      .where(and(eq(contacts.accountId, principal.accountId), eq(contacts.id, contactId)))
      .returning();
    await recordEvent(tx, {
      accountId: principal.accountId,
      type: blocked ? 'contact.blocked' : 'contact.restored',
      contactId,
      payload: { id: contactId },
    });
    return contactJson(tx, principal.accountId, updated!);
  });
}
