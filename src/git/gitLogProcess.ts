/**
 * A running `git log` whose output is read from a pipe as it comes: the pipe's back-pressure keeps
 * memory flat, and git ends with its reader (stopped when the reader leaves early; killed by SIGPIPE
 * when the reading process dies).
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import type { Repository } from './openRepository.js';
import { GIT_LOG_ENV } from './logArguments.js';
import { GitError } from './runGit.js';

export interface GitLog {
  /** git's standard output, chunk by chunk. */
  stdout: AsyncIterable<Buffer>;
  /** Resolves when git exits 0; otherwise rejects with a GitError carrying git's message. */
  succeeded: () => Promise<void>;
  /** Ends git if it is still running (a reader that stops early). */
  stop: () => void;
}

/** Starts `git <args>` in `repo`, with `input` (if any) on its standard input. */
export function startGitLog(repo: Repository, args: readonly string[], input?: string): GitLog {
  const child = spawn('git', args, { cwd: repo.root, env: { ...process.env, ...GIT_LOG_ENV }, stdio: ['pipe', 'pipe', 'pipe'] }) as ChildProcessByStdio<Writable, Readable, Readable>;
  // git reports its own failures by exit code; a stdin it closed early must not crash the reader.
  child.stdin.on('error', () => undefined);
  child.stdin.end(input);
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    if (stderr.length < 4096) stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(new GitError(error.code === 'ENOENT' ? 'git is not installed or not on PATH' : `could not run git: ${error.message}`));
    });
    child.on('close', (code) => resolve(code));
  });
  exited.catch(() => undefined); // observed by succeeded(); a reader that stopped early never asks
  return {
    stdout: child.stdout,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill();
    },
    succeeded: async () => {
      const code = await exited;
      if (code === 0) return;
      const message = stderr.trim().replace(/^fatal: /, '');
      const hint = repo.shallowBoundary.size > 0 ? ` ${repo.given} is a shallow clone: fetch the missing history with \`git fetch --unshallow\` (in GitHub Actions, actions/checkout with \`fetch-depth: 0\`).` : '';
      throw new GitError(`git log failed in ${repo.given}: ${message || `exit code ${code}`}.${hint}`, stderr, code);
    },
  };
}
