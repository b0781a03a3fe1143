/**
 * Squash commits carry their records, on real repositories: the same three commits of a pull
 * request merged without squashing, squashed as GitHub does (the message built exactly as GitHub
 * writes it, committed with `git commit-tree`), with and without co-authors, and with a real
 * `git merge --squash`, the branch kept or deleted. Every report equals the plain merge's, task for
 * task and total for total.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGit } from '../../src/git/runGit.js';
import { cli } from '../helpers/cli.js';
import { createTempRepo, removeTempDirs, type TempRepo } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

/** The pull request's commits: a body, a folded trailer, Task-Id shared by two, a Signed-off-by after ours. */
const PR_COMMITS = [
  { date: '2026-04-12T09:00:00Z', message: 'Add parser\n\nBody of the parser work.\n\nTask: Parser\nTask-Id: PAR-1\nHuman-Estimate: 3h\nClaude-Minutes: 20\n' },
  { date: '2026-04-12T10:00:00Z', message: 'Write docs\n\nTask: Docs for the\n  parser\nHuman-Estimate: 1h\nClaude-Minutes: 10\nTokens: 1000\n' },
  { date: '2026-04-12T11:00:00Z', message: 'Wire it\n\nTask-Id: PAR-1\nTask: Parser\nHuman-Estimate: 2h\nClaude-Minutes: 15\nSigned-off-by: Ann Example <ann@example.com>\n' },
];

type Merge = 'merge' | 'github' | 'github-solo' | 'git-squash';

const at = (repo: TempRepo, date: string) => ({ ...repo.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });

/** GitHub's default squash message: the title, `* ` and each commit's message, `---------` and the co-authors. */
async function githubMessage(repo: TempRepo, shas: string[], coAuthors: boolean): Promise<string> {
  const parts: string[] = [];
  for (const sha of shas) parts.push(`* ${(await repo.git('log', '-1', '--format=%B', sha)).trimEnd()}`);
  return `Parser work (#12)\n\n${parts.join('\n\n')}\n${coAuthors ? '\n---------\n\nCo-authored-by: Bo Example <bo@example.com>\n' : ''}`;
}

/** A repository whose main received the pull request by `merge`; the branch deleted unless `keep`. */
async function history(merge: Merge, keep: boolean): Promise<TempRepo> {
  const repo = await createTempRepo();
  await repo.commit({ message: 'base\n', date: '2026-04-12T08:00:00Z' });
  await repo.git('checkout', '--quiet', '-b', 'feature');
  const shas: string[] = [];
  for (const spec of PR_COMMITS) shas.push(await repo.commit(spec));
  await repo.git('checkout', '--quiet', 'main');
  await repo.commit({ message: 'unrelated\n', date: '2026-04-12T11:30:00Z' });
  const mergedAt = '2026-04-12T12:00:00Z';
  if (merge === 'merge') await runGit(['merge', '--quiet', '--no-ff', '--no-edit', 'feature'], repo.dir, undefined, at(repo, mergedAt));
  else if (merge === 'git-squash') {
    await runGit(['merge', '--quiet', '--squash', 'feature'], repo.dir, undefined, at(repo, mergedAt));
    await runGit(['commit', '--quiet', '--no-verify', '--no-edit'], repo.dir, undefined, at(repo, mergedAt));
    expect(await repo.git('log', '-1', '--format=%s')).toBe('Squashed commit of the following:\n');
  } else {
    const tree = (await repo.git('merge-tree', '--write-tree', 'main', 'feature')).trim();
    const file = path.join(repo.dir, '.git', 'squash-message');
    await writeFile(file, await githubMessage(repo, shas, merge === 'github'));
    const squash = (await runGit(['commit-tree', tree, '-p', 'main', '-F', file], repo.dir, undefined, at(repo, mergedAt))).trim();
    await repo.git('update-ref', 'refs/heads/main', squash);
    await repo.git('reset', '--quiet', '--hard');
  }
  if (!keep) await repo.git('branch', '--quiet', '-D', 'feature');
  return repo;
}

interface JsonTask {
  key: string;
  task: string;
  commits: Array<{ sha: string; subject: string; embedded?: { index: number; subject: string; sha?: string }; copies: unknown[] }>;
  [figure: string]: unknown;
}

async function report(repo: TempRepo, args: string[] = []) {
  const run = await cli(['report', '--date', '2026-04-12', '--timezone', 'UTC', '--format', 'json', ...args], { cwd: repo.dir });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as { tasks: JsonTask[]; totals: Record<string, unknown>; commits: unknown[] };
}

/** What must not depend on how the work reached main: each task's figures, and the totals. */
const figuresOf = (json: { tasks: JsonTask[]; totals: Record<string, unknown> }) => ({
  tasks: json.tasks.map(({ key, task, taskId, humanMinutes, claudeMinutes, supervisoryMinutes, tokens, factor, supervisoryFactor }) => ({ key, task, taskId, humanMinutes, claudeMinutes, supervisoryMinutes, tokens, factor, supervisoryFactor })),
  totals: json.totals,
});

describe('squash commits carry their records', () => {
  it('a plain merge is the reference: two tasks, five human hours of parser work', async () => {
    const json = await report(await history('merge', false));
    expect(json.tasks.map((t) => [t.task, t.humanMinutes, t.claudeMinutes])).toEqual([
      ['Parser', 300, 35],
      ['Docs for the parser', 60, 10],
    ]);
  });

  for (const merge of ['github', 'github-solo', 'git-squash'] as const) {
    for (const keep of [false, true]) {
      it(`${merge}, branch ${keep ? 'kept (originals reachable, also with --all)' : 'deleted'}: the same report as the plain merge`, async () => {
        const reference = figuresOf(await report(await history('merge', keep)));
        const repo = await history(merge, keep);
        const json = await report(repo);
        expect(figuresOf(json)).toEqual(reference);
        if (keep) expect(figuresOf(await report(repo, ['--all']))).toEqual(reference);
        const squash = (await repo.git('rev-parse', 'main')).trim();
        const listed = json.tasks.flatMap((t) => t.commits).filter((c) => c.embedded !== undefined);
        if (keep) {
          // Originals are walked first and counted; each listed record is their copy.
          expect(listed).toEqual([]);
          expect(json.tasks.flatMap((t) => t.commits.map((c) => c.copies))).toEqual(json.tasks.flatMap((t) => t.commits.map(() => [{ repo: 'repo', sha: squash }])));
        } else {
          expect(listed.map((c) => [c.sha, c.embedded?.subject]).sort()).toEqual([
            [squash, 'Add parser'],
            [squash, 'Wire it'],
            [squash, 'Write docs'],
          ]);
          if (merge === 'git-squash') expect(listed.every((c) => /^[0-9a-f]{40}$/.test(c.embedded?.sha ?? ''))).toBe(true);
          else expect(listed.every((c) => c.embedded?.sha === undefined)).toBe(true);
          // The squash commit's own trailer block (the last listed commit's, without co-authors) counts once, as that commit's.
          expect(json.commits).toHaveLength(3);
        }
      });
    }
  }

  it('a day window places the listed records by the squash commit\'s author date', async () => {
    const repo = await history('github', false);
    const run = await cli(['report', '--date', '2026-04-13', '--timezone', 'UTC', '--format', 'json'], { cwd: repo.dir });
    expect(JSON.parse(run.stdout).tasks).toEqual([]);
  });

  it("reads each listed block with the repository's trailer.separators, as git reads a commit's", async () => {
    const repo = await createTempRepo();
    await repo.git('config', 'trailer.separators', '=');
    const message = 'Both (#3)\n\n* One\n\nTask= One\nHuman-Estimate= 1h\nClaude-Minutes= 5\n\n* Two\n\nTask: not a trailer here\nHuman-Estimate: 2h\nClaude-Minutes: 5\n\n---------\n\nCo-authored-by= Bo <bo@example.com>\n';
    const sha = await repo.commit({ message, date: '2026-04-12T09:00:00Z' });
    const json = await report(repo);
    expect(json.tasks.map((t) => [t.task, t.humanMinutes, t.commits.map((c) => [c.sha, c.embedded?.index])])).toEqual([['One', 60, [[sha, 1]]]]);
  });

  it('an ordinary commit whose body has a list keeps its own record, read once', async () => {
    const repo = await createTempRepo();
    const sha = await repo.commit({ message: 'Fix it\n\n* changed the parser\n\nTask: Fix\nHuman-Estimate: 1h\nClaude-Minutes: 5\n', date: '2026-04-12T09:00:00Z' });
    const json = await report(repo);
    expect(json.tasks.map((t) => [t.task, t.commits.map((c) => [c.sha, c.embedded])])).toEqual([['Fix', [[sha, undefined]]]]);
  });
});
