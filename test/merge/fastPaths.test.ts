/**
 * The shortcuts that make merging 1,000 reports fast must not change a result or an error:
 * - reading a report without zod gives exactly what the zod schema gives, and a malformed report
 *   still fails with the file and the field named;
 * - the JSON report written in pieces is the same bytes as renderJson;
 * - the record builder's identities (no key strings) count copies and group tasks as described in
 *   the README.
 */
import { describe, expect, it } from 'vitest';
import { mergeReports } from '../../src/merge/mergeReports.js';
import { buildRecord } from '../../src/record/buildRecord.js';
import type { LeverageCommit } from '../../src/record/types.js';
import type { LeverageFigures } from '../../src/trailers/trailerSchema.js';
import { parseReportJson, reportInputOf } from '../../src/render/readReportJson.js';
import { renderJson, renderJsonChunks } from '../../src/render/reportJson.js';
import { rollUp } from '../../src/rollup/rollUp.js';

const WINDOW = { kind: 'days', label: '2026-04-01 to 2026-04-30', timezone: 'UTC', start: 1775001600, end: 1777593600 };

let counter = 0;
function sha(): string {
  counter += 1;
  return counter.toString(16).padStart(40, '0');
}

function recordCommit(task: string, extra: Partial<LeverageCommit> = {}, figures: Partial<LeverageFigures> = {}): LeverageCommit {
  return {
    repo: 'api',
    sha: sha(),
    authorName: 'Ada',
    authorEmail: 'ada@example.com',
    authorTime: 1_776_000_000 + counter * 60,
    subject: `commit ${counter}`,
    // The figures' keys in the order the trailer schema writes them.
    verdict: { kind: 'record', figures: { task, taskId: undefined, humanMinutes: 120, claudeMinutes: 10, supervisoryMinutes: undefined, tokens: undefined, ...figures } },
    ...extra,
  };
}

/** Every shape a report's commit takes: records with and without the optional figures, links, skipped commits. */
function sampleCommits(): LeverageCommit[] {
  return [
    recordCommit('Full', {}, { taskId: 'FULL-1', supervisoryMinutes: 5, tokens: 1000 }),
    recordCommit('Minimal'),
    recordCommit('No tokens', { repo: 'web' }, { supervisoryMinutes: 2 }),
    { ...recordCommit('x'), verdict: { kind: 'link', task: 'Minimal', taskId: undefined } },
    { ...recordCommit('x'), verdict: { kind: 'link', task: undefined, taskId: 'FULL-1' } },
    { ...recordCommit('x'), verdict: { kind: 'link', task: 'Nobody', taskId: undefined } },
    {
      ...recordCommit('x'),
      verdict: {
        kind: 'invalid',
        problems: [
          { key: 'Human-Estimate', value: 'soon', message: 'is not a duration', accepted: '8h' },
          { key: 'Claude-Minutes', value: undefined, message: 'is missing', accepted: '20' },
        ],
      },
    },
  ];
}

/** A report's text as `report --format json` writes it (undefined members left out by JSON). */
function reportText(commits: unknown[], more: Record<string, unknown> = {}): string {
  return JSON.stringify({ schemaVersion: 1, generator: 'git-leverage', window: WINDOW, agent: 'Claude', repositories: ['api', 'web'], tasks: [], commits, ...more }, null, 2);
}

/** The same report with a key zod strips on every object: it can only take the zod path. */
function withStrayKeys(text: string): unknown {
  const data = JSON.parse(text);
  data.window.stray = 1;
  for (const commit of data.commits) {
    commit.stray = 1;
    commit.verdict.stray = 1;
    if (commit.verdict.figures) commit.verdict.figures.stray = 1;
    for (const problem of commit.verdict.problems ?? []) problem.stray = 1;
  }
  return data;
}

describe('reading a report without zod', () => {
  it('gives what the zod schema gives, key for key and in the same order', () => {
    const text = reportText(sampleCommits());
    const data = JSON.parse(text);
    const fast = reportInputOf(data, 'a.json');
    expect(fast.commits, 'the fast path keeps the parsed objects').toBe(data.commits);
    const slow = reportInputOf(withStrayKeys(text), 'a.json');
    expect(slow.commits).not.toBe(data.commits);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
    expect(fast).toEqual(slow);
    expect(parseReportJson(text, 'a.json')).toEqual(slow);
  });

  it('keys in another order or extra keys are read by the schema, as before', () => {
    const [commit] = JSON.parse(reportText([recordCommit('Reordered', {}, { tokens: 5 })])).commits;
    const { sha: commitSha, verdict, ...rest } = commit;
    const reordered = { verdict: { figures: verdict.figures, kind: 'record' }, sha: commitSha, ...rest, note: 'kept out' };
    const read = parseReportJson(reportText([reordered], { window: { timezone: 'UTC', label: WINDOW.label, kind: 'days', start: WINDOW.start, end: WINDOW.end } }), 'b.json');
    expect(JSON.stringify(read.commits[0])).toBe(JSON.stringify(commit));
    expect(Object.keys(read.window)).toEqual(['kind', 'label', 'timezone', 'start', 'end']);
  });

  const broken: Array<[string, (commit: Record<string, any>) => void, RegExp]> = [
    ['a sha that is not hex', (c) => (c.sha = 'not-a-sha'), /commits\.1\.sha: /],
    ['an estimate of zero', (c) => (c.verdict.figures.humanMinutes = 0), /commits\.1\.verdict\.figures\.humanMinutes: /],
    ['a null Task-Id', (c) => (c.verdict.figures.taskId = null), /commits\.1\.verdict\.figures\.taskId: /],
    ['tokens that are not whole', (c) => (c.verdict.figures.tokens = 1.5), /commits\.1\.verdict\.figures\.tokens: /],
    ['an author time in text', (c) => (c.authorTime = '1776000000'), /commits\.1\.authorTime: /],
    ['an author time beyond safe integers', (c) => (c.authorTime = 2 ** 60), /commits\.1\.authorTime: /],
    ['an unknown verdict', (c) => (c.verdict = { kind: 'maybe' }), /commits\.1\.verdict/],
    ['a missing subject', (c) => delete c.subject, /commits\.1\.subject: /],
  ];
  for (const [what, breakIt, field] of broken) {
    it(`${what}: the error names the file and the field`, () => {
      const data = JSON.parse(reportText(sampleCommits()));
      breakIt(data.commits[1]);
      expect(() => parseReportJson(JSON.stringify(data), 'reports/api.json')).toThrow(/^reports\/api\.json: not a git-leverage report: /);
      expect(() => parseReportJson(JSON.stringify(data), 'reports/api.json')).toThrow(field);
    });
  }

  it('an infinite figure (1e999 in the text) is refused, as zod refuses it', () => {
    const text = reportText([recordCommit('Huge', {}, { humanMinutes: 7 })]).replace('"humanMinutes": 7', '"humanMinutes": 1e999');
    expect(() => parseReportJson(text, 'c.json')).toThrow(/c\.json: not a git-leverage report: commits\.0\.verdict\.figures\.humanMinutes: /);
  });

  it('a bad window, agent or repository list is named too', () => {
    expect(() => parseReportJson(reportText([], { window: { kind: 'week', label: 'x', timezone: 'UTC' } }), 'd.json')).toThrow(/d\.json: not a git-leverage report: window\.kind: /);
    expect(() => parseReportJson(reportText([], { agent: 7 }), 'd.json')).toThrow(/d\.json: not a git-leverage report: agent: /);
    expect(() => parseReportJson(reportText([], { repositories: ['api', 3] }), 'd.json')).toThrow(/d\.json: not a git-leverage report: repositories\.1: /);
    expect(() => parseReportJson(reportText([], { commits: {} }), 'd.json')).toThrow(/d\.json: not a git-leverage report: commits: /);
  });
});

describe('the JSON report written in pieces', () => {
  function mergedReport(commits: LeverageCommit[]) {
    const input = { window: WINDOW as never, agent: 'Claude', repositories: ['api', 'web'], commits };
    return mergeReports([input, { ...input, repositories: ['web', 'ops'] }]);
  }

  it('is renderJson byte for byte, whatever the batch size, with and without periods', () => {
    const commits = [...sampleCommits(), ...Array.from({ length: 9 }, (_, i) => recordCommit(`Task ${i} "quoted" \u2028 é`, { repo: i % 2 ? 'web' : 'api' }))];
    const report = mergedReport(commits);
    expect(report.record.tasks.length).toBeGreaterThan(5);
    expect(report.record.skipped).toHaveLength(1);
    expect(report.record.unmatchedLinks).toHaveLength(1);
    for (const options of [{}, { rollup: rollUp(report, 'week') }]) {
      for (const batch of [1, 2, 3, 5, 1000]) {
        expect([...renderJsonChunks(report, options, batch)].join('')).toBe(renderJson(report, options));
      }
      expect([...renderJsonChunks(report, options)].join('')).toBe(renderJson(report, options));
    }
  });

  it('an empty report too', () => {
    const report = mergedReport([]);
    expect([...renderJsonChunks(report, {}, 2)].join('')).toBe(renderJson(report));
  });
});

describe('the record builder counts as the README says', () => {
  it('a copy is the same author (any case), author date and figures; anything else is another record', () => {
    const time = 1_776_500_000;
    const original = recordCommit('Picked', { authorTime: time, repo: 'api' }, { supervisoryMinutes: 3 });
    const copy = recordCommit('Picked', { authorTime: time, repo: 'web', authorEmail: 'ADA@example.com' }, { supervisoryMinutes: 3 });
    const otherFigures = recordCommit('Picked', { authorTime: time, repo: 'ops' }, { supervisoryMinutes: 4 });
    const otherAuthor = recordCommit('Picked', { authorTime: time, repo: 'ops', authorEmail: 'bob@example.com' }, { supervisoryMinutes: 3 });
    const withTaskId = recordCommit('Picked', { authorTime: time, repo: 'ops' }, { supervisoryMinutes: 3, taskId: 'PICK-1' });
    const result = buildRecord([original, copy, otherFigures, otherAuthor, withTaskId], { sort: 'time' });
    const picked = result.tasks.find((task) => task.key === 'text:Picked');
    expect(picked?.commits.map((commit) => [commit.repo, commit.copies.map((c) => c.repo)])).toEqual([
      ['api', ['web']],
      ['ops', []],
      ['ops', []],
    ]);
    expect(picked?.humanMinutes).toBe(3 * 120);
    expect(picked?.repositories).toEqual(['api', 'ops', 'web']);
    expect(result.tasks.find((task) => task.key === 'id:pick-1')?.humanMinutes).toBe(120);
    expect(result.totals.tasks).toBe(2);
  });

  it('task texts group with runs of whitespace as one space; Task-Ids case-insensitively; links find tasks by either', () => {
    const result = buildRecord(
      [
        recordCommit('Ship it'),
        recordCommit('Ship  it', { repo: 'web' }),
        recordCommit('Ship\tit\u00a0now', { repo: 'ops' }),
        recordCommit('Named by id', {}, { taskId: 'NAME-1' }),
        recordCommit('Later name', { repo: 'web' }, { taskId: 'name-1' }),
        { ...recordCommit('x'), repo: 'docs', verdict: { kind: 'link', task: 'Named  by id', taskId: undefined } },
        { ...recordCommit('x'), repo: 'infra', verdict: { kind: 'link', task: undefined, taskId: 'Name-1' } },
      ],
      { sort: 'time' },
    );
    expect(result.tasks.map((task) => [task.key, task.repositories])).toEqual([
      ['text:Ship it', ['api', 'web']],
      ['text:Ship it now', ['ops']],
      ['id:name-1', ['api', 'docs', 'infra', 'web']],
    ]);
    expect(result.unmatchedLinks).toEqual([]);
  });
});
