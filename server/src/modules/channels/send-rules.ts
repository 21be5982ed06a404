import type { OutboundContent } from './outbound-content.ts';
import { needsOpenWindow } from './outbound-content.ts';

/** WhatsApp's customer-service window: 24 hours from the customer's last message. */
export const CUSTOMER_SERVICE_WINDOW_MS = 24 * 3600 * 1000;

export function isWindowOpen(lastInboundAt: Date | null, now: Date): boolean {
  if (!lastInboundAt) return false;
  const age = now.getTime() - lastInboundAt.getTime();
  return age < CUSTOMER_SERVICE_WINDOW_MS;
}

/** When the window closes, or null when it is closed already. */
export function windowClosesAt(lastInboundAt: Date | null, now: Date): Date | null {
  if (!isWindowOpen(lastInboundAt, now)) return null;
  return new Date(lastInboundAt!.getTime() + CUSTOMER_SERVICE_WINDOW_MS);
}

export type SendRefusal =
  | { code: 'contact_blocked'; message: string }
  | { code: 'outside_customer_service_window'; message: string; details: { lastInboundAt: string | null } };

/**
 * The rules WhatsApp enforces, checked before calling Meta: blocked contacts
 * get nothing, and free-form messages need the window open.
 */
export function checkSendRules(input: { content: OutboundContent; blocked: boolean; lastInboundAt: Date | null; now: Date }): SendRefusal | null {
  if (input.blocked) return { code: 'contact_blocked', message: 'This contact is blocked: restore it to send messages' };
  if (needsOpenWindow(input.content) && !isWindowOpen(input.lastInboundAt, input.now)) {
    return {
      code: 'outside_customer_service_window',
      message:
        'More than 24 hours have passed since the customer last wrote (or they never did): only a template message can be sent until they write again',
      details: { lastInboundAt: input.lastInboundAt?.toISOString() ?? null },
    };
  }
  return null;
}
