/** Calibration pairs counted once however they were reached, as the record builder counts records. */
import { describe, expect, it } from 'vitest';
import { calibrationPairs } from '../../src/calibrate/calibrationPairs.js';
import { estimatorKind, estimatorShares } from '../../src/calibrate/estimatorShares.js';
import { buildRecord } from '../../src/record/buildRecord.js';
import type { LeverageCommit } from '../../src/record/types.js';

const sha = (n: number) => n.toString(16).padStart(40, '0');

function pairCommit(n: number, extra: Partial<LeverageCommit> = {}): LeverageCommit {
  return {
    repo: 'api',
    sha: sha(n),
    authorName: 'Ada',
    authorEmail: 'ada@example.invalid',
    authorTime: 1_775_000_000 + n,
    subject: `Pair ${n}`,
    verdict: { kind: 'calibration', figures: { task: `Pair ${n}`, taskId: undefined, humanMinutes: 60 * n, humanActualMinutes: 90 * n } },
    ...extra,
  };
}

describe('calibrationPairs', () => {
  it('counts a commit reached in two repositories, a cherry-picked copy and a squash-listed original once', () => {
    const original = pairCommit(1);
    const pairs = calibrationPairs([
      original,
      { ...original, repo: 'web' }, // the same commit through another repository
      { ...original, sha: sha(99) }, // a cherry-pick: same author, author date and figures
      { ...pairCommit(2), sha: sha(50), authorTime: 1_775_100_000, authorEmail: 'merger@example.invalid', embedded: { index: 1, subject: 'Pair 2', sha: sha(2) } },
      pairCommit(2), // the original the squash commit names
      pairCommit(3),
    ]);
    expect(pairs.map((pair) => [pair.repo, pair.sha.slice(-2), pair.estimateMinutes, pair.actualMinutes])).toEqual([
      ['api', '01', 60, 90],
      ['api', '03', 180, 270],
      ['api', '32', 120, 180],
    ]);
  });

  it('leaves out every other kind of commit', () => {
    const record: LeverageCommit = { ...pairCommit(4), verdict: { kind: 'record', figures: { task: 'x', taskId: undefined, humanMinutes: 60, claudeMinutes: 5, supervisoryMinutes: undefined, tokens: undefined } } };
    expect(calibrationPairs([record])).toEqual([]);
  });
});

describe('estimatorShares', () => {
  const record = (n: number, humanMinutes: number, estimatedBy?: string): LeverageCommit => ({
    ...pairCommit(n),
    verdict: { kind: 'record', figures: { task: `Task ${n}`, taskId: undefined, humanMinutes, claudeMinutes: 10, supervisoryMinutes: undefined, tokens: undefined, ...(estimatedBy ? { estimatedBy } : {}) } },
  });

  it('a name is a human; the shares add up to the record\'s hours; a copy counts once', () => {
    expect(estimatorKind('Grace Hopper')).toBe('human');
    expect(estimatorKind('team')).toBe('team');
    const commits = [record(1, 600, 'agent'), record(2, 300, 'Grace Hopper'), record(3, 60, 'team'), record(4, 240), { ...record(1, 600, 'agent'), repo: 'web' }];
    const shares = estimatorShares(buildRecord(commits, { sort: 'factor' }));
    expect(shares?.map((share) => [share.kind, share.records, share.humanMinutes, share.share])).toEqual([
      ['agent', 1, 600, 0.5],
      ['human', 1, 300, 0.25],
      ['team', 1, 60, 0.05],
      ['unstated', 1, 240, 0.2],
    ]);
  });

  it('nothing when no record says who estimated', () => {
    expect(estimatorShares(buildRecord([record(1, 60), record(2, 120)], { sort: 'factor' }))).toBeUndefined();
  });
});
