/**
 * The cache of change sizes (src/git/changeSizeCache.ts) on real repositories: a report reads what an
 * earlier one measured and asks git only for the rest, the exclusions still apply to cached rows, and
 * a cache that is doctored, stale, truncated, unwritable or in the way changes nothing but the speed.
 * Each commit here writes a known number of lines, so every count is known before git is asked.
 */
import { chmod, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CachedNumstat, changeSizeCachePath, indexCommits, readChangeSizeCache } from '../../src/git/changeSizeCache.js';
import { NUMSTAT_ARGUMENTS, NumstatParser, readChangeSizes } from '../../src/git/changeSizes.js';
import { openRepository } from '../../src/git/openRepository.js';
import { runGit } from '../../src/git/runGit.js';
import { cli } from '../helpers/cli.js';
import { createTempRepo, leverageMessage, removeTempDirs, repoAt, type TempRepo } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

const lines = (count: number, tag: string) => Array.from({ length: count }, (_, index) => `${tag} line ${index}`).join('\n') + '\n';

/** Writes `files` (path → line count) and commits them with a record of `hours` on 2026-04-`day`; returns the sha. */
async function recordCommit(repo: TempRepo, serial: number, hours: number, day: number, files: Record<string, number>): Promise<string> {
  for (const [file, count] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(repo.dir, file)), { recursive: true });
    await writeFile(path.join(repo.dir, file), lines(count, `${serial}`));
    await repo.git('add', file);
  }
  const date = `2026-04-${String(day).padStart(2, '0')}T${String(8 + (serial % 10)).padStart(2, '0')}:00:00Z`;
  const message = leverageMessage(`Task ${serial}`, { Task: `Task ${serial}`, 'Human-Estimate': `${hours}h`, 'Claude-Minutes': 10 });
  await runGit(['commit', '--quiet', '--no-verify', '-m', message], repo.dir, undefined, { ...repo.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  return (await repo.git('rev-parse', 'HEAD')).trim();
}

/** Tasks 1..count on `day`: Task n writes src/task{n}.ts of 10n lines, at 0.02 h per line. */
async function tasks(repo: TempRepo, from: number, to: number, day = 1): Promise<string[]> {
  const shas: string[] = [];
  for (let serial = from; serial <= to; serial += 1) shas.push(await recordCommit(repo, serial, Number((0.2 * serial).toFixed(2)), day, { [`src/task${serial}.ts`]: 10 * serial }));
  return shas;
}

type Report = { tasks: { task: string; estimateCheck?: { changedLines: number | null; flagged: boolean; reason: string } }[] };

async function reportJson(repo: TempRepo, args: string[] = ['--all-history'], cwd = repo.dir): Promise<Report> {
  const result = await cli(['report', '--format', 'json', '--timezone', 'UTC', ...args], { cwd });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

const linesOf = (report: Report, task: string) => report.tasks.find((row) => row.task === task)?.estimateCheck?.changedLines;
const cacheFile = (repo: TempRepo) => path.join(repo.dir, '.git', 'git-leverage', 'change-sizes');

/** The shas a cache file holds (indexCommits on its body), or undefined when it reads as no cache. */
async function cachedShas(repo: TempRepo): Promise<string[]> {
  const cached = await readChangeSizeCache({ gitCommonDir: path.join(repo.dir, '.git') }, NUMSTAT_ARGUMENTS);
  return [...(indexCommits(cached.body)?.keys() ?? [])].sort();
}

/** Rewrites one row's added count in the cache file, keeping its length (`from` and `to` have as many digits). */
async function doctorRow(repo: TempRepo, file: string, from: number, to: number): Promise<void> {
  const bytes = await readFile(cacheFile(repo), 'latin1');
  const row = `\n${from}\t0\t${file}\u0000`;
  expect(bytes.split(row)).toHaveLength(2);
  await writeFile(cacheFile(repo), bytes.replace(row, `\n${to}\t0\t${file}\u0000`), 'latin1');
}

describe('the cache of change sizes', () => {
  it('is written by a report and read by the next: a doctored row shows, another version is ignored and replaced', async () => {
    const repo = await createTempRepo();
    const shas = await tasks(repo, 1, 12);
    const cold = await reportJson(repo);
    expect(linesOf(cold, 'Task 5')).toBe(50);
    expect(await cachedShas(repo)).toEqual([...shas].sort());
    expect((await readFile(cacheFile(repo), 'latin1')).startsWith(`git-leverage change sizes 1 ${NUMSTAT_ARGUMENTS.join(' ')}\u0000`)).toBe(true);

    await doctorRow(repo, 'src/task5.ts', 50, 77);
    expect(linesOf(await reportJson(repo), 'Task 5')).toBe(77);

    const doctored = await readFile(cacheFile(repo), 'latin1');
    await writeFile(cacheFile(repo), doctored.replace('git-leverage change sizes 1 ', 'git-leverage change sizes 2 '), 'latin1');
    expect(linesOf(await reportJson(repo), 'Task 5')).toBe(50);
    const rewritten = await readFile(cacheFile(repo), 'latin1');
    expect(rewritten.startsWith('git-leverage change sizes 1 ')).toBe(true);
    expect(rewritten).toContain('\n50\t0\tsrc/task5.ts\u0000');
    expect(rewritten).not.toContain('\n77\t0\t');
    expect(await cachedShas(repo)).toEqual([...shas].sort());
  });

  it('asks git only for the commits it does not hold, and keeps them all afterwards', async () => {
    const repo = await createTempRepo();
    const early = await tasks(repo, 1, 6);
    await reportJson(repo);
    expect(await cachedShas(repo)).toEqual([...early].sort());
    await doctorRow(repo, 'src/task3.ts', 30, 99);
    const late = await tasks(repo, 7, 12, 2);
    const report = await reportJson(repo);
    // The doctored row survives: git was not asked for task 3 again; the new commits were measured.
    expect(linesOf(report, 'Task 3')).toBe(99);
    expect(linesOf(report, 'Task 12')).toBe(120);
    expect(await cachedShas(repo)).toEqual([...early, ...late].sort());
    expect(await readFile(cacheFile(repo), 'latin1')).toContain('\n99\t0\tsrc/task3.ts\u0000');

    // Everything cached: no numstat at all, so every row comes from the file (each doctored one shows).
    await doctorRow(repo, 'src/task12.ts', 120, 321);
    const sizes = await readChangeSizes(await openRepository(repo.dir, repo.dir), [...early, ...late], []);
    expect(sizes.get(early[2] as string)).toBe(99);
    expect(sizes.get(late[5] as string)).toBe(321);
  });

  it('applies estimates.exclude and .gitattributes to cached rows: changing them needs no cache cleared', async () => {
    const repo = await createTempRepo();
    await tasks(repo, 1, 12);
    await recordCommit(repo, 13, 2, 2, { 'src/code.ts': 20, 'gen/client.ts': 500, 'docs/api.html': 300 });
    expect(linesOf(await reportJson(repo), 'Task 13')).toBe(820);
    const cached = await readFile(cacheFile(repo));
    await writeFile(path.join(repo.dir, '.leverage.yml'), 'estimates:\n  exclude: ["docs/**"]\n');
    expect(linesOf(await reportJson(repo), 'Task 13')).toBe(520);
    await writeFile(path.join(repo.dir, '.gitattributes'), 'gen/** linguist-generated\n');
    expect(linesOf(await reportJson(repo), 'Task 13')).toBe(20);
    await rm(path.join(repo.dir, '.leverage.yml'));
    expect(linesOf(await reportJson(repo), 'Task 13')).toBe(320);
    // All of it read from the cache: the file was never rewritten.
    expect((await readFile(cacheFile(repo))).equals(cached)).toBe(true);
  });

  it('gives the same report cold and warm, over renames, binary files, odd paths, empty commits and merges', async () => {
    const repo = await createTempRepo();
    await tasks(repo, 1, 10);
    const file = (name: string) => path.join(repo.dir, name);
    const commitAll = async (task: string, day: number, extra: string[] = []) => {
      await repo.git('add', '--all');
      const date = `2026-04-${String(day).padStart(2, '0')}T12:00:00Z`;
      await runGit(['commit', '--quiet', '--no-verify', ...extra, '-m', leverageMessage(task, { Task: task, 'Human-Estimate': '1h', 'Claude-Minutes': 10 })], repo.dir, undefined, { ...repo.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    };
    await runGit(['mv', 'src/task4.ts', 'src/moved.ts'], repo.dir, undefined, repo.env);
    await writeFile(file('src/moved.ts'), `${lines(40, '4')}one more\n`);
    await rm(file('src/task5.ts'));
    await writeFile(file('logo.bin'), Buffer.from([0, 1, 2, 0, 255, 0]));
    await writeFile(file('odd name\tä \u0001 x.ts'), lines(3, 'odd'));
    await commitAll('Rename and odd paths', 3);
    // A renamed file whose old path looks like a commit header: its commit is measured right and never cached.
    await writeFile(file(`\u0001${'a'.repeat(40)}`), lines(9, 'header'));
    await commitAll('Header-like path', 3);
    await runGit(['mv', `\u0001${'a'.repeat(40)}`, 'plain.ts'], repo.dir, undefined, repo.env);
    await writeFile(file('plain.ts'), `${lines(9, 'header')}tail\n`);
    await commitAll('Rename the header-like path', 4);
    await commitAll('Nothing changed', 4, ['--allow-empty']);
    await repo.git('checkout', '--quiet', '-b', 'topic');
    await writeFile(file('src/topic.ts'), lines(70, 't'));
    await commitAll('Topic work', 5);
    await repo.git('checkout', '--quiet', 'main');
    await writeFile(file('.gitattributes'), 'src/task2.ts linguist-vendored\n');
    await writeFile(file('.leverage.yml'), 'estimates:\n  exclude: ["*.bin"]\n');
    await commitAll('Meanwhile', 6);
    const date = '2026-04-07T12:00:00Z';
    await runGit(['merge', '--quiet', '--no-ff', 'topic', '-m', leverageMessage('Merge topic', { Task: 'Merge topic', 'Human-Estimate': '2h', 'Claude-Minutes': 10 })], repo.dir, undefined, { ...repo.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });

    for (const window of [['--all-history'], ['--date', '2026-04-07']]) {
      await rm(cacheFile(repo), { force: true });
      const cold = await reportJson(repo, window);
      const warm = await reportJson(repo, window);
      expect(warm).toEqual(cold);
    }
    const report = await reportJson(repo);
    expect(linesOf(report, 'Rename and odd paths')).toBe(1 + 50 + 3);
    expect(linesOf(report, 'Header-like path')).toBe(9);
    expect(linesOf(report, 'Rename the header-like path')).toBe(1);
    expect(linesOf(report, 'Nothing changed')).toBe(0);
    expect(linesOf(report, 'Meanwhile')).toBe(3); // .gitattributes and .leverage.yml
    expect(linesOf(report, 'Merge topic')).toBe(70);
    const header = (await repo.git('log', '-1', '--format=%H', '--grep=Rename the header-like path')).trim();
    const every = (await repo.git('log', '--format=%H')).trim().split('\n');
    expect(await cachedShas(repo)).toEqual(every.filter((sha) => sha !== header).sort());
  });

  it('ignores a truncated or corrupt file and replaces it', async () => {
    const repo = await createTempRepo();
    await tasks(repo, 1, 12);
    await reportJson(repo);
    const whole = await readFile(cacheFile(repo));
    // Cut just after a row: every byte left reads as numstat, only the length tells it is short.
    await doctorRow(repo, 'src/task5.ts', 50, 51);
    const doctored = await readFile(cacheFile(repo));
    const row = '\n51\t0\tsrc/task5.ts\u0000';
    const cut = doctored.lastIndexOf(row) + row.length;
    expect(cut).toBeLessThan(doctored.length);
    await writeFile(cacheFile(repo), doctored.subarray(0, cut));
    expect(linesOf(await reportJson(repo), 'Task 5')).toBe(50);
    expect((await readFile(cacheFile(repo))).equals(whole)).toBe(true);
    for (const corrupt of [doctored.subarray(0, doctored.length - 3), Buffer.from('not a cache at all'), Buffer.alloc(0)]) {
      await writeFile(cacheFile(repo), corrupt);
      expect(linesOf(await reportJson(repo), 'Task 5')).toBe(50);
      expect((await readFile(cacheFile(repo))).equals(whole)).toBe(true);
    }
  });

  it('never fails a report when it cannot be read or written, and leaves no temporary file', async () => {
    const repo = await createTempRepo();
    await tasks(repo, 1, 12);
    const expected = await reportJson(repo);
    const folder = path.dirname(cacheFile(repo));

    await rm(folder, { recursive: true });
    await writeFile(folder, 'a file where the folder goes');
    expect(await reportJson(repo)).toEqual(expected);
    await rm(folder);

    await mkdir(cacheFile(repo), { recursive: true }); // a folder where the file goes: unreadable, and nothing renames over it
    expect(await reportJson(repo)).toEqual(expected);
    expect(await readdir(folder)).toEqual(['change-sizes']);
    await rm(folder, { recursive: true });

    // A read-only folder (root writes there anyway, so this one holds for other users only).
    await mkdir(folder);
    await chmod(folder, 0o555);
    try {
      expect(await reportJson(repo)).toEqual(expected);
      expect(await reportJson(repo)).toEqual(expected);
    } finally {
      await chmod(folder, 0o755);
    }
  });

  it('never keeps a shallow clone\'s boundary commit, which git measures against nothing', async () => {
    const origin = await createTempRepo();
    const shas = await tasks(origin, 1, 4);
    const dir = path.join(path.dirname(origin.dir), 'clone');
    await runGit(['clone', '--quiet', '--depth=2', `file://${origin.dir}`, dir], path.dirname(dir), undefined, origin.env);
    const clone = repoAt(dir);
    const repo = await openRepository(dir, dir);
    const boundary = shas[2] as string;
    expect([...repo.shallowBoundary]).toEqual([boundary]);
    const sizes = await readChangeSizes(repo, [shas[3] as string, boundary], []);
    expect(sizes.get(shas[3] as string)).toBe(40);
    expect(sizes.get(boundary)).toBe(60); // the whole tree as it stands at the boundary: 10 + 20 + 30
    expect(await cachedShas(clone)).toEqual([shas[3]]);
    // Asked again, the boundary still goes to git and is still left out.
    await readChangeSizes(repo, [boundary], []);
    expect(await cachedShas(clone)).toEqual([shas[3]]);
  });

  it('is shared by the worktrees of a repository', async () => {
    const repo = await createTempRepo();
    await tasks(repo, 1, 12);
    const other = path.join(path.dirname(repo.dir), 'other');
    await repo.git('worktree', 'add', '--quiet', other);
    const opened = await openRepository(other, other);
    expect(changeSizeCachePath(opened)).toBe(cacheFile(repo));
    await reportJson(repo, ['--all-history'], other);
    expect(await cachedShas(repo)).toHaveLength(12);
  });

  it('selects the commits asked for, in as few pieces as they lie in, and reads them as git\'s own output', () => {
    const sha = (letter: string) => letter.repeat(40);
    const commit = (letter: string, rows: string) => `\u0001${sha(letter)}\u0000${rows}`;
    const blocks = [commit('a', '\n1\t0\ta.ts\u0000'), commit('b', ''), commit('c', '\n2\t1\t\u0000old \u0001 name\u0000new\u0000'), commit('d', '\n-\t-\tlogo.bin\u0000'), commit('e', '\n5\t5\te.ts\u0000')];
    const cached = new CachedNumstat(Buffer.from(blocks.join('')));
    const { found, output } = cached.select([sha('a'), sha('b'), sha('d'), sha('e'), sha('f')]);
    expect([...found].sort()).toEqual([sha('a'), sha('b'), sha('d'), sha('e')]);
    expect(output.map((piece) => piece.toString())).toEqual([blocks[0]! + blocks[1]!, blocks[3]! + blocks[4]!]);
    const parser = new NumstatParser();
    for (const piece of output) parser.push(piece);
    expect(Object.fromEntries(parser.rows)).toEqual({
      [sha('a')]: [{ added: 1, deleted: 0, path: 'a.ts' }],
      [sha('b')]: [],
      [sha('d')]: [{ added: undefined, deleted: undefined, path: 'logo.bin' }],
      [sha('e')]: [{ added: 5, deleted: 5, path: 'e.ts' }],
    });
    expect(cached.select([sha('c')]).output.map(String)).toEqual([blocks[2]]);
    expect(cached.select([]).output).toEqual([]);
  });
});
