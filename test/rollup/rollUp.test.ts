/**
 * Roll-ups on real repositories: calendar periods in the report's zone, ISO weeks from Monday, empty
 * periods kept, a DST week of 167 hours, a month boundary where the zone's day differs from UTC's.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/record/buildRecord.js';
import type { LeverageCommit, LeverageReport } from '../../src/record/types.js';
import { rollUp } from '../../src/rollup/rollUp.js';
import { cli } from '../helpers/cli.js';
import { createTempRepo, leverageMessage, removeTempDirs, type TempRepo } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

const NEW_YORK = ['--timezone', 'America/New_York'];

describe('a week of America/New_York with the switch to daylight saving time (Sunday 2026-03-08)', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    repo = await createTempRepo();
    await repo.commit({ message: leverageMessage('alpha', { Task: 'Alpha "quoted" [x]', 'Human-Estimate': '8h', 'Claude-Minutes': 30, 'Supervisory-Minutes': 5 }), date: '2026-03-02T10:00:00-05:00' });
    // Sunday 23:30 EDT: still the week of Monday 2026-03-02.
    await repo.commit({ message: leverageMessage('beta', { Task: 'Beta', 'Human-Estimate': '2h', 'Claude-Minutes': 10 }), date: '2026-03-08T23:30:00-04:00' });
    // Monday 00:30 EDT, one hour later: the next week.
    await repo.commit({ message: leverageMessage('gamma', { Task: 'Gamma', 'Human-Estimate': '4h', 'Claude-Minutes': 12, 'Supervisory-Minutes': 2 }), date: '2026-03-09T00:30:00-04:00' });
  });

  it('by week: Markdown roll-up table before the Task Log, empty week kept, totals row', async () => {
    const result = await cli(['report', '--since', '2026-03-01', '--until', '2026-03-10', ...NEW_YORK, '--by', 'week', '--chart', 'none'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      [
        '## By week (Monday to Sunday, America/New_York)',
        '',
        '| Date | Tasks | Human hours | Claude min | Sup. min | Factor | Sup. Factor | Weeks |',
        '|---|---:|---:|---:|---:|---:|---:|---:|',
        '| 2026-02-23 (W09) |  |  |  |  |  |  |  |',
        '| 2026-03-02 (W10) | 2 | 10 | 40 | 5 | 15.0x | 96.0x | 0.3 |',
        '| 2026-03-09 (W11) | 1 | 4 | 12 | 2 | 20.0x | 120.0x | 0.1 |',
        '| **Total** | **3** | **14** | **52** | **7** | **16.2x** | **102.9x** | **0.4** |',
        '',
        '## Task Log',
      ].join('\n'),
    );
    expect(result.stdout).not.toContain('```mermaid');
  });

  it('by day in text with --summary: every day of the span, no task table', async () => {
    const result = await cli(['report', '--since', '2026-03-01', '--until', '2026-03-10', ...NEW_YORK, '--by', 'day', '--format', 'text', '--summary'], { cwd: repo.dir });
    expect(result.stdout).toBe(
      [
        'Leverage Record: 2026-03-01 to 2026-03-10 (America/New_York)',
        '',
        'By day (America/New_York):',
        'Date        Tasks  Human hours  Claude min  Sup. min  Factor  Sup. Factor  Weeks',
        '--------------------------------------------------------------------------------',
        '2026-03-01',
        '2026-03-02      1            8          30         5   16.0x        96.0x    0.2',
        '2026-03-03',
        '2026-03-04',
        '2026-03-05',
        '2026-03-06',
        '2026-03-07',
        '2026-03-08      1            2          10         -   12.0x            -    0.1',
        '2026-03-09      1            4          12         2   20.0x       120.0x    0.1',
        '2026-03-10',
        '--------------------------------------------------------------------------------',
        'Total           3           14          52         7   16.2x       102.9x    0.4',
        '',
        'Total tasks                                        3',
        'Total human-equivalent hours                      14',
        'Total Claude minutes                              52',
        'Total supervisory minutes                          7',
        'Total tokens                                       -',
        'Weighted average leverage factor               16.2x',
        'Weighted average supervisory leverage factor  102.9x',
        '',
      ].join('\n'),
    );
  });

  it('--summary in Markdown keeps headline, chart, roll-up and totals, drops the Task Log', async () => {
    const result = await cli(['report', '--since', '2026-03-01', '--until', '2026-03-10', ...NEW_YORK, '--by', 'week', '--summary'], { cwd: repo.dir });
    expect(result.stdout).toContain('**Three tasks at 16.2x leverage.**');
    expect(result.stdout).toContain('```mermaid\nxychart-beta');
    expect(result.stdout).toContain('## By week');
    expect(result.stdout).toContain('## Aggregate Statistics');
    expect(result.stdout).not.toContain('## Task Log');
    expect(result.stdout).not.toContain('left out of the Task Log');
  });

  it('JSON periods: the DST week is 167 hours long, empty periods are zero with null factors', async () => {
    const result = await cli(['report', '--since', '2026-03-01', '--until', '2026-03-10', ...NEW_YORK, '--by', 'week', '--format', 'json'], { cwd: repo.dir });
    const json = JSON.parse(result.stdout);
    expect(json.periodUnit).toBe('week');
    expect(json.periods.map((p: { period: string }) => p.period)).toEqual(['2026-W09', '2026-W10', '2026-W11']);
    const [empty, dst, next] = json.periods;
    expect(empty).toMatchObject({ tasks: 0, humanMinutes: 0, factor: null, supervisoryFactor: null });
    expect(dst.end - dst.start).toBe(167 * 3600);
    expect(dst).toMatchObject({ startDate: '2026-03-02', tasks: 2, humanMinutes: 600, claudeMinutes: 40, factor: 15 });
    expect(next).toMatchObject({ startDate: '2026-03-09', tasks: 1, humanMinutes: 240 });
    // Nothing counted twice or lost: the periods add up to the totals.
    const sum = json.periods.reduce((total: number, p: { humanMinutes: number }) => total + p.humanMinutes, 0);
    expect(sum).toBe(json.totals.humanMinutes);
  });

  it('the chart follows config `chart`, and --chart overrides it', async () => {
    const args = ['report', '--since', '2026-03-01', '--until', '2026-03-10', ...NEW_YORK];
    expect((await cli(args, { cwd: repo.dir })).stdout).toContain('```mermaid');
    const config = path.join(repo.dir, '..', 'no-chart.yml');
    await writeFile(config, 'chart: none\n');
    expect((await cli([...args, '--config', config], { cwd: repo.dir })).stdout).not.toContain('```mermaid');
    expect((await cli([...args, '--config', config, '--chart', 'mermaid'], { cwd: repo.dir })).stdout).toContain('```mermaid');
  });

  it('without --by the JSON has no periods (schema unchanged for existing readers)', async () => {
    const json = JSON.parse((await cli(['report', '--since', '2026-03-01', '--until', '2026-03-10', ...NEW_YORK, '--format', 'json'], { cwd: repo.dir })).stdout);
    expect(json).not.toHaveProperty('periods');
  });
});

describe('a month boundary in Pacific/Kiritimati (UTC+14)', () => {
  it('10:30 UTC on 31 March is already 1 April there', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: leverageMessage('march', { Task: 'March work', 'Human-Estimate': '3h', 'Claude-Minutes': 9 }), date: '2026-03-31T09:30:00Z' });
    await repo.commit({ message: leverageMessage('april', { Task: 'April work', 'Human-Estimate': '5h', 'Claude-Minutes': 10 }), date: '2026-03-31T10:30:00Z' });
    const kiritimati = await cli(['report', '--since', '2026-03-01', '--until', '2026-04-30', '--timezone', 'Pacific/Kiritimati', '--by', 'month', '--chart', 'none'], { cwd: repo.dir });
    expect(kiritimati.stdout).toContain(
      [
        '| 2026-03 | 1 | 3 | 9 | - | 20.0x | - | 0.1 |',
        '| 2026-04 | 1 | 5 | 10 | - | 30.0x | - | 0.1 |',
        '| **Total** | **2** | **8** | **19** | **-** | **25.3x** | **-** | **0.2** |',
      ].join('\n'),
    );
    const utc = await cli(['report', '--since', '2026-03-01', '--until', '2026-04-30', '--timezone', 'UTC', '--by', 'month', '--format', 'csv'], { cwd: repo.dir });
    expect(utc.stdout).toBe(
      [
        'period,start_date,tasks,human_hours,claude_minutes,supervisory_minutes,tokens,factor,supervisory_factor,weeks',
        '2026-03,2026-03-01,2,8,19,,,25.26,,0.2',
        '2026-04,2026-04-01,0,,,,,,,',
        'total,2026-03-01,2,8,19,,,25.26,,0.2',
        '',
      ].join('\r\n'),
    );
  });
});

describe('rollUp (pure)', () => {
  const record = (sha: string, task: string, time: number, human: number, taskId?: string): LeverageCommit => ({
    repo: 'r',
    sha: sha.repeat(40).slice(0, 40),
    authorName: 'A',
    authorEmail: 'a@example.com',
    authorTime: time,
    subject: task,
    verdict: { kind: 'record', figures: { task, taskId, humanMinutes: human, claudeMinutes: 10, supervisoryMinutes: undefined, tokens: undefined } },
  });
  const report = (commits: LeverageCommit[]): LeverageReport => ({
    window: { kind: 'range', label: 'a..b', timezone: 'Pacific/Auckland', range: 'a..b' },
    agent: 'Claude',
    repositories: ['r'],
    commits,
    record: buildRecord(commits, { sort: 'factor' }),
  });

  it('a range spans its first to last record; a task over two days counts in each day, once in the totals', () => {
    // 2026-04-11T23:00Z is 12 April 11:00 in Auckland (NZST, UTC+12).
    const rollup = rollUp(report([record('a', 'T', Date.parse('2026-04-11T23:00:00Z') / 1000, 60, 'T-1'), record('b', 'T', Date.parse('2026-04-13T23:00:00Z') / 1000, 120, 'T-1')]), 'day');
    expect(rollup.periods.map((p) => [p.key, p.totals.tasks, p.totals.humanMinutes])).toEqual([
      ['2026-04-12', 1, 60],
      ['2026-04-13', 0, 0],
      ['2026-04-14', 1, 120],
    ]);
    expect(rollup.totals).toMatchObject({ tasks: 1, humanMinutes: 180 });
  });

  it('weeks start on Monday and carry the ISO week-year (2026-12-28 is in 2026-W53)', () => {
    const rollup = rollUp(report([record('c', 'T', Date.parse('2027-01-02T00:00:00Z') / 1000, 60)]), 'week');
    expect(rollup.periods.map((p) => [p.key, p.startDate])).toEqual([['2026-W53', '2026-12-28']]);
  });

  it('no records and no window bounds: no periods', () => {
    expect(rollUp(report([]), 'month').periods).toEqual([]);
  });
});

describe('a day whose midnight DST skips (America/Santiago, 2026-09-06)', () => {
  it('every day is a period, each commit counted on one day, in the roll-up and in day reports alike', async () => {
    const repo = await createTempRepo();
    // 2026-09-06 starts at 01:00 there (-03): 00:30 on the 7th is the first half hour of the 7th.
    await repo.commit({ message: leverageMessage('sunday', { Task: 'Sunday work', 'Human-Estimate': '2h', 'Claude-Minutes': 10 }), date: '2026-09-06T12:00:00-03:00' });
    await repo.commit({ message: leverageMessage('monday', { Task: 'Monday just after midnight', 'Human-Estimate': '3h', 'Claude-Minutes': 10 }), date: '2026-09-07T00:30:00-03:00' });
    const zone = ['--timezone', 'America/Santiago'];
    const json = JSON.parse((await cli(['report', '--since', '2026-09-05', '--until', '2026-09-07', ...zone, '--by', 'day', '--format', 'json'], { cwd: repo.dir })).stdout);
    const periods = json.periods as { period: string; start: number; end: number; humanMinutes: number }[];
    expect(periods.map((p) => [p.period, p.humanMinutes, (p.end - p.start) / 3600])).toEqual([
      ['2026-09-05', 0, 24],
      ['2026-09-06', 120, 23],
      ['2026-09-07', 180, 24],
    ]);
    periods.slice(1).forEach((period, index) => expect(period.start).toBe((periods[index] as { end: number }).end));
    const tasksOn = async (date: string) => JSON.parse((await cli(['report', '--date', date, ...zone, '--format', 'json'], { cwd: repo.dir })).stdout).tasks.map((task: { task: string }) => task.task);
    expect(await tasksOn('2026-09-06')).toEqual(['Sunday work']);
    expect(await tasksOn('2026-09-07')).toEqual(['Monday just after midnight']);
  });
});
