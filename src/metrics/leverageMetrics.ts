/**
 * The metrics of the format, in one place: a task's factors from its sums, and a record's totals
 * (weighted averages divide the totals). The record builder, the roll-ups and every renderer
 * import them from here.
 */
import type { RecordTotals, RowFigures } from '../record/types.js';
import type { LeverageFigures } from '../trailers/trailerSchema.js';

/** A human-equivalent week. */
export const HOURS_PER_WEEK = 40;

/** Factor: human-estimate minutes over agent minutes. */
export function factorOf(row: RowFigures): number {
  return row.humanMinutes / row.claudeMinutes;
}

/** Sup. Factor: the human minutes of the supervised records over their supervisory minutes. */
export function supervisoryFactorOf(row: RowFigures): number | undefined {
  return row.supervisoryMinutes === undefined ? undefined : row.supervisedHumanMinutes / row.supervisoryMinutes;
}

/** Adds one record's figures to a task's (or a roll-up share's) sums. */
export function addFigures(row: RowFigures, figures: LeverageFigures): void {
  row.humanMinutes += figures.humanMinutes;
  row.claudeMinutes += figures.claudeMinutes;
  if (figures.supervisoryMinutes !== undefined) {
    row.supervisoryMinutes = (row.supervisoryMinutes ?? 0) + figures.supervisoryMinutes;
    row.supervisedHumanMinutes += figures.humanMinutes;
  }
  if (figures.tokens !== undefined) row.tokens = (row.tokens ?? 0) + figures.tokens;
}

/** The totals of a set of tasks (or of their shares in one period). */
export function computeTotals(rows: readonly RowFigures[]): RecordTotals {
  let humanMinutes = 0;
  let claudeMinutes = 0;
  let supervisoryMinutes: number | undefined;
  let supervisedHumanMinutes = 0;
  let tokens: number | undefined;
  let tasksWithoutSupervision = 0;
  let tasksWithoutTokens = 0;
  for (const row of rows) {
    humanMinutes += row.humanMinutes;
    claudeMinutes += row.claudeMinutes;
    if (row.supervisoryMinutes === undefined) tasksWithoutSupervision += 1;
    else {
      supervisoryMinutes = (supervisoryMinutes ?? 0) + row.supervisoryMinutes;
      supervisedHumanMinutes += row.supervisedHumanMinutes;
    }
    if (row.tokens === undefined) tasksWithoutTokens += 1;
    else tokens = (tokens ?? 0) + row.tokens;
  }
  return {
    tasks: rows.length,
    humanMinutes,
    claudeMinutes,
    supervisoryMinutes,
    supervisedHumanMinutes,
    tokens,
    factor: claudeMinutes > 0 ? humanMinutes / claudeMinutes : undefined,
    supervisoryFactor: supervisoryMinutes ? supervisedHumanMinutes / supervisoryMinutes : undefined,
    weeks: humanMinutes / 60 / HOURS_PER_WEEK,
    tasksWithoutSupervision,
    tasksWithoutTokens,
  };
}
