/**
 * Merge on reports written by the real CLI from real repositories: merging per-repository reports
 * must give what one collector reading every repository gives, however often a commit is reached.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeReports, MergeError } from '../../src/merge/mergeReports.js';
import { parseReportJson, type ReportInput } from '../../src/reportJson/readReportJson.js';
import { cli } from '../helpers/cli.js';
import { createTempRepo, leverageMessage, makeTempDir, removeTempDirs, type TempRepo } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

const WINDOW = ['--since', '2026-04-01', '--until', '2026-04-30', '--timezone', 'America/New_York'];

let api: TempRepo;
let web: TempRepo;
let out: string;

async function writeReport(name: string, repos: string[], extra: string[] = []): Promise<string> {
  const file = path.join(out, name);
  const result = await cli(['report', ...repos.flatMap((dir) => ['--repo', dir]), ...WINDOW, '--format', 'json', '-o', file, ...extra], { cwd: out });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return file;
}

beforeAll(async () => {
  api = await createTempRepo({ name: 'api' });
  web = await createTempRepo({ name: 'web' });
  out = await makeTempDir();
  await api.commit({ message: leverageMessage('notif api', { Task: 'Notification service', 'Task-Id': 'NOTIF-1', 'Human-Estimate': '8h', 'Claude-Minutes': 30, 'Supervisory-Minutes': 4 }), date: '2026-04-06T10:00:00-04:00' });
  await api.commit({ message: leverageMessage('solo api', { Task: 'Rate limiter', 'Human-Estimate': '2h', 'Claude-Minutes': 10 }), date: '2026-04-07T11:00:00-04:00' });
  await web.commit({ message: leverageMessage('notif web', { Task: 'Notification service UI', 'Task-Id': 'NOTIF-1', 'Human-Estimate': '4h', 'Claude-Minutes': 20, 'Supervisory-Minutes': 2 }), date: '2026-04-08T09:00:00-04:00' });
  // The rate limiter's record copied into web (a cherry-pick: same author, date and trailers).
  await web.commit({ message: leverageMessage('solo api', { Task: 'Rate limiter', 'Human-Estimate': '2h', 'Claude-Minutes': 10 }), date: '2026-04-07T11:00:00-04:00' });
  await web.commit({ message: leverageMessage('solo web', { Task: 'Dark mode', 'Human-Estimate': '3h', 'Claude-Minutes': 15 }), date: '2026-04-20T15:00:00-04:00' });
});

describe('git-leverage merge', () => {
  it('per-repository reports, one reached twice, merge into what one collector over both gives', async () => {
    const apiFile = await writeReport('api.json', [api.dir]);
    const webFile = await writeReport('web.json', [web.dir]);
    const bothFile = await writeReport('both.json', [api.dir, web.dir]);
    const merged = await cli(['merge', apiFile, webFile, bothFile, apiFile, '--format', 'json'], { cwd: out });
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    const json = JSON.parse(merged.stdout);
    const together = JSON.parse(await readFile(bothFile, 'utf8'));
    // Figures as one collector gives them; estimate checks stay each report's own (test/estimates/mergeEstimates.test.ts).
    const figures = (tasks: Record<string, unknown>[]) => tasks.map(({ estimateCheck: _check, ...task }) => task);
    expect(figures(json.tasks)).toEqual(figures(together.tasks));
    expect(json.totals).toEqual(together.totals);
    expect(json.totals).toMatchObject({ tasks: 3, humanMinutes: (8 + 2 + 4 + 3) * 60, claudeMinutes: 30 + 10 + 20 + 15 });
    const notif = json.tasks.find((task: { taskId: string | null }) => task.taskId === 'NOTIF-1');
    expect(notif).toMatchObject({ humanMinutes: 720, repositories: ['api', 'web'] });
    const limiter = json.tasks.find((task: { task: string }) => task.task === 'Rate limiter');
    expect(limiter).toMatchObject({ humanMinutes: 120, repositories: ['api', 'web'] });
    expect(limiter.commits[0].copies).toHaveLength(1);
    // Each commit of each repository is listed once, so a merged report can be merged again.
    expect(json.commits).toHaveLength(5);
    expect(json.repositories).toEqual(['api', 'web']);
    expect(json.window).toMatchObject({ kind: 'days', label: '2026-04-01 to 2026-04-30', timezone: 'America/New_York' });
    // Written to a file piece by piece: the same bytes as on standard output.
    const written = await cli(['merge', apiFile, webFile, bothFile, apiFile, '--format', 'json', '-o', 'merged.json'], { cwd: out });
    expect(written.code).toBe(0);
    expect(await readFile(path.join(out, 'merged.json'), 'utf8')).toBe(merged.stdout);
  });

  it('a report written by report --format json reads back with the commits it holds, key for key', async () => {
    const file = await writeReport('roundtrip.json', [api.dir, web.dir]);
    const text = await readFile(file, 'utf8');
    const data = JSON.parse(text);
    expect(data.commits).toHaveLength(5);
    const read = parseReportJson(text, 'roundtrip.json');
    expect(read.commits).toStrictEqual(data.commits);
    expect(read.window).toStrictEqual(data.window);
    expect(read).toMatchObject({ agent: data.agent, repositories: data.repositories, source: 'roundtrip.json' });
  });

  it('renders Markdown, CSV and HTML from the merged record', async () => {
    const files = [await writeReport('api.json', [api.dir]), await writeReport('web.json', [web.dir])];
    const md = await cli(['merge', ...files, '--by', 'week'], { cwd: out });
    expect(md.stdout).toContain('**Three tasks at 13.6x leverage.**');
    expect(md.stdout).toContain('## By week (Monday to Sunday, America/New_York)');
    expect(md.stdout).toContain('```mermaid');
    const csv = await cli(['merge', ...files, '--format', 'csv'], { cwd: out });
    expect(csv.stdout.split('\r\n')[1]).toMatch(/^1,2026-04-06,Notification service,NOTIF-1,api web,/);
    const html = await cli(['merge', ...files, '--format', 'html', '-o', 'merged.html'], { cwd: out });
    expect(html.code).toBe(0);
    expect(await readFile(path.join(out, 'merged.html'), 'utf8')).toContain('<title>Leverage: 2026-04-01 to 2026-04-30</title>');
  });

  it('reports counted in different time zones: a clear error naming the files under each zone', async () => {
    const ny = await writeReport('ny.json', [api.dir]);
    const nz = await writeReport('nz.json', [web.dir], ['--timezone', 'Pacific/Auckland']);
    const result = await cli(['merge', ny, nz], { cwd: out });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('reports counted in different time zones cannot be merged');
    expect(result.stderr).toContain(`America/New_York: ${ny}`);
    expect(result.stderr).toContain(`Pacific/Auckland: ${nz}`);
  });

  it('reports made with UTC, Etc/UTC and utc are counted in one zone and merge', async () => {
    const files = [
      await writeReport('utc.json', [api.dir], ['--timezone', 'UTC']),
      await writeReport('etc-utc.json', [web.dir], ['--timezone', 'Etc/UTC']),
      await writeReport('lower-utc.json', [api.dir, web.dir], ['--timezone', 'utc']),
    ];
    const merged = await cli(['merge', ...files, '--format', 'json'], { cwd: out });
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    const json = JSON.parse(merged.stdout);
    expect(json.window).toMatchObject({ kind: 'days', label: '2026-04-01 to 2026-04-30', timezone: 'UTC' });
    expect(json.totals).toMatchObject({ tasks: 3, humanMinutes: (8 + 2 + 4 + 3) * 60 });
  });

  it('reports of different schema versions: a clear error naming the files under each version', async () => {
    const v1 = await writeReport('v1.json', [api.dir]);
    const v2 = path.join(out, 'v2.json');
    await writeFile(v2, (await readFile(v1, 'utf8')).replace('"schemaVersion": 1', '"schemaVersion": 2'));
    const result = await cli(['merge', 'v1.json', 'v2.json'], { cwd: out });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('reports of different schema versions cannot be merged');
    expect(result.stderr).toContain('schemaVersion 1: v1.json');
    expect(result.stderr).toContain('schemaVersion 2: v2.json');
  });

  it('every unreadable or invalid file is named at once', async () => {
    await writeFile(path.join(out, 'broken.json'), '{"schemaVersion": 1, "window": ');
    await writeFile(path.join(out, 'other.json'), '{"schemaVersion": 1, "window": {}}');
    const result = await cli(['merge', 'broken.json', 'other.json'], { cwd: out });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/broken\.json: not JSON/);
    expect(result.stderr).toMatch(/other\.json: not a git-leverage report/);
    const missing = await cli(['merge', 'nope.json'], { cwd: out });
    expect(missing.stderr).toContain('nope.json: cannot read (no such file)');
  });
});

describe('mergeReports (pure)', () => {
  const input = (window: ReportInput['window'], agent = 'Claude'): ReportInput => ({ window, agent, repositories: ['r'], commits: [] });

  it('nothing to merge is an error', () => {
    expect(() => mergeReports([])).toThrow(MergeError);
  });

  it('a zone mismatch names reports by position when no file is known', () => {
    expect(() => mergeReports([input({ kind: 'all', label: 'all history', timezone: 'UTC' }), input({ kind: 'all', label: 'all history', timezone: 'Europe/Paris' })])).toThrow(/UTC: report #1\n {2}Europe\/Paris: report #2/);
  });

  it('zone names are compared canonically: every spelling of UTC is UTC, and case does not matter', () => {
    const all = (timezone: string) => input({ kind: 'all', label: 'all history', timezone });
    const utc = ['UTC', 'Etc/UTC', 'utc', 'Etc/GMT', 'GMT', 'Zulu', 'etc/universal', 'UCT'].map(all);
    expect(mergeReports(utc).window.timezone).toBe('UTC');
    expect(mergeReports([all('Etc/UTC'), all('Etc/UTC')]).window.timezone, 'one spelling is kept as written').toBe('Etc/UTC');
    expect(mergeReports([all('america/new_york'), all('America/New_York')]).window.timezone).toBe('America/New_York');
    const day = (timezone: string) => input({ kind: 'day', label: '2026-04-12', timezone, start: 1775952000, end: 1776038400 });
    expect(mergeReports([day('Etc/UTC'), day('UTC')]).window).toEqual({ kind: 'day', label: '2026-04-12', timezone: 'UTC', start: 1775952000, end: 1776038400 });
    expect(() => mergeReports([all('UTC'), all('Etc/UTC'), all('Europe/London')])).toThrow(/different time zones cannot be merged[^]*\n {2}UTC = Etc\/UTC: report #1, report #2\n {2}Europe\/London: report #3$/);
  });

  it('a zone this machine does not know is named with its report', () => {
    const named = (timezone: string, source: string) => ({ ...input({ kind: 'all', label: 'all history', timezone }), source });
    expect(() => mergeReports([named('UTC', 'a.json'), named('Mars/Olympus_Mons', 'b.json')])).toThrow(/does not know[^]*\n {2}b\.json: unknown time zone "Mars\/Olympus_Mons"$/);
  });

  it('windows: the same window is kept; day windows are spanned; others are listed; agents are all named', () => {
    const day = (start: number, label: string) => input({ kind: 'day', label, timezone: 'UTC', start, end: start + 86_400 });
    expect(mergeReports([day(1775952000, '2026-04-12'), day(1775952000, '2026-04-12')]).window.label).toBe('2026-04-12');
    expect(mergeReports([day(1775952000, '2026-04-12'), day(1776124800, '2026-04-14')]).window).toMatchObject({ kind: 'days', label: '2026-04-12 to 2026-04-14' });
    const ranges = mergeReports([input({ kind: 'range', label: 'a..b', timezone: 'UTC', range: 'a..b' }, 'Claude'), input({ kind: 'all', label: 'all history', timezone: 'UTC' }, 'Codex')]);
    expect(ranges.window).toEqual({ kind: 'all', label: 'a..b, all history', timezone: 'UTC' });
    expect(ranges.agent).toBe('Claude / Codex');
  });

  it('reads back what parseReportJson names', () => {
    const text = JSON.stringify({ schemaVersion: 1, window: { kind: 'all', label: 'x', timezone: 'UTC' }, agent: 'Claude', repositories: [], commits: [] });
    expect(parseReportJson(text, 'a/b.json').source).toBe('a/b.json');
  });
});
