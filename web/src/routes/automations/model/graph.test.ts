import { describe, expect, it } from 'vitest';
import { exitSlotsOf } from './exits';
import { buttonsFlow, phraseFlow } from './fixtures';
import { addStep, connect, definitionToGraph, disconnect, removeStep, TRIGGER_NODE, withPositions } from './graph';
import type { Definition } from './types';

const edgesOf = (definition: Definition) =>
  definitionToGraph(definition).edges.map((e) => `${e.source}.${e.sourceHandle}>${e.target}`);

describe('definition to graph', () => {
  it('draws the trigger and one node per step, and an edge per connected exit', () => {
    const { nodes } = definitionToGraph(phraseFlow());
    expect(nodes.map((n) => [n.id, n.type])).toEqual([
      [TRIGGER_NODE, 'trigger'],
      ['hello', 'step'],
      ['wait', 'step'],
      ['thanks', 'step'],
      ['nudge', 'step'],
    ]);
    expect(edgesOf(phraseFlow())).toEqual([`${TRIGGER_NODE}.start>hello`, 'hello.next>wait', 'wait.next>thanks', 'wait.noResponse>nudge']);
    const wait = definitionToGraph(phraseFlow()).edges.find((e) => e.source === 'wait' && e.target === 'nudge');
    expect(wait?.data.slot?.kind).toBe('noResponse');
  });

  it('gives each button its own exit, labelled with its title', () => {
    const { edges } = definitionToGraph(buttonsFlow());
    expect(edges.filter((e) => e.source === 'ask').map((e) => [e.sourceHandle, e.data.slot?.title ?? e.data.slot?.kind, e.target])).toEqual([
      ['button:0', 'Yes', 'yes'],
      ['button:1', 'No', 'no'],
      ['noResponse', 'noResponse', 'later'],
    ]);
  });

  it('puts the server’s problems on the step they name, and the others on the trigger', () => {
    const { nodes } = definitionToGraph(phraseFlow(), {
      problems: [
        { step: 'wait', path: 'steps.wait.timeout', code: 'invalid_step', message: 'Step "wait" (timeout): bad' },
        { step: null, path: 'trigger.phrase', code: 'invalid_trigger', message: 'Trigger (phrase): empty' },
      ],
      reports: [{ stepId: 'hello', entered: 3, waiting: 0, completed: 3, failed: 0 }],
    });
    expect(nodes.find((n) => n.id === 'wait')?.data.problems).toEqual(['Step "wait" (timeout): bad']);
    expect(nodes.find((n) => n.id === TRIGGER_NODE)?.data.problems).toEqual(['Trigger (phrase): empty']);
    const hello = nodes.find((n) => n.id === 'hello');
    expect(hello?.type === 'step' && hello.data.report?.entered).toBe(3);
  });

  it('lays out steps without a saved position and keeps saved ones', () => {
    const definition = withPositions(phraseFlow(), [{ id: 'hello', position: { x: 500.4, y: 20.6 } }]);
    const { nodes } = definitionToGraph(definition);
    expect(nodes.find((n) => n.id === 'hello')?.position).toEqual({ x: 500, y: 21 });
    // The trigger sits above the start step.
    expect(nodes.find((n) => n.id === TRIGGER_NODE)?.position.x).toBe(500);
    expect(nodes.find((n) => n.id === 'wait')?.position).toBeDefined();
  });
});

describe('graph edits back into the definition', () => {
  it('round-trips: edges drawn from a definition connect back into the same definition', () => {
    const original = phraseFlow();
    const { edges } = definitionToGraph(original);
    const bare: Definition = {
      ...original,
      start: '',
      steps: Object.fromEntries(Object.entries(original.steps).map(([id, step]) => [id, exitSlotsOf(step).reduce((s, slot) => ({ ...s, [slot.handle]: undefined }), step)])),
    };
    const rebuilt = edges.reduce((d, e) => connect(d, e.source, e.sourceHandle, e.target), bare);
    expect(edgesOf(rebuilt)).toEqual(edgesOf(original));
    expect(rebuilt.start).toBe('hello');
  });

  it('connects the trigger to a new start, and an exit to a step, replacing its old target', () => {
    let d = connect(phraseFlow(), TRIGGER_NODE, 'start', 'wait');
    expect(d.start).toBe('wait');
    d = connect(d, 'wait', 'noResponse', 'thanks');
    expect(d.steps.wait).toMatchObject({ next: 'thanks', noResponse: 'thanks' });
    d = connect(buttonsFlow(), 'ask', 'button:1', 'later');
    expect(d.steps.ask?.type === 'send_message' && d.steps.ask.message.type === 'buttons' && d.steps.ask.message.buttons[1]).toEqual({ title: 'No', next: 'later' });
  });

  it('ignores a step connected to itself or to a missing step', () => {
    expect(connect(phraseFlow(), 'wait', 'next', 'wait')).toEqual(phraseFlow());
    expect(connect(phraseFlow(), 'wait', 'next', 'ghost')).toEqual(phraseFlow());
  });

  it('disconnects one exit', () => {
    const d = disconnect(phraseFlow(), 'wait', 'noResponse');
    expect(d.steps.wait).toEqual({ type: 'customer_response', timeout: 'PT2S', next: 'thanks' });
    const b = disconnect(buttonsFlow(), 'ask', 'button:0');
    expect(b.steps.ask?.type === 'send_message' && b.steps.ask.message.type === 'buttons' && b.steps.ask.message.buttons[0]).toEqual({ title: 'Yes' });
  });

  it('removes a step with the exits that led to it, and the start when it was the start', () => {
    const d = removeStep(phraseFlow(), 'wait');
    expect(Object.keys(d.steps)).toEqual(['hello', 'thanks', 'nudge']);
    expect(d.steps.hello).not.toHaveProperty('next');
    expect(removeStep(phraseFlow(), 'hello').start).toBe('');
  });

  it('adds steps with unique ids; the first step of an empty automation is its start', () => {
    const first = addStep({ trigger: { type: 'api' }, start: '', steps: {} }, { type: 'add_tag', tag: 'a' });
    expect(first.id).toBe('add_tag');
    expect(first.definition.start).toBe('add_tag');
    const second = addStep(first.definition, { type: 'add_tag', tag: 'b' });
    expect(second.id).toBe('add_tag_2');
    expect(second.definition.start).toBe('add_tag');
  });
});
