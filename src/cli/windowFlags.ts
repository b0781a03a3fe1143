/**
 * Which window of history the date flags (CLI) or inputs (Action) ask for. Kept apart from the
 * report command so the Action's bundle takes only this, not the command line.
 */
import type { ResolvedConfig } from '../config/configSchema.js';
import type { ReportWindow } from '../record/types.js';
import { allHistoryWindow, assertTimezone, DAY_SECONDS, daysBounds, rangeWindow, utcDate, type WindowBounds } from '../time/windowBasics.js';
import { UsageError } from './usageError.js';

export interface WindowFlags {
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

/** Flags that contradict each other are a usage error, found before any repository is opened. */
export function checkWindowFlags(flags: WindowFlags): void {
  const chosen = [flags.date && '--date', flags.since && '--since', flags.range && '--range', flags.allHistory && '--all-history'].filter(Boolean);
  if (chosen.length > 1) throw new UsageError(`${chosen.join(' and ')} cannot be combined: choose one window`);
  if (flags.until && !flags.since) throw new UsageError('--until needs --since (a span of whole days)');
}

/**
 * What git can be told before the window is worked out (no zone needed): the range, nothing for all
 * history, or bounds holding the days in any zone; undefined when a date is not YYYY-MM-DD (the
 * window then says what is wrong, before git starts). Today, in an unknown zone, is within a day of
 * the UTC date.
 */
export function windowBounds(flags: WindowFlags, now: Date): WindowBounds | undefined {
  if (flags.range) return { range: flags.range };
  if (flags.allHistory) return {};
  const seconds = now.getTime() / 1000;
  const latestToday = utcDate(seconds + DAY_SECONDS);
  if (flags.since) return daysBounds(flags.since, flags.until ?? latestToday);
  return flags.date ? daysBounds(flags.date, flags.date) : daysBounds(utcDate(seconds - DAY_SECONDS), latestToday);
}

/** Which window the flags ask for; today in the zone when none is given. */
export async function resolveWindow(flags: WindowFlags, config: ResolvedConfig, now: Date): Promise<ReportWindow> {
  checkWindowFlags(flags);
  const zone = assertTimezone(flags.timezone ?? config.timezone ?? machineTimezone());
  if (flags.range) return rangeWindow(flags.range, zone);
  if (flags.allHistory) return allHistoryWindow(zone);
  // Calendar days need luxon: loaded only for them.
  const { dateIn, dayWindow, daysWindow } = await import('../time/reportWindow.js');
  if (flags.since) return daysWindow(flags.since, flags.until, zone, dateIn(zone, now));
  return dayWindow(flags.date ?? dateIn(zone, now), zone);
}

