/**
 * The figures a workflow reads from the step (`steps.<id>.outputs.*`): plain numbers as text, rounded
 * as the record publishes them; empty when a figure does not exist (no supervision, no tokens, no tasks).
 */
import type { LeverageReport } from '../record/types.js';
import { roundTo } from '../render/formatNumbers.js';

export const REPORT_OUTPUT_NAMES = ['tasks', 'human-hours', 'claude-minutes', 'supervisory-minutes', 'tokens', 'leverage', 'supervisory-leverage'] as const;
export type ReportOutputs = Record<(typeof REPORT_OUTPUT_NAMES)[number], string>;

const number = (value: number | undefined, digits: number) => (value === undefined ? '' : String(roundTo(value, digits)));

export function reportOutputs(report: LeverageReport): ReportOutputs {
  const { totals } = report.record;
  return {
    tasks: String(totals.tasks),
    'human-hours': number(totals.humanMinutes / 60, 2),
    'claude-minutes': number(totals.claudeMinutes, 2),
    'supervisory-minutes': number(totals.supervisoryMinutes, 2),
    tokens: totals.tokens === undefined ? '' : String(totals.tokens),
    leverage: number(totals.factor, 2),
    'supervisory-leverage': number(totals.supervisoryFactor, 2),
  };
}
