/**
 * Commit text in every renderer: cross-references defused in Markdown (and only in commit text),
 * bidirectional controls named wherever it is shown, and long values cut in messages.
 */
import { describe, expect, it } from 'vitest';
import { formatRejection } from '../../src/hooks/formatRejection.js';
import { buildRecord } from '../../src/record/buildRecord.js';
import type { LeverageReport } from '../../src/record/types.js';
import { escapeHtml, renderDashboard } from '../../src/render/dashboard/renderDashboard.js';
import { escapeMarkdownInline, escapeMarkdownKeepingReferences, neutraliseBidi } from '../../src/render/escapeMarkdown.js';
import { clipValue } from '../../src/text/clipText.js';
import { describeProblem, readLeverageTrailers } from '../../src/trailers/trailerSchema.js';
import { mermaidLabel } from '../../src/render/renderChart.js';
import { csvField, renderTaskCsv } from '../../src/render/renderCsv.js';
import { renderMarkdown } from '../../src/render/renderMarkdown.js';
import { renderText } from '../../src/render/renderText.js';
import { renderJson } from '../../src/reportJson/renderReportJson.js';
import { rollUp } from '../../src/rollup/rollUp.js';
import { classifyCommit } from '../../src/trailers/classifyCommit.js';
import { DEFAULT_TRAILER_OPTIONS } from '../../src/trailers/trailerSchema.js';

const ZWSP = '\u200b';
/** Every bidirectional control the renderers name, with the name they show. */
const BIDI: [string, string][] = [
  ['\u061c', '<U+061C>'],
  ['\u200e', '<U+200E>'],
  ['\u200f', '<U+200F>'],
  ...[0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069].map((code): [string, string] => [String.fromCodePoint(code), `<U+${code.toString(16).toUpperCase()}>`]),
];
/** What a reader is shown as `Pay alice $100` but holds the override: the Trojan Source pattern. */
const TROJAN = 'Pay \u202e001$ ecila\u202c done';
const LONG = 'x'.repeat(102_400);

function reportOf(tasks: { task: string; subject?: string; human?: string }[], label = '2026-04-12'): LeverageReport {
  const commits = tasks.map((task, index) =>
    classifyCommit(
      {
        repo: 'api',
        sha: (index + 1).toString(16).padStart(40, 'a'),
        authorName: 'A',
        authorEmail: 'a@x',
        authorTime: 1_775_995_200 + index,
        subject: task.subject ?? `subject ${index}`,
        trailers: [
          { key: 'Task', value: task.task },
          { key: 'Human-Estimate', value: task.human ?? '2h' },
          { key: 'Claude-Minutes', value: '10' },
        ],
      },
      DEFAULT_TRAILER_OPTIONS,
    )!,
  );
  return {
    window: { kind: 'day', label, timezone: 'UTC', start: 1_775_952_000, end: 1_776_038_400 },
    agent: 'Claude',
    repositories: ['api'],
    commits,
    record: buildRecord(commits, { sort: 'factor' }),
  };
}

describe('cross-references in Markdown', () => {
  it('defuses every form GitHub turns into a cross-reference: #N, GH-N, owner/repo#N, issue and pull request addresses', () => {
    const cases: [string, string][] = [
      ['see #12', `see #${ZWSP}12`],
      ['see GH-12 and gh-3', `see GH-${ZWSP}12 and gh-${ZWSP}3`],
      ['fixes acme/repo#4', `fixes acme/repo#${ZWSP}4`],
      ['fixes github-linguist/linguist.js#4039', `fixes github-linguist/linguist.js#${ZWSP}4039`],
      ['https://github.com/acme/repo/issues/4', `https:${ZWSP}//github.com/acme/repo/issues/4`],
      ['(http://github.com/acme/repo/pull/4/files)', `(http:${ZWSP}//github.com/acme/repo/pull/4/files)`],
      ['HTTPS://ghe.example.com/acme/repo/discussions/9', `HTTPS:${ZWSP}//ghe.example.com/acme/repo/discussions/9`],
      ['www.github.com/acme/repo/issues/4', `www${ZWSP}.github.com/acme/repo/issues/4`],
    ];
    for (const [text, defused] of cases) expect(escapeMarkdownInline(text), text).toBe(defused);
  });

  it('defuses a mention after any character GitHub reads as a word boundary, a backtick too (it is escaped: no code span hides the mention)', () => {
    expect(escapeMarkdownInline('ping `@someone and `@org/team')).toBe(`ping \\\`@${ZWSP}someone and \\\`@${ZWSP}org/team`);
    expect(escapeMarkdownInline('(@bob) "@carol" mail bob@example.com, snake_@x')).toBe(`(@${ZWSP}bob) "@${ZWSP}carol" mail bob@example.com, snake\\_@x`);
  });

  it('escapes the dollar signs GitHub would read as math, so an amount reads as written', () => {
    expect(escapeMarkdownInline('Save $5 on $x$ and $$y$$')).toBe('Save \\$5 on \\$x\\$ and \\$\\$y\\$\\$');
  });

  it('leaves what GitHub does not reference, and commit SHAs (a link to a commit notifies nobody)', () => {
    for (const text of ['a#4 C#7', 'https://github.com/acme/repo', 'https://example.com/docs/page', 'acme/repo@a5c3785ed8d6a35868bc169f07e40e889087fd2e', 'a5c3785ed8d6']) {
      expect(escapeMarkdownInline(text), text).toBe(text);
    }
  });

  it('text this tool wrote keeps its references as links, and is escaped otherwise', () => {
    expect(escapeMarkdownKeepingReferences('pull request #7 (abc1234..def5678)')).toBe('pull request #7 (abc1234..def5678)');
    expect(escapeMarkdownKeepingReferences('push to feat/@bob_x <b> \u202e')).toBe(`push to feat/@${ZWSP}bob\\_x &lt;b&gt; &lt;U+202E&gt;`);
  });

  it('the window label keeps its #7 when the caller wrote it (the Action), and is defused when read from reports', () => {
    const report = reportOf([], 'pull request #7 (abc1234..def5678)');
    expect(renderMarkdown(report, { headingLevel: 2, ownLabel: true })).toBe(
      '## Leverage Record: pull request #7 (abc1234..def5678)\n\nNo leverage records for pull request #7 (abc1234..def5678).\n',
    );
    expect(renderMarkdown(report, { headingLevel: 2 })).toContain(`## Leverage Record: pull request #${ZWSP}7 (`);
    const withTasks = renderMarkdown({ ...reportOf([{ task: 'Fix acme/repo#4' }]), window: report.window }, { ownLabel: true });
    expect(withTasks).toContain('# Leverage Record: pull request #7 (');
    expect(withTasks).toContain(`| 1 | Fix acme/repo#${ZWSP}4 |`);
  });
});

describe('bidirectional controls', () => {
  it('each is shown by its name, so text reads in the order it is written', () => {
    for (const [char, name] of BIDI) expect(neutraliseBidi(`a${char}b`)).toBe(`a${name}b`);
    expect(neutraliseBidi('plain ascii and עברית')).toBe('plain ascii and עברית');
  });

  it('Markdown, text, CSV, the dashboard and chart labels name them; the JSON report keeps them', () => {
    const report = reportOf([{ task: TROJAN, subject: `subject ${TROJAN}` }]);
    const bidi = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
    const markdown = renderMarkdown(report, { chart: 'mermaid' });
    expect(markdown).not.toMatch(bidi);
    expect(markdown).toContain('| 1 | Pay &lt;U+202E&gt;001\\$ ecila&lt;U+202C&gt; done |');
    expect(markdown).toContain('‹U+202E›'); // the chart's label
    const text = renderText(report);
    expect(text).not.toMatch(bidi);
    expect(text).toContain('Pay <U+202E>001$ ecila<U+202C> done');
    const csv = renderTaskCsv(report);
    expect(csv).not.toMatch(bidi);
    expect(csv).toContain(',Pay <U+202E>001$ ecila<U+202C> done,');
    expect(csvField('\u202e=1+2')).toBe('<U+202E>=1+2');
    expect(csvField('=\u202e1')).toBe("'=<U+202E>1");
    const html = renderDashboard(report, { rollup: rollUp(report, 'day') });
    expect(html).not.toMatch(bidi);
    expect(html).toContain('Pay \\u003cU+202E\\u003e001$'); // the page's data block, which its script shows
    expect(escapeHtml(`x\u2067y`)).toBe('x&lt;U+2067&gt;y');
    expect(mermaidLabel('a\u202eb')).toBe('a‹U+202E›b');
    expect(JSON.parse(renderJson(report)).tasks[0].task).toBe(TROJAN);
  });
});

describe('long values in messages', () => {
  it('clipValue keeps short values and cuts long ones to their start, an ellipsis and the full length', () => {
    expect(clipValue('Human-Estimate soon')).toBe('Human-Estimate soon');
    expect(clipValue('y'.repeat(100))).toBe('y'.repeat(100));
    expect(clipValue(LONG)).toBe(`${'x'.repeat(99)}… (102,400 characters)`);
    expect(clipValue('😀'.repeat(60))).toBe('😀'.repeat(60)); // 120 UTF-16 units, 60 characters
    expect(describeProblem({ key: 'Task', value: LONG, message: 'm', accepted: 'a' })).toBe(`Task: "${clipValue(LONG)}" m (accepted: a)`);
    expect(clipValue(LONG)).toHaveLength(99 + 1 + ' (102,400 characters)'.length);
  });

  it('the Skipped list of Markdown, text and the dashboard quotes a 100 KB value cut', () => {
    const report = reportOf([{ task: LONG, subject: 'long task' }]);
    expect(report.record.skipped).toHaveLength(1);
    const quoted = `Task: "${'x'.repeat(99)}… (102,400 characters)" is longer than 2,000 characters`;
    const markdown = renderMarkdown(report);
    expect(markdown.length).toBeLessThan(2_000);
    expect(markdown).toContain(quoted);
    const text = renderText(report);
    expect(text.length).toBeLessThan(2_000);
    expect(text).toContain(quoted);
    const html = renderDashboard(report, { rollup: rollUp(report, 'day') });
    expect(html).not.toContain('x'.repeat(1_000));
    expect(html).toContain(quoted.replaceAll('"', '&quot;'));
  });

  it('the hook refusal quotes a 100 KB value cut, with its line', () => {
    const raw = `Work\n\nTask: ${LONG}\nHuman-Estimate: 1h\nClaude-Minutes: 5\n`;
    const text = formatRejection([{ key: 'Task', value: LONG, message: 'is longer than 2,000 characters', accepted: 'one line' }], {
      raw,
      keptMessage: '/r/.git/COMMIT_EDITMSG',
      messageFile: '.git/COMMIT_EDITMSG',
    });
    expect(text.length).toBeLessThan(1_000);
    expect(text).toContain(`.git/COMMIT_EDITMSG:3: Task: "${'x'.repeat(99)}… (102,400 characters)" is longer than 2,000 characters`);
  });
});

describe('a repeated trailer with a long first value', () => {
  it('quotes the first value clipped too', () => {
    const verdict = readLeverageTrailers([{ key: 'Task', value: LONG }, { key: 'Task', value: 'again' }, { key: 'Human-Estimate', value: '1h' }, { key: 'Claude-Minutes', value: '5' }], DEFAULT_TRAILER_OPTIONS);
    expect(verdict.kind).toBe('invalid');
    const text = verdict.kind === 'invalid' ? verdict.problems.map(describeProblem).join('\n') : '';
    expect(text).toContain(`appears a second time (first "${clipValue(LONG)}")`);
    expect(text.length).toBeLessThan(1_000);
  });
});
