/**
 * The **By agent** section, under the Aggregate Statistics: each coding agent's tasks, hours, minutes
 * and factors (metrics/agentBreakdown.ts), in Markdown, plain text and HTML. Nothing when the records
 * come from one agent, so such a report reads exactly as before the `Agent` trailer.
 */
import { agentBreakdown, type AgentBreakdown, type AgentShare } from '../metrics/agentBreakdown.js';
import type { LeverageReport } from '../record/types.js';
import { formatAverageFactor, formatTotal } from './formatNumbers.js';

/** How records without `Agent` are named: parentheses, which the `Agent` grammar never accepts, so no agent can be called this. */
export const NOT_STATED = '(not stated)';

const HEADER = ['Agent', 'Tasks', 'Human-equivalent hours', 'Agent minutes', 'Supervisory minutes', 'Tokens', 'Factor', 'Sup. Factor'];

/** A row's cells; `name` makes the agent's name safe for the target format. */
function cells(share: AgentShare, name: (text: string) => string): string[] {
  return [
    share.agent === undefined ? NOT_STATED : name(share.agent),
    formatTotal(share.tasks),
    formatTotal(share.humanMinutes / 60),
    formatTotal(share.claudeMinutes),
    formatTotal(share.supervisoryMinutes),
    formatTotal(share.tokens),
    formatAverageFactor(share.factor),
    formatAverageFactor(share.supervisoryFactor),
  ];
}

/** What the table counts, in words: by record, and where a task is counted twice. */
function notes(breakdown: AgentBreakdown, totalTasks: number, code: (text: string) => string): string[] {
  const unstated = breakdown.shares.some((share) => share.agent === undefined);
  const lines = [
    `Hours, minutes, tokens and factors are those of each agent's own records, so the rows add up to the Aggregate Statistics.${unstated ? ` Records without an ${code('Agent')} trailer are counted as ${NOT_STATED}.` : ''}`,
  ];
  const n = breakdown.tasksWithSeveralAgents;
  if (n > 0) {
    lines.push(`${formatTotal(n)} ${n === 1 ? 'task has records' : 'tasks have records'} by more than one agent and ${n === 1 ? 'is' : 'are'} counted under each, so the Tasks column adds up to more than the ${formatTotal(totalTasks)} tasks.`);
  }
  return lines;
}

const tableLine = (row: readonly string[]) => `| ${row.join(' | ')} |`;

/** The section's Markdown (heading, table, notes), or undefined with one agent; `escape` is the renderer's inline escaping. */
export function renderAgentSection(report: LeverageReport, hashes: string, escape: (text: string) => string): string | undefined {
  const breakdown = agentBreakdown(report.record.tasks);
  if (breakdown === undefined) return undefined;
  const table = [tableLine(HEADER), `|${HEADER.map(() => '---').join('|')}|`, ...breakdown.shares.map((share) => tableLine(cells(share, escape)))].join('\n');
  const listed = notes(breakdown, report.record.totals.tasks, (text) => `\`${text}\``).map((note) => `- ${note}`);
  return [`${hashes}# By agent`, table, listed.join('\n')].join('\n\n');
}

/**
 * The same section as plain lines for a terminal, or none with one agent. `align` is the text
 * renderer's column aligner (right-aligned columns given), `sanitize` strips control characters.
 */
export function agentSectionLines(
  report: LeverageReport,
  sanitize: (text: string) => string,
  align: (rows: readonly string[][], rightAligned: ReadonlySet<number>) => string[],
): string[] {
  const breakdown = agentBreakdown(report.record.tasks);
  if (breakdown === undefined) return [];
  const aligned = align([HEADER, ...breakdown.shares.map((share) => cells(share, sanitize))], new Set([1, 2, 3, 4, 5, 6, 7]));
  return ['', 'By agent:', aligned[0] as string, '-'.repeat((aligned[0] as string).length), ...aligned.slice(1), ...notes(breakdown, report.record.totals.tasks, (text) => text)];
}

/** The section as HTML for the dashboard (`escapeHtml` is the page's), or '' with one agent. */
export function agentSectionHtml(report: LeverageReport, escapeHtml: (text: string) => string): string {
  const breakdown = agentBreakdown(report.record.tasks);
  if (breakdown === undefined) return '';
  const row = (values: readonly string[], tag: 'th' | 'td') => `<tr>${values.map((value, column) => `<${tag}${column > 0 ? ' class="num"' : ''}>${value}</${tag}>`).join('')}</tr>`;
  const body = breakdown.shares.map((share) => row(cells(share, (text) => text).map((cell) => escapeHtml(cell)), 'td'));
  const listed = notes(breakdown, report.record.totals.tasks, (text) => `<code>${text}</code>`).map((note) => `<li>${note}</li>`);
  return `<section class="agents" id="agents">
<h2>By agent</h2>
<div class="table-wrap"><table>
<thead>${row(HEADER.map(escapeHtml), 'th')}</thead>
<tbody>
${body.join('\n')}
</tbody>
</table></div>
<ul>
${listed.join('\n')}
</ul>
</section>
`;
}
