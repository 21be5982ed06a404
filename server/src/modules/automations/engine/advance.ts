import { branchesOnReply, buttonIdOf, durationMs, rowIdOf, type Definition, type Step } from '../definition.ts';
import type { Effect, EffectKind, EngineEvent, ReplyMessage, RunState, VisitChange } from './state.ts';

export interface Advanced {
  state: RunState;
  /** At most one: the run waits for its result before going on. */
  effects: Effect[];
  visits: VisitChange[];
  /** False when the event did not apply to the run as it stands (a late timer, a reply nobody waits for). */
  applied: boolean;
}

/** Steps entered by one call at most: a bound on chains of zero-delay steps. */
const MAX_STEPS_PER_ADVANCE = 200;

/**
 * The engine's heart: given a run and what happened, the run's next state,
 * the effect to perform and the timeline changes. Pure: no clock, no
 * database; `now` is given. An event that does not fit the run's phase is
 * ignored, which is what makes a reply and a timeout that race safe: only
 * the first one applied moves the run, the second finds it elsewhere.
 */
export function advance(definition: Definition, current: RunState, event: EngineEvent, now: Date): Advanced {
  const run = new RunCursor(definition, structuredClone(current), now);
  const applied = run.apply(event);
  return { state: run.state, effects: run.effects, visits: run.visits, applied };
}

class RunCursor {
  effects: Effect[] = [];
  visits: VisitChange[] = [];
  private entered = 0;
  private readonly at: string;

  constructor(
    private readonly definition: Definition,
    readonly state: RunState,
    private readonly now: Date,
  ) {
    this.at = now.toISOString();
  }

  apply(event: EngineEvent): boolean {
    const s = this.state;
    if (s.phase === 'done') return false;
    switch (event.type) {
      case 'terminated':
        this.finishVisit('terminated', undefined, event.reason);
        this.end('terminated', event.reason);
        return true;
      case 'started':
        if (s.phase !== 'start') return false;
        this.enter(this.definition.start);
        return true;
      case 'timer_fired':
        return this.onDue();
      case 'customer_replied':
        return this.onReply(event.message);
      case 'effect_done':
        if (s.phase !== 'effect' || s.effect?.key !== event.key) return false;
        this.onEffectDone(event.result);
        return true;
    }
  }

  private onDue(): boolean {
    const s = this.state;
    switch (s.phase) {
      case 'start':
        this.enter(this.definition.start);
        return true;
      case 'delay':
        if (!this.isDue(s.wakeAt)) return false;
        this.act(this.currentStep());
        return true;
      case 'reply':
        if (s.deadline === null || !this.isDue(s.deadline)) return false;
        this.finishVisit('completed', 'no_response');
        this.go(this.timeoutExit(this.currentStep()));
        return true;
      case 'effect': {
        // The worker that asked for the effect died or gave up: ask again under the same key.
        const step = this.currentStep();
        this.effects.push({ ...s.effect!, step });
        s.status = 'running';
        s.wakeAt = null;
        return true;
      }
      case 'done':
        return false;
    }
  }

  private onReply(message: ReplyMessage): boolean {
    const s = this.state;
    if (s.phase !== 'reply') return false;
    // A reply written after the deadline lost the race to the timeout, even if the timer has not run yet.
    if (s.deadline !== null && message.receivedAt > s.deadline) return false;
    // A message older than the wait (an event handed over again after a retry) answered an earlier question.
    if (s.waitingSince && message.receivedAt < s.waitingSince) return false;
    const step = this.currentStep();
    const text = message.buttonTitle ?? message.text ?? '';
    if (step.type === 'send_message') {
      const branch = chosenBranch(step, message);
      const exit = branch?.next ?? step.next;
      // A message that picks no option, on a step with no default way on, leaves the run waiting.
      if (!exit && !branch) return false;
      this.recordReply(message, text);
      this.finishVisit('completed', branch ? branch.outcome : 'next');
      this.go(exit);
      return true;
    }
    this.recordReply(message, text);
    if (step.type === 'set_field') {
      this.askEffect(step, 'set_field', text);
      return true;
    }
    this.finishVisit('completed', 'replied');
    this.go(step.type === 'customer_response' ? step.next : undefined);
    return true;
  }

  private onEffectDone(result: { ok: true; output?: Record<string, unknown>; verdict?: boolean } | { ok: false; reason: string }): void {
    const s = this.state;
    const step = this.currentStep();
    s.effect = null;
    if (!result.ok) {
      this.finishVisit('failed', 'failed', result.reason);
      this.end('failed', `Step "${s.step}" failed: ${result.reason}`);
      return;
    }
    if (result.output) Object.assign(s.data, result.output);
    if (step.type === 'if_else') {
      this.finishVisit('completed', result.verdict ? 'then' : 'else');
      this.go(result.verdict ? step.then : step.else);
      return;
    }
    if (step.type === 'send_message' && branchesOnReply(step)) {
      this.waitForReply(step.timeout);
      return;
    }
    this.finishVisit('completed', 'next');
    this.go('next' in step ? step.next : undefined);
  }

  /** Enters a step: counts the visit, then waits for its "when" or acts at once. */
  private enter(stepId: string): void {
    const s = this.state;
    const step = this.definition.steps[stepId];
    this.entered += 1;
    s.seq += 1;
    s.step = stepId;
    s.path.push(stepId);
    s.effect = null;
    s.deadline = null;
    if (!step) {
      this.visits.push({ seq: s.seq, stepId, status: 'failed', enteredAt: this.at, finishedAt: this.at, reason: 'The step does not exist in this version' });
      this.end('failed', `Step "${stepId}" does not exist in this version`);
      return;
    }
    if (this.entered > MAX_STEPS_PER_ADVANCE) {
      this.visits.push({ seq: s.seq, stepId, status: 'failed', enteredAt: this.at, finishedAt: this.at, reason: 'Too many steps without a pause' });
      this.end('failed', `Stopped at step "${stepId}": more than ${MAX_STEPS_PER_ADVANCE} steps in a row without a pause`);
      return;
    }
    const delay = step.type === 'delay' ? 0 : durationMs(step.delay);
    const wait = step.type === 'delay' ? durationMs(step.delay) : delay;
    if (wait > 0) {
      this.visits.push({ seq: s.seq, stepId, status: 'waiting', enteredAt: this.at });
      s.phase = 'delay';
      s.status = 'waiting';
      s.wakeAt = new Date(this.now.getTime() + wait).toISOString();
      return;
    }
    this.visits.push({ seq: s.seq, stepId, status: 'active', enteredAt: this.at });
    this.act(step);
  }

  /** The step's own work, once its "when" has passed. */
  private act(step: Step): void {
    const s = this.state;
    s.wakeAt = null;
    switch (step.type) {
      case 'delay':
        this.finishVisit('completed', 'next');
        this.go(step.next);
        return;
      case 'customer_response':
        this.waitForReply(step.timeout);
        return;
      case 'set_field':
        if (step.from === 'next_message') {
          this.waitForReply(step.timeout);
          return;
        }
        this.askEffect(step, 'set_field');
        return;
      case 'if_else':
        this.askEffect(step, 'evaluate');
        return;
      default:
        this.askEffect(step, step.type);
    }
  }

  private askEffect(step: Step, kind: EffectKind, value?: string): void {
    const s = this.state;
    const effect = { key: `${s.step}:${s.seq}`, stepId: s.step!, kind, ...(value !== undefined ? { value } : {}) };
    s.phase = 'effect';
    s.status = 'running';
    s.wakeAt = null;
    s.effect = effect;
    this.markVisit('active');
    this.effects.push({ ...effect, step });
  }

  private waitForReply(timeout: string | undefined): void {
    const s = this.state;
    const ms = durationMs(timeout);
    s.phase = 'reply';
    s.status = 'waiting';
    s.waitingSince = this.at;
    s.deadline = timeout ? new Date(this.now.getTime() + ms).toISOString() : null;
    s.wakeAt = s.deadline;
    this.markVisit('waiting');
  }

  private go(exit: string | undefined): void {
    if (!exit) {
      this.end('completed', null);
      return;
    }
    this.enter(exit);
  }

  private end(status: 'completed' | 'terminated' | 'failed', reason: string | null): void {
    const s = this.state;
    s.status = status;
    s.phase = 'done';
    s.wakeAt = null;
    s.deadline = null;
    s.effect = null;
    s.reason = reason;
  }

  private recordReply(message: ReplyMessage, text: string): void {
    Object.assign(this.state.data, {
      REPLY: text,
      REPLY_BUTTON_ID: message.buttonId ?? '',
      REPLY_MESSAGE_ID: message.id,
      LAST_MESSAGE: text,
    });
  }

  private timeoutExit(step: Step): string | undefined {
    return 'noResponse' in step ? step.noResponse : undefined;
  }

  private currentStep(): Step {
    return this.definition.steps[this.state.step!]!;
  }

  private isDue(at: string | null): boolean {
    return at !== null && new Date(at).getTime() <= this.now.getTime();
  }

  /** Updates the latest change of the current visit, or adds one. */
  private markVisit(status: VisitChange['status']): void {
    const s = this.state;
    const last = this.visits.at(-1);
    if (last && last.seq === s.seq) last.status = status;
    else this.visits.push({ seq: s.seq, stepId: s.step!, status });
  }

  private finishVisit(status: 'completed' | 'failed' | 'terminated', outcome?: string, reason?: string): void {
    const s = this.state;
    if (!s.step) return;
    this.markVisit(status);
    const last = this.visits.at(-1)!;
    last.finishedAt = this.at;
    if (outcome) last.outcome = outcome;
    if (reason) last.reason = reason;
  }
}

/** The button or row the customer chose: by reply id, or by typing its title. */
function chosenBranch(step: Extract<Step, { type: 'send_message' }>, message: ReplyMessage): { next: string | undefined; outcome: string } | null {
  const typed = (message.buttonTitle ?? message.text ?? '').trim().toLocaleLowerCase('und');
  const options =
    step.message.type === 'buttons'
      ? step.message.buttons.map((b) => ({ id: buttonIdOf(b), title: b.title, next: b.next, kind: 'button' }))
      : step.message.type === 'list'
        ? step.message.sections.flatMap((sec) => sec.rows).map((r) => ({ id: rowIdOf(r), title: r.title, next: r.next, kind: 'row' }))
        : [];
  const byId = message.buttonId ? options.find((o) => o.id === message.buttonId) : undefined;
  const chosen = byId ?? options.find((o) => o.title.trim().toLocaleLowerCase('und') === typed);
  return chosen ? { next: chosen.next, outcome: `${chosen.kind}:${chosen.id}` } : null;
}
