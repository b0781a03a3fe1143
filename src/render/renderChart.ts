/**
 * A Mermaid `xychart-beta` chart for Markdown output: GitHub renders it natively in a job summary,
 * a PR comment or a file, so a picture needs no image hosting. Pure.
 *
 * - one day or a PR (a `day` or `range` window): the leverage factor of each task, as bars;
 * - a span of days or all history: two charts, since an xychart has one y-axis and hours and a
 *   factor share no scale: human-equivalent hours per period, then the weighted factor of each
 *   period that has records (an empty period has no factor; drawn as 0 it would read as a failure).
 *
 * Every y-axis starts at 0 (Mermaid's own range starts at the smallest value, which draws the
 * smallest bar with no height at all), up to a round number at or above the largest value.
 *
 * Task text is untrusted and Mermaid's grammar has no escape for `"` inside a string, so labels are
 * rewritten (see mermaidLabel) rather than escaped; every chart is parsed by Mermaid in the tests.
 */
import type { LeverageReport } from '../record/types.js';
import type { PeriodUnit } from '../rollup/periodUnits.js';
import { leastPeriodCount, rollUp, type Rollup } from '../rollup/rollUp.js';
import { neutraliseBidi } from './escapeMarkdown.js';
import { truncateText } from '../text/clipText.js';
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
 * - `<` and `>` could be read as HTML by a renderer: they become single angle quotes;
 * - bidirectional controls would reorder the label: they are named (`‹U+202E›`, neutraliseBidi).
 */
export function mermaidLabel(text: string, maxChars = DEFAULT_LABEL_CHARS): string {
  const oneLine = neutraliseBidi(text)
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

/** The smallest of 1, 2, 2.5 and 5 times a power of ten at or above the largest value (1 when none is above 0). */
export function axisTop(values: readonly number[]): number {
  const largest = values.reduce((most, value) => Math.max(most, value), 0);
  if (!(largest > 0) || !Number.isFinite(largest)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(largest));
  for (const step of [1, 2, 2.5, 5, 10]) {
    // toPrecision drops the binary tail of products such as 2.5 * 0.1.
    const top = Number((step * magnitude).toPrecision(12));
    if (top >= largest) return top;
  }
  return 10 * magnitude;
}

/** A y-axis from 0 to a round top above every value drawn on it (the values are drawn rounded, so the top is taken over those). */
const yAxis = (title: string, values: readonly string[]) => `y-axis ${quoted(title)} 0 --> ${number(axisTop(values.map(Number)))}`;

/** The factor of each task, in Task Log order. */
function taskFactorChart(report: LeverageReport, options: ChartOptions): string {
  const maxBars = options.maxBars ?? DEFAULT_MAX_BARS;
  const tasks = report.record.tasks.slice(0, maxBars);
  const more = report.record.tasks.length - tasks.length;
  const title = more > 0 ? `Leverage factor per task (first ${tasks.length} of ${report.record.tasks.length})` : 'Leverage factor per task';
  const labels = tasks.map((task, index) => quoted(mermaidLabel(`${index + 1}. ${task.task}`, options.maxLabelChars)));
  const factors = tasks.map((task) => number(task.factor));
  return chartBlock([`title ${quoted(title)}`, `x-axis [${labels.join(', ')}]`, yAxis('Factor (x)', factors), `bar [${factors.join(', ')}]`]);
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

/**
 * Two charts: hours per period (an empty period is a true 0 hours, so it stays: a gap in the work
 * shows), then the weighted factor of each period with records (an empty one has none, and is left
 * out as the dashboard leaves it out, rather than drawn as 0).
 */
function periodCharts(report: LeverageReport, options: ChartOptions): string {
  const rollup = readableRollup(report, options);
  const maxBars = options.maxBars ?? DEFAULT_MAX_BARS;
  // Even by month a long history can be too wide to read: keep its latest periods.
  const periods = rollup.periods.slice(-maxBars);
  const shown = periods.length < rollup.periods.length ? ` (last ${periods.length})` : '';
  const label = (key: string) => quoted(mermaidLabel(key, options.maxLabelChars));
  const hours = periods.map((period) => number(period.totals.humanMinutes / 60));
  const withFactor = periods.flatMap((period) => (period.totals.tasks > 0 && period.totals.factor !== undefined ? [{ key: period.key, factor: number(period.totals.factor) }] : []));
  const factors = withFactor.map((period) => period.factor);
  const hoursChart = chartBlock([
    `title ${quoted(`Human-equivalent hours per ${rollup.unit}${shown}`)}`,
    `x-axis [${periods.map((period) => label(period.key)).join(', ')}]`,
    yAxis('Hours', hours),
    `bar [${hours.join(', ')}]`,
  ]);
  const empty = periods.length - withFactor.length;
  const factorTitle = `Weighted leverage factor per ${rollup.unit}${shown}${empty > 0 ? `, ${empty} without records left out` : ''}`;
  const factorChart = chartBlock([`title ${quoted(factorTitle)}`, `x-axis [${withFactor.map((period) => label(period.key)).join(', ')}]`, yAxis('Factor (x)', factors), `bar [${factors.join(', ')}]`]);
  // A window whose latest periods are all empty has hours (zeros) but no factor to draw.
  return withFactor.length > 0 ? `${hoursChart}\n\n${factorChart}` : hoursChart;
}

/**
 * The chart for a report as a fenced Markdown block (two blocks a blank line apart for a span of
 * periods), or undefined when there is nothing to draw (no task) or charts are off.
 */
export function renderChart(report: LeverageReport, kind: ChartKind, options: ChartOptions = {}): string | undefined {
  if (kind === 'none' || report.record.tasks.length === 0) return undefined;
  const perTask = report.window.kind === 'day' || report.window.kind === 'range';
  return perTask && !options.rollup ? taskFactorChart(report, options) : periodCharts(report, options);
}
