import { and, eq, exists, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { CountryCode } from 'libphonenumber-js';
import type { Db } from '../../db/client.ts';
import { normalizePhone } from '../../lib/phone.ts';
import type { Principal } from '../accounts/principal.ts';
import { likeContains } from './contact-input.ts';
import { ContactsError } from './errors.ts';
import { parseFieldValue } from './field-values.ts';
import { loadFieldDefinitions } from './fields.ts';
import { findList } from './lists.ts';
import { contactOperators, contactTags, contacts, listMembers } from './schema.ts';
import { visibleContactsCondition } from './service.ts';
import { findTags } from './tags.ts';

/** What the contact list, the CSV export and bulk actions select by; every part narrows (AND). */
export interface ContactFilter {
  /** Exact number, in any common format. */
  phone?: string;
  defaultCountry?: CountryCode;
  /** Contained in name, e-mail or phone, without case. */
  q?: string;
  /** Tag names; a contact must carry all of them. */
  tags?: string[];
  /** List id or name. */
  list?: string;
  /** Dynamic field values, compared for equality after typing them like stored values. */
  fields?: Record<string, unknown>;
  blocked?: boolean;
  marketingOptIn?: boolean;
  operatorId?: string;
}

const PHONE_LIKE = /^[+\d\s().\-/]+$/;
const NEVER = sql`false`;

/** A phone in any common format, or invalid_phone naming the field. */
export function phoneOrThrow(input: string, defaultCountry?: CountryCode, field = 'phone'): string {
  const result = normalizePhone(input, defaultCountry);
  if (!result.ok) throw new ContactsError('invalid_phone', result.reason, { field, reason: result.reason });
  return result.e164;
}

/**
 * The SQL condition of a filter, always inside what the caller may see. A tag
 * or list that does not exist matches nothing (it is a filter, not a reference).
 */
export async function contactFilterCondition(db: Db, principal: Principal, filter: ContactFilter): Promise<SQL> {
  const parts: SQL[] = [visibleContactsCondition(principal)];
  if (filter.phone !== undefined) parts.push(eq(contacts.phone, phoneOrThrow(filter.phone, filter.defaultCountry)));
  const q = filter.q?.trim();
  if (q) {
    const digits = q.replace(/\D/g, '');
    // "+39…" is the start of a number; other digits may be anywhere in it, whatever the spacing.
    const phonePattern = q.startsWith('+') ? `+${digits}%` : likeContains(digits);
    const phoneMatch = PHONE_LIKE.test(q) && digits.length > 0 ? sql`${contacts.phone} like ${phonePattern}` : ilike(contacts.phone, likeContains(q));
    parts.push(or(ilike(contacts.name, likeContains(q)), ilike(contacts.email, likeContains(q)), phoneMatch)!);
  }
  if (filter.tags && filter.tags.length > 0) {
    const found = await findTags(db, principal.accountId, filter.tags);
    const wanted = new Set(filter.tags.map((t) => t.trim().toLowerCase()));
    if (found.length < wanted.size) return NEVER;
    for (const tag of found) {
      parts.push(
        exists(
          sql`(select 1 from ${contactTags} where ${contactTags.contactId} = ${contacts.id} and ${contactTags.tagId} = ${tag.id})`,
        ),
      );
    }
  }
  if (filter.list !== undefined) {
    const list = await findList(db, principal.accountId, filter.list);
    if (!list) return NEVER;
    parts.push(exists(sql`(select 1 from ${listMembers} where ${listMembers.contactId} = ${contacts.id} and ${listMembers.listId} = ${list.id})`));
  }
  const fieldEntries = Object.entries(filter.fields ?? {});
  if (fieldEntries.length > 0) {
    const definitions = new Map((await loadFieldDefinitions(db, principal.accountId)).map((d) => [d.key, d]));
    for (const [key, raw] of fieldEntries) {
      const definition = definitions.get(key);
      if (!definition) throw new ContactsError('unknown_field', `No dynamic field has the key ${key}`, { field: `field.${key}`, key });
      const parsed = parseFieldValue(definition.type, raw);
      if (!parsed.ok) throw new ContactsError('invalid_field_value', `${key} ${parsed.reason}`, { field: `field.${key}`, key });
      // Containment uses the GIN index on fields and compares typed values (30 = "30" for a number field).
      parts.push(sql`${contacts.fields} @> ${JSON.stringify({ [key]: parsed.value })}::jsonb`);
    }
  }
  if (filter.blocked !== undefined) parts.push(eq(contacts.blocked, filter.blocked));
  if (filter.marketingOptIn !== undefined) parts.push(eq(contacts.marketingOptIn, filter.marketingOptIn));
  if (filter.operatorId !== undefined) {
    parts.push(
      exists(
        sql`(select 1 from ${contactOperators} where ${contactOperators.contactId} = ${contacts.id} and ${contactOperators.userId} = ${filter.operatorId})`,
      ),
    );
  }
  return and(...parts)!;
}

/** Query-string filters: `field.KEY=value` pairs become the fields filter. */
export function fieldFiltersFromQuery(query: Record<string, unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(query)) {
    if (!name.startsWith('field.')) continue;
    const key = name.slice('field.'.length);
    if (Array.isArray(value)) throw new ContactsError('invalid_field_value', `${name} is given more than once`, { field: name, key });
    fields[key] = value;
  }
  return fields;
}

/** Opaque page cursors: the id of the last contact of the page (ids grow with time). */
export function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) {
    throw new ContactsError('invalid_cursor', 'The cursor is not one this API gave out', { field: 'cursor' });
  }
  return id;
}
