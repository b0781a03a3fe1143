/**
 * One entry to every output format, so the CLI, the Action and merge render a report the same way.
 */
import type { LeverageReport } from '../record/types.js';
import { choosePeriodUnit } from '../rollup/choosePeriodUnit.js';
import type { PeriodUnit } from '../rollup/periodUnits.js';
import { rollUp } from '../rollup/rollUp.js';
import { renderDashboard } from './dashboard/renderDashboard.js';
import { renderJsonChunks } from '../reportJson/renderReportJson.js';
import type { ChartKind } from './renderChart.js';
import { renderCsv } from './renderCsv.js';
import { renderMarkdownChunks, type MarkdownOptions } from './renderMarkdown.js';
import type { ReportFormat } from './reportFormats.js';
import { renderText } from './renderText.js';


export interface RenderOptions {
  markdown?: MarkdownOptions;
  /** Roll the record up by period (`--by`): a table in md/text, `periods` in JSON, a row a period in CSV. */
  by?: PeriodUnit;
  /** Headline, chart and roll-up without the Task Log (`--summary`; md and text). */
  summary?: boolean;
  /** Chart in Markdown (`--chart`, config `chart`); overrides markdown.chart when given. */
  chart?: ChartKind;
  /** html: repository label → `https://github.com/owner/name`, for links to commits. */
  commitBaseUrls?: Readonly<Record<string, string>>;
}

export function renderReport(report: LeverageReport, format: ReportFormat, options: RenderOptions = {}): string {
  return [...renderReportChunks(report, format, options)].join('');
}

/**
 * renderReport's text in pieces, in order (the same bytes): Markdown and JSON, megabytes over a long
 * history, come a part at a time for a caller that writes them as they come; the other formats whole.
 */
export function renderReportChunks(report: LeverageReport, format: ReportFormat, options: RenderOptions = {}): Iterable<string> {
  const rollup = options.by ? rollUp(report, options.by) : undefined;
  const taskLog = !options.summary;
  switch (format) {
    case 'md': {
      const chart = options.chart ?? options.markdown?.chart;
      return renderMarkdownChunks(report, { ...options.markdown, ...(chart ? { chart } : {}), ...(rollup ? { rollup } : {}), ...(taskLog ? {} : { taskLog }) });
    }
    case 'json':
      return renderJsonChunks(report, rollup ? { rollup } : {});
    case 'text':
      return [renderText(report, { ...(rollup ? { rollup } : {}), taskLog })];
    case 'csv':
      return [renderCsv(report, rollup)];
    case 'html':
      return [
        renderDashboard(report, {
          rollup: rollup ?? rollUp(report, choosePeriodUnit(report)),
          ...(options.commitBaseUrls ? { commitBaseUrls: options.commitBaseUrls } : {}),
        }),
      ];
  }
}
