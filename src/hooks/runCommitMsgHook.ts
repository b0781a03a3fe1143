/**
 * `commit-msg`: reads the message file with git's trailer parser, checks it against the policy and
 * the shared schema, and explains a refusal. Thin adapter over checkCommitMessage (pure).
 *
 * The modules that start git (readMessageTrailers, runGit) are imported only when needed: on the
 * installed hook's usual path the script has had git parse the message already, and loading
 * child_process alone would cost a tenth of Node's start-up (docs/hooks.md, "Speed").
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/loadConfig.js';
import { UserError } from '../userError.js';
import { fieldOfKey, type Trailer, type TrailerKeys } from '../trailers/trailerKeys.js';
import { isSquashCommit, parseSquashMessage } from '../trailers/squashMessage.js';
import { checkCommitMessage, checkSquashMessage, type CheckResult, type ListedMessage } from './checkCommitMessage.js';
import { COMMIT_KIND_ENV, formatRejection } from './formatRejection.js';
import { decoder, isAscii, parsedOutput } from './parsedTrailers.js';
import { trailersOf } from '../trailers/trailerLines.js';
import type { MessageTrailers } from './readMessageTrailers.js';
import { formatWarnings, hasStrayCandidate } from './strayLeverageLines.js';

export interface HookIo {
  /** The repository's top level: git runs hooks there. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  stderr: (text: string) => void;
}

/** Absolute paths of files in the git dir (honours worktrees and GIT_DIR). */
export async function gitPaths(cwd: string, env: NodeJS.ProcessEnv, names: readonly string[]): Promise<string[]> {
  const { runGit } = await import('../git/runGit.js');
  const args = ['rev-parse', '--path-format=absolute', ...names.flatMap((name) => ['--git-path', name])];
  return (await runGit(args, cwd, undefined, env)).trimEnd().split('\n');
}

/**
 * The message as the installed script handed it over: git's `--parse` output of the cleaned message
 * (stdin) beside the file as written. Undefined when the script's git did not finish.
 */
async function messageFromScript(bytes: Buffer, scriptOutput: Buffer, io: HookIo): Promise<MessageTrailers | undefined> {
  const parsed = parsedOutput(scriptOutput);
  if (!parsed) return undefined;
  // Keys, separators and line breaks are ASCII in every encoding git accepts for a message: only a
  // non-ASCII value needs `i18n.commitEncoding` (the raw text serves for line numbers alone).
  const encoding = isAscii(parsed) ? 'utf-8' : await (await import('./readMessageTrailers.js')).commitEncoding(parsed, io.cwd, io.env);
  const decode = decoder(encoding);
  return { cleaned: undefined, raw: decode.decode(bytes), trailers: trailersOf(decode.decode(parsed)), encoding };
}

/**
 * Reads the message file a hook was given; a file that cannot be read is one line naming it (a hook
 * run by hand with a wrong path), not a stack trace.
 */
export async function readMessageFile(messageFile: string, cwd: string): Promise<Buffer> {
  const file = path.resolve(cwd, messageFile);
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UserError(`cannot read the commit message file ${file}: ${why} (expected: hook commit-msg <file>, the file git passes to the hook)`);
  }
}

/**
 * The commits a squash message lists (`git merge --squash`, or a pasted GitHub squash message), each
 * with the trailers git reads from its own message; undefined for any other message. The report
 * counts these blocks (git/squashCommits.ts), so the policy is checked on them.
 */
async function listedCommits(cleaned: string, trailers: readonly Trailer[], io: HookIo, keys: TrailerKeys): Promise<ListedMessage[] | undefined> {
  const squash = parseSquashMessage(cleaned);
  if (!squash || !isSquashCommit(squash, trailers.some((trailer) => fieldOfKey(trailer.key, keys) !== undefined))) return undefined;
  const { readTrailersOfMessages } = await import('../git/messagesTrailers.js');
  const parsed = await readTrailersOfMessages(squash.commits.map((commit) => commit.message), io.cwd, io.env);
  const listed = squash.commits.map((commit, index) => ({ index: commit.index, subject: commit.subject, trailers: parsed[index] ?? [] }));
  // A bulleted body whose bullets carry no leverage trailer is an ordinary message with a list.
  if (squash.format !== 'git' && !listed.some((commit) => commit.trailers.some((trailer) => fieldOfKey(trailer.key, keys) !== undefined))) return undefined;
  return listed;
}

/**
 * Checks the message file; returns the exit code (0 accept, 1 refuse) after printing any refusal.
 * `scriptOutput`: what the installed hook script's git printed on stdin (renderHookScript.ts).
 */
export async function runCommitMsgHook(messageFile: string, io: HookIo, scriptOutput?: Buffer): Promise<{ code: number; result: CheckResult }> {
  const config = await loadConfig(io.cwd);
  const bytes = await readMessageFile(messageFile, io.cwd);
  const needsState = config.require !== 'never';
  const { keys } = config.trailerOptions;
  // Only the policies other than `never` look at the subject, which needs the cleaned message.
  let message = scriptOutput && !needsState ? await messageFromScript(bytes, scriptOutput, io) : undefined;
  // A leverage line git did not read as a trailer needs the cleaned message to be placed (and
  // reported): git is asked to clean it only then, so the usual commit stays on the fast path.
  if (message && hasStrayCandidate(message.raw, message.trailers, keys)) message = undefined;
  message ??= await (await import('./readMessageTrailers.js')).readMessageTrailers(bytes, io.cwd, io.env);
  const subject = message.cleaned?.split('\n', 1)[0] ?? '';
  const [mergeHead = '', revertHead = ''] = needsState ? await gitPaths(io.cwd, io.env, ['MERGE_HEAD', 'REVERT_HEAD']) : [];
  const merging = needsState && existsSync(mergeHead);
  const listed = needsState && !merging && message.cleaned !== undefined ? await listedCommits(message.cleaned, message.trailers, io, keys) : undefined;
  const result = listed
    ? checkSquashMessage(listed, config.require, config.trailerOptions)
    : checkCommitMessage(
        { trailers: message.trailers, subject, merging, reverting: needsState && existsSync(revertHead), message: message.cleaned },
        config.require,
        config.trailerOptions,
      );
  const kind = io.env[COMMIT_KIND_ENV];
  // `git-leverage commit` checks the commit it made and says the warnings itself, once.
  if (result.ok) {
    if (result.warnings.length > 0 && kind !== 'commit' && kind !== 'amend') io.stderr(formatWarnings(result.warnings, 'in the message', 'the commit goes ahead, but report will not count lines git does not read as trailers'));
    return { code: 0, result };
  }
  const file = path.resolve(io.cwd, messageFile);
  const kept = await (await import('./keepRefusedMessage.js')).keepRefusedMessage(file, bytes, message.encoding, io.cwd, io.env);
  io.stderr(
    formatRejection(result.problems, {
      raw: kept.text,
      keptMessage: kept.file,
      messageFile,
      cleaned: kept.cleaned,
      amend: kind === 'amend' ? true : kind === 'commit' ? false : undefined,
      keepsCommentLines: kept.keepsCommentLines,
    }),
  );
  return { code: 1, result };
}
