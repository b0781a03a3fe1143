/**
 * `git-leverage measure` and `measureForCommit` against real temporary repositories and session logs
 * written in Claude Code's own format.
 */
import { mkdir, readFile, realpath, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureForCommit } from '../../src/measure/measureForCommit.js';
import type { MeasureJson } from '../../src/measure/measureJson.js';
import { runGit } from '../../src/git/runGit.js';
import { createTempRepo, makeTempDir, removeTempDirs, type TempRepo } from '../helpers/tempRepo.js';
import { runMeasure } from './runMeasure.js';
import { projectFolder, SessionLog, usage, writeLog } from './sessionLog.js';

const MIN = 60_000;
const at = (hhmm: string): string => `2026-07-01T${hhmm}Z`;
const NOW = at('12:00:00');

interface World {
  repo: TempRepo;
  root: string;
  home: string;
  env: NodeJS.ProcessEnv;
  projects: string;
}

async function world(): Promise<World> {
  const repo = await createTempRepo();
  const root = await realpath(repo.dir);
  const home = path.join(path.dirname(root), 'home');
  await repo.commit({ message: 'start\n', date: at('09:00:00') });
  const env: NodeJS.ProcessEnv = { ...repo.env, HOME: home, TZ: 'UTC' };
  delete env.CLAUDE_CONFIG_DIR;
  delete env.XDG_CONFIG_HOME;
  return { repo, root, home, env, projects: path.join(home, '.claude', 'projects') };
}

const logFile = (w: World, cwd: string, name: string): string => path.join(w.projects, projectFolder(cwd), `${name}.jsonl`);

describe('measure over a day of sessions', () => {
  let w: World;
  let other: string;
  let worktree: string;

  beforeAll(async () => {
    w = await world();
    other = `${w.root}-other`;
    await mkdir(other);
    worktree = path.join(path.dirname(w.root), 'repo-wt');
    await w.repo.git('worktree', 'add', '--quiet', '-b', 'side', worktree);
    await mkdir(path.join(w.root, 'src'));

    // S1 at the top level: an earlier turn before the window, two turns with a 3-minute gap, then a long pause.
    const s1 = new SessionLog('s1', w.root);
    s1.prompt(at('08:00:00')).assistant(at('08:10:00'), { id: 'msg_0', requestId: 'req_0', usage: usage(7777, 7777) }).turnDuration(at('08:30:00'), 30 * MIN);
    s1.prompt(at('09:10:00'));
    s1.assistant(at('09:14:00'), { id: 'msg_1', requestId: 'req_1', usage: usage(100, 1, 1000, 5000) }); // streaming placeholder
    s1.assistant(at('09:15:00'), { id: 'msg_1', requestId: 'req_1', usage: usage(100, 400, 1000, 5000) });
    s1.toolResult(at('09:16:00')).synthetic(at('09:17:00'));
    s1.turnDuration(at('09:30:00'), 18 * MIN);
    s1.prompt(at('09:33:00')).assistant(at('09:40:00'), { id: 'msg_2', requestId: 'req_2', usage: usage(50, 60, 0, 7000), model: 'claude-opus-4-1' });
    s1.turnDuration(at('09:50:00'), 15 * MIN);
    s1.prompt(at('10:30:00')).turnDuration(at('10:40:00'), 10 * MIN);
    const beforeResume = [...s1.lines];
    s1.prompt(at('12:30:00')).turnDuration(at('12:40:00'), 10 * MIN); // after the window
    await writeLog(logFile(w, w.root, 's1'), s1.text());

    // S2 in a subfolder, in parallel with S1; its file ends with a truncated line.
    const s2 = new SessionLog('s2', path.join(w.root, 'src'));
    s2.prompt(at('09:20:00')).assistant(at('09:21:00'), { id: 'msg_3', requestId: 'req_3', usage: usage(10, 20, 30, 40) }).turnDuration(at('09:40:00'), 20 * MIN);
    s2.prompt(at('09:42:00')).turnDuration(at('09:45:00'), 3 * MIN);
    await writeLog(logFile(w, path.join(w.root, 'src'), 's2'), `${s2.text()}{"parentUuid":"x","type":"assistant","message":{"content":"SECRET-TRUNC`);

    // A subagent of S1: its own file under <session>/subagents, no turn_duration.
    const agent = new SessionLog('s1', w.root, true);
    agent.prompt(at('09:55:00'), 'SECRET-TASK look around').assistant(at('09:57:00'), { id: 'msg_4', requestId: 'req_4', usage: usage(5, 5, 5, 5) }).toolResult(at('09:58:00'));
    await writeLog(path.join(w.projects, projectFolder(w.root), 's1', 'subagents', 'agent-a1.jsonl'), agent.text());

    // S1 resumed as S3: the new file repeats S1's lines, then goes on.
    const s3 = new SessionLog('s3', w.root);
    s3.lines.push(...beforeResume);
    s3.prompt(at('11:50:00')).assistant(at('11:52:00'), { id: 'msg_6', requestId: 'req_6', usage: usage(1, 2, 3, 4) }).turnDuration(at('11:52:00'), 2 * MIN);
    await writeLog(logFile(w, w.root, 's3'), s3.text());

    // An older Claude Code in the linked worktree: no turn_duration, an idle pause inside the turn.
    const wt = new SessionLog('wt', worktree);
    wt.prompt(at('11:00:00')).assistant(at('11:02:00'), { id: 'msg_5', requestId: 'req_5', usage: usage(1, 1, 1, 1) }).toolResult(at('11:04:00'));
    wt.toolResult(at('11:20:00')).assistant(at('11:21:00'), { id: 'msg_7', requestId: 'req_7', usage: usage(0, 3, 0, 0) });
    await writeLog(logFile(w, worktree, 'wt'), wt.text());

    // Another repository whose path starts with this one's.
    const o = new SessionLog('o', other);
    o.prompt(at('11:30:00')).assistant(at('11:31:00'), { id: 'msg_9', requestId: 'req_9', usage: usage(999999, 1) }).turnDuration(at('11:45:00'), 15 * MIN);
    await writeLog(logFile(w, other, 'o'), o.text());
  });
  afterAll(removeTempDirs);

  it('counts wall-clock time once, gaps within the idle limit, and each response once', async () => {
    const run = await runMeasure(['--format', 'json'], { cwd: w.root, env: w.env, now: NOW });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as MeasureJson;
    expect(json.schemaVersion).toBe(1);
    expect(json.since).toBe(at('09:00:00.000'));
    expect(json.until).toBe(at('12:00:00.000'));
    // [09:12,09:50] (S1 ∪ S2) + [09:55,09:58] subagent + [10:30,10:40] + [11:00,11:04] + [11:20,11:21] worktree + [11:50,11:52] resumed
    expect(json.claudeMinutes).toBe(38 + 3 + 10 + 4 + 1 + 2);
    // S1 09:30→09:33 and S2 09:40→09:42; S1's 40-minute pause before 10:30 is too long.
    expect(json.supervisoryMinutes).toBe(5);
    // msg_1 (its larger copy), msg_2, msg_3, msg_4, msg_6, msg_5, msg_7; not msg_0 (before), msg_9 (other repository), nor S3's copies.
    expect(json.tokens).toEqual({
      input: 100 + 50 + 10 + 5 + 1 + 1,
      output: 400 + 60 + 20 + 5 + 2 + 1 + 3,
      cacheCreation: 1000 + 30 + 5 + 3 + 1,
      cacheRead: 5000 + 7000 + 40 + 5 + 4 + 1,
      total: 167 + 491 + 1039 + 12050,
    });
    expect(json.models).toEqual(['claude-opus-4-1', 'claude-sonnet-4-5-20250929']);
    expect(json.skippedLines).toBe(1);
    expect(json.unreadableLines).toEqual([{ file: logFile(w, path.join(w.root, 'src'), 's2'), line: 6, reason: expect.stringContaining('not valid JSON') }]);
    expect(json.leftOut).toMatchObject({ syntheticResponses: 2, linesOtherRepository: 3, duplicateResponses: 4, replacedPlaceholders: 1 });
    const ids = json.sessions.map((s) => `${s.id} ${path.basename(s.file)}`).sort();
    expect(ids).toEqual(['s1 agent-a1.jsonl', 's1 s1.jsonl', 's1 s3.jsonl', 's2 s2.jsonl', 's3 s3.jsonl', 'wt wt.jsonl']);
    const s2 = json.sessions.find((s) => s.id === 's2');
    expect(s2).toMatchObject({ claudeMinutes: 23, supervisoryMinutes: 2, turns: 2, tokens: { total: 100 } });
  });

  it('writes numbers only: no prompt, response or tool text in any output', async () => {
    for (const args of [[], ['--explain'], ['--format', 'json'], ['--format', 'json', '--explain']]) {
      const run = await runMeasure(args, { cwd: w.root, env: w.env, now: NOW });
      expect(run.code).toBe(0);
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/SECRET|refactor|file contents|here is the change|No response requested/);
    }
  });

  it('explains each turn with its interval and what was left out', async () => {
    const run = await runMeasure(['--explain'], { cwd: w.root, env: w.env, now: NOW });
    expect(run.stdout).toContain('Claude minutes:      58');
    expect(run.stdout).toContain(`Session wt  ${logFile(w, worktree, 'wt')}`);
    expect(run.stdout).toContain('worked 2026-07-01T11:00:00Z – 2026-07-01T11:04:00Z (4 min)');
    expect(run.stdout).toContain('worked 2026-07-01T09:12:00Z – 2026-07-01T09:30:00Z (18 min)');
    expect(run.stdout).toContain('supervisory 2026-07-01T09:30:00Z – 2026-07-01T09:33:00Z (3 min)');
    expect(run.stdout).toContain('left out: gap 2026-07-01T09:50:00Z – 2026-07-01T10:30:00Z (40 min) is longer than 5 min');
    expect(run.stdout).toContain('responses with model <synthetic>');
    expect(run.stdout).toContain('lines from sessions in other folders');
    // S1's file is read only up to its 12:30 prompt.
    expect(run.stdout).toContain('1 log files read only up to their first prompt after the window');
    expect(run.stdout).toMatch(new RegExp(`${logFile(w, path.join(w.root, 'src'), 's2').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:6: not valid JSON`));
  });

  it('takes the window from commits and from local times in the configured zone', async () => {
    await writeFile(path.join(w.root, '.leverage.yml'), 'timezone: Europe/Berlin\n');
    try {
      const local = await runMeasure(['--since', '2026-07-01T13:00', '--until', '2026-07-01T13:45', '--format', 'json'], { cwd: w.root, env: w.env, now: NOW });
      const json = JSON.parse(local.stdout) as MeasureJson;
      expect([json.since, json.until]).toEqual([at('11:00:00.000'), at('11:45:00.000')]);
      expect(json.claudeMinutes).toBe(4 + 1);
    } finally {
      await writeFile(path.join(w.root, '.leverage.yml'), '');
    }
    const mixed = await runMeasure(['--since', 'HEAD', '--until', '2026-07-01T10:00:00Z', '--format', 'json'], { cwd: w.root, env: w.env, now: NOW });
    const json = JSON.parse(mixed.stdout) as MeasureJson;
    expect([json.since, json.until]).toEqual([at('09:00:00.000'), at('10:00:00.000')]);
    expect(json.claudeMinutes).toBe(38 + 3);
    const bad = await runMeasure(['--since', 'no-such-thing'], { cwd: w.root, env: w.env, now: NOW });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--since "no-such-thing" is neither a commit of this repository nor a date or time');
  });

  it('gives the hook whole minutes since HEAD, and nothing when nothing was measured', async () => {
    await w.repo.commit({ message: 'second\n', date: at('10:00:00') });
    try {
      const range = await runMeasure(['--since', 'HEAD~1', '--until', 'HEAD', '--format', 'json'], { cwd: w.root, env: w.env, now: NOW });
      expect((JSON.parse(range.stdout) as MeasureJson).claudeMinutes).toBe(38 + 3);
      // Since HEAD (10:00) until noon: [10:30,10:40], the worktree's [11:00,11:04] + [11:20,11:21], and [11:50,11:52].
      const figures = await measureForCommit(w.root, { idleMinutes: 5, env: w.env, now: new Date(NOW) });
      expect(figures).toEqual({ claudeMinutes: 10 + 4 + 1 + 2, supervisoryMinutes: undefined, tokens: 4 + 3 + 10, agent: 'claude-code' });
      expect(await measureForCommit(w.root, { idleMinutes: 5, env: w.env, now: new Date(at('10:20:00')) })).toBeUndefined();
      // From the linked worktree, HEAD is its own branch's (09:00); a wider idle limit joins its session's pause.
      expect((await measureForCommit(worktree, { idleMinutes: 20, env: w.env, now: new Date(NOW) }))?.claudeMinutes).toBe(38 + 3 + 10 + 21 + 2);
    } finally {
      await w.repo.git('reset', '--quiet', '--soft', 'HEAD~1');
    }
  });
});

describe('finding logs', () => {
  afterAll(removeTempDirs);

  it('says so when there are no logs at all (the JSON too: every figure 0, and why)', async () => {
    const w = await world();
    const run = await runMeasure(['--format', 'json'], { cwd: w.root, env: w.env, now: NOW });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ claudeMinutes: 0, sessions: [], filesRead: 0, note: expect.stringContaining('no Claude Code session logs found') });
    expect(run.stderr).toContain('no Claude Code session logs found');
    expect(run.stderr).toContain(path.join(w.home, '.claude'));
    expect(await measureForCommit(w.root, { idleMinutes: 5, env: w.env, now: new Date(NOW) })).toBeUndefined();
  });

  it('asks for --since in a repository without commits, and measures the whole log for the hook', async () => {
    const repo = await createTempRepo();
    const root = await realpath(repo.dir);
    const home = path.join(path.dirname(root), 'home');
    const env: NodeJS.ProcessEnv = { ...repo.env, HOME: home };
    delete env.CLAUDE_CONFIG_DIR;
    const log = new SessionLog('n', root).prompt(at('07:00:00')).turnDuration(at('07:10:30'), 10.5 * MIN);
    await writeLog(path.join(home, '.claude', 'projects', projectFolder(root), 'n.jsonl'), log.text());
    const run = await runMeasure([], { cwd: root, env, now: NOW });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('has no commits yet');
    expect(run.stderr).toContain('--since');
    const given = await runMeasure(['--since', '2026-07-01'], { cwd: root, env, now: NOW });
    expect(given.stdout).toContain('Claude minutes:      10.5');
    expect(await measureForCommit(root, { idleMinutes: 5, env, now: new Date(NOW) })).toEqual({ claudeMinutes: 11, supervisoryMinutes: undefined, tokens: undefined, agent: 'claude-code' });
  });

  it('reads every CLAUDE_CONFIG_DIR entry, or the XDG folder, matches real paths, and skips files last written before the window', async () => {
    const w = await world();
    const link = path.join(path.dirname(w.root), 'link-to-repo');
    await symlink(w.root, link);
    const a = new SessionLog('a', link).prompt(at('09:10:00')).turnDuration(at('09:20:00'), 10 * MIN);
    const b = new SessionLog('b', w.root).prompt(at('09:30:00')).turnDuration(at('09:35:00'), 5 * MIN);
    const c = new SessionLog('c', w.root).prompt(at('09:40:00')).turnDuration(at('09:41:00'), 1 * MIN);
    const dirA = await makeTempDir('claude-a-');
    const dirB = await makeTempDir('claude-b-');
    await writeLog(path.join(dirA, 'projects', 'whatever', 'a.jsonl'), a.text(), at('09:20:00'));
    await writeLog(path.join(dirB, 'projects', 'x', 'b.jsonl'), b.text(), at('09:35:00'));
    // Written before the window by its modification time: not read, whatever it holds.
    await writeLog(path.join(dirB, 'projects', 'x', 'c.jsonl'), c.text(), at('08:00:00'));
    const env = { ...w.env, CLAUDE_CONFIG_DIR: `${dirA}, ${dirB}` };
    const json = JSON.parse((await runMeasure(['--format', 'json'], { cwd: path.join(w.root), env, now: NOW })).stdout) as MeasureJson;
    expect(json.claudeMinutes).toBe(15);
    expect(json.filesRead).toBe(2);
    expect(json.leftOut.filesBeforeWindow).toBe(1);

    const xdg = path.join(w.home, 'xdg');
    await writeLog(path.join(xdg, 'claude', 'projects', 'y', 'b.jsonl'), b.text());
    const fromXdg = await runMeasure(['--format', 'json', '--repo', w.root], { cwd: w.home, env: { ...w.env, XDG_CONFIG_HOME: xdg }, now: NOW });
    expect((JSON.parse(fromXdg.stdout) as MeasureJson).claudeMinutes).toBe(5);
    expect(await readFile(path.join(xdg, 'claude', 'projects', 'y', 'b.jsonl'), 'utf8')).toBe(b.text());
    expect((await runGit(['status', '--porcelain'], w.root, undefined, w.env)).trim()).toBe('');
  });
});
