/**
 * The output formats' names, apart from the renderers: a command line or the Action checks
 * `--format` before anything is read, without loading the code that renders.
 */
export const REPORT_FORMATS = ['md', 'json', 'text', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Accepts the names people type (`markdown`, `txt`) for the canonical ones. */
export function parseReportFormat(name: string): ReportFormat | undefined {
  const aliases: Record<string, ReportFormat> = { md: 'md', markdown: 'md', json: 'json', text: 'text', txt: 'text', csv: 'csv', html: 'html' };
  return aliases[name.toLowerCase()];
}
