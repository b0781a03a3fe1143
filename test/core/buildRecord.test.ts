import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/record/buildRecord.js';
import { classifyCommit } from '../../src/trailers/classifyCommit.js';
import type { CommitFacts, LeverageCommit } from '../../src/record/types.js';
import { DEFAULT_TRAILER_OPTIONS } from '../../src/trailers/trailerSchema.js';

let counter = 0;
function commit(trailers: Record<string, string>, extra: Partial<CommitFacts> = {}): LeverageCommit {
  counter += 1;
  const facts: CommitFacts = {
    repo: 'api',
    sha: counter.toString(16).padStart(40, '0'),
    authorName: 'Ada',
    authorEmail: 'ada@example.com',
    authorTime: 1_776_000_000 + counter * 60,
    subject: `commit ${counter}`,
    trailers: Object.entries(trailers).map(([key, value]) => ({ key, value })),
    ...extra,
  };
  const classified = classifyCommit(facts, DEFAULT_TRAILER_OPTIONS);
  if (!classified) throw new Error('test commit carries no leverage trailers');
  return classified;
}
const record = (task: string, human: string, claude: string, more: Record<string, string> = {}) => ({ Task: task, 'Human-Estimate': human, 'Claude-Minutes': claude, ...more });

describe('buildRecord', () => {
  it('orders rows by factor, then by first record, then by key, the same as a comparator sort over ties of each', () => {
    let seed = 11;
    const next = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    for (let round = 0; round < 20; round += 1) {
      const commits = Array.from({ length: 1 + next(300) }, (_, index) =>
        commit(record(`task ${next(1000)} ${index}`, ['2h', '4h', '16h', '90m'][next(4)] as string, ['5', '10', '2.5', '30'][next(4)] as string), { authorTime: 1_000 + next(20) * 60 }),
      );
      const byFactor = buildRecord(commits, { sort: 'factor' }).tasks;
      const reference = [...byFactor].sort((a, b) => b.factor - a.factor || a.firstAuthorTime - b.firstAuthorTime || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      expect(byFactor.map((row) => row.key)).toEqual(reference.map((row) => row.key));
      const byTime = buildRecord(commits, { sort: 'time' }).tasks;
      expect(byTime.map((row) => row.key)).toEqual([...byTime].sort((a, b) => a.firstAuthorTime - b.firstAuthorTime || (a.key < b.key ? -1 : 1)).map((row) => row.key));
    }
  });

  it('a task row spans its first to its last record, whatever order they come in; links do not widen it', () => {
    const middle = commit(record('Span', '1h', '5', { 'Task-Id': 'SPAN-1' }), { authorTime: 2_000 });
    const last = commit(record('Span', '1h', '5', { 'Task-Id': 'SPAN-1' }), { authorTime: 3_000 });
    const first = commit(record('Span', '1h', '5', { 'Task-Id': 'SPAN-1' }), { authorTime: 1_000 });
    const link = commit({ 'Task-Id': 'SPAN-1' }, { authorTime: 9_000 });
    const [row] = buildRecord([middle, last, link, first], { sort: 'factor' }).tasks;
    expect([row?.firstAuthorTime, row?.lastAuthorTime, row?.commits.length]).toEqual([1_000, 3_000, 4]);
  });

  it('classifyCommit leaves commits without leverage trailers out', () => {
    expect(classifyCommit({ repo: 'r', sha: 'a'.repeat(40), authorName: 'A', authorEmail: 'a@x', authorTime: 0, subject: 's', trailers: [] }, DEFAULT_TRAILER_OPTIONS)).toBeUndefined();
  });

  it('computes factors and weighted totals from human and agent minutes', () => {
    const result = buildRecord([commit(record('A', '160h', '20', { 'Supervisory-Minutes': '2', Tokens: '100k' })), commit(record('B', '2h', '11', { 'Supervisory-Minutes': '3' }))], { sort: 'factor' });
    expect(result.tasks.map((t) => [t.task, t.factor])).toEqual([
      ['A', 480],
      ['B', 120 / 11],
    ]);
    expect(result.totals).toMatchObject({ tasks: 2, humanMinutes: 9720, claudeMinutes: 31, supervisoryMinutes: 5, tokens: 100_000, tasksWithoutTokens: 1 });
    expect(result.totals.factor).toBeCloseTo(9720 / 31, 10);
    expect(result.totals.supervisoryFactor).toBeCloseTo(9720 / 5, 10);
    expect(result.totals.weeks).toBeCloseTo(162 / 40, 10);
  });

  it('equal factors keep the order the work was done; --sort time is chronological', () => {
    const late = commit(record('late', '1h', '4'), { authorTime: 2000 });
    const early = commit(record('early', '2h', '8'), { authorTime: 1000 });
    const best = commit(record('best', '10h', '4'), { authorTime: 3000 });
    expect(buildRecord([late, best, early], { sort: 'factor' }).tasks.map((t) => t.task)).toEqual(['best', 'early', 'late']);
    expect(buildRecord([late, best, early], { sort: 'time' }).tasks.map((t) => t.task)).toEqual(['early', 'late', 'best']);
  });

  it('records with one Task-Id form one task whose figures add up, named by the earliest record', () => {
    const result = buildRecord(
      [
        commit(record('Notification service, part 2', '30h', '15', { 'Task-Id': 'NOTIF', 'Supervisory-Minutes': '2' }), { repo: 'web', authorTime: 5000 }),
        commit(record('Notification service', '50h', '20', { 'Task-Id': 'notif', 'Supervisory-Minutes': '3' }), { repo: 'api', authorTime: 4000 }),
      ],
      { sort: 'factor' },
    );
    expect(result.tasks).toHaveLength(1);
    expect(result.tasks[0]).toMatchObject({ task: 'Notification service', humanMinutes: 4800, claudeMinutes: 35, supervisoryMinutes: 5, repositories: ['api', 'web'] });
    expect(result.tasks[0]?.factor).toBeCloseTo(4800 / 35, 10);
  });

  it('without a Task-Id the same task text forms one task', () => {
    const result = buildRecord([commit(record('Same text', '1h', '5')), commit(record('Same  text', '1h', '5'), { authorTime: 1_776_100_000 })], { sort: 'factor' });
    expect(result.tasks).toHaveLength(1);
    expect(result.tasks[0]?.humanMinutes).toBe(120);
  });

  it('links add repositories and commits but no figures; a link with no record is reported unmatched', () => {
    const result = buildRecord(
      [
        commit(record('Deploy', '4h', '10', { 'Task-Id': 'DEP-1' })),
        commit({ 'Task-Id': 'DEP-1' }, { repo: 'infra' }),
        commit({ Task: 'Deploy' }, { repo: 'docs' }),
        commit({ 'Task-Id': 'OTHER' }, { repo: 'infra' }),
      ],
      { sort: 'factor' },
    );
    expect(result.tasks).toHaveLength(1);
    expect(result.tasks[0]).toMatchObject({ humanMinutes: 240, claudeMinutes: 10, repositories: ['api', 'docs', 'infra'] });
    expect(result.tasks[0]?.commits.map((c) => c.role)).toEqual(['record', 'link', 'link']);
    expect(result.unmatchedLinks.map((c) => c.repo)).toEqual(['infra']);
  });

  it('counts the same commit once however often it is reached, and notes the other repository', () => {
    const original = commit(record('Once', '8h', '10'));
    const again = { ...original };
    const clone = { ...original, repo: 'mirror' };
    const result = buildRecord([original, again, clone], { sort: 'factor' });
    expect(result.totals.humanMinutes).toBe(480);
    expect(result.tasks[0]?.repositories).toEqual(['api', 'mirror']);
  });

  it('counts a cherry-picked or rebased copy once: same author, author date and trailers', () => {
    const original = commit(record('Picked', '8h', '10'), { authorTime: 42 });
    const picked = commit(record('Picked', '8h', '10'), { authorTime: 42, repo: 'api' });
    const redone = commit(record('Picked', '8h', '10'), { authorTime: 43 });
    const result = buildRecord([original, picked, redone], { sort: 'factor' });
    expect(result.tasks[0]?.commits.find((c) => c.sha === original.sha)?.copies).toEqual([{ repo: 'api', sha: picked.sha }]);
    // A different author date is different work, so it adds up.
    expect(result.totals.humanMinutes).toBe(960);
  });

  it('skips invalid commits and lists them; the valid ones still count', () => {
    const bad = commit(record('Bad', 'soon', '10'), { subject: 'bad one' });
    const result = buildRecord([commit(record('Good', '1h', '6')), bad], { sort: 'factor' });
    expect(result.tasks.map((t) => t.task)).toEqual(['Good']);
    expect(result.skipped).toEqual([expect.objectContaining({ sha: bad.sha, subject: 'bad one', problems: [expect.objectContaining({ key: 'Human-Estimate', value: 'soon' })] })]);
  });

  it('a task without supervisory minutes shows none and is left out of the supervisory average', () => {
    const result = buildRecord([commit(record('Watched', '10h', '10', { 'Supervisory-Minutes': '10' })), commit(record('Alone', '90h', '10'))], { sort: 'factor' });
    const alone = result.tasks.find((t) => t.task === 'Alone');
    expect(alone?.supervisoryMinutes).toBeUndefined();
    expect(alone?.supervisoryFactor).toBeUndefined();
    expect(result.totals.tasksWithoutSupervision).toBe(1);
    expect(result.totals.supervisoryFactor).toBe(60);
    expect(result.totals.factor).toBe(300);
  });

  it('an empty record has no factors', () => {
    const result = buildRecord([], { sort: 'factor' });
    expect(result.totals).toMatchObject({ tasks: 0, factor: undefined, supervisoryFactor: undefined, tokens: undefined });
  });
});

describe('buildRecord: records listed in squash commits', () => {
  const SQUASH = 'f'.repeat(40);
  const listed = (index: number, trailers: Record<string, string>, sha?: string, squash = SQUASH) =>
    commit(trailers, { sha: squash, authorTime: 1_900_000_000, authorEmail: 'merger@example.com', subject: 'Feature (#12)', embedded: { index, subject: `listed ${index}`, ...(sha ? { sha } : {}) } });

  it('counts each listed commit of one squash commit, even two with the same trailers', () => {
    const result = buildRecord([listed(1, record('A', '1h', '5')), listed(2, record('A', '1h', '5')), listed(3, record('B', '2h', '10'))], { sort: 'time' });
    expect(result.tasks.map((t) => [t.task, t.humanMinutes, t.commits.length])).toEqual([
      ['A', 120, 2],
      ['B', 120, 1],
    ]);
    expect(result.tasks[0]?.commits.map((c) => [c.sha, c.embedded?.subject])).toEqual([
      [SQUASH, 'listed 1'],
      [SQUASH, 'listed 2'],
    ]);
  });

  it('counts once a listed record whose original is reached too, in either order: by the sha git names, or by the same trailers', () => {
    const original = commit(record('A', '1h', '5', { 'Task-Id': 'A-1' }));
    const namedCopy = listed(1, record('A', '1h', '5', { 'Task-Id': 'A-1' }), original.sha);
    const other = commit(record('B', '2h', '10'), { authorEmail: 'someone@example.com' });
    const sameTrailers = listed(2, record('B', '2h', '10'));
    for (const order of [
      [original, other, namedCopy, sameTrailers],
      [namedCopy, sameTrailers, original, other],
    ]) {
      const result = buildRecord(order, { sort: 'time' });
      expect(result.totals.humanMinutes).toBe(180);
      expect(result.tasks.map((t) => t.commits.length)).toEqual([1, 1]);
      expect(result.tasks.flatMap((t) => t.commits.map((c) => c.copies.length))).toEqual([1, 1]);
    }
  });

  it('two commits that are not listed anywhere keep the old rule: different author times are two records', () => {
    const a = commit(record('A', '1h', '5'));
    const squashRecord = listed(1, record('Z', '1h', '5'));
    const b = commit(record('A', '1h', '5'));
    expect(buildRecord([a, squashRecord, b], { sort: 'time' }).totals.humanMinutes).toBe(180);
  });
});
