import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, isUtf8, LineEndings, looksBinary, openCsvStream, previewCsv, type CsvItem } from './csv-reader.ts';
import { ContactsError } from './errors.ts';

function source(text: string | Buffer, chunkSize = 7): Readable {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  return Readable.from(chunks);
}

async function readAll(text: string | Buffer, chunkSize?: number): Promise<{ headers: string[]; delimiter: string; items: CsvItem[] }> {
  const csv = await openCsvStream(source(text, chunkSize));
  const items: CsvItem[] = [];
  for await (const item of csv.items) items.push(item);
  return { headers: csv.headers, delimiter: csv.delimiter, items };
}

async function lineEndings(chunks: string[]): Promise<string> {
  const out: Buffer[] = [];
  for await (const chunk of Readable.from(chunks.map((c) => Buffer.from(c))).pipe(new LineEndings())) out.push(chunk as Buffer);
  return Buffer.concat(out).toString();
}

describe('CSV reader', () => {
  it('detects the delimiter from the header line, ignoring quoted ones', () => {
    expect(detectDelimiter('phone,name,email')).toBe(',');
    expect(detectDelimiter('telefono;nome;"a,b,c"')).toBe(';');
    expect(detectDelimiter('phone\tname')).toBe('\t');
    expect(detectDelimiter('phone')).toBe(',');
  });

  it('tells text from binary and UTF-8 from other encodings', () => {
    expect(looksBinary(Buffer.from('a,b\r\nc\td\n'))).toBe(false);
    expect(looksBinary(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]))).toBe(true);
    expect(isUtf8(Buffer.from('Città'))).toBe(true);
    expect(isUtf8(Buffer.from('Città di Roma', 'latin1'))).toBe(false);
    // A multi-byte character cut at the end of the sample is still UTF-8.
    expect(isUtf8(Buffer.from('Città').subarray(0, 4))).toBe(true);
  });

  it('turns CRLF and CR into LF, also across chunk boundaries', async () => {
    expect(await lineEndings(['a\r\nb\rc\n'])).toBe('a\nb\nc\n');
    expect(await lineEndings(['a\r', '\nb\r', 'c\r', '\r\n'])).toBe('a\nb\nc\n\n');
    expect(await lineEndings(['no breaks'])).toBe('no breaks');
  });

  it('yields records with the line each starts on', async () => {
    const text = '\uFEFFphone;name\r\n+391;"multi\r\nline"\r\n\r\n+392;plain\r\n+393;"a ""quoted"" ; value"\r\n';
    const { headers, delimiter, items } = await readAll(text);
    expect(headers).toEqual(['phone', 'name']);
    expect(delimiter).toBe(';');
    expect(items).toEqual([
      { kind: 'record', line: 2, cells: ['+391', 'multi\nline'] },
      { kind: 'record', line: 5, cells: ['+392', 'plain'] },
      { kind: 'record', line: 6, cells: ['+393', 'a "quoted" ; value'] },
    ]);
  });

  it('reports a row it cannot read with its line, and keeps going before it', async () => {
    const { items } = await readAll('phone,name\n+391,ok\n+392,"never closed\n+393,lost\n');
    expect(items).toEqual([
      { kind: 'record', line: 2, cells: ['+391', 'ok'] },
      { kind: 'error', line: 3, reason: 'A quoted value is never closed' },
    ]);
  });

  it('reads a file without a final line break and rows of uneven length', async () => {
    const { items } = await readAll('a,b,c\n1\n2,3,4,5', 3);
    expect(items).toEqual([
      { kind: 'record', line: 2, cells: ['1'] },
      { kind: 'record', line: 3, cells: ['2', '3', '4', '5'] },
    ]);
  });

  it('reads Latin-1 files', async () => {
    const { headers, items } = await readAll(Buffer.from('città;nome\nRoma;Niccolò\n', 'latin1'));
    expect(headers).toEqual(['città', 'nome']);
    expect(items[0]).toEqual({ kind: 'record', line: 2, cells: ['Roma', 'Niccolò'] });
  });

  it('refuses empty and binary files with invalid_csv', async () => {
    for (const bad of [Buffer.alloc(0), Buffer.from('\uFEFF\n\n'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])]) {
      const error = await openCsvStream(source(bad)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ContactsError);
      expect((error as ContactsError).code).toBe('invalid_csv');
    }
  });

  it('previews the header and the first rows only', async () => {
    const rows = ['phone;name'];
    for (let i = 0; i < 50; i += 1) rows.push(`+39${i};N${i}`);
    const preview = await previewCsv(source(rows.join('\r\n'), 64), 5);
    expect(preview.delimiter).toBe(';');
    expect(preview.headers).toEqual(['phone', 'name']);
    expect(preview.records).toEqual([
      ['+390', 'N0'],
      ['+391', 'N1'],
      ['+392', 'N2'],
      ['+393', 'N3'],
      ['+394', 'N4'],
    ]);
  });
});
