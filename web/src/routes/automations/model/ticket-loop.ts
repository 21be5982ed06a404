import type { Trigger } from './types';

/**
 * Statuses an update-ticket or close-ticket step may not set under this
 * trigger, because setting them would fire the same trigger again: the same
 * rule as the server's `disabledStatusesFor`. Without a `to` list (or with an
 * empty one) a "ticket status changed" trigger fires on every change, so every
 * status would loop.
 */
export function disabledStatusesFor(trigger: Trigger, allStatuses: string[]): string[] {
  return allStatuses.filter((status) => statusRefiresTrigger(trigger, status));
}

export function statusRefiresTrigger(trigger: Trigger, status: string): boolean {
  if (trigger.type !== 'ticket_status_changed') return false;
  if (!trigger.to || trigger.to.length === 0) return true;
  return trigger.to.some((target) => sameStatus(target, status));
}

function sameStatus(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
