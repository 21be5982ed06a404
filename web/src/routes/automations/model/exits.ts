import type { Definition, Step } from './types';

/**
 * The ways out of a step, as the builder draws them: one handle per exit the
 * step may have, connected or not. Buttons and list rows are named by their
 * position, not their reply id, so renaming a button keeps its connection.
 */
export type ExitKind = 'next' | 'then' | 'else' | 'replied' | 'noResponse' | 'button' | 'row';

export interface ExitSlot {
  /** The handle's id on the node: `next`, `then`, `else`, `noResponse`, `button:0`, `row:0:2`. */
  handle: string;
  kind: ExitKind;
  /** The button's or row's title, shown on the edge. */
  title?: string;
  /** The step it leads to, when connected. */
  to?: string;
}

export function exitSlotsOf(step: Step): ExitSlot[] {
  switch (step.type) {
    case 'if_else':
      return [
        { handle: 'then', kind: 'then', to: step.then },
        { handle: 'else', kind: 'else', to: step.else },
      ];
    case 'customer_response':
      return [
        { handle: 'next', kind: 'replied', to: step.next },
        { handle: 'noResponse', kind: 'noResponse', to: step.noResponse },
      ];
    case 'set_field':
      return step.from === 'next_message'
        ? [
            { handle: 'next', kind: 'next', to: step.next },
            { handle: 'noResponse', kind: 'noResponse', to: step.noResponse },
          ]
        : [{ handle: 'next', kind: 'next', to: step.next }];
    case 'send_message': {
      const { message } = step;
      if (message.type === 'buttons') {
        return [
          ...message.buttons.map((b, i): ExitSlot => ({ handle: `button:${i}`, kind: 'button', title: b.title, to: b.next })),
          { handle: 'next', kind: 'next', to: step.next },
          { handle: 'noResponse', kind: 'noResponse', to: step.noResponse },
        ];
      }
      if (message.type === 'list') {
        return [
          ...message.sections.flatMap((section, s) =>
            section.rows.map((r, i): ExitSlot => ({ handle: `row:${s}:${i}`, kind: 'row', title: r.title, to: r.next })),
          ),
          { handle: 'next', kind: 'next', to: step.next },
          { handle: 'noResponse', kind: 'noResponse', to: step.noResponse },
        ];
      }
      return [{ handle: 'next', kind: 'next', to: step.next }];
    }
    default:
      return [{ handle: 'next', kind: 'next', to: step.next }];
  }
}

/** The steps a step leads to, in the order of its exits. */
export function successorsOf(step: Step): string[] {
  return exitSlotsOf(step)
    .map((slot) => slot.to)
    .filter((to): to is string => to !== undefined && to !== '');
}

/** The step with one exit pointed at `to` (or disconnected with undefined). Unknown handles change nothing. */
export function withExit(step: Step, handle: string, to: string | undefined): Step {
  const [kind, a, b] = handle.split(':');
  if (kind === 'button' && step.type === 'send_message' && step.message.type === 'buttons') {
    const i = Number(a);
    const buttons = step.message.buttons.map((button, index) => (index === i ? withNext(button, to) : button));
    return { ...step, message: { ...step.message, buttons } };
  }
  if (kind === 'row' && step.type === 'send_message' && step.message.type === 'list') {
    const s = Number(a);
    const r = Number(b);
    const sections = step.message.sections.map((section, si) =>
      si === s ? { ...section, rows: section.rows.map((row, ri) => (ri === r ? withNext(row, to) : row)) } : section,
    );
    return { ...step, message: { ...step.message, sections } };
  }
  if (!exitSlotsOf(step).some((slot) => slot.handle === handle)) return step;
  const copy = { ...step } as Record<string, unknown>;
  if (to === undefined) delete copy[handle];
  else copy[handle] = to;
  return copy as Step;
}

function withNext<T extends { next?: string }>(item: T, to: string | undefined): T {
  const { next: _previous, ...rest } = item;
  return (to === undefined ? rest : { ...rest, next: to }) as T;
}

/** Every exit of every step that leads to `target` disconnected, e.g. before deleting it. */
export function withoutExitsTo(definition: Definition, target: string): Definition {
  const steps = Object.fromEntries(
    Object.entries(definition.steps).map(([id, step]) => [
      id,
      exitSlotsOf(step)
        .filter((slot) => slot.to === target)
        .reduce((s, slot) => withExit(s, slot.handle, undefined), step),
    ]),
  );
  return { ...definition, steps };
}
