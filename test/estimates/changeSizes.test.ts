/**
 * numstat of the record commits (src/git/changeSizes.ts) on every kind of commit it treats apart:
 * root, rename, binary file, a path with a tab and a non-ASCII letter, empty, merge.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NUMSTAT_ARGUMENTS, NumstatParser, readChangeSizes } from '../../src/git/changeSizes.js';
import { openRepository } from '../../src/git/openRepository.js';
import { runGit, runGitBytes } from '../../src/git/runGit.js';
import { createTempRepo, removeTempDirs, type TempRepo } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

const lines = (count: number, tag: string) => Array.from({ length: count }, (_, index) => `${tag} ${index}`).join('\n') + '\n';

async function commitAll(repo: TempRepo, message: string, day: number, extra: string[] = []): Promise<string> {
  const date = `2026-04-${String(day).padStart(2, '0')}T10:00:00Z`;
  await repo.git('add', '--all');
  await runGit(['commit', '--quiet', '--no-verify', ...extra, '-m', message], repo.dir, undefined, { ...repo.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  return (await repo.git('rev-parse', 'HEAD')).trim();
}

/** Every kind of commit numstat treats apart; returns their shas, newest first as a walk finds them. */
async function varied(repo: TempRepo): Promise<string[]> {
  const file = (name: string) => path.join(repo.dir, name);
  await mkdir(file('src'), { recursive: true });
  await writeFile(file('src/a.ts'), lines(40, 'a'));
  await writeFile(file('src/b.ts'), lines(25, 'b'));
  const root = await commitAll(repo, 'root', 1);
  await rename(file('src/a.ts'), file('src/moved.ts'));
  await writeFile(file('src/moved.ts'), lines(40, 'a') + 'one more\n');
  const renamed = await commitAll(repo, 'rename', 2);
  await writeFile(file('logo.bin'), Buffer.from([0, 1, 2, 0, 255, 0]));
  await writeFile(file('src/odd name\tä.ts'), lines(3, 'odd'));
  const binary = await commitAll(repo, 'binary and an odd path', 3);
  const empty = await commitAll(repo, 'empty', 4, ['--allow-empty']);
  await repo.git('checkout', '--quiet', '-b', 'topic');
  await writeFile(file('src/topic.ts'), lines(70, 't'));
  await commitAll(repo, 'topic', 5);
  await repo.git('checkout', '--quiet', 'main');
  await writeFile(file('src/b.ts'), lines(30, 'b'));
  const main = await commitAll(repo, 'meanwhile', 6);
  const date = '2026-04-07T10:00:00Z';
  await runGit(['merge', '--quiet', '--no-ff', 'topic', '-m', 'merge topic'], repo.dir, undefined, { ...repo.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  const merge = (await repo.git('rev-parse', 'HEAD')).trim();
  return [merge, main, empty, binary, renamed, root];
}

describe('numstat of the record commits', () => {
  it('reads rows, renames, binary files, odd paths, empty commits and merges (against the first parent)', async () => {
    const repo = await createTempRepo();
    const shas = await varied(repo);
    const input = `${shas.join('\n')}\n`;
    const numstat = await runGitBytes(NUMSTAT_ARGUMENTS, repo.dir, Buffer.from(input));
    expect(numstat.exitCode).toBe(0);

    const parser = new NumstatParser();
    parser.push(numstat.stdout);
    const [merge, main, empty, binary, renamed, root] = shas as [string, string, string, string, string, string];
    expect(parser.rows.get(root)).toEqual([
      { added: 40, deleted: 0, path: 'src/a.ts' },
      { added: 25, deleted: 0, path: 'src/b.ts' },
    ]);
    expect(parser.rows.get(renamed)).toEqual([{ added: 1, deleted: 0, path: 'src/moved.ts' }]);
    expect(parser.rows.get(binary)).toEqual([
      { added: undefined, deleted: undefined, path: 'logo.bin' },
      { added: 3, deleted: 0, path: 'src/odd name\tä.ts' },
    ]);
    expect(parser.rows.get(empty)).toEqual([]);
    expect(parser.rows.get(main)).toEqual([{ added: 5, deleted: 0, path: 'src/b.ts' }]);
    expect(parser.rows.get(merge)).toEqual([{ added: 70, deleted: 0, path: 'src/topic.ts' }]);

    const sizes = await readChangeSizes(await openRepository(repo.dir, repo.dir), [...shas, root], []);
    expect(Object.fromEntries(sizes)).toEqual({ [merge]: 70, [main]: 5, [empty]: 0, [binary]: 3, [renamed]: 1, [root]: 65 });
  });
});
