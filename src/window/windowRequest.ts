/**
 * Which window of history a request asks for: the CLI's date flags, or the Action's inputs that
 * mirror them. Both turn their words into a WindowRequest and call resolveWindow.
 */
import type { ReportWindow } from '../record/types.js';
import { UsageError } from '../userError.js';
import { allHistoryWindow, assertTimezone, dateIn, dayWindow, daysWindow, rangeWindow } from './reportWindow.js';

export interface WindowRequest {
  date?: string;
  since?: string;
  until?: string;
  range?: string;
  allHistory?: boolean;
  timezone?: string;
}

/** The machine's zone: what `date` would show (TZ, else the system's). */
export function machineTimezone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** A request that contradicts itself is a usage error, found before any repository is opened. */
export function checkWindowRequest(request: WindowRequest): void {
  const chosen = [request.date && '--date', request.since && '--since', request.range && '--range', request.allHistory && '--all-history'].filter(Boolean);
  if (chosen.length > 1) throw new UsageError(`${chosen.join(' and ')} cannot be combined: choose one window`);
  if (request.until && !request.since) throw new UsageError('--until needs --since (a span of whole days)');
}

/**
 * The window a request asks for; today in the zone when it names none. The zone: the request's,
 * else the configured one, else the machine's.
 */
export function resolveWindow(request: WindowRequest, configuredTimezone: string | undefined, now: Date): ReportWindow {
  checkWindowRequest(request);
  const zone = assertTimezone(request.timezone ?? configuredTimezone ?? machineTimezone());
  if (request.range) return rangeWindow(request.range, zone);
  if (request.allHistory) return allHistoryWindow(zone);
  if (request.since) return daysWindow(request.since, request.until, zone, dateIn(zone, now));
  return dayWindow(request.date ?? dateIn(zone, now), zone);
}
