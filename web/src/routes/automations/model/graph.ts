import { exitSlotsOf, withExit, withoutExitsTo, type ExitSlot } from './exits';
import { positionsOf, type Point } from './layout';
import type { Definition, DefinitionProblem, Step, StepReport, Trigger } from './types';

/** The trigger's node id: a colon is never part of a step id, so it cannot clash with one. */
export const TRIGGER_NODE = 'trigger:start';
/** The trigger node's only handle, connected to the start step. */
export const START_HANDLE = 'start';

export interface TriggerNodeData extends Record<string, unknown> {
  trigger: Trigger;
  problems: string[];
}

export interface StepNodeData extends Record<string, unknown> {
  stepId: string;
  step: Step;
  isStart: boolean;
  problems: string[];
  report?: StepReport;
}

export type BuilderNode =
  | { id: string; type: 'trigger'; position: Point; data: TriggerNodeData; deletable: false; selected?: boolean }
  | { id: string; type: 'step'; position: Point; data: StepNodeData; selected?: boolean };

export interface BuilderEdge {
  id: string;
  source: string;
  sourceHandle: string;
  target: string;
  data: { slot: ExitSlot | null };
}

export interface GraphExtras {
  problems?: DefinitionProblem[];
  reports?: StepReport[];
  selected?: string | null;
}

/** The nodes and edges @xyflow/react draws for a definition, with problems and report counts on their steps. */
export function definitionToGraph(definition: Definition, extras: GraphExtras = {}): { nodes: BuilderNode[]; edges: BuilderEdge[] } {
  const positions = positionsOf(definition);
  const problems = extras.problems ?? [];
  const messagesOf = (step: string | null) => problems.filter((p) => p.step === step).map((p) => p.message);
  const reportOf = new Map((extras.reports ?? []).map((r) => [r.stepId, r]));

  const nodes: BuilderNode[] = [
    {
      id: TRIGGER_NODE,
      type: 'trigger',
      position: positions.trigger,
      data: { trigger: definition.trigger, problems: messagesOf(null) },
      deletable: false,
      selected: extras.selected === TRIGGER_NODE,
    },
    ...Object.entries(definition.steps).map(
      ([id, step]): BuilderNode => ({
        id,
        type: 'step',
        position: positions.steps[id]!,
        data: { stepId: id, step, isStart: id === definition.start, problems: messagesOf(id), report: reportOf.get(id) },
        selected: extras.selected === id,
      }),
    ),
  ];

  const edges: BuilderEdge[] = [];
  if (definition.steps[definition.start]) {
    edges.push({ id: `${TRIGGER_NODE}>${START_HANDLE}`, source: TRIGGER_NODE, sourceHandle: START_HANDLE, target: definition.start, data: { slot: null } });
  }
  for (const [id, step] of Object.entries(definition.steps)) {
    for (const slot of exitSlotsOf(step)) {
      if (!slot.to || !definition.steps[slot.to]) continue;
      edges.push({ id: `${id}>${slot.handle}`, source: id, sourceHandle: slot.handle, target: slot.to, data: { slot } });
    }
  }
  return { nodes, edges };
}

/** Steps moved on the canvas keep their place: it is saved in the definition. */
export function withPositions(definition: Definition, moved: Array<{ id: string; position: Point }>): Definition {
  const steps = { ...definition.steps };
  for (const { id, position } of moved) {
    const step = steps[id];
    if (step) steps[id] = { ...step, position: { x: Math.round(position.x), y: Math.round(position.y) } };
  }
  return { ...definition, steps };
}

/** Connects an exit (or the trigger) to a step; an exit leads to one step, so this replaces its old edge. */
export function connect(definition: Definition, source: string, handle: string | null | undefined, target: string): Definition {
  if (!definition.steps[target] || source === target) return definition;
  if (source === TRIGGER_NODE) return { ...definition, start: target };
  const step = definition.steps[source];
  if (!step || !handle) return definition;
  return { ...definition, steps: { ...definition.steps, [source]: withExit(step, handle, target) } };
}

/** Removes an edge: the exit it stood for leads nowhere (the trigger's edge cannot be removed, only moved). */
export function disconnect(definition: Definition, source: string, handle: string | null | undefined): Definition {
  const step = definition.steps[source];
  if (!step || !handle) return definition;
  return { ...definition, steps: { ...definition.steps, [source]: withExit(step, handle, undefined) } };
}

/** Deletes a step and every exit that led to it. Deleting the start step leaves no start until another is connected. */
export function removeStep(definition: Definition, id: string): Definition {
  if (!definition.steps[id]) return definition;
  const cleared = withoutExitsTo(definition, id);
  const { [id]: _removed, ...steps } = cleared.steps;
  return { ...cleared, steps, start: cleared.start === id ? '' : cleared.start };
}

/** A new step id from its type: `send_message`, then `send_message_2`… */
export function newStepId(definition: Definition, type: string): string {
  if (!definition.steps[type]) return type;
  for (let n = 2; ; n++) {
    const id = `${type}_${n}`;
    if (!definition.steps[id]) return id;
  }
}

/** Adds a step; the first step of an empty automation becomes its start. */
export function addStep(definition: Definition, step: Step): { definition: Definition; id: string } {
  const id = newStepId(definition, step.type);
  const start = definition.steps[definition.start] ? definition.start : id;
  return { id, definition: { ...definition, start, steps: { ...definition.steps, [id]: step } } };
}

/** Replaces one step (its form changed). */
export function withStep(definition: Definition, id: string, step: Step): Definition {
  return { ...definition, steps: { ...definition.steps, [id]: step } };
}
