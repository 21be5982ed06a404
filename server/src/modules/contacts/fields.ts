import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { newId } from '../../lib/ids.ts';
import type { Principal } from '../accounts/principal.ts';
import { ContactsError } from './errors.ts';
import { checkFieldValues, deriveFieldKey, fieldKeyProblem, type FieldDefinition, type FieldType, type FieldValue } from './field-values.ts';
import { contactFields, contacts } from './schema.ts';

export interface Field {
  id: string;
  key: string;
  label: string;
  type: FieldType;
  createdAt: Date;
}

type FieldDeps = Pick<Deps, 'database'>;

export async function listFields(deps: FieldDeps, accountId: string): Promise<Field[]> {
  return deps.database.db
    .select({ id: contactFields.id, key: contactFields.key, label: contactFields.label, type: contactFields.type, createdAt: contactFields.createdAt })
    .from(contactFields)
    .where(eq(contactFields.accountId, accountId))
    .orderBy(asc(contactFields.key));
}

export async function loadFieldDefinitions(db: Db, accountId: string): Promise<FieldDefinition[]> {
  return db
    .select({ key: contactFields.key, label: contactFields.label, type: contactFields.type })
    .from(contactFields)
    .where(eq(contactFields.accountId, accountId))
    .orderBy(asc(contactFields.key));
}

export async function createField(deps: FieldDeps, principal: Principal, input: { key?: string; label: string; type: FieldType }): Promise<Field> {
  const label = input.label.trim();
  if (label.length === 0) throw new ContactsError('invalid_field_value', 'The label cannot be blank', { field: 'label' });
  const key = input.key?.trim() ?? deriveFieldKey(label);
  const problem = fieldKeyProblem(key);
  if (problem) throw new ContactsError('invalid_field_key', problem, { field: 'key', key });
  const [row] = await deps.database.db
    .insert(contactFields)
    .values({ id: newId(), accountId: principal.accountId, key, label, type: input.type })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new ContactsError('field_exists', `A field with the key ${key} already exists`, { field: 'key', key });
  return { id: row.id, key: row.key, label: row.label, type: row.type, createdAt: row.createdAt };
}

/** Only the label changes: the key is referenced by messages and automations, the type by stored values. */
export async function updateField(deps: FieldDeps, principal: Principal, id: string, input: { label: string }): Promise<Field> {
  const label = input.label.trim();
  if (label.length === 0) throw new ContactsError('invalid_field_value', 'The label cannot be blank', { field: 'label' });
  const [row] = await deps.database.db
    .update(contactFields)
    .set({ label })
    .where(and(eq(contactFields.accountId, principal.accountId), eq(contactFields.id, id)))
    .returning();
  if (!row) throw new ContactsError('field_not_found', 'Field not found');
  return { id: row.id, key: row.key, label: row.label, type: row.type, createdAt: row.createdAt };
}

/** Removes the definition and, in the same statement set, every contact's value for it. */
export async function deleteField(deps: FieldDeps, principal: Principal, id: string): Promise<void> {
  await deps.database.transaction(async (tx) => {
    const [row] = await tx.db
      .delete(contactFields)
      .where(and(eq(contactFields.accountId, principal.accountId), eq(contactFields.id, id)))
      .returning({ key: contactFields.key });
    if (!row) throw new ContactsError('field_not_found', 'Field not found');
    await tx.db
      .update(contacts)
      .set({ fields: sql`${contacts.fields} - ${row.key}::text` })
      .where(and(eq(contacts.accountId, principal.accountId), sql`${contacts.fields} ? ${row.key}::text`));
  });
}

/** Field values of a request checked against the definitions; problems become 422 errors naming the key. */
export function fieldValuesOrThrow(
  definitions: readonly FieldDefinition[],
  input: Record<string, unknown>,
  options: { allowRemoval: boolean; fieldPrefix?: string },
): { set: Record<string, FieldValue>; remove: string[] } {
  const checked = checkFieldValues(definitions, input, options);
  if (checked.ok) return checked;
  const { kind, key, reason } = checked.problem;
  throw new ContactsError(kind, reason, { field: `${options.fieldPrefix ?? 'fields'}.${key}`, key });
}
