import type { Message } from './types';

/** The ticks an outbound message shows, as WhatsApp draws them. */
export type Tick = 'clock' | 'single' | 'double' | 'double-read' | 'failed';

export interface DeliveryState {
  tick: Tick;
  /** Key in the inbox namespace for what the tick means. */
  labelKey: string;
  /** Why WhatsApp refused it, when it failed: "131047 Re-engagement message: …". */
  failure: string | null;
}

const TICKS: Record<Message['status'], Tick> = {
  received: 'single',
  queued: 'clock',
  sent: 'single',
  delivered: 'double',
  read: 'double-read',
  failed: 'failed',
};

/** The failure reason as the server recorded it from Meta: code, title and details, whichever exist. */
export function failureReason(error: Message['error']): string | null {
  if (!error) return null;
  const head = [error.code ?? null, error.title].filter((part) => part !== null && part !== '').join(' ');
  const parts = [head, error.details].filter((part): part is string => !!part);
  return parts.length > 0 ? parts.join(': ') : null;
}

/** How an outbound message's status is shown; null for what the customer sent (no ticks). */
export function deliveryState(message: Pick<Message, 'direction' | 'status' | 'error'>): DeliveryState | null {
  if (message.direction !== 'outbound') return null;
  return {
    tick: TICKS[message.status],
    labelKey: `status.${message.status}`,
    failure: message.status === 'failed' ? failureReason(message.error) : null,
  };
}
