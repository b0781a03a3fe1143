// @vitest-environment happy-dom
/**
 * Mermaid charts: every chart generated here is parsed by Mermaid's own parser (mermaid 11.17, the
 * newest release that runs on Node 20; mermaid.parse needs no DOM for xychart-beta). The lexer has
 * no escape for `"` in a string, so hostile task text must be rewritten, never passed through.
 */
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/record/buildRecord.js';
import type { LeverageCommit, LeverageReport, ReportWindow } from '../../src/record/types.js';
import { mermaidLabel, renderChart } from '../../src/render/renderChart.js';
import { rollUp } from '../../src/rollup/rollUp.js';

function commit(index: number, task: string, time: number, human = 120, claude = 10): LeverageCommit {
  return {
    repo: 'repo',
    sha: index.toString(16).padStart(40, 'a'),
    authorName: 'A',
    authorEmail: 'a@example.com',
    authorTime: time,
    subject: task,
    verdict: { kind: 'record', figures: { task, taskId: undefined, humanMinutes: human, claudeMinutes: claude, supervisoryMinutes: undefined, tokens: undefined } },
  };
}

function report(commits: LeverageCommit[], window: ReportWindow): LeverageReport {
  return { window, agent: 'Claude', repositories: ['repo'], commits, record: buildRecord(commits, { sort: 'factor' }) };
}

const DAY: ReportWindow = { kind: 'day', label: '2026-04-12', timezone: 'UTC', start: 1775952000, end: 1776038400 };
const HOSTILE = [
  'Say "hello" and [brackets] (parens) {braces}',
  'line one\nline two\r\n```\n%%{init: {"theme": "dark"}}%%',
  '`code` #quot; #35; %% comment <b>bold</b> & ; , : -->',
  'x-axis ["a"] bar [1]',
  'A very long task name that goes on and on and on, far beyond what a chart axis can hold in one label, really',
  '',
  '   ',
  '"',
];

/** The chart's Mermaid text (the fenced block's body). */
function body(chart: string | undefined): string {
  expect(chart).toBeDefined();
  const lines = (chart as string).split('\n');
  expect(lines[0]).toBe('```mermaid');
  expect(lines[lines.length - 1]).toBe('```');
  // No line inside may close the fence early.
  expect(lines.slice(1, -1).some((line) => line.trimStart().startsWith('```'))).toBe(false);
  return lines.slice(1, -1).join('\n');
}

async function expectParses(text: string): Promise<void> {
  await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'xychart' });
}

describe('mermaidLabel', () => {
  it('rewrites what would end a string, open a directive or decode as an entity', () => {
    expect(mermaidLabel('Say "hi" `now`', 40)).toBe("Say 'hi' 'now'");
    expect(mermaidLabel('a\nb\r\nc\u2028d', 40)).toBe('a b c d');
    expect(mermaidLabel('%%{init: x}%%', 40)).toBe('%{init: x}%');
    expect(mermaidLabel('#quot; <b>', 40)).toBe('#quot, ‹b›');
    expect(mermaidLabel('[a] (b)', 40)).toBe('[a] (b)');
    expect(mermaidLabel('', 40)).toBe('-');
  });

  it('shortens long labels with an ellipsis', () => {
    const label = mermaidLabel('x'.repeat(300), 24);
    expect([...label]).toHaveLength(24);
    expect(label.endsWith('…')).toBe(true);
  });
});

describe('charts parse with Mermaid', () => {
  it('sanity: Mermaid rejects a raw quote inside a label (why labels are rewritten)', async () => {
    await expect(mermaid.parse('xychart-beta\n  x-axis ["a"b"]\n  bar [1]')).rejects.toThrow(/Parse error/);
  });

  it('a day: factor per task, every hostile name', async () => {
    const commits = HOSTILE.map((task, index) => commit(index, task || 'x', DAY.start as number + index * 60, 60 * (index + 1), 5));
    const chart = renderChart(report(commits, DAY), 'mermaid');
    const text = body(chart);
    await expectParses(text);
    expect(text).toContain('title "Leverage factor per task"');
    expect(text).not.toMatch(/%%/);
    // One label per task, each a short one-line string.
    const axis = /x-axis \[(.*)\]/.exec(text)?.[1] ?? '';
    expect(axis.match(/"[^"]*"/g)).toHaveLength(HOSTILE.length);
    for (const label of axis.match(/"([^"]*)"/g) ?? []) expect([...label].length).toBeLessThanOrEqual(26);
  });

  it('a pull request with more tasks than fit: the first 30 in Task Log order, said in the title', async () => {
    const commits = Array.from({ length: 45 }, (_, index) => commit(index, `Task ${index} "${'y'.repeat(index)}"`, 1775952000 + index, 60 + index, 10));
    const text = body(renderChart(report(commits, { kind: 'range', label: 'origin/main..HEAD', timezone: 'UTC', range: 'origin/main..HEAD' }), 'mermaid'));
    await expectParses(text);
    expect(text).toContain('(first 30 of 45)');
    expect(/bar \[(.*)\]/.exec(text)?.[1]?.split(', ')).toHaveLength(30);
  });

  it('a span of days: hours per period as bars and the weighted factor as a line', async () => {
    const window: ReportWindow = { kind: 'days', label: '2026-03-01 to 2026-03-31', timezone: 'Pacific/Auckland', start: 1772276400, end: 1774868400 };
    const commits = [commit(1, 'A', 1772400000, 600, 30), commit(2, 'B "b"', 1773400000, 120, 60)];
    const r = report(commits, window);
    const byWeek = body(renderChart(r, 'mermaid', { rollup: rollUp(r, 'week') }));
    await expectParses(byWeek);
    expect(byWeek).toContain('per week');
    expect(byWeek).toMatch(/bar \[[\d., ]+\]/);
    expect(byWeek).toMatch(/line \[[\d., ]+\]/);
    // No roll-up asked: days, as a month of them fits.
    const auto = body(renderChart(r, 'mermaid'));
    await expectParses(auto);
    expect(/x-axis \[(.*)\]/.exec(auto)?.[1]?.split(', ')).toHaveLength(30);
  });

  it('a roll-up too long to draw falls back to a coarser period', async () => {
    const window: ReportWindow = { kind: 'days', label: '2025', timezone: 'UTC', start: 1735689600, end: 1767225600 };
    const r = report([commit(1, 'A', 1740000000)], window);
    const text = body(renderChart(r, 'mermaid', { rollup: rollUp(r, 'day') }));
    await expectParses(text);
    expect(text).toContain('per month');
  });

  it('none, or no task: no chart', () => {
    expect(renderChart(report([commit(1, 'A', DAY.start as number)], DAY), 'none')).toBeUndefined();
    expect(renderChart(report([], DAY), 'mermaid')).toBeUndefined();
  });
});
