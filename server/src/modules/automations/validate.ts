import type { z } from 'zod';
import type { Definition, Step, Trigger } from './definition.ts';
import { ZDefinition, branchesOnReply, buttonIdOf, exitsOf, normalizePhrase, rowIdOf, waitsInStep } from './definition.ts';

/**
 * Checks of an automation definition beyond its shape: the schema says each
 * step is well formed, these rules say the steps make a runnable graph (every
 * exit lands somewhere, every step can be reached, no loop spins without
 * waiting, no step re-fires the automation's own trigger). The builder shows
 * each problem on the step it names, so every problem carries the step id,
 * the dotted path of the offending field and a sentence that names the step.
 */

export interface DefinitionProblem {
  /** The offending step, or null for problems of the trigger or of the definition as a whole. */
  step: string | null;
  /** Dotted path of the offending field, e.g. `steps.wait.timeout` or `trigger.phrase`. */
  path: string;
  code: string;
  message: string;
}

type ProblemCode =
  | 'invalid_definition'
  | 'invalid_trigger'
  | 'invalid_step'
  | 'unknown_step_type'
  | 'missing_start'
  | 'dangling_exit'
  | 'missing_exit'
  | 'unreachable_step'
  | 'cycle_without_wait'
  | 'duplicate_button'
  | 'self_start'
  | 'ticket_loop'
  | 'update_ticket_no_change';

export type ParsedDefinition = { ok: true; definition: Definition } | { ok: false; problems: DefinitionProblem[] };

export interface CheckGraphOptions {
  /** The automation being saved: a step starting it again would recurse. */
  automationId?: string;
}

/** Validates an untrusted definition: first its shape, then, if the shape holds, its graph. */
export function parseDefinition(input: unknown, options: CheckGraphOptions = {}): ParsedDefinition {
  const parsed = ZDefinition.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => problemOfIssue(issue, input));
    return { ok: false, problems: inStableOrder(problems, stepIdsOfInput(input)) };
  }
  const problems = checkGraph(parsed.data, options);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, definition: parsed.data };
}

/** Rules across steps that the schema cannot express; an empty list means the automation can run. */
export function checkGraph(definition: Definition, options: CheckGraphOptions = {}): DefinitionProblem[] {
  const problems = [
    ...startProblems(definition),
    ...Object.entries(definition.steps).flatMap(([id, step]) => stepProblems(id, step, definition, options)),
    ...unreachableStepProblems(definition),
    ...waitlessCycleProblems(definition),
  ];
  return inStableOrder(problems, Object.keys(definition.steps));
}

/**
 * Statuses an update or close step may not set under this trigger, because
 * setting them would fire the same trigger again. The console greys them out.
 */
export function disabledStatusesFor(trigger: Trigger, allStatuses: string[]): string[] {
  return allStatuses.filter((status) => statusRefiresTrigger(trigger, status));
}

// ---- schema issues ---------------------------------------------------------------

function problemOfIssue(issue: z.core.$ZodIssue, input: unknown): DefinitionProblem {
  const path = issue.path.map(String);
  const step = path[0] === 'steps' ? (path[1] ?? null) : null;
  const unknownChoice = unknownDiscriminatorOf(issue, input);
  if (unknownChoice) {
    const at = path.slice(0, path.length - 1);
    const isStepType = step !== null && at.length === 2 && unknownChoice.discriminator === 'type';
    return problem(
      isStepType && unknownChoice.value !== undefined ? 'unknown_step_type' : codeOfIssuePath(path),
      step,
      path,
      describeAt(at, unknownChoice.sentence),
    );
  }
  return problem(codeOfIssuePath(path), step, path, describeAt(path, messageOfIssue(issue)));
}

function codeOfIssuePath(path: string[]): ProblemCode {
  if (path[0] === 'steps' && path.length >= 2) return 'invalid_step';
  if (path[0] === 'trigger') return 'invalid_trigger';
  return 'invalid_definition';
}

/**
 * A discriminated union that matched no option. Zod's own message lists every
 * option, which for steps is two dozen names; people only need to hear which
 * value was not recognised.
 */
function unknownDiscriminatorOf(
  issue: z.core.$ZodIssue,
  input: unknown,
): { discriminator: string; value: unknown; sentence: string } | null {
  if (issue.code !== 'invalid_union' || !issue.discriminator) return null;
  if (issue.path[issue.path.length - 1] !== issue.discriminator) return null;
  const discriminator = issue.discriminator;
  const value = valueAt(input, issue.path);
  const sentence =
    value === undefined ? `${discriminator} is missing` : `${discriminator} ${JSON.stringify(value)} is unknown`;
  return { discriminator, value, sentence };
}

function messageOfIssue(issue: z.core.$ZodIssue): string {
  // A bad step id is reported by the key's own check; "Invalid key in record" alone says nothing useful.
  if (issue.code === 'invalid_key' && issue.issues[0]) return `the step id is invalid: ${issue.issues[0].message}`;
  return issue.message;
}

/** Prefixes a sentence with what it is about: `Step "wait" (timeout): …`, `Trigger (phrase): …`. */
function describeAt(path: string[], sentence: string): string {
  if (path[0] === 'steps' && path.length >= 2) return withField(`Step "${path[1]}"`, path.slice(2), sentence);
  if (path[0] === 'trigger') return withField('Trigger', path.slice(1), sentence);
  return withField('Definition', path, sentence);
}

function withField(subject: string, field: string[], sentence: string): string {
  return field.length > 0 ? `${subject} (${field.join('.')}): ${sentence}` : `${subject}: ${sentence}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function stepIdsOfInput(input: unknown): string[] {
  const steps = valueAt(input, ['steps']);
  return steps !== null && typeof steps === 'object' ? Object.keys(steps) : [];
}

// ---- rules of the whole graph ----------------------------------------------------

function startProblems(definition: Definition): DefinitionProblem[] {
  if (definition.steps[definition.start]) return [];
  return [problem('missing_start', null, ['start'], `The start step "${definition.start}" does not exist`)];
}

/** Steps no path from the start reaches never run; usually a forgotten connection. Skipped without a start. */
function unreachableStepProblems(definition: Definition): DefinitionProblem[] {
  if (!definition.steps[definition.start]) return [];
  const reached = reachableFrom(definition.start, (id) => successorsOf(definition, id));
  return Object.keys(definition.steps)
    .filter((id) => !reached.has(id))
    .map((id) =>
      problem('unreachable_step', id, ['steps', id], `Step "${id}" is never reached: no path from the start step "${definition.start}" leads to it`),
    );
}

/**
 * A loop whose steps all act at once would run without end in a single
 * instant, so every cycle needs a step that waits for the customer or the
 * clock. Loops are found among the steps that do not wait; one problem per
 * group of such steps that reach each other, named after its first step.
 */
function waitlessCycleProblems(definition: Definition): DefinitionProblem[] {
  const ids = Object.keys(definition.steps);
  const waitless = new Set(ids.filter((id) => !waitsInStep(definition.steps[id]!)));
  const forward = (id: string) => successorsOf(definition, id).filter((to) => waitless.has(to));
  const backward = (id: string) => predecessorsOf(definition, id).filter((from) => waitless.has(from));
  const reported = new Set<string>();
  const problems: DefinitionProblem[] = [];
  for (const id of ids) {
    if (!waitless.has(id) || reported.has(id)) continue;
    const cycle = shortestCycleThrough(id, forward);
    if (!cycle) continue;
    const loop = [...cycle, id].map((s) => `"${s}"`).join(' → ');
    problems.push(
      problem(
        'cycle_without_wait',
        id,
        ['steps', id],
        `Step "${id}" is in a loop with no wait (${loop}); add a delay, a customer response or a reply choice to it so the run cannot spin forever`,
      ),
    );
    const sameGroup = intersection(reachableFrom(id, forward), reachableFrom(id, backward));
    sameGroup.forEach((s) => reported.add(s));
  }
  return problems;
}

// ---- rules of one step -----------------------------------------------------------

function stepProblems(id: string, step: Step, definition: Definition, options: CheckGraphOptions): DefinitionProblem[] {
  return [
    ...danglingExitProblems(id, step, definition),
    ...missingExitProblems(id, step),
    ...waitWithoutChoiceProblems(id, step),
    ...duplicateChoiceProblems(id, step),
    ...selfStartProblems(id, step, options),
    ...ticketLoopProblems(id, step, definition.trigger),
    ...ticketNoChangeProblems(id, step),
  ];
}

function danglingExitProblems(id: string, step: Step, definition: Definition): DefinitionProblem[] {
  return exitSlotsOf(step)
    .filter((exit) => !definition.steps[exit.to])
    .map((exit) =>
      problem('dangling_exit', id, ['steps', id, ...exit.field], `Step "${id}": ${exit.name} leads to "${exit.to}", which does not exist`),
    );
}

/** Steps that decide where to go must have somewhere to go in at least one case. */
function missingExitProblems(id: string, step: Step): DefinitionProblem[] {
  if (step.type === 'if_else' && !step.then && !step.else) {
    return [problem('missing_exit', id, ['steps', id], `Step "${id}": an if/else needs a "then" or an "else" exit`)];
  }
  if (step.type === 'customer_response' && !step.next && !step.noResponse) {
    return [problem('missing_exit', id, ['steps', id], `Step "${id}": a customer response needs a "next" or a "noResponse" exit`)];
  }
  return [];
}

/**
 * `noResponse` and `timeout` belong to a wait: a message whose buttons or rows
 * branch, or a field filled from the next message. Elsewhere the run never
 * waits, so the exit would never be taken and the timeout never counted.
 */
function waitWithoutChoiceProblems(id: string, step: Step): DefinitionProblem[] {
  const why = whyStepCannotWaitForReply(step);
  if (!why || (step.type !== 'send_message' && step.type !== 'set_field')) return [];
  const problems: DefinitionProblem[] = [];
  if (step.noResponse) {
    problems.push(problem('missing_exit', id, ['steps', id, 'noResponse'], `Step "${id}": exit "noResponse" is never taken, because ${why}`));
  }
  if (step.timeout) {
    problems.push(problem('invalid_step', id, ['steps', id, 'timeout'], `Step "${id}": "timeout" has no effect, because ${why}`));
  }
  return problems;
}

function whyStepCannotWaitForReply(step: Step): string | null {
  if (step.type === 'send_message' && !branchesOnReply(step)) return 'no button or row of the message leads to a step of its own';
  if (step.type === 'set_field' && step.from !== 'next_message') return 'the field takes a fixed value instead of the next message';
  return null;
}

interface Choice {
  /** `button "Yes"` or `row "Rome"`, as the message shows it. */
  name: string;
  title: string;
  replyId: string;
  next: string | undefined;
  field: string[];
}

/** WhatsApp echoes back only the reply id, and customers only see titles: both must tell choices apart. */
function duplicateChoiceProblems(id: string, step: Step): DefinitionProblem[] {
  const seenTitles = new Map<string, Choice>();
  const seenReplyIds = new Map<string, Choice>();
  const problems: DefinitionProblem[] = [];
  for (const choice of choicesOf(step)) {
    const sameTitle = seenTitles.get(normalizePhrase(choice.title));
    const sameReplyId = seenReplyIds.get(choice.replyId);
    if (sameTitle) {
      problems.push(
        problem('duplicate_button', id, ['steps', id, ...choice.field, 'title'], `Step "${id}": ${choice.name} has the same title as ${sameTitle.name}`),
      );
    } else if (sameReplyId) {
      problems.push(
        problem(
          'duplicate_button',
          id,
          ['steps', id, ...choice.field, 'id'],
          `Step "${id}": ${choice.name} has the reply id "${choice.replyId}", already used by ${sameReplyId.name}`,
        ),
      );
    }
    if (!sameTitle) seenTitles.set(normalizePhrase(choice.title), choice);
    if (!sameReplyId) seenReplyIds.set(choice.replyId, choice);
  }
  return problems;
}

function choicesOf(step: Step): Choice[] {
  if (step.type !== 'send_message') return [];
  const { message } = step;
  if (message.type === 'buttons') {
    return message.buttons.map((b, i) => ({
      name: `button "${b.title}"`,
      title: b.title,
      replyId: buttonIdOf(b),
      next: b.next,
      field: ['message', 'buttons', String(i)],
    }));
  }
  if (message.type === 'list') {
    return message.sections.flatMap((section, s) =>
      section.rows.map((r, i) => ({
        name: `row "${r.title}"`,
        title: r.title,
        replyId: rowIdOf(r),
        next: r.next,
        field: ['message', 'sections', String(s), 'rows', String(i)],
      })),
    );
  }
  return [];
}

/** An automation that starts itself would start a new run for every run, without end. */
function selfStartProblems(id: string, step: Step, options: CheckGraphOptions): DefinitionProblem[] {
  if (step.type !== 'start_automation' || !options.automationId) return [];
  if (step.automationId.toLowerCase() !== options.automationId.toLowerCase()) return [];
  return [problem('self_start', id, ['steps', id, 'automationId'], `Step "${id}" starts this same automation, which would start again without end`)];
}

/** A status change made by the automation would fire its own "ticket status changed" trigger again. */
function ticketLoopProblems(id: string, step: Step, trigger: Trigger): DefinitionProblem[] {
  if (step.type !== 'update_ticket' && step.type !== 'close_ticket') return [];
  if (step.status === undefined || !statusRefiresTrigger(trigger, step.status)) return [];
  const when = triggerStatusesText(trigger);
  return [
    problem(
      'ticket_loop',
      id,
      ['steps', id, 'status'],
      `Step "${id}": setting the status to "${step.status}" would fire this automation's trigger again (it starts ${when}), so it could loop`,
    ),
  ];
}

/** The step's only purpose is to change the ticket; without a change it does nothing. */
function ticketNoChangeProblems(id: string, step: Step): DefinitionProblem[] {
  if (step.type !== 'update_ticket') return [];
  if (step.status !== undefined || step.priority !== undefined || step.category !== undefined || step.ownerId !== undefined) return [];
  return [problem('update_ticket_no_change', id, ['steps', id], `Step "${id}": choose at least one change: status, priority, category or owner`)];
}

// ---- ticket statuses -------------------------------------------------------------

/**
 * Without a `to` list the trigger fires on every status change, so any
 * status set by the step fires it; an empty list is read the same way, as
 * it filters nothing.
 */
function statusRefiresTrigger(trigger: Trigger, status: string): boolean {
  if (trigger.type !== 'ticket_status_changed') return false;
  if (!trigger.to || trigger.to.length === 0) return true;
  return trigger.to.some((target) => sameStatus(target, status));
}

function triggerStatusesText(trigger: Trigger): string {
  if (trigger.type !== 'ticket_status_changed' || !trigger.to || trigger.to.length === 0) return 'on every ticket status change';
  return `when a ticket moves to ${trigger.to.map((s) => `"${s}"`).join(' or ')}`;
}

function sameStatus(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

// ---- graph walking ---------------------------------------------------------------

interface ExitSlot {
  to: string;
  /** The exit as people know it: `exit "noResponse"`, `button "Yes"`, `row "Rome"`. */
  name: string;
  /** Path of the field inside the step. */
  field: string[];
}

/** The same exits as `exitsOf`, with where each one is written so a problem can point at it. */
function exitSlotsOf(step: Step): ExitSlot[] {
  const slots: ExitSlot[] = [];
  const add = (to: string | undefined, name: string, field: string[]) => {
    if (to) slots.push({ to, name, field });
  };
  const addExit = (key: 'next' | 'then' | 'else' | 'noResponse', to: string | undefined) => add(to, `exit "${key}"`, [key]);
  switch (step.type) {
    case 'if_else':
      addExit('then', step.then);
      addExit('else', step.else);
      break;
    case 'send_message':
      choicesOf(step).forEach((choice) => add(choice.next, choice.name, [...choice.field, 'next']));
      addExit('next', step.next);
      addExit('noResponse', step.noResponse);
      break;
    case 'customer_response':
    case 'set_field':
      addExit('next', step.next);
      addExit('noResponse', step.noResponse);
      break;
    default:
      addExit('next', step.next);
  }
  return slots;
}

function successorsOf(definition: Definition, id: string): string[] {
  const step = definition.steps[id];
  if (!step) return [];
  return exitsOf(step)
    .map((exit) => exit.to)
    .filter((to) => definition.steps[to] !== undefined);
}

function predecessorsOf(definition: Definition, id: string): string[] {
  return Object.keys(definition.steps).filter((from) => successorsOf(definition, from).includes(id));
}

function reachableFrom(start: string, next: (id: string) => string[]): Set<string> {
  const reached = new Set([start]);
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const to of next(id)) {
      if (reached.has(to)) continue;
      reached.add(to);
      queue.push(to);
    }
  }
  return reached;
}

/** The steps of the shortest loop from `start` back to itself, starting with `start`; null when there is none. */
function shortestCycleThrough(start: string, next: (id: string) => string[]): string[] | null {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const to of next(id)) {
      if (to === start) return pathBack(id, start, cameFrom);
      if (cameFrom.has(to)) continue;
      cameFrom.set(to, id);
      queue.push(to);
    }
  }
  return null;
}

function pathBack(last: string, start: string, cameFrom: Map<string, string>): string[] {
  const path = [last];
  while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
  return path;
}

function intersection(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((x) => b.has(x));
}

// ---- problems --------------------------------------------------------------------

function problem(code: ProblemCode, step: string | null, path: string[], message: string): DefinitionProblem {
  return { step, path: path.join('.'), code, message };
}

/** Definition-level problems first, then by the order steps appear in, then by code; ties keep the order found. */
function inStableOrder(problems: DefinitionProblem[], stepOrder: string[]): DefinitionProblem[] {
  const position = new Map(stepOrder.map((id, i) => [id, i]));
  const rank = (step: string | null) => (step === null ? -1 : (position.get(step) ?? stepOrder.length));
  return [...problems].sort((a, b) => rank(a.step) - rank(b.step) || compareText(a.code, b.code));
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
