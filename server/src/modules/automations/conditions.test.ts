import { describe, expect, it } from 'vitest';
import { evaluateConditions, evaluateRule, type ConditionFacts } from './conditions.ts';
import { ZConditionGroup, type ConditionGroup, type ConditionRule } from './definition.ts';

const facts = (over: Partial<ConditionFacts> = {}): ConditionFacts => ({
  tags: ['VIP', 'newsletter'],
  lists: ['Customers 2024'],
  fields: { CITY: 'Roma', AGE: 41, SCORE: '7', VIP: true, BIRTHDAY: '1983-05-02', NOTES: '', BLANK: '   ', GONE: null, PRICE: '12,5' },
  builtins: { NAME: 'Maria Rossi', FIRST_NAME: 'Maria', PHONE: '+393331234567', EMAIL: '', LANGUAGE: 'it' },
  runData: { order: { id: 5, status: 'Shipped', items: ['a', 'b'] }, city: 'Milano', amount: '99.90' },
  ticket: { status: 'Waiting on customer', macroStatus: 'open', priority: 'high', category: null, ownerId: null },
  lastMessage: '  Hello,   I want to CANCEL my order  ',
  withinWorkingHours: true,
  holiday: false,
  local: { weekday: 3, minutes: 10 * 60 },
  ...over,
});

const rule = (r: ConditionRule) => r;

describe('tag and list rules', () => {
  it.each([
    [rule({ kind: 'tag', op: 'has', tag: 'vip' }), true],
    [rule({ kind: 'tag', op: 'has', tag: 'VIP' }), true],
    [rule({ kind: 'tag', op: 'has', tag: 'Newsletter' }), true],
    [rule({ kind: 'tag', op: 'has', tag: 'gold' }), false],
    [rule({ kind: 'tag', op: 'not_has', tag: 'gold' }), true],
    [rule({ kind: 'tag', op: 'not_has', tag: 'Vip' }), false],
    [rule({ kind: 'list', op: 'in', list: 'customers 2024' }), true],
    [rule({ kind: 'list', op: 'in', list: 'Customers 2023' }), false],
    [rule({ kind: 'list', op: 'not_in', list: 'Customers 2023' }), true],
    [rule({ kind: 'list', op: 'not_in', list: 'CUSTOMERS 2024' }), false],
  ])('%j → %s', (r, expected) => {
    expect(evaluateRule(r, facts())).toBe(expected);
  });

  it('sees nothing on a contact with no tags or lists', () => {
    const bare = facts({ tags: [], lists: [] });
    expect(evaluateRule({ kind: 'tag', op: 'has', tag: 'vip' }, bare)).toBe(false);
    expect(evaluateRule({ kind: 'tag', op: 'not_has', tag: 'vip' }, bare)).toBe(true);
    expect(evaluateRule({ kind: 'list', op: 'not_in', list: 'x' }, bare)).toBe(true);
  });
});

describe('field rules', () => {
  const field = (f: string, op: Extract<ConditionRule, { kind: 'field' }>['op'], value?: string | number | boolean) =>
    rule({ kind: 'field', field: f, op, ...(value !== undefined ? { value } : {}) });

  it.each([
    // eq / neq as case-insensitive text
    [field('CITY', 'eq', 'roma'), true],
    [field('city', 'eq', 'ROMA'), true],
    [field('CITY', 'eq', 'Milano'), false],
    [field('CITY', 'neq', 'Milano'), true],
    [field('CITY', 'neq', 'roma'), false],
    // numbers when both sides are numeric
    [field('AGE', 'eq', 41), true],
    [field('AGE', 'eq', '41.0'), true],
    [field('SCORE', 'eq', 7), true],
    [field('PRICE', 'eq', 12.5), true],
    [field('AGE', 'gt', 40), true],
    [field('AGE', 'gt', 41), false],
    [field('AGE', 'gte', 41), true],
    [field('AGE', 'lt', 100), true],
    [field('AGE', 'lte', '41'), true],
    [field('AGE', 'lt', 41), false],
    [field('SCORE', 'gt', '10'), false], // numerically 7 < 10, though "7" > "10" as text
    // booleans
    [field('VIP', 'eq', true), true],
    [field('VIP', 'eq', 'yes'), true],
    [field('VIP', 'eq', 'false'), false],
    [field('VIP', 'neq', false), true],
    // dates order as text
    [field('BIRTHDAY', 'eq', '1983-05-02'), true],
    [field('BIRTHDAY', 'gt', '1983-04-30'), true],
    [field('BIRTHDAY', 'lt', '1990-01-01'), true],
    [field('BIRTHDAY', 'lt', '1983-05-02'), false],
    [field('BIRTHDAY', 'lte', '1983-05-02'), true],
    // text order otherwise
    [field('CITY', 'gt', 'milano'), true],
    [field('CITY', 'lt', 'Torino'), true],
    // contains
    [field('CITY', 'contains', 'OM'), true],
    [field('CITY', 'contains', 'x'), false],
    [field('CITY', 'not_contains', 'x'), true],
    [field('CITY', 'not_contains', 'rom'), false],
    [field('AGE', 'contains', 4), true],
    // is_set / is_not_set
    [field('CITY', 'is_set'), true],
    [field('NOTES', 'is_set'), false],
    [field('NOTES', 'is_not_set'), true],
    [field('BLANK', 'is_not_set'), true],
    [field('GONE', 'is_not_set'), true],
    [field('MISSING', 'is_not_set'), true],
    [field('MISSING', 'is_set'), false],
    [field('VIP', 'is_set'), true],
    // unset fields
    [field('MISSING', 'eq', 'x'), false],
    [field('MISSING', 'neq', 'x'), true],
    [field('MISSING', 'eq', ''), true],
    [field('MISSING', 'contains', 'x'), false],
    [field('MISSING', 'not_contains', 'x'), true],
    [field('MISSING', 'lt', 18), false],
    [field('MISSING', 'gt', 18), false],
    [field('NOTES', 'lte', 'zzz'), false],
    // built-ins
    [field('FIRST_NAME', 'eq', 'maria'), true],
    [field('name', 'contains', 'ross'), true],
    [field('PHONE', 'eq', '+393331234567'), true],
    [field('EMAIL', 'is_not_set'), true],
    // run data, flattened
    [field('ORDER_ID', 'eq', 5), true],
    [field('order_status', 'eq', 'shipped'), true],
    [field('ORDER_ITEMS', 'contains', 'b'), true],
    [field('AMOUNT', 'gte', 99.9), true],
    [field('AMOUNT', 'lt', 100), true],
  ])('%j → %s', (r, expected) => {
    expect(evaluateRule(r, facts())).toBe(expected);
  });

  it('prefers a contact field to run data of the same key', () => {
    expect(evaluateRule(field('CITY', 'eq', 'Roma'), facts())).toBe(true);
    expect(evaluateRule(field('CITY', 'eq', 'Milano'), facts({ fields: {} }))).toBe(true);
  });

  it('matches field keys whatever their case', () => {
    expect(evaluateRule(field('CITY', 'eq', 'Roma'), facts({ fields: { city: 'Roma' } }))).toBe(true);
  });
});

describe('ticket rules', () => {
  const ticketRule = (attribute: Extract<ConditionRule, { kind: 'ticket' }>['attribute'], op: 'eq' | 'neq' | 'is_set' | 'is_not_set', value?: string) =>
    rule({ kind: 'ticket', attribute, op, ...(value !== undefined ? { value } : {}) });

  it.each([
    [ticketRule('status', 'eq', 'waiting on customer'), true],
    [ticketRule('status', 'eq', 'Open'), false],
    [ticketRule('status', 'neq', 'Open'), true],
    [ticketRule('macroStatus', 'eq', 'OPEN'), true],
    [ticketRule('priority', 'neq', 'high'), false],
    [ticketRule('category', 'is_set'), false],
    [ticketRule('category', 'is_not_set'), true],
    [ticketRule('category', 'eq', 'billing'), false],
    [ticketRule('category', 'neq', 'billing'), true],
    [ticketRule('ownerId', 'is_not_set'), true],
    [ticketRule('status', 'is_set'), true],
  ])('with a ticket: %j → %s', (r, expected) => {
    expect(evaluateRule(r, facts())).toBe(expected);
  });

  it.each([
    [ticketRule('status', 'eq', 'Open'), false],
    [ticketRule('status', 'eq', ''), false],
    [ticketRule('status', 'neq', 'Open'), true],
    [ticketRule('status', 'is_set'), false],
    [ticketRule('status', 'is_not_set'), true],
    [ticketRule('ownerId', 'is_set'), false],
  ])('with no ticket: %j → %s', (r, expected) => {
    expect(evaluateRule(r, facts({ ticket: null }))).toBe(expected);
  });

  it('compares owner ids', () => {
    const owner = '6f1c2b8e-8a7d-4c55-9a43-0f3f4c1d2e3f';
    const withOwner = facts({ ticket: { status: 'Open', macroStatus: 'open', priority: 'low', category: 'Billing', ownerId: owner } });
    expect(evaluateRule(ticketRule('ownerId', 'eq', owner.toUpperCase()), withOwner)).toBe(true);
    expect(evaluateRule(ticketRule('ownerId', 'is_set'), withOwner)).toBe(true);
    expect(evaluateRule(ticketRule('category', 'eq', 'billing'), withOwner)).toBe(true);
  });
});

describe('message rules', () => {
  const message = (op: Extract<ConditionRule, { kind: 'message' }>['op'], value: string) => rule({ kind: 'message', op, value });

  it.each([
    [message('contains', 'cancel'), true],
    [message('contains', 'CANCEL MY'), true],
    [message('contains', 'refund'), false],
    [message('not_contains', 'refund'), true],
    [message('not_contains', 'Cancel'), false],
    [message('equals', 'hello, i want to cancel my order'), true],
    [message('equals', '  HELLO, I want to cancel my order '), true],
    [message('equals', 'hello'), false],
    [message('starts_with', 'hello'), true],
    [message('starts_with', '  Hello, i'), true],
    [message('starts_with', 'order'), false],
  ])('%j → %s', (r, expected) => {
    expect(evaluateRule(r, facts())).toBe(expected);
  });

  it.each([
    [message('contains', 'x'), false],
    [message('equals', 'x'), false],
    [message('starts_with', 'x'), false],
    [message('not_contains', 'x'), true],
  ])('with no message: %j → %s', (r, expected) => {
    expect(evaluateRule(r, facts({ lastMessage: null }))).toBe(expected);
  });
});

describe('time rules', () => {
  const at = (weekday: number, hhmm: string, over: Partial<ConditionFacts> = {}) => {
    const [h, m] = hhmm.split(':').map(Number);
    return facts({ local: { weekday, minutes: h! * 60 + m! }, ...over });
  };
  const between = (from: string | undefined, to: string | undefined, days?: number[]) =>
    rule({ kind: 'time', op: 'between', ...(from ? { from } : {}), ...(to ? { to } : {}), ...(days ? { days } : {}) });

  it('reads working hours and holidays from the facts', () => {
    const within = rule({ kind: 'time', op: 'within_working_hours' });
    const outside = rule({ kind: 'time', op: 'outside_working_hours' });
    const holiday = rule({ kind: 'time', op: 'holiday' });
    expect([within, outside, holiday].map((r) => evaluateRule(r, facts()))).toEqual([true, false, false]);
    expect([within, outside, holiday].map((r) => evaluateRule(r, facts({ withinWorkingHours: false, holiday: true })))).toEqual([false, true, true]);
  });

  it('limits working-hours rules to the given days', () => {
    const weekendOutside = rule({ kind: 'time', op: 'outside_working_hours', days: [6, 7] });
    expect(evaluateRule(weekendOutside, at(6, '10:00', { withinWorkingHours: false }))).toBe(true);
    expect(evaluateRule(weekendOutside, at(3, '10:00', { withinWorkingHours: false }))).toBe(false);
  });

  it.each([
    // same-day window: from inclusive, to exclusive
    [between('09:00', '18:00'), at(3, '08:59'), false],
    [between('09:00', '18:00'), at(3, '09:00'), true],
    [between('09:00', '18:00'), at(3, '17:59'), true],
    [between('09:00', '18:00'), at(3, '18:00'), false],
    // across midnight
    [between('22:00', '06:00'), at(3, '21:59'), false],
    [between('22:00', '06:00'), at(3, '22:00'), true],
    [between('22:00', '06:00'), at(3, '23:59'), true],
    [between('22:00', '06:00'), at(3, '00:00'), true],
    [between('22:00', '06:00'), at(3, '05:59'), true],
    [between('22:00', '06:00'), at(3, '06:00'), false],
    [between('22:00', '06:00'), at(3, '12:00'), false],
    // days
    [between('09:00', '18:00', [1, 2, 3, 4, 5]), at(3, '10:00'), true],
    [between('09:00', '18:00', [1, 2, 3, 4, 5]), at(6, '10:00'), false],
    // a window across midnight belongs to the day it starts on
    [between('22:00', '06:00', [5]), at(5, '23:00'), true],
    [between('22:00', '06:00', [5]), at(6, '02:00'), true],
    [between('22:00', '06:00', [5]), at(5, '02:00'), false],
    [between('22:00', '06:00', [7]), at(1, '02:00'), true],
    [between('22:00', '06:00', [1]), at(1, '02:00'), false],
    // open ends and equal ends
    [between('18:00', undefined), at(3, '23:59'), true],
    [between('18:00', undefined), at(3, '00:00'), false],
    [between(undefined, '08:00'), at(3, '00:00'), true],
    [between(undefined, '08:00'), at(3, '08:00'), false],
    [between('10:00', '10:00'), at(3, '03:00'), true],
    [between(undefined, undefined, [6, 7]), at(7, '03:00'), true],
    [between(undefined, undefined, [6, 7]), at(1, '03:00'), false],
  ])('%j at %j → %s', (r, f, expected) => {
    expect(evaluateRule(r, f)).toBe(expected);
  });
});

describe('groups', () => {
  const vip = rule({ kind: 'tag', op: 'has', tag: 'vip' });
  const gold = rule({ kind: 'tag', op: 'has', tag: 'gold' });
  const roma = rule({ kind: 'field', field: 'CITY', op: 'eq', value: 'Roma' });
  const milano = rule({ kind: 'field', field: 'CITY', op: 'eq', value: 'Milano' });
  const cancel = rule({ kind: 'message', op: 'contains', value: 'cancel' });

  it.each<[string, ConditionGroup, boolean]>([
    ['all true', { match: 'all', rules: [vip, roma] }, true],
    ['all with one false', { match: 'all', rules: [vip, gold] }, false],
    ['any with one true', { match: 'any', rules: [gold, roma] }, true],
    ['any all false', { match: 'any', rules: [gold, milano] }, false],
    ['any inside all, inner true', { match: 'all', rules: [vip, { match: 'any', rules: [gold, roma] }] }, true],
    ['any inside all, inner false', { match: 'all', rules: [vip, { match: 'any', rules: [gold, milano] }] }, false],
    ['any inside all, outer false', { match: 'all', rules: [gold, { match: 'any', rules: [vip, roma] }] }, false],
    ['all inside any', { match: 'any', rules: [gold, { match: 'all', rules: [vip, cancel] }] }, true],
    ['all inside any, inner false', { match: 'any', rules: [gold, { match: 'all', rules: [vip, milano] }] }, false],
    [
      'three levels',
      { match: 'all', rules: [roma, { match: 'any', rules: [gold, { match: 'all', rules: [vip, cancel, { match: 'any', rules: [milano, roma] }] }] }] },
      true,
    ],
    ['empty all', { match: 'all', rules: [] }, true],
    ['empty any', { match: 'any', rules: [] }, false],
  ])('%s', (_name, group, expected) => {
    expect(evaluateConditions(group, facts())).toBe(expected);
  });

  it('evaluates a group parsed from a definition, with the default match', () => {
    const group = ZConditionGroup.parse({
      rules: [
        { kind: 'tag', op: 'has', tag: 'VIP' },
        { match: 'any', rules: [{ kind: 'ticket', attribute: 'priority', op: 'eq', value: 'urgent' }, { kind: 'time', op: 'between', from: '09:00', to: '18:00', days: [1, 2, 3, 4, 5] }] },
      ],
    });
    expect(evaluateConditions(group, facts())).toBe(true);
    expect(evaluateConditions(group, facts({ local: { weekday: 6, minutes: 600 } }))).toBe(false);
    expect(evaluateConditions(group, facts({ local: { weekday: 6, minutes: 600 }, ticket: { status: 'Open', macroStatus: 'open', priority: 'urgent', category: null, ownerId: null } }))).toBe(true);
  });
});
