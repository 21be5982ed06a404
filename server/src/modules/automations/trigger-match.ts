import { normalizePhrase, type Definition, type Trigger } from './definition.ts';

export interface ActiveAutomation {
  id: string;
  accountId: string;
  version: number;
  definition: Definition;
}

/** An inbound message as triggers see it. */
export interface InboundForTriggers {
  type: string;
  text: string | null;
  /** A template quick-reply or interactive button/list reply. */
  reply: { id: string | null; title: string | null } | null;
}

/** Phrases compare after trimming and case-folding; a button reply compares by its title too. */
export function matchesPhrase(trigger: Extract<Trigger, { type: 'message_phrase' }>, message: InboundForTriggers): boolean {
  const said = message.reply?.title ?? message.text;
  return said !== null && said !== undefined && normalizePhrase(said) === normalizePhrase(trigger.phrase);
}

export function matchesButton(trigger: Extract<Trigger, { type: 'button_reply' }>, message: InboundForTriggers): boolean {
  if (!message.reply) return false;
  if (trigger.buttonId !== undefined && message.reply.id !== trigger.buttonId) return false;
  if (trigger.title !== undefined && normalizePhrase(message.reply.title ?? '') !== normalizePhrase(trigger.title)) return false;
  return true;
}

/** The automations a customer's message starts by its words or its button. */
export function messageTriggered(automations: readonly ActiveAutomation[], message: InboundForTriggers): ActiveAutomation[] {
  return automations.filter((a) => {
    const t = a.definition.trigger;
    if (t.type === 'message_phrase') return matchesPhrase(t, message);
    if (t.type === 'button_reply') return matchesButton(t, message);
    return false;
  });
}

/** Status names compare case-insensitively; an empty or absent list means any status. */
export function matchesStatusChange(trigger: Extract<Trigger, { type: 'ticket_status_changed' }>, change: { from: string; to: string }): boolean {
  const fits = (names: string[] | undefined, value: string) => !names || names.length === 0 || names.some((n) => normalizePhrase(n) === normalizePhrase(value));
  return fits(trigger.from, change.from) && fits(trigger.to, change.to);
}

export function byTrigger<T extends Trigger['type']>(automations: readonly ActiveAutomation[], accountId: string, type: T): ActiveAutomation[] {
  return automations.filter((a) => a.accountId === accountId && a.definition.trigger.type === type);
}

/** Date-condition day: the field's date that fires today, `offsetDays` after it. */
export function dateConditionTarget(localToday: string, offsetDays: number): string {
  const d = new Date(`${localToday}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - offsetDays);
  return d.toISOString().slice(0, 10);
}

/** Month-days that fire on a yearly condition today: 29 February is celebrated on the 28th in other years. */
export function yearlyMonthDays(targetDate: string): string[] {
  const monthDay = targetDate.slice(5);
  const year = Number(targetDate.slice(0, 4));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return monthDay === '02-28' && !leap ? ['02-28', '02-29'] : [monthDay];
}
