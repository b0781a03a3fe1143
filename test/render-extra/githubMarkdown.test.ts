/**
 * The roll-up table and the chart block as GitHub renders them (cmark-gfm, GitHub's fork of cmark):
 * a real table with empty cells for empty periods, and the charts as `mermaid` code blocks that
 * hostile task text cannot end early.
 */
import { describe, expect, it } from 'vitest';
import { githubHtml, hasCmark } from '../helpers/githubMarkdown.js';
import { buildRecord } from '../../src/record/buildRecord.js';
import type { LeverageCommit, LeverageReport } from '../../src/record/types.js';
import { renderMarkdown } from '../../src/render/renderMarkdown.js';
import { rollUp } from '../../src/rollup/rollUp.js';


function record(sha: string, task: string, iso: string, human: number, claude: number): LeverageCommit {
  return {
    repo: 'r',
    sha: sha.repeat(40).slice(0, 40),
    authorName: 'A',
    authorEmail: 'a@example.com',
    authorTime: Date.parse(iso) / 1000,
    subject: task,
    verdict: { kind: 'record', figures: { task, taskId: undefined, humanMinutes: human, claudeMinutes: claude, supervisoryMinutes: undefined, tokens: undefined } },
  };
}

describe.skipIf(!hasCmark)('roll-up and chart on cmark-gfm', () => {
  const commits = [
    record('a', 'Fix ```\n</code></pre><script>alert(1)</script>', '2026-04-01T12:00:00Z', 120, 10),
    record('b', 'Ship | the "pipe" [task]', '2026-04-03T12:00:00Z', 60, 12),
  ];
  const report: LeverageReport = {
    window: { kind: 'days', label: '2026-04-01 to 2026-04-03', timezone: 'UTC', start: Date.parse('2026-04-01T00:00:00Z') / 1000, end: Date.parse('2026-04-04T00:00:00Z') / 1000 },
    agent: 'Claude',
    repositories: ['r'],
    commits,
    record: buildRecord(commits, { sort: 'factor' }),
  };
  const markdown = renderMarkdown(report, { chart: 'mermaid', rollup: rollUp(report, 'day') });
  // skipIf skips the tests, not this body: without cmark-gfm it must not run it.
  const html = hasCmark ? githubHtml(markdown) : '';

  it('the roll-up is a table with a row a day, the empty day as empty cells, and a bold totals row', () => {
    const table = /<h2>By day \(UTC\)<\/h2>\n<table>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
    const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...(row[1] ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => cell[1]));
    expect(rows).toEqual([
      ['Date', 'Tasks', 'Human hours', 'Claude min', 'Sup. min', 'Factor', 'Sup. Factor', 'Weeks'],
      ['2026-04-01', '1', '2', '10', '-', '12.0x', '-', '0.1'],
      ['2026-04-02', '', '', '', '', '', '', ''],
      ['2026-04-03', '1', '1', '12', '-', '5.0x', '-', '0.0'],
      ['<strong>Total</strong>', '<strong>2</strong>', '<strong>3</strong>', '<strong>22</strong>', '<strong>-</strong>', '<strong>8.2x</strong>', '<strong>-</strong>', '<strong>0.1</strong>'],
    ]);
  });

  it('the charts are two mermaid code blocks (hours, then factor), and hostile text stays inside them as text', () => {
    const blocks = [...html.matchAll(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g)];
    expect(blocks).toHaveLength(2);
    expect(blocks[0]?.[1]).toMatch(/^xychart-beta\n[\s\S]*bar \[2, 0, 1\]\n$/);
    expect(blocks[1]?.[1]).toMatch(/^xychart-beta\n[\s\S]*bar \[12, 5\]\n$/);
    expect(html).not.toContain('<script>');
  });
});

describe.skipIf(!hasCmark)('cross-references and bidirectional controls on cmark-gfm', () => {
  const tasks = [
    'Fix acme/repo#4 and GH-12 and #7',
    'Port https://github.com/acme/repo/issues/4 (see http://github.com/acme/repo/pull/5/files)',
    'Read www.github.com/acme/repo/issues/6 and <https://github.com/acme/repo/pull/8>',
    'Pay \u202e001$ ecila\u202c, \u2067isolated\u2069 \u200fmarked',
  'Ping `@someone and `@org/team about $x$',
  ];
  const commits = tasks.map((task, index) => record(String(index + 1), task, `2026-04-0${index + 1}T12:00:00Z`, 60, 10));
  const report: LeverageReport = {
    window: { kind: 'range', label: 'pull request #7 (abc1234..def5678)', timezone: 'UTC', range: 'abc1234..def5678' },
    agent: 'Claude',
    repositories: ['r'],
    commits,
    record: buildRecord(commits, { sort: 'time' }),
  };
  const html = hasCmark ? githubHtml(renderMarkdown(report, { ownLabel: true })) : '';
  const cells = [...html.matchAll(/<tr>\n<td>\d+<\/td>\n<td>(.*?)<\/td>/g)].map((match) => match[1] ?? '');
  const read = (cell: string) => cell.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\u200b/g, '');

  it('no task becomes a link, and each reads as written once the zero-width spaces are set aside', () => {
    expect(cells).toHaveLength(5);
    for (const cell of cells) expect(cell).not.toMatch(/<a\b/);
    expect([...cells.slice(0, 3), cells[4] as string].map(read)).toEqual([...tasks.slice(0, 3), tasks[4]]);
    // No code span, and a zero-width space after each @: GitHub pings a mention after a backtick.
    expect(cells[4]).toBe(`Ping \`@\u200bsomeone and \`@\u200borg/team about $x$`);
    // cmark-gfm would link these three addresses if they reached it whole.
    expect(githubHtml(tasks[1] as string)).toContain('<a href="https://github.com/acme/repo/issues/4">');
    expect(githubHtml(tasks[2] as string)).toContain('<a href="http://www.github.com/acme/repo/issues/6">');
  });

  it('bidirectional controls reach the page by name, in the order they were written', () => {
    expect(html).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(read(cells[3] as string)).toBe('Pay <U+202E>001$ ecila<U+202C>, <U+2067>isolated<U+2069> <U+200F>marked');
  });

  it('the heading the Action wrote keeps its #7, with no zero-width space to copy along', () => {
    expect(html).toContain('<h1>Leverage Record: pull request #7 (abc1234..def5678)</h1>');
  });
});
