/**
 * `npm run bench:report`: times `git-leverage report` against its floors, measured in the same run,
 * on generated histories of 25,000 and 100,000 commits (see buildHistory.mjs), for all history and
 * for one day in the middle.
 *
 * Three reports per window, taking turns in the same rounds:
 * - **check on, cache warm**: the report as users run it. The estimate check is on by default, and
 *   its change sizes come from the cache in `<git common dir>/git-leverage/change-sizes`, which a
 *   warm-up (one report of all history and one of the day, before the rounds) fills; its bytes are
 *   kept and put back before every warm run, so no other run (cold, --compare) can leave it colder.
 * - **check on, cold**: the cache file removed before each run: the first report of a fresh clone,
 *   which pays git's numstat once (and writes the cache): the check as issue 19 describes it.
 * - **--no-estimate-check**: the plain report (no look-back walk, no change sizes). Run without a
 *   config file, as all of these are: loading one (yaml, zod) would add ~100 ms to every report.
 * A traced run of each check-on report (GIT_TRACE) counts git's numstat processes, so the output
 * shows that the warm report asks git for none and the cold one for one.
 *
 * A floor is what git itself takes to produce the report's facts (issue 16: "raw git log with the
 * same facts"), plus Node's own start-up (`node -e 0`); a floor of several parts is the sum of its git
 * commands, each timed on its own in the same round:
 * - **walk** (all history): the very `git log` the collector runs (gitLogArguments of
 *   src/git/logArguments.ts, with the default trailer keys of src/config/resolveConfig.ts). With
 *   --repo on a repository that has refs/notes/leverage, it is the notes walk (`--notes=` and `%N`):
 *   gitLogArguments reads `hasNotes` from openRepository, both compiled from src/.
 * - **day**: `git log --since=<day start> --format=%H%x00%at` over the same revisions: any correct
 *   reader must look at every author date back to the day's start. The plain day report's floor.
 * - **look-back**: the collector's own one-pass `git log` (gitLogArguments, as the walk floor) from
 *   the start of the estimate check's look-back (lookbackStart of src/collect/checkTaskEstimates.ts,
 *   with the default estimates.lookbackDays): a day report with the check on must read the trailers
 *   of every commit of the look-back, as an all-history report must read every commit's. The
 *   check-on day rows are shown against it and the day floor too.
 * - **numstat**: the collector's own numstat (NUMSTAT_ARGUMENTS of src/git/changeSizes.ts) of the
 *   commits the estimate check measures, their shas on standard input as the collector gives them:
 *   the change sizes are facts of a check-on report that the walk does not hold. The shas are those a
 *   cold run of the report leaves in its emptied cache. A check-on report (warm or cold) is held to
 *   walk+numstat (a day: look-back+numstat); a warm one beats it by not asking git at all.
 * - **notes** (with --repo on a repository with refs/notes/leverage): `git interpret-trailers --parse`
 *   over the leverage notes of the window's commits (a day with the check: of its look-back too),
 *   each under a title as the collector hands them to git: git's own reading of the notes' trailers,
 *   which the walk cannot give (`%(trailers)` reads messages only). Added to every floor of the window.
 * The floors run with the collector's git environment (GIT_LOG_ENV: fully buffered output), under
 * which git is at its fastest. The collector's code is compiled from src/ as it stands at the start
 * of the run, so no floor can drift from what the collector runs.
 *
 * Every time is the median of --runs runs, the commands taking turns so that a busy machine slows
 * each of them alike; a ratio is the median of the rounds' ratios (each round's report against the
 * floor measured beside it), with the lowest and highest shown. Peak memory is the maximum resident
 * set of the check-on warm report (`/usr/bin/time -f %M`), the median of three runs. Targets (issues
 * 6, 16, 18, 19): at the longest history (100,000 commits), every report (check on warm and cold, and
 * plain) <= 1.35x its first floor (the one with the same facts), both windows; peak memory there
 * <= 1.5x that at 25,000. The shorter history's
 * time ratios are printed for reference. `--check` makes a missed target exit 1.
 *
 * Options: --runs N (default 7), --sizes 25000,100000, --cli PATH (default bin/git-leverage.js; the
 * bundle in dist/ must be current: `npm run build`), --check, --compare PATH (another build's
 * bin/git-leverage.js, e.g. a copy of the tree before a change: its reports run the default way (check
 * on, the cache put back warm before each) in the same rounds, and its plain report too when it has
 * --no-estimate-check; each window prints both builds' ratios and in how many rounds the compared
 * build was faster; on a noisy machine two runs of the same build differ more than a small change
 * does), --repo DIR (an existing repository instead of the generated ones, e.g. a clone of a real
 * project: all its history, and the day in the middle of its authors' dates; its change-size cache is
 * left warm).
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchGitEnv, benchRepository, HISTORY_SECONDS, HISTORY_START } from './buildHistory.mjs';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const workDir = path.join(root, 'bench', '.work');
const TARGET_RATIO = 1.35;
const TARGET_MEMORY_GROWTH = 1.5;
/** Where the estimate check keeps change sizes, under the repository's common git dir (src/git/changeSizeCache.ts). */
const CHANGE_SIZE_CACHE = path.join('git-leverage', 'change-sizes');

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
 * The collector's own code, compiled from src/ as it stands, so the floors are exactly what the
 * collector runs (not a copy of its arguments that could drift). tsc emits even with type errors;
 * those are shown (another change in progress may cause them) and the run goes on.
 */
function compileCollector() {
  const out = path.join(workDir, 'compiled');
  const sources = ['src/git/logArguments.ts', 'src/git/openRepository.ts', 'src/window/reportWindow.ts', 'src/collect/checkTaskEstimates.ts', 'src/config/resolveConfig.ts'];
  // picomatch ships no types; the project declares the one call it makes (the check's exclude globs).
  const declarations = ['src/estimates/picomatch.d.ts'];
  const tsc = spawnSync(
    path.join(root, 'node_modules', '.bin', 'tsc'),
    ['--outDir', out, '--rootDir', 'src', '--target', 'ES2022', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--skipLibCheck', '--types', 'node', '--strict', ...sources, ...declarations],
    { cwd: root, encoding: 'utf8' },
  );
  const emitted = sources.every((source) => existsSync(path.join(out, source.replace(/^src\//, '').replace(/\.ts$/, '.js'))));
  if (tsc.status !== 0 && !emitted) throw new Error(`could not compile the collector:\n${tsc.stdout}${tsc.stderr}`);
  if (tsc.status !== 0) console.log(`warning: the collector compiled with type errors (floors taken from it anyway):\n${tsc.stdout}${tsc.stderr}`);
  return out;
}

/** Wall time of one command in seconds, its output sent to /dev/null as a terminal user's would be read. */
function timeOnce(command, args, cwd, env, input) {
  return new Promise((resolve, reject) => {
    const devNull = openSync('/dev/null', 'w');
    // Standard input from a file, as git reads the shas it is given (numstat's --stdin).
    const stdin = input === undefined ? 'ignore' : openSync(input, 'r');
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env: { ...benchGitEnv(), ...env }, stdio: [stdin, devNull, 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      closeSync(devNull);
      if (stdin !== 'ignore') closeSync(stdin);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${stderr}`));
      else resolve(seconds);
    });
  });
}

/** Peak resident set, in megabytes (GNU time's %M is in kilobytes): the median of three runs, `before` each. */
function peakMemory(command, args, cwd, before) {
  const peaks = [0, 1, 2].map(() => {
    before();
    const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { cwd, env: benchGitEnv(), encoding: 'utf8', maxBuffer: 1 << 28 });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
    return Number(result.stderr.trim().split('\n').pop()) / 1024;
  });
  return median(peaks);
}

/** How many numstat processes (git log --numstat) one run of the CLI starts, from GIT_TRACE. */
function numstatProcesses(args, cwd) {
  const trace = path.join(workDir, 'git-trace');
  rmSync(trace, { force: true });
  const result = spawnSync(process.execPath, args, { cwd, env: { ...benchGitEnv(), GIT_TRACE: trace }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  const lines = existsSync(trace) ? readFileSync(trace, 'utf8').split('\n') : [];
  rmSync(trace, { force: true });
  return lines.filter((line) => line.includes('trace: built-in: git') && line.includes(' --numstat')).length;
}

/** The change-size cache of the repository at `dir`, in its common git dir (shared by worktrees). */
function changeSizeCachePath(dir) {
  const result = spawnSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: dir, env: benchGitEnv(), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git rev-parse --git-common-dir in ${dir}: ${result.stderr.trim()}`);
  return path.join(result.stdout.trim(), CHANGE_SIZE_CACHE);
}

/**
 * The shas the estimate check has git measure in one cold run of `args` (numstat of every record
 * and link commit of the window and its look-back): what that run leaves in the emptied cache.
 */
async function checkedShas(args, dir, repo, cold, { readChangeSizeCache, indexCommits, NUMSTAT_ARGUMENTS }) {
  cold();
  await timeOnce(process.execPath, args, dir);
  const cached = await readChangeSizeCache(repo, NUMSTAT_ARGUMENTS);
  return [...(indexCommits(cached.body)?.keys() ?? [])];
}

/** `shas` in a file, one a line, for git's --stdin (nothing when there are none: git would read HEAD). */
function shasFile(shas, name) {
  if (shas.length === 0) return undefined;
  const file = path.join(workDir, `shas-${name}.txt`);
  writeFileSync(file, `${shas.join('\n')}\n`);
  return file;
}

/**
 * The leverage notes of the commits `revisions` reach that were authored in [start, end) (all when
 * start is undefined), each in a file as the collector hands them to git (under a title, since git
 * never reads trailers from a message's first paragraph): the notes a report has git parse.
 */
function noteFiles(dir, revisions, start, end, name) {
  const log = spawnSync('git', ['log', '--notes=refs/notes/leverage', '--format=%x01%at%x02%N', ...(start === undefined ? [] : [`--since=@${start}`]), ...revisions, '--'], { cwd: dir, env: benchGitEnv(), encoding: 'utf8', maxBuffer: 1 << 30 });
  if (log.status !== 0) throw new Error(`git log --notes in ${dir}: ${log.stderr.trim()}`);
  const texts = log.stdout.split('\x01').slice(1).flatMap((entry) => {
    const [time, text] = entry.split('\x02');
    const inWindow = start === undefined || (Number(time) >= start && Number(time) < end);
    return inWindow && text.trim() !== '' ? [text] : [];
  });
  const folder = path.join(workDir, `notes-${name}`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  return texts.map((text, index) => {
    const file = path.join(folder, `note-${index}`);
    writeFileSync(file, `git-leverage note\n\n${text}`);
    return file;
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A repository given with --repo: how many commits its branches hold, and the day in the middle of its authors' dates. */
function givenHistory(dir) {
  const times = spawnSync('git', ['log', '--format=%at', '--branches', 'HEAD', '--'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (times.status !== 0) throw new Error(`--repo ${dir}: ${times.stderr.trim()}`);
  const seconds = times.stdout.trim().split('\n').map(Number).sort((a, b) => a - b);
  const middle = seconds[Math.floor(seconds.length / 2)];
  return { size: seconds.length, dir, day: new Date(middle * 1000).toISOString().slice(0, 10) };
}

/**
 * Runs each labelled command `runs` times, taking turns (after one unmeasured warm-up each); every
 * time, by label. A command's `before` (putting the cache back, or removing it) runs untimed.
 */
async function timeInTurns(commands) {
  const times = new Map(commands.map(({ label }) => [label, []]));
  for (let round = -1; round < runs; round += 1) {
    // Rotate the order so no command always runs right after another's output left the page cache.
    const order = commands.map((_, i) => commands[(i + Math.max(round, 0)) % commands.length]);
    for (const { label, command, args, cwd, env, before, input } of order) {
      before?.();
      const seconds = await timeOnce(command, args, cwd, env, input);
      if (round >= 0) times.get(label).push(seconds);
    }
  }
  return Object.fromEntries(times);
}

const seconds = (value) => `${value.toFixed(3)} s`;
const verdict = (ok) => (ok ? 'ok' : 'MISSED');
const count = (size) => size.toLocaleString('en-US');
/** A path as the output shows it: from the project's root when inside it. */
const shown = (file) => (path.relative(root, file).startsWith('..') ? file : path.relative(root, file));

/**
 * Median, lowest and highest of the rounds' ratios of `report` to `floor` (the sum of its git
 * commands' times in that round, + node -e 0), the floor's median and its parts' medians.
 */
function against(times, reportKey, floor) {
  const gitIn = (round) => floor.parts.reduce((sum, part) => sum + times[part.key][round], 0);
  const ratios = times[reportKey].map((report, round) => report / (gitIn(round) + times.node[round]));
  const git = median(times.node.map((_, round) => gitIn(round)));
  const parts = floor.parts.map((part) => ({ ...part, git: median(times[part.key]) }));
  return { ...floor, parts, git, node: median(times.node), floor: git + median(times.node), ratio: median(ratios), lowest: Math.min(...ratios), highest: Math.max(...ratios) };
}

const VARIANTS = {
  warm: 'check on, cache warm',
  cold: 'check on, cold',
  plain: '--no-estimate-check',
};

async function main() {
  const begun = Date.now();
  if (!existsSync(cli)) throw new Error(`${cli} not found: run \`npm run build\` first`);
  if (!existsSync('/usr/bin/time')) throw new Error('/usr/bin/time (GNU time) is needed for peak memory: apt-get install time');
  mkdirSync(workDir, { recursive: true });
  const compiled = compileCollector();
  const { GIT_LOG_ENV, gitLogArguments, revisionArguments } = await import(path.join(compiled, 'git', 'logArguments.js'));
  const { openRepository } = await import(path.join(compiled, 'git', 'openRepository.js'));
  const { allHistoryWindow, dayWindow } = await import(path.join(compiled, 'window', 'reportWindow.js'));
  const { lookbackStart } = await import(path.join(compiled, 'collect', 'checkTaskEstimates.js'));
  const { resolveConfig } = await import(path.join(compiled, 'config', 'resolveConfig.js'));
  const { NUMSTAT_ARGUMENTS } = await import(path.join(compiled, 'git', 'changeSizes.js'));
  const { indexCommits, readChangeSizeCache } = await import(path.join(compiled, 'git', 'changeSizeCache.js'));
  // The defaults a repository without .leverage.yml runs with: the trailer keys and the look-back.
  const defaults = resolveConfig();
  const keys = defaults.trailerOptions.keys;
  const lookbackDays = defaults.estimates.lookbackDays;
  const comparePlain = compare && spawnSync(process.execPath, [compare, 'report', '--help'], { encoding: 'utf8' }).stdout.includes('--no-estimate-check');

  const zone = 'UTC';
  // The histories to time: the generated ones, or the one given (its size counted, its middle day found).
  const histories = givenRepo ? [givenHistory(givenRepo)] : sizes.map((size) => ({ size, dir: undefined, day: new Date((HISTORY_START + HISTORY_SECONDS / 2) * 1000).toISOString().slice(0, 10) }));
  const day = histories[0].day;
  const dayLabel = `day ${day}`;
  console.log(`git-leverage report benchmark: ${runs} runs each, medians; ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`CLI: ${shown(cli)}; ${spawnSync('git', ['--version'], { encoding: 'utf8' }).stdout.trim()}; Node ${process.version}; day window: ${day} (${zone}), look-back ${lookbackDays} days`);
  if (compare && !comparePlain) console.log(`compared build ${shown(compare)} has no --no-estimate-check: its plain report is left out`);
  console.log('');

  const rows = [];
  const comparisons = [];
  const cacheLines = [];
  const memory = new Map();
  for (const { size, dir: given } of histories) {
    const started = Date.now();
    const dir = given ?? (await benchRepository(workDir, size));
    if (!given && Date.now() - started > 1000) console.log(`built ${count(size)} commits in ${((Date.now() - started) / 1000).toFixed(1)} s (cached in ${path.relative(root, dir)})`);
    const repo = await openRepository(dir, dir);
    const allArgs = gitLogArguments(repo, { window: allHistoryWindow(zone), revs: [], keys });
    const window = dayWindow(day, zone);
    const revisions = revisionArguments(repo, { window, revs: [], keys });
    const dayFloorArgs = ['log', `--since=@${window.start}`, '--format=%H%x00%at', ...revisions, '--'];
    // What the check adds is the look-back's records: the collector's own one-pass walk of the day and its look-back.
    const lookbackFloorArgs = gitLogArguments(repo, { window: { ...window, start: lookbackStart(window, lookbackDays) }, revs: [], keys });
    const reportAll = [cli, 'report', '--all-history', '--timezone', zone, '--repo', dir];
    const reportDay = [cli, 'report', '--date', day, '--timezone', zone, '--repo', dir];
    const plain = (args) => [...args, '--no-estimate-check'];
    const compared = (args) => [compare, ...args.slice(1)];

    // The warm-up that fills the change-size cache with every commit either check-on report reads;
    // its bytes are put back before each warm run, whatever ran in between.
    const cache = changeSizeCachePath(dir);
    const cold = () => rmSync(cache, { force: true });
    // What each check-on report has git measure (the same-facts floors' numstat), from a cold run's cache.
    const cacheCode = { readChangeSizeCache, indexCommits, NUMSTAT_ARGUMENTS };
    const dayShas = await checkedShas(reportDay, dir, repo, cold, cacheCode);
    const allShas = await checkedShas(reportAll, dir, repo, cold, cacheCode);
    await timeOnce(process.execPath, reportDay, dir);
    const kept = path.join(workDir, `change-sizes-${given ? 'given' : size}.warm`);
    const hasCache = existsSync(cache);
    if (hasCache) copyFileSync(cache, kept);
    // Put back only when another run changed or removed it (rewriting it just before a run would leave that run writeback to share the disk with).
    let restored;
    const warm = () => {
      if (!hasCache || statSync(cache, { throwIfNoEntry: false })?.mtimeMs === restored) return;
      copyFileSync(kept, cache);
      restored = statSync(cache).mtimeMs;
    };
    const numstat = (args, before) => (before(), numstatProcesses(args, dir));
    const traced = { allWarm: numstat(reportAll, warm), allCold: numstat(reportAll, cold), dayWarm: numstat(reportDay, warm), dayCold: numstat(reportDay, cold) };
    warm();
    // Warm: no numstat at all. Cold: one for all history; for the day, one unless the day holds no record (nothing to judge).
    const cacheOk = hasCache && traced.allWarm === 0 && traced.dayWarm === 0 && traced.allCold > 0;
    cacheLines.push(
      `cache  ${count(size).padStart(7)} ${hasCache ? shown(cache) : 'no change-size cache after the warm-up'}: git numstat processes per report, warm ${traced.allWarm} (all history), ${traced.dayWarm} (day); cold ${traced.allCold}, ${traced.dayCold}${cacheOk ? '' : ': NOT AS EXPECTED (warm none, cold one): warm and cold rows may measure the same thing'}`,
    );

    // A floor is git's own cost of the report's facts: the walk, plus numstat of the commits the
    // check measures (same facts as a report with the check), plus git parsing the window's notes.
    const lookbackFrom = lookbackStart(window, lookbackDays);
    const notes = repo.hasNotes
      ? { all: noteFiles(dir, revisionArguments(repo, { window: allHistoryWindow(zone), revs: [], keys }), undefined, undefined, 'all'), day: noteFiles(dir, revisions, window.start, window.end, 'day'), lookback: noteFiles(dir, revisions, lookbackFrom, window.end, 'lookback') }
      : { all: [], day: [], lookback: [] };
    const shas = { all: shasFile(allShas, 'all'), day: shasFile(dayShas, 'day') };
    const part = (key, name, present) => (present ? [{ key, name }] : []);
    const floor = (...parts) => ({ name: parts.flat().map((each) => each.name).join('+'), parts: parts.flat() });
    const floors = {
      walk: floor(part('gitWalk', 'walk', true), part('gitNotesAll', 'notes', notes.all.length > 0)),
      walkNumstat: floor(part('gitWalk', 'walk', true), part('gitNumstatAll', 'numstat', shas.all), part('gitNotesAll', 'notes', notes.all.length > 0)),
      day: floor(part('gitDay', 'day', true), part('gitNotesDay', 'notes', notes.day.length > 0)),
      lookback: floor(part('gitLookback', 'look-back', true), part('gitNotesLookback', 'notes', notes.lookback.length > 0)),
      lookbackNumstat: floor(part('gitLookback', 'look-back', true), part('gitNumstatDay', 'numstat', shas.day), part('gitNotesLookback', 'notes', notes.lookback.length > 0)),
    };
    const parseNotes = (files) => ['interpret-trailers', '--parse', '--no-divider', ...files];
    const times = await timeInTurns([
      { label: 'node', command: process.execPath, args: ['-e', '0'], cwd: dir },
      // The floors run with the collector's git environment (GIT_FLUSH=0: fully buffered output),
      // which makes git itself faster: the floor is the cheapest git can be.
      { label: 'gitWalk', command: 'git', args: allArgs, cwd: dir, env: GIT_LOG_ENV },
      { label: 'gitDay', command: 'git', args: dayFloorArgs, cwd: dir, env: GIT_LOG_ENV },
      { label: 'gitLookback', command: 'git', args: lookbackFloorArgs, cwd: dir, env: GIT_LOG_ENV },
      ...(shas.all ? [{ label: 'gitNumstatAll', command: 'git', args: NUMSTAT_ARGUMENTS, cwd: dir, env: GIT_LOG_ENV, input: shas.all }] : []),
      ...(shas.day ? [{ label: 'gitNumstatDay', command: 'git', args: NUMSTAT_ARGUMENTS, cwd: dir, env: GIT_LOG_ENV, input: shas.day }] : []),
      ...(notes.all.length > 0 ? [{ label: 'gitNotesAll', command: 'git', args: parseNotes(notes.all), cwd: dir }] : []),
      ...(notes.day.length > 0 ? [{ label: 'gitNotesDay', command: 'git', args: parseNotes(notes.day), cwd: dir }] : []),
      ...(notes.lookback.length > 0 ? [{ label: 'gitNotesLookback', command: 'git', args: parseNotes(notes.lookback), cwd: dir }] : []),
      { label: 'allWarm', command: process.execPath, args: reportAll, cwd: dir, before: warm },
      { label: 'allCold', command: process.execPath, args: reportAll, cwd: dir, before: cold },
      { label: 'allPlain', command: process.execPath, args: plain(reportAll), cwd: dir },
      { label: 'dayWarm', command: process.execPath, args: reportDay, cwd: dir, before: warm },
      { label: 'dayCold', command: process.execPath, args: reportDay, cwd: dir, before: cold },
      { label: 'dayPlain', command: process.execPath, args: plain(reportDay), cwd: dir },
      ...(compare
        ? [
            { label: 'compareAllWarm', command: process.execPath, args: compared(reportAll), cwd: dir, before: warm },
            { label: 'compareDayWarm', command: process.execPath, args: compared(reportDay), cwd: dir, before: warm },
          ]
        : []),
      ...(comparePlain
        ? [
            { label: 'compareAllPlain', command: process.execPath, args: compared(plain(reportAll)), cwd: dir },
            { label: 'compareDayPlain', command: process.execPath, args: compared(plain(reportDay)), cwd: dir },
          ]
        : []),
    ]);
    const memAll = peakMemory(process.execPath, reportAll, dir, warm);
    const memDay = peakMemory(process.execPath, reportDay, dir, warm);
    warm();
    memory.set(size, { all: memAll, day: memDay });

    // Each report against its floors, the first the one its target is set on.
    for (const [window, prefix, variant, reportFloors, mem] of [
      ['all history', 'all', 'warm', [floors.walkNumstat, floors.walk], memAll],
      ['all history', 'all', 'cold', [floors.walkNumstat, floors.walk]],
      ['all history', 'all', 'plain', [floors.walk]],
      [dayLabel, 'day', 'warm', [floors.lookbackNumstat, floors.lookback, floors.day], memDay],
      [dayLabel, 'day', 'cold', [floors.lookbackNumstat, floors.lookback, floors.day]],
      [dayLabel, 'day', 'plain', [floors.day]],
    ]) {
      const key = `${prefix}${variant[0].toUpperCase()}${variant.slice(1)}`;
      const measured = reportFloors.map((floor) => against(times, key, floor));
      rows.push({ size, window, variant, report: median(times[key]), floors: measured, mem });
      const otherKey = `compare${key[0].toUpperCase()}${key.slice(1)}`;
      if (times[otherKey]) {
        const [ours, theirs] = [measured[0], against(times, otherKey, reportFloors[0])];
        const faster = times[otherKey].filter((time, round) => time < times[key][round]).length;
        comparisons.push(
          `compare ${count(size).padStart(7)} ${window.padEnd(15)} ${VARIANTS[variant].padEnd(21)} against the ${ours.name} floor: ${shown(cli)} ${ours.ratio.toFixed(3)}x, ${shown(compare)} ${theirs.ratio.toFixed(3)}x (${seconds(median(times[key]))} against ${seconds(median(times[otherKey]))}); the compared build faster in ${faster} of ${runs} rounds`,
        );
      }
    }
  }

  console.log('commits  window          report                 time       floor = its git commands + node -e 0                ratio (rounds)         peak memory');
  for (const row of rows) {
    const lead = `${count(row.size).padStart(7)}  ${row.window.padEnd(15)} ${VARIANTS[row.variant].padEnd(21)}  ${seconds(row.report).padStart(8)}`;
    row.floors.forEach((floor, index) => {
      const peak = index === 0 && row.mem !== undefined ? `   ${row.mem.toFixed(1)} MB` : '';
      const gitParts = floor.parts.map((each) => seconds(each.git)).join(' + ');
      console.log(`${index === 0 ? lead : ' '.repeat(lead.length)}   ${floor.name.padEnd(24)} ${seconds(floor.floor).padStart(8)} = ${gitParts} + ${seconds(floor.node)}   ${`${floor.ratio.toFixed(2)}x`.padStart(6)} (${floor.lowest.toFixed(2)}x–${floor.highest.toFixed(2)}x)${peak}`);
    });
  }
  const withNotes = rows.some((row) => row.floors.some((floor) => floor.parts.some((each) => each.name === 'notes')));
  console.log(`\nfloors (git's own cost of the report's facts): walk = the collector's git log of all history${withNotes ? ' (with refs/notes/leverage, as the collector walks when the ref exists)' : ''}; day = git log --since=<day start> --format=%H%x00%at; look-back = the collector's git log (with trailers) from ${lookbackDays} days before the day;`);
  console.log(`numstat = the collector's numstat of the commits the check measures (git log --no-walk --stdin --numstat …: NUMSTAT_ARGUMENTS, their shas on standard input)${withNotes ? "; notes = git interpret-trailers --parse over the window's leverage notes" : ''}.`);
  console.log('A report with the check on is held to the floor with the same facts: its walk (a day: the look-back), numstat of the commits it judges; the floors without numstat are shown for reference.');
  console.log('"cold" is the first report of a clone (cache file removed before each run: it runs that numstat); "warm" is the report as users run it after that.\n');
  console.log(cacheLines.join('\n'));
  console.log('');
  let missed = 0;
  const counted = histories.map((history) => history.size);
  const [small, large] = [Math.min(...counted), Math.max(...counted)];
  for (const row of rows) {
    const [target, ...others] = row.floors;
    const also = others.map((floor) => `; ${floor.ratio.toFixed(2)}x the ${floor.name} floor`).join('');
    const what = `time   ${count(row.size).padStart(7)} ${row.window.padEnd(15)} ${VARIANTS[row.variant].padEnd(21)} ${target.ratio.toFixed(2)}x the ${target.name} floor`;
    if (row.size !== large) {
      // The time targets are set on the long history; on a shorter one the fixed costs (Node's
      // start-up, the renderers, exit) weigh more against a shorter walk, and the ratio is shown only.
      console.log(`${what}${also} (for reference: the target is set at ${count(large)} commits)`);
    } else {
      const ok = target.ratio <= TARGET_RATIO;
      if (!ok) missed += 1;
      console.log(`${what} (target <= ${TARGET_RATIO}x): ${verdict(ok)}${also}`);
    }
  }
  if (small !== large) {
    for (const kind of ['all', 'day']) {
      const growth = memory.get(large)[kind] / memory.get(small)[kind];
      const ok = growth <= TARGET_MEMORY_GROWTH;
      if (!ok) missed += 1;
      console.log(
        `memory ${kind === 'all' ? 'all history' : dayLabel} (${VARIANTS.warm}): ${memory.get(large)[kind].toFixed(1)} MB at ${count(large)} commits, ${memory.get(small)[kind].toFixed(1)} MB at ${count(small)}: ${growth.toFixed(2)}x (target <= ${TARGET_MEMORY_GROWTH}x): ${verdict(ok)}`,
      );
    }
  }
  if (comparisons.length > 0) console.log(`\n${comparisons.join('\n')}`);
  console.log(`\nload after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; the benchmark took ${((Date.now() - begun) / 60000).toFixed(1)} min`);
  if (check && missed > 0) process.exitCode = 1;
}

await main();
