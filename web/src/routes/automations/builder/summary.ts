import type { TFunction } from 'i18next';
import { isoDurationSeconds } from '../model/duration';
import type { Step, Trigger } from '../model/types';

/** One line saying what a step does, for its node. */
export function stepSummary(step: Step, t: TFunction<'automations'>, duration: (seconds: number) => string): string {
  const wait = (iso: string | undefined) => {
    const seconds = isoDurationSeconds(iso);
    return seconds === null ? (iso ?? '') : duration(seconds);
  };
  switch (step.type) {
    case 'send_message':
      if (step.message.type === 'media') return t('summary.media', { kind: step.message.media.kind });
      return step.message.text;
    case 'send_template':
      return step.template.name;
    case 'add_tag':
    case 'remove_tag':
      return step.tag;
    case 'add_to_list':
    case 'remove_from_list':
      return step.list;
    case 'set_field':
      return step.from === 'next_message' ? t('summary.fieldFromReply', { field: step.field }) : `${step.field} = ${String(step.value ?? '')}`;
    case 'open_ticket':
      return step.title;
    case 'update_ticket':
      return [step.status, step.priority && t(`priority.${step.priority}`), step.category].filter(Boolean).join(' · ');
    case 'close_ticket':
      return step.status;
    case 'send_webhook':
      return step.url;
    case 'chat_note':
      return step.text;
    case 'customer_response':
      return t('summary.waitUpTo', { duration: wait(step.timeout) });
    case 'if_else': {
      const rules = (step.conditions as { rules?: unknown[] } | undefined)?.rules?.length ?? 0;
      return t('summary.conditions', { count: rules });
    }
    default:
      return '';
  }
}

/** One line saying when a trigger starts the automation. */
export function triggerSummary(trigger: Trigger): string {
  switch (trigger.type) {
    case 'message_phrase':
      return trigger.phrase ? `“${trigger.phrase}”` : '';
    case 'button_reply':
      return trigger.title ?? trigger.buttonId ?? '';
    case 'list_added':
      return trigger.list;
    case 'date_condition':
      return `${trigger.field} ${trigger.offsetDays >= 0 ? '+' : ''}${trigger.offsetDays} · ${trigger.time}`;
    case 'ticket_status_changed':
      return [trigger.from?.join(', ') || '*', trigger.to?.join(', ') || '*'].join(' → ');
    default:
      return '';
  }
}
