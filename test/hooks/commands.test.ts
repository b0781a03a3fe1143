/** `commit`, `annotate`, `validate`, lefthook, and measured figures through prepare-commit-msg. */
import { execFile } from 'node:child_process';
import { realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGitRaw } from '../../src/git/runGit.js';
import { cli } from '../helpers/cli.js';
import { createTempRepo, makeTempDir, removeTempDirs, repoAt } from '../helpers/tempRepo.js';
import { projectFolder, SessionLog, usage, writeLog } from '../measure/sessionLog.js';
import { commitMessage, headMessage, hookedRepo, reportVerdictOfHead } from './helpers.js';

afterAll(removeTempDirs);

const FIGURES = ['--task', 'Notification service', '--human', '80h', '--claude', '35', '--sup', '5', '--tokens', '412k', '--task-id', 'NOTIF-1'];

describe('git-leverage commit', () => {
  it('commits with the trailers added by git, git options passed through', async () => {
    const repo = await hookedRepo();
    await writeFile(path.join(repo.dir, 'a.txt'), 'a\n');
    await repo.git('add', 'a.txt');
    const run = await cli(['commit', '-m', 'Implement the notification service', ...FIGURES, '--quiet'], { cwd: repo.dir, env: repo.env });
    expect(run.code, run.stderr).toBe(0);
    expect(await headMessage(repo)).toBe(
      'Implement the notification service\n\nTask: Notification service\nHuman-Estimate: 80h\nClaude-Minutes: 35\nSupervisory-Minutes: 5\nTokens: 412k\nTask-Id: NOTIF-1\n\n',
    );
    expect(await reportVerdictOfHead(repo)).toMatchObject({ kind: 'record', figures: { humanMinutes: 4800, claudeMinutes: 35, tokens: 412000 } });
  });

  it('validates the values before git runs', async () => {
    const repo = await hookedRepo();
    const head = await runGitRaw(['rev-parse', '--verify', '-q', 'HEAD'], repo.dir, undefined, repo.env);
    const run = await cli(['commit', '--allow-empty', '-m', 'x', '--task', 'x', '--human', 'soon', '--claude', '5'], { cwd: repo.dir, env: repo.env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Human-Estimate: "soon" is not a duration');
    expect((await runGitRaw(['rev-parse', '--verify', '-q', 'HEAD'], repo.dir, undefined, repo.env)).stdout).toBe(head.stdout);
    const incomplete = await cli(['commit', '--allow-empty', '-m', 'x', '--claude', '5'], { cwd: repo.dir, env: repo.env });
    expect(incomplete.code).toBe(2);
    expect(incomplete.stderr).toContain('Task is missing');
  });
});

describe('git-leverage annotate', () => {
  it('prints, then with --amend rewrites HEAD, replacing a figure instead of adding a second', async () => {
    const repo = await hookedRepo();
    await commitMessage(repo, 'Work\n\nTask: Work\nHuman-Estimate: 2h\nClaude-Minutes: 10\n');
    const preview = await cli(['annotate', '--claude', '12', '--tokens', '9k'], { cwd: repo.dir, env: repo.env });
    expect(preview.code, preview.stderr).toBe(0);
    expect(preview.stdout).toBe('Work\n\nTask: Work\nHuman-Estimate: 2h\nClaude-Minutes: 12\nTokens: 9k\n');
    expect(await headMessage(repo)).toContain('Claude-Minutes: 10');
    const amend = await cli(['annotate', '--amend', '--claude', '12', '--tokens', '9k'], { cwd: repo.dir, env: repo.env });
    expect(amend.code, amend.stderr).toBe(0);
    expect(await reportVerdictOfHead(repo)).toMatchObject({ kind: 'record', figures: { claudeMinutes: 12, tokens: 9000, humanMinutes: 120 } });
  });

  it('refuses to amend a HEAD already on its upstream, unless --force', async () => {
    const origin = await createTempRepo({ name: 'origin' });
    await origin.commit({ message: 'first\n', date: '2026-04-12T09:00:00Z' });
    const parent = await makeTempDir();
    await runGitRaw(['clone', '--quiet', origin.dir, path.join(parent, 'clone')], parent, undefined, origin.env);
    const clone = path.join(parent, 'clone');
    const args = ['annotate', '--amend', '--task', 'Late figures', '--human', '1h', '--claude', '4'];
    const refused = await cli(args, { cwd: clone, env: origin.env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('HEAD is already on origin/main');
    expect(refused.stderr).toContain('--force');
    const forced = await cli([...args, '--force'], { cwd: clone, env: origin.env });
    expect(forced.code, forced.stderr).toBe(0);
    expect((await runGitRaw(['log', '-1', '--format=%B'], clone, undefined, origin.env)).stdout).toContain('Task: Late figures');
  });
});

describe('git-leverage validate', () => {
  it('checks a range with the report\'s reading and lists each bad commit; default @{upstream}..HEAD', async () => {
    const origin = await createTempRepo({ name: 'origin' });
    await origin.commit({ message: 'first\n', date: '2026-04-12T09:00:00Z' });
    const parent = await makeTempDir();
    await runGitRaw(['clone', '--quiet', origin.dir, path.join(parent, 'clone')], parent, undefined, origin.env);
    const repo = repoAt(path.join(parent, 'clone'), origin.env.HOME);
    await repo.commit({ message: 'Good\n\nTask: Good\nHuman-Estimate: 2h\nClaude-Minutes: 10\n', date: '2026-04-12T10:00:00Z' });
    const bad = await repo.commit({ message: 'Bad\n\nTask: Bad\nHuman-Estimate: 2h\nClaude-Minutes: later\n', date: '2026-04-12T11:00:00Z' });
    await repo.commit({ message: 'Plain\n', date: '2026-04-12T12:00:00Z' });
    const run = await cli(['validate'], { cwd: repo.dir, env: repo.env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('1 of 3 commits in @{upstream}..HEAD');
    expect(run.stderr).toContain(`${bad.slice(0, 12)} Bad`);
    expect(run.stderr).toContain('Claude-Minutes: "later" is not a duration');
    expect((await cli(['validate', 'HEAD~1..HEAD'], { cwd: repo.dir, env: repo.env })).code).toBe(0);
    await writeFile(path.join(repo.dir, '.leverage.yml'), 'require: always\n');
    const always = await cli(['validate', 'HEAD~1..HEAD'], { cwd: repo.dir, env: repo.env });
    expect(always.code).toBe(1);
    expect(always.stderr).toContain('Plain');
  });

  it('without an upstream, says to give a range', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: 'x\n', date: '2026-04-12T10:00:00Z' });
    const run = await cli(['validate'], { cwd: repo.dir, env: repo.env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no upstream');
  });
});

describe('lefthook', () => {
  it('lefthook.yml running `git-leverage hook commit-msg {1}`, installed by the real lefthook', async () => {
    const lefthook = path.resolve('node_modules/.bin/lefthook');
    const bin = path.resolve('bin/git-leverage.js');
    const repo = await createTempRepo();
    await writeFile(path.join(repo.dir, 'lefthook.yml'), `commit-msg:\n  commands:\n    leverage:\n      run: '"${process.execPath}" "${bin}" hook commit-msg {1}'\n`);
    await new Promise<void>((resolve, reject) =>
      execFile(lefthook, ['install'], { cwd: repo.dir, env: repo.env }, (error, _out, stderr) => (error ? reject(new Error(stderr)) : resolve())),
    );
    expect((await commitMessage(repo, 'Work\n\nTask: Work\nHuman-Estimate: 2h\nClaude-Minutes: 10\n')).exitCode).toBe(0);
    const bad = await commitMessage(repo, 'Work\n\nTask: Work\nHuman-Estimate: 2h\nClaude-Minutes: later\n');
    expect(bad.exitCode).not.toBe(0);
    expect(bad.stdout + bad.stderr).toContain('Claude-Minutes: "later" is not a duration');
  });
});

describe('measured figures (hook install --measure)', () => {
  it('fills Claude-Minutes and Tokens from the session logs, never overwriting a figure the message has', async () => {
    const repo = await hookedRepo(['--measure']);
    const root = await realpath(repo.dir);
    const now = Date.now();
    const iso = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
    const env = { GIT_AUTHOR_DATE: iso(120), GIT_COMMITTER_DATE: iso(120) };
    await runGitRaw(['commit', '--quiet', '--allow-empty', '--no-verify', '-m', 'start'], repo.dir, undefined, { ...repo.env, ...env });
    const log = new SessionLog('s1', root);
    log.prompt(iso(60)).assistant(iso(55), { id: 'msg_1', requestId: 'req_1', usage: usage(1000, 2000) }).turnDuration(iso(50), 10 * 60_000);
    await writeLog(path.join(repo.env.HOME as string, '.claude', 'projects', projectFolder(root), 's1.jsonl'), log.text());

    const agent = { LEVERAGE_TASK: 'Measured work', LEVERAGE_HUMAN_ESTIMATE: '2h' };
    const run = await runGitRaw(['commit', '--quiet', '--allow-empty', '-m', 'Measured'], repo.dir, undefined, { ...repo.env, ...agent });
    expect(run.exitCode, run.stderr).toBe(0);
    const message = await headMessage(repo);
    expect(message).toMatch(/^Claude-Minutes: [1-9]\d*$/m);
    expect(message).toMatch(/^Tokens: [1-9]\d*$/m);
    expect(await reportVerdictOfHead(repo)).toMatchObject({ kind: 'record', figures: { task: 'Measured work' } });

    const kept = await runGitRaw(['commit', '--quiet', '--allow-empty', '-m', 'Again', '-m', 'Task: Own figure\nHuman-Estimate: 1h\nClaude-Minutes: 99'], repo.dir, undefined, repo.env);
    expect(kept.exitCode, kept.stderr).toBe(0);
    expect(await headMessage(repo)).toContain('Claude-Minutes: 99');
    expect((await headMessage(repo)).match(/^Claude-Minutes:/gm)).toHaveLength(1);
  });
});
