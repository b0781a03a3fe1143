import { afterAll, describe, expect, it } from 'vitest';
import { ensureHistory, HistoryError } from '../../src/action/ensureHistory.js';
import { removeTempDirs } from '../helpers/tempRepo.js';
import { checkout, createPullRequestOrigin, rec } from './helpers/fixtures.js';

afterAll(removeTempDirs);

const prCommits = [1, 2, 3].map((n) => ({ message: rec(`Step ${n}`, '1h', '10'), date: `2026-04-12T0${n}:00:00Z` }));

describe('ensureHistory on real shallow clones', () => {
  it('both ends present but the range cut by the shallow boundary: deepens until it is whole', async () => {
    const pr = await createPullRequestOrigin(prCommits);
    const shallow = await checkout(pr.origin, pr.head, 1);
    await shallow.git('fetch', '--quiet', '--depth=1', 'origin', pr.base);
    const range = `${pr.base}..${pr.head}`;
    expect((await shallow.git('rev-list', range)).trim().split('\n')).toHaveLength(1); // cut: only the head
    const messages: string[] = [];
    await ensureHistory(shallow.dir, [{ rev: pr.base, refspec: pr.base }, { rev: pr.head, refspec: pr.head }], { range }, { info: (m) => messages.push(m) }, shallow.env);
    expect(messages.join('\n')).toContain('--deepen=100');
    expect((await shallow.git('rev-list', range)).trim().split('\n')).toHaveLength(3);
  });

  it('a missing base commit is fetched by its sha', async () => {
    const pr = await createPullRequestOrigin(prCommits);
    const shallow = await checkout(pr.origin, pr.head, 1);
    const messages: string[] = [];
    await ensureHistory(shallow.dir, [{ rev: pr.base, refspec: pr.base }], { range: `${pr.base}..${pr.head}` }, { info: (m) => messages.push(m) }, shallow.env);
    expect(messages[0]).toContain(`fetching ${pr.base.slice(0, 12)}`);
    expect((await shallow.git('rev-list', `${pr.base}..${pr.head}`)).trim().split('\n')).toHaveLength(3);
  });

  it('a complete clone is left alone; an unreachable origin fails with the fetch-depth: 0 fix', async () => {
    const pr = await createPullRequestOrigin(prCommits);
    const full = await checkout(pr.origin, pr.head);
    const messages: string[] = [];
    await ensureHistory(full.dir, [{ rev: pr.base, refspec: pr.base }], { range: `${pr.base}..${pr.head}` }, { info: (m) => messages.push(m) }, full.env);
    expect(messages).toEqual([]);

    const cut = await checkout(pr.origin, pr.head, 1);
    await cut.git('fetch', '--quiet', '--depth=1', 'origin', pr.base);
    await cut.git('remote', 'set-url', 'origin', `${cut.dir}-gone`);
    const attempt = ensureHistory(cut.dir, [], { range: `${pr.base}..${pr.head}` }, { info: () => undefined }, cut.env);
    await expect(attempt).rejects.toThrow(HistoryError);
    await expect(attempt).rejects.toThrow(/fetch-depth: 0/);
  });
});
