import { describe, expect, it } from 'vitest';
import { buttonsFlow, phraseFlow } from './fixtures';
import { arranged, COLUMN_GAP, freeSpotBelow, LAYER_GAP, layeredLayout, withMissingPositions } from './layout';
import type { Definition } from './types';

describe('layered layout', () => {
  it('puts each step one layer below the step that first reaches it, branches side by side and centred', () => {
    const { trigger, steps } = layeredLayout(phraseFlow());
    expect(trigger).toEqual({ x: 0, y: 0 });
    expect(steps.hello).toEqual({ x: 0, y: LAYER_GAP });
    expect(steps.wait).toEqual({ x: 0, y: 2 * LAYER_GAP });
    expect(steps.thanks).toEqual({ x: -COLUMN_GAP / 2, y: 3 * LAYER_GAP });
    expect(steps.nudge).toEqual({ x: COLUMN_GAP / 2, y: 3 * LAYER_GAP });
  });

  it('orders a layer by the exits of its parent (buttons first, then no response)', () => {
    const { steps } = layeredLayout(buttonsFlow());
    const layer = ['yes', 'no', 'later'].map((id) => steps[id]!);
    expect(layer.map((p) => p.y)).toEqual([2 * LAYER_GAP, 2 * LAYER_GAP, 2 * LAYER_GAP]);
    expect(layer.map((p) => p.x)).toEqual([-COLUMN_GAP, 0, COLUMN_GAP]);
  });

  it('survives loops and keeps unreachable steps visible on a last layer', () => {
    const looping: Definition = {
      trigger: { type: 'api' },
      start: 'a',
      steps: {
        a: { type: 'customer_response', timeout: 'PT1M', next: 'b', noResponse: 'a' },
        b: { type: 'add_tag', tag: 'x', next: 'a' },
        lost: { type: 'add_tag', tag: 'y' },
      },
    };
    const { steps } = layeredLayout(looping);
    expect(steps.a!.y).toBe(LAYER_GAP);
    expect(steps.b!.y).toBe(2 * LAYER_GAP);
    expect(steps.lost!.y).toBe(3 * LAYER_GAP);
  });

  it('lays out everything when there is no start step', () => {
    const { steps } = layeredLayout({ trigger: { type: 'api' }, start: '', steps: { a: { type: 'mark_unread' }, b: { type: 'mark_unread' } } });
    expect(Object.keys(steps)).toEqual(['a', 'b']);
    expect(steps.a!.y).toBe(steps.b!.y);
    expect(steps.a!.x).not.toBe(steps.b!.x);
  });

  it('arranging writes the layout into every step', () => {
    const d = arranged(phraseFlow());
    expect(Object.values(d.steps).every((s) => s.position)).toBe(true);
    expect(d.steps.thanks?.position).toEqual(layeredLayout(phraseFlow()).steps.thanks);
  });

  it('fills only the missing positions, keeping the ones people placed', () => {
    const flow = phraseFlow();
    flow.steps.hello = { ...flow.steps.hello!, position: { x: 900, y: 900 } };
    const d = withMissingPositions(flow);
    expect(d.steps.hello?.position).toEqual({ x: 900, y: 900 });
    expect(d.steps.wait?.position).toEqual(layeredLayout(flow).steps.wait);
    expect(withMissingPositions(d)).toBe(d);
  });

  it('puts a new step under its anchor, beside the steps already there', () => {
    const anchor = { x: 0, y: 100 };
    expect(freeSpotBelow([anchor], anchor)).toEqual({ x: 0, y: 100 + LAYER_GAP });
    const first = { x: 0, y: 100 + LAYER_GAP };
    expect(freeSpotBelow([anchor, first], anchor)).toEqual({ x: COLUMN_GAP, y: 100 + LAYER_GAP });
    const second = { x: COLUMN_GAP, y: 100 + LAYER_GAP };
    expect(freeSpotBelow([anchor, first, second], anchor)).toEqual({ x: -COLUMN_GAP, y: 100 + LAYER_GAP });
  });
});
