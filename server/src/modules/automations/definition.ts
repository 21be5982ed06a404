import { Duration } from 'luxon';
import { z } from 'zod';
import { ZMediaContent, ZTemplateContent, ZTextContent } from '../channels/outbound-content.ts';

/**
 * The automation definition: a trigger (start step), the id of the first
 * step, and the steps by id. Exits name other steps: `next` everywhere,
 * `then`/`else` on if/else, `next`/`noResponse` on customer response, and a
 * `next` on each button or list row. This one schema validates the API,
 * produces its OpenAPI document and types the engine.
 */

const MAX_DURATION_MS = 366 * 24 * 3600 * 1000;

/** An ISO-8601 duration ("PT2S", "P1DT2H"), at most a year. */
export const ZIsoDuration = z.string().refine((text) => {
  const d = Duration.fromISO(text);
  return d.isValid && d.toMillis() >= 0 && d.toMillis() <= MAX_DURATION_MS;
}, 'must be an ISO-8601 duration such as PT30S, PT10M or P1D, at most one year');

export function durationMs(text: string | undefined): number {
  if (!text) return 0;
  return Duration.fromISO(text).toMillis();
}

const ZStepId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'step ids use letters, digits, _ and -');
const ZExit = ZStepId;
const ZName = z.string().trim().min(1).max(256);
const ZHHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM');

// ---- triggers --------------------------------------------------------------------

export const ZTrigger = z.discriminatedUnion('type', [
  z.object({ type: z.literal('message_phrase'), phrase: z.string().trim().min(1).max(1024) }),
  z
    .object({ type: z.literal('button_reply'), buttonId: z.string().min(1).max(256).optional(), title: z.string().trim().min(1).max(256).optional() })
    .refine((t) => t.buttonId !== undefined || t.title !== undefined, 'give the button id, its title, or both'),
  z.object({ type: z.literal('integration') }),
  z.object({ type: z.literal('list_added'), list: ZName }),
  z.object({
    type: z.literal('date_condition'),
    /** Key of a contact dynamic field of type date. */
    field: z.string().min(1).max(64),
    /** Days after (positive) or before (negative) the field's date. */
    offsetDays: z.number().int().min(-366).max(366).default(0),
    /** Local time of day in the account's time zone. */
    time: ZHHMM.default('09:00'),
    /** Compare month and day only (birthdays, anniversaries). */
    yearly: z.boolean().default(false),
  }),
  z.object({ type: z.literal('outside_working_hours') }),
  z.object({ type: z.literal('holiday') }),
  z.object({ type: z.literal('ticket_created') }),
  z.object({
    type: z.literal('ticket_status_changed'),
    from: z.array(ZName).max(50).optional(),
    to: z.array(ZName).max(50).optional(),
  }),
  z.object({ type: z.literal('api') }),
  z.object({ type: z.literal('automation') }),
]);
export type Trigger = z.infer<typeof ZTrigger>;
export type TriggerType = Trigger['type'];

// ---- messages sent by steps ------------------------------------------------------

const ZBranchButton = z.object({
  /** The reply id WhatsApp echoes back; derived from the title when absent. */
  id: z.string().min(1).max(256).optional(),
  title: z.string().min(1).max(20),
  next: ZExit.optional(),
});

const ZBranchRow = z.object({
  id: z.string().min(1).max(200).optional(),
  title: z.string().min(1).max(24),
  description: z.string().max(72).optional(),
  next: ZExit.optional(),
});

export const ZStepButtons = z.object({
  type: z.literal('buttons'),
  text: z.string().min(1).max(1024),
  header: z.string().min(1).max(60).optional(),
  footer: z.string().min(1).max(60).optional(),
  buttons: z.array(ZBranchButton).min(1).max(3, 'WhatsApp allows at most 3 reply buttons'),
});

export const ZStepList = z.object({
  type: z.literal('list'),
  text: z.string().min(1).max(4096),
  header: z.string().min(1).max(60).optional(),
  footer: z.string().min(1).max(60).optional(),
  buttonText: z.string().min(1).max(20),
  sections: z
    .array(z.object({ title: z.string().max(24).optional(), rows: z.array(ZBranchRow).min(1).max(10) }))
    .min(1)
    .max(10)
    .refine((s) => s.reduce((n, x) => n + x.rows.length, 0) <= 10, 'WhatsApp allows at most 10 rows across all sections'),
});

export const ZStepMessage = z.discriminatedUnion('type', [ZTextContent, ZStepButtons, ZStepList, ZMediaContent]);
export type StepMessage = z.infer<typeof ZStepMessage>;

// ---- if/else conditions ----------------------------------------------------------

export const ZConditionRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tag'), op: z.enum(['has', 'not_has']), tag: ZName }),
  z.object({ kind: z.literal('list'), op: z.enum(['in', 'not_in']), list: ZName }),
  z.object({
    kind: z.literal('field'),
    /** A dynamic field key, or a built-in: NAME, FIRST_NAME, PHONE, EMAIL, LANGUAGE, or run data. */
    field: z.string().min(1).max(64),
    op: z.enum(['eq', 'neq', 'contains', 'not_contains', 'gt', 'gte', 'lt', 'lte', 'is_set', 'is_not_set']),
    value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  }),
  z.object({
    kind: z.literal('ticket'),
    attribute: z.enum(['status', 'macroStatus', 'priority', 'category', 'ownerId']),
    op: z.enum(['eq', 'neq', 'is_set', 'is_not_set']),
    value: z.string().max(256).optional(),
  }),
  z.object({
    kind: z.literal('message'),
    /** The customer's latest message: the reply a wait received, else the one that started the run. */
    op: z.enum(['contains', 'not_contains', 'equals', 'starts_with']),
    value: z.string().min(1).max(1024),
  }),
  z.object({
    kind: z.literal('time'),
    op: z.enum(['within_working_hours', 'outside_working_hours', 'holiday', 'between']),
    from: ZHHMM.optional(),
    to: ZHHMM.optional(),
    /** ISO weekdays 1 (Monday) … 7 (Sunday); any day when absent. */
    days: z.array(z.number().int().min(1).max(7)).max(7).optional(),
  }),
]);
export type ConditionRule = z.infer<typeof ZConditionRule>;

export interface ConditionGroup {
  match: 'all' | 'any';
  rules: Array<ConditionRule | ConditionGroup>;
}

export const ZConditionGroup: z.ZodType<ConditionGroup> = z.lazy(() =>
  z.object({ match: z.enum(['all', 'any']).default('all'), rules: z.array(z.union([ZConditionRule, ZConditionGroup])).min(1).max(50) }),
);

// ---- steps ----------------------------------------------------------------------

const stepBase = {
  /** Waits this long after the previous step before acting (the "when"). */
  delay: ZIsoDuration.optional(),
  /** A label for people; the builder shows it on the node. */
  label: z.string().max(256).optional(),
  /** Where the builder draws the node. */
  position: z.object({ x: z.number(), y: z.number() }).optional(),
};
const next = { next: ZExit.optional() };

const ZTicketPriority = z.enum(['low', 'medium', 'high', 'urgent']);
const ZTextTemplate = z.string().min(1).max(4096);

export const ZStep = z.discriminatedUnion('type', [
  z.object({ type: z.literal('send_template'), ...stepBase, ...next, template: ZTemplateContent.shape.template }),
  z.object({
    type: z.literal('send_message'),
    ...stepBase,
    ...next,
    message: ZStepMessage,
    /** With branching buttons or rows: how long to wait for the choice before `noResponse`. */
    timeout: ZIsoDuration.optional(),
    noResponse: ZExit.optional(),
  }),
  z.object({ type: z.literal('add_tag'), ...stepBase, ...next, tag: ZName }),
  z.object({ type: z.literal('remove_tag'), ...stepBase, ...next, tag: ZName }),
  z.object({ type: z.literal('add_to_list'), ...stepBase, ...next, list: ZName }),
  z.object({ type: z.literal('remove_from_list'), ...stepBase, ...next, list: ZName }),
  z.object({ type: z.literal('assign_operator'), ...stepBase, ...next, userId: z.uuid() }),
  z.object({ type: z.literal('unassign_operator'), ...stepBase, ...next, userId: z.uuid().optional() }),
  z.object({
    type: z.literal('open_ticket'),
    ...stepBase,
    ...next,
    title: ZTextTemplate.max(512),
    description: ZTextTemplate.optional(),
    priority: ZTicketPriority.optional(),
    status: ZName.optional(),
    category: ZName.optional(),
    ownerId: z.uuid().optional(),
  }),
  z.object({
    type: z.literal('update_ticket'),
    ...stepBase,
    ...next,
    reference: z.string().trim().min(1).max(256).default('%%TICKET_REFERENCE%%'),
    status: ZName.optional(),
    priority: ZTicketPriority.optional(),
    category: ZName.optional(),
    ownerId: z.uuid().optional(),
  }),
  z.object({
    type: z.literal('close_ticket'),
    ...stepBase,
    ...next,
    reference: z.string().trim().min(1).max(256).default('%%TICKET_REFERENCE%%'),
    /** The terminated status to set. */
    status: ZName.default('Closed'),
  }),
  z
    .object({
      type: z.literal('set_field'),
      ...stepBase,
      ...next,
      field: z.string().min(1).max(64),
      /** A fixed value (placeholders allowed in text)… */
      value: z.union([z.string().max(4096), z.number(), z.boolean()]).optional(),
      /** …or the next message the customer sends. */
      from: z.literal('next_message').optional(),
      /** With `from: next_message`: how long to wait; no answer in time goes to `noResponse`. */
      timeout: ZIsoDuration.optional(),
      noResponse: ZExit.optional(),
    })
    .refine((s) => (s.value === undefined) !== (s.from === undefined), 'give either a value or from: "next_message"'),
  z.object({
    type: z.literal('send_webhook'),
    ...stepBase,
    ...next,
    url: z.url({ protocol: /^https?$/ }),
    headers: z.record(z.string().regex(/^[A-Za-z0-9-]+$/), z.string().max(1024)).optional(),
    /** Waits this long for an answer (default 10 s). */
    timeoutMs: z.number().int().min(100).max(60_000).default(10_000),
    /** Attempts after the first one, with back-off (default 3). */
    retries: z.number().int().min(0).max(10).default(3),
    /** Dynamic field key → dotted path in the JSON response (`order.status`), stored on the contact and in run data. */
    store: z.record(z.string().min(1).max(64), z.string().min(1).max(256)).optional(),
  }),
  z.object({ type: z.literal('block_contact'), ...stepBase, ...next }),
  z.object({ type: z.literal('restore_contact'), ...stepBase, ...next }),
  z.object({ type: z.literal('terminate_automations'), ...stepBase, ...next }),
  z.object({ type: z.literal('start_automation'), ...stepBase, ...next, automationId: z.uuid() }),
  z.object({ type: z.literal('chat_note'), ...stepBase, ...next, text: ZTextTemplate }),
  z.object({ type: z.literal('mark_unread'), ...stepBase, ...next }),
  z.object({ type: z.literal('delay'), ...stepBase, ...next, delay: ZIsoDuration }),
  z.object({ type: z.literal('if_else'), ...stepBase, conditions: ZConditionGroup, then: ZExit.optional(), else: ZExit.optional() }),
  z.object({ type: z.literal('customer_response'), ...stepBase, ...next, timeout: ZIsoDuration, noResponse: ZExit.optional() }),
]);
export type Step = z.infer<typeof ZStep>;
export type StepType = Step['type'];
export type StepOf<T extends StepType> = Extract<Step, { type: T }>;

export const ZDefinition = z.object({
  trigger: ZTrigger,
  start: ZStepId,
  steps: z.record(ZStepId, ZStep).refine((s) => Object.keys(s).length >= 1, 'an automation needs at least one step'),
});
export type Definition = z.infer<typeof ZDefinition>;
/** What clients send: defaults not yet applied. */
export type DefinitionInput = z.input<typeof ZDefinition>;

export const STEP_TYPES = ZStep.options.map((o) => o.shape.type.value) as StepType[];
export const TRIGGER_TYPES = ZTrigger.options.map((o) => o.shape.type.value) as TriggerType[];

/** Exits of a step with the label the builder puts on the edge. */
export function exitsOf(step: Step): Array<{ label: string; to: string }> {
  const out: Array<{ label: string; to: string }> = [];
  const add = (label: string, to: string | undefined) => {
    if (to) out.push({ label, to });
  };
  switch (step.type) {
    case 'if_else':
      add('then', step.then);
      add('else', step.else);
      return out;
    case 'customer_response':
      add('replied', step.next);
      add('no_response', step.noResponse);
      return out;
    case 'set_field':
      add('next', step.next);
      add('no_response', step.noResponse);
      return out;
    case 'send_message':
      if (step.message.type === 'buttons') step.message.buttons.forEach((b) => add(`button:${buttonIdOf(b)}`, b.next));
      if (step.message.type === 'list') step.message.sections.flatMap((s) => s.rows).forEach((r) => add(`row:${rowIdOf(r)}`, r.next));
      add('next', step.next);
      add('no_response', step.noResponse);
      return out;
    default:
      add('next', step.next);
      return out;
  }
}

/** A button's reply id: given, or derived from its title so the same title always gives the same id. */
export function buttonIdOf(button: { id?: string; title: string }): string {
  return button.id ?? slugOf(button.title);
}

export function rowIdOf(row: { id?: string; title: string }): string {
  return row.id ?? slugOf(row.title);
}

function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return slug || 'option';
}

/** True when the message's buttons or rows lead somewhere of their own: the run then waits for the choice. */
export function branchesOnReply(step: Step): boolean {
  if (step.type !== 'send_message') return false;
  if (step.message.type === 'buttons') return step.message.buttons.some((b) => b.next);
  if (step.message.type === 'list') return step.message.sections.some((s) => s.rows.some((r) => r.next));
  return false;
}

/** Steps that make the run wait for the customer or the clock: a cycle needs one of them. */
export function waitsInStep(step: Step): boolean {
  // A delay step counts through this check only: one of zero length (PT0S) passes straight through without waiting.
  if (durationMs(step.delay) > 0) return true;
  if (step.type === 'customer_response') return true;
  if (step.type === 'set_field' && step.from === 'next_message') return true;
  return branchesOnReply(step);
}

/** Phrases match after trimming and case-folding; inner spaces are collapsed too. */
export function normalizePhrase(phrase: string): string {
  return phrase.trim().replace(/\s+/g, ' ').toLocaleLowerCase('und');
}
