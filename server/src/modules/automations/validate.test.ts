import { describe, expect, it } from 'vitest';
import type { DefinitionInput, Trigger } from './definition.ts';
import { ZDefinition } from './definition.ts';
import type { DefinitionProblem } from './validate.ts';
import { checkGraph, disabledStatusesFor, parseDefinition } from './validate.ts';

const CONTRACT_EXAMPLE = {
  trigger: { type: 'message_phrase', phrase: 'INFO' },
  start: 'hello',
  steps: {
    hello: { type: 'send_message', message: { type: 'text', text: 'Hi %%FIRST_NAME%%, shall we go on?' }, next: 'wait' },
    wait: { type: 'customer_response', timeout: 'PT2S', next: 'thanks', noResponse: 'nudge' },
    thanks: { type: 'add_tag', tag: 'engaged' },
    nudge: { type: 'send_message', delay: 'PT1S', message: { type: 'text', text: 'Still there?' } },
  },
};

const phraseTrigger = { type: 'message_phrase', phrase: 'INFO' };
const OWN_ID = '6f1c2a4e-8d3b-4f5a-9c7e-1a2b3c4d5e6f';
const OTHER_ID = '0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d';

/** A definition starting at its first step, under a message trigger unless told otherwise. */
function definitionOf(steps: Record<string, unknown>, trigger: unknown = phraseTrigger): unknown {
  return { trigger, start: Object.keys(steps)[0], steps };
}

function problemsOf(input: unknown, automationId?: string): DefinitionProblem[] {
  const result = parseDefinition(input, { automationId });
  return result.ok ? [] : result.problems;
}

function codesOf(input: unknown, automationId?: string): string[] {
  return problemsOf(input, automationId).map((p) => p.code);
}

const text = (body: string) => ({ type: 'text', text: body });
const tag = (name: string, next?: string) => ({ type: 'add_tag', tag: name, next });
const buttons = (...list: Array<{ title: string; id?: string; next?: string }>) => ({ type: 'buttons', text: 'Choose', buttons: list });
const rows = (...list: Array<{ title: string; id?: string; next?: string }>) => ({ type: 'list', text: 'Choose', buttonText: 'Options', sections: [{ rows: list }] });
const statusChanged = (to?: string[]) => ({ type: 'ticket_status_changed', ...(to ? { to } : {}) });

describe('parseDefinition', () => {
  it('accepts the CONTRACT example and returns it with defaults applied', () => {
    const result = parseDefinition(CONTRACT_EXAMPLE);
    expect(result).toEqual({ ok: true, definition: ZDefinition.parse(CONTRACT_EXAMPLE) });
  });

  it('names an unknown step type and nothing more', () => {
    const [problem, ...rest] = problemsOf(definitionOf({ a: { type: 'send_fax' } }));
    expect(rest).toEqual([]);
    expect(problem).toEqual({ step: 'a', path: 'steps.a.type', code: 'unknown_step_type', message: 'Step "a": type "send_fax" is unknown' });
  });

  it('reports a step without a type as an invalid step, not an unknown type', () => {
    expect(problemsOf(definitionOf({ a: { tag: 'x' } }))).toEqual([
      { step: 'a', path: 'steps.a.type', code: 'invalid_step', message: 'Step "a": type is missing' },
    ]);
  });

  it('rejects more than 3 buttons on the step that has them', () => {
    const four = buttons({ title: 'A' }, { title: 'B' }, { title: 'C' }, { title: 'D' });
    const problems = problemsOf(definitionOf({ first: tag('x', 'menu'), menu: { type: 'send_message', message: four } }));
    expect(problems).toEqual([
      {
        step: 'menu',
        path: 'steps.menu.message.buttons',
        code: 'invalid_step',
        message: 'Step "menu" (message.buttons): WhatsApp allows at most 3 reply buttons',
      },
    ]);
  });

  it('rejects more than 10 rows across sections on the step that has them', () => {
    const section = (prefix: string) => ({ rows: Array.from({ length: 6 }, (_, i) => ({ title: `${prefix}${i}` })) });
    const list = { type: 'list', text: 'Choose', buttonText: 'Options', sections: [section('a'), section('b')] };
    const problems = problemsOf(definitionOf({ menu: { type: 'send_message', message: list } }));
    expect(problems).toMatchObject([{ step: 'menu', path: 'steps.menu.message.sections', code: 'invalid_step' }]);
    expect(problems[0]!.message).toContain('at most 10 rows');
  });

  it('maps trigger issues to invalid_trigger without naming a step', () => {
    expect(problemsOf(definitionOf({ a: tag('x') }, { type: 'message_phrase', phrase: ' ' }))).toMatchObject([
      { step: null, path: 'trigger.phrase', code: 'invalid_trigger' },
    ]);
    expect(problemsOf(definitionOf({ a: tag('x') }, { type: 'when_it_rains' }))).toEqual([
      { step: null, path: 'trigger.type', code: 'invalid_trigger', message: 'Trigger: type "when_it_rains" is unknown' },
    ]);
  });

  it('maps problems of the definition itself to invalid_definition', () => {
    expect(codesOf({ trigger: phraseTrigger, steps: { a: tag('x') } })).toEqual(['invalid_definition']);
    expect(problemsOf({ trigger: phraseTrigger, start: 'a', steps: {} })).toMatchObject([{ step: null, path: 'steps', code: 'invalid_definition' }]);
    expect(codesOf(null)).toEqual(['invalid_definition']);
  });

  it('reports a malformed step id on that step', () => {
    const problems = problemsOf({ trigger: phraseTrigger, start: 'a', steps: { a: tag('x'), 'bad id': tag('y') } });
    expect(problems).toMatchObject([{ step: 'bad id', path: 'steps.bad id', code: 'invalid_step' }]);
    expect(problems[0]!.message).toContain('step ids use letters, digits, _ and -');
  });

  it('runs the graph checks once the shape is right', () => {
    expect(codesOf(definitionOf({ a: tag('x', 'nowhere') }))).toEqual(['dangling_exit']);
  });
});

describe('checkGraph', () => {
  it('returns nothing for the CONTRACT example', () => {
    expect(checkGraph(ZDefinition.parse(CONTRACT_EXAMPLE))).toEqual([]);
  });

  describe('missing_start', () => {
    it('rejects a start that is not a step, without also calling every step unreachable', () => {
      expect(problemsOf({ trigger: phraseTrigger, start: 'begin', steps: { a: tag('x') } })).toEqual([
        { step: null, path: 'start', code: 'missing_start', message: 'The start step "begin" does not exist' },
      ]);
    });

    it('accepts a start that is a step', () => {
      expect(codesOf({ trigger: phraseTrigger, start: 'a', steps: { a: tag('x') } })).toEqual([]);
    });
  });

  describe('dangling_exit', () => {
    it('names the step, the exit and the missing target', () => {
      const broken = structuredClone(CONTRACT_EXAMPLE);
      broken.steps.wait.noResponse = 'nudgee';
      expect(problemsOf(broken)).toContainEqual({
        step: 'wait',
        path: 'steps.wait.noResponse',
        code: 'dangling_exit',
        message: 'Step "wait": exit "noResponse" leads to "nudgee", which does not exist',
      });
    });

    it('checks if/else branches and the next of buttons and rows', () => {
      const problems = problemsOf(
        definitionOf({
          check: { type: 'if_else', conditions: { rules: [{ kind: 'tag', op: 'has', tag: 'vip' }] }, then: 'menu', else: 'gone' },
          menu: { type: 'send_message', message: buttons({ title: 'Yes', next: 'list' }, { title: 'No', next: 'lost' }) },
          list: { type: 'send_message', message: rows({ title: 'Rome', next: 'far' }) },
        }),
      ).filter((p) => p.code === 'dangling_exit');
      expect(problems.map((p) => [p.path, p.message])).toEqual([
        ['steps.check.else', 'Step "check": exit "else" leads to "gone", which does not exist'],
        ['steps.menu.message.buttons.1.next', 'Step "menu": button "No" leads to "lost", which does not exist'],
        ['steps.list.message.sections.0.rows.0.next', 'Step "list": row "Rome" leads to "far", which does not exist'],
      ]);
    });

    it('accepts exits that all land on steps', () => {
      expect(codesOf(definitionOf({ a: tag('x', 'b'), b: tag('y') }))).toEqual([]);
    });
  });

  describe('missing_exit', () => {
    const rule = { rules: [{ kind: 'tag', op: 'has', tag: 'vip' }] };

    it('rejects an if/else with neither branch, and accepts one with a single branch', () => {
      expect(problemsOf(definitionOf({ check: { type: 'if_else', conditions: rule } }))).toMatchObject([
        { step: 'check', path: 'steps.check', code: 'missing_exit' },
      ]);
      expect(codesOf(definitionOf({ check: { type: 'if_else', conditions: rule, else: 'b' }, b: tag('y') }))).toEqual([]);
    });

    it('rejects a customer response with neither exit, and accepts one with only noResponse', () => {
      expect(codesOf(definitionOf({ wait: { type: 'customer_response', timeout: 'PT1M' } }))).toEqual(['missing_exit']);
      expect(codesOf(definitionOf({ wait: { type: 'customer_response', timeout: 'PT1M', noResponse: 'b' }, b: tag('y') }))).toEqual([]);
    });

    it('rejects noResponse and timeout on a message that does not branch on the reply', () => {
      const problems = problemsOf(
        definitionOf({ hello: { type: 'send_message', message: buttons({ title: 'Ok' }), timeout: 'PT1M', noResponse: 'b' }, b: tag('y') }),
      );
      expect(problems.map((p) => [p.code, p.path])).toEqual([
        ['invalid_step', 'steps.hello.timeout'],
        ['missing_exit', 'steps.hello.noResponse'],
      ]);
      expect(problems[1]!.message).toContain('Step "hello"');
    });

    it('accepts noResponse and timeout on a message whose buttons branch', () => {
      const menu = { type: 'send_message', message: buttons({ title: 'Yes', next: 'b' }), timeout: 'PT1M', noResponse: 'c' };
      expect(codesOf(definitionOf({ menu, b: tag('y'), c: tag('z') }))).toEqual([]);
    });

    it('rejects noResponse and timeout on a set_field with a fixed value, and accepts them with from: next_message', () => {
      const fixed = { type: 'set_field', field: 'city', value: 'Rome', timeout: 'PT1M', noResponse: 'b' };
      expect(codesOf(definitionOf({ ask: fixed, b: tag('y') })).sort()).toEqual(['invalid_step', 'missing_exit']);
      const fromReply = { type: 'set_field', field: 'city', from: 'next_message', timeout: 'PT1M', noResponse: 'b' };
      expect(codesOf(definitionOf({ ask: fromReply, b: tag('y') }))).toEqual([]);
    });
  });

  describe('unreachable_step', () => {
    it('rejects a step nothing leads to', () => {
      expect(problemsOf(definitionOf({ a: tag('x'), orphan: tag('y') }))).toEqual([
        {
          step: 'orphan',
          path: 'steps.orphan',
          code: 'unreachable_step',
          message: 'Step "orphan" is never reached: no path from the start step "a" leads to it',
        },
      ]);
    });

    it('accepts steps reached only through a button', () => {
      const menu = { type: 'send_message', message: buttons({ title: 'Yes', next: 'yes' }, { title: 'No', next: 'no' }) };
      expect(codesOf(definitionOf({ menu, yes: tag('y'), no: tag('n') }))).toEqual([]);
    });
  });

  describe('cycle_without_wait', () => {
    it('rejects a loop of steps that all act at once, naming one step and listing the loop', () => {
      const problems = problemsOf(definitionOf({ a: tag('x', 'b'), b: tag('y', 'c'), c: tag('z', 'a') }));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ step: 'a', path: 'steps.a', code: 'cycle_without_wait' });
      expect(problems[0]!.message).toContain('"a" → "b" → "c" → "a"');
    });

    it('rejects a step that leads to itself', () => {
      expect(problemsOf(definitionOf({ a: tag('x', 'a') }))).toMatchObject([
        { step: 'a', code: 'cycle_without_wait', message: expect.stringContaining('"a" → "a"') },
      ]);
    });

    it('accepts a loop through a customer response', () => {
      const steps = { ask: { type: 'send_message', message: text('Again?'), next: 'wait' }, wait: { type: 'customer_response', timeout: 'PT1H', next: 'ask' } };
      expect(codesOf(definitionOf(steps))).toEqual([]);
    });

    it('accepts a loop through a step with a delay', () => {
      expect(codesOf(definitionOf({ a: tag('x', 'b'), b: { ...tag('y', 'a'), delay: 'PT1H' } }))).toEqual([]);
    });

    it('accepts a loop through a message whose buttons branch', () => {
      const menu = { type: 'send_message', message: buttons({ title: 'Again', next: 'again' }) };
      expect(codesOf(definitionOf({ menu, again: tag('x', 'menu') }))).toEqual([]);
    });
  });

  describe('duplicate_button', () => {
    const menuWith = (message: unknown) => definitionOf({ menu: { type: 'send_message', message } });

    it('rejects two buttons with the same title, whatever the case', () => {
      expect(problemsOf(menuWith(buttons({ title: 'Yes', id: 'y1' }, { title: 'YES', id: 'y2' })))).toEqual([
        {
          step: 'menu',
          path: 'steps.menu.message.buttons.1.title',
          code: 'duplicate_button',
          message: 'Step "menu": button "YES" has the same title as button "Yes"',
        },
      ]);
    });

    it('rejects two buttons with the same reply id, given or derived from the title', () => {
      expect(problemsOf(menuWith(buttons({ title: 'Yes' }, { title: 'Sure', id: 'yes' })))).toMatchObject([
        { step: 'menu', path: 'steps.menu.message.buttons.1.id', code: 'duplicate_button' },
      ]);
    });

    it('rejects two rows with the same title across sections', () => {
      const list = { type: 'list', text: 'Where?', buttonText: 'Cities', sections: [{ rows: [{ title: 'Rome' }] }, { rows: [{ title: 'rome', id: 'r2' }] }] };
      expect(problemsOf(menuWith(list))).toMatchObject([{ path: 'steps.menu.message.sections.1.rows.0.title', code: 'duplicate_button' }]);
    });

    it('accepts distinct buttons and rows', () => {
      expect(codesOf(menuWith(buttons({ title: 'Yes' }, { title: 'No' }, { title: 'Later' })))).toEqual([]);
      expect(codesOf(menuWith(rows({ title: 'Rome' }, { title: 'Milan' })))).toEqual([]);
    });
  });

  describe('self_start', () => {
    const starting = (automationId: string) => definitionOf({ go: { type: 'start_automation', automationId } });

    it('rejects a step starting the automation being saved', () => {
      expect(problemsOf(starting(OWN_ID), OWN_ID)).toMatchObject([{ step: 'go', path: 'steps.go.automationId', code: 'self_start' }]);
    });

    it('accepts a step starting another automation, or any when the automation is new', () => {
      expect(codesOf(starting(OTHER_ID), OWN_ID)).toEqual([]);
      expect(codesOf(starting(OWN_ID))).toEqual([]);
    });
  });

  describe('ticket_loop', () => {
    const updating = (status: string) => ({ type: 'update_ticket', status });

    it('rejects any status when the trigger fires on every status change', () => {
      expect(problemsOf(definitionOf({ up: updating('In progress') }, statusChanged()))).toMatchObject([
        { step: 'up', path: 'steps.up.status', code: 'ticket_loop', message: expect.stringContaining('on every ticket status change') },
      ]);
    });

    it('rejects a status the trigger moves to, compared without case or spaces around', () => {
      expect(problemsOf(definitionOf({ up: updating(' resolved') }, statusChanged(['Resolved'])))).toMatchObject([
        { step: 'up', code: 'ticket_loop', message: expect.stringContaining('when a ticket moves to "Resolved"') },
      ]);
    });

    it('accepts another status than the ones the trigger moves to', () => {
      expect(codesOf(definitionOf({ up: updating('In progress') }, statusChanged(['Resolved'])))).toEqual([]);
    });

    it('rejects closing the ticket when the trigger fires on its default Closed status', () => {
      expect(problemsOf(definitionOf({ close: { type: 'close_ticket' } }, statusChanged(['Closed'])))).toMatchObject([
        { step: 'close', path: 'steps.close.status', code: 'ticket_loop' },
      ]);
    });

    it('accepts changes that leave the status alone, and any status under other triggers', () => {
      expect(codesOf(definitionOf({ up: { type: 'update_ticket', priority: 'high' } }, statusChanged()))).toEqual([]);
      expect(codesOf(definitionOf({ up: updating('Resolved'), close: { type: 'close_ticket' } }, { type: 'ticket_created' })).filter((c) => c === 'ticket_loop')).toEqual([]);
    });
  });

  describe('update_ticket_no_change', () => {
    it('rejects an update that changes nothing', () => {
      expect(problemsOf(definitionOf({ up: { type: 'update_ticket' } }))).toMatchObject([
        { step: 'up', path: 'steps.up', code: 'update_ticket_no_change' },
      ]);
    });

    it('accepts an update that changes one thing', () => {
      expect(codesOf(definitionOf({ up: { type: 'update_ticket', category: 'Billing' } }))).toEqual([]);
    });
  });

  it('orders problems by the steps they concern, then by code', () => {
    const definition: DefinitionInput = {
      trigger: { type: 'message_phrase', phrase: 'INFO' },
      start: 'missing',
      steps: {
        b: { type: 'update_ticket', next: 'nowhere' },
        a: { type: 'if_else', conditions: { match: 'all', rules: [{ kind: 'tag', op: 'has', tag: 'vip' }] } },
      },
    };
    expect(checkGraph(ZDefinition.parse(definition)).map((p) => `${p.step}:${p.code}`)).toEqual([
      'null:missing_start',
      'b:dangling_exit',
      'b:update_ticket_no_change',
      'a:missing_exit',
    ]);
  });
});

describe('disabledStatusesFor', () => {
  const all = ['Open', 'In progress', 'Resolved', 'Closed'];

  it('disables every status when the trigger fires on any status change', () => {
    expect(disabledStatusesFor({ type: 'ticket_status_changed' }, all)).toEqual(all);
  });

  it('disables the statuses the trigger moves to', () => {
    expect(disabledStatusesFor({ type: 'ticket_status_changed', from: ['Open'], to: ['resolved ', 'Closed'] }, all)).toEqual(['Resolved', 'Closed']);
  });

  it('disables nothing under other triggers', () => {
    const trigger: Trigger = { type: 'ticket_created' };
    expect(disabledStatusesFor(trigger, all)).toEqual([]);
  });
});
