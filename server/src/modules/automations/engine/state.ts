import type { Step, StepType } from '../definition.ts';

export type RunStatus = 'running' | 'waiting' | 'completed' | 'terminated' | 'failed';
export const LIVE_RUN_STATUSES: readonly RunStatus[] = ['running', 'waiting'];

/**
 * Where a run stands at its current step:
 * - `start`: created, no step entered yet;
 * - `delay`: waiting for the step's "when" to pass before acting;
 * - `effect`: the step's effect was asked for and its result is awaited;
 * - `reply`: waiting for the customer's next message (until `deadline`, if any);
 * - `done`: the run has ended.
 */
export type RunPhase = 'start' | 'delay' | 'effect' | 'reply' | 'done';

export interface PendingEffect {
  /** `<step>:<visit>`: with the run id, the idempotency key of the effect. */
  key: string;
  stepId: string;
  kind: EffectKind;
  /** For a set_field fed by the customer's reply: the text to store. */
  value?: string;
}

export interface RunState {
  status: RunStatus;
  phase: RunPhase;
  step: string | null;
  /** Steps entered so far; the current visit's number. */
  seq: number;
  path: string[];
  /** When the run is due next (end of a delay or a wait), ISO time. */
  wakeAt: string | null;
  /** The last moment a reply counts as in time, ISO time; null = no limit. */
  deadline: string | null;
  /** When the current wait for a reply began: an older message (a redelivered event) is not its answer. */
  waitingSince?: string | null;
  effect: PendingEffect | null;
  /** Run data: the trigger's data, replies, webhook answers, the ticket a step opened. Usable as %%KEY%%. */
  data: Record<string, unknown>;
  reason: string | null;
  /** How many times in a row the pending effect threw (a fault, not a refusal); reset once it completes. */
  faults?: number;
}

/** How a visit of a step stands, in the timeline and the per-step reports. */
export type VisitStatus = 'waiting' | 'active' | 'completed' | 'failed' | 'terminated';

export interface VisitChange {
  seq: number;
  stepId: string;
  status: VisitStatus;
  /** Set when the step was entered by this change. */
  enteredAt?: string;
  finishedAt?: string;
  outcome?: string;
  reason?: string;
}

/** Effects the executor performs; `evaluate` asks for an if/else verdict on fresh facts. */
export type EffectKind = Exclude<StepType, 'delay' | 'customer_response' | 'if_else'> | 'evaluate';

export interface Effect extends PendingEffect {
  step: Step;
}

export interface ReplyMessage {
  /** Sportello's id of the inbound message. */
  id: string;
  type: string;
  text: string | null;
  buttonId: string | null;
  buttonTitle: string | null;
  receivedAt: string;
}

export type EffectResult = { ok: true; output?: Record<string, unknown>; verdict?: boolean } | { ok: false; reason: string };

export type EngineEvent =
  | { type: 'started' }
  /** The run is due: a delay or wait ended, or a worker died holding it. */
  | { type: 'timer_fired' }
  | { type: 'customer_replied'; message: ReplyMessage }
  | { type: 'effect_done'; key: string; result: EffectResult }
  | { type: 'terminated'; reason: string };

export function newRunState(data: Record<string, unknown>): RunState {
  return { status: 'running', phase: 'start', step: null, seq: 0, path: [], wakeAt: null, deadline: null, effect: null, data, reason: null };
}
