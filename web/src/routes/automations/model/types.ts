import type { JsonOf } from '../../../api/types';

/** An automation as GET /api/v1/automations/{id} answers it. */
export type Automation = JsonOf<'/api/v1/automations/{id}', 'get'>;
export type AutomationSummary = JsonOf<'/api/v1/automations', 'get'>['data'][number];
export type AutomationStatus = Automation['status'];
export type AutomationReport = JsonOf<'/api/v1/automations/{id}/report', 'get'>;
export type StepReport = AutomationReport['steps'][number];
export type Run = JsonOf<'/api/v1/automations/{id}/runs', 'get'>['data'][number];
export type RunWithTimeline = JsonOf<'/api/v1/automation-runs/{id}', 'get'>;
export type AutomationVersion = JsonOf<'/api/v1/automations/{id}/versions', 'get'>['data'][number];

export type Definition = Automation['definition'];
export type Trigger = Definition['trigger'];
export type TriggerType = Trigger['type'];
export type Step = Definition['steps'][string];
export type StepType = Step['type'];
export type StepOf<T extends StepType> = Extract<Step, { type: T }>;
export type StepMessage = StepOf<'send_message'>['message'];

/** The if/else conditions (the OpenAPI document leaves this recursive shape untyped). */
export type ConditionRule =
  | { kind: 'tag'; op: 'has' | 'not_has'; tag: string }
  | { kind: 'list'; op: 'in' | 'not_in'; list: string }
  | {
      kind: 'field';
      field: string;
      op: 'eq' | 'neq' | 'contains' | 'not_contains' | 'gt' | 'gte' | 'lt' | 'lte' | 'is_set' | 'is_not_set';
      value?: string | number | boolean;
    }
  | { kind: 'ticket'; attribute: 'status' | 'macroStatus' | 'priority' | 'category' | 'ownerId'; op: 'eq' | 'neq' | 'is_set' | 'is_not_set'; value?: string }
  | { kind: 'message'; op: 'contains' | 'not_contains' | 'equals' | 'starts_with'; value: string }
  | { kind: 'time'; op: 'within_working_hours' | 'outside_working_hours' | 'holiday' | 'between'; from?: string; to?: string; days?: number[] };

export interface ConditionGroup {
  match: 'all' | 'any';
  rules: Array<ConditionRule | ConditionGroup>;
}

/** One problem of a definition the server refused (details.problems of a 422 invalid_definition). */
export interface DefinitionProblem {
  step: string | null;
  path: string;
  code: string;
  message: string;
}
