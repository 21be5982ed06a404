import {
  IconArrowsSplit,
  IconBan,
  IconBell,
  IconClock,
  IconForms,
  IconHourglass,
  IconList,
  IconListCheck,
  IconMessage,
  IconMessageReply,
  IconNote,
  IconPlayerPlay,
  IconPlayerStop,
  IconRestore,
  IconTag,
  IconTagOff,
  IconTemplate,
  IconTicket,
  IconTicketOff,
  IconUserMinus,
  IconUserPlus,
  IconWebhook,
} from '@tabler/icons-react';
import type { StepType } from '../model/types';

const ICONS: Record<StepType, typeof IconMessage> = {
  send_message: IconMessage,
  send_template: IconTemplate,
  add_tag: IconTag,
  remove_tag: IconTagOff,
  add_to_list: IconListCheck,
  remove_from_list: IconList,
  assign_operator: IconUserPlus,
  unassign_operator: IconUserMinus,
  open_ticket: IconTicket,
  update_ticket: IconTicket,
  close_ticket: IconTicketOff,
  set_field: IconForms,
  send_webhook: IconWebhook,
  block_contact: IconBan,
  restore_contact: IconRestore,
  terminate_automations: IconPlayerStop,
  start_automation: IconPlayerPlay,
  chat_note: IconNote,
  mark_unread: IconBell,
  delay: IconClock,
  if_else: IconArrowsSplit,
  customer_response: IconMessageReply,
};

export function StepIcon({ type, size = 16 }: { type: StepType; size?: number }) {
  const Icon = ICONS[type] ?? IconHourglass;
  return <Icon size={size} />;
}

