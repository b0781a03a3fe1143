/**
 * Roll-ups: the record of each calendar day, ISO week or month of a report, counted in the report's
 * zone. Pure. Periods are cut from the report's own task rows: each record a task counted (copies
 * and duplicates already removed by the record builder) goes to the period of its author time, so a
 * task worked on over three days counts its hours on the day each hour was recorded. A period's
 * totals are computeTotals over its share of each task; the totals row is the report's own totals.
 */
import { DateTime } from 'luxon';
import { addFigures, computeTotals } from '../record/buildRecord.js';
import type { LeverageReport, RecordTotals, TaskCommit, TaskRow } from '../record/types.js';

export const PERIOD_UNITS = ['day', 'week', 'month'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

export interface Period {
  /** `2026-03-01`, `2026-W10`, `2026-03`: what the period is called in JSON and CSV. */
  key: string;
  /** For a table's Date column: `2026-03-01`, `2026-03-02 (W10)`, `2026-03`. */
  label: string;
  /** First calendar day of the period in the zone (`YYYY-MM-DD`). */
  startDate: string;
  /** Inclusive start and exclusive end, seconds since the epoch. */
  start: number;
  end: number;
  /** The period's own record totals; `tasks` 0 for a period without records. */
  totals: RecordTotals;
}

export interface Rollup {
  unit: PeriodUnit;
  timezone: string;
  periods: Period[];
  /** The whole report's totals (a task spanning periods counts in each, but once here). */
  totals: RecordTotals;
}

/** Luxon's week is the ISO week (Monday first) unless locale weeks are asked for; they never are here. */
function periodStartOf(time: DateTime, unit: PeriodUnit): DateTime {
  return time.startOf(unit);
}

function describe(start: DateTime, unit: PeriodUnit): { key: string; label: string } {
  const date = start.toISODate() as string;
  switch (unit) {
    case 'day':
      return { key: date, label: date };
    case 'week': {
      const week = start.toFormat("kkkk-'W'WW");
      return { key: week, label: `${date} (W${start.toFormat('WW')})` };
    }
    case 'month':
      return { key: start.toFormat('yyyy-MM'), label: start.toFormat('yyyy-MM') };
  }
}

/** Guards against a typo'd window turning into millions of rows. */
const MAX_PERIODS = 10_000;

/** The period holding `time`: the last period starting at or before it (periods are sorted, contiguous). */
function periodIndex(periods: readonly Period[], time: number): number {
  let low = 0;
  let high = periods.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((periods[middle] as Period).start <= time) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A task's share of one period: the same row, with the figures of the records in that period only. */
function shareOf(task: TaskRow, records: readonly TaskCommit[]): TaskRow {
  const share: TaskRow = { ...task, humanMinutes: 0, claudeMinutes: 0, supervisoryMinutes: undefined, supervisedHumanMinutes: 0, tokens: undefined, commits: [...records] };
  for (const { figures } of records) if (figures) addFigures(share, figures);
  return share;
}

/**
 * Rolls a report up by day, week or month. Periods run from the one holding the window's start to
 * the one holding its end (or the first and last record, for ranges and all history); periods
 * without records are kept, as empty periods are part of a trend.
 */
export function rollUp(report: LeverageReport, unit: PeriodUnit): Rollup {
  const zone = report.window.timezone;
  const records = report.record.tasks.flatMap((task) => task.commits.filter((commit) => commit.role === 'record').map((commit) => ({ task, commit })));
  let first = report.window.start;
  let last = report.window.end === undefined ? undefined : report.window.end - 1;
  for (const { commit } of records) {
    if (first === undefined || commit.authorTime < first) first = commit.authorTime;
    if (last === undefined || commit.authorTime > last) last = commit.authorTime;
  }
  const periods: Period[] = [];
  if (first === undefined || last === undefined) return { unit, timezone: zone, periods, totals: report.record.totals };
  const step = { [`${unit}s`]: 1 };
  const lastStart = periodStartOf(DateTime.fromSeconds(last, { zone }), unit);
  for (let start = periodStartOf(DateTime.fromSeconds(first, { zone }), unit); start <= lastStart; start = start.plus(step)) {
    if (periods.length >= MAX_PERIODS) throw new RangeError(`a roll-up by ${unit} would have more than ${MAX_PERIODS} rows; choose a longer period`);
    periods.push({ ...describe(start, unit), startDate: start.toISODate() as string, start: start.toSeconds(), end: start.plus(step).toSeconds(), totals: computeTotals([]) });
  }
  // Zone arithmetic once per period, not per commit: a commit finds its period by binary search.
  const byPeriod = periods.map(() => new Map<TaskRow, TaskCommit[]>());
  for (const { task, commit } of records) {
    const shares = byPeriod[periodIndex(periods, commit.authorTime)] as Map<TaskRow, TaskCommit[]>;
    const list = shares.get(task);
    if (list) list.push(commit);
    else shares.set(task, [commit]);
  }
  periods.forEach((period, index) => {
    const shares = byPeriod[index] as Map<TaskRow, TaskCommit[]>;
    if (shares.size > 0) period.totals = computeTotals([...shares].map(([task, commits]) => shareOf(task, commits)));
  });
  return { unit, timezone: zone, periods, totals: report.record.totals };
}
