/**
 * What a refused commit leaves for its retry. git keeps the message file as it was handed to the hook:
 * with `git commit -v`, the diff below the scissors line; in an editor session, git's comment lines.
 * Retried with `git commit -e -F <file>`, git would commit that diff into the message, after the
 * trailers, and the task would vanish from the report. So on a refusal the file is rewritten as git
 * would have committed it (cut at the scissors, cleaned in the cleanup mode git was using), and the
 * retry command is chosen to commit exactly that plus what the user edits.
 *
 * Only a file in the git dir is rewritten (git's own COMMIT_EDITMSG or MERGE_MSG): a file given by hand
 * to `git-leverage hook commit-msg` is the user's and stays as it is.
 */
import { realpathSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runGitBytes, runGitRaw } from '../git/runGit.js';
import { decoder } from './parsedTrailers.js';
import { SCISSORS } from './readMessageTrailers.js';

/** The `--cleanup` modes of `git commit` once git has resolved `default` (and `scissors` without an editor). */
export type CleanupMode = 'strip' | 'whitespace' | 'verbatim' | 'scissors';

/**
 * The cleanup git applies, decided as git decides it (get_cleanup_mode in git's sequencer.c):
 * `default` strips comments when an editor was used and only whitespace otherwise, `scissors` without
 * an editor is `whitespace`. `configured` is `commit.cleanup`; a `--cleanup=` given on git's command
 * line does not reach hooks, so it cannot be honoured here.
 */
export function cleanupModeOf(configured: string | undefined, editorUsed: boolean): CleanupMode {
  if (configured === 'strip' || configured === 'whitespace' || configured === 'verbatim') return configured;
  if (configured === 'scissors') return editorUsed ? 'scissors' : 'whitespace';
  return editorUsed ? 'strip' : 'whitespace';
}

/**
 * git runs every commit hook with `GIT_EDITOR=:` when it will not open an editor (githooks(5)); an
 * editor means git will strip comment lines by default.
 */
export function editorUsed(env: NodeJS.ProcessEnv): boolean {
  return env.GIT_EDITOR !== ':';
}

export interface KeptMessage {
  /** Absolute path of the message file. */
  file: string;
  /** What the file now holds (decoded), for line numbers. */
  text: string;
  /** The file was rewritten as git would have committed it. */
  cleaned: boolean;
  keepsCommentLines: boolean;
}

/** `commit.cleanup` and `core.commentChar` in one git call. */
async function cleanupConfig(cwd: string, env: NodeJS.ProcessEnv): Promise<{ cleanup: string | undefined; commentChar: string }> {
  const result = await runGitRaw(['config', '--get-regexp', '^(commit\\.cleanup|core\\.commentchar)$'], cwd, undefined, env);
  let cleanup: string | undefined;
  let commentChar = '#';
  for (const line of result.stdout.split('\n')) {
    const [name = '', ...rest] = line.split(' ');
    const value = rest.join(' ');
    if (name === 'commit.cleanup') cleanup = value;
    if (name === 'core.commentchar' && value) commentChar = value;
  }
  return { cleanup, commentChar };
}

/** Whether `file` lies inside the repository's git dir (git's own scratch file). */
async function inGitDir(file: string, cwd: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const result = await runGitRaw(['rev-parse', '--absolute-git-dir'], cwd, undefined, env);
  if (result.exitCode !== 0) return false;
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return p;
    }
  };
  const relative = path.relative(real(result.stdout.trim()), real(file));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Rewrites a refused message file in the git dir as git would have committed it, and says what it
 * holds. `encoding`: the message's (`i18n.commitEncoding`), to decode the text for line numbers.
 */
export async function keepRefusedMessage(file: string, bytes: Buffer, encoding: string, cwd: string, env: NodeJS.ProcessEnv): Promise<KeptMessage> {
  const decode = decoder(encoding);
  const { cleanup, commentChar } = await cleanupConfig(cwd, env);
  // With `core.commentChar=auto` git picks, for the editor, a character no line of the message starts with.
  const commentLines = (text: string) => commentChar !== 'auto' && text.split('\n').some((line) => line.startsWith(commentChar.charAt(0)));
  if (!(await inGitDir(file, cwd, env))) {
    const text = decode.decode(bytes);
    return { file, text, cleaned: false, keepsCommentLines: commentLines(text) };
  }
  const mode = cleanupModeOf(cleanup, editorUsed(env));
  // git cuts at its scissors line with -v in every mode, and in scissors mode (cleanup_message).
  const cut = SCISSORS.exec(bytes.toString('latin1'));
  let kept = cut ? bytes.subarray(0, cut.index) : bytes;
  if (mode !== 'verbatim') {
    const stripped = await runGitBytes(['stripspace', ...(mode === 'strip' ? ['--strip-comments'] : [])], cwd, kept, env);
    if (stripped.exitCode === 0) kept = stripped.stdout;
  }
  await writeFile(file, kept);
  const text = decode.decode(kept);
  return { file, text, cleaned: true, keepsCommentLines: commentLines(text) };
}
