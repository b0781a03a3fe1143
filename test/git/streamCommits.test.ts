/**
 * The stream parser against a plain reading of the same `git log` output: commits cut by chunk
 * boundaries at every offset, a subject far longer than one pipe read, and a history long enough
 * for git to write many chunks must give exactly the commits a whole-buffer split gives.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openRepository } from '../../src/git/openRepository.js';
import { runGit } from '../../src/git/runGit.js';
import { streamCommits } from '../../src/git/streamCommits.js';
import { COMMIT_FIELD_COUNT, gitLogArguments, GIT_LOG_ENV, readsDatesFirst } from '../../src/git/logArguments.js';
import { RecordSplitter } from '../../src/git/recordSplitter.js';
import { allHistoryWindow, dayWindow, daysWindow } from '../../src/window/reportWindow.js';
import { DEFAULT_TRAILER_KEYS } from '../../src/trailers/trailerKeys.js';
import { isolatedGitEnv } from '../../src/git/isolatedGitEnv.js';
import { createTempRepo, leverageMessage, makeTempDir, removeTempDirs } from '../helpers/tempRepo.js';
import type { CommitFacts } from '../../src/record/types.js';
import { readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  await removeTempDirs();
});

function fastImport(count: number, longSubject = 300_000): string {
  const parts: string[] = [];
  for (let i = 1; i <= count; i += 1) {
    // Message sizes vary so that chunk boundaries fall at every offset of a commit; one subject is
    // several pipe reads long.
    const subject = i === count / 2 ? 'x'.repeat(longSubject) : `change ${i} ${'y'.repeat(i % 97)}`;
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
    let batches = 0;
    for await (const batch of streamCommits(repo, options)) {
      batches += 1;
      expect(batch.length).toBeGreaterThan(0);
      for (const commit of batch) {
        streamed.push({ sha: commit.sha, subject: commit.subject });
        expect(commit.trailers.map((trailer) => trailer.key)).toEqual(['Task', 'Human-Estimate', 'Claude-Minutes']);
      }
    }
    expect(batches).toBeLessThan(streamed.length);
    const whole = await readWhole(dir, gitLogArguments(repo, options));
    expect(streamed).toHaveLength(1000);
    expect(streamed).toEqual(whole);
    expect(streamed.some((commit) => commit.subject.length === 300_000)).toBe(true);
  });
});

describe('which trailers reach the reader', () => {
  const keysOf = (commits: CommitFacts[]) => commits.map((commit) => [commit.subject, commit.trailers.map((trailer) => `${trailer.key}=${trailer.value}`)]);

  it('only leverage trailers, in any case, in both passes; look-alike keys and Signed-off-by stay behind', async () => {
    const repo = await createTempRepo();
    const message = [
      'mixed trailers',
      '',
      'Signed-off-by: Ann <ann@example.com>',
      'task: lower-case key',
      '  folded on',
      'HUMAN-ESTIMATE: 2h',
      'Task-Idx: not ours',
      'Claude-Minutes: 10',
      'Co-authored-by: Bo <bo@example.com>',
    ].join('\n');
    await repo.commit({ message, date: '2026-04-12T09:00:00Z' });
    await repo.commit({ message: 'only sign-offs\n\nSigned-off-by: Ann <ann@example.com>\nReviewed-by: Bo <bo@example.com>', date: '2026-04-12T10:00:00Z' });
    await repo.commit({ message: 'later', date: '2026-05-20T10:00:00Z' });
    const opened = await openRepository(repo.dir, repo.dir);
    for (const now of [undefined, Date.parse('2026-06-01T00:00:00Z') / 1000]) {
      const found: CommitFacts[] = [];
      for await (const batch of streamCommits(opened, { window: dayWindow('2026-04-12', 'UTC'), revs: [], keys: DEFAULT_TRAILER_KEYS, ...(now === undefined ? {} : { now }) })) found.push(...batch);
      expect(keysOf(found)).toEqual([['mixed trailers', ['task=lower-case key folded on', 'HUMAN-ESTIMATE=2h', 'Claude-Minutes=10']]]);
    }
  });

  it('renamed keys are the ones asked for, and the default names are then not ours', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: 'renamed\n\nWork: renamed key\nGuess: 3h\nAgent-Minutes: 12\nTask: default name', date: '2026-04-12T09:00:00Z' });
    const opened = await openRepository(repo.dir, repo.dir);
    const keys = { ...DEFAULT_TRAILER_KEYS, task: 'Work', humanEstimate: 'Guess', claudeMinutes: 'Agent-Minutes' };
    expect(gitLogArguments(opened, { window: allHistoryWindow('UTC'), revs: [], keys }).join(' ')).toContain('key=Work,key=Guess,key=Agent-Minutes,');
    const found: CommitFacts[] = [];
    for await (const batch of streamCommits(opened, { window: allHistoryWindow('UTC'), revs: [], keys })) found.push(...batch);
    expect(keysOf(found)).toEqual([['renamed', ['Work=renamed key', 'Guess=3h', 'Agent-Minutes=12']]]);
  });

  it('a key git could not take in key= leaves the choosing to the reader', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: 'odd key\n\nTask: fine\nHuman-Estimate: 1h\nClaude-Minutes: 5\nSigned-off-by: Ann <ann@example.com>', date: '2026-04-12T09:00:00Z' });
    const opened = await openRepository(repo.dir, repo.dir);
    const keys = { ...DEFAULT_TRAILER_KEYS, tokens: 'Tokens,x)' };
    expect(gitLogArguments(opened, { window: allHistoryWindow('UTC'), revs: [], keys }).join(' ')).not.toContain('key=');
    const found: CommitFacts[] = [];
    for await (const batch of streamCommits(opened, { window: allHistoryWindow('UTC'), revs: [], keys })) found.push(...batch);
    expect(keysOf(found)).toEqual([['odd key', ['Task=fine', 'Human-Estimate=1h', 'Claude-Minutes=5']]]);
  });
});

describe('a day deep in the past: two passes (dates first, then trailers of the window only)', () => {
  const at = (iso: string) => Date.parse(iso) / 1000;

  it('is chosen only when the window covers at most a fifth of the time since its start', () => {
    const day = dayWindow('2026-04-12', 'UTC');
    expect(readsDatesFirst(day, undefined)).toBe(false);
    expect(readsDatesFirst(day, at('2026-04-12T16:00:00Z'))).toBe(false); // today
    expect(readsDatesFirst(day, at('2026-04-16T00:00:00Z'))).toBe(false); // 4 days since its start
    expect(readsDatesFirst(day, at('2026-04-17T00:00:00Z'))).toBe(true); // 5 days
    expect(readsDatesFirst(allHistoryWindow('UTC'), at('2026-04-17T00:00:00Z'))).toBe(false);
  });

  it('finds exactly the commits one pass finds: rebased commits, neighbours in time, other branches', async () => {
    const repo = await createTempRepo();
    const rec = (task: string) => leverageMessage(task, { Task: task, 'Human-Estimate': '2h', 'Claude-Minutes': 10 });
    await repo.commit({ message: rec('the day before'), date: '2026-04-11T23:59:59Z' });
    await repo.commit({ message: rec('first second of the day'), date: '2026-04-12T00:00:00Z' });
    await repo.commit({ message: 'no trailers on the day', date: '2026-04-12T09:00:00Z' });
    await repo.commit({ message: rec('rebased a month later'), date: '2026-04-12T10:00:00Z', committerDate: '2026-05-12T10:00:00Z' });
    await repo.git('checkout', '--quiet', '-b', 'side');
    await repo.commit({ message: rec('on a side branch'), date: '2026-04-12T12:00:00Z' });
    await repo.git('checkout', '--quiet', 'main');
    await repo.commit({ message: rec('last second of the day'), date: '2026-04-12T23:59:59Z' });
    await repo.commit({ message: rec('the day after'), date: '2026-04-13T00:00:00Z' });
    for (let i = 0; i < 30; i += 1) await repo.commit({ message: rec(`later ${i}`), date: `2026-05-${String(1 + (i % 28)).padStart(2, '0')}T08:00:00Z` });
    const opened = await openRepository(repo.dir, repo.dir);
    const window = dayWindow('2026-04-12', 'UTC');
    const read = async (now: number | undefined) => {
      const found: CommitFacts[] = [];
      for await (const batch of streamCommits(opened, { window, revs: [], keys: DEFAULT_TRAILER_KEYS, ...(now === undefined ? {} : { now }) })) found.push(...batch);
      return found;
    };
    const now = at('2026-06-01T00:00:00Z');
    expect(readsDatesFirst(window, now)).toBe(true);
    const twoPasses = await read(now);
    const onePass = await read(undefined);
    expect(twoPasses.map((commit) => commit.subject).sort()).toEqual(['first second of the day', 'last second of the day', 'on a side branch', 'rebased a month later']);
    expect(twoPasses).toEqual(onePass);
  });

  it('a day with no commit in it: nothing, not HEAD (the waiting second pass gets no input), and the command exits', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: leverageMessage('the day before', { Task: 'the day before', 'Human-Estimate': '1h', 'Claude-Minutes': 5 }), date: '2026-04-11T12:00:00Z' });
    await repo.commit({ message: leverageMessage('a month later', { Task: 'a month later', 'Human-Estimate': '1h', 'Claude-Minutes': 5 }), date: '2026-05-12T12:00:00Z' });
    const opened = await openRepository(repo.dir, repo.dir);
    const window = dayWindow('2026-04-12', 'UTC');
    const now = Date.parse('2026-06-01T00:00:00Z') / 1000;
    expect(readsDatesFirst(window, now)).toBe(true);
    const found: CommitFacts[] = [];
    for await (const batch of streamCommits(opened, { window, revs: [], keys: DEFAULT_TRAILER_KEYS, now })) found.push(...batch);
    expect(found).toEqual([]);
    // The installed command on the same day (its clock says today, so it takes two passes too)
    // finishes: a second pass left waiting for its input would keep it running.
    const bin = path.resolve(import.meta.dirname, '../../bin/git-leverage.js');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'report', '--date', '2026-04-12', '--timezone', 'UTC', '--format', 'json'], { cwd: repo.dir, env: repo.env, timeout: 30_000 });
    expect(JSON.parse(stdout).tasks).toEqual([]);
  });
});

describe('git through a pipe', () => {
  it('a report works with TMPDIR missing: nothing of git\'s output goes through a file', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: leverageMessage('one', { Task: 'one', 'Human-Estimate': '1h', 'Claude-Minutes': 5 }), date: '2026-04-12T09:00:00Z' });
    const bin = path.resolve(import.meta.dirname, '../../bin/git-leverage.js');
    const env = { ...repo.env, TMPDIR: path.join(repo.dir, 'no-such-folder') };
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'report', '--date', '2026-04-12', '--timezone', 'UTC', '--format', 'json'], { cwd: repo.dir, env, timeout: 30_000 });
    expect(JSON.parse(stdout).tasks.map((task: { task: string }) => task.task)).toEqual(['one']);
  });

  it('a reader that stops early ends git, and so does a reader killed with SIGKILL', async () => {
    const dir = await makeTempDir();
    dirs.push(dir);
    const env = isolatedGitEnv(process.env);
    await runGit(['init', '--quiet', '--initial-branch=main'], dir, undefined, env);
    await runGit(['fast-import', '--quiet'], dir, fastImport(3000), env);
    const gitsIn = async (folder: string) => {
      const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
      const found: string[] = [];
      for (const pid of pids) {
        const [cwd, cmdline] = await Promise.all([readlink(`/proc/${pid}/cwd`).catch(() => ''), readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')]);
        const [program = '', command] = cmdline.split('\0');
        if (cwd === folder && path.basename(program) === 'git' && command === 'log') found.push(pid);
      }
      return found;
    };
    const settle = async () => {
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline && (await gitsIn(dir)).length > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      return gitsIn(dir);
    };
    const repo = await openRepository(dir, dir);
    for await (const batch of streamCommits(repo, { window: allHistoryWindow('UTC'), revs: [], keys: DEFAULT_TRAILER_KEYS })) {
      expect(batch.length).toBeGreaterThan(0);
      break;
    }
    expect(await settle()).toEqual([]);
    // The installed command, stopped by its own `git log` as that starts (a shim on PATH): git then
    // fills the pipe and waits on it. Killing the command leaves git a broken pipe, and it dies.
    const shims = await makeTempDir();
    dirs.push(shims);
    const realGit = (await promisify(execFile)('sh', ['-c', 'command -v git'])).stdout.trim();
    await writeFile(path.join(shims, 'git'), `#!/bin/sh\nif [ "$1" = log ]; then kill -STOP $PPID; fi\nexec ${realGit} "$@"\n`, { mode: 0o755 });
    const bin = path.resolve(import.meta.dirname, '../../bin/git-leverage.js');
    const child = spawn(process.execPath, [bin, 'report', '--all-history', '--timezone', 'UTC'], { cwd: dir, env: { ...process.env, ...env, PATH: `${shims}:${process.env.PATH}` }, stdio: ['ignore', 'pipe', 'ignore'] });
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && (await gitsIn(dir)).length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await gitsIn(dir)).not.toEqual([]);
    child.kill('SIGKILL');
    expect(await settle()).toEqual([]);
  });
});

describe('RecordSplitter', () => {
  it('cuts a real log into the records a whole-buffer split gives, wherever the chunks are cut, records spread over many chunks included', async () => {
    const dir = await makeTempDir();
    dirs.push(dir);
    const env = isolatedGitEnv(process.env);
    await runGit(['init', '--quiet', '--initial-branch=main'], dir, undefined, env);
    await runGit(['fast-import', '--quiet'], dir, fastImport(24, 600), env);
    const repo = await openRepository(dir, dir);
    const args = gitLogArguments(repo, { window: allHistoryWindow('UTC'), revs: [], keys: DEFAULT_TRAILER_KEYS });
    const log: Buffer = await new Promise((resolve, reject) =>
      execFile('git', args, { cwd: dir, env: { ...process.env, ...GIT_LOG_ENV }, encoding: 'buffer' }, (error, stdout) => (error ? reject(error) : resolve(stdout))),
    );
    const fields = log.toString('latin1').split('\0');
    const expected: string[][] = [];
    for (let at = 0; at + COMMIT_FIELD_COUNT <= fields.length; at += COMMIT_FIELD_COUNT) expected.push(fields.slice(at, at + COMMIT_FIELD_COUNT));
    expect(expected).toHaveLength(24);
    const split = (chunks: Buffer[]) => {
      const splitter = new RecordSplitter(COMMIT_FIELD_COUNT);
      const records: string[][] = [];
      for (const chunk of chunks) {
        splitter.push(chunk, (buffer, start) => {
          const record: string[] = [];
          let from = start;
          for (const end of splitter.ends) {
            record.push(buffer.toString('latin1', from, end));
            from = end + 1;
          }
          records.push(record);
        });
      }
      expect(splitter.pendingBytes).toBe(0);
      return records;
    };
    // Two chunks, cut at every offset.
    for (let cut = 0; cut <= log.length; cut += 1) {
      const records = split([log.subarray(0, cut), log.subarray(cut)]);
      if (records.length !== expected.length || JSON.stringify(records) !== JSON.stringify(expected)) expect({ cut, records }).toEqual({ cut, records: expected });
    }
    // Small chunks of every size up to a record's length: each record spread over several of them.
    for (const size of [1, 2, 3, 7, 13, 64, 200]) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < log.length; at += size) chunks.push(log.subarray(at, at + size));
      expect(split(chunks)).toEqual(expected);
    }
  });
});

describe('walks that start before 1973', () => {
  it("a window before git's @N timestamps still finds its commits (no --since git would misread)", async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: leverageMessage('early', { Task: 'early', 'Human-Estimate': '1h', 'Claude-Minutes': 5 }), date: '1970-01-02T09:00:00Z' });
    await repo.commit({ message: leverageMessage('later', { Task: 'later', 'Human-Estimate': '1h', 'Claude-Minutes': 5 }), date: '2026-04-12T09:00:00Z' });
    const opened = await openRepository(repo.dir, repo.dir);
    const window = daysWindow('1970-01-01', '1970-01-31', 'UTC', '2026-04-12');
    expect(gitLogArguments(opened, { window, revs: [], keys: DEFAULT_TRAILER_KEYS }).some((arg) => arg.startsWith('--since'))).toBe(false);
    for (const now of [undefined, Date.parse('2026-06-01T00:00:00Z') / 1000]) {
      const found: string[] = [];
      for await (const batch of streamCommits(opened, { window, revs: [], keys: DEFAULT_TRAILER_KEYS, ...(now === undefined ? {} : { now }) })) found.push(...batch.map((commit) => commit.subject));
      expect(found).toEqual(['early']);
    }
  });
});
