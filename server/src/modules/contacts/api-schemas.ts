import { isSupportedCountry, type CountryCode } from 'libphonenumber-js';
import { z } from 'zod';
import { BULK_ACTIONS, MAX_BULK_IDS } from './bulk.ts';
import { MAX_EMAIL_LENGTH, MAX_LIST_NAME_LENGTH, MAX_NAME_LENGTH, MAX_TAG_LENGTH } from './contact-input.ts';
import type { ContactFilter } from './filters.ts';
import { fieldFiltersFromQuery } from './filters.ts';

/** The zod contracts of the contacts API: request validation, responses and the OpenAPI document. */

export const ZContact = z.object({
  id: z.uuid(),
  phone: z.string().describe('E.164, e.g. +393331234567'),
  name: z.string().nullable(),
  email: z.string().nullable(),
  language: z.string().nullable(),
  marketingOptIn: z.boolean(),
  marketingOptInAt: z.date().nullable(),
  marketingOptInSource: z.string().nullable(),
  blocked: z.boolean(),
  blockedAt: z.date().nullable(),
  fields: z.record(z.string(), z.unknown()).describe('Dynamic field values by key'),
  tags: z.array(z.string()),
  lists: z.array(z.object({ id: z.uuid(), name: z.string() })),
  operatorIds: z.array(z.uuid()),
  createdAt: z.date(),
  updatedAt: z.date(),
  lastInboundAt: z.date().nullable(),
  lastMessageAt: z.date().nullable(),
});

export const ZTag = z.object({ id: z.uuid(), name: z.string(), contactCount: z.number().int(), createdAt: z.date() });
export const ZList = z.object({ id: z.uuid(), name: z.string(), memberCount: z.number().int(), createdAt: z.date() });
export const ZFieldType = z.enum(['text', 'number', 'date', 'boolean']);
export const ZField = z.object({ id: z.uuid(), key: z.string(), label: z.string(), type: ZFieldType, createdAt: z.date() });
export const ZCounts = z.object({ matched: z.number().int(), changed: z.number().int() });

export const ZCountry = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166 two-letter country code')
  .transform((c) => c.toUpperCase())
  .refine((c) => isSupportedCountry(c), 'is not a country with phone numbers')
  .transform((c) => c as CountryCode)
  .describe('Country of numbers written without international prefix, e.g. IT');

const ZLanguageInput = z
  .string()
  .regex(/^\s*([a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*)?\s*$/, 'must be a language code such as it, en, es or en-GB')
  .describe('BCP 47 short tag: it, en, es, pt-BR…');

const ZTagName = z.string().trim().min(1).max(MAX_TAG_LENGTH);
const ZListRef = z.string().trim().min(1).max(MAX_LIST_NAME_LENGTH).describe('List id or name');

const contactFields = {
  name: z.string().max(MAX_NAME_LENGTH).nullable().optional(),
  email: z
    .union([z.email().max(MAX_EMAIL_LENGTH), z.literal('')])
    .nullable()
    .optional(),
  language: ZLanguageInput.nullable().optional(),
  fields: z.record(z.string(), z.unknown()).optional().describe('Dynamic field values by key; in PATCH, null removes a value'),
  tags: z.array(ZTagName).max(100).optional().describe('Tag names; missing tags are created. In PATCH, the new full set'),
  lists: z.array(ZListRef).max(100).optional().describe('List ids or names (must exist). In PATCH, the new full set'),
  marketingOptIn: z.boolean().optional(),
  marketingOptInSource: z.string().max(200).nullable().optional(),
  defaultCountry: ZCountry.optional(),
};

export const ZContactCreate = z.object({ phone: z.string().min(1).max(64), ...contactFields });
export const ZContactPatch = z.object({ phone: z.string().min(1).max(64).optional(), ...contactFields });

const ZBoolQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ZContactQuery = z.looseObject({
  phone: z.string().min(1).max(64).optional().describe('Exact number in any common format'),
  defaultCountry: ZCountry.optional(),
  q: z.string().max(200).optional().describe('Contained in name, phone or e-mail (no case)'),
  tag: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe('Tag name; repeat for contacts with all of them'),
  list: z.string().min(1).optional().describe('List id or name'),
  blocked: ZBoolQuery.optional(),
  marketingOptIn: ZBoolQuery.optional(),
  operatorId: z.uuid().optional(),
});

export const ZContactListQuery = ZContactQuery.extend({
  cursor: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZExportQuery = ZContactQuery.extend({
  delimiter: z.enum([',', ';', 'tab']).default(','),
  bom: ZBoolQuery.default(false).describe('Start with a UTF-8 BOM (for Excel)'),
});

function asArray(value: string | string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : [value];
}

/** The filter of a contact query string; `field.KEY=value` pairs filter on dynamic fields. */
export function filterFromQuery(query: z.infer<typeof ZContactQuery>): ContactFilter {
  return {
    phone: query.phone,
    defaultCountry: query.defaultCountry,
    q: query.q,
    tags: asArray(query.tag),
    list: query.list,
    fields: fieldFiltersFromQuery(query),
    blocked: query.blocked,
    marketingOptIn: query.marketingOptIn,
    operatorId: query.operatorId,
  };
}

export const ZBulkFilter = z.object({
  phone: z.string().min(1).max(64).optional(),
  defaultCountry: ZCountry.optional(),
  q: z.string().max(200).optional(),
  tag: z.union([z.string(), z.array(z.string())]).optional(),
  tags: z.array(z.string()).optional(),
  list: z.string().min(1).optional(),
  fields: z.record(z.string(), z.unknown()).optional(),
  blocked: z.boolean().optional(),
  marketingOptIn: z.boolean().optional(),
  operatorId: z.uuid().optional(),
});

export function filterFromBody(filter: z.infer<typeof ZBulkFilter>): ContactFilter {
  const tags = [...(asArray(filter.tag) ?? []), ...(filter.tags ?? [])];
  return {
    phone: filter.phone,
    defaultCountry: filter.defaultCountry,
    q: filter.q,
    tags: tags.length > 0 ? tags : undefined,
    list: filter.list,
    fields: filter.fields,
    blocked: filter.blocked,
    marketingOptIn: filter.marketingOptIn,
    operatorId: filter.operatorId,
  };
}

export const ZBulkRequest = z
  .object({
    action: z.enum(BULK_ACTIONS),
    contactIds: z.array(z.uuid()).max(MAX_BULK_IDS).optional(),
    filter: ZBulkFilter.optional().describe('The same filters as GET /contacts; {} is every contact'),
    tag: z.string().optional().describe('For tag / untag'),
    list: z.string().optional().describe('List id or name, for add_to_list / remove_from_list'),
  })
  .superRefine((body, ctx) => {
    if (!body.contactIds && !body.filter) ctx.addIssue({ code: 'custom', path: ['contactIds'], message: 'give contactIds or filter' });
    if ((body.action === 'tag' || body.action === 'untag') && !body.tag?.trim()) ctx.addIssue({ code: 'custom', path: ['tag'], message: 'is required for this action' });
    if ((body.action === 'add_to_list' || body.action === 'remove_from_list') && !body.list?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['list'], message: 'is required for this action' });
    }
  });

export const ZImportReport = z.object({
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  errors: z.array(z.object({ line: z.number().int(), reason: z.string(), field: z.string().optional(), column: z.string().optional() })),
  errorCount: z.number().int(),
});

export const ZImportPreview = z.object({
  headers: z.array(z.string()),
  delimiter: z.enum([',', ';', '\t']),
  sample: z.array(z.record(z.string(), z.string())),
  suggestedMapping: z.record(z.string(), z.string()),
  mappingProblems: z.array(z.object({ column: z.string().optional(), target: z.string().optional(), reason: z.string() })).optional(),
});

export const ZTagBody = z.object({ name: ZTagName });
export const ZListBody = z.object({ name: z.string().trim().min(1).max(MAX_LIST_NAME_LENGTH) });
export const ZContactIds = z.object({ contactIds: z.array(z.uuid()).min(1).max(MAX_BULK_IDS) });
