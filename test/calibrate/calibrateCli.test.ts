/**
 * `calibrate`, `report --calibrated` and who estimated, on a real repository whose commits were
 * made with `git-leverage commit --actual` / `--estimated-by`: every figure below is worked out by
 * hand from the history built here.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGit } from '../../src/git/runGit.js';
import { cli } from '../helpers/cli.js';
import { githubHtml, hasCmark } from '../helpers/githubMarkdown.js';
import { createTempRepo, removeTempDirs, type TempRepo } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

/**
 * Twelve pairs (estimate, actual): five under 1 h that took about half their estimate (median 0.5),
 * two of 1 to 8 h (too few for a band median), five of 8 to 40 h that took about 1.5 times (median
 * 1.5). Days 1 to 10 of April 2026, the last two on the 12th.
 */
const PAIRS: [estimate: string, actual: string][] = [
  ['10m', '5m'],
  ['20m', '12m'],
  ['30m', '15m'],
  ['40m', '18m'],
  ['50m', '30m'],
  ['2h', '3h'],
  ['4h', '150m'],
  ['10h', '15h'],
  ['12h', '20h'],
  ['16h', '24h'],
  ['20h', '28h'],
  ['30h', '48h'],
];
const PAIR_DAYS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 12];

let repo: TempRepo;

async function leverageCommit(day: number, hour: number, subject: string, flags: string[]): Promise<void> {
  const date = `2026-04-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
  const run = await cli(['commit', '--allow-empty', '--quiet', '-m', subject, '--task', subject, ...flags], { cwd: repo.dir, env: { ...repo.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
  expect(run.code, run.stderr).toBe(0);
}

beforeAll(async () => {
  repo = await createTempRepo();
  const commits: [day: number, hour: number, subject: string, flags: string[]][] = PAIRS.map(([estimate, actual], index) => [PAIR_DAYS[index] as number, 8 + (index % 4), `Done by hand ${index + 1}`, ['--human', estimate, '--actual', actual]]);
  // Agent work on the 12th: who estimated each, and what the calibration makes of it.
  commits.push([12, 13, 'Small fix', ['--human', '30m', '--claude', '5']]);
  commits.push([12, 14, 'Importer', ['--human', '16h', '--claude', '60', '--estimated-by', 'agent']]);
  commits.push([12, 15, 'Settings page', ['--human', '3h', '--claude', '30', '--estimated-by', 'Grace Hopper']]);
  // A record on the 5th, when only five pairs had been recorded.
  commits.push([5, 16, 'Early work', ['--human', '1h', '--claude', '6']]);
  // In the order of their dates, as history is made (git log --since stops at the first older commit).
  commits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [day, hour, subject, flags] of commits) await leverageCommit(day, hour, subject, flags);
});

/** Spearman by the textbook formula (no ties here): 1 - 6Σd² / (n(n² - 1)). */
function spearmanWithoutTies(xs: number[], ys: number[]): number {
  const rank = (values: number[]) => values.map((value) => [...values].sort((a, b) => a - b).indexOf(value) + 1);
  const [rx, ry] = [rank(xs), rank(ys)];
  const d2 = rx.reduce((sum, r, index) => sum + (r - (ry[index] as number)) ** 2, 0);
  const n = xs.length;
  return 1 - (6 * d2) / (n * (n * n - 1));
}

describe('git-leverage calibrate', () => {
  it('JSON: pairs, rank correlation, medians overall and by band, with the pairs each rests on', async () => {
    const run = await cli(['calibrate', '--format', 'json', '--timezone', 'UTC'], { cwd: repo.dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout);
    expect(json.window).toMatchObject({ kind: 'all' }); // no window named: all history
    expect(json).toMatchObject({ pairs: 12, enough: true, minimumPairs: 10, bandMinimumPairs: 5 });
    expect(json.bands.map((band: { band: string; pairs: number; medianRatio: number | null }) => [band.band, band.pairs, band.medianRatio])).toEqual([
      ['under-1h', 5, 0.5],
      ['1-8h', 2, null],
      ['8-40h', 5, 1.5],
      ['40h-plus', 0, null],
    ]);
    // Sorted ratios 0.45 0.5 0.5 0.6 0.6 0.625 | 1.4 1.5 1.5 1.5 1.6 1.67: the median is (0.625 + 1.4) / 2.
    expect(json.medianRatio).toBeCloseTo(1.0125, 12);
    const estimates = json.pairList.map((pair: { estimateMinutes: number }) => pair.estimateMinutes);
    const actuals = json.pairList.map((pair: { actualMinutes: number }) => pair.actualMinutes);
    expect(estimates).toEqual([10, 20, 30, 40, 50, 120, 240, 600, 720, 960, 1200, 1800]);
    expect(json.rankCorrelation).toBeCloseTo(spearmanWithoutTies(estimates, actuals), 12);
    expect(json.rankCorrelation).toBeCloseTo(1 - 12 / 1716, 12);
    expect(json.ratioMeaning).toMatch(/above 1, the work took longer than estimated/);
  });

  it('text: the figures, what a ratio means, and the compression read in words', async () => {
    const run = await cli(['calibrate', '--timezone', 'UTC'], { cwd: repo.dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('12 calibration pairs.\nRank correlation of estimate and actual (Spearman): 0.99 (95% interval');
    expect(run.stdout).toContain('Median actual/estimate: 1.01 (12 pairs)');
    expect(run.stdout).toMatch(/^under 1 h +5 {2}0\.50$/m);
    expect(run.stdout).toMatch(/^1 to 8 h +2 {2}too few \(5 needed\)$/m);
    expect(run.stdout).toMatch(/^8 to 40 h +5 {2}1\.50$/m);
    expect(run.stdout).toContain('A ratio is actual / estimate: above 1, the work took longer than estimated');
    expect(run.stdout).toContain('Compression bias: estimates under 1 h ran short of their estimate (median 0.50), estimates 8 to 40 h ran long (1.50)');
  });

  it('a window with too few pairs says so, and the same commit reached through a clone counts once', async () => {
    const day = await cli(['calibrate', '--date', '2026-04-12', '--timezone', 'UTC'], { cwd: repo.dir });
    expect(day.code, day.stderr).toBe(0);
    expect(day.stdout).toContain('2 calibration pairs: not enough pairs to judge the estimates (10 needed).');
    expect(day.stdout).not.toContain('Median');

    const clone = path.join(path.dirname(repo.dir), 'clone');
    await runGit(['clone', '--quiet', repo.dir, clone], path.dirname(repo.dir), undefined, repo.env);
    const both = await cli(['calibrate', '--format', 'json', '--repo', repo.dir, '--repo', clone], { cwd: repo.dir });
    expect(both.code, both.stderr).toBe(0);
    expect(JSON.parse(both.stdout).pairs).toBe(12);
  });

  it('a format it does not write is a one-line usage error', async () => {
    const run = await cli(['calibrate', '--format', 'csv'], { cwd: repo.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('git-leverage: unknown --format "csv" for calibrate (accepted: text, md (or markdown), json)\n');
  });
});

describe('git-leverage report --calibrated', () => {
  const day = ['report', '--date', '2026-04-12', '--timezone', 'UTC'];

  it('JSON: each record times its band\'s median (or the overall one), totals and factors beside the raw ones', async () => {
    const run = await cli([...day, '--calibrated', '--format', 'json'], { cwd: repo.dir });
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    const calibration = json.calibration;
    expect(calibration).toMatchObject({ method: 'band-median', applied: true, scope: 'all history up to 2026-04-12', pairs: 12 });
    const byKey = Object.fromEntries(calibration.tasks.map((task: { key: string; calibratedMinutes: number; calibratedFactor: number }) => [task.key, task]));
    // 30m x 0.5 (under 1 h); 16h x 1.5 (8 to 40 h); 3h x 1.0125 (1 to 8 h has two pairs: the overall median).
    expect(byKey['text:Small fix']).toMatchObject({ humanMinutes: 30, calibratedMinutes: 15, calibratedFactor: 3 });
    expect(byKey['text:Importer']).toMatchObject({ humanMinutes: 960, calibratedMinutes: 1440, calibratedFactor: 24 });
    expect(byKey['text:Settings page'].calibratedMinutes).toBeCloseTo(182.25, 10);
    expect(calibration.totals.humanMinutes).toBe(1170);
    expect(calibration.totals.calibratedMinutes).toBeCloseTo(1637.25, 10);
    expect(calibration.totals.calibratedFactor).toBeCloseTo(1637.25 / 95, 10);
    expect(calibration.ratios.map((ratio: { band: string; source: string }) => [ratio.band, ratio.source])).toEqual([
      ['under-1h', 'band'],
      ['1-8h', 'overall'],
      ['8-40h', 'band'],
      ['40h-plus', 'overall'],
    ]);
    // The raw figures are untouched.
    expect(json.totals.humanMinutes).toBe(1170);
    const plain = JSON.parse((await cli([...day, '--format', 'json'], { cwd: repo.dir })).stdout);
    expect(plain.calibration).toBeUndefined();
    expect({ ...json, calibration: undefined }).toEqual({ ...plain, calibration: undefined });
  });

  it('Markdown: the published tables are unchanged, and a Calibrated estimates section follows, its method stated under it', async () => {
    const plain = (await cli([...day, '--format', 'md', '--chart', 'none'], { cwd: repo.dir })).stdout;
    const run = await cli([...day, '--format', 'md', '--chart', 'none', '--calibrated'], { cwd: repo.dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.startsWith(`${plain.slice(0, -1)}\n\n## Calibrated estimates\n\n`)).toBe(true);
    const section = run.stdout.slice(plain.length + 1);
    expect(section).toContain('| # | Task | Human Est. | Calibrated | Factor | Calibrated Factor |');
    expect(section).toMatch(/\| Importer \| 16h \| 24h \| 16\.0x \| 24\.0x \|/);
    expect(section).toContain('| Total human-equivalent hours | 19.5 | 27.29 |');
    expect(section).toContain('from 12 pairs in all history up to 2026-04-12: under 1 h 0.50 (5 pairs); 1 to 8 h 1.01 (the overall median: the band has 2 pairs, 5 needed); 8 to 40 h 1.50 (5 pairs)');
    if (hasCmark) {
      const html = githubHtml(section);
      expect(html).toContain('<th>Calibrated Factor</th>');
      expect(html).toContain('<td>Importer</td>\n<td>16h</td>\n<td>24h</td>');
    }
  });

  it('too few pairs before the window\'s end: the report says so and shows raw figures only', async () => {
    const run = await cli(['report', '--date', '2026-04-05', '--timezone', 'UTC', '--calibrated', '--format', 'text'], { cwd: repo.dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Calibrated estimates:\nNot enough calibration pairs to calibrate: 5 in all history up to 2026-04-05 (10 needed); every figure above is raw.');
    expect(run.stdout).not.toContain('Calibrated Factor');
  });

  it('a shallow clone gives the pairs it holds, and the scope says where its history stops', async () => {
    // The last 8 commits: the pairs of the 8th (the boundary), 9th, 10th and the two of the 12th, and the 12th's three records.
    const clone = path.join(path.dirname(repo.dir), 'shallow');
    await runGit(['clone', '--quiet', '--depth', '8', `file://${repo.dir}`, clone], path.dirname(repo.dir), undefined, repo.env);
    const run = await cli([...day, '--calibrated', '--format', 'json'], { cwd: clone });
    expect(run.code, run.stderr).toBe(0);
    const { calibration } = JSON.parse(run.stdout);
    expect(calibration).toMatchObject({ applied: false, pairs: 4, scope: "all history up to 2026-04-12 (shallow from 2026-04-08, where its shallow clone's history stops)" });
    // The calibrate command over a window the clone does not hold whole still refuses, naming the fix.
    const whole = await cli(['calibrate', '--timezone', 'UTC'], { cwd: clone });
    expect(whole.code).toBe(1);
    expect(whole.stderr).toContain('is a shallow clone whose history stops at');
    expect(whole.stderr).toContain('git fetch --unshallow');
  });

  it('csv and html are refused with the flag', async () => {
    const run = await cli([...day, '--calibrated', '--format', 'csv'], { cwd: repo.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('git-leverage: --calibrated works with --format md, text or json, not csv\n');
  });
});

describe('who estimated', () => {
  it('Markdown, text and JSON give each kind\'s share of the hours (a name counts as human)', async () => {
    const md = await cli(['report', '--date', '2026-04-12', '--timezone', 'UTC', '--format', 'md', '--chart', 'none'], { cwd: repo.dir });
    expect(md.stdout).toContain(
      '## Who estimated\n\n| Estimated by | Records | Human-equivalent hours | Share |\n|---|---:|---:|---:|\n| agent | 1 | 16 | 82.1% |\n| human (a person, named or not) | 1 | 3 | 15.4% |\n| not stated | 1 | 0.5 | 2.6% |',
    );
    const text = await cli(['report', '--date', '2026-04-12', '--timezone', 'UTC', '--format', 'text'], { cwd: repo.dir });
    expect(text.stdout).toMatch(/Who estimated \(share of the human-equivalent hours\):\nEstimated by +Records +Human-equivalent hours +Share\nagent +1 +16 +82\.1%/);
    const json = JSON.parse((await cli(['report', '--date', '2026-04-12', '--timezone', 'UTC', '--format', 'json'], { cwd: repo.dir })).stdout);
    expect(json.estimators.map((share: { kind: string; humanMinutes: number }) => [share.kind, share.humanMinutes])).toEqual([
      ['agent', 960],
      ['human', 180],
      ['unstated', 30],
    ]);
    expect(json.estimators[0].share).toBeCloseTo(960 / 1170, 12);
    const html = await cli(['report', '--date', '2026-04-12', '--timezone', 'UTC', '--format', 'html'], { cwd: repo.dir });
    expect(html.stdout).toContain('<h2>Who estimated</h2>');
    expect(html.stdout).toContain('<tr><td>agent</td><td class="num">1</td><td class="num">16</td><td class="num">82.1%</td></tr>');
  });

  it('nothing when no record says who estimated', async () => {
    const md = await cli(['report', '--date', '2026-04-05', '--timezone', 'UTC', '--format', 'md'], { cwd: repo.dir });
    expect(md.stdout).not.toContain('Who estimated');
    const json = JSON.parse((await cli(['report', '--date', '2026-04-05', '--timezone', 'UTC', '--format', 'json'], { cwd: repo.dir })).stdout);
    expect(json.estimators).toBeUndefined();
    const html = await cli(['report', '--date', '2026-04-05', '--timezone', 'UTC', '--format', 'html'], { cwd: repo.dir });
    expect(html.stdout).not.toContain('Who estimated');
  });
});
