/**
 * **Who estimated** (`Estimated-By`): the share of the Human-Estimate hours each kind of estimator
 * contributes, after the Aggregate Statistics. Only when a record says who estimated, so a record
 * written without the trailer (the published seed record) reads exactly as before.
 */
import { estimatorShares, type EstimatorKind, type EstimatorShare } from '../calibrate/estimatorShares.js';
import type { LeverageReport } from '../record/types.js';
import { formatDecimal, formatTotal } from './formatNumbers.js';

const KIND_LABELS: Readonly<Record<EstimatorKind, string>> = {
  agent: 'agent',
  human: 'human (a person, named or not)',
  team: 'team',
  unstated: 'not stated',
};

const HEADER = ['Estimated by', 'Records', 'Human-equivalent hours', 'Share'];

function cells(share: EstimatorShare): string[] {
  return [KIND_LABELS[share.kind], formatTotal(share.records), formatTotal(share.humanMinutes / 60), `${formatDecimal(share.share * 100, 1, 0, false)}%`];
}

/** The section's Markdown, or undefined when no record carries Estimated-By. */
export function renderEstimatorSection(report: LeverageReport, hashes: string): string | undefined {
  const shares = estimatorShares(report.record);
  if (!shares) return undefined;
  const rows = [HEADER, ...shares.map(cells)];
  const table = [`| ${HEADER.join(' | ')} |`, `|---|${HEADER.slice(1).map(() => '---:').join('|')}|`, ...rows.slice(1).map((row) => `| ${row.join(' | ')} |`)].join('\n');
  return [`${hashes}# Who estimated`, table].join('\n\n');
}

/** The same as plain lines for a terminal; empty when no record carries Estimated-By. */
export function estimatorSectionLines(report: LeverageReport, align: (rows: string[][], right: ReadonlySet<number>) => string[]): string[] {
  const shares = estimatorShares(report.record);
  if (!shares) return [];
  return ['', 'Who estimated (share of the human-equivalent hours):', ...align([HEADER, ...shares.map(cells)], new Set([1, 2, 3]))];
}

/** The same as an HTML section for the dashboard; empty when no record carries Estimated-By. */
export function estimatorSectionHtml(report: LeverageReport, escapeHtml: (text: string) => string): string {
  const shares = estimatorShares(report.record);
  if (!shares) return '';
  const row = (values: readonly string[], tag: 'th' | 'td') => `<tr>${values.map((value, column) => `<${tag}${column > 0 ? ' class="num"' : ''}>${escapeHtml(value)}</${tag}>`).join('')}</tr>`;
  return `<section class="estimators" id="estimators">
<h2>Who estimated</h2>
<div class="table-wrap"><table>
<thead>${row(HEADER, 'th')}</thead>
<tbody>
${shares.map((share) => row(cells(share), 'td')).join('\n')}
</tbody>
</table></div>
</section>
`;
}
