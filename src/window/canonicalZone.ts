/**
 * One name per time zone, so that reports counted in `UTC`, `Etc/UTC` and `utc` (or `US/Eastern`
 * and `America/New_York`) are known to count the same days. Pure: Intl only.
 */

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
