import type { FieldDefinition } from '../data';

/**
 * The import wizard's column mapping: which contact attribute each CSV column
 * fills. The rules are the server's (csv-mapping.ts), checked here first so
 * the user sees a problem next to the column before sending the file again.
 */

export const ATTRIBUTE_TARGETS = ['phone', 'name', 'email', 'language', 'marketingOptIn', 'tags'] as const;
export type AttributeTarget = (typeof ATTRIBUTE_TARGETS)[number];
export const IGNORE = 'ignore';
/** "phone", "name"…, "field:KEY" or "ignore". */
export type Target = string;
export type ColumnMapping = Record<string, Target>;

/** Only one column may fill these; several columns may fill `name` (joined) and `tags`. */
const SINGLE_TARGETS = new Set<string>(['phone', 'email', 'language', 'marketingOptIn']);

export function fieldTarget(key: string): Target {
  return `field:${key}`;
}

export function fieldKeyOf(target: Target): string | null {
  return target.startsWith('field:') ? target.slice('field:'.length) : null;
}

/**
 * The mapping the wizard starts from: the server's suggestion for the columns
 * it recognised, "ignore" for the rest, and nothing that points at a field
 * which no longer exists.
 */
export function initialMapping(headers: readonly string[], suggested: Record<string, string>, fields: readonly FieldDefinition[]): ColumnMapping {
  const keys = new Set(fields.map((f) => f.key));
  const mapping: ColumnMapping = {};
  for (const header of headers) {
    if (header.trim() === '') continue;
    const target = suggested[header] ?? IGNORE;
    const key = fieldKeyOf(target);
    mapping[header] = key !== null && !keys.has(key) ? IGNORE : target;
  }
  return mapping;
}

export type MappingProblem = { kind: 'phoneMissing' } | { kind: 'duplicate'; column: string; other: string; target: Target };

/** What an import with this mapping would refuse: no phone column, or one target filled by two columns. */
export function mappingProblems(mapping: ColumnMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const used = new Map<Target, string>();
  for (const [column, target] of Object.entries(mapping)) {
    if (target === IGNORE) continue;
    const single = SINGLE_TARGETS.has(target) || fieldKeyOf(target) !== null;
    const other = used.get(target);
    if (single && other !== undefined) problems.push({ kind: 'duplicate', column, other, target });
    else used.set(target, column);
  }
  if (!used.has('phone')) problems.unshift({ kind: 'phoneMissing' });
  return problems;
}

/** A sample row as the contact it would become: attribute or field key → value, ignored columns left out. */
export function mapSampleRow(row: Record<string, string>, mapping: ColumnMapping): Record<Target, string> {
  const contact: Record<Target, string> = {};
  for (const [column, target] of Object.entries(mapping)) {
    if (target === IGNORE) continue;
    const value = (row[column] ?? '').trim();
    if (value === '') continue;
    const known = contact[target];
    // Several name columns make one name ("Anna" + "Rossi"); several tag columns add up.
    contact[target] = known === undefined ? value : `${known}${target === 'tags' ? ', ' : ' '}${value}`;
  }
  return contact;
}

/** The targets the mapping fills, in a stable order for the preview's columns. */
export function mappedTargets(mapping: ColumnMapping, fields: readonly FieldDefinition[]): Target[] {
  const used = new Set(Object.values(mapping));
  const order = [...ATTRIBUTE_TARGETS, ...fields.map((f) => fieldTarget(f.key))];
  return order.filter((t) => used.has(t));
}

export interface ImportSettings {
  /** Tags put on every imported contact. */
  tags: string[];
  /** List id or name every imported contact joins (a new name creates it). */
  list: string;
  /** ISO-2 country of numbers without an international prefix. */
  defaultCountry: string;
  updateExisting: boolean;
}

/**
 * The multipart body of an import or a preview: the text fields first and the
 * file last, as the server reads them in that order.
 */
export function importForm(file: Blob, mapping: ColumnMapping | null, settings?: ImportSettings): FormData {
  const form = new FormData();
  if (mapping) form.append('mapping', JSON.stringify(mapping));
  if (settings) {
    if (settings.tags.length > 0) form.append('tags', JSON.stringify(settings.tags));
    if (settings.list.trim()) form.append('list', settings.list.trim());
    if (settings.defaultCountry.trim()) form.append('defaultCountry', settings.defaultCountry.trim().toUpperCase());
    form.append('updateExisting', String(settings.updateExisting));
  }
  form.append('file', file, file instanceof File ? file.name : 'contacts.csv');
  return form;
}
