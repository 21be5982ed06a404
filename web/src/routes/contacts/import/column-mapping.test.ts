import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../data';
import { importForm, initialMapping, mappedTargets, mappingProblems, mapSampleRow } from './column-mapping';

const city: FieldDefinition = { id: '1', key: 'CITY', label: 'City', type: 'text', createdAt: '2026-01-01T00:00:00.000Z' };

describe('the column mapping of an import', () => {
  it("starts from the server's suggestion, ignores unknown columns and fields that are gone", () => {
    const mapping = initialMapping(['Telefono', 'Nome', 'Città', 'Note', 'Old', ''], { Telefono: 'phone', Nome: 'name', Città: 'field:CITY', Old: 'field:GONE' }, [city]);
    expect(mapping).toEqual({ Telefono: 'phone', Nome: 'name', Città: 'field:CITY', Note: 'ignore', Old: 'ignore' });
  });

  it('needs a phone column and one column per single attribute or field', () => {
    expect(mappingProblems({ A: 'name', B: 'ignore' })).toEqual([{ kind: 'phoneMissing' }]);
    expect(mappingProblems({ A: 'phone', B: 'name', C: 'name', D: 'tags', E: 'tags' })).toEqual([]);
    expect(mappingProblems({ A: 'phone', B: 'email', C: 'email', D: 'field:CITY', E: 'field:CITY' })).toEqual([
      { kind: 'duplicate', column: 'C', other: 'B', target: 'email' },
      { kind: 'duplicate', column: 'E', other: 'D', target: 'field:CITY' },
    ]);
  });

  it('shows a sample row as the contact it becomes', () => {
    const mapping = { Phone: 'phone', First: 'name', Last: 'name', T1: 'tags', T2: 'tags', City: 'field:CITY', Notes: 'ignore' };
    const row = { Phone: '+39 333 1', First: 'Anna', Last: ' Rossi ', T1: 'vip', T2: 'milano', City: '', Notes: 'x' };
    expect(mapSampleRow(row, mapping)).toEqual({ phone: '+39 333 1', name: 'Anna Rossi', tags: 'vip, milano' });
    expect(mappedTargets(mapping, [city])).toEqual(['phone', 'name', 'tags', 'field:CITY']);
  });

  it('sends the text fields before the file, as the server reads them', () => {
    const file = new File(['phone\n+393331234567\n'], 'people.csv', { type: 'text/csv' });
    const form = importForm(file, { phone: 'phone' }, { tags: ['fair'], list: ' Leads ', defaultCountry: 'it', updateExisting: false });
    expect([...form.keys()]).toEqual(['mapping', 'tags', 'list', 'defaultCountry', 'updateExisting', 'file']);
    expect(form.get('mapping')).toBe('{"phone":"phone"}');
    expect(form.get('tags')).toBe('["fair"]');
    expect(form.get('list')).toBe('Leads');
    expect(form.get('defaultCountry')).toBe('IT');
    expect(form.get('updateExisting')).toBe('false');
    expect((form.get('file') as File).name).toBe('people.csv');
    expect([...importForm(file, null).keys()]).toEqual(['file']);
  });
});
