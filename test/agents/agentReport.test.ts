/**
 * The report's **By agent** section (issue 20 item 3) on real repositories: records by two agents and
 * one without `Agent`, in Markdown, text, JSON and the dashboard, every figure worked out by hand;
 * a report of one agent reads exactly as a report without `Agent` trailers.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentBreakdown } from '../../src/metrics/agentBreakdown.js';
import type { TaskRow } from '../../src/record/types.js';
import { cli } from '../helpers/cli.js';
import { githubHtml, hasCmark } from '../helpers/githubMarkdown.js';
import { createTempRepo, leverageMessage, makeTempDir, removeTempDirs, type TempRepo } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

const WINDOW = ['--since', '2026-04-10', '--until', '2026-04-10', '--timezone', 'UTC'];

let mixed: TempRepo;

/** Records (hours, agent minutes, supervisory minutes, tokens) worked out in the comments below. */
async function commitMixed(repo: TempRepo): Promise<void> {
  // Parser (P-1), by Claude Code: 8h, 40m, sup. 10m, 100k tokens.
  await repo.commit({ message: leverageMessage('parser core', { Task: 'Parser', 'Task-Id': 'P-1', 'Human-Estimate': '8h', 'Claude-Minutes': 40, 'Supervisory-Minutes': 10, Tokens: '100k', Agent: 'claude-code' }), date: '2026-04-10T09:00:00Z' });
  // Parser (P-1) again, by Codex: 4h, 30m, 50k tokens. The task now has two agents.
  await repo.commit({ message: leverageMessage('parser errors', { Task: 'Parser', 'Task-Id': 'P-1', 'Human-Estimate': '4h', 'Claude-Minutes': 30, Tokens: '50k', Agent: 'codex' }), date: '2026-04-10T11:00:00Z' });
  // Importer, by "Codex" (the same agent, spelled otherwise): 6h, 24m, sup. 5m.
  await repo.commit({ message: leverageMessage('importer', { Task: 'Importer', 'Human-Estimate': '6h', 'Claude-Minutes': 24, 'Supervisory-Minutes': 5, Agent: 'Codex' }), date: '2026-04-10T13:00:00Z' });
  // The importer's record cherry-picked (same author, date, trailers): counted once.
  await repo.commit({ message: leverageMessage('importer', { Task: 'Importer', 'Human-Estimate': '6h', 'Claude-Minutes': 24, 'Supervisory-Minutes': 5, Agent: 'Codex' }), date: '2026-04-10T13:00:00Z' });
  // Docs, no Agent: 1h, 15m.
  await repo.commit({ message: leverageMessage('docs', { Task: 'Docs', 'Human-Estimate': '1h', 'Claude-Minutes': 15 }), date: '2026-04-10T15:00:00Z' });
  // A link to the parser: no figures, no agent row.
  await repo.commit({ message: leverageMessage('parser follow-up', { 'Task-Id': 'P-1' }), date: '2026-04-10T16:00:00Z' });
}

beforeAll(async () => {
  mixed = await createTempRepo({ name: 'mixed' });
  await commitMixed(mixed);
});

async function report(repo: TempRepo, format: string, extra: string[] = []): Promise<string> {
  const run = await cli(['report', '--repo', repo.dir, ...WINDOW, '--format', format, ...extra], { cwd: repo.dir, env: repo.env });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

// By hand, by record:
//   codex        P-1 (4h, 30m, 50k) + Importer (6h, 24m, sup. 5m): 2 tasks, 10h, 54m, sup. 5m, 50,000 tokens;
//                factor 600/54 = 11.11x, sup. factor 360/5 = 72.0x (only the importer is supervised);
//   claude-code  P-1 (8h, 40m, sup. 10m, 100k): 1 task, 8h, 40m; factor 480/40 = 12.0x, sup. 480/10 = 48.0x;
//   not stated   Docs (1h, 15m): 1 task; factor 60/15 = 4.0x.
// Rows add up to the totals: 19h, 109m, sup. 15m, 150,000 tokens; tasks 2 + 1 + 1 = 4 > 3 (P-1 twice).
const MARKDOWN_SECTION = `## By agent

| Agent | Tasks | Human-equivalent hours | Agent minutes | Supervisory minutes | Tokens | Factor | Sup. Factor |
|---|---|---|---|---|---|---|---|
| codex | 2 | 10 | 54 | 5 | 50,000 | 11.1x | 72.0x |
| claude-code | 1 | 8 | 40 | 10 | 100,000 | 12.0x | 48.0x |
| (not stated) | 1 | 1 | 15 | - | - | 4.0x | - |

- Hours, minutes, tokens and factors are those of each agent's own records, so the rows add up to the Aggregate Statistics. Records without an \`Agent\` trailer are counted as (not stated).
- 1 task has records by more than one agent and is counted under each, so the Tasks column adds up to more than the 3 tasks.`;

describe('a report whose records name two agents, and one record none', () => {
  it('Markdown: the By agent table under the Aggregate Statistics, figures by record', async () => {
    const markdown = await report(mixed, 'markdown');
    expect(markdown).toContain(`| Total human-equivalent hours | 19 |\n| Total Claude minutes | 109 |`);
    expect(markdown).toContain(`\n\n${MARKDOWN_SECTION}\n`);
    // Under the Aggregate Statistics and their notes, before anything else.
    const aggregate = markdown.indexOf('## Aggregate Statistics');
    expect(aggregate).toBeGreaterThan(0);
    expect(markdown.indexOf('## By agent')).toBeGreaterThan(aggregate);
    expect(markdown.indexOf('- 1 task has no supervisory minutes')).toBeLessThan(markdown.indexOf('## By agent'));
  });

  it.skipIf(!hasCmark)('GitHub renders the section as a table of three rows', async () => {
    const html = githubHtml(MARKDOWN_SECTION);
    expect(html).toContain('<th>Agent</th>\n<th>Tasks</th>');
    expect(html.match(/<tr>/g)).toHaveLength(4);
    expect(html).toContain('<td>(not stated)</td>');
  });

  it('text: the same table, aligned, and the same notes', async () => {
    const text = await report(mixed, 'text');
    const start = text.indexOf('By agent:');
    expect(start).toBeGreaterThan(text.indexOf('Weighted average supervisory leverage factor'));
    const lines = text.slice(start).split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'By agent:',
      'Agent         Tasks  Human-equivalent hours  Agent minutes  Supervisory minutes   Tokens  Factor  Sup. Factor',
      '-'.repeat(109),
      'codex             2                      10             54                    5   50,000   11.1x        72.0x',
      'claude-code       1                       8             40                   10  100,000   12.0x        48.0x',
      '(not stated)      1                       1             15                    -        -    4.0x            -',
    ]);
    expect(lines[6]).toMatch(/^Hours, minutes, tokens and factors are those of each agent's own records.* counted as \(not stated\)\.$/);
    expect(lines[7]).toBe('1 task has records by more than one agent and is counted under each, so the Tasks column adds up to more than the 3 tasks.');
  });

  it('JSON: an agents member with unrounded figures and nulls as in totals', async () => {
    const json = JSON.parse(await report(mixed, 'json'));
    expect(Object.keys(json).indexOf('agents')).toBe(Object.keys(json).indexOf('totals') + 1);
    expect(json.agents).toEqual({
      tasksWithSeveralAgents: 1,
      byAgent: [
        { agent: 'codex', tasks: 2, records: 2, humanMinutes: 600, humanHours: 10, claudeMinutes: 54, supervisoryMinutes: 5, tokens: 50_000, factor: 600 / 54, supervisoryFactor: 72 },
        { agent: 'claude-code', tasks: 1, records: 1, humanMinutes: 480, humanHours: 8, claudeMinutes: 40, supervisoryMinutes: 10, tokens: 100_000, factor: 12, supervisoryFactor: 48 },
        { agent: null, tasks: 1, records: 1, humanMinutes: 60, humanHours: 1, claudeMinutes: 15, supervisoryMinutes: null, tokens: null, factor: 4, supervisoryFactor: null },
      ],
    });
    // Written to a file piece by piece: the same bytes.
    const out = await makeTempDir();
    const file = path.join(out, 'report.json');
    await report(mixed, 'json', ['-o', file]);
    expect(await readFile(file, 'utf8')).toBe(JSON.stringify(json, null, 2) + '\n');
  });

  it('dashboard: the same table after the cards', async () => {
    const out = await makeTempDir();
    const file = path.join(out, 'dashboard.html');
    const run = await cli(['dashboard', '--repo', mixed.dir, ...WINDOW, '-o', file], { cwd: mixed.dir, env: mixed.env });
    expect(run.code, run.stderr).toBe(0);
    const html = await readFile(file, 'utf8');
    expect(html).toContain('<h2>By agent</h2>');
    expect(html).toContain('<tr><td>codex</td><td class="num">2</td><td class="num">10</td><td class="num">54</td><td class="num">5</td><td class="num">50,000</td><td class="num">11.1x</td><td class="num">72.0x</td></tr>');
    expect(html).toContain('<tr><td>(not stated)</td>');
  });
});

describe('a report of one agent', () => {
  it('has no By agent section and no agents member: every output as without Agent trailers', async () => {
    const codex = await createTempRepo({ name: 'same' });
    const plain = await createTempRepo({ name: 'same' });
    const records: Record<string, string | number>[] = [
      { Task: 'Parser', 'Human-Estimate': '8h', 'Claude-Minutes': 40, 'Supervisory-Minutes': 10 },
      { Task: 'Importer', 'Human-Estimate': '6h', 'Claude-Minutes': 24, Tokens: '20k' },
    ];
    for (const [index, trailers] of records.entries()) {
      const date = `2026-04-10T1${index}:00:00Z`;
      await codex.commit({ message: leverageMessage(`work ${index}`, { ...trailers, Agent: index === 0 ? 'codex' : 'Codex' }), date });
      await plain.commit({ message: leverageMessage(`work ${index}`, trailers), date });
    }
    for (const format of ['markdown', 'text']) {
      const withAgent = await report(codex, format);
      expect(withAgent).not.toContain('By agent');
      expect(withAgent).toBe(await report(plain, format));
    }
    const json = JSON.parse(await report(codex, 'json'));
    expect(json).not.toHaveProperty('agents');
    expect(json.commits.map((c: { verdict: { figures: { agent: string } } }) => c.verdict.figures.agent).sort()).toEqual(['Codex', 'codex']);
  });
});

describe('agentBreakdown (the pure core)', () => {
  const task = (key: string, records: { agent?: string; time: number; sha: string; human: number; minutes: number }[]): TaskRow => ({
    key,
    task: key,
    taskId: undefined,
    humanMinutes: 0,
    claudeMinutes: 0,
    supervisoryMinutes: undefined,
    supervisedHumanMinutes: 0,
    tokens: undefined,
    factor: 0,
    supervisoryFactor: undefined,
    firstAuthorTime: 0,
    lastAuthorTime: 0,
    repositories: ['r'],
    commits: records.map((r) => ({
      repo: 'r',
      sha: r.sha,
      authorTime: r.time,
      subject: key,
      role: 'record' as const,
      figures: { task: key, taskId: undefined, humanMinutes: r.human, claudeMinutes: r.minutes, supervisoryMinutes: undefined, tokens: undefined, ...(r.agent ? { agent: r.agent } : {}) },
      copies: [],
    })),
  });

  it('nothing with no records, one agent, or only records without Agent', () => {
    expect(agentBreakdown([])).toBeUndefined();
    expect(agentBreakdown([task('a', [{ agent: 'codex', time: 1, sha: 'a1', human: 60, minutes: 10 }]), task('b', [{ agent: 'CODEX', time: 2, sha: 'b1', human: 60, minutes: 10 }])])).toBeUndefined();
    expect(agentBreakdown([task('a', [{ time: 1, sha: 'a1', human: 60, minutes: 10 }])])).toBeUndefined();
  });

  it('names an agent as its earliest record spells it, equal hours by name, not stated last', () => {
    const breakdown = agentBreakdown([
      task('a', [{ time: 5, sha: 'a1', human: 600, minutes: 10 }]),
      task('b', [{ agent: 'Zed', time: 3, sha: 'b1', human: 60, minutes: 10 }, { agent: 'zed', time: 2, sha: 'b2', human: 60, minutes: 20 }]),
      task('c', [{ agent: 'aider', time: 4, sha: 'c1', human: 120, minutes: 40 }]),
    ]);
    expect(breakdown?.shares.map((s) => [s.agent, s.tasks, s.records, s.humanMinutes, s.claudeMinutes, s.factor])).toEqual([
      ['aider', 1, 1, 120, 40, 3],
      ['zed', 1, 2, 120, 30, 4],
      [undefined, 1, 1, 600, 10, 60],
    ]);
    expect(breakdown?.tasksWithSeveralAgents).toBe(0);
  });
});
