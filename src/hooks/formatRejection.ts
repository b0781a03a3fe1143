/**
 * The words of a refused commit, pure: every problem with the line of the message file it is on,
 * what is wrong and the accepted forms, then where git kept the message and the exact command that
 * brings it back into the editor, so nothing typed is lost.
 */
import type { TrailerProblem } from '../trailers/trailerSchema.js';

/** Quotes a path for a POSIX shell (what the user will paste). */
export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./:@%+=-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

/** 1-based line of the last line of `raw` that starts with `key` and a separator, if any. */
export function lineOfTrailer(raw: string, key: string): number | undefined {
  const lines = raw.split('\n');
  const wanted = key.toLowerCase();
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const match = /^([A-Za-z0-9][A-Za-z0-9-]*)\s*[^A-Za-z0-9\s-]/.exec(lines[i] as string);
    if (match && (match[1] as string).toLowerCase() === wanted) return i + 1;
  }
  return undefined;
}

export interface RejectionContext {
  /** The message file as written, for line numbers. */
  raw: string;
  /** Absolute path of the kept message (`git rev-parse --git-path COMMIT_EDITMSG`). */
  keptMessage: string;
  /** What the message file was called by git (for the line references). */
  messageFile: string;
}

export function formatRejection(problems: readonly TrailerProblem[], context: RejectionContext): string {
  const lines = [`git-leverage: commit refused: ${problems.length === 1 ? 'a leverage trailer needs' : `${problems.length} leverage trailer problems need`} fixing.`];
  for (const problem of problems) {
    const line = problem.value === undefined ? undefined : lineOfTrailer(context.raw, problem.key);
    const where = line === undefined ? '' : `${context.messageFile}:${line}: `;
    const subject = problem.value === undefined ? problem.key : `${problem.key}: "${problem.value}"`;
    lines.push(`  ${where}${subject} ${problem.message}`, `      accepted: ${problem.accepted}`);
  }
  lines.push(
    `Your message is kept in ${context.keptMessage}. Edit it and commit again with:`,
    `  git commit -e -F ${shellQuote(context.keptMessage)}`,
    '(git commit --no-verify skips this check once.)',
  );
  return `${lines.join('\n')}\n`;
}
