/**
 * One entry to every output format, so the CLI, the Action and merge render a report the same way.
 */
import type { LeverageReport } from '../record/types.js';
import { renderJson } from './reportJson.js';
import { renderMarkdown, type MarkdownOptions } from './renderMarkdown.js';
import { renderText } from './renderText.js';

export const REPORT_FORMATS = ['md', 'json', 'text'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Accepts the names people type (`markdown`, `txt`) for the canonical ones. */
export function parseReportFormat(name: string): ReportFormat | undefined {
  const aliases: Record<string, ReportFormat> = { md: 'md', markdown: 'md', json: 'json', text: 'text', txt: 'text' };
  return aliases[name.toLowerCase()];
}

export interface RenderOptions {
  markdown?: MarkdownOptions;
}

export function renderReport(report: LeverageReport, format: ReportFormat, options: RenderOptions = {}): string {
  switch (format) {
    case 'md':
      return renderMarkdown(report, options.markdown);
    case 'json':
      return renderJson(report);
    case 'text':
      return renderText(report);
  }
}
