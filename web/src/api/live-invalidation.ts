import type { QueryKey } from '@tanstack/react-query';

/** One event of GET /api/v1/events/stream (server/src/modules/realtime). */
export interface LiveEvent {
  id: string;
  /** e.g. message.received, message.status, contact.tagged, ticket.status_changed */
  type: string;
  contactId: string | null;
  createdAt: string;
  payload: Record<string, unknown> | null;
}

/** Which query families an event of each kind makes stale, by the part of its type before the dot. */
const FAMILIES: Record<string, (event: LiveEvent) => QueryKey[]> = {
  message: (e) => [['conversations'], ...contact(e)],
  note: (e) => [['conversations'], ...contact(e)],
  conversation: (e) => [['conversations'], ...contact(e)],
  contact: () => [['contacts'], ['conversations']],
  contacts: () => [['contacts'], ['conversations']],
  ticket: (e) => [['tickets'], ...contact(e)],
  automation: (e) => [['automations'], ['automation-runs'], ...contact(e)],
  user: () => [['users'], ['me']],
  api_key: () => [['api-keys']],
  channel: () => [['channels']],
};

function contact(event: LiveEvent): QueryKey[] {
  return event.contactId ? [['contacts', event.contactId]] : [];
}

/**
 * The query keys to invalidate when a live event arrives. Keys are prefixes:
 * ['tickets'] refreshes every ticket list, ticket and statistic on screen.
 */
export function queryKeysFor(event: LiveEvent): QueryKey[] {
  const family = event.type.split('.')[0] ?? '';
  return FAMILIES[family]?.(event) ?? [];
}

/** Reads the data line of one Server-Sent Event; null when it is not a Sportello event. */
export function parseLiveEvent(data: string): LiveEvent | null {
  try {
    const value = JSON.parse(data) as Partial<LiveEvent>;
    if (typeof value.id !== 'string' || typeof value.type !== 'string') return null;
    return {
      id: value.id,
      type: value.type,
      contactId: typeof value.contactId === 'string' ? value.contactId : null,
      createdAt: typeof value.createdAt === 'string' ? value.createdAt : new Date().toISOString(),
      payload: typeof value.payload === 'object' && value.payload !== null ? value.payload : null,
    };
  } catch {
    return null;
  }
}
