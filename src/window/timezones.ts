/**
 * Time zone names: whether this machine knows one, and one name per zone, so that reports counted in
 * `UTC`, `Etc/UTC` and `utc` (or `US/Eastern` and `America/New_York`) are known to count the same
 * days. Pure: Intl only (no luxon: the config parser, which the hook loads, checks zones here).
 */

/** What a zone may be, for messages. */
export const TIMEZONE_FORM = 'an IANA zone name such as America/New_York, Europe/Berlin or UTC';

/** Whether Intl knows the zone; UTC without asking (the first question loads ICU's zone data). */
export function isKnownTimezone(zone: string): boolean {
  if (zone === 'UTC') return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// Every spelling of UTC in the tz database. ICU maps them to `UTC` today (Node 20), but newer
// ECMA-402 keeps the identifier as written (only its case fixed), so they are named here.
const UTC_NAMES: ReadonlySet<string> = new Set(
  ['UTC', 'UCT', 'GMT', 'GMT0', 'GMT+0', 'GMT-0', 'Greenwich', 'Universal', 'Zulu'].flatMap((name) => [name, `Etc/${name}`].map((n) => n.toLowerCase())),
);

/**
 * The zone's canonical name (`utc` and `Etc/GMT` → `UTC`, `america/new_york` → `America/New_York`,
 * a link such as `US/Eastern` → its zone where Intl resolves links), or undefined when Intl does not
 * know the zone.
 */
export function canonicalZone(zone: string): string | undefined {
  if (UTC_NAMES.has(zone.toLowerCase())) return 'UTC';
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    return UTC_NAMES.has(resolved.toLowerCase()) ? 'UTC' : resolved;
  } catch {
    return undefined;
  }
}
