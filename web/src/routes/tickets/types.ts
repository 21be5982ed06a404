import type { paths } from '../../api/openapi';
import type { JsonOf } from '../../api/types';

export type Ticket = JsonOf<'/api/v1/tickets/{id}', 'get'>;
export type TicketStats = JsonOf<'/api/v1/tickets/stats', 'get'>;
export type TicketStatus = JsonOf<'/api/v1/ticket-statuses', 'get'>['data'][number];
export type TicketCategory = JsonOf<'/api/v1/ticket-categories', 'get'>['data'][number];
export type TicketNote = JsonOf<'/api/v1/tickets/{id}/notes', 'get'>['data'][number];
export type TicketHistoryEntry = JsonOf<'/api/v1/tickets/{id}/history', 'get'>['data'][number];
export type TicketListQuery = NonNullable<paths['/api/v1/tickets']['get']['parameters']['query']>;
export type Priority = Ticket['priority'];
export type MacroStatus = Ticket['macroStatus'];
export type TicketSort = NonNullable<TicketListQuery['sort']>;

/** Priorities from the least to the most pressing, as the API orders them. */
export const PRIORITIES: readonly Priority[] = ['low', 'medium', 'high', 'urgent'];
export const MACRO_STATUSES: readonly MacroStatus[] = ['open', 'in_progress', 'terminated'];
export const SORT_KEYS = ['createdAt', 'updatedAt', 'priority', 'status', 'title'] as const;

/** Colours shared by badges and charts, so a priority or macro-status looks the same everywhere. */
export const PRIORITY_COLORS: Record<Priority, string> = { low: 'gray', medium: 'blue', high: 'orange', urgent: 'red' };
export const MACRO_STATUS_COLORS: Record<MacroStatus, string> = { open: 'blue', in_progress: 'yellow', terminated: 'green' };
