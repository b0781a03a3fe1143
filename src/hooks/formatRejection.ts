/**
 * The words of a refused commit, pure: every problem with the line of the message file it is on,
 * what is wrong and the accepted forms, then where git kept the message and the exact command that
 * brings it back into the editor, so nothing typed is lost.
 */
import { clipValue } from '../text/clipText.js';
import type { TrailerProblem } from '../trailers/trailerSchema.js';

/**
 * Set by `git-leverage commit` and `annotate` for the git they run: `amend` when the commit is an amend,
 * `commit` otherwise. git does not tell commit-msg whether it is amending, and a retry without
 * `--amend` makes a new commit (or fails with "nothing added to commit").
 */
export const COMMIT_KIND_ENV = 'GIT_LEVERAGE_COMMIT';

export interface RetryAdvice {
  /** Whether the commit was an amend: true, false, or undefined when git did not say (plain `git commit`). */
  amend: boolean | undefined;
  /** The kept text has lines that a stripping cleanup would remove: the retry must not strip. */
  keepsCommentLines: boolean;
}

/** The command that brings the kept message back into the editor and commits exactly it. */
export function retryCommand(file: string, advice: RetryAdvice, quote: (text: string) => string): string {
  // `scissors` keeps the message's own comment-like lines and cuts git's template, which it puts
  // below a scissors line: the only mode with an editor that adds nothing and removes nothing.
  return ['git commit', advice.amend ? '--amend' : '', advice.keepsCommentLines ? '--cleanup=scissors' : '', '-e -F', quote(file)].filter(Boolean).join(' ');
}

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
  /** What the message file holds now (the kept message), for line numbers. */
  raw: string;
  /** Absolute path of the kept message file. */
  keptMessage: string;
  /** What the message file was called by git (for the line references). */
  messageFile: string;
  /** The file was rewritten as git would have committed it (scissors cut, cleaned). */
  cleaned?: boolean;
  /** Whether the refused commit was an amend; undefined when git did not say (keepRefusedMessage.ts). */
  amend?: boolean | undefined;
  /** The kept message has lines a stripping cleanup would drop. */
  keepsCommentLines?: boolean;
}

export function formatRejection(problems: readonly TrailerProblem[], context: RejectionContext): string {
  const lines = [`git-leverage: commit refused: ${problems.length === 1 ? 'a leverage trailer needs' : `${problems.length} leverage trailer problems need`} fixing.`];
  for (const problem of problems) {
    const line = problem.value === undefined ? undefined : lineOfTrailer(context.raw, problem.key);
    const where = line === undefined ? '' : `${context.messageFile}:${line}: `;
    // A long value is quoted by its start and length: the message file holds it whole.
    const subject = problem.value === undefined ? problem.key : `${problem.key}: "${clipValue(problem.value)}"`;
    lines.push(`  ${where}${subject} ${problem.message}`, `      accepted: ${problem.accepted}`);
  }
  const retry = retryCommand(context.keptMessage, { amend: context.amend, keepsCommentLines: context.keepsCommentLines ?? false }, shellQuote);
  lines.push(
    `Your message is kept in ${context.keptMessage}${context.cleaned ? ', as git would have committed it' : ''}. Edit it and commit again with:`,
    `  ${retry}`,
    context.amend === undefined
      ? '(add --amend after git commit if you were amending; git commit --no-verify skips this check once.)'
      : '(git commit --no-verify skips this check once.)',
  );
  return `${lines.join('\n')}\n`;
}
