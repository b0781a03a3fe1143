/**
 * Leverage notes from the command line, on real repositories: `annotate --note` writes and corrects
 * a note (and refuses bad values, writing nothing), `validate` checks notes and a squash commit's
 * listed blocks, the two-line refspec setup of docs/notes.md carries notes through a real bare
 * remote, and a squashed history whose records live in a note reports as the plain merge does.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGit, runGitRaw } from '../../src/git/runGit.js';
import { cli } from '../helpers/cli.js';
import { createTempRepo, leverageMessage, makeTempDir, removeTempDirs, repoAt, type TempRepo } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

const DAY = '2026-04-12';

async function noteOf(repo: TempRepo, rev: string): Promise<string> {
  return repo.git('notes', '--ref=leverage', 'show', rev);
}

async function tasks(repo: TempRepo) {
  const run = await cli(['report', '--date', DAY, '--timezone', 'UTC', '--format', 'json'], { cwd: repo.dir, env: repo.env });
  const json = JSON.parse(run.stdout) as { tasks: Array<{ key: string; task: string; humanMinutes: number; claudeMinutes: number; tokens: number | null; factor: number; commits: Array<{ note?: boolean }> }>; totals: unknown };
  return json;
}

describe('annotate --note', () => {
  it('writes a note on a commit without figures; report counts it', async () => {
    const repo = await createTempRepo();
    const sha = await repo.commit({ message: 'Plain work\n', date: `${DAY}T09:00:00Z` });
    await repo.commit({ message: 'Later\n', date: `${DAY}T10:00:00Z` });
    const run = await cli(['annotate', '--note', 'HEAD~1', '--task', 'Noted work', '--human', '3h', '--claude', '20'], { cwd: repo.dir, env: repo.env });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Task: Noted work\nHuman-Estimate: 3h\nClaude-Minutes: 20\n');
    expect(run.stderr).toContain(`note written on ${sha.slice(0, 12)} in refs/notes/leverage`);
    expect(await noteOf(repo, sha)).toBe(run.stdout);
    // No commit was rewritten.
    expect((await repo.git('log', '--format=%s')).trim().split('\n')).toEqual(['Later', 'Plain work']);
    const json = await tasks(repo);
    expect(json.tasks.map((t) => [t.task, t.humanMinutes, t.commits.map((c) => c.note)])).toEqual([['Noted work', 180, [true]]]);
  });

  it("corrects a commit's figures: the flags replace the same fields of its message's (then of its note's)", async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: leverageMessage('Work', { Task: 'Work', 'Human-Estimate': '3h', 'Claude-Minutes': 20, 'Signed-off-by': 'A <a@example.com>' }), date: `${DAY}T09:00:00Z` });
    const first = await cli(['annotate', '--note', '--human', '5h'], { cwd: repo.dir, env: repo.env });
    expect(first.code).toBe(0);
    expect(await noteOf(repo, 'HEAD')).toBe('Task: Work\nHuman-Estimate: 5h\nClaude-Minutes: 20\n');
    const second = await cli(['annotate', '--note', 'HEAD', '--tokens', '12k'], { cwd: repo.dir, env: repo.env });
    expect(second.code).toBe(0);
    expect(await noteOf(repo, 'HEAD')).toBe('Task: Work\nHuman-Estimate: 5h\nClaude-Minutes: 20\nTokens: 12k\n');
    expect((await tasks(repo)).tasks.map((t) => [t.task, t.humanMinutes, t.tokens])).toEqual([['Work', 300, 12000]]);
  });

  it('refuses bad values, an incomplete record, a revision that is no commit, and --amend, writing nothing', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: 'Plain\n', date: `${DAY}T09:00:00Z` });
    const cases: Array<[string[], RegExp]> = [
      [['--note', '--human', 'soon', '--task', 'X', '--claude', '5'], /Human-Estimate.*soon/],
      [['--note', '--human', '2h'], /the note on [0-9a-f]{12} with these figures would not validate:\n {2}.*Task/],
      [['--note', 'nope', '--task', 'X', '--human', '1h', '--claude', '5'], /--note "nope" is not a commit of \. \(accepted: a commit: a sha, a branch, HEAD~2, …\)/],
      [['--note', '--amend', '--task', 'X', '--human', '1h', '--claude', '5'], /--note writes a note and rewrites no commit: leave out --amend and --force/],
    ];
    for (const [args, message] of cases) {
      const run = await cli(['annotate', ...args], { cwd: repo.dir, env: repo.env });
      expect(run.code, args.join(' ')).not.toBe(0);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
    expect((await runGitRaw(['rev-parse', '--verify', '--quiet', 'refs/notes/leverage'], repo.dir, undefined, repo.env)).exitCode).not.toBe(0);
  });

  it('without --note, annotate still prints the message and writes no note', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: 'Plain\n', date: `${DAY}T09:00:00Z` });
    const run = await cli(['annotate', '--task', 'X', '--human', '1h', '--claude', '5'], { cwd: repo.dir, env: repo.env });
    expect(run.stdout).toBe('Plain\n\nTask: X\nHuman-Estimate: 1h\nClaude-Minutes: 5\n');
    expect((await runGitRaw(['rev-parse', '--verify', '--quiet', 'refs/notes/leverage'], repo.dir, undefined, repo.env)).exitCode).not.toBe(0);
  });
});

describe('validate with notes and squash commits', () => {
  it('a bad note is a bad commit, named as the note; a good note makes a commit without figures pass under always', async () => {
    const repo = await createTempRepo();
    await writeFile(path.join(repo.dir, '.leverage.yml'), 'require: always\n');
    await repo.commit({ message: 'base\n', date: `${DAY}T08:00:00Z` });
    const good = await repo.commit({ message: 'No figures\n', date: `${DAY}T09:00:00Z` });
    const bad = await repo.commit({ message: leverageMessage('Fine message', { Task: 'Fine', 'Human-Estimate': '1h', 'Claude-Minutes': 5 }), date: `${DAY}T10:00:00Z` });
    expect((await cli(['validate', 'HEAD~2..HEAD'], { cwd: repo.dir, env: repo.env })).code).toBe(1); // `No figures` has none
    await repo.git('notes', '--ref=leverage', 'add', '-m', 'Task: Noted\nHuman-Estimate: 2h\nClaude-Minutes: 10', good);
    expect((await cli(['validate', 'HEAD~2..HEAD'], { cwd: repo.dir, env: repo.env })).code).toBe(0);
    await repo.git('notes', '--ref=leverage', 'add', '-m', 'Task: Fine\nHuman-Estimate: lots\nClaude-Minutes: 5', bad);
    const run = await cli(['validate', 'HEAD~2..HEAD'], { cwd: repo.dir, env: repo.env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`1 of 2 commits in HEAD~2..HEAD have leverage trailers that do not pass`);
    expect(run.stderr).toContain(`${bad.slice(0, 12)} Fine message (its note in refs/notes/leverage)\n    Human-Estimate: "lots" is not a duration`);
  });

  it('checks a squash commit block by block under require: always, naming the listed commit', async () => {
    const repo = await createTempRepo();
    await writeFile(path.join(repo.dir, '.leverage.yml'), 'require: always\n');
    await repo.commit({ message: 'base\n', date: `${DAY}T08:00:00Z` });
    // The squash commit's own last paragraph is a full record (the second block's): the whole message would pass.
    const listing = '* Add parser\n\nJust the parser.\n\n* Write docs\n\nTask: Docs\nHuman-Estimate: 1h\nClaude-Minutes: 10\n';
    await repo.commit({ message: `Parser work (#12)\n\n${listing}`, date: `${DAY}T12:00:00Z` });
    const run = await cli(['validate', 'HEAD~1..HEAD'], { cwd: repo.dir, env: repo.env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\(in listed commit 1, "Add parser"\)/);
    expect(run.stderr).not.toContain('listed commit 2');
  });
});

describe('notes through a remote (docs/notes.md)', () => {
  it('the two-line refspec setup pushes and fetches refs/notes/leverage through a real bare remote', async () => {
    const parent = await makeTempDir();
    const bare = path.join(parent, 'remote.git');
    const author = await createTempRepo();
    await runGit(['init', '--quiet', '--bare', '--initial-branch=main', bare], parent, undefined, author.env);
    const sha = await author.commit({ message: 'Plain work\n', date: `${DAY}T09:00:00Z` });
    await author.git('remote', 'add', 'origin', bare);
    await author.git('push', '--quiet', 'origin', 'main');
    await author.git('config', '--add', 'remote.origin.fetch', '+refs/notes/leverage:refs/notes/leverage');
    await author.git('config', '--add', 'remote.origin.push', 'refs/notes/leverage');
    await author.git('notes', '--ref=leverage', 'add', '-m', 'Task: Shared\nHuman-Estimate: 2h\nClaude-Minutes: 10', sha);
    // A plain `git push` now carries the notes (and, with a push refspec, only what it names: the branch too).
    await author.git('config', '--add', 'remote.origin.push', 'refs/heads/main');
    await author.git('push', '--quiet');
    expect((await runGit(['rev-parse', 'refs/notes/leverage'], bare, undefined, author.env)).trim()).toBe((await author.git('rev-parse', 'refs/notes/leverage')).trim());

    const other = repoAt(path.join(parent, 'other'), path.join(parent, 'home'));
    await runGit(['clone', '--quiet', bare, other.dir], parent, undefined, other.env);
    expect((await runGitRaw(['rev-parse', '--verify', '--quiet', 'refs/notes/leverage'], other.dir, undefined, other.env)).exitCode).not.toBe(0); // clone fetches no notes
    await other.git('config', '--add', 'remote.origin.fetch', '+refs/notes/leverage:refs/notes/leverage');
    await other.git('fetch', '--quiet');
    expect((await tasks(other)).tasks.map((t) => [t.task, t.humanMinutes])).toEqual([['Shared', 120]]);
    // A later note arrives with the next plain fetch (the + lets a rewritten notes ref through).
    await author.commit({ message: 'More\n', date: `${DAY}T10:00:00Z` });
    await author.git('notes', '--ref=leverage', 'add', '-m', 'Task: More\nHuman-Estimate: 1h\nClaude-Minutes: 5', 'HEAD');
    await author.git('push', '--quiet');
    await other.git('fetch', '--quiet');
    await other.git('merge', '--quiet', '--ff-only', 'origin/main');
    expect((await tasks(other)).tasks.map((t) => t.task).sort()).toEqual(['More', 'Shared']);
    expect(await readFile(path.join(other.dir, '.git', 'config'), 'utf8')).toContain('fetch = +refs/notes/leverage:refs/notes/leverage');
  });
});

describe('a squashed history with its records in a note', () => {
  const PR = [
    { date: `${DAY}T09:00:00Z`, message: 'Add parser\n\nTask: Parser\nTask-Id: PAR-1\nHuman-Estimate: 3h\nClaude-Minutes: 20\n' },
    { date: `${DAY}T10:00:00Z`, message: 'Write docs\n\nTask: Docs\nHuman-Estimate: 1h\nClaude-Minutes: 10\nTokens: 1000\n' },
  ];

  async function merged(squash: boolean): Promise<TempRepo> {
    const repo = await createTempRepo();
    await repo.commit({ message: 'base\n', date: `${DAY}T08:00:00Z` });
    await repo.git('checkout', '--quiet', '-b', 'feature');
    for (const spec of PR) await repo.commit(spec);
    await repo.git('checkout', '--quiet', 'main');
    const env = { ...repo.env, GIT_AUTHOR_DATE: `${DAY}T12:00:00Z`, GIT_COMMITTER_DATE: `${DAY}T12:00:00Z` };
    if (!squash) await runGit(['merge', '--quiet', '--no-ff', '--no-edit', 'feature'], repo.dir, undefined, env);
    else {
      // A squash whose message lists nothing (edited on merge): its records come back through the note, in the listing form.
      await runGit(['merge', '--quiet', '--squash', 'feature'], repo.dir, undefined, env);
      await runGit(['commit', '--quiet', '--no-verify', '-m', 'Parser work'], repo.dir, undefined, env);
      const listing = PR.map((spec) => `* ${spec.message}`).join('\n');
      await repo.git('notes', '--ref=leverage', 'add', '-m', `Parser work (#12)\n\n${listing}`, 'HEAD');
    }
    await repo.git('branch', '--quiet', '-D', 'feature');
    return repo;
  }

  it('reports as the same work merged without squashing, task for task and total for total', async () => {
    const figures = (json: Awaited<ReturnType<typeof tasks>>) => ({ tasks: json.tasks.map(({ key, task, humanMinutes, claudeMinutes, tokens, factor }) => ({ key, task, humanMinutes, claudeMinutes, tokens, factor })), totals: json.totals });
    const squashed = await tasks(await merged(true));
    expect(squashed.tasks.every((t) => t.commits.every((c) => c.note === true))).toBe(true);
    expect(figures(squashed)).toEqual(figures(await tasks(await merged(false))));
  });
});
