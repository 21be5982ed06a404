import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { principalOf, requireRole } from '../../http/auth.ts';
import { commonErrors } from '../../http/schemas.ts';
import { HttpError } from '../../lib/errors.ts';
import { filterFromQuery, ZExportQuery, ZImportPreview, ZImportReport } from './api-schemas.ts';
import { exportContactsCsv } from './csv-export.ts';
import { importContacts } from './csv-import.ts';
import { previewImport } from './csv-preview.ts';
import { drain } from './csv-reader.ts';
import { ContactsError } from './errors.ts';
import { importOptionsFrom, mappingFrom } from './import-options.ts';

const IMPORT_FORM = `multipart/form-data: text fields first, then the part "file" (last).
Fields: mapping (JSON object CSV header → phone | name | email | language | marketingOptIn | tags | field:KEY | ignore),
tags (JSON array put on every contact), list (id or name; a new name creates the list), defaultCountry (ISO-2, for
numbers without international prefix), marketingOptIn (true/false for rows without their own value),
marketingOptInSource, updateExisting (default true).`;

/**
 * Reads the text fields of a multipart request up to the part "file" and
 * hands that part to `use`; fields after the file are not seen (the file must
 * come last), other files are read and dropped.
 */
async function withUploadedFile<T>(request: FastifyRequest, use: (fields: Record<string, string>, file: MultipartFile['file']) => Promise<T>): Promise<T> {
  if (!request.isMultipart()) throw new HttpError('unsupported_media_type', 'Send multipart/form-data with the CSV in the part "file", after the other fields');
  const fields: Record<string, string> = {};
  let result: { value: T } | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      if (typeof part.value === 'string') fields[part.fieldname] = part.value;
      continue;
    }
    if (result || part.fieldname !== 'file') {
      await drain(part.file);
      continue;
    }
    result = { value: await use(fields, part.file) };
  }
  if (!result) throw new ContactsError('invalid_csv', 'The request has no file part named "file"', { field: 'file' });
  return result.value;
}

async function orDrain<T>(file: MultipartFile['file'], make: () => T): Promise<T> {
  try {
    return make();
  } catch (err) {
    await drain(file);
    throw err;
  }
}

export const csvRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/contacts/import',
    {
      schema: {
        tags: ['contacts'],
        summary: 'Import contacts from a CSV file (streamed; dedupe by phone; row-level error report)',
        description: IMPORT_FORM,
        consumes: ['multipart/form-data'],
        response: { 200: ZImportReport, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireRole(request, 'admin', 'operator');
      return withUploadedFile(request, async (fields, file) => {
        const options = await orDrain(file, () => importOptionsFrom(fields));
        return importContacts(deps, principal, options, file);
      });
    },
  );

  app.post(
    '/contacts/import/preview',
    {
      schema: {
        tags: ['contacts'],
        summary: 'Columns, delimiter, first rows and a suggested mapping of a CSV file, before importing it',
        description: `${IMPORT_FORM}\nHere mapping is optional; when sent, mappingProblems tells what an import would refuse.`,
        consumes: ['multipart/form-data'],
        response: { 200: ZImportPreview, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireRole(request, 'admin', 'operator');
      return withUploadedFile(request, async (fields, file) => {
        const mapping = await orDrain(file, () => mappingFrom(fields, false));
        return previewImport(deps, principal, mapping, file);
      });
    },
  );

  app.get(
    '/contacts/export.csv',
    {
      schema: {
        tags: ['contacts'],
        summary: 'Export the contacts matching the list filters as CSV (streamed)',
        querystring: ZExportQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const { delimiter, bom, ...query } = request.query;
      const stream = await exportContactsCsv(deps, principalOf(request), filterFromQuery(query), { delimiter: delimiter === 'tab' ? '\t' : delimiter, bom });
      const day = deps.clock.now().toISOString().slice(0, 10);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="contacts-${day}.csv"`)
        .send(stream);
    },
  );
};
