import type { BodyOf } from '../../api/types';
import type { Priority, Ticket } from './types';

export type TicketPatch = BodyOf<'/api/v1/tickets/{id}', 'patch'>;

/** The editable fields as the form holds them: text inputs hold '' where the ticket has null. */
export interface TicketDraft {
  title: string;
  description: string;
  status: string;
  priority: Priority;
  category: string;
  ownerId: string | null;
}

export function draftOf(ticket: Ticket): TicketDraft {
  return {
    title: ticket.title,
    description: ticket.description ?? '',
    status: ticket.status,
    priority: ticket.priority,
    category: ticket.category ?? '',
    ownerId: ticket.ownerId,
  };
}

/**
 * The PATCH body for what the user changed, and nothing else: an untouched
 * field is left out so a change made meanwhile by someone else (or an
 * automation) is not overwritten. Emptied description and category become null.
 */
export function patchFor(ticket: Ticket, edits: Partial<TicketDraft>): TicketPatch {
  const before = draftOf(ticket);
  const patch: TicketPatch = {};
  if (edits.title !== undefined && edits.title.trim() !== before.title) patch.title = edits.title.trim();
  if (edits.description !== undefined && edits.description !== before.description) patch.description = edits.description.trim() ? edits.description : null;
  if (edits.status !== undefined && edits.status !== before.status) patch.status = edits.status;
  if (edits.priority !== undefined && edits.priority !== before.priority) patch.priority = edits.priority;
  if (edits.category !== undefined && edits.category.trim().toLowerCase() !== before.category.toLowerCase()) patch.category = edits.category.trim() || null;
  if (edits.ownerId !== undefined && edits.ownerId !== before.ownerId) patch.ownerId = edits.ownerId;
  return patch;
}
