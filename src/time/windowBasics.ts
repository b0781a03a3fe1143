/**
 * The parts of report windows that need no calendar arithmetic: zones, ranges, all history, and
 * whether an instant is inside. Apart from reportWindow.ts (days, through luxon) so that a report
 * of a range or of all history starts git without first loading luxon (~10 ms of start-up).
 */
import type { ReportWindow } from '../record/types.js';
import { UserError } from '../userError.js';

export class WindowError extends UserError {
  override name = 'WindowError';
}

/** The zone, if Intl knows it (as luxon asks); UTC without asking: the first question loads ICU's zone data (~20-35 ms on a slow machine). */
export function assertTimezone(zone: string): string {
  if (zone === 'UTC') return zone;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    throw new WindowError(`unknown time zone "${zone}" (accepted: an IANA zone name such as America/New_York, Europe/Berlin or UTC)`);
  }
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

/**
 * What git needs to walk a window: its range, or author-time bounds that hold it. Wider bounds are
 * fine: the reader keeps only the window's own commits.
 */
export type WindowBounds = Pick<ReportWindow, 'range' | 'start' | 'end'>;

export const DAY_SECONDS = 86_400;
const DATE_FORM = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC calendar date of an instant, `YYYY-MM-DD`. */
export function utcDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/**
 * Bounds holding the calendar days `first` through `last` in every time zone, found without one
 * (no luxon, no ICU data: git can start walking while the exact window is worked out). A zone's
 * day starts and ends within a day of the same UTC day (offsets run from -12 to +14 hours), so the
 * UTC day before `first` through the UTC day after `last` hold it. Undefined when a date is not
 * `YYYY-MM-DD`: then the window itself says what is wrong.
 */
export function daysBounds(first: string, last: string): WindowBounds | undefined {
  const midnight = (date: string): number | undefined => {
    const match = DATE_FORM.exec(date);
    return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 1000 : undefined;
  };
  const start = midnight(first);
  const end = midnight(last);
  if (start === undefined || end === undefined) return undefined;
  return { start: start - DAY_SECONDS, end: end + 2 * DAY_SECONDS };
}

/** Whether an author time falls inside a window (ranges and all-history windows hold everything). */
export function isInWindow(window: ReportWindow, seconds: number): boolean {
  return (window.start === undefined || seconds >= window.start) && (window.end === undefined || seconds < window.end);
}
