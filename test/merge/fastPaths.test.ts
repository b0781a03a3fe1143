/**
 * The shortcuts that make merging 1,000 reports fast must not change a result:
 * - the JSON report written in pieces is the same bytes as renderJson;
 * - the record builder's identities (no key strings) count copies and group tasks as described in
 *   the README.
 */
import { describe, expect, it } from 'vitest';
import { mergeReports } from '../../src/merge/mergeReports.js';
import { buildRecord } from '../../src/record/buildRecord.js';
import type { LeverageCommit } from '../../src/record/types.js';
import { renderJson, renderJsonChunks } from '../../src/reportJson/renderReportJson.js';
import { rollUp } from '../../src/rollup/rollUp.js';
import { recordCommit, sampleCommits, WINDOW } from './reportFixtures.js';

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
