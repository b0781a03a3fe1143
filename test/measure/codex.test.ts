/**
 * `git-leverage measure` over OpenAI Codex CLI logs written in Codex's own line shapes, alone and
 * beside Claude Code's logs, against real temporary repositories. Every figure is worked out by hand
 * in the comments.
 */
import { mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodexLineReader } from '../../src/measure/codexLine.js';
import { measureForCommit } from '../../src/measure/measureForCommit.js';
import type { MeasureJson } from '../../src/measure/measureJson.js';
import { runGitRaw } from '../../src/git/runGit.js';
import { createTempRepo, removeTempDirs, type TempRepo } from '../helpers/tempRepo.js';
import { headMessage, hookedRepo } from '../hooks/helpers.js';
import { archivedFile, CodexLog, sessionFile } from './codexLog.js';
import { runMeasure } from './runMeasure.js';
import { projectFolder, SessionLog, usage, writeLog } from './sessionLog.js';

const MIN = 60_000;
const at = (hhmm: string, day = '2026-07-01'): string => `${day}T${hhmm}.000Z`;
const NOW = at('12:00:00');

interface World {
  repo: TempRepo;
  root: string;
  home: string;
  /** Two CODEX_HOME folders: live sessions in the first, archived ones in the second. */
  codexA: string;
  codexB: string;
  env: NodeJS.ProcessEnv;
}

async function world(firstCommit: string): Promise<World> {
  const repo = await createTempRepo();
  const root = await realpath(repo.dir);
  const home = path.join(path.dirname(root), 'home');
  await repo.commit({ message: 'start\n', date: firstCommit });
  const codexA = path.join(home, 'codex-a');
  const codexB = path.join(home, 'codex-b');
  const env: NodeJS.ProcessEnv = { ...repo.env, HOME: home, TZ: 'UTC', CODEX_HOME: `${codexA},${codexB}` };
  delete env.CLAUDE_CONFIG_DIR;
  delete env.XDG_CONFIG_HOME;
  return { repo, root, home, codexA, codexB, env };
}

const json = (stdout: string): MeasureJson => JSON.parse(stdout) as MeasureJson;

describe('Codex sessions beside Claude Code sessions', () => {
  let w: World;
  let c2File: string;

  beforeAll(async () => {
    w = await world(at('09:00:00'));
    await mkdir(path.join(w.root, 'src'));

    // C1, newer Codex (task_started/task_complete): turns [09:10,09:20] (through a 7-minute silent command) and [09:23,09:30].
    const c1 = new CodexLog('c1', w.root).meta(at('09:05:00')).noTokens(at('09:05:01'));
    c1.taskStarted(at('09:10:00')).prompt(at('09:10:00')).reasoning(at('09:11:00')).shell(at('09:11:00'));
    c1.tokens(at('09:11:00'), { input: 1000, cached: 200, output: 50, reasoning: 30 });
    c1.shellOutput(at('09:19:00')).repeatTokens(at('09:19:10')).tokens(at('09:19:30'), { input: 1500, cached: 1000, output: 80 });
    c1.repeatTokens(at('09:20:00')).agentMessage(at('09:20:00')).taskComplete(at('09:20:00'));
    c1.taskStarted(at('09:23:00')).prompt(at('09:23:00')).tokens(at('09:25:00'), { input: 300, cached: 0, output: 20 }).taskComplete(at('09:30:00'));
    await writeLog(sessionFile(w.codexA, '2026-07-01T09:05:00', 'c1'), c1.text(), at('09:30:00'));

    // C2 in a subfolder, in parallel with C1: [09:15,09:26]; its file ends with a truncated line.
    const c2 = new CodexLog('c2', path.join(w.root, 'src')).meta(at('09:15:00'));
    c2.taskStarted(at('09:15:00')).prompt(at('09:15:00')).tokens(at('09:16:00'), { input: 100, cached: 0, output: 10 }).taskComplete(at('09:26:00'));
    c2File = sessionFile(w.codexA, '2026-07-01T09:15:00', 'c2');
    await writeLog(c2File, `${c2.text()}{"timestamp":"2026-07-01T09:27:00.000Z","type":"event_msg","payload":{"type":"agent_message","message":"SECRET-TRUNC`);

    // C3, archived, older Codex (no task events): turn 1 [10:00,10:05] ends at its last agent line; turn 2
    // [10:08,10:09] + [10:20,10:21], split by an 11-minute silence; gap 10:05→10:08. Its second
    // token_count has no last_token_usage: what the total grew by is counted.
    const c3 = new CodexLog('c3', w.root).meta(at('10:00:00'));
    c3.prompt(at('10:00:00')).reasoning(at('10:01:00')).shell(at('10:02:00')).tokens(at('10:02:00'), { input: 400, cached: 100, output: 40 });
    c3.shellOutput(at('10:04:00')).agentMessage(at('10:05:00'));
    c3.prompt(at('10:08:00')).shell(at('10:09:00')).shellOutput(at('10:20:00')).agentMessage(at('10:21:00'));
    c3.tokens(at('10:21:00'), { input: 200, cached: 0, output: 20 }, { withoutLast: true });
    await writeLog(archivedFile(w.codexB, '2026-07-01T10:00:00', 'c3'), c3.text(), at('10:21:00'));

    // Another repository whose path starts with this one's: none of it counts.
    const other = `${w.root}-other`;
    await mkdir(other);
    const c4 = new CodexLog('c4', other).meta(at('11:00:00'));
    c4.taskStarted(at('11:00:00')).prompt(at('11:00:00')).tokens(at('11:01:00'), { input: 999_999, cached: 0, output: 1 }).taskComplete(at('11:30:00'));
    await writeLog(sessionFile(w.codexA, '2026-07-01T11:00:00', 'c4'), c4.text(), at('11:30:00'));

    // Claude Code at the same time as C1: [09:25,09:40], 100 tokens.
    const s1 = new SessionLog('s1', w.root);
    s1.prompt(at('09:25:00')).assistant(at('09:26:00'), { id: 'msg_1', requestId: 'req_1', usage: usage(10, 20, 30, 40) }).turnDuration(at('09:40:00'), 15 * MIN);
    await writeLog(path.join(w.home, '.claude', 'projects', projectFolder(w.root), 's1.jsonl'), s1.text(), at('09:40:00'));
  });
  afterAll(removeTempDirs);

  it('reads Codex alone with the same rules: parallel sessions once, the older format, tokens once', async () => {
    const run = await runMeasure(['--agent', 'codex', '--format', 'json'], { cwd: w.root, env: w.env, now: NOW });
    expect(run.stderr).toBe('');
    const m = json(run.stdout);
    // [09:10,09:30] (C1 ∪ C2) + [10:00,10:05] + [10:08,10:09] + [10:20,10:21]
    expect(m.agentMinutes).toBe(20 + 5 + 1 + 1);
    expect(m.claudeMinutes).toBe(m.agentMinutes);
    // C1 09:20→09:23, C3 10:05→10:08
    expect(m.supervisoryMinutes).toBe(3 + 3);
    // input = input − cached: C1 800 + 500 + 300, C2 100, C3 300 + (600 − 400); the repeats count nothing.
    expect(m.tokens).toEqual({
      input: 800 + 500 + 300 + 100 + 300 + 200,
      output: 50 + 80 + 20 + 10 + 40 + 20,
      cacheCreation: 0,
      cacheRead: 200 + 1000 + 100,
      total: 2200 + 220 + 1300,
    });
    expect(m.models).toEqual(['gpt-5-codex']);
    expect(m.leftOut.repeatedTokenCounts).toBe(2);
    expect(Object.keys(m.agents)).toEqual(['codex']);
    expect(m.sessions.map((s) => [s.id, s.agent, s.agentMinutes, s.supervisoryMinutes, s.turns, s.tokens.total])).toEqual([
      ['c1', 'codex', 17, 3, 2, 800 + 200 + 50 + 500 + 1000 + 80 + 300 + 20],
      ['c2', 'codex', 11, 0, 1, 110],
      ['c3', 'codex', 7, 3, 2, 400 + 40 + 200 + 20],
    ]);
    expect(m.skippedLines).toBe(1);
    expect(m.unreadableLines).toEqual([{ file: c2File, line: 9, reason: expect.stringContaining('not valid JSON') }]);
  });

  it('reads every agent by default: minutes are the union, tokens the sum, broken down by agent', async () => {
    const m = json((await runMeasure(['--format', 'json'], { cwd: w.root, env: w.env, now: NOW })).stdout);
    // Claude's [09:25,09:40] overlaps Codex's [09:10,09:30]: [09:10,09:40] + 7 minutes of C3.
    expect(m.agentMinutes).toBe(30 + 7);
    expect(m.claudeMinutes).toBe(37);
    expect(m.supervisoryMinutes).toBe(6);
    expect(m.tokens).toEqual({ input: 2210, output: 240, cacheCreation: 30, cacheRead: 1340, total: 3820 });
    expect(m.models).toEqual(['claude-sonnet-4-5-20250929', 'gpt-5-codex']);
    expect(m.agents).toEqual({
      claude: { agentMinutes: 15, supervisoryMinutes: 0, tokens: { input: 10, output: 20, cacheCreation: 30, cacheRead: 40, total: 100 }, sessions: 1 },
      codex: { agentMinutes: 27, supervisoryMinutes: 6, tokens: { input: 2200, output: 220, cacheCreation: 0, cacheRead: 1300, total: 3720 }, sessions: 3 },
    });
    const claudeOnly = json((await runMeasure(['--agent', 'claude', '--format', 'json'], { cwd: w.root, env: w.env, now: NOW })).stdout);
    expect([claudeOnly.claudeMinutes, claudeOnly.tokens.total, Object.keys(claudeOnly.agents)]).toEqual([15, 100, ['claude']]);
  });

  it('fills the hook from every agent', async () => {
    expect(await measureForCommit(w.root, { idleMinutes: 5, env: w.env, now: new Date(NOW) })).toEqual({ claudeMinutes: 37, supervisoryMinutes: 6, tokens: 3820 });
  });

  it('explains by agent, names the truncated line, and writes numbers only', async () => {
    const text = await runMeasure([], { cwd: w.root, env: w.env, now: NOW });
    expect(text.stdout).toContain('Agent minutes:       37\n');
    expect(text.stdout).toContain('  Claude Code:       15 min, 0 supervisory min, 100 tokens, 1 session\n');
    expect(text.stdout).toContain('  Codex:             27 min, 6 supervisory min, 3,720 tokens, 3 sessions\n');
    const explain = await runMeasure(['--explain'], { cwd: w.root, env: w.env, now: NOW });
    expect(explain.stdout).toContain(`Session c2  ${c2File}  (Codex)\n  11 Codex min, 0 supervisory min, 110 tokens in 1 response\n`);
    expect(explain.stdout).toContain('turn 2026-07-01T09:10:00Z: task_started – task_complete\n    worked 2026-07-01T09:10:00Z – 2026-07-01T09:20:00Z (10 min)');
    expect(explain.stdout).toContain('turn 2026-07-01T10:08:00Z: from its lines\n    worked 2026-07-01T10:08:00Z – 2026-07-01T10:09:00Z (1 min)\n    worked 2026-07-01T10:20:00Z');
    expect(explain.stdout).toContain('2 Codex token_count lines repeating the previous totals (not usage)');
    expect(explain.stdout).toContain(`${c2File}:9: not valid JSON`);
    for (const args of [[], ['--explain'], ['--format', 'json', '--explain'], ['--agent', 'codex', '--explain']]) {
      const run = await runMeasure(args, { cwd: w.root, env: w.env, now: NOW });
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/SECRET|fix the parser|file contents|here is the change|environment_context/);
    }
  });

  it('says where it looked when one agent has no logs, and rejects an unknown agent', async () => {
    const none = await runMeasure(['--agent', 'codex', '--format', 'json'], { cwd: w.root, env: { ...w.env, CODEX_HOME: path.join(w.home, 'nothing') }, now: NOW });
    expect(json(none.stdout)).toMatchObject({ agentMinutes: 0, sessions: [], note: expect.stringContaining('no Codex session logs found') });
    expect(none.stderr).toContain(path.join(w.home, 'nothing'));
    const bad = await runMeasure(['--agent', 'copilot'], { cwd: w.root, env: w.env, now: NOW });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("option '--agent <agent>' argument 'copilot' is invalid. Allowed choices are claude, codex.");
  });
});

describe('a Codex session that crosses midnight', () => {
  afterAll(removeTempDirs);

  it('is picked by its folder, not by the date in its file path, and clipped to the window', async () => {
    const w = await world(at('00:00:00', '2026-07-02'));
    // Started 23:50 on July 1st (its folder and file say so); works until 00:10, then [00:13,00:20].
    const c = new CodexLog('late', w.root).meta(at('23:50:00'));
    c.taskStarted(at('23:50:00')).prompt(at('23:50:00')).tokens(at('23:55:00'), { input: 70, cached: 0, output: 7 });
    c.tokens(at('00:05:00', '2026-07-02'), { input: 50, cached: 10, output: 5 }).taskComplete(at('00:10:00', '2026-07-02'));
    c.taskStarted(at('00:13:00', '2026-07-02')).prompt(at('00:13:00', '2026-07-02')).tokens(at('00:15:00', '2026-07-02'), { input: 30, cached: 30, output: 3 });
    c.taskComplete(at('00:20:00', '2026-07-02'));
    const file = await writeLog(sessionFile(w.codexA, '2026-07-01T23:50:00', 'late'), c.text(), at('00:20:00', '2026-07-02'));
    expect(file).toContain(path.join('sessions', '2026', '07', '01'));
    // Since HEAD (midnight): [00:00,00:10] + [00:13,00:20], the 3-minute gap, and the two calls after midnight.
    const run = await runMeasure(['--format', 'json'], { cwd: w.root, env: w.env, now: at('01:00:00', '2026-07-02') });
    const m = json(run.stdout);
    expect([m.agentMinutes, m.supervisoryMinutes]).toEqual([10 + 7, 3]);
    expect(m.tokens).toEqual({ input: 40 + 0, output: 5 + 3, cacheCreation: 0, cacheRead: 10 + 30, total: 88 });
    expect(m.leftOut.responsesOutsideWindow).toBe(1);
    // The whole session, from the evening before.
    const all = json((await runMeasure(['--since', '2026-07-01T23:00:00Z', '--format', 'json'], { cwd: w.root, env: w.env, now: at('01:00:00', '2026-07-02') })).stdout);
    expect([all.agentMinutes, all.tokens.total]).toEqual([20 + 7, 165]);
  });
});

describe('reading Codex lines', () => {
  const reader = (): CodexLineReader => new CodexLineReader();

  it('takes folder and session from session_meta and turns user_message into a prompt, not the user response_item', () => {
    const log = new CodexLog('x', '/repo').meta(at('09:00:00')).prompt(at('09:01:00'));
    const r = reader();
    const lines = log.lines.map((l) => r.read(JSON.parse(l)));
    expect(lines.map((l) => l?.kind)).toEqual([undefined, undefined, undefined, undefined, 'prompt']);
    expect(lines[4]).toMatchObject({ cwd: '/repo', sessionId: 'x', time: Date.parse(at('09:01:00')) });
  });

  it('counts a token_count once: a repeat with unchanged totals is not usage, info null is nothing', () => {
    const log = new CodexLog('x', '/repo').meta(at('09:00:00')).noTokens(at('09:00:01'));
    log.tokens(at('09:01:00'), { input: 10, cached: 4, output: 2 }).repeatTokens(at('09:02:00')).tokens(at('09:03:00'), { input: 5, cached: 5, output: 1 });
    const r = reader();
    const lines = log.lines.map((l) => r.read(JSON.parse(l)));
    expect(lines[2]).toBeUndefined();
    expect(lines[3]?.response?.usage).toEqual({ input: 6, output: 2, cacheCreation: 0, cacheRead: 4 });
    expect(lines[4]).toMatchObject({ kind: 'activity', repeatedUsage: true });
    expect(lines[4]?.response).toBeUndefined();
    expect(lines[5]?.response?.usage).toEqual({ input: 0, output: 1, cacheCreation: 0, cacheRead: 5 });
  });
});

describe('the prepare-commit-msg hook (hook install --measure)', () => {
  afterAll(removeTempDirs);

  it('fills Claude-Minutes and Tokens from every agent: the union of their minutes, the sum of their tokens', async () => {
    const repo = await hookedRepo(['--measure']);
    const root = await realpath(repo.dir);
    const now = Date.now();
    const ago = (minutes: number): string => new Date(now - minutes * MIN).toISOString();
    await runGitRaw(['commit', '--quiet', '--allow-empty', '--no-verify', '-m', 'start'], repo.dir, undefined, { ...repo.env, GIT_AUTHOR_DATE: ago(120), GIT_COMMITTER_DATE: ago(120) });
    const home = repo.env.HOME as string;
    const codexHome = path.join(home, '.codex');
    // Claude Code [60, 50] minutes ago, 3,000 tokens; Codex [55, 40] minutes ago, 400 + 100 + 50 tokens: 20 minutes together.
    const claude = new SessionLog('s1', root).prompt(ago(60)).assistant(ago(55), { id: 'msg_1', requestId: 'req_1', usage: usage(1000, 2000) }).turnDuration(ago(50), 10 * MIN);
    await writeLog(path.join(home, '.claude', 'projects', projectFolder(root), 's1.jsonl'), claude.text());
    const codex = new CodexLog('c1', root).meta(ago(56)).taskStarted(ago(55)).prompt(ago(55)).tokens(ago(50), { input: 500, cached: 100, output: 50 }).taskComplete(ago(40));
    await writeLog(sessionFile(codexHome, ago(56).slice(0, 19), 'c1'), codex.text());

    const agent = { LEVERAGE_TASK: 'Two agents', LEVERAGE_HUMAN_ESTIMATE: '2h', CODEX_HOME: codexHome };
    const run = await runGitRaw(['commit', '--quiet', '--allow-empty', '-m', 'Measured'], repo.dir, undefined, { ...repo.env, ...agent });
    expect(run.exitCode, run.stderr).toBe(0);
    const message = await headMessage(repo);
    expect(message).toMatch(/^Claude-Minutes: 20$/m);
    expect(message).toMatch(/^Tokens: 3550$/m);
  });
});
