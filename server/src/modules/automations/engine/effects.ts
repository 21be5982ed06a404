import { eq } from 'drizzle-orm';
import type { Deps } from '../../../deps.ts';
import { DomainError } from '../../../lib/errors.ts';
import type { Principal } from '../../accounts/principal.ts';
import { assignOperator, unassignOperator } from '../../contacts/operators.ts';
import { loadRelations } from '../../contacts/contact-json.ts';
import { setBlocked, updateContact } from '../../contacts/contact-changes.ts';
import { changeMembership, ensureList, findList } from '../../contacts/lists.ts';
import { contacts } from '../../contacts/schema.ts';
import { getContactRow, type ContactRow } from '../../contacts/service.ts';
import { attachTags, detachTags, ensureTags, findTags, touchContact } from '../../contacts/tags.ts';
import { normalizeTagName } from '../../contacts/contact-input.ts';
import { setConversationRead } from '../../conversations/inbox.ts';
import { addNote } from '../../conversations/notes.ts';
import { queueMessageInTransaction } from '../../conversations/send-message.ts';
import { isHoliday, isWithinWorkingHours, localParts } from '../../settings/working-hours.ts';
import { getSchedule } from '../../settings/service.ts';
import { createTicket, getTicket, updateTicketByReference, type TicketView } from '../../tickets/service.ts';
import { evaluateConditions } from '../conditions.ts';
import type { Step, StepOf } from '../definition.ts';
import { placeholderValues, renderMessage, renderTemplateComponents, renderText, ticketRunData, type PlaceholderValues } from '../placeholders.ts';
import type { Effect, EffectResult, RunState } from './state.ts';

/** The run an effect belongs to, as the executor loaded it. */
export interface EffectRun {
  id: string;
  accountId: string;
  automationId: string;
  contactId: string;
  depth: number;
  state: RunState;
}

/** What an effect leaves to do once its transaction committed. */
export interface AfterCommit {
  /** Messages queued by the effect: the executor sends them right away. */
  messageIds: string[];
  /** Runs this effect started or ended: the executor wakes its loop. */
  wake: boolean;
}

/** Effects of the contact's other runs, and of starting runs of other automations. */
export interface RunControl {
  terminateOtherRuns(deps: Pick<Deps, 'database' | 'clock'>, run: EffectRun, reason: string): Promise<number>;
  startChildRun(deps: Pick<Deps, 'database' | 'clock'>, run: EffectRun, automationId: string): Promise<{ started: boolean; reason?: string }>;
}

/** Automations act with the whole account in view, like an admin, and sign their work as the automation. */
export function automationPrincipal(accountId: string): Principal {
  return { accountId, userId: null, role: 'admin', via: 'api_key', apiKeyId: null };
}

/**
 * Performs one internal effect inside the executor's transaction
 * (`deps.database` is that transaction), so the effect and the run's step
 * commit together or not at all: a crash before commit repeats both, never
 * one without the other. A mistake the step cannot get past (no such ticket,
 * outside the 24-hour window) is its failure, with WhatsApp's or the
 * module's own reason.
 */
export async function performEffect(deps: Deps, control: RunControl, run: EffectRun, effect: Effect, after: AfterCommit): Promise<EffectResult> {
  try {
    return await perform(deps, control, run, effect, after);
  } catch (err) {
    if (err instanceof DomainError) return { ok: false, reason: err.message };
    throw err;
  }
}

async function perform(deps: Deps, control: RunControl, run: EffectRun, effect: Effect, after: AfterCommit): Promise<EffectResult> {
  const principal = automationPrincipal(run.accountId);
  const step: Step = effect.step;
  const ok = (output?: Record<string, unknown>): EffectResult => (output ? { ok: true, output } : { ok: true });
  switch (effect.kind) {
    case 'send_message':
    case 'send_template': {
      const values = await valuesFor(deps, run);
      const content =
        step.type === 'send_template'
          ? { type: 'template' as const, template: { ...step.template, components: renderTemplateComponents(step.template.components, values) } }
          : renderMessage((step as StepOf<'send_message'>).message, values);
      const queued = await queueMessageInTransaction(deps, principal, {
        contactId: run.contactId,
        content,
        sender: { type: 'automation', id: run.automationId },
        idempotencyKey: effectKey(run, effect),
      });
      after.messageIds.push(queued.messageId);
      return ok({ LAST_SENT_MESSAGE_ID: queued.messageId });
    }
    // Tagging does what tagContact and untagContact do, minus their savepoint and their re-read of
    // the whole contact for the caller: the step needs neither, and they were half its statements.
    case 'add_tag': {
      const name = normalizeTagName((step as StepOf<'add_tag'>).tag);
      if (name === null) return { ok: false, reason: 'A tag name has 1 to 64 characters' };
      await getContactRow(deps.database.db, principal, run.contactId);
      const wanted = await ensureTags(deps.database, run.accountId, [name]);
      const pairs = wanted.map((t) => ({ contactId: run.contactId, tagId: t.id }));
      const added = await attachTags(deps.database, run.accountId, pairs, new Map(wanted.map((t) => [t.id, t.name])));
      if (added.length > 0) await touchContact(deps.database, run.accountId, run.contactId, deps.clock.now());
      return ok();
    }
    case 'remove_tag': {
      await getContactRow(deps.database.db, principal, run.contactId);
      // A tag that does not exist is not on the contact: nothing to remove.
      const [tag] = await findTags(deps.database.db, run.accountId, [(step as StepOf<'remove_tag'>).tag.trim()]);
      if (!tag) return ok();
      const removed = await detachTags(deps.database, run.accountId, run.contactId, [tag.id], new Map([[tag.id, tag.name]]));
      if (removed > 0) await touchContact(deps.database, run.accountId, run.contactId, deps.clock.now());
      return ok();
    }
    case 'add_to_list':
    case 'remove_from_list': {
      const name = (step as StepOf<'add_to_list'>).list;
      const list = effect.kind === 'add_to_list' ? await ensureList(deps.database, run.accountId, name) : await findList(deps.database.db, run.accountId, name);
      if (list) await changeMembership(deps.database, principal, list, eq(contacts.id, run.contactId), effect.kind === 'add_to_list' ? 'add' : 'remove', deps.clock.now());
      return ok();
    }
    case 'assign_operator':
      await assignOperator(deps, principal, run.contactId, (step as StepOf<'assign_operator'>).userId);
      return ok();
    case 'unassign_operator': {
      const userId = (step as StepOf<'unassign_operator'>).userId;
      const userIds = userId ? [userId] : await operatorsOf(deps, run);
      for (const id of userIds) await unassignOperator(deps, principal, run.contactId, id);
      return ok();
    }
    case 'open_ticket': {
      const s = step as StepOf<'open_ticket'>;
      const values = await valuesFor(deps, run);
      const ticket = await createTicket(
        deps,
        { accountId: run.accountId, principal },
        {
          contactId: run.contactId,
          title: renderText(s.title, values).slice(0, 512) || 'Ticket',
          description: s.description ? renderText(s.description, values) : undefined,
          priority: s.priority,
          status: s.status,
          category: s.category,
          ownerId: s.ownerId,
        },
        { type: 'automation', id: run.automationId },
      );
      return ok(ticketRunData(ticket));
    }
    case 'update_ticket':
    case 'close_ticket': {
      const s = step as StepOf<'update_ticket'> | StepOf<'close_ticket'>;
      const values = await valuesFor(deps, run);
      const reference = renderText(s.reference, values).trim();
      if (!reference) return { ok: false, reason: `The reference "${s.reference}" is empty for this contact: no ticket to update` };
      const changes =
        s.type === 'close_ticket' ? { status: s.status } : { status: s.status, priority: s.priority, category: s.category, ownerId: s.ownerId };
      try {
        const ticket = await updateTicketByReference(deps, run.accountId, reference, changes, { type: 'automation', id: run.automationId });
        return ok(ticketRunData(ticket));
      } catch (err) {
        // Already as asked ("keep current" for the rest): the step did its job.
        if (err instanceof DomainError && err.code === 'no_change') return ok();
        throw err;
      }
    }
    case 'set_field': {
      const s = step as StepOf<'set_field'>;
      const value = effect.value ?? (typeof s.value === 'string' ? renderText(s.value, await valuesFor(deps, run)) : s.value);
      await updateContact(deps, principal, run.contactId, { fields: { [s.field]: value } });
      return ok({ [s.field.toUpperCase()]: value });
    }
    case 'block_contact':
    case 'restore_contact':
      await setBlocked(deps, principal, run.contactId, effect.kind === 'block_contact');
      return ok();
    case 'terminate_automations': {
      const ended = await control.terminateOtherRuns(deps, run, `Ended by the "Terminate automations" step of another automation`);
      if (ended > 0) after.wake = true;
      return ok();
    }
    case 'start_automation': {
      const started = await control.startChildRun(deps, run, (step as StepOf<'start_automation'>).automationId);
      if (!started.started) return { ok: false, reason: started.reason ?? 'The automation could not be started' };
      after.wake = true;
      return ok();
    }
    case 'chat_note': {
      const text = renderText((step as StepOf<'chat_note'>).text, await valuesFor(deps, run));
      await addNote(deps, principal, run.contactId, { text, author: { type: 'automation', id: run.automationId } });
      return ok();
    }
    case 'mark_unread':
      await ensureConversationUnread(deps, principal, run);
      return ok();
    case 'evaluate':
      return { ok: true, verdict: evaluateConditions((step as StepOf<'if_else'>).conditions, await factsFor(deps, run)) };
    case 'send_webhook':
      throw new Error('send_webhook is performed outside the transaction');
  }
}

/** `(run, step, visit)`: the same effect asked twice (a crash, a retry) is one effect. */
export function effectKey(run: Pick<EffectRun, 'id'>, effect: Pick<Effect, 'key'>): string {
  return `automation:${run.id}:${effect.key}`;
}

async function operatorsOf(deps: Pick<Deps, 'database'>, run: EffectRun): Promise<string[]> {
  const relations = await loadRelations(deps.database.db, run.accountId, [run.contactId]);
  return relations.operators.get(run.contactId) ?? [];
}

async function ensureConversationUnread(deps: Deps, principal: Principal, run: EffectRun): Promise<void> {
  try {
    await setConversationRead(deps, principal, run.contactId, false);
  } catch (err) {
    // No conversation yet (the contact never wrote and nothing was sent): nothing to mark.
    if (!(err instanceof DomainError && err.code === 'contact_not_found')) throw err;
  }
}

async function contactOf(deps: Pick<Deps, 'database'>, run: EffectRun): Promise<ContactRow> {
  return getContactRow(deps.database.db, automationPrincipal(run.accountId), run.contactId);
}

/** The ticket the run is about: the one its trigger or an Open ticket step named. */
async function ticketOf(deps: Pick<Deps, 'database'>, run: EffectRun): Promise<TicketView | null> {
  const reference = run.state.data.TICKET_REFERENCE;
  if (typeof reference !== 'string' || !reference) return null;
  try {
    return await getTicket(deps, { accountId: run.accountId }, reference);
  } catch (err) {
    if (err instanceof DomainError) return null;
    throw err;
  }
}

/** `%%KEY%%` values: the contact now, its ticket now, and the run's data. */
export async function valuesFor(deps: Pick<Deps, 'database'>, run: EffectRun): Promise<PlaceholderValues> {
  const contact = await contactOf(deps, run);
  const ticket = await ticketOf(deps, run);
  return placeholderValues({ contact, ticket, runData: run.state.data });
}

async function factsFor(deps: Deps, run: EffectRun) {
  const contact = await contactOf(deps, run);
  const relations = await loadRelations(deps.database.db, run.accountId, [run.contactId]);
  const ticket = await ticketOf(deps, run);
  const schedule = await getSchedule(deps, run.accountId);
  const now = deps.clock.now();
  const local = localParts(schedule.timezone, now);
  const values = placeholderValues({ contact, ticket: null, runData: {} });
  const lastMessage = run.state.data.LAST_MESSAGE;
  return {
    tags: relations.tags.get(run.contactId) ?? [],
    lists: (relations.lists.get(run.contactId) ?? []).map((l) => l.name),
    fields: contact.fields,
    builtins: values,
    runData: run.state.data,
    ticket: ticket
      ? { status: ticket.status, macroStatus: ticket.macroStatus, priority: ticket.priority, category: ticket.category, ownerId: ticket.ownerId }
      : null,
    lastMessage: typeof lastMessage === 'string' ? lastMessage : null,
    withinWorkingHours: isWithinWorkingHours(schedule, now),
    holiday: isHoliday(schedule, now),
    local: { weekday: local.weekday, minutes: local.minutes },
  };
}
