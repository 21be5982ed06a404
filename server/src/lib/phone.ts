import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

export type PhoneResult = { ok: true; e164: string } | { ok: false; reason: string };

/**
 * Normalises a phone number to E.164 (`+393331234567`), the form WhatsApp ids
 * take without the plus. Numbers without an international prefix need the
 * account's default country.
 */
export function normalizePhone(input: string, defaultCountry?: CountryCode): PhoneResult {
  const raw = input.trim();
  if (raw.length === 0) return { ok: false, reason: 'Phone number is empty' };
  if (!/^[+\d\s().\-/]+$/.test(raw) && !/^00/.test(raw)) return { ok: false, reason: `"${input}" contains characters a phone number cannot have` };
  // 00 is the international prefix in most of the world: 0039… is +39…
  const candidate = raw.startsWith('00') ? `+${raw.slice(2)}` : raw;
  // WhatsApp ids are digits without "+": accept them as international numbers.
  const withPlus = /^\d{10,15}$/.test(candidate) && !defaultCountry ? `+${candidate}` : candidate;
  const parsed = parsePhoneNumberFromString(withPlus, defaultCountry);
  if (!parsed) return { ok: false, reason: `"${input}" is not a phone number${defaultCountry ? '' : ' (use the international format, e.g. +39 333 123 4567)'}` };
  if (!parsed.isValid()) return { ok: false, reason: `"${input}" is not a valid phone number for ${parsed.country ?? `+${parsed.countryCallingCode}`}` };
  return { ok: true, e164: parsed.number };
}

/** The WhatsApp id (digits only) of an E.164 number. */
export function waIdOf(e164: string): string {
  return e164.replace(/^\+/, '');
}

/** An E.164 number from a WhatsApp id; WhatsApp ids are already international. */
export function e164FromWaId(waId: string): string {
  return `+${waId.replace(/\D/g, '')}`;
}
