import { describe, expect, it } from 'vitest';
import { ZTrigger, type Definition, type Trigger } from './definition.ts';
import {
  byTrigger,
  dateConditionTarget,
  matchesButton,
  matchesPhrase,
  matchesStatusChange,
  messageTriggered,
  yearlyMonthDays,
  type ActiveAutomation,
  type InboundForTriggers,
} from './trigger-match.ts';

const text = (t: string | null, type = 'text'): InboundForTriggers => ({ type, text: t, reply: null });
const tap = (id: string | null, title: string | null, type = 'interactive'): InboundForTriggers => ({ type, text: title, reply: { id, title } });
const phrase = (p: string) => ZTrigger.parse({ type: 'message_phrase', phrase: p }) as Extract<Trigger, { type: 'message_phrase' }>;
const button = (t: { buttonId?: string; title?: string }) => ZTrigger.parse({ type: 'button_reply', ...t }) as Extract<Trigger, { type: 'button_reply' }>;
const statusChange = (t: { from?: string[]; to?: string[] }) => ZTrigger.parse({ type: 'ticket_status_changed', ...t }) as Extract<Trigger, { type: 'ticket_status_changed' }>;

function automation(id: string, trigger: Record<string, unknown>, accountId = 'acc-1'): ActiveAutomation {
  const definition = { trigger: ZTrigger.parse(trigger), start: 's', steps: { s: { type: 'add_tag', tag: 'x' } } } as Definition;
  return { id, accountId, version: 1, definition };
}

describe('message_phrase', () => {
  it.each([
    ['INFO', 'INFO', true],
    ['INFO', '  Info ', true],
    ['INFO', 'info\n', true],
    ['  info  ', 'INFO', true],
    ['Opening hours', 'opening    HOURS', true],
    ['Perché', 'PERCHÉ', true],
    ['INFO', 'INFO please', false],
    ['INFO', 'please INFO', false],
    ['INFO', 'INF0', false],
    ['INFO', 'INFO!', false],
    ['INFO', '', false],
  ])('phrase %j, customer writes %j → %s', (p, said, expected) => {
    expect(matchesPhrase(phrase(p), text(said))).toBe(expected);
  });

  it('a message with no text (an image without caption) never matches', () => {
    expect(matchesPhrase(phrase('INFO'), text(null, 'image'))).toBe(false);
  });

  it('a tapped button or template quick reply matches by its title, as if typed', () => {
    expect(matchesPhrase(phrase('Opening hours'), tap('hours_btn', 'opening hours'))).toBe(true);
    expect(matchesPhrase(phrase('hours_btn'), tap('hours_btn', 'Opening hours'))).toBe(false);
  });
});

describe('button_reply', () => {
  it('matches by id exactly, by title after trimming and case-folding, or by both', () => {
    expect(matchesButton(button({ buttonId: 'track' }), tap('track', 'Track my order'))).toBe(true);
    expect(matchesButton(button({ buttonId: 'track' }), tap('TRACK', 'Track my order'))).toBe(false);
    expect(matchesButton(button({ buttonId: 'track' }), tap('other', 'Track my order'))).toBe(false);
    expect(matchesButton(button({ title: 'Talk to us' }), tap('anything', ' talk TO us '))).toBe(true);
    expect(matchesButton(button({ title: 'Talk to us' }), tap('anything', 'Talk to sales'))).toBe(false);
    expect(matchesButton(button({ buttonId: 'yes', title: 'Yes' }), tap('yes', 'YES'))).toBe(true);
    expect(matchesButton(button({ buttonId: 'yes', title: 'Yes' }), tap('yes', 'No'))).toBe(false);
    expect(matchesButton(button({ buttonId: 'yes', title: 'Yes' }), tap('no', 'Yes'))).toBe(false);
  });

  it('typed text with the same words is not a tap', () => {
    expect(matchesButton(button({ title: 'Talk to us' }), text('Talk to us'))).toBe(false);
  });

  it('a reply with no title cannot match a title', () => {
    expect(matchesButton(button({ title: 'Yes' }), tap('yes', null, 'button'))).toBe(false);
    expect(matchesButton(button({ buttonId: 'yes' }), tap('yes', null, 'button'))).toBe(true);
  });

  it('needs an id or a title', () => {
    expect(ZTrigger.safeParse({ type: 'button_reply' }).success).toBe(false);
  });
});

describe('messageTriggered', () => {
  const automations = [
    automation('phrase', { type: 'message_phrase', phrase: 'INFO' }),
    automation('button', { type: 'button_reply', buttonId: 'info' }),
    automation('titled', { type: 'button_reply', title: 'Info' }),
    automation('list', { type: 'list_added', list: 'INFO' }),
    automation('closed', { type: 'outside_working_hours' }),
  ];

  it('only phrase and button triggers answer a message', () => {
    expect(messageTriggered(automations, text(' info ')).map((a) => a.id)).toEqual(['phrase']);
    expect(messageTriggered(automations, tap('info', 'INFO')).map((a) => a.id)).toEqual(['phrase', 'button', 'titled']);
    expect(messageTriggered(automations, tap('info', 'More')).map((a) => a.id)).toEqual(['button']);
    expect(messageTriggered(automations, text('hello'))).toEqual([]);
  });
});

describe('ticket_status_changed', () => {
  const change = (from: string, to: string) => ({ from, to });

  it('with no lists, or empty ones, any change matches', () => {
    expect(matchesStatusChange(statusChange({}), change('Open', 'Closed'))).toBe(true);
    expect(matchesStatusChange(statusChange({ from: [], to: [] }), change('Open', 'Closed'))).toBe(true);
  });

  it('`to` and `from` compare without case, and both must fit', () => {
    const trigger = statusChange({ from: ['Open', 'waiting'], to: ['RESOLVED'] });
    expect(matchesStatusChange(trigger, change('open', 'Resolved'))).toBe(true);
    expect(matchesStatusChange(trigger, change('Waiting', 'resolved'))).toBe(true);
    expect(matchesStatusChange(trigger, change('In progress', 'Resolved'))).toBe(false);
    expect(matchesStatusChange(trigger, change('Open', 'Closed'))).toBe(false);
  });

  it('only `to`: from anywhere', () => {
    expect(matchesStatusChange(statusChange({ to: ['In progress'] }), change('Open', ' in progress '))).toBe(true);
    expect(matchesStatusChange(statusChange({ to: ['In progress'] }), change('In progress', 'Waiting'))).toBe(false);
  });
});

describe('byTrigger', () => {
  it('keeps the automations of one account with one trigger type', () => {
    const all = [
      automation('a', { type: 'ticket_created' }),
      automation('b', { type: 'ticket_created' }, 'acc-2'),
      automation('c', { type: 'api' }),
    ];
    expect(byTrigger(all, 'acc-1', 'ticket_created').map((a) => a.id)).toEqual(['a']);
    expect(byTrigger(all, 'acc-2', 'api')).toEqual([]);
  });
});

describe('date conditions', () => {
  it.each([
    ['2025-03-11', 0, '2025-03-11'],
    ['2025-03-11', 3, '2025-03-08'],
    ['2025-03-11', -3, '2025-03-14'],
    ['2025-03-01', 1, '2025-02-28'],
    ['2024-03-01', 1, '2024-02-29'],
    ['2025-01-02', 5, '2024-12-28'],
    ['2024-12-30', -3, '2025-01-02'],
    ['2025-06-15', 366, '2024-06-14'],
  ])('today %s with offset %i fires for the date %s', (today, offset, target) => {
    expect(dateConditionTarget(today, offset)).toBe(target);
  });

  it('the defaults: the same day, at 09:00, the full date', () => {
    expect(ZTrigger.parse({ type: 'date_condition', field: 'BIRTHDAY' })).toEqual({ type: 'date_condition', field: 'BIRTHDAY', offsetDays: 0, time: '09:00', yearly: false });
    expect(ZTrigger.safeParse({ type: 'date_condition', field: 'BIRTHDAY', time: '24:00' }).success).toBe(false);
    expect(ZTrigger.safeParse({ type: 'date_condition', field: 'BIRTHDAY', offsetDays: 1.5 }).success).toBe(false);
  });

  it('yearly: the month and day; 29 February is remembered on the 28th of other years', () => {
    expect(yearlyMonthDays('2025-03-11')).toEqual(['03-11']);
    expect(yearlyMonthDays('2025-02-28')).toEqual(['02-28', '02-29']);
    expect(yearlyMonthDays('2024-02-28')).toEqual(['02-28']);
    expect(yearlyMonthDays('2024-02-29')).toEqual(['02-29']);
    expect(yearlyMonthDays('2100-02-28')).toEqual(['02-28', '02-29']);
    expect(yearlyMonthDays('2000-02-28')).toEqual(['02-28']);
  });
});
