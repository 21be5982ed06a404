import type { CountryCode } from 'libphonenumber-js';
import { normalizePhone } from '../../lib/phone.ts';
import { isEmail, MAX_NAME_LENGTH, normalizeLanguage, normalizeTagName, uniqueNames } from './contact-input.ts';
import { deriveFieldKey, parseBoolean, parseFieldValue, type FieldDefinition, type FieldType, type FieldValue } from './field-values.ts';

/**
 * How the columns of an import file become contacts: a mapping from header to
 * target is checked against the header row and the account's fields once,
 * then every row goes through `mapRow`. No I/O here.
 */

export type ImportTarget =
  | { kind: 'phone' }
  | { kind: 'name' }
  | { kind: 'email' }
  | { kind: 'language' }
  | { kind: 'marketingOptIn' }
  | { kind: 'tags' }
  | { kind: 'field'; key: string }
  | { kind: 'ignore' };

export interface ColumnPlan {
  index: number;
  header: string;
  target: Exclude<ImportTarget, { kind: 'ignore' }>;
  /** For field targets: the type values are checked against. */
  fieldType?: FieldType;
}

export interface ImportPlan {
  columns: ColumnPlan[];
}

export interface MappingProblem {
  column?: string;
  target?: string;
  reason: string;
}

/** Targets a mapping may name, as written in requests. */
const SIMPLE_TARGETS = ['phone', 'name', 'email', 'language', 'marketingOptIn', 'tags', 'ignore'] as const;
/** Targets that only one column may fill; `name` may come from several columns (first and last name), joined by a space. */
const SINGLE_TARGETS = new Set(['phone', 'email', 'language', 'marketingOptIn']);

export function parseTarget(text: string): ImportTarget | null {
  const value = text.trim();
  if (value.startsWith('field:')) {
    const key = value.slice('field:'.length).trim();
    return key ? { kind: 'field', key } : null;
  }
  const simple = SIMPLE_TARGETS.find((t) => t.toLowerCase() === value.toLowerCase());
  return simple ? ({ kind: simple } as ImportTarget) : null;
}

function targetName(target: ImportTarget): string {
  return target.kind === 'field' ? `field:${target.key}` : target.kind;
}

/** Finds the header a mapping key names: exactly (trimmed), else the only one equal without case. */
function headerIndex(headers: readonly string[], name: string): number | 'missing' | 'ambiguous' {
  const wanted = name.trim();
  const exact = headers.flatMap((h, i) => (h.trim() === wanted ? [i] : []));
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) return 'ambiguous';
  const loose = headers.flatMap((h, i) => (h.trim().toLowerCase() === wanted.toLowerCase() ? [i] : []));
  if (loose.length === 1) return loose[0]!;
  return loose.length > 1 ? 'ambiguous' : 'missing';
}

/** Checks a mapping against the header row and the account's fields; every problem is reported at once. */
export function compileMapping(
  headers: readonly string[],
  mapping: Record<string, unknown>,
  fields: readonly FieldDefinition[],
): { ok: true; plan: ImportPlan } | { ok: false; problems: MappingProblem[] } {
  const problems: MappingProblem[] = [];
  const columns: ColumnPlan[] = [];
  const definitions = new Map(fields.map((f) => [f.key, f]));
  const used = new Map<string, string>();
  for (const [column, rawTarget] of Object.entries(mapping)) {
    const target = typeof rawTarget === 'string' ? parseTarget(rawTarget) : null;
    if (!target) {
      problems.push({ column, target: String(rawTarget), reason: `"${String(rawTarget)}" is not a target (phone, name, email, language, marketingOptIn, tags, field:KEY, ignore)` });
      continue;
    }
    const index = headerIndex(headers, column);
    if (index === 'missing') {
      problems.push({ column, reason: `The file has no column "${column}"` });
      continue;
    }
    if (index === 'ambiguous') {
      problems.push({ column, reason: `The file has more than one column "${column}"` });
      continue;
    }
    if (target.kind === 'ignore') continue;
    const name = targetName(target);
    let fieldType: FieldType | undefined;
    if (target.kind === 'field') {
      const definition = definitions.get(target.key);
      if (!definition) {
        problems.push({ column, target: name, reason: `No dynamic field has the key ${target.key}` });
        continue;
      }
      fieldType = definition.type;
    }
    if ((SINGLE_TARGETS.has(target.kind) || target.kind === 'field') && used.has(name)) {
      problems.push({ column, target: name, reason: `Columns "${used.get(name)}" and "${column}" both map to ${name}` });
      continue;
    }
    used.set(name, column);
    columns.push({ index, header: headers[index]!, target, ...(fieldType ? { fieldType } : {}) });
  }
  if (!columns.some((c) => c.target.kind === 'phone') && !problems.some((p) => p.target === 'phone')) {
    problems.push({ target: 'phone', reason: 'One column must map to phone' });
  }
  if (problems.length > 0) return { ok: false, problems };
  columns.sort((a, b) => a.index - b.index);
  return { ok: true, plan: { columns } };
}

export interface ImportDefaults {
  /** Country of numbers written without international prefix. */
  defaultCountry?: CountryCode;
  /** Tags put on every imported contact. */
  tags?: readonly string[];
  /** Marketing acceptance of rows whose own cell is empty (or that have no such column). */
  marketingOptIn?: boolean;
}

/** A row ready to store: only what the row says; empty cells are absent, never "clear". */
export interface ImportRow {
  phone: string;
  name?: string;
  email?: string;
  language?: string;
  marketingOptIn?: boolean;
  fields: Record<string, FieldValue>;
  tags: string[];
}

export type RowOutcome = { ok: true; row: ImportRow } | { ok: false; reason: string; field?: string; column?: string };

/** Tag cells hold several names separated by commas, semicolons or pipes. */
export function splitTags(cell: string): string[] {
  return cell
    .split(/[,;|]/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

export function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim().length === 0);
}

function rowError(column: ColumnPlan, field: string, reason: string): RowOutcome {
  return { ok: false, reason, field, column: column.header };
}

export function mapRow(plan: ImportPlan, cells: readonly string[], defaults: ImportDefaults = {}): RowOutcome {
  let phone: string | undefined;
  const names: string[] = [];
  const row: Omit<ImportRow, 'phone'> = { fields: {}, tags: [] };
  const tags: string[] = [...(defaults.tags ?? [])];
  for (const column of plan.columns) {
    const cell = (cells[column.index] ?? '').trim();
    const target = column.target;
    if (cell.length === 0) {
      if (target.kind === 'phone') return rowError(column, 'phone', 'The phone number is missing');
      continue;
    }
    switch (target.kind) {
      case 'phone': {
        const result = normalizePhone(cell, defaults.defaultCountry);
        if (!result.ok) return rowError(column, 'phone', result.reason);
        phone = result.e164;
        break;
      }
      case 'name':
        names.push(cell.replace(/\s+/g, ' '));
        break;
      case 'email':
        if (!isEmail(cell)) return rowError(column, 'email', `"${cell}" is not an e-mail address`);
        row.email = cell;
        break;
      case 'language': {
        const language = normalizeLanguage(cell);
        if (!language) return rowError(column, 'language', `"${cell}" is not a language code such as it, en or es`);
        row.language = language;
        break;
      }
      case 'marketingOptIn': {
        const parsed = parseBoolean(cell);
        if (!parsed.ok) return rowError(column, 'marketingOptIn', `"${cell}" ${parsed.reason}`);
        row.marketingOptIn = parsed.value;
        break;
      }
      case 'tags':
        for (const tag of splitTags(cell)) {
          if (normalizeTagName(tag) === null) return rowError(column, 'tags', `Tag "${tag.slice(0, 80)}" is longer than 64 characters`);
          tags.push(normalizeTagName(tag)!);
        }
        break;
      case 'field': {
        const parsed = parseFieldValue(column.fieldType ?? 'text', cell);
        if (!parsed.ok) return rowError(column, `fields.${target.key}`, `${target.key} ${parsed.reason}: "${cell.slice(0, 80)}"`);
        row.fields[target.key] = parsed.value;
        break;
      }
    }
  }
  if (!phone) return { ok: false, reason: 'The phone number is missing', field: 'phone' };
  if (names.length > 0) {
    const name = names.join(' ');
    if (name.length > MAX_NAME_LENGTH) return { ok: false, reason: `The name is longer than ${MAX_NAME_LENGTH} characters`, field: 'name' };
    row.name = name;
  }
  if (row.marketingOptIn === undefined && defaults.marketingOptIn !== undefined) row.marketingOptIn = defaults.marketingOptIn;
  row.tags = uniqueNames(tags);
  return { ok: true, row: { phone, ...row } };
}

/** Header words, in Italian, English and Spanish, and the target they usually mean. */
const HEADER_WORDS: Array<[ImportTarget['kind'], string[]]> = [
  [
    'phone',
    ['telefono', 'phone', 'phonenumber', 'telephone', 'tel', 'cellulare', 'cell', 'cellphone', 'mobile', 'mobilephone', 'movil', 'celular', 'numero', 'numerotelefono', 'numerodetelefono', 'whatsapp', 'numerowhatsapp', 'msisdn'],
  ],
  ['name', ['nome', 'name', 'nombre', 'fullname', 'nomecompleto', 'nombrecompleto', 'nominativo', 'firstname', 'cognome', 'lastname', 'surname', 'apellido', 'apellidos', 'contactname']],
  ['email', ['email', 'mail', 'emailaddress', 'indirizzoemail', 'correo', 'correoelectronico', 'postaelettronica']],
  ['language', ['lingua', 'language', 'idioma', 'lang', 'locale']],
  ['tags', ['tag', 'tags', 'etichetta', 'etichette', 'etiqueta', 'etiquetas', 'label', 'labels']],
  ['marketingOptIn', ['marketing', 'marketingoptin', 'optin', 'consensomarketing', 'consenso', 'consentimiento', 'aceptamarketing']],
];

function headerWord(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** A mapping guessed from header names, every header present (unrecognised ones → "ignore"). */
export function suggestMapping(headers: readonly string[], fields: readonly FieldDefinition[]): Record<string, string> {
  const suggestion: Record<string, string> = {};
  const taken = new Set<string>();
  for (const header of headers) {
    if (header.trim().length === 0 || header in suggestion) continue;
    const word = headerWord(header);
    const field = fields.find((f) => f.key === deriveFieldKey(header) || headerWord(f.label) === word);
    let target = field ? `field:${field.key}` : (HEADER_WORDS.find(([, words]) => words.includes(word))?.[0] ?? 'ignore');
    if ((SINGLE_TARGETS.has(target) || target.startsWith('field:')) && taken.has(target)) target = 'ignore';
    taken.add(target);
    suggestion[header] = target;
  }
  return suggestion;
}
