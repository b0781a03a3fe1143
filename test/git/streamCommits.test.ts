/**
 * The stream parser against a plain reading of the same `git log` output: commits cut by chunk
 * boundaries at every offset, a subject far longer than one pipe read, and a history long enough
 * for git to write many chunks must give exactly the commits a whole-buffer split gives.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openRepository } from '../../src/git/openRepository.js';
import { collectReport, openRepositories, startWalkAheadOf } from '../../src/collect/collectReport.js';
import { resolveConfig } from '../../src/config/resolveConfig.js';
import { runGit } from '../../src/git/runGit.js';
import { datePassArguments, gitLogArguments, GIT_LOG_ENV, readsDatesFirst, startWalkAhead, streamCommits } from '../../src/git/streamCommits.js';
import { dayWindow } from '../../src/time/reportWindow.js';
import { allHistoryWindow, daysBounds, WindowError } from '../../src/time/windowBasics.js';
import { DEFAULT_TRAILER_KEYS } from '../../src/trailers/trailerKeys.js';
import { isolatedGitEnv } from '../../src/git/isolatedGitEnv.js';
import { createTempRepo, leverageMessage, makeTempDir, removeTempDirs } from '../helpers/tempRepo.js';
import type { CommitFacts } from '../../src/record/types.js';
import { readdir, rm } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  await removeTempDirs();
});

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

  it('keeps every commit when the reader starts only after git has exited', async () => {
    const repo = await createTempRepo();
    for (let i = 0; i < 3; i += 1) await repo.commit({ message: leverageMessage(`task ${i}`, { Task: `task ${i}`, 'Human-Estimate': '1h', 'Claude-Minutes': 5 }), date: `2026-04-12T0${i}:00:00Z` });
    const opened = await openRepository(repo.dir, repo.dir);
    for (const now of [undefined, Date.parse('2026-06-01T00:00:00Z') / 1000]) {
      const walk = streamCommits(opened, { window: dayWindow('2026-04-12', 'UTC'), revs: [], keys: DEFAULT_TRAILER_KEYS, ...(now === undefined ? {} : { now }) });
      // git runs from the call on; give it time to finish before the first read.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const found: string[] = [];
      for await (const batch of walk) found.push(...batch.map((commit) => commit.subject));
      expect(found.sort()).toEqual(['task 0', 'task 1', 'task 2']);
    }
  });
});

describe('a window still being worked out when git starts (git is told bounds that hold it)', () => {
  const rec = (task: string) => leverageMessage(task, { Task: task, 'Human-Estimate': '2h', 'Claude-Minutes': 10 });
  const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 50));

  it("keeps exactly the window's commits, in one pass and in two", async () => {
    const repo = await createTempRepo();
    // 2026-04-12 in Pacific/Kiritimati (UTC+14) runs from 2026-04-11T10:00Z to 2026-04-12T10:00Z.
    await repo.commit({ message: rec('a second before the day'), date: '2026-04-11T09:59:59Z' });
    await repo.commit({ message: rec('first second'), date: '2026-04-11T10:00:00Z' });
    await repo.commit({ message: rec('last second'), date: '2026-04-12T09:59:59Z' });
    await repo.commit({ message: rec('the next day'), date: '2026-04-12T10:00:00Z' });
    const opened = await openRepository(repo.dir, repo.dir);
    const window = dayWindow('2026-04-12', 'Pacific/Kiritimati');
    const bounds = daysBounds('2026-04-12', '2026-04-12')!;
    for (const now of [Date.parse('2026-04-12T12:00:00Z') / 1000, Date.parse('2026-06-01T00:00:00Z') / 1000]) {
      const found: string[] = [];
      for await (const batch of streamCommits(opened, { window: later(window), bounds, revs: [], keys: DEFAULT_TRAILER_KEYS, now })) found.push(...batch.map((commit) => commit.subject));
      expect(found.sort()).toEqual(['first second', 'last second']);
    }
    expect(readsDatesFirst(bounds, Date.parse('2026-06-01T00:00:00Z') / 1000)).toBe(true);
  });

  it("a window that cannot be worked out is the walk's error, and git is ended (the command exits)", async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: rec('one'), date: '2026-04-12T09:00:00Z' });
    const opened = await openRepository(repo.dir, repo.dir);
    const bounds = daysBounds('2026-04-12', '2026-04-12')!;
    for (const now of [Date.parse('2026-04-12T12:00:00Z') / 1000, Date.parse('2026-06-01T00:00:00Z') / 1000]) {
      const failing = later(undefined).then(() => Promise.reject(new WindowError('unknown time zone "Nowhere/City"')));
      const walk = streamCommits(opened, { window: failing, bounds, revs: [], keys: DEFAULT_TRAILER_KEYS, now });
      await expect((async () => { for await (const batch of walk) void batch; })()).rejects.toThrow('unknown time zone "Nowhere/City"');
    }
    // The installed command (its clock says 2026-04-12 is months ago: two passes, the second waiting
    // on its input) ends with the message rather than waiting on a git it started.
    const bin = path.resolve(import.meta.dirname, '../../bin/git-leverage.js');
    const run = promisify(execFile)(process.execPath, [bin, 'report', '--date', '2026-04-12', '--timezone', 'Nowhere/City'], { cwd: repo.dir, env: repo.env, timeout: 30_000 });
    await expect(run).rejects.toMatchObject({ code: 1, killed: false, stderr: expect.stringContaining('unknown time zone "Nowhere/City"') });
  });
});

describe('a git started ahead, before the repository was opened', () => {
  it('is taken only for the same folder and the same command, once; otherwise it is ended', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: leverageMessage('one', { Task: 'one', 'Human-Estimate': '1h', 'Claude-Minutes': 5 }), date: '2026-04-12T09:00:00Z' });
    const opened = await openRepository(repo.dir, repo.dir);
    const options = { window: allHistoryWindow('UTC'), revs: [], keys: DEFAULT_TRAILER_KEYS };
    const args = gitLogArguments(opened, options);
    const ahead = startWalkAhead(opened.folder, options);
    expect(ahead.take({ ...opened, folder: path.join(opened.folder, 'elsewhere') }, args)).toBeUndefined();
    expect(ahead.take(opened, args)).toBeUndefined(); // ended by the first refusal
    const second = startWalkAhead(opened.folder, options);
    expect(second.take(opened, datePassArguments(opened, { ...options, bounds: { start: 0 } }))).toBeUndefined();
    const third = startWalkAhead(opened.folder, options);
    const found: string[] = [];
    for await (const batch of streamCommits(opened, options, third)) found.push(...batch.map((commit) => commit.subject));
    expect(found).toEqual(['one']);
    expect(third.take(opened, args)).toBeUndefined(); // taken once
    third.discard(); // a no-op after the walk took it
    const fourth = startWalkAhead(opened.folder, options);
    const taken = fourth.take(opened, [...args]);
    expect(taken).toBeDefined();
    taken?.discard();
  });

  it("is the collector's own command on the default config, so the report takes it (windows still being worked out included)", async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: leverageMessage('one', { Task: 'one', 'Human-Estimate': '1h', 'Claude-Minutes': 5 }), date: '2026-04-12T09:00:00Z' });
    const [opened] = await openRepositories([repo.dir], repo.dir);
    const config = resolveConfig();
    for (const [now, bounds, window] of [
      [new Date('2026-04-12T16:00:00Z'), daysBounds('2026-04-12', '2026-04-12')!, dayWindow('2026-04-12', 'UTC')], // one pass
      [new Date('2026-06-01T00:00:00Z'), daysBounds('2026-04-12', '2026-04-12')!, dayWindow('2026-04-12', 'UTC')], // dates first
      [new Date('2026-06-01T00:00:00Z'), {}, allHistoryWindow('UTC')],
    ] as const) {
      const ahead = startWalkAheadOf(opened!.folder, bounds, undefined, now)!;
      const taken: unknown[] = [];
      const watched = { ...ahead, take: (...args: Parameters<typeof ahead.take>) => { const git = ahead.take(...args); taken.push(git); return git; } };
      const report = await collectReport({ repositories: [opened!], window: { bounds, resolve: async () => window }, config, now, ahead: watched });
      expect(report.record.tasks.map((task) => task.task)).toEqual(['one']);
      expect(taken).toEqual([expect.objectContaining({ stop: expect.any(Function) })]);
    }
  });
});

describe("git's output file", () => {
  it('an unwritable temporary folder is a clear error that says what to do', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: leverageMessage('one', { Task: 'one', 'Human-Estimate': '1h', 'Claude-Minutes': 5 }), date: '2026-04-12T09:00:00Z' });
    const opened = await openRepository(repo.dir, repo.dir);
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = `${repo.dir}/no-such-folder`;
    try {
      expect(() => streamCommits(opened, { window: allHistoryWindow('UTC'), revs: [], keys: DEFAULT_TRAILER_KEYS })).toThrow(/cannot create a temporary file for git's output in .*no-such-folder.*set TMPDIR to a writable folder/);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });

  it('leaves nothing behind in the temporary folder', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: leverageMessage('one', { Task: 'one', 'Human-Estimate': '1h', 'Claude-Minutes': 5 }), date: '2026-04-12T09:00:00Z' });
    const opened = await openRepository(repo.dir, repo.dir);
    const tmp = await makeTempDir();
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      const walk = streamCommits(opened, { window: allHistoryWindow('UTC'), revs: [], keys: DEFAULT_TRAILER_KEYS });
      expect(await readdir(tmp)).toEqual([]); // unlinked as soon as git has it open
      const found: string[] = [];
      for await (const batch of walk) found.push(...batch.map((commit) => commit.subject));
      expect(found).toEqual(['one']);
      expect(await readdir(tmp)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });
});
