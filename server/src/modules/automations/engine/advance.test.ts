import { describe, expect, it } from 'vitest';
import { STEP_TYPES, ZDefinition, type Definition, type DefinitionInput } from '../definition.ts';
import { parseDefinition } from '../validate.ts';
import { advance, type Advanced } from './advance.ts';
import { newRunState, type EngineEvent, type RunState } from './state.ts';

// ---- time ------------------------------------------------------------------------

const NOW = new Date('2025-03-10T09:00:00.000Z');
/** `ms` after NOW. */
const later = (ms: number) => new Date(NOW.getTime() + ms);
const iso = (ms = 0) => later(ms).toISOString();

// ---- definitions -----------------------------------------------------------------

type StepInput = DefinitionInput['steps'][string];
const USER_ID = '6f1c2a4e-8d3b-4f5a-9c7e-1a2b3c4d5e6f';

/** A definition that starts at its first step (or `start`), with the schema's defaults applied. */
function definitionOf(steps: Record<string, StepInput>, start = Object.keys(steps)[0]!): Definition {
  return ZDefinition.parse({ trigger: { type: 'api' }, start, steps });
}

const tag = (name: string, extra: { next?: string; delay?: string } = {}): StepInput => ({ type: 'add_tag', tag: name, ...extra });
const pause = (delay: string, next?: string): StepInput => ({ type: 'delay', delay, next });
const waitForReply = (extra: { timeout?: string; next?: string; noResponse?: string; delay?: string } = {}): StepInput => ({
  type: 'customer_response',
  timeout: 'PT2S',
  ...extra,
});
const ifElse = (branches: { then?: string; else?: string }): StepInput => ({
  type: 'if_else',
  conditions: { match: 'all', rules: [{ kind: 'tag', op: 'has', tag: 'vip' }] },
  ...branches,
});

type Option = { id?: string; title: string; next?: string };
const buttonsMessage = (buttons: Option[], extra: { next?: string; timeout?: string; noResponse?: string } = {}): StepInput => ({
  type: 'send_message',
  message: { type: 'buttons', text: 'How can we help?', buttons },
  ...extra,
});
const listMessage = (sections: Option[][], extra: { next?: string; timeout?: string; noResponse?: string } = {}): StepInput => ({
  type: 'send_message',
  message: { type: 'list', text: 'Pick a city', buttonText: 'Cities', sections: sections.map((rows) => ({ rows })) },
  ...extra,
});

// ---- events ----------------------------------------------------------------------

const started: EngineEvent = { type: 'started' };
const timerFired: EngineEvent = { type: 'timer_fired' };
const effectOk = (key: string, output?: Record<string, unknown>): EngineEvent => ({ type: 'effect_done', key, result: { ok: true, ...(output ? { output } : {}) } });
const verdict = (key: string, value: boolean | undefined): EngineEvent => ({ type: 'effect_done', key, result: { ok: true, verdict: value } });
const effectFailed = (key: string, reason: string): EngineEvent => ({ type: 'effect_done', key, result: { ok: false, reason } });
const terminated = (reason: string): EngineEvent => ({ type: 'terminated', reason });

function textReply(text: string, receivedAt: Date): EngineEvent {
  return { type: 'customer_replied', message: { id: 'msg-1', type: 'text', text, buttonId: null, buttonTitle: null, receivedAt: receivedAt.toISOString() } };
}

function choiceReply(id: string, title: string, receivedAt: Date): EngineEvent {
  return { type: 'customer_replied', message: { id: 'msg-2', type: 'interactive', text: null, buttonId: id, buttonTitle: title, receivedAt: receivedAt.toISOString() } };
}

// ---- driving a run -----------------------------------------------------------------

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * `advance` on a deep-frozen definition and state, so every call in this file
 * also checks that the core never writes to what it is given.
 */
function step(definition: Definition, state: RunState, event: EngineEvent, now: Date = NOW): Advanced {
  const before = structuredClone(state);
  const result = advance(deepFreeze(definition), deepFreeze(state), event, now);
  expect(state).toEqual(before);
  return result;
}

function start(definition: Definition, data: Record<string, unknown> = {}): Advanced {
  return step(definition, newRunState(data), started);
}

/** The run after its pending effect succeeded at `now`. */
function effectSucceeds(definition: Definition, previous: Advanced, now: Date = NOW, output?: Record<string, unknown>): Advanced {
  const effect = previous.effects[0];
  expect(effect, 'the run was waiting for an effect').toBeDefined();
  return step(definition, previous.state, effectOk(effect!.key, output), now);
}

/** Nothing happened: the same state back, no effect, no timeline change. */
function expectNotApplied(result: Advanced, before: RunState): void {
  expect(result.applied).toBe(false);
  expect(result.state).toEqual(before);
  expect(result.effects).toEqual([]);
  expect(result.visits).toEqual([]);
}

// ---- tests -----------------------------------------------------------------------

describe('starting a run', () => {
  const definition = definitionOf({ a: tag('vip', { next: 'b' }), b: tag('done') });

  it('enters the start step and asks for its effect', () => {
    const result = start(definition, { MESSAGE: 'INFO' });
    expect(result.applied).toBe(true);
    expect(result.state).toMatchObject({
      status: 'running',
      phase: 'effect',
      step: 'a',
      seq: 1,
      path: ['a'],
      wakeAt: null,
      deadline: null,
      effect: { key: 'a:1', stepId: 'a', kind: 'add_tag' },
      data: { MESSAGE: 'INFO' },
      reason: null,
    });
    expect(result.effects).toEqual([{ key: 'a:1', stepId: 'a', kind: 'add_tag', step: definition.steps.a }]);
    expect(result.visits).toEqual([{ seq: 1, stepId: 'a', status: 'active', enteredAt: iso() }]);
  });

  it('also starts on its first due time (runs are created due)', () => {
    const result = step(definition, newRunState({}), timerFired);
    expect(result.applied).toBe(true);
    expect(result.state).toMatchObject({ step: 'a', seq: 1, phase: 'effect' });
  });

  it('does not start twice', () => {
    const first = start(definition);
    expectNotApplied(step(definition, first.state, started), first.state);
  });

  it('fails when the start step does not exist', () => {
    const result = start(definitionOf({ a: tag('vip') }, 'ghost'));
    expect(result.applied).toBe(true);
    expect(result.state).toMatchObject({ status: 'failed', phase: 'done', step: 'ghost', seq: 1, reason: 'Step "ghost" does not exist in this version' });
    expect(result.effects).toEqual([]);
    expect(result.visits).toEqual([
      { seq: 1, stepId: 'ghost', status: 'failed', enteredAt: iso(), finishedAt: iso(), reason: 'The step does not exist in this version' },
    ]);
  });

  it('fails at an exit that names a step missing from the definition', () => {
    const broken = definitionOf({ a: tag('vip', { next: 'gone' }) });
    const result = effectSucceeds(broken, start(broken), later(10));
    expect(result.state).toMatchObject({ status: 'failed', phase: 'done', step: 'gone', seq: 2, path: ['a', 'gone'], reason: 'Step "gone" does not exist in this version' });
    expect(result.visits).toEqual([
      { seq: 1, stepId: 'a', status: 'completed', finishedAt: iso(10), outcome: 'next' },
      { seq: 2, stepId: 'gone', status: 'failed', enteredAt: iso(10), finishedAt: iso(10), reason: 'The step does not exist in this version' },
    ]);
  });
});

describe('the delay ("when") of a step', () => {
  const definition = definitionOf({ a: tag('vip', { delay: 'PT10S', next: 'b' }), b: tag('done') });

  it('waits until the delay has passed, without acting', () => {
    const result = start(definition);
    expect(result.state).toMatchObject({ status: 'waiting', phase: 'delay', step: 'a', seq: 1, wakeAt: iso(10_000), effect: null });
    expect(result.effects).toEqual([]);
    expect(result.visits).toEqual([{ seq: 1, stepId: 'a', status: 'waiting', enteredAt: iso() }]);
  });

  it('ignores a timer that comes early', () => {
    const waiting = start(definition).state;
    expectNotApplied(step(definition, waiting, timerFired, later(9_999)), waiting);
  });

  it('acts when the timer fires at the wake time or after it', () => {
    const waiting = start(definition).state;
    for (const at of [later(10_000), later(25_000)]) {
      const result = step(definition, waiting, timerFired, at);
      expect(result.applied).toBe(true);
      expect(result.state).toMatchObject({ status: 'running', phase: 'effect', wakeAt: null, effect: { key: 'a:1' } });
      expect(result.effects).toEqual([{ key: 'a:1', stepId: 'a', kind: 'add_tag', step: definition.steps.a }]);
      // The visit was entered when the delay began: this change only marks it active.
      expect(result.visits).toEqual([{ seq: 1, stepId: 'a', status: 'active' }]);
    }
  });

  it('lets neither a reply nor an effect result move a run that is waiting out its delay', () => {
    const waiting = start(definition).state;
    expectNotApplied(step(definition, waiting, textReply('hello', later(1)), later(1)), waiting);
    expectNotApplied(step(definition, waiting, effectOk('a:1'), later(1)), waiting);
  });
});

describe('delay step', () => {
  const definition = definitionOf({ hold: pause('PT1M', 'b'), b: tag('done') });

  it('waits for its duration, then goes on to its next step', () => {
    const waiting = start(definition);
    expect(waiting.state).toMatchObject({ status: 'waiting', phase: 'delay', step: 'hold', wakeAt: iso(60_000) });
    expect(waiting.effects).toEqual([]);
    expect(waiting.visits).toEqual([{ seq: 1, stepId: 'hold', status: 'waiting', enteredAt: iso() }]);

    expectNotApplied(step(definition, waiting.state, timerFired, later(59_999)), waiting.state);

    const result = step(definition, waiting.state, timerFired, later(60_000));
    expect(result.applied).toBe(true);
    expect(result.state).toMatchObject({ status: 'running', phase: 'effect', step: 'b', seq: 2, path: ['hold', 'b'] });
    expect(result.effects.map((e) => e.key)).toEqual(['b:2']);
    expect(result.visits).toEqual([
      { seq: 1, stepId: 'hold', status: 'completed', finishedAt: iso(60_000), outcome: 'next' },
      { seq: 2, stepId: 'b', status: 'active', enteredAt: iso(60_000) },
    ]);
  });

  it('passes straight through when its duration is zero', () => {
    const result = start(definitionOf({ hold: pause('PT0S', 'b'), b: tag('done') }));
    expect(result.state).toMatchObject({ phase: 'effect', step: 'b', seq: 2 });
    expect(result.visits).toEqual([
      { seq: 1, stepId: 'hold', status: 'completed', enteredAt: iso(), finishedAt: iso(), outcome: 'next' },
      { seq: 2, stepId: 'b', status: 'active', enteredAt: iso() },
    ]);
  });

  it('completes the run when it is the last step', () => {
    const definitionEnd = definitionOf({ hold: pause('PT1S') });
    const result = step(definitionEnd, start(definitionEnd).state, timerFired, later(1_000));
    expect(result.state).toMatchObject({ status: 'completed', phase: 'done', wakeAt: null, reason: null });
  });
});

describe('action steps', () => {
  /** One of each step that simply does something and goes on. */
  const ACTIONS: Record<string, StepInput> = {
    send_template: { type: 'send_template', template: { name: 'welcome', language: 'en' } },
    send_message: { type: 'send_message', message: { type: 'text', text: 'Hello' } },
    add_tag: { type: 'add_tag', tag: 'vip' },
    remove_tag: { type: 'remove_tag', tag: 'vip' },
    add_to_list: { type: 'add_to_list', list: 'Newsletter' },
    remove_from_list: { type: 'remove_from_list', list: 'Newsletter' },
    assign_operator: { type: 'assign_operator', userId: USER_ID },
    unassign_operator: { type: 'unassign_operator' },
    open_ticket: { type: 'open_ticket', title: 'Call back %%NAME%%' },
    update_ticket: { type: 'update_ticket', status: 'Open' },
    close_ticket: { type: 'close_ticket' },
    send_webhook: { type: 'send_webhook', url: 'https://example.com/hook' },
    block_contact: { type: 'block_contact' },
    restore_contact: { type: 'restore_contact' },
    terminate_automations: { type: 'terminate_automations' },
    start_automation: { type: 'start_automation', automationId: USER_ID },
    chat_note: { type: 'chat_note', text: 'Asked for a call back' },
    mark_unread: { type: 'mark_unread' },
  };

  it('has a fixture for every step type that is not a wait, a branch or set_field', () => {
    const others = ['delay', 'customer_response', 'if_else', 'set_field'];
    expect(Object.keys(ACTIONS).sort()).toEqual(STEP_TYPES.filter((t) => !others.includes(t)).sort());
  });

  it.each(Object.entries(ACTIONS))('%s asks for exactly one effect keyed by step and visit, and waits for it', (type, action) => {
    const definition = definitionOf({ a: { ...action, next: 'b' } as StepInput, b: tag('done') });
    const result = start(definition);
    expect(result.effects).toEqual([{ key: 'a:1', stepId: 'a', kind: type, step: definition.steps.a }]);
    expect(result.state).toMatchObject({ status: 'running', phase: 'effect', wakeAt: null, effect: { key: 'a:1', stepId: 'a', kind: type } });
    expect(result.visits).toEqual([{ seq: 1, stepId: 'a', status: 'active', enteredAt: iso() }]);
  });

  const definition = definitionOf({ a: tag('vip', { next: 'b' }), b: tag('done') });

  it('goes on to the next step when the effect succeeds, merging its output into the run data', () => {
    const first = start(definition, { MESSAGE: 'INFO', WEBHOOK_STATUS: 0 });
    const result = effectSucceeds(definition, first, later(5), { WEBHOOK_STATUS: 200, ORDER: 'shipped' });
    expect(result.applied).toBe(true);
    expect(result.state).toMatchObject({
      status: 'running',
      phase: 'effect',
      step: 'b',
      seq: 2,
      path: ['a', 'b'],
      effect: { key: 'b:2', stepId: 'b', kind: 'add_tag' },
      data: { MESSAGE: 'INFO', WEBHOOK_STATUS: 200, ORDER: 'shipped' },
    });
    expect(result.effects).toEqual([{ key: 'b:2', stepId: 'b', kind: 'add_tag', step: definition.steps.b }]);
    expect(result.visits).toEqual([
      { seq: 1, stepId: 'a', status: 'completed', finishedAt: iso(5), outcome: 'next' },
      { seq: 2, stepId: 'b', status: 'active', enteredAt: iso(5) },
    ]);
  });

  it('completes the run after the last step', () => {
    const second = effectSucceeds(definition, start(definition));
    const result = effectSucceeds(definition, second, later(7));
    expect(result.state).toMatchObject({ status: 'completed', phase: 'done', step: 'b', seq: 2, path: ['a', 'b'], effect: null, wakeAt: null, reason: null });
    expect(result.effects).toEqual([]);
    expect(result.visits).toEqual([{ seq: 2, stepId: 'b', status: 'completed', finishedAt: iso(7), outcome: 'next' }]);
  });

  it('fails the run with the reason when the effect fails', () => {
    const first = start(definition);
    const result = step(definition, first.state, effectFailed('a:1', 'The contact is blocked'), later(3));
    expect(result.applied).toBe(true);
    expect(result.state).toMatchObject({ status: 'failed', phase: 'done', step: 'a', effect: null, wakeAt: null, reason: 'Step "a" failed: The contact is blocked' });
    expect(result.effects).toEqual([]);
    expect(result.visits).toEqual([{ seq: 1, stepId: 'a', status: 'failed', finishedAt: iso(3), outcome: 'failed', reason: 'The contact is blocked' }]);
  });

  it('ignores a result with another key, or one that comes when no effect is awaited', () => {
    const first = start(definition).state;
    expectNotApplied(step(definition, first, effectOk('b:1')), first);
    expectNotApplied(step(definition, first, effectOk('a:2')), first);

    const waiting = start(definitionOf({ w: waitForReply() })).state;
    expectNotApplied(step(definitionOf({ w: waitForReply() }), waiting, effectOk('w:1')), waiting);
  });

  it('keys a second visit of the same step apart from the first', () => {
    const loop = definitionOf({ a: tag('vip', { next: 'hold' }), hold: pause('PT1S', 'a') });
    const first = start(loop);
    const holding = effectSucceeds(loop, first);
    const again = step(loop, holding.state, timerFired, later(1_000));
    expect(first.effects.map((e) => e.key)).toEqual(['a:1']);
    expect(again.effects.map((e) => e.key)).toEqual(['a:3']);
    expect(again.state.path).toEqual(['a', 'hold', 'a']);
    // The first visit's result comes too late: it must not move the second visit.
    expectNotApplied(step(loop, again.state, effectOk('a:1'), later(1_001)), again.state);
  });

  it('asks again under the same key when the timer fires while the effect is pending (the lease ran out)', () => {
    const first = start(definition);
    const retried = step(definition, first.state, timerFired, later(30_000));
    expect(retried.applied).toBe(true);
    expect(retried.effects).toEqual(first.effects);
    expect(retried.visits).toEqual([]);
    expect(retried.state).toEqual(first.state);

    // Whichever attempt reports first moves the run; the other's report is ignored.
    const moved = step(definition, retried.state, effectOk('a:1'), later(30_001));
    expect(moved.state).toMatchObject({ step: 'b', seq: 2 });
    expectNotApplied(step(definition, moved.state, effectOk('a:1'), later(30_002)), moved.state);
  });
});

describe('if_else', () => {
  const definition = definitionOf({ check: ifElse({ then: 'yes', else: 'no' }), yes: tag('yes'), no: tag('no') });

  it('asks for a verdict on fresh facts', () => {
    const result = start(definition);
    expect(result.effects).toEqual([{ key: 'check:1', stepId: 'check', kind: 'evaluate', step: definition.steps.check }]);
    expect(result.state).toMatchObject({ phase: 'effect', status: 'running' });
  });

  it.each([
    [true, 'then', 'yes'],
    [false, 'else', 'no'],
    [undefined, 'else', 'no'],
  ])('verdict %s takes the %s branch', (value, outcome, target) => {
    const result = step(definition, start(definition).state, verdict('check:1', value), later(1));
    expect(result.state).toMatchObject({ step: target, seq: 2, path: ['check', target] });
    expect(result.visits).toEqual([
      { seq: 1, stepId: 'check', status: 'completed', finishedAt: iso(1), outcome },
      { seq: 2, stepId: target, status: 'active', enteredAt: iso(1) },
    ]);
  });

  it('ends the run when the chosen branch leads nowhere', () => {
    const onlyThen = definitionOf({ check: ifElse({ then: 'yes' }), yes: tag('yes') });
    const result = step(onlyThen, start(onlyThen).state, verdict('check:1', false), later(1));
    expect(result.state).toMatchObject({ status: 'completed', phase: 'done', reason: null });
    expect(result.visits).toEqual([{ seq: 1, stepId: 'check', status: 'completed', finishedAt: iso(1), outcome: 'else' }]);

    const onlyElse = definitionOf({ check: ifElse({ else: 'no' }), no: tag('no') });
    expect(step(onlyElse, start(onlyElse).state, verdict('check:1', true)).state).toMatchObject({ status: 'completed' });
  });

  it('fails the run when the conditions cannot be evaluated', () => {
    const result = step(definition, start(definition).state, effectFailed('check:1', 'The ticket does not exist'));
    expect(result.state).toMatchObject({ status: 'failed', reason: 'Step "check" failed: The ticket does not exist' });
  });
});

describe('customer_response', () => {
  // The steps after the wait have a delay of their own, so that a late event meets a run that is clearly elsewhere.
  const definition = definitionOf({
    wait: waitForReply({ timeout: 'PT2S', next: 'thanks', noResponse: 'nudge' }),
    thanks: tag('engaged', { delay: 'PT1M' }),
    nudge: tag('silent', { delay: 'PT1M' }),
  });
  const waiting = () => start(definition).state;

  it('waits for a reply until the deadline', () => {
    const result = start(definition);
    expect(result.state).toMatchObject({ status: 'waiting', phase: 'reply', step: 'wait', deadline: iso(2_000), wakeAt: iso(2_000), effect: null });
    expect(result.effects).toEqual([]);
    expect(result.visits).toEqual([{ seq: 1, stepId: 'wait', status: 'waiting', enteredAt: iso() }]);
  });

  it('counts the deadline from when the wait begins, after the step\'s own delay', () => {
    const delayed = definitionOf({ wait: waitForReply({ delay: 'PT5S', timeout: 'PT2S' }) });
    const first = start(delayed);
    expect(first.state).toMatchObject({ phase: 'delay', wakeAt: iso(5_000), deadline: null });
    const result = step(delayed, first.state, timerFired, later(5_000));
    expect(result.state).toMatchObject({ phase: 'reply', deadline: iso(7_000), wakeAt: iso(7_000) });
    expect(result.visits).toEqual([{ seq: 1, stepId: 'wait', status: 'waiting' }]);
  });

  it('goes to `next` on a reply in time, keeping the reply in the run data', () => {
    const result = step(definition, waiting(), textReply('Yes please', later(1_500)), later(1_500));
    expect(result.applied).toBe(true);
    expect(result.state).toMatchObject({
      status: 'waiting',
      phase: 'delay',
      step: 'thanks',
      seq: 2,
      deadline: null,
      data: { REPLY: 'Yes please', LAST_MESSAGE: 'Yes please', REPLY_MESSAGE_ID: 'msg-1', REPLY_BUTTON_ID: '' },
    });
    expect(result.visits).toEqual([
      { seq: 1, stepId: 'wait', status: 'completed', finishedAt: iso(1_500), outcome: 'replied' },
      { seq: 2, stepId: 'thanks', status: 'waiting', enteredAt: iso(1_500) },
    ]);
  });

  it('takes a button reply\'s title as the reply and keeps its id', () => {
    const result = step(definition, waiting(), choiceReply('yes', 'Yes!', later(100)), later(100));
    expect(result.state.data).toMatchObject({ REPLY: 'Yes!', LAST_MESSAGE: 'Yes!', REPLY_BUTTON_ID: 'yes', REPLY_MESSAGE_ID: 'msg-2' });
  });

  it('accepts a reply received exactly at the deadline', () => {
    const result = step(definition, waiting(), textReply('just in time', later(2_000)), later(2_000));
    expect(result.applied).toBe(true);
    expect(result.state.step).toBe('thanks');
  });

  it('does not take a message older than the wait as its answer', () => {
    const state = step(definition, waiting(), textReply('before the question', later(-1)), later(10)).state;
    expect(state).toMatchObject({ phase: 'reply', step: 'wait' });
  });

  it('ignores a timer before the deadline, and goes to `noResponse` at it', () => {
    const state = waiting();
    expectNotApplied(step(definition, state, timerFired, later(1_999)), state);
    const result = step(definition, state, timerFired, later(2_000));
    expect(result.applied).toBe(true);
    expect(result.state).toMatchObject({ status: 'waiting', phase: 'delay', step: 'nudge', seq: 2, path: ['wait', 'nudge'], deadline: null });
    expect(result.state.data).not.toHaveProperty('REPLY');
    expect(result.visits).toEqual([
      { seq: 1, stepId: 'wait', status: 'completed', finishedAt: iso(2_000), outcome: 'no_response' },
      { seq: 2, stepId: 'nudge', status: 'waiting', enteredAt: iso(2_000) },
    ]);
  });

  it('completes the run on timeout when there is no `noResponse`', () => {
    const bare = definitionOf({ wait: waitForReply({ next: 'thanks' }), thanks: tag('engaged') });
    const result = step(bare, start(bare).state, timerFired, later(2_000));
    expect(result.state).toMatchObject({ status: 'completed', phase: 'done', reason: null, wakeAt: null, deadline: null });
    expect(result.visits).toEqual([{ seq: 1, stepId: 'wait', status: 'completed', finishedAt: iso(2_000), outcome: 'no_response' }]);
  });

  it('completes the run on a reply when there is no `next`', () => {
    const bare = definitionOf({ wait: waitForReply() });
    const result = step(bare, start(bare).state, textReply('ok', later(1)), later(1));
    expect(result.state).toMatchObject({ status: 'completed', data: { REPLY: 'ok' } });
  });

  describe('a reply and the timeout racing', () => {
    it('reply first: the reply wins and the timer that follows does nothing', () => {
      const replied = step(definition, waiting(), textReply('here', later(1_999)), later(2_000));
      expect(replied.state.step).toBe('thanks');
      expectNotApplied(step(definition, replied.state, timerFired, later(2_000)), replied.state);
    });

    it('timer first: the timeout wins and a reply written in time but delivered after does nothing', () => {
      const timedOut = step(definition, waiting(), timerFired, later(2_000));
      expect(timedOut.state.step).toBe('nudge');
      expectNotApplied(step(definition, timedOut.state, textReply('here', later(1_999)), later(2_001)), timedOut.state);
    });

    it('a reply written after the deadline loses even before the timer has fired', () => {
      const state = waiting();
      expectNotApplied(step(definition, state, textReply('too late', later(2_001)), later(2_001)), state);
      expect(step(definition, state, timerFired, later(2_002)).state.step).toBe('nudge');
    });

    it('takes one reply only', () => {
      const replied = step(definition, waiting(), textReply('one', later(10)), later(10));
      expectNotApplied(step(definition, replied.state, textReply('two', later(20)), later(20)), replied.state);
    });
  });
});

describe('set_field', () => {
  it('with a value: asks for the effect and goes on', () => {
    const definition = definitionOf({ f: { type: 'set_field', field: 'city', value: 'Rome', next: 'b' }, b: tag('done') });
    const first = start(definition);
    expect(first.effects).toEqual([{ key: 'f:1', stepId: 'f', kind: 'set_field', step: definition.steps.f }]);
    expect(first.state).toMatchObject({ phase: 'effect', status: 'running' });
    expect(effectSucceeds(definition, first).state).toMatchObject({ step: 'b', seq: 2 });
  });

  describe('from the next message', () => {
    const definition = definitionOf({
      f: { type: 'set_field', field: 'city', from: 'next_message', timeout: 'PT2S', next: 'b', noResponse: 'late' },
      b: tag('done'),
      late: tag('silent'),
    });

    it('waits for the reply, then asks to store its text', () => {
      const first = start(definition);
      expect(first.state).toMatchObject({ status: 'waiting', phase: 'reply', deadline: iso(2_000), wakeAt: iso(2_000) });
      expect(first.effects).toEqual([]);
      expect(first.visits).toEqual([{ seq: 1, stepId: 'f', status: 'waiting', enteredAt: iso() }]);

      const replied = step(definition, first.state, textReply('Rome', later(1_000)), later(1_000));
      expect(replied.applied).toBe(true);
      expect(replied.effects).toEqual([{ key: 'f:1', stepId: 'f', kind: 'set_field', value: 'Rome', step: definition.steps.f }]);
      expect(replied.state).toMatchObject({
        status: 'running',
        phase: 'effect',
        wakeAt: null,
        effect: { key: 'f:1', stepId: 'f', kind: 'set_field', value: 'Rome' },
        data: { REPLY: 'Rome', LAST_MESSAGE: 'Rome' },
      });
      expect(replied.visits).toEqual([{ seq: 1, stepId: 'f', status: 'active' }]);

      // Once the reply is taken, the deadline no longer matters: the run waits for the effect.
      expectNotApplied(step(definition, replied.state, textReply('Milan', later(1_500)), later(1_500)), replied.state);

      const stored = effectSucceeds(definition, replied, later(1_001));
      expect(stored.state).toMatchObject({ step: 'b', seq: 2 });
      expect(stored.visits).toEqual([
        { seq: 1, stepId: 'f', status: 'completed', finishedAt: iso(1_001), outcome: 'next' },
        { seq: 2, stepId: 'b', status: 'active', enteredAt: iso(1_001) },
      ]);
    });

    it('stores a button reply\'s title', () => {
      const replied = step(definition, start(definition).state, choiceReply('rome', 'Rome', later(1)), later(1));
      expect(replied.effects[0]).toMatchObject({ kind: 'set_field', value: 'Rome' });
    });

    it('goes to `noResponse` at the deadline, or ends the run without one', () => {
      const result = step(definition, start(definition).state, timerFired, later(2_000));
      expect(result.state).toMatchObject({ step: 'late', seq: 2 });
      expect(result.visits[0]).toEqual({ seq: 1, stepId: 'f', status: 'completed', finishedAt: iso(2_000), outcome: 'no_response' });

      const bare = definitionOf({ f: { type: 'set_field', field: 'city', from: 'next_message', timeout: 'PT2S' } });
      expect(step(bare, start(bare).state, timerFired, later(2_000)).state).toMatchObject({ status: 'completed', phase: 'done' });
    });

    it('waits without end when it has no timeout', () => {
      const open = definitionOf({ f: { type: 'set_field', field: 'city', from: 'next_message' } });
      const waiting = start(open).state;
      expect(waiting).toMatchObject({ phase: 'reply', deadline: null, wakeAt: null });
      expectNotApplied(step(open, waiting, timerFired, later(365 * 24 * 3600 * 1000)), waiting);
      expect(step(open, waiting, textReply('Paris', later(86_400_000)), later(86_400_000)).effects[0]).toMatchObject({ value: 'Paris' });
    });
  });
});

describe('send_message with choices', () => {
  const definition = definitionOf({
    menu: buttonsMessage(
      [
        { id: 'sales', title: 'Sales', next: 'sales' },
        { title: 'Support desk', next: 'support' },
        { id: 'other', title: 'Other' },
      ],
      { next: 'fallback', timeout: 'PT10S', noResponse: 'late' },
    ),
    sales: tag('sales'),
    support: tag('support'),
    fallback: tag('fallback'),
    late: tag('late'),
  });

  /** The menu sent at NOW+500 ms: the run waits for the choice. */
  function waitingForChoice(def: Definition = definition): RunState {
    const sending = start(def);
    expect(sending.effects).toEqual([{ key: 'menu:1', stepId: 'menu', kind: 'send_message', step: def.steps.menu }]);
    return effectSucceeds(def, sending, later(500)).state;
  }

  it('sends the message, then waits for the choice until the timeout', () => {
    const sent = effectSucceeds(definition, start(definition), later(500));
    expect(sent.state).toMatchObject({ status: 'waiting', phase: 'reply', step: 'menu', seq: 1, deadline: iso(10_500), wakeAt: iso(10_500), effect: null });
    expect(sent.effects).toEqual([]);
    expect(sent.visits).toEqual([{ seq: 1, stepId: 'menu', status: 'waiting' }]);
  });

  it('follows the button replied by id', () => {
    const result = step(definition, waitingForChoice(), choiceReply('sales', 'Sales', later(1_000)), later(1_000));
    expect(result.applied).toBe(true);
    expect(result.state).toMatchObject({ step: 'sales', seq: 2, data: { REPLY: 'Sales', REPLY_BUTTON_ID: 'sales' } });
    expect(result.visits).toEqual([
      { seq: 1, stepId: 'menu', status: 'completed', finishedAt: iso(1_000), outcome: 'button:sales' },
      { seq: 2, stepId: 'sales', status: 'active', enteredAt: iso(1_000) },
    ]);
  });

  it('knows a button by the id derived from its title', () => {
    const result = step(definition, waitingForChoice(), choiceReply('support_desk', 'Support desk', later(1_000)), later(1_000));
    expect(result.state.step).toBe('support');
    expect(result.visits[0]!.outcome).toBe('button:support_desk');
  });

  it('follows a button whose title is typed, whatever the case and surrounding spaces', () => {
    const typed = step(definition, waitingForChoice(), textReply('  SUPPORT desk ', later(1_000)), later(1_000));
    expect(typed.state.step).toBe('support');
    expect(typed.visits[0]!.outcome).toBe('button:support_desk');
    expect(typed.state.data).toMatchObject({ REPLY: '  SUPPORT desk ', REPLY_BUTTON_ID: '' });
  });

  it('goes to the step\'s `next` for any other text', () => {
    const result = step(definition, waitingForChoice(), textReply('I want a refund', later(1_000)), later(1_000));
    expect(result.state).toMatchObject({ step: 'fallback', data: { REPLY: 'I want a refund' } });
    expect(result.visits[0]).toEqual({ seq: 1, stepId: 'menu', status: 'completed', finishedAt: iso(1_000), outcome: 'next' });
  });

  it('goes to the step\'s `next` for a button that has no way of its own', () => {
    const result = step(definition, waitingForChoice(), choiceReply('other', 'Other', later(1_000)), later(1_000));
    expect(result.state.step).toBe('fallback');
    expect(result.visits[0]!.outcome).toBe('button:other');
  });

  describe('without a `next` on the step', () => {
    const strict = definitionOf({
      menu: buttonsMessage([{ id: 'sales', title: 'Sales', next: 'sales' }, { id: 'other', title: 'Other' }]),
      sales: tag('sales'),
    });

    it('keeps waiting on other text, and takes the choice that comes after it', () => {
      const waiting = waitingForChoice(strict);
      expect(waiting.deadline).toBeNull();
      expectNotApplied(step(strict, waiting, textReply('hmm?', later(1_000)), later(1_000)), waiting);
      expectNotApplied(step(strict, waiting, timerFired, later(3_600_000)), waiting);
      expect(step(strict, waiting, choiceReply('sales', 'Sales', later(2_000)), later(2_000)).state.step).toBe('sales');
    });

    it('ends the run on a button that leads nowhere', () => {
      const result = step(strict, waitingForChoice(strict), choiceReply('other', 'Other', later(1_000)), later(1_000));
      expect(result.state).toMatchObject({ status: 'completed', phase: 'done' });
      expect(result.visits).toEqual([{ seq: 1, stepId: 'menu', status: 'completed', finishedAt: iso(1_000), outcome: 'button:other' }]);
    });
  });

  it('goes to `noResponse` at the timeout, or ends the run without one', () => {
    const state = waitingForChoice();
    expectNotApplied(step(definition, state, timerFired, later(10_499)), state);
    const result = step(definition, state, timerFired, later(10_500));
    expect(result.state.step).toBe('late');
    expect(result.visits[0]).toEqual({ seq: 1, stepId: 'menu', status: 'completed', finishedAt: iso(10_500), outcome: 'no_response' });

    const bare = definitionOf({ menu: buttonsMessage([{ id: 'sales', title: 'Sales', next: 'sales' }], { timeout: 'PT10S' }), sales: tag('sales') });
    expect(step(bare, waitingForChoice(bare), timerFired, later(10_500)).state).toMatchObject({ status: 'completed', phase: 'done' });
  });

  it('does not take a choice made after the timeout', () => {
    const state = waitingForChoice();
    expectNotApplied(step(definition, state, choiceReply('sales', 'Sales', later(10_501)), later(10_501)), state);
  });

  it('does not wait when no button leads anywhere of its own', () => {
    const plain = definitionOf({ menu: buttonsMessage([{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }], { next: 'after' }), after: tag('after') });
    const result = effectSucceeds(plain, start(plain), later(1));
    expect(result.state).toMatchObject({ phase: 'effect', step: 'after', seq: 2 });
    expect(result.visits[0]).toEqual({ seq: 1, stepId: 'menu', status: 'completed', finishedAt: iso(1), outcome: 'next' });
  });

  describe('list rows', () => {
    const list = definitionOf({
      menu: listMessage([[{ id: 'r-rome', title: 'Rome', next: 'rome' }], [{ title: 'New York', next: 'ny' }, { id: 'r-else', title: 'Elsewhere' }]]),
      rome: tag('rome'),
      ny: tag('ny'),
    });

    it('follows the row replied by id, or whose title is typed, across sections', () => {
      const waiting = waitingForChoice(list);
      const byId = step(list, waiting, choiceReply('r-rome', 'Rome', later(1_000)), later(1_000));
      expect(byId.state.step).toBe('rome');
      expect(byId.visits[0]!.outcome).toBe('row:r-rome');

      const typed = step(list, waiting, textReply('new york', later(1_000)), later(1_000));
      expect(typed.state.step).toBe('ny');
      expect(typed.visits[0]!.outcome).toBe('row:new_york');
    });

    it('keeps waiting on other text when the step has no `next`, and ends on a row that leads nowhere', () => {
      const waiting = waitingForChoice(list);
      expectNotApplied(step(list, waiting, textReply('Paris', later(1_000)), later(1_000)), waiting);
      const result = step(list, waiting, choiceReply('r-else', 'Elsewhere', later(1_000)), later(1_000));
      expect(result.state).toMatchObject({ status: 'completed' });
      expect(result.visits[0]!.outcome).toBe('row:r-else');
    });
  });
});

describe('terminating a run', () => {
  const definition = definitionOf({ a: tag('vip', { next: 'wait' }), wait: waitForReply({ timeout: 'PT1H', next: 'b' }), b: tag('done') });

  it('ends a waiting run and its current visit', () => {
    const waiting = effectSucceeds(definition, start(definition));
    const result = step(definition, waiting.state, terminated('Stopped by Anna'), later(60_000));
    expect(result.applied).toBe(true);
    expect(result.state).toMatchObject({ status: 'terminated', phase: 'done', step: 'wait', wakeAt: null, deadline: null, effect: null, reason: 'Stopped by Anna' });
    expect(result.effects).toEqual([]);
    expect(result.visits).toEqual([{ seq: 2, stepId: 'wait', status: 'terminated', finishedAt: iso(60_000), reason: 'Stopped by Anna' }]);
  });

  it('ends a run waiting for an effect, whose result is then ignored', () => {
    const first = start(definition);
    const result = step(definition, first.state, terminated('Contact deleted'), later(1));
    expect(result.state).toMatchObject({ status: 'terminated', effect: null });
    expect(result.visits).toEqual([{ seq: 1, stepId: 'a', status: 'terminated', finishedAt: iso(1), reason: 'Contact deleted' }]);
    expectNotApplied(step(definition, result.state, effectOk('a:1'), later(2)), result.state);
  });

  it('ends a run that has not entered a step yet, with no timeline change', () => {
    const result = step(definition, newRunState({}), terminated('Automation deactivated'));
    expect(result.applied).toBe(true);
    expect(result.state).toMatchObject({ status: 'terminated', phase: 'done', step: null, reason: 'Automation deactivated' });
    expect(result.visits).toEqual([]);
  });

  it('does not apply to a run that has ended, nor does anything else', () => {
    const ended = step(definition, start(definition).state, effectFailed('a:1', 'boom')).state;
    for (const event of [terminated('late stop'), started, timerFired, textReply('hi', later(1)), effectOk('a:1')]) {
      expectNotApplied(step(definition, ended, event, later(1)), ended);
    }
  });
});

describe('the bound on steps without a pause', () => {
  /** `<prefix>1` → `<prefix>2` → … → `<prefix>N` → `then`, each a zero-length delay. */
  function chainOf(length: number, prefix = 's', then?: string): Record<string, StepInput> {
    const steps: Record<string, StepInput> = {};
    for (let i = 1; i <= length; i++) steps[`${prefix}${i}`] = pause('PT0S', i < length ? `${prefix}${i + 1}` : then);
    return steps;
  }

  it('runs a chain of 200 steps in one go', () => {
    const result = start(definitionOf(chainOf(200)));
    expect(result.state).toMatchObject({ status: 'completed', seq: 200 });
    expect(result.visits).toHaveLength(200);
  });

  it('fails the run at the 201st step in a row, with the failure on that step', () => {
    const result = start(definitionOf(chainOf(250)));
    expect(result.applied).toBe(true);
    expect(result.state).toMatchObject({
      status: 'failed',
      phase: 'done',
      step: 's201',
      seq: 201,
      reason: 'Stopped at step "s201": more than 200 steps in a row without a pause',
    });
    expect(result.state.path).toHaveLength(201);
    expect(result.effects).toEqual([]);
    expect(result.visits).toHaveLength(201);
    expect(result.visits[199]).toEqual({ seq: 200, stepId: 's200', status: 'completed', enteredAt: iso(), finishedAt: iso(), outcome: 'next' });
    expect(result.visits[200]).toEqual({ seq: 201, stepId: 's201', status: 'failed', enteredAt: iso(), finishedAt: iso(), reason: 'Too many steps without a pause' });
  });

  it('stops a loop of zero-length delays', () => {
    const loop = definitionOf({ a: pause('PT0S', 'b'), b: pause('PT0S', 'a') });
    expect(start(loop).state).toMatchObject({ status: 'failed', seq: 201 });
  });

  it('is never reached through an effect: validation rejects a loop whose only delay is zero-length', () => {
    // The bound counts the steps of one call, and the executor calls again after each effect in the same
    // transaction: such a loop would spin there for ever, so it must not pass validation.
    const result = parseDefinition({ trigger: { type: 'api' }, start: 'a', steps: { a: tag('vip', { next: 'hold' }), hold: pause('PT0S', 'a') } });
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toContain('cycle_without_wait');
  });

  it('counts the steps of one call only: an effect in between starts the count again', () => {
    const definition = definitionOf({ ...chainOf(150, 's', 'mid'), mid: tag('mid', { next: 't1' }), ...chainOf(150, 't') }, 's1');
    const first = start(definition);
    expect(first.state).toMatchObject({ status: 'running', step: 'mid', seq: 151 });
    expect(effectSucceeds(definition, first).state).toMatchObject({ status: 'completed', seq: 301 });
  });
});

describe('purity', () => {
  it('leaves a deep-frozen state and definition as they were, through a whole run', () => {
    const definition = deepFreeze(
      definitionOf({
        menu: buttonsMessage([{ id: 'go', title: 'Go', next: 'f' }], { timeout: 'PT1M' }),
        f: { type: 'set_field', field: 'city', from: 'next_message', next: 'check' },
        check: ifElse({ then: 'done' }),
        done: tag('done'),
      }),
    );
    const definitionBefore = structuredClone(definition);
    const events: Array<[EngineEvent | ((previous: Advanced) => EngineEvent), number]> = [
      [started, 0],
      [(p) => effectOk(p.effects[0]!.key, { SENT: true }), 1],
      [choiceReply('go', 'Go', later(2)), 2],
      [textReply('Rome', later(3)), 3],
      [(p) => effectOk(p.effects[0]!.key), 4],
      [(p) => verdict(p.effects[0]!.key, true), 5],
      [(p) => effectOk(p.effects[0]!.key), 6],
    ];
    let current: Advanced = { state: deepFreeze(newRunState({ MESSAGE: 'INFO' })), effects: [], visits: [], applied: true };
    for (const [event, ms] of events) {
      const before = structuredClone(current.state);
      const next = advance(definition, deepFreeze(current.state), typeof event === 'function' ? event(current) : event, later(ms));
      expect(next.applied).toBe(true);
      expect(current.state).toEqual(before);
      expect(next.state).not.toBe(current.state);
      current = next;
    }
    expect(current.state).toMatchObject({ status: 'completed', path: ['menu', 'f', 'check', 'done'], data: { MESSAGE: 'INFO', SENT: true, REPLY: 'Rome' } });
    expect(definition).toEqual(definitionBefore);
  });
});
