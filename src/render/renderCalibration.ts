/**
 * `git-leverage calibrate` output: how well the estimates track actual time, as text (a terminal),
 * Markdown or JSON (with every pair, so a reader can redo the figures). Pure.
 */
import type { CalibrationPair } from '../calibrate/calibrationPairs.js';
import { describeBias, RATIO_MEANING, type CalibrationSummary } from '../calibrate/summarizeCalibration.js';
import type { ReportWindow } from '../record/types.js';
import { escapeMarkdownInline } from './escapeMarkdown.js';
import { formatDecimal, formatTotal } from './formatNumbers.js';

export const CALIBRATE_FORMATS = ['text', 'md', 'json'] as const;
export type CalibrateFormat = (typeof CALIBRATE_FORMATS)[number];

export interface CalibrationReport {
  window: ReportWindow;
  repositories: string[];
  pairs: CalibrationPair[];
  summary: CalibrationSummary;
}

const HOW_TO_RECORD = 'Record pairs on tasks a person does without an agent: `Human-Estimate` made before the work, `Human-Actual` after it (`git-leverage commit --task "…" --human 6h --actual 8h`).';

export function formatRatio(ratio: number | null): string {
  return ratio === null ? '-' : formatDecimal(ratio, 2, 2, false);
}

function formatCorrelation(summary: CalibrationSummary): string {
  if (summary.rankCorrelation === null) return 'not defined (every estimate, or every actual, is the same)';
  const [low, high] = summary.rankCorrelationInterval ?? [];
  const range = low === undefined || high === undefined ? '' : ` (95% interval ${formatDecimal(low, 2, 2, false)} to ${formatDecimal(high, 2, 2, false)})`;
  return `${formatDecimal(summary.rankCorrelation, 2, 2, false)}${range}`;
}

/** `1 pair`, `12 pairs`. */
export function pairsInWords(n: number): string {
  return `${formatTotal(n)} ${n === 1 ? 'pair' : 'pairs'}`;
}

/** The sentence that says how many pairs there are, and whether that is enough. */
export function pairsSentence(summary: CalibrationSummary): string {
  const n = summary.pairs;
  const pairs = `${formatTotal(n)} calibration ${n === 1 ? 'pair' : 'pairs'}`;
  return summary.enough ? `${pairs}.` : `${pairs}: not enough pairs to judge the estimates (${summary.minimumPairs} needed).`;
}

function bandRows(summary: CalibrationSummary): string[][] {
  return summary.bands.map((band) => [
    band.label,
    formatTotal(band.pairs),
    band.medianRatio !== null ? formatRatio(band.medianRatio) : band.pairs === 0 ? '-' : `too few (${summary.bandMinimumPairs} needed)`,
  ]);
}

const BAND_HEADER = ['Estimate', 'Pairs', 'Median actual/estimate'];

function alignRows(rows: readonly string[][], right: ReadonlySet<number>): string[] {
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) => row.map((cell, column) => (right.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ').trimEnd());
}

export function renderCalibrationText(report: CalibrationReport): string {
  const { summary } = report;
  const lines = [`Calibration: ${report.window.label} (${report.window.timezone})`, '', pairsSentence(summary)];
  if (summary.enough) {
    lines.push(
      `Rank correlation of estimate and actual (Spearman): ${formatCorrelation(summary)}`,
      `Median actual/estimate: ${formatRatio(summary.medianRatio)} (${pairsInWords(summary.pairs)})`,
      '',
      ...alignRows([BAND_HEADER, ...bandRows(summary)], new Set([1])),
      '',
      RATIO_MEANING,
    );
    const bias = describeBias(summary);
    if (bias) lines.push(bias);
  } else lines.push(HOW_TO_RECORD.replace(/`/g, ''));
  return `${lines.join('\n')}\n`;
}

export function renderCalibrationMarkdown(report: CalibrationReport): string {
  const { summary } = report;
  const sections = [`# Calibration: ${escapeMarkdownInline(report.window.label)}`, pairsSentence(summary)];
  if (summary.enough) {
    sections.push(
      `| Measure | Value | Pairs |\n|---|---|---|\n| Rank correlation (Spearman) | ${formatCorrelation(summary)} | ${formatTotal(summary.pairs)} |\n| Median actual/estimate | ${formatRatio(summary.medianRatio)} | ${formatTotal(summary.pairs)} |`,
      [`| ${BAND_HEADER.join(' | ')} |`, '|---|---|---|', ...bandRows(summary).map((row) => `| ${row.join(' | ')} |`)].join('\n'),
      RATIO_MEANING,
    );
    const bias = describeBias(summary);
    if (bias) sections.push(bias);
  } else sections.push(HOW_TO_RECORD);
  return `${sections.join('\n\n')}\n`;
}

/** The JSON document (schemaVersion 1): the summary, what a ratio means, and every pair. */
export function renderCalibrationJson(report: CalibrationReport): string {
  const json = {
    schemaVersion: 1,
    generator: 'git-leverage calibrate',
    window: report.window,
    repositories: report.repositories,
    ratioMeaning: RATIO_MEANING,
    ...report.summary,
    pairList: report.pairs.map((pair) => ({
      repo: pair.repo,
      sha: pair.sha,
      authorDate: new Date(pair.authorTime * 1000).toISOString(),
      task: pair.task,
      taskId: pair.taskId ?? null,
      estimateMinutes: pair.estimateMinutes,
      actualMinutes: pair.actualMinutes,
      ratio: pair.actualMinutes / pair.estimateMinutes,
      estimatedBy: pair.estimatedBy ?? null,
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function renderCalibration(report: CalibrationReport, format: CalibrateFormat): string {
  return format === 'json' ? renderCalibrationJson(report) : format === 'md' ? renderCalibrationMarkdown(report) : renderCalibrationText(report);
}
