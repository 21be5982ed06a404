import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Deps } from '../../deps.ts';
import type { Principal } from '../accounts/principal.ts';
import { contactRowsPage } from './contact-queries.ts';
import { loadRelations, toContact, type Contact } from './contact-json.ts';
import { fieldValueText } from './field-values.ts';
import { loadFieldDefinitions } from './fields.ts';
import { contactFilterCondition, type ContactFilter } from './filters.ts';

export const EXPORT_PAGE_SIZE = 1000;
const FIXED_COLUMNS = ['phone', 'name', 'email', 'language', 'marketingOptIn', 'marketingOptInAt', 'blocked', 'tags', 'lists'];
/** Tags and lists share a cell; the importer splits on this too. */
const JOINER = '|';

export interface ExportFormat {
  delimiter: ',' | ';' | '\t';
  bom: boolean;
}

/**
 * A cell a spreadsheet would run as a formula (=, @) gets a leading apostrophe.
 * "+" and "-" are left alone: phone numbers and negative numbers start with them.
 */
export function safeCell(text: string): string {
  return /^[=@]/.test(text) ? `'${text}` : text;
}

function iso(date: Date | null): string {
  return date ? date.toISOString() : '';
}

export function exportRow(contact: Contact, fieldKeys: readonly string[]): string[] {
  return [
    contact.phone,
    safeCell(contact.name ?? ''),
    safeCell(contact.email ?? ''),
    contact.language ?? '',
    String(contact.marketingOptIn),
    iso(contact.marketingOptInAt),
    String(contact.blocked),
    safeCell(contact.tags.join(JOINER)),
    safeCell(contact.lists.map((l) => l.name).join(JOINER)),
    ...fieldKeys.map((key) => safeCell(fieldValueText(contact.fields[key]))),
    iso(contact.createdAt),
  ];
}

/**
 * The contacts matching a filter as a CSV stream, newest first. The filter is
 * checked before the first byte goes out (errors are still proper responses);
 * rows are then read page by page as the client takes them.
 */
export async function exportContactsCsv(deps: Pick<Deps, 'database'>, principal: Principal, filter: ContactFilter, format: ExportFormat): Promise<Readable> {
  const db = deps.database.db;
  const condition = await contactFilterCondition(db, principal, filter);
  const fieldKeys = (await loadFieldDefinitions(db, principal.accountId)).map((d) => d.key);
  async function* rows(): AsyncGenerator<string[]> {
    yield [...FIXED_COLUMNS, ...fieldKeys, 'createdAt'];
    let beforeId: string | null = null;
    for (;;) {
      const page = await contactRowsPage(db, condition, beforeId, EXPORT_PAGE_SIZE);
      if (page.length === 0) return;
      const relations = await loadRelations(
        db,
        principal.accountId,
        page.map((r) => r.id),
      );
      for (const row of page) yield exportRow(toContact(row, relations), fieldKeys);
      if (page.length < EXPORT_PAGE_SIZE) return;
      beforeId = page[page.length - 1]!.id;
    }
  }
  return pipeline(Readable.from(rows()), stringify({ delimiter: format.delimiter, bom: format.bom }), () => undefined);
}
