/** The ticket fields a message about a ticket may use as `%%TICKET_*%%`. */
export interface TicketPlaceholderSource {
  reference: string;
  title: string;
  status: string;
  priority: string;
  category: string | null;
}

export interface TicketPlaceholders {
  TICKET_REFERENCE: string;
  TICKET_TITLE: string;
  TICKET_STATUS: string;
  TICKET_PRIORITY: string;
  TICKET_CATEGORY: string;
}

/** Values for `%%TICKET_*%%`; a ticket without a category gives an empty string, never "null". */
export function ticketPlaceholders(ticket: TicketPlaceholderSource): TicketPlaceholders {
  return {
    TICKET_REFERENCE: ticket.reference,
    TICKET_TITLE: ticket.title,
    TICKET_STATUS: ticket.status,
    TICKET_PRIORITY: ticket.priority,
    TICKET_CATEGORY: ticket.category ?? '',
  };
}
