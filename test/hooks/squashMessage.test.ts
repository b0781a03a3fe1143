/**
 * The commit-msg hook on squash messages, in-process on real repositories: under `require`, each
 * listed commit's trailer block is checked (the report counts those), not the squash message's own
 * last paragraph.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGit } from '../../src/git/runGit.js';
import { runCommitMsgHook } from '../../src/hooks/runCommitMsgHook.js';
import { createTempRepo, removeTempDirs, type TempRepo } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

const full = (subject: string, human = '2h') => `${subject}\n\nTask: ${subject}\nHuman-Estimate: ${human}\nClaude-Minutes: 10\n`;

async function squashed(policy: string, messages: string[]): Promise<TempRepo> {
  const repo = await createTempRepo();
  await writeFile(path.join(repo.dir, '.leverage.yml'), `require: ${policy}\n`);
  await repo.commit({ message: 'base\n', date: '2026-04-12T08:00:00Z' });
  await repo.git('checkout', '--quiet', '-b', 'feature');
  for (const [index, message] of messages.entries()) await repo.commit({ message, date: `2026-04-12T0${index + 1}:00:00Z` });
  await repo.git('checkout', '--quiet', 'main');
  await runGit(['merge', '--quiet', '--squash', 'feature'], repo.dir, undefined, repo.env);
  return repo;
}

async function hook(repo: TempRepo, file: string) {
  let stderr = '';
  const run = await runCommitMsgHook(file, { cwd: repo.dir, env: repo.env, stderr: (text) => (stderr += text) });
  return { code: run.code, stderr };
}

describe('commit-msg on a squash message', () => {
  it('accepts `git merge --squash` of commits that each carry a record, under require: always', async () => {
    const repo = await squashed('always', [full('Parser'), full('Docs')]);
    expect(await hook(repo, '.git/SQUASH_MSG')).toEqual({ code: 0, stderr: '' });
  });

  it('under always, refuses a listed commit without a record, naming it', async () => {
    const repo = await squashed('always', [full('Parser'), 'Tweak\n']);
    const { code, stderr } = await hook(repo, '.git/SQUASH_MSG');
    expect(code).toBe(1);
    expect(stderr).toContain('(in listed commit 1, "Tweak")');
    expect(stderr).not.toContain('"Parser"');
  });

  it('under records, refuses an invalid figure in a listed commit of a GitHub squash message, which the whole-message check passed', async () => {
    const repo = await createTempRepo();
    await writeFile(path.join(repo.dir, '.leverage.yml'), 'require: records\n');
    const file = path.join(repo.dir, '.git', 'github-squash');
    await writeFile(file, `Parser work (#12)\n\n* ${full('Parser')}\n* ${full('Docs', 'soon')}\n---------\n\nCo-authored-by: Bo Example <bo@example.com>\n`);
    const { code, stderr } = await hook(repo, file);
    expect(code).toBe(1);
    expect(stderr).toContain('Human-Estimate: "soon"');
    expect(stderr).toContain('(in listed commit 2, "Docs")');
    await writeFile(file, `Parser work (#12)\n\n* ${full('Parser')}\n* ${full('Docs')}\n---------\n\nCo-authored-by: Bo Example <bo@example.com>\n`);
    expect((await hook(repo, file)).code).toBe(0);
  });

  it('under never, a squash message is not looked into (as before)', async () => {
    const repo = await squashed('never', [full('Parser'), 'Tweak\n']);
    expect((await hook(repo, '.git/SQUASH_MSG')).code).toBe(0);
  });
});
