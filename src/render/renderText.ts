/**
 * The record as an aligned table for a terminal. Plain text: commit text is stripped of control
 * characters so it cannot move the cursor or recolour the terminal.
 */
import type { LeverageReport } from '../record/types.js';
import type { Rollup } from '../rollup/rollUp.js';
import { describeProblem } from '../trailers/trailerSchema.js';
import { aggregateRows } from './aggregateRows.js';
import { noteRecordsLine } from './noteRecordsLine.js';
import { estimateSectionLines } from './estimateSection.js';
import { estimatorSectionLines } from './estimatorSection.js';
import { calibratedSectionLines } from './calibratedSection.js';
import { agentSectionLines } from './agentSection.js';
import { neutraliseBidi } from './escapeMarkdown.js';
import { truncateText } from '../text/clipText.js';
import { formatFactor, formatHoursCell, formatMinutesCell } from './formatNumbers.js';
import { rollupCells, rollupHeader, rollupHeading } from './renderRollup.js';

export interface TextOptions {
  /** Widest the Task column may be. */
  taskWidth?: number;
  /** A roll-up table (`--by`) before the task table. */
  rollup?: Rollup;
  /** `false` leaves the task table out (`--summary`). */
  taskLog?: boolean;
}

// Strips C0/C1 controls (escape sequences start with ESC or CSI) and names bidirectional controls.
const sanitize = (text: string) => neutraliseBidi(text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' '));

function alignRows(rows: readonly string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) => {
        const pad = ' '.repeat((widths[column] ?? 0) - [...cell].length);
        return rightAligned.has(column) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

export function renderText(report: LeverageReport, options: TextOptions = {}): string {
  const { record, agent } = report;
  const width = options.taskWidth ?? 60;
  const lines = [`Leverage Record: ${sanitize(report.window.label)} (${report.window.timezone})`, ''];
  if (options.rollup && options.rollup.periods.length > 0) {
    const aligned = alignRows([rollupHeader(sanitize(agent)), ...rollupCells(options.rollup)], new Set([1, 2, 3, 4, 5, 6, 7]));
    const rule = '-'.repeat((aligned[0] as string).length);
    lines.push(`${rollupHeading(options.rollup)}:`, aligned[0] as string, rule, ...aligned.slice(1, -1), rule, aligned[aligned.length - 1] as string, '');
  }
  if (record.tasks.length === 0) lines.push('No leverage records.');
  else {
    if (options.taskLog ?? true) {
      const header = ['#', 'Task', 'Human Est.', agent, 'Sup.', 'Factor', 'Sup. Factor'];
      const rows = record.tasks.map((task, index) => [
        String(index + 1),
        truncateText(sanitize(task.task), width),
        formatHoursCell(task.humanMinutes),
        formatMinutesCell(task.claudeMinutes),
        formatMinutesCell(task.supervisoryMinutes),
        formatFactor(task.factor),
        formatFactor(task.supervisoryFactor),
      ]);
      const aligned = alignRows([header, ...rows], new Set([0, 2, 3, 4, 5, 6]));
      lines.push(aligned[0] as string, '-'.repeat((aligned[0] as string).length), ...aligned.slice(1), '');
    }
    const { totals } = record;
    lines.push(
      ...alignRows(
        aggregateRows(totals, sanitize(agent)),
        new Set([1]),
      ),
    );
    lines.push(...agentSectionLines(report, sanitize, alignRows));
    lines.push(...estimateSectionLines(report, sanitize));
    lines.push(...estimatorSectionLines(report, alignRows));
    lines.push(...calibratedSectionLines(report, sanitize, alignRows, options.taskLog ?? true));
    const fromNotes = noteRecordsLine(record, (sha) => sha);
    if (fromNotes) lines.push('', fromNotes);
  }
  if (record.skipped.length > 0) {
    lines.push('', `Skipped (${record.skipped.length}):`);
    for (const commit of record.skipped) {
      lines.push(`  ${commit.sha.slice(0, 12)} ${sanitize(commit.repo)}: ${truncateText(sanitize(commit.subject), 72)}${commit.note ? ' (in its git note)' : ''}`);
      for (const problem of commit.problems) lines.push(`    ${sanitize(describeProblem(problem))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
