/** The kinds of events Sportello records; consumers subscribe by these names. */
export type EventType =
  | 'account.created'
  | 'user.created'
  | 'user.updated'
  | 'api_key.created'
  | 'api_key.revoked'
  | 'channel.created'
  | 'channel.updated'
  | 'contact.created'
  | 'contact.updated'
  | 'contact.deleted'
  | 'contact.erased'
  | 'contact.blocked'
  | 'contact.restored'
  | 'contact.tagged'
  | 'contact.untagged'
  | 'contact.added_to_list'
  | 'contact.removed_from_list'
  | 'contacts.imported'
  | 'message.received'
  | 'message.sent'
  | 'message.status'
  | 'message.reaction'
  | 'note.created'
  | 'conversation.assigned'
  | 'conversation.unassigned'
  | 'conversation.read'
  | 'conversation.unread'
  | 'ticket.created'
  | 'ticket.updated'
  | 'ticket.status_changed'
  | 'ticket.note_added'
  | 'ticket.deleted'
  | 'automation.started'
  | 'automation.finished';

export interface EventInput {
  accountId: string;
  type: EventType;
  contactId?: string | null;
  payload: Record<string, unknown>;
  /**
   * The automation run that caused the change, if one did. When absent, the
   * run named by the transaction's `sportello.cause_run` setting (if any).
   */
  causedByRun?: string | null;
}

export interface StoredEvent extends EventInput {
  id: string;
  createdAt: Date;
}
