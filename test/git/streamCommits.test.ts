/**
 * The stream parser against a plain reading of the same `git log` output: commits cut by chunk
 * boundaries at every offset, a subject far longer than one pipe read, and a history long enough
 * for git to write many chunks must give exactly the commits a whole-buffer split gives.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openRepository } from '../../src/git/openRepository.js';
import { runGit } from '../../src/git/runGit.js';
import { gitLogArguments, GIT_LOG_ENV, streamCommits } from '../../src/git/streamCommits.js';
import { allHistoryWindow } from '../../src/time/reportWindow.js';
import { DEFAULT_TRAILER_KEYS } from '../../src/trailers/trailerKeys.js';
import { isolatedGitEnv } from '../../src/git/isolatedGitEnv.js';
import { makeTempDir } from '../helpers/tempRepo.js';
import { rm } from 'node:fs/promises';
import { execFile } from 'node:child_process';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

function fastImport(count: number): string {
  const parts: string[] = [];
  for (let i = 1; i <= count; i += 1) {
    // Message sizes vary so that chunk boundaries fall at every offset of a commit; one subject is
    // several pipe reads long.
    const subject = i === count / 2 ? 'x'.repeat(300_000) : `change ${i} ${'y'.repeat(i % 97)}`;
    const trailers = i % 3 === 0 ? `\n\nTask: task ${i}\nHuman-Estimate: ${1 + (i % 5)}h\nClaude-Minutes: ${1 + (i % 7)}\nSigned-off-by: A <a@example.com>` : i % 5 === 0 ? '\n\nSigned-off-by: A <a@example.com>' : '';
    const message = `${subject}${trailers}\n`;
    parts.push(
      'commit refs/heads/main',
      `author Ann Example <ann@example.com> ${1_700_000_000 + i * 60} +0000`,
      `committer Ann Example <ann@example.com> ${1_700_000_000 + i * 60} +0000`,
      `data ${Buffer.byteLength(message)}`,
      message,
    );
  }
  return `${parts.join('\n')}\n`;
}

/** The same command, read whole and split on NULs: what the stream parser must agree with. */
function readWhole(dir: string, args: string[]): Promise<Array<{ sha: string; subject: string }>> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd: dir, env: { ...process.env, ...GIT_LOG_ENV }, encoding: 'buffer', maxBuffer: 1 << 28 }, (error, stdout) => {
      if (error) return reject(error);
      const fields = stdout.toString('utf8').split('\0');
      const commits: Array<{ sha: string; subject: string }> = [];
      for (let i = 0; i + 6 <= fields.length; i += 6) {
        if (/(^|\x1e)(task|human-estimate|claude-minutes)\x1f/i.test(fields[i + 2] as string)) commits.push({ sha: fields[i] as string, subject: fields[i + 5] as string });
      }
      resolve(commits);
    });
  });
}

describe('streamCommits', () => {
  it('parses commits cut across chunk boundaries exactly as a whole-buffer split does', async () => {
    const dir = await makeTempDir();
    dirs.push(dir);
    const env = isolatedGitEnv(process.env);
    await runGit(['init', '--quiet', '--initial-branch=main'], dir, undefined, env);
    await runGit(['fast-import', '--quiet'], dir, fastImport(3000), env);
    const repo = await openRepository(dir, dir);
    const options = { window: allHistoryWindow('UTC'), revs: [], keys: DEFAULT_TRAILER_KEYS };
    const streamed: Array<{ sha: string; subject: string }> = [];
    for await (const commit of streamCommits(repo, options)) {
      streamed.push({ sha: commit.sha, subject: commit.subject });
      expect(commit.trailers.map((trailer) => trailer.key)).toEqual(['Task', 'Human-Estimate', 'Claude-Minutes']);
    }
    const whole = await readWhole(dir, gitLogArguments(repo, options));
    expect(streamed).toHaveLength(1000);
    expect(streamed).toEqual(whole);
    expect(streamed.some((commit) => commit.subject.length === 300_000)).toBe(true);
  });
});
