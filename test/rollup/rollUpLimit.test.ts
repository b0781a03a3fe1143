/** The most periods a roll-up has (rollUp.ts MAX_PERIODS): at the limit it is built, past it a usage error says what to do. */
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/record/buildRecord.js';
import type { LeverageCommit, LeverageReport } from '../../src/record/types.js';
import { MAX_PERIODS, rollUp, RollupTooLongError } from '../../src/rollup/rollUp.js';
import { UsageError } from '../../src/userError.js';

const DAY = 86_400;
const record = (sha: string, time: number): LeverageCommit => ({
  repo: 'r',
  sha: sha.repeat(40).slice(0, 40),
  authorName: 'A',
  authorEmail: 'a@example.com',
  authorTime: time,
  subject: sha,
  verdict: { kind: 'record', figures: { task: sha, taskId: undefined, humanMinutes: 60, claudeMinutes: 10, supervisoryMinutes: undefined, tokens: undefined } },
});
/** A range report whose records are `days` calendar days apart in UTC (a span of days + 1 periods). */
const reportSpanning = (days: number): LeverageReport => {
  const first = Date.UTC(2000, 0, 1, 12) / 1000;
  const commits = [record('a', first), record('b', first + days * DAY)];
  return { window: { kind: 'range', label: 'a..b', timezone: 'UTC', range: 'a..b' }, agent: 'Claude', repositories: ['r'], commits, record: buildRecord(commits, { sort: 'factor' }) };
};

describe('rollUp limit', () => {
  it(`builds ${MAX_PERIODS} days; one more is a usage error naming the count, the limit and the coarser units`, () => {
    expect(rollUp(reportSpanning(MAX_PERIODS - 1), 'day').periods).toHaveLength(MAX_PERIODS);
    const tooLong = () => rollUp(reportSpanning(MAX_PERIODS), 'day');
    expect(tooLong).toThrow(RollupTooLongError);
    expect(tooLong).toThrow(UsageError);
    expect(tooLong).toThrow('a roll-up by day from 2000-01-01 to 2027-05-19 would have 10,001 rows (at most 10,000): roll up by week or month, or choose a shorter window');
    // The same span by week is short.
    expect(rollUp(reportSpanning(MAX_PERIODS), 'week').periods.length).toBeLessThan(1500);
  });
});
