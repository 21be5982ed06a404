import { and, eq, inArray } from 'drizzle-orm';
import type { CountryCode } from 'libphonenumber-js';
import type { Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { recordEvent, recordEvents } from '../../events/outbox.ts';
import type { EventInput } from '../../events/types.ts';
import { newId } from '../../lib/ids.ts';
import type { Principal } from '../accounts/principal.ts';

import { NO_CONSENT, nextMarketingConsent, normalizeTagName } from './contact-input.ts';
import { compileMapping, isBlankRecord, mapRow, type ImportDefaults, type ImportPlan, type ImportRow } from './csv-mapping.ts';
import { drain, openCsvStream } from './csv-reader.ts';
import type { FieldDefinition } from './field-values.ts';
import { ContactsError } from './errors.ts';
import { loadFieldDefinitions } from './fields.ts';
import { addMembers, ensureList, type ListRef } from './lists.ts';
import { contacts } from './schema.ts';
import { attachTags, ensureTags } from './tags.ts';

export const IMPORT_BATCH_SIZE = 500;
/** The report lists this many row errors at most; `errorCount` has them all. */
export const MAX_REPORTED_ERRORS = 1000;
const DEFAULT_OPT_IN_SOURCE = 'import';

export interface ImportOptions {
  /** CSV header → target (phone, name, email, language, marketingOptIn, tags, field:KEY, ignore). */
  mapping: Record<string, unknown>;
  /** Tags put on every imported contact. */
  tags?: string[];
  /** List (id or name) every imported contact joins; a name that does not exist yet is created. */
  list?: string;
  defaultCountry?: CountryCode;
  marketingOptIn?: boolean;
  marketingOptInSource?: string;
  /** Existing contacts (same phone) take the row's non-empty values; otherwise they are skipped. */
  updateExisting: boolean;
}

export interface RowError {
  line: number;
  reason: string;
  field?: string;
  column?: string;
}

export interface ImportReport {
  /** Data rows read (blank rows aside). */
  rows: number;
  created: number;
  updated: number;
  /** Rows not imported: errors, and existing contacts when updateExisting is false. */
  skipped: number;
  errors: RowError[];
  errorCount: number;
}

type ImportDeps = Pick<Deps, 'database' | 'clock'>;

interface PendingRow {
  line: number;
  row: ImportRow;
}

/**
 * Imports a CSV stream in batches of rows, one transaction per batch, so that
 * files of any size go through in constant memory (apart from the set of
 * phones already seen, which catches duplicates within the file).
 */
export async function importContacts(deps: ImportDeps, principal: Principal, options: ImportOptions, source: AsyncIterable<Buffer | string>): Promise<ImportReport> {
  const accountId = principal.accountId;
  let globalTags: string[];
  let definitions: FieldDefinition[];
  try {
    globalTags = (options.tags ?? []).map((input) => {
      const name = normalizeTagName(input);
      if (name === null) throw new ContactsError('invalid_field_value', 'A tag name has 1 to 64 characters', { field: 'tags' });
      return name;
    });
    definitions = await loadFieldDefinitions(deps.database.db, accountId);
  } catch (err) {
    await drain(source);
    throw err;
  }
  const csv = await openCsvStream(source);
  let plan: ImportPlan;
  let list: ListRef | null = null;
  try {
    const compiled = compileMapping(csv.headers, options.mapping, definitions);
    if (!compiled.ok) throw new ContactsError('invalid_mapping', compiled.problems.map((p) => p.reason).join('; '), compiled.problems);
    plan = compiled.plan;
    if (options.list?.trim()) list = await deps.database.transaction((tx) => ensureList(tx, accountId, options.list!));
  } catch (err) {
    await csv.discard();
    throw err;
  }
  const defaults: ImportDefaults = { defaultCountry: options.defaultCountry, tags: globalTags, marketingOptIn: options.marketingOptIn };
  const report: ImportReport = { rows: 0, created: 0, updated: 0, skipped: 0, errors: [], errorCount: 0 };
  const fail = (error: RowError) => {
    report.skipped += 1;
    report.errorCount += 1;
    if (report.errors.length < MAX_REPORTED_ERRORS) report.errors.push(error);
  };
  const seen = new Map<string, number>();
  let batch: PendingRow[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    const counts = await deps.database.transaction((tx) => storeBatch(tx, deps.clock.now(), accountId, rows, options, list));
    report.created += counts.created;
    report.updated += counts.updated;
    report.skipped += counts.skipped;
  };

  for await (const item of csv.items) {
    if (item.kind === 'error') {
      report.rows += 1;
      fail({ line: item.line, reason: item.reason });
      continue;
    }
    if (isBlankRecord(item.cells)) continue;
    report.rows += 1;
    const outcome = mapRow(plan, item.cells, defaults);
    if (!outcome.ok) {
      fail({ line: item.line, reason: outcome.reason, ...(outcome.field ? { field: outcome.field } : {}), ...(outcome.column ? { column: outcome.column } : {}) });
      continue;
    }
    const firstLine = seen.get(outcome.row.phone);
    if (firstLine !== undefined) {
      fail({ line: item.line, reason: `${outcome.row.phone} is already on line ${firstLine}`, field: 'phone' });
      continue;
    }
    seen.set(outcome.row.phone, item.line);
    batch.push({ line: item.line, row: outcome.row });
    if (batch.length >= IMPORT_BATCH_SIZE) await flush();
  }
  await flush();
  await deps.database.transaction((tx) =>
    recordEvent(tx, {
      accountId,
      type: 'contacts.imported',
      payload: { rows: report.rows, created: report.created, updated: report.updated, skipped: report.skipped, errorCount: report.errorCount, listId: list?.id ?? null },
    }),
  );
  return report;
}

function consentOf(row: ImportRow, options: ImportOptions, now: Date) {
  return nextMarketingConsent(NO_CONSENT, { optIn: row.marketingOptIn, source: options.marketingOptInSource?.trim() || DEFAULT_OPT_IN_SOURCE }, now);
}

function changedKeys(row: ImportRow): string[] {
  const keys: string[] = [];
  if (row.name !== undefined) keys.push('name');
  if (row.email !== undefined) keys.push('email');
  if (row.language !== undefined) keys.push('language');
  if (row.marketingOptIn !== undefined) keys.push('marketingOptIn');
  for (const key of Object.keys(row.fields)) keys.push(`fields.${key}`);
  return keys;
}

/**
 * One batch in one transaction: existing contacts found by phone in one query,
 * new ones inserted in one statement, existing ones updated in one statement,
 * then tags, list memberships and events in multi-row inserts.
 */
async function storeBatch(
  tx: Tx,
  now: Date,
  accountId: string,
  batch: PendingRow[],
  options: ImportOptions,
  list: ListRef | null,
): Promise<{ created: number; updated: number; skipped: number }> {
  const existing = await tx.db
    .select({ id: contacts.id, phone: contacts.phone, deletedAt: contacts.deletedAt })
    .from(contacts)
    .where(
      and(
        eq(contacts.accountId, accountId),
        inArray(
          contacts.phone,
          batch.map((p) => p.row.phone),
        ),
      ),
    )
    // Locking in phone order keeps two imports of overlapping files from deadlocking.
    .orderBy(contacts.phone)
    .for('update');
  const byPhone = new Map(existing.map((e) => [e.phone, e]));
  const fresh = batch.filter((p) => !byPhone.has(p.row.phone));
  const newRows = fresh.map(({ row }) => {
    const consent = consentOf(row, options, now);
    return {
      id: newId(),
      phone: row.phone,
      name: row.name ?? null,
      email: row.email ?? null,
      language: row.language ?? null,
      opt_in: consent.optIn,
      opt_in_at: consent.at?.toISOString() ?? null,
      opt_source: consent.source,
      fields: row.fields,
    };
  });
  // One JSON parameter for the whole batch: far cheaper to build and send than a VALUES list.
  const inserted =
    newRows.length === 0
      ? []
      : (
          await tx.sql.query<{ id: string; phone: string; name: string | null }>(
            `INSERT INTO contacts (id, account_id, phone, name, email, language, marketing_opt_in, marketing_opt_in_at, marketing_opt_in_source, fields, created_at, updated_at)
             SELECT v.id, $2::uuid, v.phone, v.name, v.email, v.language, v.opt_in, v.opt_in_at, v.opt_source, v.fields, $3::timestamptz, $3::timestamptz
               FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, phone text, name text, email text, language text, opt_in boolean, opt_in_at timestamptz, opt_source text, fields jsonb)
             ON CONFLICT DO NOTHING
             RETURNING id, phone, name`,
            [JSON.stringify(newRows), accountId, now.toISOString()],
          )
        ).rows;
  // A contact created meanwhile by someone else (a message, another import) is treated as existing.
  const insertedPhones = new Set(inserted.map((r) => r.phone));
  const raced = fresh.filter((p) => !insertedPhones.has(p.row.phone)).map((p) => p.row.phone);
  if (raced.length > 0) {
    const rows = await tx.db
      .select({ id: contacts.id, phone: contacts.phone, deletedAt: contacts.deletedAt })
      .from(contacts)
      .where(and(eq(contacts.accountId, accountId), inArray(contacts.phone, raced)))
      .for('update');
    for (const r of rows) byPhone.set(r.phone, r);
  }

  const revived: Array<{ id: string; row: ImportRow }> = [];
  const updated: Array<{ id: string; row: ImportRow }> = [];
  let skipped = 0;
  for (const { row } of batch) {
    if (insertedPhones.has(row.phone)) continue;
    const match = byPhone.get(row.phone);
    if (!match) continue;
    // A deleted contact is gone for the user: importing its number brings it back like a new one.
    if (match.deletedAt !== null) revived.push({ id: match.id, row });
    else if (options.updateExisting) updated.push({ id: match.id, row });
    else skipped += 1;
  }
  const toUpdate = [...revived, ...updated];
  if (toUpdate.length > 0) {
    const values = toUpdate.map(({ id, row }) => ({
      id,
      name: row.name ?? null,
      email: row.email ?? null,
      language: row.language ?? null,
      opt_in: row.marketingOptIn ?? null,
      opt_source: options.marketingOptInSource?.trim() || DEFAULT_OPT_IN_SOURCE,
      fields: row.fields,
    }));
    await tx.sql.query(
      `UPDATE contacts AS c SET
         name = coalesce(v.name, c.name),
         email = coalesce(v.email, c.email),
         language = coalesce(v.language, c.language),
         marketing_opt_in = coalesce(v.opt_in, c.marketing_opt_in),
         marketing_opt_in_at = CASE WHEN v.opt_in IS NULL THEN c.marketing_opt_in_at
                                    WHEN v.opt_in THEN CASE WHEN c.marketing_opt_in AND c.marketing_opt_in_at IS NOT NULL THEN c.marketing_opt_in_at ELSE $3::timestamptz END
                                    ELSE NULL END,
         marketing_opt_in_source = CASE WHEN v.opt_in IS NULL THEN c.marketing_opt_in_source
                                        WHEN v.opt_in THEN CASE WHEN c.marketing_opt_in THEN c.marketing_opt_in_source ELSE v.opt_source END
                                        ELSE NULL END,
         fields = c.fields || coalesce(v.fields, '{}'::jsonb),
         deleted_at = NULL,
         updated_at = $3::timestamptz
       FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, name text, email text, language text, opt_in boolean, opt_source text, fields jsonb)
       WHERE c.account_id = $2::uuid AND c.id = v.id`,
      [JSON.stringify(values), accountId, now.toISOString()],
    );
  }

  const events: EventInput[] = [
    ...inserted.map((r): EventInput => ({ accountId, type: 'contact.created', contactId: r.id, payload: { id: r.id, phone: r.phone, name: r.name, source: 'import' } })),
    ...revived.map(({ id, row }): EventInput => ({ accountId, type: 'contact.created', contactId: id, payload: { id, phone: row.phone, name: row.name ?? null, source: 'import', revived: true } })),
    ...updated.map(({ id, row }): EventInput => ({ accountId, type: 'contact.updated', contactId: id, payload: { id, changed: changedKeys(row), source: 'import' } })),
  ];
  await recordEvents(tx, events);

  const rowsByPhone = new Map(batch.map((p) => [p.row.phone, p.row]));
  const affected = [...inserted.map((r) => ({ id: r.id, row: rowsByPhone.get(r.phone)! })), ...toUpdate];
  const tagRefs = await ensureTags(
    tx,
    accountId,
    affected.flatMap((a) => a.row.tags),
  );
  if (tagRefs.length > 0) {
    const idOf = new Map(tagRefs.map((t) => [t.name.toLowerCase(), t.id]));
    await attachTags(
      tx,
      accountId,
      affected.flatMap((a) => a.row.tags.map((name) => ({ contactId: a.id, tagId: idOf.get(name.toLowerCase())! }))).filter((p) => p.tagId),
      new Map(tagRefs.map((t) => [t.id, t.name])),
    );
  }
  if (list) {
    await addMembers(
      tx,
      accountId,
      affected.map((a) => ({ contactId: a.id, listId: list.id })),
      new Map([[list.id, list.name]]),
      now,
    );
  }
  return { created: inserted.length + revived.length, updated: updated.length, skipped };
}
