/**
 * The roll-up table (one row a day, week or month, then a totals row) as cells, Markdown and text.
 * The cells are shared so the Markdown, text and CSV views of a roll-up cannot disagree.
 */
import type { RecordTotals } from '../record/types.js';
import type { Period, Rollup } from '../rollup/rollUp.js';
import { escapeMarkdownInline } from './escapeMarkdown.js';
import { formatAverageFactor, formatDecimal, formatTotal } from './formatNumbers.js';

/** Header of the roll-up table; the agent's label names its minutes column. */
export function rollupHeader(agent: string): string[] {
  return ['Date', 'Tasks', 'Human hours', `${agent} min`, 'Sup. min', 'Factor', 'Sup. Factor', 'Weeks'];
}

function figureCells(totals: RecordTotals): string[] {
  return [
    formatTotal(totals.tasks),
    formatTotal(totals.humanMinutes / 60),
    formatTotal(totals.claudeMinutes),
    formatTotal(totals.supervisoryMinutes),
    formatAverageFactor(totals.factor),
    formatAverageFactor(totals.supervisoryFactor),
    formatDecimal(totals.weeks, 1, 1, true),
  ];
}

/** A period's cells; a period without records is an empty row (only its date), as the issue asks. */
export function periodCells(period: Period): string[] {
  return period.totals.tasks === 0 ? [period.label, '', '', '', '', '', '', ''] : [period.label, ...figureCells(period.totals)];
}

/** Every row of the table: the periods, then `Total`. */
export function rollupCells(rollup: Rollup): string[][] {
  return [...rollup.periods.map(periodCells), ['Total', ...figureCells(rollup.totals)]];
}

/** GitHub-flavoured Markdown; the totals row is bold so it reads as a sum, not one more period. */
export function renderRollupTable(rollup: Rollup, agent: string): string {
  const header = rollupHeader(escapeMarkdownInline(agent));
  const rows = rollupCells(rollup).map((cells, index, all) => (index === all.length - 1 ? cells.map((cell) => (cell ? `**${cell}**` : cell)) : cells));
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Heading words for a roll-up: `By week (Monday to Sunday, America/New_York)`. */
export function rollupHeading(rollup: Rollup): string {
  const unit = { day: 'By day', week: 'By week (Monday to Sunday', month: 'By month' }[rollup.unit];
  return rollup.unit === 'week' ? `${unit}, ${rollup.timezone})` : `${unit} (${rollup.timezone})`;
}
