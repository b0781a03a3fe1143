/**
 * Which window of history the date flags (CLI) or inputs (Action) ask for. Kept apart from the
 * report command so the Action's bundle takes only this, not the command line.
 */
import type { ResolvedConfig } from '../config/configSchema.js';
import type { ReportWindow } from '../record/types.js';
import { allHistoryWindow, assertTimezone, rangeWindow } from '../time/windowBasics.js';
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

