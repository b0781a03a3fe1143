/**
 * The **Calibrated estimates** section of `report --calibrated` (docs/estimates.md): calibrated
 * hours and factors beside the raw ones, with the method and the pairs stated under the tables; or,
 * with too few pairs, a sentence saying so (the figures stay raw). Nothing without the flag, so the
 * published tables are never touched.
 */
import type { Calibration } from '../calibrate/calibrateRecord.js';
import type { LeverageReport, TaskRow } from '../record/types.js';
import { truncateText } from '../text/clipText.js';
import { escapeMarkdownInline } from './escapeMarkdown.js';
import { formatAverageFactor, formatDecimal, formatFactor, formatHoursCell, formatTotal } from './formatNumbers.js';
import { RATIO_MEANING } from '../calibrate/summarizeCalibration.js';
import { formatRatio, pairsInWords } from './renderCalibration.js';

export interface CalibratedSectionOptions {
  /** `false` (`--summary`): the totals only, no task rows. */
  taskLog?: boolean;
  /** At most this many task rows (the totals always stay). */
  maxTaskRows?: number;
}

const TASK_CHARS = 80;
const TASK_HEADER = ['#', 'Task', 'Human Est.', 'Calibrated', 'Factor', 'Calibrated Factor'];

/** The method and what it rests on, in one paragraph (the same words in every format). */
export function calibrationMethod(calibration: Calibration): string {
  const { summary } = calibration;
  const n = summary.pairs;
  if (!calibration.applied) {
    return `Not enough calibration pairs to calibrate: ${formatTotal(n)} in ${calibration.scope} (${summary.minimumPairs} needed); every figure above is raw. A pair is a task done without an agent, with Human-Estimate and Human-Actual (git-leverage calibrate).`;
  }
  const bands = calibration.ratios
    .map((ratio) =>
      ratio.source === 'band'
        ? `${ratio.label} ${formatRatio(ratio.ratio)} (${pairsInWords(ratio.pairs)})`
        : `${ratio.label} ${formatRatio(ratio.ratio)} (the overall median: the band has ${pairsInWords(summary.bands.find((band) => band.band === ratio.band)?.pairs ?? 0)}, ${summary.bandMinimumPairs} needed)`,
    )
    .join('; ');
  return (
    `Calibrated: each record's Human-Estimate times the median actual/estimate of the calibration pairs in its size band, ` +
    `from ${formatTotal(n)} pairs in ${calibration.scope}: ${bands}. ${RATIO_MEANING} The raw figures above are unchanged.`
  );
}

function taskCells(task: TaskRow, index: number, calibration: Calibration, label: (text: string) => string): string[] {
  const calibrated = calibration.tasks[index];
  return [
    String(index + 1),
    label(truncateText(task.task, TASK_CHARS)),
    formatHoursCell(task.humanMinutes),
    calibrated ? formatHoursCell(calibrated.calibratedMinutes) : '-',
    formatFactor(task.factor),
    calibrated ? formatFactor(calibrated.calibratedFactor) : '-',
  ];
}

function totalsRows(calibration: Calibration): string[][] {
  const totals = calibration.totals;
  if (!totals) return [];
  return [
    ['Total human-equivalent hours', formatTotal(totals.humanMinutes / 60), formatTotal(totals.calibratedMinutes / 60)],
    ['Human-equivalent weeks (40 h)', formatDecimal(totals.weeks, 1, 0, true), formatDecimal(totals.calibratedWeeks, 1, 0, true)],
    ['Weighted average leverage factor', formatAverageFactor(totals.factor), formatAverageFactor(totals.calibratedFactor)],
  ];
}

const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const markdownTable = (header: readonly string[], rows: readonly (readonly string[])[]) => [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');

/** The section's Markdown (heading and body); undefined without `--calibrated` or without tasks. */
export function renderCalibratedSection(report: LeverageReport, hashes: string, options: CalibratedSectionOptions = {}): string | undefined {
  const { calibration } = report;
  const { tasks } = report.record;
  if (!calibration || tasks.length === 0) return undefined;
  const parts = [`${hashes}# Calibrated estimates`];
  if (calibration.applied) {
    if (options.taskLog ?? true) {
      const shown = tasks.slice(0, options.maxTaskRows ?? tasks.length);
      parts.push(markdownTable(TASK_HEADER, shown.map((task, index) => taskCells(task, index, calibration, escapeMarkdownInline))));
      if (shown.length < tasks.length) parts.push(`${formatTotal(tasks.length - shown.length)} more tasks are left out to fit; the totals include them.`);
    }
    parts.push(markdownTable(['Metric', 'Raw', 'Calibrated'], totalsRows(calibration)));
  }
  parts.push(escapeMarkdownInline(calibrationMethod(calibration)));
  return parts.join('\n\n');
}

/** The same section as plain lines for a terminal (`sanitize` strips control characters). */
export function calibratedSectionLines(report: LeverageReport, sanitize: (text: string) => string, align: (rows: string[][], right: ReadonlySet<number>) => string[], taskLog = true): string[] {
  const { calibration } = report;
  const { tasks } = report.record;
  if (!calibration || tasks.length === 0) return [];
  const lines = ['', 'Calibrated estimates:'];
  if (calibration.applied) {
    if (taskLog) {
      const aligned = align([TASK_HEADER, ...tasks.map((task, index) => taskCells(task, index, calibration, sanitize))], new Set([0, 2, 3, 4, 5]));
      lines.push(aligned[0] as string, '-'.repeat((aligned[0] as string).length), ...aligned.slice(1), '');
    }
    lines.push(...align([['', 'Raw', 'Calibrated'], ...totalsRows(calibration)], new Set([1, 2])), '');
  }
  lines.push(calibrationMethod(calibration));
  return lines;
}
