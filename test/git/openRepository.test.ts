/**
 * The repository probe (one `git rev-parse`) on the shapes a repository can take: a fresh one with
 * no commit, HEAD unborn while another branch has commits, detached HEAD, a bare clone.
 */
import { afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { openRepository } from '../../src/git/openRepository.js';
import { runGit } from '../../src/git/runGit.js';
import { createTempRepo, leverageMessage, removeTempDirs } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

describe('openRepository', () => {
  it('a repository without any commit has none to walk', async () => {
    const repo = await createTempRepo();
    const opened = await openRepository(repo.dir, repo.dir);
    expect(opened).toMatchObject({ root: repo.dir, label: 'repo', hasCommits: false });
    expect(opened.shallowBoundary.size).toBe(0);
  });

  it('HEAD unborn on a new branch while another branch has commits: there are commits to walk', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: leverageMessage('one', { Task: 'one', 'Human-Estimate': '1h', 'Claude-Minutes': 5 }), date: '2026-04-12T09:00:00Z' });
    await repo.git('checkout', '--quiet', '--orphan', 'fresh');
    expect((await openRepository(repo.dir, repo.dir)).hasCommits).toBe(true);
  });

  it('detached HEAD, and a bare clone (whose root is its git dir)', async () => {
    const repo = await createTempRepo();
    const sha = await repo.commit({ message: leverageMessage('one', { Task: 'one', 'Human-Estimate': '1h', 'Claude-Minutes': 5 }), date: '2026-04-12T09:00:00Z' });
    await repo.git('checkout', '--quiet', '--detach', sha);
    expect(await openRepository(repo.dir, repo.dir)).toMatchObject({ root: repo.dir, hasCommits: true });
    const bare = path.join(path.dirname(repo.dir), 'bare.git');
    await runGit(['clone', '--quiet', '--bare', repo.dir, bare], path.dirname(repo.dir), undefined, repo.env);
    expect(await openRepository(bare, repo.dir)).toMatchObject({ root: bare, label: 'bare.git', hasCommits: true });
  });
});
