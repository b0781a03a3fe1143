/**
 * The Leverage Record as GitHub-flavoured Markdown: title, headline, Task Log, Aggregate Statistics,
 * notes, skipped commits. The two tables match the published record cell for cell.
 */
import { noteRecordsLine } from './noteRecordsLine.js';
import { factorOf, supervisoryFactorOf } from '../metrics/leverageMetrics.js';
import type { LeverageReport, RecordTotals, SkippedCommit, TaskRow } from '../record/types.js';
import type { Rollup } from '../rollup/rollUp.js';
import { renderChart, type ChartKind } from './renderChart.js';
import { renderRollupTable, rollupHeading } from './renderRollup.js';
import { describeProblem } from '../trailers/trailerSchema.js';
import { aggregateRows } from './aggregateRows.js';
import { renderEstimateSection } from './estimateSection.js';
import { renderEstimatorSection } from './estimatorSection.js';
import { renderCalibratedSection } from './calibratedSection.js';
import { renderAgentSection } from './agentSection.js';
import { escapeMarkdownInline, escapeMarkdownKeepingReferences } from './escapeMarkdown.js';
import { truncateText } from '../text/clipText.js';
import { countInWords, formatAverageFactor, formatDecimal, formatFactor, formatHoursCell, formatMinutesCell, formatTotal } from './formatNumbers.js';

export interface MarkdownOptions {
  /** Heading level of the title (`#` by default; the Action nests it under its own). */
  headingLevel?: 1 | 2 | 3;
  /** Show at most this many task rows (the totals always stay); the rest are counted in a note. */
  maxTaskRows?: number;
  /** Extra Markdown placed after the headline (for example a chart). Already safe Markdown. */
  afterHeadline?: string;
  /** A Mermaid chart after the headline (`none` by default, so callers opt in: `--chart`, config `chart`). */
  chart?: ChartKind;
  /** A roll-up table (`--by`), placed before the Task Log. */
  rollup?: Rollup;
  /** `false` leaves the Task Log out (`--summary`): headline, chart, roll-up and totals only. */
  taskLog?: boolean;
  /**
   * The window label was written by the caller (the Action's `pull request #7 (…)`, from the event),
   * not read from a report file: its issue references stay links. A label read from reports (merge)
   * may carry anyone's text and is defused like commit text.
   */
  ownLabel?: boolean;
}

const HEADLINE_TASK_CHARS = 80;

const tableLine = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

function tableHead(header: readonly string[]): string {
  return `${tableLine(header)}\n|${header.map(() => '---').join('|')}|`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [tableHead(header), ...rows.map(tableLine)].join('\n');
}

/** A Task Log line after its number: ` Task | Human Est. | Claude | Sup. | Factor | Sup. Factor |`. */
function taskLogLine(task: TaskRow): string {
  return ` ${escapeMarkdownInline(task.task)} | ${formatHoursCell(task.humanMinutes)} | ${formatMinutesCell(task.claudeMinutes)} | ${formatMinutesCell(task.supervisoryMinutes)} | ${formatFactor(factorOf(task))} | ${formatFactor(supervisoryFactorOf(task))} |`;
}


/** Task Log lines a chunk: small enough (tens of kilobytes) that no chunk is one of V8's large objects. */
const TASK_LOG_LINES_A_CHUNK = 250;

/**
 * The Task Log table exactly as published (`| # | Task | Human Est. | Claude | Sup. | Factor | Sup.
 * Factor |`), in chunks of lines: a long history's table is megabytes, and as one string it was
 * built, copied and encoded whole, each time into memory the process had never touched (on the
 * benchmark's machine, where a fresh page costs microseconds, ~10 ms a copy).
 */
function* taskLogChunks(tasks: readonly TaskRow[], agent: string): Generator<string> {
  yield tableHead(['#', 'Task', 'Human Est.', agent, 'Sup.', 'Factor', 'Sup. Factor']);
  for (let start = 0; start < tasks.length; start += TASK_LOG_LINES_A_CHUNK) {
    const end = Math.min(start + TASK_LOG_LINES_A_CHUNK, tasks.length);
    let text = '';
    for (let index = start; index < end; index += 1) text += `\n| ${index + 1} |${taskLogLine(tasks[index] as TaskRow)}`;
    yield text;
  }
}

/** The Task Log table as one string. */
export function renderTaskLogTable(tasks: readonly TaskRow[], agent: string): string {
  return [...taskLogChunks(tasks, agent)].join('');
}

/** The Aggregate Statistics table exactly as published. */
export function renderAggregateTable(totals: RecordTotals, agent: string): string {
  return table(['Metric', 'Value'], aggregateRows(totals, escapeMarkdownInline(agent)));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The tasks at the top and the bottom of the factor order, ties going to the earlier work: what
 * sorting a copy by factor, then by time, would put first and last, found in one pass.
 */
export function ceilingAndFloor(tasks: readonly TaskRow[]): { ceiling: TaskRow; floor: TaskRow } {
  let ceiling = tasks[0] as TaskRow;
  let floor = ceiling;
  for (let index = 1; index < tasks.length; index += 1) {
    const task = tasks[index] as TaskRow;
    if (task.factor > ceiling.factor || (task.factor === ceiling.factor && task.firstAuthorTime < ceiling.firstAuthorTime)) ceiling = task;
    if (task.factor < floor.factor || (task.factor === floor.factor && task.firstAuthorTime >= floor.firstAuthorTime)) floor = task;
  }
  return { ceiling, floor };
}

/** The window label as Markdown: defused like commit text unless the caller wrote it (`ownLabel`). */
function labelMarkdown(report: LeverageReport, options: Pick<MarkdownOptions, 'ownLabel'>): string {
  return options.ownLabel ? escapeMarkdownKeepingReferences(report.window.label) : escapeMarkdownInline(report.window.label);
}

/**
 * One paragraph in the spirit of the published record: how many tasks, the weighted factor, the
 * hours and weeks, the agent's and the supervisor's minutes, and the ceiling and floor tasks.
 */
export function renderHeadline(report: LeverageReport, options: Pick<MarkdownOptions, 'ownLabel'> = {}): string {
  const { tasks, totals } = report.record;
  if (tasks.length === 0) return `No leverage records for ${labelMarkdown(report, options)}.`;
  const agent = escapeMarkdownInline(report.agent);
  const taskWord = tasks.length === 1 ? 'task' : 'tasks';
  const parts = [
    `**${capitalise(countInWords(tasks.length))} ${taskWord} at ${formatAverageFactor(totals.factor)} leverage.**`,
    `${formatTotal(totals.humanMinutes / 60)} human-equivalent hours (${formatDecimal(totals.weeks, 1, 0, true)} weeks at 40 hours)`,
    `in ${formatTotal(totals.claudeMinutes)} ${agent} minutes`,
  ];
  if (totals.supervisoryMinutes !== undefined) {
    parts.push(`with ${formatTotal(totals.supervisoryMinutes)} minutes of supervision (${formatAverageFactor(totals.supervisoryFactor)} supervisory leverage).`);
  } else {
    parts[parts.length - 1] += '.';
  }
  const { ceiling, floor } = ceilingAndFloor(tasks);
  const named = (task: TaskRow) => `${formatFactor(task.factor)} (${escapeMarkdownInline(truncateText(task.task, HEADLINE_TASK_CHARS))})`;
  if (tasks.length > 1) parts.push(`Ceiling: ${named(ceiling)}. Floor: ${named(floor)}.`);
  return parts.join(' ');
}

/** What the totals leave out, in words: tasks without supervisory minutes, or without tokens (the dashboard says the same). */
export function coverageNotes(totals: RecordTotals): string[] {
  const notes: string[] = [];
  if (totals.tasksWithoutSupervision > 0) {
    const n = totals.tasksWithoutSupervision;
    notes.push(`${formatTotal(n)} ${n === 1 ? 'task has' : 'tasks have'} no supervisory minutes (shown as -) and ${n === 1 ? 'is' : 'are'} left out of the supervisory average.`);
  }
  if (totals.tasksWithoutTokens > 0 && totals.tokens !== undefined) {
    const n = totals.tasksWithoutTokens;
    notes.push(`${formatTotal(n)} ${n === 1 ? 'task records' : 'tasks record'} no tokens; the token total counts the others.`);
  }
  return notes;
}

function renderNotes(report: LeverageReport, shownRows: number): string[] {
  const { totals, tasks } = report.record;
  const notes: string[] = [];
  if (shownRows < tasks.length) {
    notes.push(`${formatTotal(tasks.length - shownRows)} more tasks are left out of the Task Log to fit; the totals include them.`);
  }
  const fromNotes = noteRecordsLine(report.record, (sha) => `\`${sha}\``);
  return [...notes, ...coverageNotes(totals), ...(fromNotes ? [fromNotes] : [])];
}

/** Skipped commits: where, what, and what would be accepted. */
export function renderSkippedList(skipped: readonly SkippedCommit[]): string {
  const lines = skipped.map((commit) => {
    const problems = commit.problems.map((problem) => escapeMarkdownInline(describeProblem(problem))).join('; ');
    const where = commit.note ? ', in its git note' : '';
    return `- \`${commit.sha.slice(0, 12)}\` in ${escapeMarkdownInline(commit.repo)} (${escapeMarkdownInline(truncateText(commit.subject, 72))})${where}: ${problems}`;
  });
  return lines.join('\n');
}

export function renderMarkdown(report: LeverageReport, options: MarkdownOptions = {}): string {
  return [...renderMarkdownChunks(report, options)].join('');
}

/** renderMarkdown's text in pieces, in order, for a caller that writes them as they come (a long Task Log is megabytes). */
export function* renderMarkdownChunks(report: LeverageReport, options: MarkdownOptions = {}): Generator<string> {
  const hashes = '#'.repeat(options.headingLevel ?? 1);
  const { record } = report;
  const shown = record.tasks.slice(0, options.maxTaskRows ?? record.tasks.length);
  // Sections, a blank line apart; the Task Log's is made as it is written.
  const sections: (string | Iterable<string>)[] = [`${hashes} Leverage Record: ${labelMarkdown(report, options)}`, renderHeadline(report, options)];
  const chart = renderChart(report, options.chart ?? 'none', options.rollup ? { rollup: options.rollup } : {});
  if (chart) sections.push(chart);
  if (options.afterHeadline) sections.push(options.afterHeadline);
  if (options.rollup && options.rollup.periods.length > 0) sections.push(`${hashes}# ${rollupHeading(options.rollup)}`, renderRollupTable(options.rollup, report.agent));
  const withTaskLog = options.taskLog ?? true;
  if (record.tasks.length > 0) {
    if (withTaskLog) sections.push(`${hashes}# Task Log`, taskLogChunks(shown, report.agent));
    sections.push(`${hashes}# Aggregate Statistics`, renderAggregateTable(record.totals, report.agent));
    const notes = renderNotes(report, withTaskLog ? shown.length : record.tasks.length);
    if (notes.length > 0) sections.push(notes.map((note) => `- ${note}`).join('\n'));
    const agents = renderAgentSection(report, hashes, escapeMarkdownInline);
    if (agents) sections.push(agents);
    const estimates = renderEstimateSection(report, hashes, options.maxTaskRows);
    if (estimates) sections.push(estimates);
    const estimators = renderEstimatorSection(report, hashes);
    if (estimators) sections.push(estimators);
    const calibrated = renderCalibratedSection(report, hashes, { taskLog: withTaskLog, ...(options.maxTaskRows !== undefined ? { maxTaskRows: options.maxTaskRows } : {}) });
    if (calibrated) sections.push(calibrated);
  }
  if (record.skipped.length > 0) {
    const n = record.skipped.length;
    sections.push(
      `${hashes}# Skipped commits`,
      `${formatTotal(n)} ${n === 1 ? 'commit carries' : 'commits carry'} leverage trailers that do not validate and ${n === 1 ? 'is' : 'are'} not counted:`,
      renderSkippedList(record.skipped),
    );
  }
  let text = '';
  for (const [index, section] of sections.entries()) {
    if (index > 0) text += '\n\n';
    if (typeof section === 'string') {
      text += section;
      continue;
    }
    for (const chunk of section) {
      if (text !== '') yield text;
      text = chunk;
    }
  }
  yield `${text}\n`;
}
