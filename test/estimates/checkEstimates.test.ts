/** The estimate check's pure core: exclusions, the reference, the verdicts, the numstat parser. */
import { describe, expect, it } from 'vitest';
import { countChangedLines, exclusionOf, isLockfile } from '../../src/estimates/changedLines.js';
import { createGlobFilter } from '../../src/estimates/globFilter.js';
import { checkEstimates, commitKey, formatHours, judgeEstimate, referenceRate, sizeTasks } from '../../src/estimates/checkEstimates.js';
import { NumstatParser } from '../../src/git/changeSizes.js';
import type { TaskCommit, TaskRow } from '../../src/record/types.js';

const settings = { flagFactor: 4, minimumTasks: 10 };

function task(key: string, hours: number, shas: string[], repo = 'r'): TaskRow {
  const commits = shas.map((sha) => ({ repo, sha, authorTime: 0, subject: key, role: 'record', figures: undefined, copies: [] }) as TaskCommit);
  return { key, task: key, taskId: undefined, humanMinutes: hours * 60, claudeMinutes: 1, supervisoryMinutes: undefined, supervisedHumanMinutes: 0, tokens: undefined, factor: 1, supervisoryFactor: undefined, firstAuthorTime: 0, lastAuthorTime: 0, repositories: [repo], commits };
}

describe('what counts', () => {
  it('leaves out binary files, lockfiles, generated and vendored files and config globs', () => {
    const none = () => false;
    expect(exclusionOf({ added: undefined, deleted: undefined, path: 'logo.png' }, undefined, none)).toBe('binary');
    for (const lock of ['package-lock.json', 'web/yarn.lock', 'pnpm-lock.yaml', 'Cargo.lock', 'go.sum', 'poetry.lock', 'Gemfile.lock', 'composer.lock']) expect(isLockfile(lock)).toBe(true);
    expect(isLockfile('src/yarn.lock.ts')).toBe(false);
    expect(exclusionOf({ added: 1, deleted: 0, path: 'a.ts' }, { generated: true, vendored: false }, none)).toBe('generated');
    expect(exclusionOf({ added: 1, deleted: 0, path: 'a.ts' }, { generated: false, vendored: true }, none)).toBe('vendored');
    const glob = createGlobFilter(['docs/generated/**', '*.snap']);
    expect(glob('docs/generated/a/b.md')).toBe(true);
    expect(glob('test/__snapshots__/x.snap')).toBe(true);
    expect(glob('docs/guide.md')).toBe(false);
    const rows = [
      { added: 10, deleted: 2, path: 'src/a.ts' },
      { added: 4000, deleted: 3000, path: 'package-lock.json' },
      { added: 7, deleted: 0, path: 'docs/generated/x.md' },
    ];
    expect(countChangedLines(rows, new Map(), glob)).toBe(12);
  });
});

describe('the reference', () => {
  it('is the median of log(hours per line): one wild estimate does not move it', () => {
    const samples = Array.from({ length: 9 }, (_, index) => ({ humanMinutes: 60 * 0.02 * (100 + index), lines: 100 + index }));
    expect(referenceRate(samples).hoursPerLine).toBeCloseTo(0.02, 10);
    expect(referenceRate([...samples, { humanMinutes: 60 * 10_000, lines: 1 }]).hoursPerLine).toBeCloseTo(0.02, 10);
    expect(referenceRate([{ humanMinutes: 60, lines: 0 }])).toEqual({ hoursPerLine: undefined, tasks: 0 });
  });
});

describe('the verdict', () => {
  const reference = { hoursPerLine: 0.02, tasks: 40 };
  it('flags above and below the factor, with the reason in words', () => {
    expect(judgeEstimate(480 * 60, { lines: 12 }, reference, settings)).toEqual({
      changedLines: 12,
      expectedHours: 0.24,
      ratio: 2000,
      flagged: true,
      reason: '480 h for 12 changed lines; tasks here run about 0.02 h per line, so about 0.24 h (2,000x above)',
    });
    const low = judgeEstimate(30, { lines: 3000 }, reference, settings);
    expect(low.flagged).toBe(true);
    expect(low.reason).toBe('0.5 h for 3,000 changed lines; tasks here run about 0.02 h per line, so about 60 h (120x below)');
  });
  it('leaves alone what is within the factor, exactly at it too', () => {
    expect(judgeEstimate(60 * 8, { lines: 100 }, reference, settings)).toMatchObject({ flagged: false, reason: '8 h for 100 changed lines: within 4x of the 2 h its size suggests' });
    expect(judgeEstimate(60 * 0.5, { lines: 100 }, reference, settings).flagged).toBe(false);
  });
  it('says so when the history is thin, the change is empty or cannot be told apart', () => {
    expect(judgeEstimate(60, { lines: 12 }, { hoursPerLine: 0.02, tasks: 3 }, settings)).toEqual({ changedLines: 12, expectedHours: null, ratio: null, flagged: false, reason: 'not enough history (3 tasks, needs 10)' });
    expect(judgeEstimate(60, { lines: 0 }, reference, settings)).toMatchObject({ changedLines: 0, expectedHours: null, flagged: false });
    expect(judgeEstimate(60, { unmeasured: 'x' }, reference, settings)).toMatchObject({ changedLines: null, flagged: false, reason: 'not judged: x' });
  });
  it('formats small rates with two significant digits', () => {
    expect(formatHours(0.0213)).toBe('0.021');
    expect(formatHours(0.24)).toBe('0.24');
    expect(formatHours(1234.4)).toBe('1,234');
  });
});

describe('task sizes', () => {
  it('adds a task\'s commits once each, and leaves tasks sharing a commit (a squash commit) unmeasured', () => {
    const a = task('a', 1, ['a1', 'a2', 'a1']);
    const b = task('b', 1, ['s']);
    const c = task('c', 1, ['s']);
    const lines = new Map([[commitKey('r', 'a1'), 10], [commitKey('r', 'a2'), 5], [commitKey('r', 's'), 100]]);
    const sizes = sizeTasks([a, b, c], lines);
    expect(sizes.get(a)).toEqual({ lines: 15 });
    expect(sizes.get(b)).toHaveProperty('unmeasured');
  });
  it('judges each task against the reference tasks', () => {
    const reference = Array.from({ length: 10 }, (_, index) => task(`t${index}`, 2, [`c${index}`]));
    const wild = task('wild', 400, ['w']);
    const lines = new Map([...reference.map((_row, index) => [commitKey('r', `c${index}`), 100] as const), [commitKey('r', 'w'), 100]]);
    const { checks, hoursPerLine, referenceTasks } = checkEstimates([wild, reference[0] as TaskRow], [...reference, wild], lines, settings);
    expect(hoursPerLine).toBeCloseTo(0.02, 10);
    expect(referenceTasks).toBe(11);
    expect(checks.map((check) => check.flagged)).toEqual([true, false]);
  });
});

describe('numstat output', () => {
  it('reads rows, renames (new path), binary files and empty commits, whatever the chunking', () => {
    const text = '\u0001aaaa\u0000\n1\t0\ts.txt\u0000\u0001bbbb\u0000\u0001cccc\u0000\n2\t1\t\u0000old name.txt\u0000new name.txt\u0000-\t-\tbin.dat\u0000';
    const whole = Buffer.from(text);
    for (const size of [1, 3, 7, whole.length]) {
      const parser = new NumstatParser();
      for (let at = 0; at < whole.length; at += size) parser.push(whole.subarray(at, at + size));
      expect(Object.fromEntries(parser.rows)).toEqual({
        aaaa: [{ added: 1, deleted: 0, path: 's.txt' }],
        bbbb: [],
        cccc: [
          { added: 2, deleted: 1, path: 'new name.txt' },
          { added: undefined, deleted: undefined, path: 'bin.dat' },
        ],
      });
    }
  });
});
