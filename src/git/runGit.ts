/**
 * Small, bounded git calls (rev-parse, config, worktree lists). History is never read through here:
 * see streamCommits.ts. Not simple-git: loading it costs ~100 ms here, as much as Node's own start-up,
 * on a path (report, hooks) whose budget is measured against `node -e 0`.
 */
import { execFile } from 'node:child_process';
import { UserError } from '../userError.js';

export class GitError extends UserError {
  override name = 'GitError';
  constructor(
    message: string,
    readonly stderr = '',
    readonly exitCode: number | null = null,
  ) {
    super(message);
  }
}

export interface GitResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

function execGit(args: readonly string[], cwd: string, input: string | Buffer | undefined, env: NodeJS.ProcessEnv | undefined, encoding: 'utf8' | 'buffer') {
  return new Promise<{ stdout: string | Buffer; stderr: string; exitCode: number }>((resolve, reject) => {
    const child = execFile('git', args, { cwd, env: env ?? process.env, maxBuffer: 64 * 1024 * 1024, encoding }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        reject(new GitError(error.code === 'ENOENT' ? 'git is not installed or not on PATH' : `could not run git: ${error.message}`));
        return;
      }
      resolve({ stdout, stderr: stderr.toString(), exitCode: error ? (error.code as unknown as number) : 0 });
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** Runs git with an argument array (never a shell string). Resolves with the exit code; rejects only if git cannot start. */
export async function runGitRaw(args: readonly string[], cwd: string, input?: string, env?: NodeJS.ProcessEnv): Promise<GitResult> {
  return (await execGit(args, cwd, input, env, 'utf8')) as GitResult;
}

/** As runGitRaw, with stdout as bytes: for output in a commit's own encoding (the hook decodes it). */
export async function runGitBytes(args: readonly string[], cwd: string, input?: Buffer, env?: NodeJS.ProcessEnv): Promise<Omit<GitResult, 'stdout'> & { stdout: Buffer }> {
  return (await execGit(args, cwd, input, env, 'buffer')) as Omit<GitResult, 'stdout'> & { stdout: Buffer };
}

/** Runs git and returns stdout; a non-zero exit becomes a GitError carrying git's own words. */
export async function runGit(args: readonly string[], cwd: string, input?: string, env?: NodeJS.ProcessEnv): Promise<string> {
  const result = await runGitRaw(args, cwd, input, env);
  if (result.exitCode !== 0) {
    throw new GitError(`git ${args[0]} failed in ${cwd}: ${result.stderr.trim() || `exit code ${result.exitCode}`}`, result.stderr, result.exitCode);
  }
  return result.stdout;
}
