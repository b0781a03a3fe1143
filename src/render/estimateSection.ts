/**
 * The **Estimate check** section (docs/estimates.md): the tasks whose Human-Estimate is far from what
 * their change size suggests, each with its reason, and the hours they add to the total. Nothing when
 * no task is flagged, so a report without flags reads as it did before the check.
 */
import { flaggedSummary } from '../estimates/checkEstimates.js';
import type { EstimateReference } from '../estimates/checkEstimates.js';
import type { LeverageReport, TaskRow } from '../record/types.js';
import { truncateText } from '../text/clipText.js';
import { escapeMarkdownInline } from './escapeMarkdown.js';
import { formatDecimal, formatHoursCell, formatTotal } from './formatNumbers.js';

const TASK_CHARS = 80;

/** The sentence above the list: how many, against what, and the hours they add. */
function estimateSummary(flagged: readonly TaskRow[], humanMinutes: number, report: LeverageReport, reference: EstimateReference | undefined): string {
  const n = flagged.length;
  const factor = reference ? `${formatDecimal(reference.flagFactor, 2, 0, false)}x` : 'far';
  const against = reference?.reports !== undefined ? ` (judged by ${formatTotal(reference.reports)} reports, each against its own reference)` : reference ? ` (judged against ${formatTotal(reference.tasks)} reference ${reference.tasks === 1 ? 'task' : 'tasks'}${reference.lookbackDays > 0 ? ` of this window and the ${formatTotal(reference.lookbackDays)} days before it` : ''})` : '';
  const { totals } = report.record;
  return (
    `${formatTotal(n)} of ${formatTotal(totals.tasks)} ${totals.tasks === 1 ? 'task' : 'tasks'} ${n === 1 ? 'has an estimate' : 'have estimates'} more than ${factor} away from what ${n === 1 ? 'its' : 'their'} change size suggests${against}. ` +
    `${n === 1 ? 'Its estimate adds' : 'Their estimates add'} ${formatHoursCell(humanMinutes)} of the ${formatHoursCell(totals.humanMinutes)} total. Lines are a weak proxy for effort: a flag asks for a second look, it changes no figure.`
  );
}

/**
 * The section's Markdown (heading and body), or undefined when no task is flagged. At most
 * `maxItems` tasks are named (the rest are counted), so a report fitted to a comment shrinks here too.
 */
export function renderEstimateSection(report: LeverageReport, hashes: string, maxItems = Number.POSITIVE_INFINITY): string | undefined {
  const { flagged, humanMinutes } = flaggedSummary(report.record.tasks);
  if (flagged.length === 0) return undefined;
  const shown = flagged.slice(0, Math.max(0, maxItems));
  const lines = shown.map((task) => `- ${escapeMarkdownInline(truncateText(task.task, TASK_CHARS))}: ${escapeMarkdownInline(task.estimateCheck?.reason ?? '')}`);
  if (shown.length < flagged.length) lines.push(`- ${formatTotal(flagged.length - shown.length)} more flagged tasks are left out to fit; the JSON report holds every task's \`estimateCheck\`.`);
  return [`${hashes}# Estimate check`, estimateSummary(flagged, humanMinutes, report, report.estimateReference), ...(lines.length > 0 ? [lines.join('\n')] : [])].join('\n\n');
}

/** The same section as plain lines for a terminal (`sanitize` strips control characters); empty when none is flagged. */
export function estimateSectionLines(report: LeverageReport, sanitize: (text: string) => string): string[] {
  const { flagged, humanMinutes } = flaggedSummary(report.record.tasks);
  if (flagged.length === 0) return [];
  return [
    '',
    'Estimate check:',
    estimateSummary(flagged, humanMinutes, report, report.estimateReference),
    ...flagged.map((task) => `  ${truncateText(sanitize(task.task), TASK_CHARS)}: ${sanitize(task.estimateCheck?.reason ?? '')}`),
  ];
}

/** The same section for the dashboard, in the Markdown's words, every text HTML-escaped; empty when none is flagged. */
export function estimateSectionHtml(report: LeverageReport, escapeHtml: (text: string) => string): string {
  const { flagged, humanMinutes } = flaggedSummary(report.record.tasks);
  if (flagged.length === 0) return '';
  const items = flagged.map((task) => `<li>${escapeHtml(truncateText(task.task, TASK_CHARS))}: ${escapeHtml(task.estimateCheck?.reason ?? '')}</li>`);
  return `<section class="estimates" id="estimates">
<h2>Estimate check</h2>
<p>${escapeHtml(estimateSummary(flagged, humanMinutes, report, report.estimateReference))}</p>
<ul>
${items.join('\n')}
</ul>
</section>
`;
}
