/** The hooks in the situations of everyday git: policies, amend, merge, revert, fixup, cleanup modes, encodings. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGitRaw } from '../../src/git/runGit.js';
import { removeTempDirs, type TempRepo } from '../helpers/tempRepo.js';
import { commitMessage, headMessage, hookedRepo, reportVerdictOfHead } from './helpers.js';

afterAll(removeTempDirs);

const RECORD = 'Ship it\n\nTask: Ship it\nHuman-Estimate: 8h\nClaude-Minutes: 12\n';

async function withPolicy(policy: string, installArgs: string[] = []): Promise<TempRepo> {
  return hookedRepo(installArgs, async (repo) => {
    await writeFile(path.join(repo.dir, '.leverage.yml'), `require: ${policy}\n`);
  });
}

describe('errors the user can act on', () => {
  it('an invalid .leverage.yml stops the commit with one message naming the file, no stack trace', async () => {
    const repo = await hookedRepo();
    await writeFile(path.join(repo.dir, '.leverage.yml'), 'require: sometimes\n');
    const run = await commitMessage(repo, RECORD);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/^git-leverage \(commit-msg hook\): \.leverage\.yml: invalid configuration\n/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('require policies', () => {
  it('always: a commit without a record is refused unless it says Leverage: none; merges, reverts and fixups are exempt', async () => {
    const repo = await withPolicy('always');
    const plain = await commitMessage(repo, 'Plain change\n');
    expect(plain.exitCode).not.toBe(0);
    expect(plain.stderr).toContain('require: always');
    expect(plain.stderr).toContain('Leverage: none');
    expect((await commitMessage(repo, 'Typo\n\nLeverage: none\n')).exitCode).toBe(0);
    expect((await commitMessage(repo, 'Linked\n\nTask-Id: X-1\n')).exitCode).not.toBe(0);
    expect((await repo.commit({ message: 'base\n', date: '2026-04-12T09:00:00Z' })).length).toBe(40);
    const target = (await repo.git('rev-parse', 'HEAD')).trim();
    expect((await commitMessage(repo, RECORD)).exitCode).toBe(0);
    expect((await commitMessage(repo, `fixup! Ship it\n`)).exitCode).toBe(0);
    // A real revert (git writes the message and REVERT_HEAD) and a real merge (MERGE_HEAD).
    const revert = await runGitRaw(['revert', '--no-edit', target], repo.dir, undefined, repo.env);
    expect(revert.exitCode, revert.stderr).toBe(0);
    await repo.git('checkout', '-q', '-b', 'side', 'HEAD~2');
    await writeFile(path.join(repo.dir, 'side.txt'), 'side\n');
    await repo.git('add', 'side.txt');
    expect((await commitMessage(repo, RECORD.replace('Ship it', 'Side work'))).exitCode).toBe(0);
    await repo.git('checkout', '-q', 'main');
    const merge = await runGitRaw(['merge', '--no-ff', '--no-edit', 'side'], repo.dir, undefined, repo.env);
    expect(merge.exitCode, merge.stderr).toBe(0);
    expect((await repo.git('log', '-1', '--format=%P')).trim().split(' ')).toHaveLength(2);
  });

  it('records: leverage trailers must make a full record; commits without any pass', async () => {
    const repo = await withPolicy('records');
    expect((await commitMessage(repo, 'Plain change\n')).exitCode).toBe(0);
    const link = await commitMessage(repo, 'Linked\n\nTask-Id: X-1\n');
    expect(link.exitCode).not.toBe(0);
    expect(link.stderr).toContain('require: records');
    expect((await commitMessage(repo, RECORD)).exitCode).toBe(0);
  });

  it('never (default): links pass, invalid figures are still refused', async () => {
    const repo = await hookedRepo();
    expect((await commitMessage(repo, 'Linked\n\nTask-Id: X-1\n')).exitCode).toBe(0);
    expect((await commitMessage(repo, 'x\n\nTask: x\nClaude-Minutes: 5\n')).exitCode).not.toBe(0);
  });

  it('renamed keys in .leverage.yml are validated (the configuration is read by the hook)', async () => {
    const repo = await hookedRepo([], async (r) => {
      await writeFile(path.join(r.dir, '.leverage.yml'), 'trailers:\n  claudeMinutes: Agent-Minutes\n');
    });
    const bad = await commitMessage(repo, 'x\n\nTask: x\nHuman-Estimate: 2h\nAgent-Minutes: soon\n');
    expect(bad.exitCode).not.toBe(0);
    expect(bad.stderr).toContain('Agent-Minutes: "soon"');
  });
});

describe('prepare-commit-msg', () => {
  const AGENT = { LEVERAGE_TASK: 'Agent task', LEVERAGE_HUMAN_ESTIMATE: '3h', LEVERAGE_CLAUDE_MINUTES: '7', LEVERAGE_TOKENS: '12k', LEVERAGE_TASK_ID: 'AG-1' };

  it('writes LEVERAGE_* figures as trailers, and not again on --amend', async () => {
    const repo = await hookedRepo(['--prepare']);
    expect((await commitMessage(repo, 'Agent commit\n', [], AGENT)).exitCode).toBe(0);
    expect(JSON.stringify(await headMessage(repo))).toBe(JSON.stringify('Agent commit\n\nTask: Agent task\nHuman-Estimate: 3h\nClaude-Minutes: 7\nTokens: 12k\nTask-Id: AG-1\nEstimated-By: agent\n\n'));
    const amend = await runGitRaw(['commit', '--quiet', '--amend', '--allow-empty', '--no-edit'], repo.dir, undefined, { ...repo.env, ...AGENT, LEVERAGE_CLAUDE_MINUTES: '9' });
    expect(amend.exitCode, amend.stderr).toBe(0);
    const message = await headMessage(repo);
    expect(message.match(/^Task:/gm)).toHaveLength(1);
    expect(message).toContain('Claude-Minutes: 7');
    expect(await reportVerdictOfHead(repo)).toMatchObject({ kind: 'record', figures: { humanMinutes: 180, claudeMinutes: 7, tokens: 12000 } });
  });

  it('a bad LEVERAGE_* value stops the commit naming the variable', async () => {
    const repo = await hookedRepo(['--prepare']);
    const run = await commitMessage(repo, 'Agent commit\n', [], { ...AGENT, LEVERAGE_HUMAN_ESTIMATE: 'a bit' });
    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain('LEVERAGE_HUMAN_ESTIMATE="a bit" is not a duration');
  });

  it('adds nothing to a merge message', async () => {
    const repo = await hookedRepo(['--prepare']);
    await repo.commit({ message: 'base\n', date: '2026-04-12T09:00:00Z' });
    await repo.git('checkout', '-q', '-b', 'side');
    await repo.commit({ message: 'side\n', date: '2026-04-12T09:10:00Z' });
    await repo.git('checkout', '-q', 'main');
    await repo.commit({ message: 'main\n', date: '2026-04-12T09:20:00Z' });
    const merge = await runGitRaw(['merge', '--no-edit', 'side'], repo.dir, undefined, { ...repo.env, ...AGENT });
    expect(merge.exitCode, merge.stderr).toBe(0);
    expect(await headMessage(repo)).not.toContain('Task:');
  });
});

describe('messages as git cleans them', () => {
  it('git commit -v: the diff below the scissors line is not the last paragraph', async () => {
    const repo = await withPolicy('always');
    await writeFile(path.join(repo.dir, 'f.txt'), 'Task: in the diff\n');
    await repo.git('add', 'f.txt');
    const run = await commitMessage(repo, RECORD, ['-e', '-v'], { GIT_EDITOR: 'true' });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(await reportVerdictOfHead(repo)).toMatchObject({ kind: 'record' });
  });

  it('comment lines with core.commentChar are stripped as git strips them', async () => {
    const repo = await hookedRepo();
    await repo.git('config', 'core.commentChar', ';');
    const run = await commitMessage(repo, 'Subject\n\nTask: x\n; Human-Estimate: ignored comment\nHuman-Estimate: 2h\nClaude-Minutes: 5\n', ['--cleanup=strip']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(await reportVerdictOfHead(repo)).toMatchObject({ kind: 'record', figures: { humanMinutes: 120 } });
  });

  it('a message in ISO-8859-1 (i18n.commitEncoding) is read in its encoding', async () => {
    const repo = await hookedRepo();
    await repo.git('config', 'i18n.commitEncoding', 'ISO-8859-1');
    const latin1 = Buffer.from('Überarbeitung\n\nTask: Überarbeitung der Straße\nHuman-Estimate: 2h\nClaude-Minutes: 5\n', 'latin1');
    const run = await commitMessage(repo, latin1);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(await reportVerdictOfHead(repo)).toMatchObject({ kind: 'record', figures: { task: 'Überarbeitung der Straße' } });
    const bad = await commitMessage(repo, Buffer.from('x\n\nTask: Straße\nHuman-Estimate: zwei Stunden\nClaude-Minutes: 5\n', 'latin1'));
    expect(bad.stderr).toContain('"zwei Stunden" is not a duration');
  });
});
