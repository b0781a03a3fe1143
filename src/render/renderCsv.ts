/**
 * `--format csv`: RFC 4180 (comma-separated, CRLF line ends, fields with a comma, quote or line break
 * quoted, quotes doubled) with a header row: one row a task, or with a roll-up one row a period and
 * a totals row. Pure.
 *
 * Commit text is untrusted and a spreadsheet runs any cell that begins with `=`, `+`, `-` or `@` (and
 * some begin with a tab or carriage return) as a formula: such a cell gets a leading `'`, the
 * neutralisation OWASP recommends, which spreadsheets show as text and do not display. A spreadsheet
 * shows a cell's text as it is written, so its bidirectional controls are shown by name (`<U+202E>`,
 * neutraliseBidi) as in every other display of commit text; the JSON report keeps text exactly.
 */
import { DateTime } from '../window/luxon.js';
import type { LeverageReport } from '../record/types.js';
import type { Rollup } from '../rollup/rollUp.js';
import { neutraliseBidi } from './escapeMarkdown.js';
import { roundTo } from './formatNumbers.js';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: neutralised when a spreadsheet would read it as a formula (or reorder it), quoted when RFC 4180 needs it. */
export function csvField(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') return String(value);
  // Numbers are ours, never commit text; only strings can smuggle a formula.
  let text = neutraliseBidi(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(rows: readonly (readonly (string | number | undefined | null)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const round = (value: number | undefined, digits: number) => (value === undefined ? undefined : roundTo(value, digits));

/** One row a task, in Task Log order. */
export function renderTaskCsv(report: LeverageReport): string {
  const zone = report.window.timezone;
  const header = ['rank', 'date', 'task', 'task_id', 'repositories', 'commits', 'human_hours', 'human_minutes', `${report.agent.toLowerCase()}_minutes`, 'supervisory_minutes', 'tokens', 'factor', 'supervisory_factor'];
  const rows = report.record.tasks.map((task, index) => [
    index + 1,
    DateTime.fromSeconds(task.firstAuthorTime, { zone }).toISODate(),
    task.task,
    task.taskId,
    task.repositories.join(' '),
    task.commits.map((commit) => commit.sha.slice(0, 12)).join(' '),
    round(task.humanMinutes / 60, 4),
    round(task.humanMinutes, 4),
    round(task.claudeMinutes, 4),
    round(task.supervisoryMinutes, 4),
    task.tokens,
    round(task.factor, 2),
    round(task.supervisoryFactor, 2),
  ]);
  return csv([header, ...rows]);
}

/** One row a period (empty figures for a period without records), then `total`. */
export function renderRollupCsv(report: LeverageReport, rollup: Rollup): string {
  const header = ['period', 'start_date', 'tasks', 'human_hours', `${report.agent.toLowerCase()}_minutes`, 'supervisory_minutes', 'tokens', 'factor', 'supervisory_factor', 'weeks'];
  const figures = (totals: Rollup['totals']) => [
    totals.tasks,
    round(totals.humanMinutes / 60, 4),
    round(totals.claudeMinutes, 4),
    round(totals.supervisoryMinutes, 4),
    totals.tokens,
    round(totals.factor, 2),
    round(totals.supervisoryFactor, 2),
    round(totals.weeks, 4),
  ];
  const rows = rollup.periods.map((period) => [period.key, period.startDate, ...(period.totals.tasks === 0 ? [0, '', '', '', '', '', '', ''] : figures(period.totals))]);
  return csv([header, ...rows, ['total', rollup.periods[0]?.startDate ?? '', ...figures(rollup.totals)]]);
}

export function renderCsv(report: LeverageReport, rollup?: Rollup): string {
  return rollup ? renderRollupCsv(report, rollup) : renderTaskCsv(report);
}
