import { successorsOf } from './exits';
import type { Definition } from './types';

export interface Point {
  x: number;
  y: number;
}

export const LAYER_GAP = 190;
export const COLUMN_GAP = 300;

/**
 * A layered layout, top to bottom: the trigger on the first layer, the start
 * step under it, and every other step one layer below the first step that
 * reaches it (breadth first, so loops do not push steps down forever). Steps
 * no path reaches go on a last layer, so they stay visible. Within a layer,
 * steps keep the order of their parents' exits, centred under x = 0.
 */
export function layeredLayout(definition: Definition): { trigger: Point; steps: Record<string, Point> } {
  const layers: string[][] = [];
  const placed = new Set<string>();
  let frontier = definition.steps[definition.start] ? [definition.start] : [];
  frontier.forEach((id) => placed.add(id));
  while (frontier.length > 0) {
    layers.push(frontier);
    const nextLayer: string[] = [];
    for (const id of frontier) {
      for (const to of successorsOf(definition.steps[id]!)) {
        if (placed.has(to) || !definition.steps[to]) continue;
        placed.add(to);
        nextLayer.push(to);
      }
    }
    frontier = nextLayer;
  }
  const unreached = Object.keys(definition.steps).filter((id) => !placed.has(id));
  if (unreached.length > 0) layers.push(unreached);

  const steps: Record<string, Point> = {};
  layers.forEach((layer, depth) => {
    layer.forEach((id, index) => {
      steps[id] = { x: (index - (layer.length - 1) / 2) * COLUMN_GAP, y: (depth + 1) * LAYER_GAP };
    });
  });
  return { trigger: { x: 0, y: 0 }, steps };
}

/** Where each step is drawn: its saved position, else the layered layout's. */
export function positionsOf(definition: Definition): { trigger: Point; steps: Record<string, Point> } {
  const ids = Object.keys(definition.steps);
  const allSaved = ids.every((id) => definition.steps[id]!.position);
  const layout = allSaved ? null : layeredLayout(definition);
  const steps: Record<string, Point> = {};
  for (const id of ids) steps[id] = definition.steps[id]!.position ?? layout!.steps[id]!;
  const start = steps[definition.start];
  // The trigger has no saved position: it sits above the start step.
  const trigger = start ? { x: start.x, y: start.y - LAYER_GAP } : { x: 0, y: 0 };
  return { trigger, steps };
}

/** The definition with every step's position set from the layered layout (the "arrange" button). */
export function arranged(definition: Definition): Definition {
  const { steps: points } = layeredLayout(definition);
  const steps = Object.fromEntries(Object.entries(definition.steps).map(([id, step]) => [id, { ...step, position: points[id] }]));
  return { ...definition, steps };
}

/** The definition with a position for every step: saved ones kept, missing ones from the layered layout. */
export function withMissingPositions(definition: Definition): Definition {
  if (Object.values(definition.steps).every((step) => step.position)) return definition;
  const { steps: points } = layeredLayout(definition);
  const steps = Object.fromEntries(Object.entries(definition.steps).map(([id, step]) => [id, step.position ? step : { ...step, position: points[id] }]));
  return { ...definition, steps };
}

/**
 * Where a step added under `anchor` goes: one layer below it, moved sideways
 * until it overlaps no step already there (a second branch lands beside the first).
 */
export function freeSpotBelow(taken: Point[], anchor: Point): Point {
  const y = anchor.y + LAYER_GAP;
  const overlaps = (x: number) => taken.some((p) => Math.abs(p.x - x) < COLUMN_GAP * 0.8 && Math.abs(p.y - y) < LAYER_GAP * 0.6);
  for (let step = 0; step < 50; step++) {
    // Tries straight below, then right and left alternately, further each time.
    const x = anchor.x + (step % 2 === 1 ? 1 : -1) * Math.ceil(step / 2) * COLUMN_GAP;
    if (!overlaps(x)) return { x, y };
  }
  return { x: anchor.x, y };
}
