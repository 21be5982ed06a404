/**
 * The IANA time zones this browser knows (Intl), with UTC, which Intl leaves
 * out of its list, and the zone in use even when the browser does not list
 * it, so a saved value always shows.
 */
export function timeZoneOptions(current?: string | null): string[] {
  const known: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zones = new Set(known);
  zones.add('UTC');
  if (current) zones.add(current);
  return [...zones].sort((a, b) => a.localeCompare(b));
}
