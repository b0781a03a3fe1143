/**
 * `--summary` (report, merge) leaves the Task Log out of a report a person reads. JSON, CSV and the
 * HTML dashboard are read by programs or filter their own tasks, so they always hold every task:
 * asking for a summary of one is refused rather than silently ignored.
 */
import type { ReportFormat } from '../render/reportFormats.js';
import { UsageError } from '../userError.js';

/** The formats `--summary` shortens. */
export const SUMMARY_FORMATS: readonly ReportFormat[] = ['md', 'text'];

/** Throws a UsageError when `--summary` is asked for in a format it does not apply to. */
export function checkSummaryFormat(format: ReportFormat, summary: boolean | undefined): void {
  if (!summary || SUMMARY_FORMATS.includes(format)) return;
  const instead = format === 'csv' ? ' (for a row a period instead of a row a task, use --by day, week or month)' : '';
  throw new UsageError(`--summary applies to ${SUMMARY_FORMATS.join(' and ')} output: a ${format} report always holds every task${instead}`);
}
