import type { StoredEvent } from '../../events/types.ts';
import { ticketMailStrings, type TicketMailKind, type TicketMailStrings } from './ticket-mail-strings.ts';

/** One changed field of a ticket, values as the event carried them. */
export interface TicketFieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** What a ticket event says, read leniently: any field but the ticket id may be missing. */
export interface TicketNotice {
  kind: TicketMailKind;
  ticketId: string;
  reference: string | null;
  title: string | null;
  status: unknown;
  priority: unknown;
  category: unknown;
  ownerId: string | null;
  changes: TicketFieldChange[];
  note: string | null;
  actor: { type: string; id: string | null };
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface TicketMailContext {
  recipient: { name: string; language: string };
  /** Names of the account's users by id, to show owners and the actor by name. */
  userNames: ReadonlyMap<string, string>;
  /** A link to the ticket in the console, when the public URL is known. */
  ticketUrl: string | null;
}

const FIELD_ALIASES: Record<string, string> = { ownerId: 'owner', contactId: 'contact', categoryId: 'category', statusId: 'status', categoryName: 'category' };
const MAX_VALUE_LENGTH = 200;
const MAX_SUBJECT_TITLE_LENGTH = 120;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function readChanges(raw: unknown): TicketFieldChange[] {
  if (Array.isArray(raw)) {
    return raw.filter(isRecord).flatMap((c) => (typeof c.field === 'string' ? [{ field: FIELD_ALIASES[c.field] ?? c.field, from: c.from, to: c.to }] : []));
  }
  if (!isRecord(raw)) return [];
  return Object.entries(raw).map(([field, change]) =>
    isRecord(change) && ('from' in change || 'to' in change)
      ? { field: FIELD_ALIASES[field] ?? field, from: change.from, to: change.to }
      : { field: FIELD_ALIASES[field] ?? field, from: undefined, to: change },
  );
}

const KIND_BY_TYPE: Partial<Record<StoredEvent['type'], TicketMailKind>> = {
  'ticket.created': 'opened',
  'ticket.updated': 'updated',
  'ticket.status_changed': 'updated',
  'ticket.note_added': 'note_added',
  'ticket.deleted': 'deleted',
};

/** Reads a ticket event's payload; null when it is not about a ticket at all. */
export function readTicketNotice(event: Pick<StoredEvent, 'type' | 'payload'>): TicketNotice | null {
  const kind = KIND_BY_TYPE[event.type];
  const p = event.payload;
  const ticket = isRecord(p.ticket) ? p.ticket : {};
  const ticketId = stringOrNull(p.ticketId) ?? stringOrNull(ticket.id) ?? stringOrNull(p.id);
  if (!kind || !ticketId) return null;
  const pick = (key: string): unknown => p[key] ?? ticket[key];
  let changes = readChanges(p.changes);
  if (event.type === 'ticket.status_changed' && !changes.some((c) => c.field === 'status')) {
    changes = [{ field: 'status', from: p.from, to: p.to ?? pick('status') }, ...changes];
    if (p.fromMacroStatus !== p.toMacroStatus && (p.fromMacroStatus !== undefined || p.toMacroStatus !== undefined)) {
      changes.push({ field: 'macroStatus', from: p.fromMacroStatus, to: p.toMacroStatus });
    }
  }
  const note = isRecord(p.note) ? stringOrNull(p.note.text) ?? stringOrNull(p.note.body) : stringOrNull(p.note) ?? stringOrNull(p.text);
  const actor = isRecord(p.actor) ? { type: stringOrNull(p.actor.type) ?? 'system', id: stringOrNull(p.actor.id) } : { type: 'system', id: null };
  return {
    kind,
    ticketId,
    reference: stringOrNull(pick('reference')),
    title: stringOrNull(pick('title')),
    status: pick('status'),
    priority: pick('priority'),
    category: pick('category') ?? pick('categoryName'),
    ownerId: stringOrNull(pick('ownerId')),
    changes,
    note,
    actor,
  };
}

/** "In progress", "in_progress" and "IN PROGRESS" all name the default status in_progress. */
function defaultKey(value: string): string {
  return value.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

function truncate(value: string, max: number): string {
  const oneLine = value.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

function displayValue(field: string, value: unknown, strings: TicketMailStrings, userNames: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined || value === '') return strings.empty;
  if (isRecord(value)) {
    const named = value.name ?? value.title ?? value.label ?? value.reference;
    return named === undefined ? truncate(JSON.stringify(value), MAX_VALUE_LENGTH) : displayValue(field, named, strings, userNames);
  }
  if (typeof value !== 'string') return truncate(Array.isArray(value) ? value.map(String).join(', ') : String(value), MAX_VALUE_LENGTH);
  if (field === 'status') return strings.statuses[defaultKey(value)] ?? value;
  if (field === 'priority') return strings.priorities[defaultKey(value)] ?? value;
  if (field === 'macroStatus') return strings.macroStatuses[defaultKey(value)] ?? value;
  if (field === 'owner') return userNames.get(value) ?? value;
  return truncate(value, MAX_VALUE_LENGTH);
}

function actorPhrase(actor: TicketNotice['actor'], strings: TicketMailStrings, userNames: ReadonlyMap<string, string>): string {
  switch (actor.type) {
    case 'operator':
    case 'user': {
      const name = actor.id ? userNames.get(actor.id) : undefined;
      return name ? strings.byUser(name) : strings.bySystem;
    }
    case 'api':
    case 'api_key':
      return strings.byApi;
    case 'automation':
      return strings.byAutomation;
    default:
      return strings.bySystem;
  }
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * The e-mail one user gets about one ticket event, in their language: the
 * subject names the ticket and what happened, the body who did it and every
 * changed field with its old and new value.
 */
export function renderTicketMail(notice: TicketNotice, context: TicketMailContext): RenderedMail {
  const strings = ticketMailStrings(context.recipient.language);
  const show = (field: string, value: unknown) => displayValue(field, value, strings, context.userNames);
  const label = (field: string) => strings.fields[field] ?? field;

  const statusChange = notice.changes.find((c) => c.field === 'status');
  const what =
    notice.kind === 'opened'
      ? strings.opened
      : notice.kind === 'note_added'
        ? strings.noteAdded
        : notice.kind === 'deleted'
          ? strings.deleted
          : statusChange
            ? strings.statusChangedTo(show('status', statusChange.to))
            : strings.updated;
  const title = notice.title ? truncate(notice.title, MAX_SUBJECT_TITLE_LENGTH) : null;
  const name = [notice.reference, title].filter((part): part is string => part !== null).join(' · ') || notice.ticketId;
  const subject = `[Sportello] ${name} — ${what}`;

  const ticketLabel = [notice.reference, title ? `“${title}”` : null].filter((part): part is string => part !== null).join(' ') || notice.ticketId;
  const summary = strings.summary(notice.kind, ticketLabel, actorPhrase(notice.actor, strings, context.userNames));
  const changeLines = notice.changes.map((c) => ({ label: label(c.field), from: show(c.field, c.from), to: show(c.field, c.to) }));
  const details = [
    { label: label('reference'), value: notice.reference ?? strings.empty },
    { label: label('title'), value: title ?? strings.empty },
    { label: label('status'), value: show('status', notice.status) },
    { label: label('priority'), value: show('priority', notice.priority) },
    { label: label('category'), value: show('category', notice.category) },
    { label: label('owner'), value: show('owner', notice.ownerId) },
  ];
  const note = notice.note ? truncate(notice.note, 1000) : null;

  const text = [
    strings.greeting(context.recipient.name),
    '',
    summary,
    ...(changeLines.length > 0 ? ['', `${strings.changes}:`, ...changeLines.map((c) => `- ${c.label}: ${c.from} → ${c.to}`)] : []),
    ...(note ? ['', `${strings.note}:`, note] : []),
    '',
    `${strings.details}:`,
    ...details.map((d) => `- ${d.label}: ${d.value}`),
    ...(context.ticketUrl ? ['', `${strings.open}: ${context.ticketUrl}`] : []),
    '',
    '--',
    strings.footer,
    '',
  ].join('\n');

  const rows = (items: { label: string; value: string }[]) =>
    items.map((i) => `<tr><th align="left" style="padding:2px 12px 2px 0">${escapeHtml(i.label)}</th><td>${escapeHtml(i.value)}</td></tr>`).join('');
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif;font-size:14px;color:#222">',
    `<p>${escapeHtml(strings.greeting(context.recipient.name))}</p>`,
    `<p>${escapeHtml(summary)}</p>`,
    changeLines.length > 0
      ? `<h3>${escapeHtml(strings.changes)}</h3><table>${rows(changeLines.map((c) => ({ label: c.label, value: `${c.from} → ${c.to}` })))}</table>`
      : '',
    note ? `<h3>${escapeHtml(strings.note)}</h3><p>${escapeHtml(note)}</p>` : '',
    `<h3>${escapeHtml(strings.details)}</h3><table>${rows(details)}</table>`,
    context.ticketUrl ? `<p><a href="${escapeHtml(context.ticketUrl)}">${escapeHtml(strings.open)}</a></p>` : '',
    `<p style="color:#888;font-size:12px">${escapeHtml(strings.footer)}</p>`,
    '</body></html>',
  ].join('');

  return { subject, text, html };
}
