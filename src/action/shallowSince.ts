/**
 * How far back a day or span of days is fetched, and what git said it fetched. Pure: values in,
 * values out (ensureHistory.ts runs git).
 */
import { DAY_SECONDS } from '../window/reportWindow.js';

/**
 * The date given to `git fetch --shallow-since` for a window that starts at `windowStart` (seconds
 * since the epoch): `lookBackDays` whole days before it, as UTC ISO 8601 without fractions (which
 * git's date parser reads exactly). One place, so that a check reading further back (an estimate
 * look-back) widens it by passing more days.
 */
export function shallowSinceDate(windowStart: number, lookBackDays = 1): string {
  if (!Number.isFinite(windowStart)) throw new RangeError(`window start ${windowStart} is not a time (accepted: seconds since the epoch)`);
  if (!Number.isInteger(lookBackDays) || lookBackDays < 0) throw new RangeError(`look-back ${lookBackDays} is not a whole number of days (accepted: 0 or more)`);
  return new Date((windowStart - lookBackDays * DAY_SECONDS) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface FetchSize {
  /** Objects the remote sent (`remote: Total N`). */
  objects: number | undefined;
  /** Bytes received as git prints them (`39.11 KiB`); git prints them only for packs of 100 objects or more. */
  received: string | undefined;
}

/** What a `git fetch --progress` printed on stderr about its size (the last of each, progress lines repeat). */
export function describeFetch(stderr: string): FetchSize {
  const totals = [...stderr.matchAll(/Total (\d+)/g)];
  const received = [...stderr.matchAll(/(?:Receiving|Unpacking) objects: 100% \(\d+\/\d+\), ([\d.]+ (?:bytes|[KMGT]iB))/g)];
  const total = totals[totals.length - 1];
  const bytes = received[received.length - 1];
  return { objects: total ? Number(total[1]) : undefined, received: bytes ? bytes[1] : undefined };
}
