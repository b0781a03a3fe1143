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

/** The zone, if Intl knows it (as luxon asks); UTC without asking, which would load ICU's tz data (~10 ms). */
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

/** Whether an author time falls inside a window (ranges and all-history windows hold everything). */
export function isInWindow(window: ReportWindow, seconds: number): boolean {
  return (window.start === undefined || seconds >= window.start) && (window.end === undefined || seconds < window.end);
}
