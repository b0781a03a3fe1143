import { describe, expect, it } from 'vitest';
import { fitMarkdown, fitsBytes, fitsChars } from '../../src/action/fitMarkdown.js';
import { reportOutputs } from '../../src/action/reportOutputs.js';
import { buildRecord } from '../../src/record/buildRecord.js';
import type { LeverageCommit, LeverageReport } from '../../src/record/types.js';
import { dayWindow } from '../../src/window/reportWindow.js';

/** A report of `count` records, built straight from commit values (no git needed for a renderer). */
function reportOf(count: number, taskText: (i: number) => string, tokens?: number): LeverageReport {
  const commits: LeverageCommit[] = Array.from({ length: count }, (_, index) => ({
    repo: 'api',
    sha: (index + 1).toString(16).padStart(40, '0'),
    authorName: 'A',
    authorEmail: 'a@x',
    authorTime: 1_776_000_000 + index,
    subject: `subject ${index}`,
    verdict: { kind: 'record', figures: { task: taskText(index), taskId: undefined, humanMinutes: 60 * (1 + (index % 5)), claudeMinutes: 10, supervisoryMinutes: undefined, tokens } },
  }));
  return { window: dayWindow('2026-04-12', 'UTC'), agent: 'Claude', repositories: ['api'], commits, record: buildRecord(commits, { sort: 'factor' }) };
}

describe('fitMarkdown', () => {
  it('keeps everything when it fits', () => {
    const fitted = fitMarkdown(reportOf(3, (i) => `task ${i}`), { headingLevel: 2 }, fitsChars(65_536));
    expect(fitted).toMatchObject({ shownRows: 3, leftOutRows: 0, cut: false });
    expect(fitted.text).not.toContain('more tasks are left out');
  });

  it('shows the most rows that fit, keeps the totals, and says how many were left out', () => {
    const report = reportOf(200, (i) => `task ${i} ${'x'.repeat(400)}`);
    const limit = 20_000;
    const fitted = fitMarkdown(report, { headingLevel: 2 }, fitsChars(limit, 30));
    expect(fitted.text.length + 30).toBeLessThanOrEqual(limit);
    expect(fitted.shownRows).toBeGreaterThan(30);
    expect(fitted.text.match(/^\| \d+ \| task /gm)).toHaveLength(fitted.shownRows);
    expect(fitted.text).toContain(`${200 - fitted.shownRows} more tasks are left out of the Task Log to fit; the totals include them.`);
    expect(fitted.text).toContain('| Total tasks | 200 |');
    // One more row would not have fitted.
    const oneMore = fitMarkdown(report, { headingLevel: 2 }, fitsChars(limit + 420, 30));
    expect(oneMore.shownRows).toBeGreaterThan(fitted.shownRows);
  });

  it('measures a summary in UTF-8 bytes, not characters', () => {
    const report = reportOf(50, (i) => `задача ${i} ${'ж'.repeat(300)}`);
    const chars = fitMarkdown(report, {}, fitsChars(10_000));
    const bytes = fitMarkdown(report, {}, fitsBytes(10_000));
    expect(Buffer.byteLength(bytes.text)).toBeLessThanOrEqual(10_000);
    expect(bytes.shownRows).toBeLessThan(chars.shownRows);
  });

  it('cuts whole lines as a last resort when even the totals alone are too long', () => {
    const fitted = fitMarkdown(reportOf(5, (i) => `task ${i}`), {}, fitsChars(300));
    expect(fitted.cut).toBe(true);
    expect(fitted.text.length).toBeLessThanOrEqual(300);
    expect(fitted.text).toContain('This record was cut to fit');
  });
});

describe('reportOutputs', () => {
  it('numbers as text, rounded to 2 decimals; empty when the figure does not exist', () => {
    expect(reportOutputs(reportOf(3, (i) => `task ${i}`, 1500))).toEqual({
      tasks: '3',
      'human-hours': '6',
      'claude-minutes': '30',
      'supervisory-minutes': '',
      tokens: '4500',
      leverage: '12',
      'supervisory-leverage': '',
    });
    expect(reportOutputs(reportOf(0, String))).toMatchObject({ tasks: '0', leverage: '', 'human-hours': '0' });
  });
});
