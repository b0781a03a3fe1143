/**
 * `commit-msg`: reads the message file with git's trailer parser, checks it against the policy and
 * the shared schema, and explains a refusal. Thin adapter over checkCommitMessage (pure).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/loadConfig.js';
import { runGit } from '../git/runGit.js';
import { checkCommitMessage, type CheckResult } from './checkCommitMessage.js';
import { formatRejection } from './formatRejection.js';
import { readMessageTrailers } from './readMessageTrailers.js';

export interface HookIo {
  /** The repository's top level: git runs hooks there. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  stderr: (text: string) => void;
}

/** Absolute paths of files in the git dir (honours worktrees and GIT_DIR). */
export async function gitPaths(cwd: string, env: NodeJS.ProcessEnv, names: readonly string[]): Promise<string[]> {
  const args = ['rev-parse', '--path-format=absolute', ...names.flatMap((name) => ['--git-path', name])];
  return (await runGit(args, cwd, undefined, env)).trimEnd().split('\n');
}

/** Checks the message file; returns the exit code (0 accept, 1 refuse) after printing any refusal. */
export async function runCommitMsgHook(messageFile: string, io: HookIo): Promise<{ code: number; result: CheckResult }> {
  const config = await loadConfig(io.cwd);
  const bytes = await readFile(path.resolve(io.cwd, messageFile));
  const message = await readMessageTrailers(bytes, io.cwd, io.env);
  const subject = message.cleaned.split('\n', 1)[0] ?? '';
  const needsState = config.require !== 'never';
  const [mergeHead = '', revertHead = ''] = needsState ? await gitPaths(io.cwd, io.env, ['MERGE_HEAD', 'REVERT_HEAD']) : [];
  const result = checkCommitMessage(
    { trailers: message.trailers, subject, merging: needsState && existsSync(mergeHead), reverting: needsState && existsSync(revertHead) },
    config.require,
    config.trailerOptions,
  );
  if (result.ok) return { code: 0, result };
  const [keptMessage = messageFile] = await gitPaths(io.cwd, io.env, ['COMMIT_EDITMSG']);
  io.stderr(formatRejection(result.problems, { raw: message.raw, keptMessage, messageFile }));
  return { code: 1, result };
}
