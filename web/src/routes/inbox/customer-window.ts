/** WhatsApp's customer-service window: 24 hours from the customer's last message (server: channels/send-rules.ts). */
export const CUSTOMER_SERVICE_WINDOW_MS = 24 * 3600 * 1000;

export type CustomerWindow = { open: true; closesAt: Date } | { open: false; lastInboundAt: Date | null };

/** Whether free-form messages may go to the contact now, and until when. */
export function customerWindow(lastInboundAt: string | Date | null, now: Date = new Date()): CustomerWindow {
  if (!lastInboundAt) return { open: false, lastInboundAt: null };
  const last = new Date(lastInboundAt);
  const closesAt = new Date(last.getTime() + CUSTOMER_SERVICE_WINDOW_MS);
  return closesAt.getTime() > now.getTime() ? { open: true, closesAt } : { open: false, lastInboundAt: last };
}
