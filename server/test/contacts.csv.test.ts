import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAccount, startTestSportello, type TestSportello } from './harness.ts';

let sportello: TestSportello;
beforeAll(async () => {
  sportello = await startTestSportello();
});
afterAll(async () => {
  await sportello?.close();
});

type Account = Awaited<ReturnType<typeof createTestAccount>>;

function form(fields: Record<string, unknown>, file?: string | Uint8Array, fileField = 'file'): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, typeof value === 'string' ? value : JSON.stringify(value));
  if (file !== undefined) data.append(fileField, new Blob([file], { type: 'text/csv' }), 'contacts.csv');
  return data;
}

async function importCsv(account: Account, fields: Record<string, unknown>, file: string | Uint8Array) {
  return account.api.post('/api/v1/contacts/import', form(fields, file));
}

async function eventCount(accountId: string, type: string): Promise<number> {
  const { rows } = await sportello.deps.database.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM events WHERE account_id = $1 AND type = $2', [accountId, type]);
  return rows[0]!.n;
}

describe('CSV import', () => {
  it('imports a semicolon file with BOM, CRLF, quoted newlines; reports bad rows by line and imports the good ones', async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    const { api, accountId } = account;
    await api.post('/api/v1/fields', { key: 'CITTA', label: 'Città', type: 'text' });
    await api.post('/api/v1/fields', { key: 'PUNTI', label: 'Punti', type: 'number' });
    const csv = [
      '\uFEFFTelefono;Nome;Cognome;E-mail;Città;Punti;Etichette;Consenso;Note',
      '333 111 0001;Mario;Rossi;mario@example.it;Roma;10;vip, roma;sì;"riga con ; e ""virgolette"""',
      '+39 333 111 0002;Anna;;;"Mila\r\nno";12,5;;no;x',
      '12;Bad;Phone;;;;;;',
      ';Senza;Telefono;;;;;;',
      '3331110003;Luca;Verdi;not-an-email;;;;;',
      '3331110004;Sara;Neri;;;tanti;;;',
      '',
      '0039 333 111 0001;Mario;Doppio;;;;;;',
      '+34 612 345 678;Carmen;;;Madrid;;nuevo|vip;1;',
      ';;;;;;;;',
    ].join('\r\n');
    const res = await importCsv(
      account,
      {
        mapping: { Telefono: 'phone', Nome: 'name', Cognome: 'name', 'E-mail': 'email', Città: 'field:CITTA', Punti: 'field:PUNTI', Etichette: 'tags', Consenso: 'marketingOptIn', Note: 'ignore' },
        tags: ['import-2024'],
        list: 'Fiera Milano',
        defaultCountry: 'IT',
        marketingOptInSource: 'fiera',
      },
      csv,
    );
    expect(res.status).toBe(200);
    // Line 9 is empty and line 12 has only delimiters: neither is a row. Anna's row spans lines 3-4.
    expect(res.body).toMatchObject({ rows: 8, created: 3, updated: 0, skipped: 5, errorCount: 5 });
    expect(res.body.errors).toEqual([
      { line: 5, reason: expect.stringContaining('12'), field: 'phone', column: 'Telefono' },
      { line: 6, reason: 'The phone number is missing', field: 'phone', column: 'Telefono' },
      { line: 7, reason: expect.stringContaining('not-an-email'), field: 'email', column: 'E-mail' },
      { line: 8, reason: expect.stringContaining('PUNTI'), field: 'fields.PUNTI', column: 'Punti' },
      { line: 10, reason: expect.stringContaining('already on line 2'), field: 'phone' },
    ]);
    const mario = (await api.get('/api/v1/contacts?phone=%2B393331110001')).body.data[0];
    expect(mario).toMatchObject({
      name: 'Mario Rossi',
      email: 'mario@example.it',
      fields: { CITTA: 'Roma', PUNTI: 10 },
      tags: ['import-2024', 'roma', 'vip'],
      lists: [{ name: 'Fiera Milano', id: expect.any(String) }],
      marketingOptIn: true,
      marketingOptInSource: 'fiera',
    });
    const anna = (await api.get('/api/v1/contacts?phone=%2B393331110002')).body.data[0];
    expect(anna).toMatchObject({ name: 'Anna', email: null, fields: { CITTA: 'Mila\nno', PUNTI: 12.5 }, marketingOptIn: false, tags: ['import-2024'] });
    const carmen = (await api.get('/api/v1/contacts?phone=%2B34612345678')).body.data[0];
    expect(carmen).toMatchObject({ name: 'Carmen', tags: ['import-2024', 'nuevo', 'vip'], marketingOptIn: true });
    expect(await eventCount(accountId, 'contact.created')).toBe(3);
    expect(await eventCount(accountId, 'contact.added_to_list')).toBe(3);
    expect(await eventCount(accountId, 'contacts.imported')).toBe(1);
    expect((await api.get('/api/v1/lists')).body.data).toEqual([expect.objectContaining({ name: 'Fiera Milano', memberCount: 3 })]);
  });

  it('updates existing contacts with non-empty cells (or skips them), revives deleted ones, and dedupes within the file', async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    const { api } = account;
    await api.post('/api/v1/fields', { key: 'CITY', label: 'City', type: 'text' });
    const existing = (await api.post('/api/v1/contacts', { phone: '+393332220001', name: 'Keep me', email: 'keep@example.it', fields: { CITY: 'Roma' }, tags: ['old'], marketingOptIn: true, marketingOptInSource: 'shop' })).body;
    const deleted = (await api.post('/api/v1/contacts', { phone: '+393332220002', name: 'Gone' })).body;
    await api.delete(`/api/v1/contacts/${deleted.id}`);
    const csv = 'phone,name,email,city,optin\n+393332220001,,new@example.it,,true\n+393332220002,Back,,,\n+393332220003,New,,Napoli,\n';
    const mapping = { phone: 'phone', name: 'name', email: 'email', city: 'field:CITY', optin: 'marketingOptIn' };
    const res = await importCsv(account, { mapping, tags: '["from-csv"]' }, csv);
    expect(res.body).toMatchObject({ rows: 3, created: 2, updated: 1, skipped: 0, errors: [] });
    const updated = (await api.get(`/api/v1/contacts/${existing.id}`)).body;
    expect(updated).toMatchObject({ name: 'Keep me', email: 'new@example.it', fields: { CITY: 'Roma' }, tags: ['from-csv', 'old'], marketingOptIn: true, marketingOptInSource: 'shop', marketingOptInAt: existing.marketingOptInAt });
    const back = (await api.get(`/api/v1/contacts/${deleted.id}`)).body;
    expect(back).toMatchObject({ name: 'Back', tags: ['from-csv'] });

    const skipping = await importCsv(account, { mapping, updateExisting: 'false' }, 'phone,name,email,city,optin\n+393332220001,Changed,,,\n+393332220004,Fresh,,,\n+393332220004,Dup,,,\n');
    expect(skipping.body).toMatchObject({ rows: 3, created: 1, updated: 0, skipped: 2 });
    expect(skipping.body.errors).toEqual([{ line: 4, reason: expect.stringContaining('already on line 3'), field: 'phone' }]);
    expect((await api.get(`/api/v1/contacts/${existing.id}`)).body.name).toBe('Keep me');
  });

  it('detects tab delimiters and Latin-1 files', async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    const tab = await importCsv(account, { mapping: { Mobile: 'phone', Name: 'name' } }, 'Name\tMobile\n"Rossi, Mario"\t+393333330001\n');
    expect(tab.body).toMatchObject({ created: 1, errors: [] });
    expect((await account.api.get('/api/v1/contacts?phone=%2B393333330001')).body.data[0].name).toBe('Rossi, Mario');
    const latin1 = Buffer.from('telefono;nome\n+393333330002;Niccolò Attanasio\n', 'latin1');
    const res = await importCsv(account, { mapping: { telefono: 'phone', nome: 'name' } }, new Uint8Array(latin1));
    expect(res.body).toMatchObject({ created: 1, errors: [] });
    expect((await account.api.get('/api/v1/contacts?phone=%2B393333330002')).body.data[0].name).toBe('Niccolò Attanasio');
  });

  it('refuses a bad mapping with 422 before importing anything', async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    const csv = 'phone,name\n+393334440001,A\n';
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ mapping: { phone: 'phone', missing: 'name' } }, 'no column "missing"'],
      [{ mapping: { name: 'name' } }, 'must map to phone'],
      [{ mapping: { phone: 'phone', name: 'field:NOPE' } }, 'NOPE'],
      [{ mapping: { phone: 'phone', name: 'nickname' } }, 'not a target'],
      [{ mapping: { phone: 'phone', name: 'phone' } }, 'both map to phone'],
    ];
    for (const [fields, reason] of cases) {
      const res = await importCsv(account, fields, csv);
      expect(res.status, JSON.stringify(fields)).toBe(422);
      expect(res.body.error.code).toBe('invalid_mapping');
      expect(res.body.error.message).toContain(reason);
    }
    const noMapping = await importCsv(account, {}, csv);
    expect(noMapping.status).toBe(422);
    expect(noMapping.body.error.code).toBe('invalid_mapping');
    const notJson = await importCsv(account, { mapping: '{phone' }, csv);
    expect(notJson.status).toBe(422);
    expect(notJson.body.error.code).toBe('invalid_mapping');
    const mappingAfterFile = new FormData();
    mappingAfterFile.append('file', new Blob([csv]), 'c.csv');
    mappingAfterFile.append('mapping', JSON.stringify({ phone: 'phone' }));
    expect((await account.api.post('/api/v1/contacts/import', mappingAfterFile)).body.error.code).toBe('invalid_mapping');
    const badCountry = await importCsv(account, { mapping: { phone: 'phone' }, defaultCountry: 'Italia' }, csv);
    expect(badCountry.status).toBe(422);
    expect(badCountry.body.error.details[0].field).toBe('defaultCountry');
    const badList = await importCsv(account, { mapping: { phone: 'phone' }, list: '01890000-0000-7000-8000-000000000000' }, csv);
    expect(badList.status).toBe(422);
    expect(badList.body.error.code).toBe('unknown_list');
    const badTags = await importCsv(account, { mapping: { phone: 'phone' }, tags: '[1,2]' }, csv);
    expect(badTags.status).toBe(422);
    expect((await account.api.get('/api/v1/contacts')).body.data).toHaveLength(0);
    expect((await account.api.get('/api/v1/lists')).body.data).toHaveLength(0);
  });

  it('refuses what is not a CSV with 400 invalid_csv, and non-multipart requests with 415', async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    const mapping = { phone: 'phone' };
    const empty = await importCsv(account, { mapping }, '');
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('invalid_csv');
    const blank = await importCsv(account, { mapping }, '\uFEFF\r\n\r\n');
    expect(blank.status).toBe(400);
    const binary = await importCsv(account, { mapping }, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    expect(binary.status).toBe(400);
    expect(binary.body.error.code).toBe('invalid_csv');
    const noFile = await account.api.post('/api/v1/contacts/import', form({ mapping }));
    expect(noFile.status).toBe(400);
    expect(noFile.body.error.code).toBe('invalid_csv');
    const wrongPart = await account.api.post('/api/v1/contacts/import', form({ mapping }, 'phone\n+393335550001\n', 'upload'));
    expect(wrongPart.status).toBe(400);
    const json = await account.api.post('/api/v1/contacts/import', { mapping });
    expect(json.status).toBe(415);
    const headerOnly = await importCsv(account, { mapping }, 'phone\n');
    expect(headerOnly.body).toMatchObject({ rows: 0, created: 0, errors: [] });
    const unclosed = await importCsv(account, { mapping: { phone: 'phone', name: 'name' } }, 'phone,name\n+393335550001,Ok\n+393335550002,"never closed\n+393335550003,Lost\n');
    expect(unclosed.status).toBe(200);
    expect(unclosed.body.created).toBe(1);
    expect(unclosed.body.errors).toEqual([{ line: 3, reason: expect.stringContaining('never closed') }]);
  });

  it('streams a large file in batches', async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    const lines = ['numero,nome,etichette'];
    for (let i = 0; i < 10_000; i += 1) lines.push(`+39335${String(i).padStart(7, '0')},Cliente ${i},${i % 2 ? 'pari' : 'dispari'}`);
    lines.push('not a phone,Broken,');
    const res = await importCsv(account, { mapping: { numero: 'phone', nome: 'name', etichette: 'tags' } }, lines.join('\n'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 10_001, created: 10_000, updated: 0, skipped: 1 });
    expect(res.body.errors).toEqual([{ line: 10_002, reason: expect.any(String), field: 'phone', column: 'numero' }]);
    const tags = (await account.api.get('/api/v1/tags')).body.data;
    expect(tags.map((t: any) => [t.name, t.contactCount])).toEqual([
      ['dispari', 5_000],
      ['pari', 5_000],
    ]);
    const again = await importCsv(account, { mapping: { numero: 'phone', nome: 'name' } }, lines.join('\n'));
    expect(again.body).toMatchObject({ created: 0, updated: 10_000, skipped: 1 });
  }, 180_000);

  it('is for admins and operators', async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    const email = `chat-${Date.now()}@example.test`;
    await account.api.post('/api/v1/users', { email, name: 'Chat', password: 'chat-operator', role: 'chat_operator' });
    const login = await fetch(`${sportello.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'chat-operator' }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const res = await fetch(`${sportello.url}/api/v1/contacts/import`, { method: 'POST', headers: { cookie }, body: form({ mapping: { phone: 'phone' } }, 'phone\n+393336660001\n') });
    expect(res.status).toBe(403);
  });
});

describe('CSV import preview', () => {
  it('shows headers, delimiter, first rows and a mapping suggested from it/en/es header names', async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    await account.api.post('/api/v1/fields', { label: 'Data di nascita', type: 'date' });
    const rows = ['Teléfono;Nombre;Correo;Data di nascita;Etiquetas;Otro'];
    for (let i = 0; i < 8; i += 1) rows.push(`+3461234567${i};Nombre ${i};n${i}@correo.es;1990-01-0${i + 1};a;x`);
    const res = await account.api.post('/api/v1/contacts/import/preview', form({}, rows.join('\n')));
    expect(res.status).toBe(200);
    expect(res.body.delimiter).toBe(';');
    expect(res.body.headers).toEqual(['Teléfono', 'Nombre', 'Correo', 'Data di nascita', 'Etiquetas', 'Otro']);
    expect(res.body.sample).toHaveLength(5);
    expect(res.body.sample[0]).toEqual({ Teléfono: '+34612345670', Nombre: 'Nombre 0', Correo: 'n0@correo.es', 'Data di nascita': '1990-01-01', Etiquetas: 'a', Otro: 'x' });
    expect(res.body.suggestedMapping).toEqual({
      Teléfono: 'phone',
      Nombre: 'name',
      Correo: 'email',
      'Data di nascita': 'field:DATA_DI_NASCITA',
      Etiquetas: 'tags',
      Otro: 'ignore',
    });
    expect(res.body.mappingProblems).toBeUndefined();
    const withMapping = await account.api.post('/api/v1/contacts/import/preview', form({ mapping: { Tel: 'phone' } }, rows.join('\n')));
    expect(withMapping.body.mappingProblems.map((p: any) => p.reason)).toEqual(['The file has no column "Tel"', 'One column must map to phone']);
    const bad = await account.api.post('/api/v1/contacts/import/preview', form({}, new Uint8Array([0, 1, 2, 3])));
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_csv');
  });
});

describe('CSV export', () => {
  it('streams the filtered contacts with tags, lists and one column per field', async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    const { api } = account;
    await api.post('/api/v1/fields', { key: 'CITY', label: 'City', type: 'text' });
    await api.post('/api/v1/fields', { key: 'AGE', label: 'Age', type: 'number' });
    await api.post('/api/v1/lists', { name: 'Clienti' });
    await api.post('/api/v1/contacts', { phone: '+393337770001', name: '=HYPERLINK("x")', email: 'a@example.it', tags: ['b', 'a'], lists: ['Clienti'], fields: { CITY: 'Roma, centro', AGE: 40 }, marketingOptIn: true });
    await api.post('/api/v1/contacts', { phone: '+393337770002', name: 'Secondo', language: 'en' });
    const blocked = (await api.post('/api/v1/contacts', { phone: '+393337770003', name: 'Bloccato' })).body;
    await api.post(`/api/v1/contacts/${blocked.id}/block`);

    const res = await fetch(`${sportello.url}/api/v1/contacts/export.csv?blocked=false`, { headers: { authorization: `Bearer ${account.apiKey}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="contacts-\d{4}-\d{2}-\d{2}\.csv"$/);
    const records = parse(await res.text(), { columns: true }) as Array<Record<string, string>>;
    expect(records).toHaveLength(2);
    expect(Object.keys(records[0]!)).toEqual(['phone', 'name', 'email', 'language', 'marketingOptIn', 'marketingOptInAt', 'blocked', 'tags', 'lists', 'AGE', 'CITY', 'createdAt']);
    expect(records[0]).toMatchObject({ phone: '+393337770002', name: 'Secondo', language: 'en', marketingOptIn: 'false', tags: '', AGE: '' });
    expect(records[1]).toMatchObject({
      phone: '+393337770001',
      name: `'=HYPERLINK("x")`,
      tags: 'a|b',
      lists: 'Clienti',
      CITY: 'Roma, centro',
      AGE: '40',
      marketingOptIn: 'true',
      blocked: 'false',
    });
    expect(records[1]!.marketingOptInAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const semicolon = await fetch(`${sportello.url}/api/v1/contacts/export.csv?delimiter=%3B&bom=true&tag=a`, { headers: { authorization: `Bearer ${account.apiKey}` } });
    const bytes = Buffer.from(await semicolon.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('phone;name;')).toBe(true);
    expect(text.trim().split('\n')).toHaveLength(2);

    const bad = await fetch(`${sportello.url}/api/v1/contacts/export.csv?field.NOPE=1`, { headers: { authorization: `Bearer ${account.apiKey}` } });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as any).error.code).toBe('unknown_field');
    const badPhone = await fetch(`${sportello.url}/api/v1/contacts/export.csv?phone=zz`, { headers: { authorization: `Bearer ${account.apiKey}` } });
    expect(badPhone.status).toBe(422);
  });

  it('pages through more contacts than one page holds', async () => {
    const account = await createTestAccount(sportello, { sandbox: false });
    const lines = ['phone'];
    for (let i = 0; i < 2_500; i += 1) lines.push(`+39336${String(i).padStart(7, '0')}`);
    await importCsv(account, { mapping: { phone: 'phone' } }, lines.join('\n'));
    const res = await fetch(`${sportello.url}/api/v1/contacts/export.csv`, { headers: { authorization: `Bearer ${account.apiKey}` } });
    const records = parse(await res.text(), { columns: true }) as Array<Record<string, string>>;
    expect(records).toHaveLength(2_500);
    expect(new Set(records.map((r) => r.phone)).size).toBe(2_500);
    expect(records[0]!.phone).toBe('+393360002499');
  }, 60_000);
});
