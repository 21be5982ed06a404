import type { Step, StepType, Trigger, TriggerType } from './types';

/** Every trigger type, in the order the builder offers them. */
export const TRIGGER_TYPES: TriggerType[] = [
  'message_phrase',
  'button_reply',
  'list_added',
  'ticket_created',
  'ticket_status_changed',
  'date_condition',
  'outside_working_hours',
  'holiday',
  'integration',
  'api',
  'automation',
];

/** Every step type, grouped as the "add step" menu shows them. */
export const STEP_GROUPS: Array<{ group: 'messages' | 'flow' | 'contact' | 'tickets' | 'other'; types: StepType[] }> = [
  { group: 'messages', types: ['send_message', 'send_template', 'chat_note', 'mark_unread'] },
  { group: 'flow', types: ['customer_response', 'if_else', 'delay', 'start_automation', 'terminate_automations'] },
  {
    group: 'contact',
    types: ['add_tag', 'remove_tag', 'add_to_list', 'remove_from_list', 'set_field', 'assign_operator', 'unassign_operator', 'block_contact', 'restore_contact'],
  },
  { group: 'tickets', types: ['open_ticket', 'update_ticket', 'close_ticket'] },
  { group: 'other', types: ['send_webhook'] },
];

export const STEP_TYPES: StepType[] = STEP_GROUPS.flatMap((g) => g.types);

/** A trigger of the type with its fields blank or at their defaults, ready for the form. */
export function defaultTrigger(type: TriggerType): Trigger {
  switch (type) {
    case 'message_phrase':
      return { type, phrase: '' };
    case 'button_reply':
      return { type, title: '' };
    case 'list_added':
      return { type, list: '' };
    case 'date_condition':
      return { type, field: '', offsetDays: 0, time: '09:00', yearly: false };
    case 'ticket_status_changed':
      return { type };
    default:
      return { type } as Trigger;
  }
}

/**
 * A step of the type with its fields blank or at the server's defaults. Blank
 * required fields are left for the form; saving without them gets the
 * server's message on the node.
 */
export function defaultStep(type: StepType): Step {
  switch (type) {
    case 'send_message':
      return { type, message: { type: 'text', text: '' } };
    case 'send_template':
      return { type, template: { name: '', language: 'it' } };
    case 'add_tag':
    case 'remove_tag':
      return { type, tag: '' };
    case 'add_to_list':
    case 'remove_from_list':
      return { type, list: '' };
    case 'assign_operator':
      return { type, userId: '' };
    case 'open_ticket':
      return { type, title: '' };
    case 'update_ticket':
      return { type, reference: '%%TICKET_REFERENCE%%' };
    case 'close_ticket':
      return { type, reference: '%%TICKET_REFERENCE%%', status: 'Closed' };
    case 'set_field':
      return { type, field: '', value: '' };
    case 'send_webhook':
      return { type, url: '', timeoutMs: 10_000, retries: 3 };
    case 'start_automation':
      return { type, automationId: '' };
    case 'chat_note':
      return { type, text: '' };
    case 'delay':
      return { type, delay: 'PT1H' };
    case 'if_else':
      return { type, conditions: { match: 'all', rules: [{ kind: 'tag', op: 'has', tag: '' }] } };
    case 'customer_response':
      return { type, timeout: 'PT1H' };
    default:
      return { type } as Step;
  }
}

/** A new automation: it starts on the API trigger with one message to write, so it is valid from its first save. */
export function starterDefinition(text: string) {
  return {
    trigger: { type: 'api' as const },
    start: 'send_message',
    steps: { send_message: { type: 'send_message' as const, message: { type: 'text' as const, text }, position: { x: 0, y: 190 } } },
  };
}
