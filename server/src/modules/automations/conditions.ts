import { fieldValueText, parseBoolean, parseNumber } from '../contacts/field-values.ts';
import { normalizePhrase, type ConditionGroup, type ConditionRule } from './definition.ts';
import { flattenData, placeholderKey } from './placeholders.ts';

/**
 * The if/else step's test: a pure function of the rules and the facts the
 * engine gathered about the contact, the run and the clock.
 */

export interface ConditionFacts {
  tags: string[];
  lists: string[];
  /** Contact dynamic fields by key. */
  fields: Record<string, unknown>;
  /** NAME, FIRST_NAME, PHONE, EMAIL, LANGUAGE… */
  builtins: Record<string, string>;
  runData: Record<string, unknown>;
  ticket: { status: string; macroStatus: string; priority: string; category: string | null; ownerId: string | null } | null;
  /** The customer's latest message text, or null when there is none. */
  lastMessage: string | null;
  withinWorkingHours: boolean;
  holiday: boolean;
  /** Account-local ISO weekday (1 Monday … 7 Sunday) and minutes since local midnight. */
  local: { weekday: number; minutes: number };
}

type FieldRule = Extract<ConditionRule, { kind: 'field' }>;
type TicketRule = Extract<ConditionRule, { kind: 'ticket' }>;
type MessageRule = Extract<ConditionRule, { kind: 'message' }>;
type TimeRule = Extract<ConditionRule, { kind: 'time' }>;

/** `all` needs every rule, `any` one of them; groups nest. */
export function evaluateConditions(group: ConditionGroup, facts: ConditionFacts): boolean {
  const holds = (item: ConditionRule | ConditionGroup) => ('match' in item ? evaluateConditions(item, facts) : evaluateRule(item, facts));
  return group.match === 'any' ? group.rules.some(holds) : group.rules.every(holds);
}

export function evaluateRule(rule: ConditionRule, facts: ConditionFacts): boolean {
  switch (rule.kind) {
    case 'tag': {
      const has = containsName(facts.tags, rule.tag);
      return rule.op === 'has' ? has : !has;
    }
    case 'list': {
      const member = containsName(facts.lists, rule.list);
      return rule.op === 'in' ? member : !member;
    }
    case 'field':
      return fieldHolds(rule, lookupField(rule.field, facts));
    case 'ticket':
      return ticketHolds(rule, facts.ticket);
    case 'message':
      return messageHolds(rule, facts.lastMessage);
    case 'time':
      return timeHolds(rule, facts);
    default: {
      const unknown: never = rule;
      throw new Error(`unknown condition rule ${JSON.stringify(unknown)}`);
    }
  }
}

const fold = (text: string) => text.trim().toLocaleLowerCase('und');

/** Tag and list names match whatever their case. */
function containsName(names: string[], wanted: string): boolean {
  const target = fold(wanted);
  return names.some((name) => fold(name) === target);
}

/**
 * A field rule's key names a contact dynamic field, else a built-in, else a
 * run data key (flattened: ORDER_ID reads `{ order: { id } }`); case does not
 * matter. Undefined when none has it.
 */
function lookupField(field: string, facts: ConditionFacts): unknown {
  const key = placeholderKey(field);
  for (const source of [facts.fields, facts.builtins]) {
    for (const [name, value] of Object.entries(source)) if (placeholderKey(name) === key) return value;
  }
  const data = flattenData(facts.runData);
  return Object.hasOwn(data, key) ? data[key] : undefined;
}

/** Unset: absent, null, or text that is empty once trimmed. */
function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && fieldValueText(value).trim() !== '';
}

function asNumber(value: unknown): number | null {
  if (typeof value === 'boolean') return null;
  const parsed = parseNumber(value);
  return parsed.ok ? parsed.value : null;
}

/**
 * Orders two values: as numbers when both are numeric, as booleans when one
 * of them is a boolean and both read as one ("yes" equals true), otherwise as
 * case-folded text, which also orders `YYYY-MM-DD` dates correctly.
 */
function compare(actual: unknown, expected: unknown): number {
  const [a, b] = [asNumber(actual), asNumber(expected)];
  if (a !== null && b !== null) return Math.sign(a - b);
  if (typeof actual === 'boolean' || typeof expected === 'boolean') {
    const [x, y] = [parseBoolean(actual), parseBoolean(expected)];
    if (x.ok && y.ok) return Number(x.value) - Number(y.value);
  }
  const [s, t] = [fold(fieldValueText(actual)), fold(fieldValueText(expected))];
  return s < t ? -1 : s > t ? 1 : 0;
}

function fieldHolds(rule: FieldRule, actual: unknown): boolean {
  const set = isSet(actual);
  const expected = rule.value ?? '';
  switch (rule.op) {
    case 'is_set':
      return set;
    case 'is_not_set':
      return !set;
    case 'eq':
      return compare(actual ?? '', expected) === 0;
    case 'neq':
      return compare(actual ?? '', expected) !== 0;
    case 'contains':
      return fold(fieldValueText(actual)).includes(fold(fieldValueText(expected)));
    case 'not_contains':
      return !fold(fieldValueText(actual)).includes(fold(fieldValueText(expected)));
    // An unset field is neither more nor less than anything: "age < 18" must not hold for a contact with no age.
    case 'gt':
      return set && compare(actual, expected) > 0;
    case 'gte':
      return set && compare(actual, expected) >= 0;
    case 'lt':
      return set && compare(actual, expected) < 0;
    case 'lte':
      return set && compare(actual, expected) <= 0;
  }
}

/** With no ticket, nothing about a ticket is set or equal to anything. */
function ticketHolds(rule: TicketRule, ticket: ConditionFacts['ticket']): boolean {
  const actual = ticket ? ticket[rule.attribute] : null;
  const set = actual !== null && actual.trim() !== '';
  switch (rule.op) {
    case 'is_set':
      return set;
    case 'is_not_set':
      return !set;
    case 'eq':
      return ticket !== null && fold(actual ?? '') === fold(rule.value ?? '');
    case 'neq':
      return ticket === null || fold(actual ?? '') !== fold(rule.value ?? '');
  }
}

/** Messages compare trimmed, case-folded and with inner spaces collapsed, like trigger phrases. */
function messageHolds(rule: MessageRule, message: string | null): boolean {
  if (message === null) return rule.op === 'not_contains';
  const [text, value] = [normalizePhrase(message), normalizePhrase(rule.value)];
  switch (rule.op) {
    case 'contains':
      return text.includes(value);
    case 'not_contains':
      return !text.includes(value);
    case 'equals':
      return text === value;
    case 'starts_with':
      return text.startsWith(value);
  }
}

const MINUTES_PER_DAY = 24 * 60;

function minutesOf(hhmm: string | undefined, fallback: number): number {
  if (!hhmm) return fallback;
  const [hours, minutes] = hhmm.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/**
 * `days` limits every time rule to those local weekdays. For `between`, a
 * window that crosses midnight belongs to the day it starts on: "Friday
 * 22:00–06:00" holds at 02:00 on Saturday, not at 02:00 on Friday.
 */
function timeHolds(rule: TimeRule, facts: ConditionFacts): boolean {
  const onDay = (weekday: number) => !rule.days || rule.days.length === 0 || rule.days.includes(weekday);
  switch (rule.op) {
    case 'within_working_hours':
      return onDay(facts.local.weekday) && facts.withinWorkingHours;
    case 'outside_working_hours':
      return onDay(facts.local.weekday) && !facts.withinWorkingHours;
    case 'holiday':
      return onDay(facts.local.weekday) && facts.holiday;
    case 'between': {
      const { weekday, minutes } = facts.local;
      const from = minutesOf(rule.from, 0);
      const to = minutesOf(rule.to, MINUTES_PER_DAY);
      // From inclusive, to exclusive; equal ends mean the whole day.
      if (from === to) return onDay(weekday);
      if (from < to) return minutes >= from && minutes < to && onDay(weekday);
      if (minutes >= from) return onDay(weekday);
      if (minutes < to) return onDay(weekday === 1 ? 7 : weekday - 1);
      return false;
    }
  }
}
