/** The line that says which records of a report come from git notes (git/noteRecords.ts), for Markdown and text. */
import type { LeverageRecord } from '../record/types.js';
import { formatTotal } from './formatNumbers.js';

/** Commits named at most; the rest are counted. */
const NAMED = 10;

/**
 * `2 records come from git notes (refs/notes/leverage): abc123456789, …`, or undefined when none
 * does (a report without notes stays as it was). `code` wraps each sha (Markdown's backticks).
 */
export function noteRecordsLine(record: Pick<LeverageRecord, 'tasks'>, code: (sha: string) => string): string | undefined {
  let count = 0;
  const shas = new Set<string>();
  for (const task of record.tasks) {
    for (const commit of task.commits) {
      if (commit.note !== true || commit.role !== 'record') continue;
      count += 1;
      shas.add(commit.sha.slice(0, 12));
    }
  }
  if (count === 0) return undefined;
  const named = [...shas].slice(0, NAMED).map(code);
  const more = shas.size > NAMED ? `, and ${formatTotal(shas.size - NAMED)} more` : '';
  return `${formatTotal(count)} ${count === 1 ? 'record comes from a git note' : 'records come from git notes'} (refs/notes/leverage): ${named.join(', ')}${more}.`;
}
