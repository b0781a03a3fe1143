/**
 * The roll-up table and the chart block as GitHub renders them (cmark-gfm, GitHub's fork of cmark):
 * a real table with empty cells for empty periods, and the chart as one `mermaid` code block that
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

  it('the chart is one mermaid code block, and hostile text stays inside it as text', () => {
    const blocks = [...html.matchAll(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g)];
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.[1]).toMatch(/^xychart-beta\n/);
    expect(blocks[0]?.[1]).toMatch(/line \[[\d., ]+\]\n$/);
    expect(html).not.toContain('<script>');
  });
});
