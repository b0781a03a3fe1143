/**
 * Fitting the record into a size budget (a comment is at most 65,536 characters, a job summary at
 * most 1 MiB): task rows are left out, the fewest possible, and renderMarkdown says how many; the
 * totals always stay. Pure.
 */
import type { LeverageReport } from '../record/types.js';
import { renderMarkdown, type MarkdownOptions } from '../render/renderMarkdown.js';

/** GitHub's limit on an issue comment's body, in characters. */
export const COMMENT_LIMIT_CHARS = 65_536;
/** GitHub's limit on one step's job summary, in bytes. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface FittedMarkdown {
  text: string;
  shownRows: number;
  leftOutRows: number;
  /** Even without task rows the text was too long (for example thousands of skipped commits) and was cut. */
  cut: boolean;
}

const CUT_NOTE = '\n\n*This record was cut to fit; the job summary and the `json` output hold all of it.*\n';

/**
 * The Markdown with as many task rows as fit `fits`. Each render is checked, so the note about left
 * out rows (whose length depends on the count) is part of what is measured.
 */
export function fitMarkdown(report: LeverageReport, options: Omit<MarkdownOptions, 'maxTaskRows'>, fits: (text: string) => boolean): FittedMarkdown {
  const total = report.record.tasks.length;
  const full = renderMarkdown(report, options);
  if (fits(full)) return { text: full, shownRows: total, leftOutRows: 0, cut: false };
  // Fewer rows never make the text longer, so the largest row count that fits is found by bisection.
  let low = 0;
  let high = total - 1;
  let best: string | undefined;
  let bestRows = 0;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const text = renderMarkdown(report, { ...options, maxTaskRows: middle });
    if (fits(text)) {
      best = text;
      bestRows = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  if (best !== undefined) return { text: best, shownRows: bestRows, leftOutRows: total - bestRows, cut: false };
  return { text: cutToFit(renderMarkdown(report, { ...options, maxTaskRows: 0 }), fits), shownRows: 0, leftOutRows: total, cut: true };
}

/** Last resort: whole lines from the start (title, headline, totals come first), then a note. */
function cutToFit(text: string, fits: (text: string) => boolean): string {
  const lines = text.split('\n');
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(lines.slice(0, middle).join('\n') + CUT_NOTE)) low = middle;
    else high = middle - 1;
  }
  return lines.slice(0, low).join('\n') + CUT_NOTE;
}

/** A predicate for a budget in characters (UTF-16 code units, never fewer than GitHub's characters). */
export function fitsChars(limit: number, overhead = 0): (text: string) => boolean {
  return (text) => text.length + overhead <= limit;
}

/** A predicate for a budget in UTF-8 bytes. */
export function fitsBytes(limit: number, overhead = 0): (text: string) => boolean {
  return (text) => Buffer.byteLength(text, 'utf8') + overhead <= limit;
}
