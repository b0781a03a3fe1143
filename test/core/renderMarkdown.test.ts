import { describe, expect, it } from 'vitest';
import { githubHtml, hasCmark } from '../helpers/githubMarkdown.js';
import { buildRecord } from '../../src/record/buildRecord.js';
import { classifyCommit } from '../../src/trailers/classifyCommit.js';
import type { LeverageReport, TaskRow } from '../../src/record/types.js';
import { escapeMarkdownInline } from '../../src/render/escapeMarkdown.js';
import { ceilingAndFloor, renderMarkdown, renderMarkdownChunks } from '../../src/render/renderMarkdown.js';
import { renderText } from '../../src/render/renderText.js';
import { parseReportJson } from '../../src/reportJson/readReportJson.js';
import { renderJson } from '../../src/reportJson/renderReportJson.js';
import { dayWindow } from '../../src/window/reportWindow.js';
import { DEFAULT_TRAILER_OPTIONS } from '../../src/trailers/trailerSchema.js';

const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\u200b/g, '');

function reportOf(tasks: Array<{ task: string; human: string; claude: string; sup?: string; tokens?: string }>): LeverageReport {
  const commits = tasks.map((task, index) =>
    classifyCommit(
      {
        repo: 'api',
        sha: (index + 1).toString(16).padStart(40, 'a'),
        authorName: 'A',
        authorEmail: 'a@x',
        authorTime: 1_776_000_000 + index,
        subject: `subject ${index}`,
        trailers: [
          { key: 'Task', value: task.task },
          { key: 'Human-Estimate', value: task.human },
          { key: 'Claude-Minutes', value: task.claude },
          ...(task.sup ? [{ key: 'Supervisory-Minutes', value: task.sup }] : []),
          ...(task.tokens ? [{ key: 'Tokens', value: task.tokens }] : []),
        ],
      },
      DEFAULT_TRAILER_OPTIONS,
    )!,
  );
  return { window: dayWindow('2026-04-12', 'America/New_York'), agent: 'Claude', repositories: ['api'], commits, record: buildRecord(commits, { sort: 'factor' }) };
}

const HOSTILE = [
  'Fix | pipes | in cells',
  '<script>alert(1)</script> and <img src=x onerror=alert(1)>',
  'Ping @octocat and @github/security-team, see #123',
  '**bold** _it_ `code` [link](javascript:alert(1)) ~~gone~~',
  'Close the marker --> <!-- git-leverage:report -->',
  'Entities &amp; &#60;b&#62; \\ backslash',
];

describe('renderMarkdown', () => {
  it.skipIf(!hasCmark)('task text reads exactly as written once GitHub renders it, inside one table row', () => {
    const report = reportOf(HOSTILE.map((task) => ({ task, human: '1h', claude: '5' })));
    const html = githubHtml(renderMarkdown(report));
    const headline = html.split('<table>')[0]!.replace(/^<p><strong>[^<]*<\/strong>/m, '');
    expect(headline).not.toMatch(/<script|<img|<strong|<em>|<code>|<a |<del>|<!--/);
    expect(html.slice(html.indexOf('<table>'))).not.toMatch(/<script|<img|<strong|<em>|<code>|<a |<del>|<!--/);
    const cells = [...html.matchAll(/<tr>\n<td>\d+<\/td>\n<td>(.*?)<\/td>/g)].map((match) => decode(match[1]!));
    expect(cells.sort()).toEqual([...HOSTILE].sort());
    // Every body row has exactly the seven columns of the Task Log.
    const taskLog = html.split('<table>')[1]!;
    for (const row of taskLog.split('<tbody>')[1]!.split('</tr>').slice(0, -1)) expect(row.match(/<td>/g)).toHaveLength(7);
  });

  it('newlines cannot start a new row or block and mentions cannot ping', () => {
    const escaped = escapeMarkdownInline('line one\n| 9 | forged row |\n# heading @admin');
    expect(escaped).not.toContain('\n');
    expect(escaped).toContain('@\u200badmin');
    expect(escaped).toContain('\\| 9 \\| forged row \\|');
  });

  it('writes the headline in words, with ceiling and floor', () => {
    const markdown = renderMarkdown(reportOf([
      { task: 'Big', human: '160h', claude: '20', sup: '2', tokens: '100k' },
      { task: 'Small', human: '2h', claude: '11', sup: '3' },
    ]));
    expect(markdown).toContain('**Two tasks at 313.5x leverage.** 162 human-equivalent hours (4.1 weeks at 40 hours) in 31 Claude minutes with 5 minutes of supervision (1944.0x supervisory leverage). Ceiling: 480.0x (Big). Floor: 10.91x (Small).');
    expect(markdown).toContain('- 1 task records no tokens; the token total counts the others.');
  });

  it('says when tasks have no supervisory minutes, and shows -', () => {
    const markdown = renderMarkdown(reportOf([{ task: 'Unwatched', human: '1h', claude: '6' }]));
    expect(markdown).toContain('| 1 | Unwatched | 1h | 6m | - | 10.0x | - |');
    expect(markdown).toContain('1 task has no supervisory minutes (shown as -) and is left out of the supervisory average.');
    expect(markdown).toContain('| Weighted average supervisory leverage factor | - |');
  });

  it('trims rows but keeps the totals and says how many were left out', () => {
    const markdown = renderMarkdown(reportOf(Array.from({ length: 5 }, (_, i) => ({ task: `T${i}`, human: `${i + 1}h`, claude: '10' }))), { maxTaskRows: 2 });
    expect(markdown.match(/^\| \d \| T/gm)).toHaveLength(2);
    expect(markdown).toContain('| Total tasks | 5 |');
    expect(markdown).toContain('3 more tasks are left out of the Task Log to fit; the totals include them.');
  });

  it('an empty day says so', () => {
    expect(renderMarkdown(reportOf([]))).toBe('# Leverage Record: 2026-04-12\n\nNo leverage records for 2026-04-12.\n');
  });
});

describe('renderText and JSON', () => {
  it('strips terminal control sequences from commit text', () => {
    const text = renderText(reportOf([{ task: 'evil \u001b[2J\u001b]0;title\u0007 text', human: '1h', claude: '6' }]));
    expect(text).not.toMatch(/\u001b|\u0007/);
    expect(text).toMatch(/1 {2}evil .*text +1h +6m +- +10\.0x +-/);
  });

  it('JSON carries schemaVersion, tasks, totals and the commits it was built from, and reads back', () => {
    const report = reportOf([{ task: 'A', human: '2h', claude: '10', sup: '5', tokens: '1.2M' }]);
    const json = JSON.parse(renderJson(report));
    expect(json).toMatchObject({
      schemaVersion: 1,
      window: { kind: 'day', label: '2026-04-12', timezone: 'America/New_York' },
      tasks: [{ rank: 1, task: 'A', humanMinutes: 120, claudeMinutes: 10, supervisoryMinutes: 5, tokens: 1_200_000, factor: 12, supervisoryFactor: 24 }],
      totals: { tasks: 1, humanHours: 2, factor: 12 },
    });
    expect(json.tasks[0].commits[0]).toMatchObject({ repo: 'api', role: 'record', authorDate: '2026-04-12T13:20:00.000Z' });
    const back = parseReportJson(JSON.stringify(json), 'a.json');
    expect(back.commits).toEqual(report.commits);
    expect(() => parseReportJson(JSON.stringify({ ...json, schemaVersion: 2 }), 'b.json')).toThrow('b.json: schemaVersion 2 is not supported');
    expect(() => parseReportJson('{', 'c.json')).toThrow(/c\.json: not JSON/);
  });
});

describe('ceilingAndFloor', () => {
  it('a record in factor order names the same ceiling and floor as a scan of one in time order', () => {
    let seed = 3;
    const next = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    for (let round = 0; round < 50; round += 1) {
      const commits = Array.from({ length: 2 + next(40) }, (_, index) =>
        classifyCommit(
          { repo: 'api', sha: `${round}-${index}`.padStart(40, '0'), authorName: 'A', authorEmail: 'a@x', authorTime: 1_776_000_000 + next(4) * 60, subject: 's', trailers: [{ key: 'Task', value: `t${index}` }, { key: 'Human-Estimate', value: ['1h', '2h', '4h'][next(3)] as string }, { key: 'Claude-Minutes', value: ['5', '10'][next(2)] as string }] },
          DEFAULT_TRAILER_OPTIONS,
        )!,
      );
      const headline = (sort: 'factor' | 'time') => {
        const text = renderMarkdown({ window: dayWindow('2026-04-12', 'UTC'), agent: 'Claude', repositories: ['api'], commits, record: buildRecord(commits, { sort }) });
        return /Ceiling: .*?\. Floor: .*?\./.exec(text)?.[0];
      };
      expect(headline('factor')).toBe(headline('time'));
    }
  });

  it('names what sorting a copy by factor, then by time, puts first and last, over ties of both', () => {
    let seed = 7;
    const next = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    for (let round = 0; round < 500; round += 1) {
      // Few distinct factors and times, so ties of each and of both are common.
      const tasks = Array.from({ length: 1 + next(12) }, (_, index) => ({ task: `t${index}`, factor: [0.5, 2, 2, 7.25][next(4)], firstAuthorTime: next(3) }) as TaskRow);
      const sorted = [...tasks].sort((a, b) => b.factor - a.factor || a.firstAuthorTime - b.firstAuthorTime);
      const { ceiling, floor } = ceilingAndFloor(tasks);
      expect(ceiling.task).toBe(sorted[0]!.task);
      expect(floor.task).toBe(sorted[sorted.length - 1]!.task);
    }
  });
});

describe('escapeMarkdownInline', () => {
  /** Every pass, always, in order: what the guarded passes must equal. */
  function everyPass(text: string): string {
    return text
      .replace(/[\r\n\t\f\v]+/g, ' ')
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (char) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`)
      .replace(/(^|\W)@(?=[A-Za-z0-9])/g, '$1@\u200b')
      .replace(/([\w.-]\/[\w.-]+#)(?=\d)/g, '$1\u200b')
      .replace(/(^|[^\w])(#|GH-)(?=\d)/gi, '$1$2\u200b')
      .replace(/(^|[^\w.+-])(https?:)(?=\/\/[^\s/?#]+\/[^\s/?#]+\/[^\s/?#]+\/(?:issues|pull|discussions)\/\d)/gi, '$1$2\u200b')
      .replace(/(^|[^\w./-])(www)(?=\.[^\s/?#]+\/[^\s/?#]+\/[^\s/?#]+\/(?:issues|pull|discussions)\/\d)/gi, '$1$2\u200b')
      .replace(/[&<>]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[char]!)
      .replace(/[\\`*_[\]|~$]/g, (char) => `\\${char}`);
  }

  it('skips only passes that would change nothing, over random text dense in what they act on', () => {
    const alphabet = ['#', '#', 'GH-', 'gh-', 'G', 'H', '-', '1', '2', 'a', '_', ' ', '(', ')', '@', '`', '|', '\\', '&', '<', '>', '\n', '\t', '\u0001', '~', '*', '[', 'x',
      '/', '.', '$', 'o/r', 'https:', 'http:', '//', 'www', 'www.', 'h/o/r/', 'issues/', 'pull/', 'https://h/o/r/issues/', 'http://h/o/r/pull/', 'www.h/o/r/discussions/', '\u202e', '\u200f', '\u2066'];
    let seed = 99;
    const next = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    for (let round = 0; round < 20000; round += 1) {
      const text = Array.from({ length: next(12) }, () => alphabet[next(alphabet.length)]).join('');
      expect(escapeMarkdownInline(text), JSON.stringify(text)).toBe(everyPass(text));
    }
    expect(escapeMarkdownInline('Fix login (#123), see GH-7 and a#4')).toBe('Fix login (#\u200b123), see GH-\u200b7 and a#4');
  });
});

describe('renderMarkdownChunks', () => {
  it('a long Task Log comes in small pieces that make the whole text, numbered on across pieces', () => {
    const report = reportOf(Array.from({ length: 1_234 }, (_, index) => ({ task: `Task ${index} for #${index} @someone`, human: `${1 + (index % 9)}h`, claude: `${1 + (index % 7)}` })));
    const chunks = [...renderMarkdownChunks(report, { chart: 'mermaid' })];
    expect(chunks.length).toBeGreaterThan(4);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(64 * 1024);
    const text = chunks.join('');
    expect(text).toBe(renderMarkdown(report, { chart: 'mermaid' }));
    const rows = text.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    const tasks = report.record.tasks.length;
    expect(tasks).toBeGreaterThan(1_000);
    expect(rows.map((line) => Number(line.split(' | ')[0]?.slice(2)))).toEqual(Array.from({ length: tasks }, (_, index) => index + 1));
    expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
    expect(text).toContain('\n\n## Aggregate Statistics\n\n| Metric | Value |');
  });
});
