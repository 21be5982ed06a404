import type { BodyOf } from '../../../api/types';
import type { Contact, FieldDefinition } from '../data';
import { changedFieldValues, fieldValueToInput } from '../field-values';

/** The contact page's form: every input as the user edits it. */
export interface ContactFormValues {
  phone: string;
  name: string;
  email: string;
  language: string;
  marketingOptIn: boolean;
  /** Dynamic field key → input text. */
  fields: Record<string, string>;
  tags: string[];
  /** List ids. */
  lists: string[];
}

export function formValuesOf(contact: Contact, definitions: readonly FieldDefinition[]): ContactFormValues {
  return {
    phone: contact.phone,
    name: contact.name ?? '',
    email: contact.email ?? '',
    language: contact.language ?? '',
    marketingOptIn: contact.marketingOptIn,
    fields: Object.fromEntries(definitions.map((d) => [d.key, fieldValueToInput(d.type, contact.fields[d.key])])),
    tags: [...contact.tags],
    lists: contact.lists.map((l) => l.id),
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * The PATCH of what the user changed, nothing else: an untouched phone is not
 * sent back (the server would normalise it again), cleared texts become null,
 * tags and lists are sent whole when they changed (the API replaces them).
 */
export function contactPatch(contact: Contact, definitions: readonly FieldDefinition[], values: ContactFormValues): BodyOf<'/api/v1/contacts/{id}', 'patch'> {
  const patch: BodyOf<'/api/v1/contacts/{id}', 'patch'> = {};
  if (values.phone.trim() !== contact.phone) patch.phone = values.phone.trim();
  if (orNull(values.name) !== contact.name) patch.name = orNull(values.name);
  if (orNull(values.email) !== contact.email) patch.email = orNull(values.email);
  if (orNull(values.language) !== contact.language) patch.language = orNull(values.language);
  if (values.marketingOptIn !== contact.marketingOptIn) patch.marketingOptIn = values.marketingOptIn;
  const fields = changedFieldValues(definitions, contact.fields, values.fields);
  if (Object.keys(fields).length > 0) patch.fields = fields;
  if (!sameSet(values.tags, contact.tags)) patch.tags = values.tags;
  const listIds = contact.lists.map((l) => l.id);
  if (!sameSet(values.lists, listIds)) patch.lists = values.lists;
  return patch;
}
