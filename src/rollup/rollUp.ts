/**
 * Roll-ups: the record of each calendar day, ISO week or month of a report, counted in the report's
 * zone. Pure. Periods are cut from the report's own task rows: each record a task counted (copies
 * and duplicates already removed by the record builder) goes to the period of its author time, so a
 * task worked on over three days counts its hours on the day each hour was recorded. A period's
 * totals are computeTotals over its share of each task; the totals row is the report's own totals.
 */
import { DateTime } from '../window/luxon.js';
import { addFigures, computeTotals } from '../metrics/leverageMetrics.js';
import type { LeverageReport, RecordTotals, RowFigures, TaskRow } from '../record/types.js';
import { UsageError } from '../userError.js';
import { startOfNext } from '../window/reportWindow.js';

import type { PeriodUnit } from './periodUnits.js';

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

/** A period's names, read off its first day (luxon's formatting is the slow part of a roll-up: a few calls a period). */
function describe(start: DateTime, unit: PeriodUnit): { key: string; label: string; startDate: string } {
  const startDate = start.toISODate() as string;
  switch (unit) {
    case 'day':
      return { key: startDate, label: startDate, startDate };
    case 'week': {
      const week = String(start.weekNumber).padStart(2, '0');
      return { key: `${start.weekYear}-W${week}`, label: `${startDate} (W${week})`, startDate };
    }
    case 'month':
      return { key: startDate.slice(0, 7), label: startDate.slice(0, 7), startDate };
  }
}

interface Span {
  first: number;
  last: number;
}
/** Spans already found: a chart asks for one report's span once a unit it weighs. */
const spans = new WeakMap<LeverageReport, Span | undefined>();

/** The first and last second a roll-up covers: the window's, widened to hold every record. */
function spanOf(report: LeverageReport): Span | undefined {
  if (spans.has(report)) return spans.get(report);
  const span = findSpan(report);
  spans.set(report, span);
  return span;
}

function findSpan(report: LeverageReport): Span | undefined {
  let first = report.window.start;
  let last = report.window.end === undefined ? undefined : report.window.end - 1;
  // A task row knows its first and last record's times, so the span is read off the rows, not
  // their commits (one object a task: this runs once over every task, after git has exited).
  const { tasks } = report.record;
  for (let t = 0; t < tasks.length; t += 1) {
    const task = tasks[t] as TaskRow;
    const taskFirst = task.firstAuthorTime;
    const taskLast = task.lastAuthorTime;
    if (first === undefined || taskFirst < first) first = taskFirst;
    if (last === undefined || taskLast > last) last = taskLast;
  }
  return first === undefined || last === undefined ? undefined : { first, last };
}

/** The longest a period can be (days of 25 hours, across a DST change). */
const LONGEST_PERIOD: Readonly<Record<PeriodUnit, number>> = { day: 25 * 3600, week: 7 * 25 * 3600, month: 31 * 25 * 3600 };

/** A number of periods the roll-up of `report` by `unit` has at least: tells, without building it, that one would be too long. */
export function leastPeriodCount(report: LeverageReport, unit: PeriodUnit): number {
  const span = spanOf(report);
  return span ? Math.floor((span.last - span.first) / LONGEST_PERIOD[unit]) + 1 : 0;
}

/**
 * The most periods a roll-up has: 27 years of days, 190 years of weeks, 833 years of months. A
 * longer table or chart is not one anybody reads, and a typo'd window (`--since 1926`) should not
 * turn into a minute of work and megabytes of empty rows.
 */
export const MAX_PERIODS = 10_000;

/** A roll-up asked for would be longer than MAX_PERIODS: the request is what is wrong (the CLI exits 2). */
export class RollupTooLongError extends UsageError {
  override name = 'RollupTooLongError';
}

const COARSER: Readonly<Record<PeriodUnit, string>> = { day: 'by week or month, or ', week: 'by month, or ', month: '' };

/** Fails, saying what to do instead, when the roll-up from `firstStart` to `lastStart` by `unit` would have more than MAX_PERIODS periods. */
function checkPeriodCount(firstStart: DateTime, lastStart: DateTime, unit: PeriodUnit): void {
  // Calendar arithmetic (luxon counts days, weeks and months in the zone): exact across DST changes.
  const count = Math.round(lastStart.diff(firstStart, unit).as(unit)) + 1;
  if (count <= MAX_PERIODS) return;
  const span = `${firstStart.toISODate() as string} to ${lastStart.toISODate() as string}`;
  throw new RollupTooLongError(
    `a roll-up by ${unit} from ${span} would have ${count.toLocaleString('en-US')} rows (at most ${MAX_PERIODS.toLocaleString('en-US')}): roll up ${COARSER[unit]}choose a shorter window`,
  );
}

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

function noFigures(): RowFigures {
  return { humanMinutes: 0, claudeMinutes: 0, supervisoryMinutes: undefined, supervisedHumanMinutes: 0, tokens: undefined };
}

/** The period holding every record of `task`, or undefined when its records fall in more than one. */
function onlyPeriodOf(task: TaskRow, periods: readonly Period[]): number | undefined {
  // Periods are contiguous: the first and the last record in one period put every record there.
  const index = periodIndex(periods, task.firstAuthorTime);
  return task.lastAuthorTime < (periods[index] as Period).end ? index : undefined;
}

/** The share of `task` in each period its records fall in: the sum of its records there. */
function addSharesByPeriod(task: TaskRow, periods: readonly Period[], sharesByPeriod: RowFigures[][]): void {
  const shares = new Map<number, RowFigures>();
  for (const commit of task.commits) {
    if (commit.role !== 'record' || !commit.figures) continue;
    const index = periodIndex(periods, commit.authorTime);
    let share = shares.get(index);
    if (!share) {
      share = noFigures();
      shares.set(index, share);
      (sharesByPeriod[index] as RowFigures[]).push(share);
    }
    addFigures(share, commit.figures);
  }
}

/**
 * Rolls a report up by day, week or month. Periods run from the one holding the window's start to
 * the one holding its end (or the first and last record, for ranges and all history); periods
 * without records are kept, as empty periods are part of a trend.
 */
export function rollUp(report: LeverageReport, unit: PeriodUnit): Rollup {
  const zone = report.window.timezone;
  const periods: Period[] = [];
  const span = spanOf(report);
  if (!span) return { unit, timezone: zone, periods, totals: report.record.totals };
  const { first, last } = span;
  const firstStart = periodStartOf(DateTime.fromSeconds(first, { zone }), unit);
  const lastStart = periodStartOf(DateTime.fromSeconds(last, { zone }), unit);
  checkPeriodCount(firstStart, lastStart, unit);
  for (let start = firstStart, next = startOfNext(start, unit); start <= lastStart; start = next, next = startOfNext(start, unit)) {
    periods.push({ ...describe(start, unit), start: start.toSeconds(), end: next.toSeconds(), totals: computeTotals([]) });
  }
  // Zone arithmetic once per period, not per commit: a commit finds its period by binary search.
  // Each task's share of a period is the sum of its records there, one share a task and period.
  const sharesByPeriod = periods.map((): RowFigures[] => []);
  const { tasks } = report.record;
  for (let t = 0; t < tasks.length; t += 1) {
    const task = tasks[t] as TaskRow;
    const index = onlyPeriodOf(task, periods);
    // A task whose records all fall in one period (nearly every task) shares all of it there: a
    // task row's figures are the sums of its records' figures.
    if (index !== undefined) (sharesByPeriod[index] as RowFigures[]).push(task);
    else addSharesByPeriod(task, periods, sharesByPeriod);
  }
  periods.forEach((period, index) => {
    const shares = sharesByPeriod[index] as RowFigures[];
    if (shares.length > 0) period.totals = computeTotals(shares);
  });
  return { unit, timezone: zone, periods, totals: report.record.totals };
}
