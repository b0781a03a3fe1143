/**
 * The rows of the Aggregate Statistics table, as the published record words and formats them: one
 * list for every renderer. `label` makes the agent's name safe for the target format.
 */
import type { RecordTotals } from '../record/types.js';
import { formatAverageFactor, formatTotal } from './formatNumbers.js';

export function aggregateRows(totals: RecordTotals, agentLabel: string): Array<[metric: string, value: string]> {
  return [
    ['Total tasks', formatTotal(totals.tasks)],
    ['Total human-equivalent hours', formatTotal(totals.humanMinutes / 60)],
    [`Total ${agentLabel} minutes`, formatTotal(totals.claudeMinutes)],
    ['Total supervisory minutes', formatTotal(totals.supervisoryMinutes)],
    ['Total tokens', formatTotal(totals.tokens)],
    ['Weighted average leverage factor', formatAverageFactor(totals.factor)],
    ['Weighted average supervisory leverage factor', formatAverageFactor(totals.supervisoryFactor)],
  ];
}
