import { describe, expect, it } from 'vitest';
import { compileMapping, isBlankRecord, mapRow, parseTarget, splitTags, suggestMapping, type ImportPlan } from './csv-mapping.ts';
import type { FieldDefinition } from './field-values.ts';

const FIELDS: FieldDefinition[] = [
  { key: 'CITTA', label: 'Città', type: 'text' },
  { key: 'PUNTI', label: 'Punti', type: 'number' },
  { key: 'DATA_DI_NASCITA', label: 'Data di nascita', type: 'date' },
  { key: 'VIP', label: 'Cliente VIP', type: 'boolean' },
];

function plan(headers: string[], mapping: Record<string, string>): ImportPlan {
  const compiled = compileMapping(headers, mapping, FIELDS);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  return compiled.plan;
}

describe('CSV mapping: targets', () => {
  it('reads the targets a mapping may name', () => {
    expect(parseTarget('phone')).toEqual({ kind: 'phone' });
    expect(parseTarget(' Name ')).toEqual({ kind: 'name' });
    expect(parseTarget('marketingoptin')).toEqual({ kind: 'marketingOptIn' });
    expect(parseTarget('field:CITTA')).toEqual({ kind: 'field', key: 'CITTA' });
    expect(parseTarget('ignore')).toEqual({ kind: 'ignore' });
    expect(parseTarget('field:')).toBeNull();
    expect(parseTarget('nickname')).toBeNull();
  });
});

describe('CSV mapping: checking a mapping against the header', () => {
  const headers = ['Telefono', 'Nome', 'Cognome', 'Email', 'Città', 'Note'];

  it('accepts a valid mapping, in column order, leaving out ignored and unmapped columns', () => {
    const compiled = compileMapping(headers, { Email: 'email', Telefono: 'phone', Nome: 'name', Cognome: 'name', Città: 'field:CITTA', Note: 'ignore' }, FIELDS);
    expect(compiled.ok).toBe(true);
    if (!compiled.ok) return;
    expect(compiled.plan.columns.map((c) => [c.index, c.target.kind])).toEqual([
      [0, 'phone'],
      [1, 'name'],
      [2, 'name'],
      [3, 'email'],
      [4, 'field'],
    ]);
    expect(compiled.plan.columns[4]!.fieldType).toBe('text');
  });

  it('matches headers trimmed, and without case when that is unambiguous', () => {
    expect(compileMapping([' Phone '], { phone: 'phone' }, []).ok).toBe(true);
    expect(compileMapping(['Phone', 'PHONE'], { phone: 'phone' }, [])).toEqual({ ok: false, problems: [{ column: 'phone', reason: 'The file has more than one column "phone"' }, { target: 'phone', reason: 'One column must map to phone' }] });
  });

  it('reports every problem at once', () => {
    const compiled = compileMapping(headers, { Missing: 'name', Nome: 'field:NOPE', Cognome: 'surname', Email: 'phone', Note: 'phone' }, FIELDS);
    expect(compiled.ok).toBe(false);
    if (compiled.ok) return;
    expect(compiled.problems).toEqual([
      { column: 'Missing', reason: 'The file has no column "Missing"' },
      { column: 'Nome', target: 'field:NOPE', reason: 'No dynamic field has the key NOPE' },
      { column: 'Cognome', target: 'surname', reason: expect.stringContaining('not a target') },
      { column: 'Note', target: 'phone', reason: 'Columns "Email" and "Note" both map to phone' },
    ]);
  });

  it('needs a phone column', () => {
    expect(compileMapping(headers, { Nome: 'name' }, FIELDS)).toEqual({ ok: false, problems: [{ target: 'phone', reason: 'One column must map to phone' }] });
    expect(compileMapping(headers, {}, FIELDS).ok).toBe(false);
  });

  it('allows several tag columns but one column per field', () => {
    expect(compileMapping(['p', 'a', 'b'], { p: 'phone', a: 'tags', b: 'tags' }, FIELDS).ok).toBe(true);
    const twice = compileMapping(['p', 'a', 'b'], { p: 'phone', a: 'field:CITTA', b: 'field:CITTA' }, FIELDS);
    expect(twice.ok).toBe(false);
  });

  it('rejects targets that are not strings', () => {
    const compiled = compileMapping(['p'], { p: 42 as unknown as string }, []);
    expect(compiled.ok).toBe(false);
  });
});

describe('CSV mapping: rows', () => {
  const headers = ['Telefono', 'Nome', 'Cognome', 'Email', 'Lingua', 'Consenso', 'Etichette', 'Città', 'Punti', 'Nascita', 'VIP'];
  const thePlan = plan(headers, {
    Telefono: 'phone',
    Nome: 'name',
    Cognome: 'name',
    Email: 'email',
    Lingua: 'language',
    Consenso: 'marketingOptIn',
    Etichette: 'tags',
    Città: 'field:CITTA',
    Punti: 'field:PUNTI',
    Nascita: 'field:DATA_DI_NASCITA',
    VIP: 'field:VIP',
  });

  it('turns a full row into a typed contact', () => {
    const outcome = mapRow(thePlan, ['+39 333 123 4567', ' Mario ', 'Rossi', 'mario@example.it', 'IT', 'sì', 'vip; roma|VIP', 'Roma', '12,5', '1980-02-29', 'no'], {
      tags: ['fiera'],
    });
    expect(outcome).toEqual({
      ok: true,
      row: {
        phone: '+393331234567',
        name: 'Mario Rossi',
        email: 'mario@example.it',
        language: 'it',
        marketingOptIn: true,
        fields: { CITTA: 'Roma', PUNTI: 12.5, DATA_DI_NASCITA: '1980-02-29', VIP: false },
        tags: ['fiera', 'vip', 'roma'],
      },
    });
  });

  it('leaves empty cells out (they never clear a value) and reads short rows', () => {
    const outcome = mapRow(thePlan, ['+393331234567', '', 'Rossi']);
    expect(outcome).toEqual({ ok: true, row: { phone: '+393331234567', name: 'Rossi', fields: {}, tags: [] } });
  });

  it('reads national numbers with the default country', () => {
    expect(mapRow(thePlan, ['333 123 4567'], { defaultCountry: 'IT' })).toMatchObject({ ok: true, row: { phone: '+393331234567' } });
    expect(mapRow(thePlan, ['0039 333 123 4567'])).toMatchObject({ ok: true, row: { phone: '+393331234567' } });
    expect(mapRow(thePlan, ['612 34 56 78'], { defaultCountry: 'ES' })).toMatchObject({ ok: true, row: { phone: '+34612345678' } });
  });

  it('uses the default marketing acceptance only where the row says nothing', () => {
    expect(mapRow(thePlan, ['+393331234567'], { marketingOptIn: true })).toMatchObject({ row: { marketingOptIn: true } });
    const cells = ['+393331234567', '', '', '', '', 'false'];
    expect(mapRow(thePlan, cells, { marketingOptIn: true })).toMatchObject({ row: { marketingOptIn: false } });
  });

  it('explains what is wrong with a row, naming the field and the column', () => {
    const cases: Array<[string[], string, string]> = [
      [[''], 'phone', 'The phone number is missing'],
      [['12'], 'phone', '12'],
      [['abc'], 'phone', 'abc'],
      [['+393331234567', '', '', 'nope'], 'email', 'nope'],
      [['+393331234567', '', '', '', 'italiano!'], 'language', 'italiano!'],
      [['+393331234567', '', '', '', '', 'forse'], 'marketingOptIn', 'forse'],
      [['+393331234567', '', '', '', '', '', 'x'.repeat(65)], 'tags', 'longer than 64'],
      [['+393331234567', '', '', '', '', '', '', '', 'molti'], 'fields.PUNTI', 'PUNTI'],
      [['+393331234567', '', '', '', '', '', '', '', '', '29/02/1980'], 'fields.DATA_DI_NASCITA', 'YYYY-MM-DD'],
      [['+393331234567', '', '', '', '', '', '', '', '', '', 'boh'], 'fields.VIP', 'VIP'],
    ];
    for (const [cells, field, reason] of cases) {
      const outcome = mapRow(thePlan, cells);
      expect(outcome.ok, cells.join('|')).toBe(false);
      if (outcome.ok) continue;
      expect(outcome.field).toBe(field);
      expect(outcome.reason).toContain(reason);
    }
    expect(mapRow(thePlan, ['12'])).toMatchObject({ column: 'Telefono' });
  });

  it('refuses a name longer than a contact name may be', () => {
    expect(mapRow(thePlan, ['+393331234567', 'x'.repeat(150), 'y'.repeat(60)])).toMatchObject({ ok: false, field: 'name' });
  });

  it('knows blank records', () => {
    expect(isBlankRecord(['', ' ', '\t'])).toBe(true);
    expect(isBlankRecord(['', 'x'])).toBe(false);
    expect(isBlankRecord([])).toBe(true);
  });

  it('splits tag cells on commas, semicolons and pipes', () => {
    expect(splitTags('a, b;c | d,,')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitTags('  ')).toEqual([]);
  });
});

describe('CSV mapping: suggestions from header names', () => {
  it('recognises Italian, English and Spanish headers and the account fields', () => {
    expect(
      suggestMapping(['Telefono', 'Nome', 'Cognome', 'E-mail', 'Lingua', 'Etichette', 'Consenso marketing', 'Città', 'Data di nascita', 'Altro'], FIELDS),
    ).toEqual({
      Telefono: 'phone',
      Nome: 'name',
      Cognome: 'name',
      'E-mail': 'email',
      Lingua: 'language',
      Etichette: 'tags',
      'Consenso marketing': 'marketingOptIn',
      Città: 'field:CITTA',
      'Data di nascita': 'field:DATA_DI_NASCITA',
      Altro: 'ignore',
    });
    expect(suggestMapping(['Phone number', 'Full name', 'Email address', 'Labels'], [])).toEqual({
      'Phone number': 'phone',
      'Full name': 'name',
      'Email address': 'email',
      Labels: 'tags',
    });
    expect(suggestMapping(['Teléfono', 'Nombre', 'Apellidos', 'Correo electrónico', 'Idioma', 'Etiquetas', 'Móvil'], [])).toEqual({
      Teléfono: 'phone',
      Nombre: 'name',
      Apellidos: 'name',
      'Correo electrónico': 'email',
      Idioma: 'language',
      Etiquetas: 'tags',
      Móvil: 'ignore',
    });
  });

  it('suggests one phone column only and skips unnamed columns', () => {
    expect(suggestMapping(['Cellulare', 'Telefono', ''], [])).toEqual({ Cellulare: 'phone', Telefono: 'ignore' });
  });

  it('gives a suggestion that compiles when it has a phone', () => {
    const headers = ['Telefono', 'Nome', 'Punti'];
    const suggestion = suggestMapping(headers, FIELDS);
    expect(compileMapping(headers, suggestion, FIELDS).ok).toBe(true);
  });
});
