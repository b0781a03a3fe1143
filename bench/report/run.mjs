/**
 * `npm run bench:report`: times `git-leverage report` against its floor, measured in the same run,
 * on generated histories of 25,000 and 100,000 commits (see buildHistory.mjs).
 *
 * - all history: the floor is the very `git log` the collector runs (its arguments come from
 *   gitLogArguments in src/git/logArguments.ts) plus Node's own start-up (`node -e 0`);
 * - one day in the middle: the floor is `git log --since=<day start> --format=%H%x00%at` over the same
 *   revisions (any correct reader must look at every author date back to the day's start) plus
 *   `node -e 0`.
 * Both floors run with the collector's git environment (GIT_LOG_ENV: fully buffered output), under
 * which git is at its fastest.
 *
 * Every time is the median of --runs runs, the commands taking turns so that a busy machine slows
 * each of them alike; a ratio is the median of the rounds' ratios (each round's report against the
 * floor measured beside it), with the lowest and highest shown. Peak memory is the maximum resident set of the report process
 * (`/usr/bin/time -f %M`), the median of three runs. Targets (issue 6): at the longest history
 * (100,000 commits), report <= 1.35x its floor for both windows (issue 16); peak memory there <= 1.5x
 * that at 25,000. The shorter history's time ratios are printed for reference. `--check` makes a missed
 * target exit 1.
 *
 * Options: --runs N (default 7), --sizes 25000,100000, --cli PATH (default bin/git-leverage.js; the
 * bundle in dist/ must be current: `npm run build`), --check, --compare PATH (another build's
 * bin/git-leverage.js, e.g. a copy of the tree before a change: its reports run in the same rounds,
 * and each window prints both builds' ratios and in how many rounds the compared build was faster;
 * on a noisy machine two runs of the same build differ more than a small change does), --repo DIR
 * (an existing repository instead of the generated ones, e.g. a clone of a real project: all its
 * history, and the day in the middle of its authors' dates).
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchGitEnv, benchRepository, HISTORY_SECONDS, HISTORY_START } from './buildHistory.mjs';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const workDir = path.join(root, 'bench', '.work');
const TARGET_RATIO = 1.35;
const TARGET_MEMORY_GROWTH = 1.5;

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
}
const runs = Number(option('runs', '7'));
const sizes = option('sizes', '25000,100000').split(',').map(Number);
const cli = path.resolve(root, option('cli', 'bin/git-leverage.js'));
const compare = option('compare', undefined) && path.resolve(root, option('compare', undefined));
const check = process.argv.includes('--check');
const givenRepo = option('repo', undefined) && path.resolve(option('repo', undefined));

/**
 * The collector's own code, compiled from src/ as it stands, so the floor is exactly the command the
 * collector runs (not a copy of its arguments that could drift).
 */
function compileCollector() {
  const out = path.join(workDir, 'compiled');
  const sources = ['src/git/logArguments.ts', 'src/git/openRepository.ts', 'src/window/reportWindow.ts'];
  const tsc = spawnSync(
    path.join(root, 'node_modules', '.bin', 'tsc'),
    ['--outDir', out, '--rootDir', 'src', '--target', 'ES2022', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--skipLibCheck', '--types', 'node', '--strict', ...sources],
    { cwd: root, encoding: 'utf8' },
  );
  if (tsc.status !== 0) throw new Error(`could not compile the collector:\n${tsc.stdout}${tsc.stderr}`);
  return out;
}

/** Wall time of one command in seconds, its output sent to /dev/null as a terminal user's would be read. */
function timeOnce(command, args, cwd, env) {
  return new Promise((resolve, reject) => {
    const devNull = openSync('/dev/null', 'w');
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env: { ...benchGitEnv(), ...env }, stdio: ['ignore', devNull, 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      closeSync(devNull);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${stderr}`));
      else resolve(seconds);
    });
  });
}

/** Peak resident set, in megabytes (GNU time's %M is in kilobytes): the median of three runs. */
function peakMemory(command, args, cwd) {
  const peaks = [0, 1, 2].map(() => {
    const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { cwd, env: benchGitEnv(), encoding: 'utf8', maxBuffer: 1 << 28 });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
    return Number(result.stderr.trim().split('\n').pop()) / 1024;
  });
  return median(peaks);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs each labelled command `runs` times, taking turns (after one unmeasured warm-up each); every time, by label. */
/** A repository given with --repo: how many commits its branches hold, and the day in the middle of its authors' dates. */
function givenHistory(dir) {
  const times = spawnSync('git', ['log', '--format=%at', '--branches', 'HEAD', '--'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (times.status !== 0) throw new Error(`--repo ${dir}: ${times.stderr.trim()}`);
  const seconds = times.stdout.trim().split('\n').map(Number).sort((a, b) => a - b);
  const middle = seconds[Math.floor(seconds.length / 2)];
  return { size: seconds.length, dir, day: new Date(middle * 1000).toISOString().slice(0, 10) };
}

async function timeInTurns(commands) {
  const times = new Map(commands.map(({ label }) => [label, []]));
  for (let round = -1; round < runs; round += 1) {
    // Rotate the order so no command always runs right after another's output left the page cache.
    const order = commands.map((_, i) => commands[(i + Math.max(round, 0)) % commands.length]);
    for (const { label, command, args, cwd, env } of order) {
      const seconds = await timeOnce(command, args, cwd, env);
      if (round >= 0) times.get(label).push(seconds);
    }
  }
  return Object.fromEntries(times);
}

const seconds = (value) => `${value.toFixed(3)} s`;
const verdict = (ok) => (ok ? 'ok' : 'MISSED');

async function main() {
  if (!existsSync(cli)) throw new Error(`${cli} not found: run \`npm run build\` first`);
  if (!existsSync('/usr/bin/time')) throw new Error('/usr/bin/time (GNU time) is needed for peak memory: apt-get install time');
  mkdirSync(workDir, { recursive: true });
  const compiled = compileCollector();
  const { GIT_LOG_ENV, gitLogArguments, revisionArguments } = await import(path.join(compiled, 'git', 'logArguments.js'));
  const { openRepository } = await import(path.join(compiled, 'git', 'openRepository.js'));
  const { allHistoryWindow, dayWindow } = await import(path.join(compiled, 'window', 'reportWindow.js'));
  const keys = { task: 'Task', humanEstimate: 'Human-Estimate', claudeMinutes: 'Claude-Minutes', supervisoryMinutes: 'Supervisory-Minutes', tokens: 'Tokens', taskId: 'Task-Id' };

  const zone = 'UTC';
  // The histories to time: the generated ones, or the one given (its size counted, its middle day found).
  const histories = givenRepo ? [givenHistory(givenRepo)] : sizes.map((size) => ({ size, dir: undefined, day: new Date((HISTORY_START + HISTORY_SECONDS / 2) * 1000).toISOString().slice(0, 10) }));
  const day = histories[0].day;
  console.log(`git-leverage report benchmark: ${runs} runs each, medians; ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`CLI: ${path.relative(root, cli)}; ${spawnSync('git', ['--version'], { encoding: 'utf8' }).stdout.trim()}; Node ${process.version}; day window: ${day} (${zone})\n`);

  const rows = [];
  const comparisons = [];
  const memory = new Map();
  for (const { size, dir: given } of histories) {
    const started = Date.now();
    const dir = given ?? (await benchRepository(workDir, size));
    if (!given && Date.now() - started > 1000) console.log(`built ${size.toLocaleString('en-US')} commits in ${((Date.now() - started) / 1000).toFixed(1)} s (cached in ${path.relative(root, dir)})`);
    const repo = await openRepository(dir, dir);
    const allArgs = gitLogArguments(repo, { window: allHistoryWindow(zone), revs: [], keys });
    const window = dayWindow(day, zone);
    const dayFloorArgs = ['log', `--since=@${window.start}`, '--format=%H%x00%at', ...revisionArguments(repo, { window, revs: [], keys }), '--'];
    const reportAll = [cli, 'report', '--all-history', '--timezone', zone, '--repo', dir];
    const reportDay = [cli, 'report', '--date', day, '--timezone', zone, '--repo', dir];

    const times = await timeInTurns([
      { label: 'node', command: process.execPath, args: ['-e', '0'], cwd: dir },
      // Both floors run with the collector's git environment (GIT_FLUSH=0: fully buffered output),
      // which makes git itself faster: the floor is the cheapest git can be.
      { label: 'gitAll', command: 'git', args: allArgs, cwd: dir, env: GIT_LOG_ENV },
      { label: 'reportAll', command: process.execPath, args: reportAll, cwd: dir },
      { label: 'gitDay', command: 'git', args: dayFloorArgs, cwd: dir, env: GIT_LOG_ENV },
      { label: 'reportDay', command: process.execPath, args: reportDay, cwd: dir },
      ...(compare
        ? [
            { label: 'compareAll', command: process.execPath, args: [compare, ...reportAll.slice(1)], cwd: dir },
            { label: 'compareDay', command: process.execPath, args: [compare, ...reportDay.slice(1)], cwd: dir },
          ]
        : []),
    ]);
    const t = Object.fromEntries(Object.entries(times).map(([label, values]) => [label, median(values)]));
    const memAll = peakMemory(process.execPath, reportAll, dir);
    const memDay = peakMemory(process.execPath, reportDay, dir);
    memory.set(size, { all: memAll, day: memDay });
    for (const [label, reportKey, gitKey, mem] of [
      ['all history', 'reportAll', 'gitAll', memAll],
      [`day ${day}`, 'reportDay', 'gitDay', memDay],
    ]) {
      // The ratio of each round (the report against the floor measured beside it), then their
      // median: a machine whose speed drifts over a run slows a round's commands alike.
      const ratios = times[reportKey].map((report, round) => report / (times[gitKey][round] + times.node[round]));
      rows.push({ size, label, report: t[reportKey], git: t[gitKey], node: t.node, floor: t[gitKey] + t.node, ratio: median(ratios), lowest: Math.min(...ratios), highest: Math.max(...ratios), mem });
      if (compare) {
        const other = reportKey === 'reportAll' ? 'compareAll' : 'compareDay';
        const otherRatios = times[other].map((report, round) => report / (times[gitKey][round] + times.node[round]));
        const faster = times[other].filter((seconds, round) => seconds < times[reportKey][round]).length;
        comparisons.push(
          `compare ${size.toLocaleString('en-US').padStart(7)} ${label.padEnd(16)} ${path.relative(root, cli)} ${median(ratios).toFixed(3)}x, ${path.relative(root, compare)} ${median(otherRatios).toFixed(3)}x (${seconds(t[reportKey])} against ${seconds(t[other])}); the compared build faster in ${faster} of ${runs} rounds`,
        );
      }
    }
  }

  console.log('commits   window            report     floor = git log + node -e 0      ratio (rounds)          peak memory');
  for (const row of rows) {
    console.log(
      `${row.size.toLocaleString('en-US').padStart(7)}   ${row.label.padEnd(16)}  ${seconds(row.report).padStart(8)}   ${seconds(row.floor).padStart(8)} = ${seconds(row.git)} + ${seconds(row.node)}   ${`${row.ratio.toFixed(2)}x`.padStart(6)} (${row.lowest.toFixed(2)}x–${row.highest.toFixed(2)}x)   ${row.mem.toFixed(1)} MB`,
    );
  }
  console.log('');
  let missed = 0;
  const counted = histories.map((history) => history.size);
  const [small, large] = [Math.min(...counted), Math.max(...counted)];
  for (const row of rows) {
    // The time targets are set on the long history; on a shorter one the fixed costs (Node's
    // start-up, the renderers, exit) weigh more against a shorter walk, and the ratio is shown only.
    if (row.size !== large) {
      console.log(`time   ${row.size.toLocaleString('en-US').padStart(7)} ${row.label.padEnd(16)} ${row.ratio.toFixed(2)}x its floor (for reference: the target is set at ${large.toLocaleString('en-US')} commits)`);
      continue;
    }
    const ok = row.ratio <= TARGET_RATIO;
    if (!ok) missed += 1;
    console.log(`time   ${row.size.toLocaleString('en-US').padStart(7)} ${row.label.padEnd(16)} ${row.ratio.toFixed(2)}x its floor (target <= ${TARGET_RATIO}x): ${verdict(ok)}`);
  }
  if (small !== large) {
    for (const kind of ['all', 'day']) {
      const growth = memory.get(large)[kind] / memory.get(small)[kind];
      const ok = growth <= TARGET_MEMORY_GROWTH;
      if (!ok) missed += 1;
      console.log(
        `memory ${kind === 'all' ? 'all history' : `day ${day}`}: ${memory.get(large)[kind].toFixed(1)} MB at ${large.toLocaleString('en-US')} commits, ${memory.get(small)[kind].toFixed(1)} MB at ${small.toLocaleString('en-US')}: ${growth.toFixed(2)}x (target <= ${TARGET_MEMORY_GROWTH}x): ${verdict(ok)}`,
      );
    }
  }
  if (comparisons.length > 0) console.log(`\n${comparisons.join('\n')}`);
  console.log(`\nload after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  if (check && missed > 0) process.exitCode = 1;
}

await main();
