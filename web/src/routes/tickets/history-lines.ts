import type { Priority, TicketHistoryEntry } from './types';

export interface ActorNames {
  user: (id: string) => string | undefined;
  api: string;
  automation: string;
  unknownUser: string;
}

/** Who did it, in words: the operator's name, "API" or "Automation". */
export function actorName(actor: TicketHistoryEntry['actor'], names: ActorNames): string {
  if (actor.type === 'api') return names.api;
  if (actor.type === 'automation') return names.automation;
  return (actor.id && names.user(actor.id)) || names.unknownUser;
}

export interface ValueNames {
  priority: (p: Priority) => string;
  user: (id: string) => string | undefined;
  empty: string;
}

const PRIORITY_VALUES = new Set(['low', 'medium', 'high', 'urgent']);
const LONG = 140;

/**
 * A history value as the user reads it: priorities in their language, owners
 * by name, nothing as "—", long descriptions cut short.
 */
export function historyValue(field: string, value: string | null, names: ValueNames): string {
  if (value === null || value === '') return names.empty;
  if (field === 'priority' && PRIORITY_VALUES.has(value)) return names.priority(value as Priority);
  if (field === 'ownerId') return names.user(value) ?? value;
  return value.length > LONG ? `${value.slice(0, LONG - 1)}…` : value;
}
