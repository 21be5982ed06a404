/**
 * Customer numbers reach the Graph endpoint as digits with an optional
 * leading "+"; WhatsApp ids (wa_id) are the digits alone.
 */
const RECIPIENT = /^\+?(\d{5,15})$/;

/** The wa_id for a recipient as the Graph API accepts it, or null when it is not one. */
export function recipientWaId(input: string): string | null {
  const match = RECIPIENT.exec(input);
  return match?.[1] ?? null;
}

/** Digits of a display number such as "+39 02 1234 5678" (webhook metadata carries digits only). */
export function digitsOf(input: string): string {
  return input.replace(/\D/g, '');
}

/** The "+<digits>" form the sandbox's own API shows. */
export function plusForm(waId: string): string {
  return `+${waId}`;
}
