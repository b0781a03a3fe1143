/**
 * Reading a JSON report back (merge, the Action's merge mode): what this version writes, it reads,
 * key for key; anything else fails with one line naming the file and what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/record/buildRecord.js';
import type { LeverageCommit, LeverageReport } from '../../src/record/types.js';
import { parseReportJson, reportInputOf } from '../../src/reportJson/readReportJson.js';
import { renderJson } from '../../src/reportJson/renderReportJson.js';
import { DEFAULT_TRAILER_OPTIONS, readLeverageTrailers } from '../../src/trailers/trailerSchema.js';
import { recordCommit, reportText, sampleCommits, WINDOW } from './reportFixtures.js';

describe('reading a JSON report', () => {
  it('gives back every shape of commit as the report holds it, and the window key for key', () => {
    const text = reportText(sampleCommits());
    const read = parseReportJson(text, 'a.json');
    const data = JSON.parse(text);
    expect(read.commits).toStrictEqual(data.commits);
    expect(read.window).toStrictEqual(WINDOW);
    expect(read).toMatchObject({ agent: 'Claude', repositories: ['api', 'web'], source: 'a.json' });
  });

  it('keys in another order are read; keys it does not know are left out', () => {
    const [commit] = JSON.parse(reportText([recordCommit('Reordered', {}, { tokens: 5 })])).commits;
    const { sha: commitSha, verdict, ...rest } = commit;
    const reordered = { verdict: { figures: verdict.figures, kind: 'record' }, sha: commitSha, ...rest, remark: 'kept out' };
    const read = parseReportJson(reportText([reordered], { window: { timezone: 'UTC', label: WINDOW.label, kind: 'days', start: WINDOW.start, end: WINDOW.end } }), 'b.json');
    expect(JSON.stringify(read.commits[0])).toBe(JSON.stringify(commit));
    expect(Object.keys(read.window)).toEqual(['kind', 'label', 'timezone', 'start', 'end']);
  });

  it('reads back, unchanged, the figures at both ends of what the trailer schema accepts', () => {
    const extremes: Array<Record<string, string>> = [
      { 'Human-Estimate': '10000h', 'Claude-Minutes': '10000h', 'Supervisory-Minutes': '600000', Tokens: '1,000,000,000,000' },
      { 'Human-Estimate': '1m', 'Claude-Minutes': '0.1', 'Supervisory-Minutes': '0.1', Tokens: '0' },
      { 'Human-Estimate': '0.7h', 'Claude-Minutes': '1h5m', Tokens: '1.2M' },
      { 'Human-Estimate': '2d' },
    ];
    const commits: LeverageCommit[] = extremes.map((figures, index) => {
      const trailers = Object.entries({ Task: `Extreme ${index}`, 'Claude-Minutes': '5', ...figures }).map(([key, value]) => ({ key, value }));
      const verdict = readLeverageTrailers(trailers, DEFAULT_TRAILER_OPTIONS);
      expect(verdict.kind, JSON.stringify(verdict)).toBe('record');
      return { ...recordCommit('x'), verdict } as LeverageCommit;
    });
    const report: LeverageReport = { window: { ...WINDOW }, agent: 'Claude', repositories: ['api'], commits, record: buildRecord(commits, { sort: 'factor' }) };
    const read = parseReportJson(renderJson(report), 'extremes.json');
    expect(read.commits).toEqual(commits);
    expect(read.commits.map((commit) => commit.verdict.kind === 'record' && commit.verdict.figures.tokens)).toEqual([1e12, 0, 1_200_000, undefined]);
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

  it('an infinite figure (1e999 in the text) is refused', () => {
    const text = reportText([recordCommit('Huge', {}, { humanMinutes: 7 })]).replace('"humanMinutes": 7', '"humanMinutes": 1e999');
    expect(() => parseReportJson(text, 'c.json')).toThrow(/c\.json: not a git-leverage report: commits\.0\.verdict\.figures\.humanMinutes: /);
  });

  it('a bad window, agent or repository list is named too', () => {
    expect(() => parseReportJson(reportText([], { window: { kind: 'week', label: 'x', timezone: 'UTC' } }), 'd.json')).toThrow(/d\.json: not a git-leverage report: window\.kind: /);
    expect(() => parseReportJson(reportText([], { agent: 7 }), 'd.json')).toThrow(/d\.json: not a git-leverage report: agent: /);
    expect(() => parseReportJson(reportText([], { repositories: ['api', 3] }), 'd.json')).toThrow(/d\.json: not a git-leverage report: repositories\.1: /);
    expect(() => parseReportJson(reportText([], { commits: {} }), 'd.json')).toThrow(/d\.json: not a git-leverage report: commits: /);
  });

  it('names the first problem and counts the others', () => {
    const data = JSON.parse(reportText(sampleCommits()));
    data.commits[0].sha = 'x';
    data.commits[2].subject = 3;
    data.commits[4].repo = null;
    expect(() => reportInputOf(data, 'e.json')).toThrow(/^e\.json: not a git-leverage report: commits\.0\.sha: .* \(and 2 more problems\)$/);
  });

  it('a JSON file that is not a report, or a report of another schema version, says so in one line', () => {
    for (const text of ['{"name": "some-package", "version": "1.0.0"}', '[1, 2]', 'null', '"text"']) {
      expect(() => parseReportJson(text, 'package.json')).toThrow(/^package\.json: not a git-leverage report: no schemaVersion \(accepted: a report written by git-leverage report --format json\)$/);
    }
    expect(() => parseReportJson(reportText([], { schemaVersion: 2 }), 'new.json')).toThrow(/^new\.json: schemaVersion 2 is not supported; this git-leverage reads schemaVersion 1$/);
    expect(() => parseReportJson(reportText([], { schemaVersion: '1' }), 'odd.json')).toThrow(/^odd\.json: schemaVersion "1" is not supported/);
    expect(() => parseReportJson('{"schemaVersion": 1,', 'cut.json')).toThrow(/^cut\.json: not JSON \(/);
  });
});
