import type { OutboundContent } from '../channels/outbound-content.ts';
import { fieldValueText } from '../contacts/field-values.ts';
import { ticketPlaceholders, type TicketPlaceholderSource } from '../tickets/placeholders.ts';
import { buttonIdOf, rowIdOf, type StepMessage } from './definition.ts';

/**
 * `%%KEY%%` placeholders in what automations send. Keys are stored upper-case
 * and matched case-insensitively; a key with no value renders as the empty
 * string, because a customer must never read `%%FIELD%%`.
 */

/** Placeholder values by upper-case key. */
export type PlaceholderValues = Record<string, string>;

export interface PlaceholderInput {
  contact: { name: string | null; phone: string; email: string | null; language: string | null; fields: Record<string, unknown> };
  ticket?: TicketPlaceholderSource | null;
  runData?: Record<string, unknown>;
}

const PLACEHOLDER = /%%([A-Za-z0-9_]+)%%/g;

/**
 * Replaces every `%%KEY%%` in one pass: a value that itself contains `%%X%%`
 * (a contact who calls themselves "%%PHONE%%") is written as it is, never
 * expanded again. A lone or unbalanced `%%` is left alone.
 */
export function renderText(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (_match, key: string) => {
    const upper = key.toUpperCase();
    return Object.hasOwn(values, upper) ? (values[upper] ?? '') : '';
  });
}

/**
 * The key a data key is referenced by: accents dropped, upper case, anything
 * but A-Z, 0-9 and _ turned into _ ("order-id" → ORDER_ID), so that every key
 * of an integration's payload can be written as a placeholder.
 */
export function placeholderKey(key: string): string {
  return key
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9_]/g, '_');
}

/** Nested data deeper than this is written as JSON rather than flattened further. */
const MAX_FLATTEN_DEPTH = 8;

/**
 * Run data as placeholder values: keys upper-cased, nested objects flattened
 * with `_` (`{ order: { id: 5 } }` → ORDER_ID = "5"), arrays joined with ", ",
 * null written as the empty string. When two paths give the same key, the
 * later one wins.
 */
export function flattenData(data: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (prefix: string, value: unknown, depth: number) => {
    if (isPlainObject(value) && depth < MAX_FLATTEN_DEPTH) {
      for (const [key, inner] of Object.entries(value)) visit(prefix ? `${prefix}_${placeholderKey(key)}` : placeholderKey(key), inner, depth + 1);
      return;
    }
    out[prefix] = dataText(value);
  };
  for (const [key, value] of Object.entries(data)) visit(placeholderKey(key), value, 0);
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function dataText(value: unknown): string {
  if (Array.isArray(value)) return value.map(dataText).join(', ');
  if (value instanceof Date) return value.toISOString();
  return fieldValueText(value);
}

/**
 * Every value a message may use.
 *
 * Precedence, lowest to highest: run data < contact dynamic fields <
 * `%%TICKET_*%%` of the given ticket < built-ins (NAME, FIRST_NAME, LAST_NAME,
 * PHONE, EMAIL, LANGUAGE).
 * - Built-ins and ticket values describe who the message goes to and what it
 *   is about; an integration's payload must not be able to change them. With
 *   no ticket, run data may still carry TICKET_* keys (a run started by
 *   another automation or an API call that names its ticket).
 * - A contact field beats run data of the same key because it is the current
 *   value: `set_field` changes the contact during the run, while run data is
 *   what the trigger or a webhook said earlier. Field keys can never be a
 *   built-in or TICKET_* key (see `fieldKeyProblem`), so those two never meet.
 */
export function placeholderValues(input: PlaceholderInput): PlaceholderValues {
  const { contact } = input;
  const values: PlaceholderValues = { ...flattenData(input.runData ?? {}) };
  for (const [key, value] of Object.entries(contact.fields)) values[placeholderKey(key)] = fieldValueText(value);
  if (input.ticket) Object.assign(values, ticketPlaceholders(input.ticket));
  const words = (contact.name ?? '').trim().split(/\s+/).filter(Boolean);
  Object.assign(values, {
    NAME: contact.name?.trim() ?? '',
    FIRST_NAME: words[0] ?? '',
    LAST_NAME: words.slice(1).join(' '),
    PHONE: contact.phone,
    EMAIL: contact.email ?? '',
    LANGUAGE: contact.language ?? '',
  });
  return values;
}

/** WhatsApp's limits on what a customer sees; rendered text longer than these is cut, not refused. */
export const TEXT_LIMITS = {
  text: 4096,
  buttonsText: 1024,
  header: 60,
  footer: 60,
  buttonTitle: 20,
  listButtonText: 20,
  sectionTitle: 24,
  rowTitle: 24,
  rowDescription: 72,
  caption: 1024,
  filename: 240,
} as const;

/** Cuts to `max` UTF-16 units without splitting an emoji's surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const last = head.charCodeAt(head.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? head.slice(0, -1) : head;
}

/** Optional parts (header, footer, caption…) that render empty are left out instead of being sent blank. */
function optional(text: string | undefined, values: PlaceholderValues, max: number): string | undefined {
  if (text === undefined) return undefined;
  const rendered = cut(renderText(text, values), max);
  return rendered === '' ? undefined : rendered;
}

/**
 * The channel message for an automation message: every text the customer
 * sees is rendered and cut to WhatsApp's limits; buttons and rows get their
 * reply ids and lose their `next` exits. A required text that renders empty
 * stays empty: the send path validates the content and reports it.
 */
export function renderMessage(message: StepMessage, values: PlaceholderValues): OutboundContent {
  const render = (text: string, max: number) => cut(renderText(text, values), max);
  switch (message.type) {
    case 'text':
      return {
        type: 'text',
        text: render(message.text, TEXT_LIMITS.text),
        ...(message.previewUrl !== undefined ? { previewUrl: message.previewUrl } : {}),
      };
    case 'buttons': {
      const header = optional(message.header, values, TEXT_LIMITS.header);
      const footer = optional(message.footer, values, TEXT_LIMITS.footer);
      return {
        type: 'buttons',
        text: render(message.text, TEXT_LIMITS.buttonsText),
        ...(header !== undefined ? { header } : {}),
        ...(footer !== undefined ? { footer } : {}),
        buttons: message.buttons.map((b) => ({ id: buttonIdOf(b), title: render(b.title, TEXT_LIMITS.buttonTitle) })),
      };
    }
    case 'list': {
      const header = optional(message.header, values, TEXT_LIMITS.header);
      const footer = optional(message.footer, values, TEXT_LIMITS.footer);
      return {
        type: 'list',
        text: render(message.text, TEXT_LIMITS.text),
        ...(header !== undefined ? { header } : {}),
        ...(footer !== undefined ? { footer } : {}),
        buttonText: render(message.buttonText, TEXT_LIMITS.listButtonText),
        sections: message.sections.map((section) => {
          const title = optional(section.title, values, TEXT_LIMITS.sectionTitle);
          return {
            ...(title !== undefined ? { title } : {}),
            rows: section.rows.map((row) => {
              const description = optional(row.description, values, TEXT_LIMITS.rowDescription);
              return {
                id: rowIdOf(row),
                title: render(row.title, TEXT_LIMITS.rowTitle),
                ...(description !== undefined ? { description } : {}),
              };
            }),
          };
        }),
      };
    }
    case 'media': {
      const { caption, filename, ...rest } = message.media;
      const renderedCaption = optional(caption, values, TEXT_LIMITS.caption);
      const renderedFilename = optional(filename, values, TEXT_LIMITS.filename);
      return {
        type: 'media',
        media: {
          ...rest,
          ...(renderedCaption !== undefined ? { caption: renderedCaption } : {}),
          ...(renderedFilename !== undefined ? { filename: renderedFilename } : {}),
        },
      };
    }
  }
}

/**
 * Template components with every string rendered (parameter `text` is where
 * placeholders live; other strings such as `type` hold none and pass through).
 */
export function renderTemplateComponents(
  components: Array<Record<string, unknown>> | undefined,
  values: PlaceholderValues,
): Array<Record<string, unknown>> | undefined {
  if (components === undefined) return undefined;
  return components.map((component) => renderDeep(component, values) as Record<string, unknown>);
}

function renderDeep(value: unknown, values: PlaceholderValues): unknown {
  if (typeof value === 'string') return renderText(value, values);
  if (Array.isArray(value)) return value.map((item) => renderDeep(item, values));
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, renderDeep(inner, values)]));
  return value;
}

/** The run data a ticket brings (a ticket trigger, an Open-ticket step): `%%TICKET_*%%` even once the ticket is gone. */
export function ticketRunData(ticket: { id: string; reference: string; title: string; status: string; priority: string; category: string | null }): Record<string, string> {
  return {
    TICKET_REFERENCE: ticket.reference,
    TICKET_ID: ticket.id,
    TICKET_TITLE: ticket.title,
    TICKET_STATUS: ticket.status,
    TICKET_PRIORITY: ticket.priority,
    TICKET_CATEGORY: ticket.category ?? '',
  };
}
