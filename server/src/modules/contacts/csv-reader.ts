import { pipeline, Readable, Transform, type TransformCallback } from 'node:stream';
import { parse, type CsvError, type Options as ParseOptions } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { ContactsError } from './errors.ts';

/**
 * Reads CSV files of any size as a stream: the delimiter (comma, semicolon or
 * tab) is taken from the header line, a BOM is dropped, CRLF and CR line ends
 * are read as LF, files that are not UTF-8 are read as Latin-1 (old Excel
 * exports), and every record carries the 1-based line it starts on.
 */

export type Delimiter = ',' | ';' | '\t';
export type CsvItem = { kind: 'record'; line: number; cells: string[] } | { kind: 'error'; line: number; reason: string };

const PREFIX_BYTES = 64 * 1024;
const PREVIEW_BYTES = 1024 * 1024;
/** A contact row is small; an unclosed quote must not make the parser hold the rest of a huge file. */
const MAX_RECORD_BYTES = 1024 * 1024;
const LF = 0x0a;
const CR = 0x0d;

/** The delimiter that occurs most often outside quotes in the header line; comma when none does. */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char] += 1;
  }
  const best = (Object.keys(counts) as Delimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), ',');
  return best;
}

/** Control bytes that never appear in text files (NUL, and the C0 range apart from tab, LF, FF, CR, ESC). */
export function looksBinary(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) return true;
  }
  return false;
}

export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Turns CRLF and lone CR into LF, also when a CRLF is split across chunks. */
export class LineEndings extends Transform {
  private afterCr = false;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    let start = 0;
    if (this.afterCr && chunk.length > 0 && chunk[0] === LF) start = 1;
    this.afterCr = false;
    if (chunk.indexOf(CR, start) === -1) {
      callback(null, start === 0 ? chunk : chunk.subarray(start));
      return;
    }
    const out = Buffer.allocUnsafe(chunk.length - start);
    let n = 0;
    for (let i = start; i < chunk.length; i += 1) {
      const byte = chunk[i]!;
      if (byte !== CR) {
        out[n++] = byte;
        continue;
      }
      out[n++] = LF;
      if (i + 1 < chunk.length) {
        if (chunk[i + 1] === LF) i += 1;
      } else {
        this.afterCr = true;
      }
    }
    callback(null, out.subarray(0, n));
  }
}

type ChunkIterator = AsyncIterator<Buffer | string>;

async function readPrefix(iterator: ChunkIterator, untilBytes: number, stopAtNewline: boolean): Promise<{ prefix: Buffer; ended: boolean }> {
  const parts: Buffer[] = [];
  let size = 0;
  for (;;) {
    const next = await iterator.next();
    if (next.done) return { prefix: Buffer.concat(parts), ended: true };
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    parts.push(chunk);
    size += chunk.length;
    if (size >= untilBytes || (stopAtNewline && (chunk.includes(LF) || chunk.includes(CR)))) return { prefix: Buffer.concat(parts), ended: false };
  }
}

/** Reads what is left of a stream and throws it away (so the request can finish). */
export async function drain(source: AsyncIterable<unknown> | ChunkIterator): Promise<void> {
  const iterator = Symbol.asyncIterator in source ? (source as AsyncIterable<unknown>)[Symbol.asyncIterator]() : (source as ChunkIterator);
  for (;;) {
    const next = await iterator.next();
    if (next.done) return;
  }
}

function firstLine(text: string): string {
  const end = text.search(/[\r\n]/);
  return (end === -1 ? text : text.slice(0, end)).replace(/^\uFEFF/, '');
}

function notCsv(reason: string): ContactsError {
  return new ContactsError('invalid_csv', reason);
}

interface Prepared {
  delimiter: Delimiter;
  encoding: 'utf8' | 'latin1';
}

function prepare(prefix: Buffer): Prepared {
  if (prefix.length === 0 || prefix.toString('utf8').replace(/^\uFEFF/, '').trim().length === 0) throw notCsv('The file is empty');
  if (looksBinary(prefix)) throw notCsv('The file is not a CSV text file');
  const encoding = isUtf8(prefix) ? 'utf8' : 'latin1';
  return { delimiter: detectDelimiter(firstLine(prefix.toString(encoding))), encoding };
}

function parseOptions(prepared: Prepared): ParseOptions {
  return {
    delimiter: prepared.delimiter,
    encoding: prepared.encoding,
    bom: true,
    record_delimiter: '\n',
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_BYTES,
  };
}

function newlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}

export interface CsvStream {
  delimiter: Delimiter;
  headers: string[];
  /** Data records and unreadable ones, in file order; the header is not among them. */
  items: AsyncIterable<CsvItem>;
  /** Reads the rest of the file without using it (when the import is refused after the header). */
  discard(): Promise<void>;
}

/** Opens a CSV stream: reads just enough to know the delimiter and header, then yields records as they come. */
export async function openCsvStream(source: AsyncIterable<Buffer | string>): Promise<CsvStream> {
  const iterator = source[Symbol.asyncIterator]();
  const { prefix, ended } = await readPrefix(iterator, PREFIX_BYTES, true);
  let prepared: Prepared;
  try {
    prepared = prepare(prefix);
  } catch (err) {
    if (!ended) await drain(iterator);
    throw err;
  }
  const skipped: CsvItem[] = [];
  const parser = parse({
    ...parseOptions(prepared),
    info: true,
    raw: true,
    on_skip: (err: CsvError | undefined, raw: string | undefined) => {
      const text = (raw ?? '').replace(/^\n+/, '').replace(/\n$/, '');
      const endLine = (err as unknown as { lines?: number } | undefined)?.lines ?? 0;
      skipped.push({ kind: 'error', line: Math.max(1, endLine - newlines(text)), reason: csvProblem(err) });
      return undefined;
    },
  });
  async function* chunks(): AsyncGenerator<Buffer | string> {
    yield prefix;
    if (ended) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  // pipeline (not pipe) so that a failing upload, e.g. one over the size limit, fails the reader too.
  const records = pipeline(Readable.from(chunks()), new LineEndings(), parser, () => undefined);
  const recordsIterator = records[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  const header = await recordsIterator.next();
  if (header.done) throw notCsv('The file has no header line');
  const headers = header.value.record.map((h) => h.trim());
  if (headers.every((h) => h.length === 0)) {
    for (;;) if ((await recordsIterator.next()).done) break;
    throw notCsv('The header line is empty');
  }

  async function* items(): AsyncGenerator<CsvItem> {
    for (;;) {
      const next = await recordsIterator.next();
      while (skipped.length > 0) yield skipped.shift()!;
      if (next.done) return;
      const { record, info } = next.value;
      const inner = record.reduce((n, cell) => n + newlines(cell), 0);
      yield { kind: 'record', line: info.lines - inner, cells: record };
    }
  }
  return {
    delimiter: prepared.delimiter,
    headers,
    items: items(),
    async discard() {
      for (;;) if ((await recordsIterator.next()).done) return;
    },
  };
}

function csvProblem(err: CsvError | undefined): string {
  switch (err?.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'A quoted value is never closed';
    case 'CSV_MAX_RECORD_SIZE':
      return 'The row is too long (over 1 MB); the rest of the file could not be read';
    default:
      return `The row cannot be read as CSV${err?.message ? `: ${err.message}` : ''}`;
  }
}

/** The header and first rows of a file, reading at most about 1 MB of it; the rest is drained. */
export async function previewCsv(source: AsyncIterable<Buffer | string>, rows: number): Promise<{ delimiter: Delimiter; headers: string[]; records: string[][] }> {
  const iterator = source[Symbol.asyncIterator]();
  const { prefix, ended } = await readPrefix(iterator, PREVIEW_BYTES, false);
  if (!ended) await drain(iterator);
  const prepared = prepare(prefix);
  let text = prefix.toString(prepared.encoding).replace(/\r\n?/g, '\n');
  // A prefix cut mid-row ends at the last complete line.
  if (!ended && text.includes('\n')) text = text.slice(0, text.lastIndexOf('\n') + 1);
  const { encoding: _encoding, ...options } = parseOptions(prepared);
  const records = parseSync(text, { ...options, to: rows + 1 }) as string[][];
  const [header, ...data] = records;
  if (!header || header.every((h) => h.trim().length === 0)) throw notCsv('The file has no header line');
  return { delimiter: prepared.delimiter, headers: header.map((h) => h.trim()), records: data.filter((r) => r.some((c) => c.trim().length > 0)) };
}
