/**
 * Report windows: one calendar day or a span of days in an IANA zone, a git range, or all history,
 * and whether an instant is inside one. Luxon does the zone arithmetic (it reads the tz database
 * through Intl), so DST days are 23 or 25 hours long without any offset math here.
 */
import { DateTime } from './luxon.js';
import type { ReportWindow } from '../record/types.js';
import { UsageError } from '../userError.js';
import { isKnownTimezone, TIMEZONE_FORM } from './timezones.js';

/**
 * A window that cannot be read (a date that is not one, an unknown zone, --until before --since): a
 * usage error, as the flags (or the Action's inputs) that name the window are what is wrong.
 */
export class WindowError extends UsageError {
  override name = 'WindowError';
}

export const DAY_SECONDS = 86_400;
const DATE_FORM = /^\d{4}-\d{2}-\d{2}$/;

/** The zone, if Intl knows it. */
export function assertTimezone(zone: string): string {
  if (!isKnownTimezone(zone)) throw new WindowError(`unknown time zone "${zone}" (accepted: ${TIMEZONE_FORM})`);
  return zone;
}

/** A git range (`origin/main..HEAD`): exactly the commits git lists for it. */
export function rangeWindow(range: string, zone: string): ReportWindow {
  assertTimezone(zone);
  return { kind: 'range', label: range, timezone: zone, range };
}

/** All history reachable from the revisions walked. */
export function allHistoryWindow(zone: string): ReportWindow {
  assertTimezone(zone);
  return { kind: 'all', label: 'all history', timezone: zone };
}

function startOfDay(date: string, zone: string, what: string): DateTime {
  if (!DATE_FORM.test(date)) throw new WindowError(`${what} "${date}" is not a date (accepted: YYYY-MM-DD, e.g. 2026-04-12)`);
  const day = DateTime.fromISO(date, { zone });
  if (!day.isValid) throw new WindowError(`${what} "${date}" is not a calendar date (accepted: YYYY-MM-DD, a day the calendar has, e.g. 2026-04-12)`);
  return day.startOf('day');
}

/**
 * Where the day, week or month after the one that starts at `start` starts (windows and roll-up
 * periods alike). Not `start.plus(1 unit)`: where a DST change skips midnight (America/Santiago,
 * 2026-09-06), a day starts at 01:00, and the same time a unit later is an hour into the next one.
 */
export function startOfNext(start: DateTime, unit: 'day' | 'week' | 'month'): DateTime {
  return start.plus({ [`${unit}s`]: 1 }).startOf(unit);
}

/** One calendar day: [start of `date`, start of the next day) in `zone`. */
export function dayWindow(date: string, zone: string): ReportWindow {
  assertTimezone(zone);
  const start = startOfDay(date, zone, '--date');
  return { kind: 'day', label: date, timezone: zone, start: start.toSeconds(), end: startOfNext(start, 'day').toSeconds() };
}

/** Whole days from `since` through `until` (both included) in `zone`. */
export function daysWindow(since: string, until: string | undefined, zone: string, today: string): ReportWindow {
  assertTimezone(zone);
  const start = startOfDay(since, zone, '--since');
  const last = startOfDay(until ?? today, zone, '--until');
  if (last < start) throw new WindowError(until === undefined ? `--since ${since} is after today (${today} in ${zone}), where the span ends without --until` : `--until ${until} is before --since ${since}`);
  const label = since === (until ?? today) ? since : `${since} to ${until ?? today}`;
  return { kind: since === (until ?? today) ? 'day' : 'days', label, timezone: zone, start: start.toSeconds(), end: startOfNext(last, 'day').toSeconds() };
}

/** The calendar date of an instant in a zone (`now` is passed in: the core reads no clock). */
export function dateIn(zone: string, now: Date, offsetDays = 0): string {
  return DateTime.fromJSDate(now, { zone: assertTimezone(zone) }).plus({ days: offsetDays }).toISODate() as string;
}

/** Whether an author time falls inside a window (ranges and all-history windows hold everything). */
export function isInWindow(window: ReportWindow, seconds: number): boolean {
  return (window.start === undefined || seconds >= window.start) && (window.end === undefined || seconds < window.end);
}
