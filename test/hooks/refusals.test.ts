/**
 * What a refused or doubtful commit leaves behind, driven as a user drives it: real `git commit`
 * through the installed hooks, the printed retry command run as printed, `git-leverage commit`,
 * `validate`, and `hook commit-msg` run by hand.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGitRaw, type GitResult } from '../../src/git/runGit.js';
import { cli } from '../helpers/cli.js';
import { removeTempDirs, type TempRepo } from '../helpers/tempRepo.js';
import { commitMessage, editMsgPath, headMessage, hookedRepo, reportVerdictOfHead } from './helpers.js';

afterAll(removeTempDirs);

const DATES = { GIT_AUTHOR_DATE: '2026-04-12T10:00:00Z', GIT_COMMITTER_DATE: '2026-04-12T10:00:00Z' };

/** The retry command the refusal printed, run by a shell as the user would paste it. */
async function runPrintedRetry(repo: TempRepo, stderr: string, env: NodeJS.ProcessEnv = {}): Promise<GitResult> {
  const line = stderr.split('\n').find((l) => l.startsWith('  git commit '));
  if (!line) throw new Error(`no retry command in:\n${stderr}`);
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => {
    execFile('sh', ['-c', line.trim()], { cwd: repo.dir, env: { ...repo.env, ...DATES, GIT_EDITOR: 'true', ...env } }, (error, stdout, stderrText) =>
      resolve({ stdout, stderr: stderrText, exitCode: error ? Number(error.code ?? 1) : 0 }),
    );
  });
}

async function commitCount(repo: TempRepo): Promise<number> {
  const result = await runGitRaw(['rev-list', '--count', 'HEAD'], repo.dir, undefined, repo.env);
  return result.exitCode === 0 ? Number(result.stdout.trim()) : 0;
}

describe('a refused commit keeps the message git would have committed, and the printed retry commits only that', () => {
  it('git commit -v: the diff below the scissors line and the comment lines are gone from the kept message', async () => {
    const repo = await hookedRepo();
    await writeFile(path.join(repo.dir, 'f.txt'), 'Task: in the diff\n');
    await repo.git('add', 'f.txt');
    const refused = await commitMessage(repo, 'Ship it\n\nTask: Ship it\nHuman-Estimate: soon\nClaude-Minutes: 12\n', ['-e', '-v'], { GIT_EDITOR: 'true' });
    expect(refused.exitCode).toBe(1);
    const kept = await editMsgPath(repo);
    expect(await readFile(kept, 'utf8')).toBe('Ship it\n\nTask: Ship it\nHuman-Estimate: soon\nClaude-Minutes: 12\n');
    expect(refused.stderr).toContain(`.git/COMMIT_EDITMSG:4: Human-Estimate: "soon"`);
    expect(refused.stderr).toContain(`Your message is kept in ${kept}, as git would have committed it.`);
    expect(refused.stderr).toContain(`  git commit -e -F ${kept}\n`);

    await writeFile(kept, (await readFile(kept, 'utf8')).replace('soon', '8h'));
    const retried = await runPrintedRetry(repo, refused.stderr, { GIT_EDITOR: 'true' });
    expect(retried.exitCode, retried.stderr).toBe(0);
    expect(await headMessage(repo)).toBe('Ship it\n\nTask: Ship it\nHuman-Estimate: 8h\nClaude-Minutes: 12\n\n');
    expect(await reportVerdictOfHead(repo)).toMatchObject({ kind: 'record', figures: { task: 'Ship it', humanMinutes: 480 } });
    expect((await cli(['validate', 'HEAD'], { cwd: repo.dir, env: repo.env })).stderr).toBe('');
  });

  it('git commit -F without an editor keeps lines that start with # (git does too), and the retry keeps them with --cleanup=scissors', async () => {
    const repo = await hookedRepo();
    await writeFile(path.join(repo.dir, 'parser.txt'), 'fixed\n');
    await repo.git('add', 'parser.txt');
    const refused = await commitMessage(repo, 'Fix the parser   \n\n#123 is fixed by this.\n\nTask: Parser\nHuman-Estimate: 2h\nClaude-Minutes: later\n');
    expect(refused.exitCode).toBe(1);
    const kept = await editMsgPath(repo);
    expect(await readFile(kept, 'utf8')).toBe('Fix the parser\n\n#123 is fixed by this.\n\nTask: Parser\nHuman-Estimate: 2h\nClaude-Minutes: later\n');
    expect(refused.stderr).toContain(`  git commit --cleanup=scissors -e -F ${kept}\n`);
    await writeFile(kept, (await readFile(kept, 'utf8')).replace('later', '20'));
    const retried = await runPrintedRetry(repo, refused.stderr);
    expect(retried.exitCode, retried.stderr).toBe(0);
    expect(await headMessage(repo)).toBe('Fix the parser\n\n#123 is fixed by this.\n\nTask: Parser\nHuman-Estimate: 2h\nClaude-Minutes: 20\n\n');
  });

  it('git-leverage commit --amend on a commit with trailers replaces them (no duplicates), and a refused amend is retried with --amend', async () => {
    const repo = await hookedRepo([], async (r) => {
      await writeFile(path.join(r.dir, '.leverage.yml'), 'require: records\n');
    });
    expect((await commitMessage(repo, 'Work\n\nTask: Work\nHuman-Estimate: 2h\nClaude-Minutes: 10\nTask-Id: W-1\n')).exitCode).toBe(0);
    const amended = await cli(['commit', '--amend', '--no-edit', '--allow-empty', '--quiet', '--claude', '12', '--task', 'Work, finished'], { cwd: repo.dir, env: { ...repo.env, ...DATES } });
    expect(amended.code, amended.stderr).toBe(0);
    expect(await headMessage(repo)).toBe('Work\n\nHuman-Estimate: 2h\nTask-Id: W-1\nTask: Work, finished\nClaude-Minutes: 12\n\n');
    expect(await reportVerdictOfHead(repo)).toMatchObject({ kind: 'record', figures: { task: 'Work, finished', claudeMinutes: 12, taskId: 'W-1' } });
    expect(await commitCount(repo)).toBe(1);

    // A plain commit amended into a lone link: `require: records` refuses it, and says how to amend again.
    await writeFile(path.join(repo.dir, 'plain.txt'), 'plain\n');
    await repo.git('add', 'plain.txt');
    expect((await commitMessage(repo, 'Plain\n')).exitCode).toBe(0);
    const refused = await cli(['commit', '--amend', '--no-edit', '--allow-empty', '--task-id', 'W-2'], { cwd: repo.dir, env: { ...repo.env, ...DATES } });
    expect(refused.code).toBe(1);
    const kept = await editMsgPath(repo);
    expect(refused.stderr).toContain(`  git commit --amend -e -F ${kept}\n`);
    await writeFile(kept, `${(await readFile(kept, 'utf8')).trimEnd()}\nTask: Second\nHuman-Estimate: 1h\nClaude-Minutes: 4\n`);
    const retried = await runPrintedRetry(repo, refused.stderr);
    expect(retried.exitCode, retried.stderr).toBe(0);
    expect(await commitCount(repo)).toBe(2);
    expect(await reportVerdictOfHead(repo)).toMatchObject({ kind: 'record', figures: { task: 'Second', taskId: 'W-2' } });
  });
});

describe('leverage lines git will not read as trailers', () => {
  const AFTER = 'Work\n\nTask: Work\nHuman-Estimate: 2h\nClaude-Minutes: 5\n\nMore notes.\n';

  it('the hook warns under require: never (the commit goes ahead) and refuses under records', async () => {
    const repo = await hookedRepo();
    const warned = await commitMessage(repo, AFTER);
    expect(warned.exitCode).toBe(0);
    expect(warned.stderr).toContain(
      "git-leverage: warning: in the message, lines 3-5 (Task, Human-Estimate, Claude-Minutes) look like leverage trailers, but git will not read them: they are not in the message's last paragraph",
    );
    expect(await reportVerdictOfHead(repo)).toEqual({ kind: 'none' });
    await writeFile(path.join(repo.dir, '.leverage.yml'), 'require: records\n');
    const refused = await commitMessage(repo, AFTER);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain('lines 3-5 (Task, Human-Estimate, Claude-Minutes) look like leverage trailers');
    expect(await commitCount(repo)).toBe(1);
  });

  it('validate lists them as warnings under never, and as failures under records', async () => {
    const repo = await hookedRepo();
    await repo.commit({ message: 'base\n', date: '2026-04-12T09:00:00Z' });
    const sha = await repo.commit({ message: AFTER, date: '2026-04-12T10:00:00Z' });
    const never = await cli(['validate', 'HEAD~1..HEAD'], { cwd: repo.dir, env: repo.env });
    expect(never.code).toBe(0);
    expect(never.stdout).toContain('all valid, 1 with warnings');
    expect(never.stderr).toContain(`${sha.slice(0, 12)} Work\n    lines 3-5 (Task, Human-Estimate, Claude-Minutes) look like leverage trailers`);
    await writeFile(path.join(repo.dir, '.leverage.yml'), 'require: records\n');
    const records = await cli(['validate', 'HEAD~1..HEAD'], { cwd: repo.dir, env: repo.env });
    expect(records.code).toBe(1);
    expect(records.stderr).toContain('1 of 1 commits');
  });

  it('git-leverage commit without -m: an unedited message is not committed; a subject typed on the first line keeps the trailers', async () => {
    const repo = await hookedRepo();
    const figures = ['--allow-empty', '--task', 'Editor work', '--human', '1h', '--claude', '3'];
    const unedited = await cli(['commit', ...figures], { cwd: repo.dir, env: { ...repo.env, ...DATES, GIT_EDITOR: 'true' } });
    expect(unedited.code).not.toBe(0);
    expect(unedited.stderr).toContain('the message needs a subject on its first line');
    expect(await commitCount(repo)).toBe(0);
    // An editor that types a subject on the first line, as a person would.
    const typed = await cli(['commit', '--quiet', ...figures], { cwd: repo.dir, env: { ...repo.env, ...DATES, GIT_EDITOR: `sed -i '1s/^$/Editor work/'` } });
    expect(typed.code, typed.stderr).toBe(0);
    expect(await headMessage(repo)).toBe('Editor work\n\nTask: Editor work\nHuman-Estimate: 1h\nClaude-Minutes: 3\n\n');
    expect(await reportVerdictOfHead(repo)).toMatchObject({ kind: 'record', figures: { task: 'Editor work' } });
  });

  it('git-leverage commit warns once about a figure of its own message that git will not read', async () => {
    const repo = await hookedRepo();
    const run = await cli(['commit', '--allow-empty', '--quiet', '-m', 'Work', '-m', 'Tokens: 5k\n\nNotes.', '--task', 'Work', '--human', '1h', '--claude', '3'], {
      cwd: repo.dir,
      env: { ...repo.env, ...DATES },
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.match(/warning/g)).toHaveLength(1);
    expect(run.stderr).toContain("git-leverage: warning: in HEAD's message, line 3 (Tokens) looks like a leverage trailer, but git will not read it");
  });
});

describe('errors of the commands themselves', () => {
  it('hook commit-msg with a file that does not exist: one line naming it', async () => {
    const repo = await hookedRepo();
    const missing = path.join(repo.dir, 'nonexistent');
    const run = await cli(['hook', 'commit-msg', missing], { cwd: repo.dir, env: repo.env });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`git-leverage (commit-msg hook): cannot read the commit message file ${missing}: no such file (expected: hook commit-msg <file>, the file git passes to the hook)\n`);
  });
});
