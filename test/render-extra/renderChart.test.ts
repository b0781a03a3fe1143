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
import { axisTop, mermaidLabel, renderChart } from '../../src/render/renderChart.js';
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

/** Each fenced block of a chart that may be two (hours, then factor), a blank line apart. */
const bodies = (chart: string | undefined) => (chart ?? '').split('\n\n').map(body);

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

describe('axisTop', () => {
  it('is the first of 1, 2, 2.5, 5 times a power of ten at or above the largest value', () => {
    expect(axisTop([10, 1])).toBe(10);
    expect(axisTop([10.3])).toBe(20);
    expect(axisTop([0.21])).toBe(0.25);
    expect(axisTop([3, 42.5])).toBe(50);
    expect(axisTop([600000])).toBe(1000000);
    expect(axisTop([0, 0])).toBe(1);
    expect(axisTop([])).toBe(1);
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

  it('a span of days: hours per period, then the factor of each period with records, each on its own axis from 0', async () => {
    const window: ReportWindow = { kind: 'days', label: '2026-03-01 to 2026-03-31', timezone: 'Pacific/Auckland', start: 1772276400, end: 1774868400 };
    // 10h at 20x in W10, 2h at 2x in W11; W09, W12, W13 and W14 have no record.
    const commits = [commit(1, 'A', 1772400000, 600, 30), commit(2, 'B "b"', 1773400000, 120, 60)];
    const r = report(commits, window);
    const chart = renderChart(r, 'mermaid', { rollup: rollUp(r, 'week') });
    const blocks = bodies(chart);
    expect(blocks).toHaveLength(2);
    const [hours, factor] = blocks as [string, string];
    await expectParses(hours);
    await expectParses(factor);
    expect(hours).toBe(
      [
        'xychart-beta',
        '    title "Human-equivalent hours per week"',
        '    x-axis ["2026-W09", "2026-W10", "2026-W11", "2026-W12", "2026-W13", "2026-W14"]',
        '    y-axis "Hours" 0 --> 10',
        '    bar [0, 10, 2, 0, 0, 0]',
      ].join('\n'),
    );
    // Empty weeks have no factor: left out, never drawn as 0.
    expect(factor).toBe(
      [
        'xychart-beta',
        '    title "Weighted leverage factor per week, 4 without records left out"',
        '    x-axis ["2026-W10", "2026-W11"]',
        '    y-axis "Factor (x)" 0 --> 20',
        '    bar [20, 2]',
      ].join('\n'),
    );
    // No roll-up asked: days, as a month of them fits.
    const auto = renderChart(r, 'mermaid');
    const [autoHours, autoFactor] = bodies(auto) as [string, string];
    await expectParses(autoHours);
    await expectParses(autoFactor);
    expect(/x-axis \[(.*)\]/.exec(autoHours)?.[1]?.split(', ')).toHaveLength(30);
    expect(/x-axis \[(.*)\]/.exec(autoFactor)?.[1]?.split(', ')).toHaveLength(2);
    expect(autoFactor).toContain('28 without records left out');
  });

  it('a span whose shown periods are all empty: the hours chart alone', async () => {
    const window: ReportWindow = { kind: 'days', label: '2025', timezone: 'UTC', start: 1735689600, end: 1767225600 };
    // One record in January, and 32 months shown by month: only the last 30 months are drawn.
    const r = report([commit(1, 'A', 1735700000)], { ...window, end: 1819929600 });
    const [text, ...more] = bodies(renderChart(r, 'mermaid', { rollup: rollUp(r, 'month') })) as [string];
    expect(more).toEqual([]);
    await expectParses(text);
    expect(text).toContain('title "Human-equivalent hours per month (last 30)"');
    expect(text).toContain('y-axis "Hours" 0 --> 1');
    expect(text).toMatch(/bar \[0(, 0){29}\]/);
  });

  it('a day: the factor axis starts at 0, so a 1x task is drawn a tenth as tall as a 10x one', async () => {
    const text = body(renderChart(report([commit(1, 'ten', DAY.start as number, 600, 60), commit(2, 'one', (DAY.start as number) + 60, 60, 60)], DAY), 'mermaid'));
    await expectParses(text);
    expect(text).toBe(['xychart-beta', '    title "Leverage factor per task"', '    x-axis ["1. ten", "2. one"]', '    y-axis "Factor (x)" 0 --> 10', '    bar [10, 1]'].join('\n'));
  });

  it('a roll-up too long to draw falls back to a coarser period', async () => {
    const window: ReportWindow = { kind: 'days', label: '2025', timezone: 'UTC', start: 1735689600, end: 1767225600 };
    const r = report([commit(1, 'A', 1740000000)], window);
    const texts = bodies(renderChart(r, 'mermaid', { rollup: rollUp(r, 'day') }));
    expect(texts).toHaveLength(2);
    for (const text of texts) {
      await expectParses(text);
      expect(text).toContain('per month');
    }
  });

  it('none, or no task: no chart', () => {
    expect(renderChart(report([commit(1, 'A', DAY.start as number)], DAY), 'none')).toBeUndefined();
    expect(renderChart(report([], DAY), 'mermaid')).toBeUndefined();
  });
});
