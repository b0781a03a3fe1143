/**
 * The period a chart or dashboard uses when none is asked for: days for up to two months, weeks for
 * up to two years, months beyond, so a chart has tens of points rather than one or thousands.
 */
import type { LeverageReport } from '../record/types.js';
import type { PeriodUnit } from './periodUnits.js';

const DAY = 86_400;

export function choosePeriodUnit(report: LeverageReport): PeriodUnit {
  // A loop, not Math.min(...times): a merged report can hold more commits than a call has arguments.
  let first = Infinity;
  let last = -Infinity;
  for (const commit of report.commits) {
    if (commit.authorTime < first) first = commit.authorTime;
    if (commit.authorTime > last) last = commit.authorTime;
  }
  const start = report.window.start ?? first;
  const end = report.window.end ?? last + 1;
  const days = Number.isFinite(start) && Number.isFinite(end) ? (end - start) / DAY : 0;
  if (days <= 62) return 'day';
  if (days <= 731) return 'week';
  return 'month';
}
