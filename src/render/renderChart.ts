/**
 * A Mermaid `xychart-beta` chart for Markdown output: GitHub renders it natively in a job summary,
 * a PR comment or a file, so a picture needs no image hosting. Pure.
 *
 * - one day or a PR (a `day` or `range` window): the leverage factor of each task, as bars;
 * - a span of days or all history: human-equivalent hours per period (bars) and the weighted factor
 *   of each period (line), on Mermaid's one y-axis.
 *
 * Task text is untrusted and Mermaid's grammar has no escape for `"` inside a string, so labels are
 * rewritten (see mermaidLabel) rather than escaped; every chart is parsed by Mermaid in the tests.
 */
import type { LeverageReport } from '../record/types.js';
import type { PeriodUnit } from '../rollup/periodUnits.js';
import { leastPeriodCount, rollUp, type Rollup } from '../rollup/rollUp.js';
import { truncateText } from './escapeMarkdown.js';
import { roundTo } from './formatNumbers.js';

export type ChartKind = 'mermaid' | 'none';

export interface ChartOptions {
  /** The roll-up the report shows (`--by`); the chart follows it when it is readable. */
  rollup?: Rollup;
  /** Longest x-axis label, in characters. */
  maxLabelChars?: number;
  /** Most bars drawn; beyond that the chart shows the first ones in Task Log order and says so. */
  maxBars?: number;
}

const DEFAULT_LABEL_CHARS = 24;
const DEFAULT_MAX_BARS = 30;

/**
 * Text safe inside a Mermaid string (`"..."`) and inside a fenced Markdown block:
 * - one line (a newline would end the statement, a line of backticks would close the fence);
 * - `"` ends a string and Mermaid has no escape for it: it becomes `'`, as do backticks (which open
 *   Mermaid's Markdown strings);
 * - `%%` starts a comment or an `%%{init: ...}%%` directive that Mermaid looks for anywhere in the
 *   text: doubled percent signs are made single;
 * - `#name;` is decoded by Mermaid as an entity: `;` becomes `,`;
 * - `<` and `>` could be read as HTML by a renderer: they become single angle quotes.
 */
export function mermaidLabel(text: string, maxChars = DEFAULT_LABEL_CHARS): string {
  const oneLine = text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/["`]/g, "'")
    .replace(/%+/g, '%')
    .replace(/;/g, ',')
    .replace(/</g, '‹')
    .replace(/>/g, '›');
  return truncateText(oneLine, maxChars) || '-';
}

const quoted = (text: string) => `"${text}"`;
const number = (value: number) => String(roundTo(value, 1));

function chartBlock(lines: string[]): string {
  return ['```mermaid', 'xychart-beta', ...lines.map((line) => `    ${line}`), '```'].join('\n');
}

/** The factor of each task, in Task Log order. */
function taskFactorChart(report: LeverageReport, options: ChartOptions): string {
  const maxBars = options.maxBars ?? DEFAULT_MAX_BARS;
  const tasks = report.record.tasks.slice(0, maxBars);
  const more = report.record.tasks.length - tasks.length;
  const title = more > 0 ? `Leverage factor per task (first ${tasks.length} of ${report.record.tasks.length})` : 'Leverage factor per task';
  const labels = tasks.map((task, index) => quoted(mermaidLabel(`${index + 1}. ${task.task}`, options.maxLabelChars)));
  return chartBlock([`title ${quoted(title)}`, `x-axis [${labels.join(', ')}]`, `y-axis ${quoted('Factor (x)')}`, `bar [${tasks.map((task) => number(task.factor)).join(', ')}]`]);
}

/** Units tried, finest first, when the report asks for no roll-up or its roll-up is too long to draw. */
const CHART_UNITS: readonly PeriodUnit[] = ['day', 'week', 'month'];

function readableRollup(report: LeverageReport, options: ChartOptions): Rollup {
  const maxBars = options.maxBars ?? DEFAULT_MAX_BARS;
  const asked = options.rollup;
  if (asked && asked.periods.length <= maxBars) return asked;
  const from = asked ? CHART_UNITS.indexOf(asked.unit) : 0;
  const units = CHART_UNITS.slice(from);
  let rollup = asked;
  for (const unit of units) {
    if (rollup?.unit === unit) continue;
    // A roll-up certain to be too long is not built: three years by day is a thousand periods.
    if (unit !== units[units.length - 1] && leastPeriodCount(report, unit) > maxBars) continue;
    rollup = rollUp(report, unit);
    if (rollup.periods.length <= maxBars) break;
  }
  return rollup ?? rollUp(report, 'month');
}

/** Hours per period (bars) and the period's weighted factor (line; 0 where a period has no record). */
function periodChart(report: LeverageReport, options: ChartOptions): string {
  const rollup = readableRollup(report, options);
  const maxBars = options.maxBars ?? DEFAULT_MAX_BARS;
  // Even by month a long history can be too wide to read: keep its latest periods.
  const periods = rollup.periods.slice(-maxBars);
  const shown = periods.length < rollup.periods.length ? ` (last ${periods.length})` : '';
  const labels = periods.map((period) => quoted(mermaidLabel(period.key, options.maxLabelChars)));
  return chartBlock([
    `title ${quoted(`Human-equivalent hours (bars) and weighted factor (line) per ${rollup.unit}${shown}`)}`,
    `x-axis [${labels.join(', ')}]`,
    `y-axis ${quoted('Hours / factor (x)')}`,
    `bar [${periods.map((period) => number(period.totals.humanMinutes / 60)).join(', ')}]`,
    `line [${periods.map((period) => number(period.totals.factor ?? 0)).join(', ')}]`,
  ]);
}

/**
 * The chart for a report as a fenced Markdown block, or undefined when there is nothing to draw
 * (no task) or charts are off.
 */
export function renderChart(report: LeverageReport, kind: ChartKind, options: ChartOptions = {}): string | undefined {
  if (kind === 'none' || report.record.tasks.length === 0) return undefined;
  const perTask = report.window.kind === 'day' || report.window.kind === 'range';
  return perTask && !options.rollup ? taskFactorChart(report, options) : periodChart(report, options);
}
