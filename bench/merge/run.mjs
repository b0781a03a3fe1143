/**
 * Merge benchmark: 1,000 JSON reports of 100 tasks each (one per repository, as an organisation's
 * matrix job writes them), merged by the built CLI (a copy of dist/cli, `node …/index.js merge`), against the
 * floor of reading the same bytes (`cat` of the same files), Node's start-up (`node -e 0`) and what
 * any Node reader of the files must do (`readFileSync` + `JSON.parse` of each), all measured in the
 * same run. Prints each command's median wall time and CPU time (user + system), their ratios, and
 * its peak memory.
 *
 * Every report also carries the same 5 commits of a shared repository (an org-wide task), so the
 * merge deduplicates 4,995 commits as it would in a real organisation.
 *
 * The commands take turns (one unmeasured warm-up round, then --runs rounds, each in a rotated
 * order), so a machine that other work slows down slows each of them alike; figures are medians.
 *
 * Ratios are against the floor of any Node reader of the files (`readFileSync` + `JSON.parse` of each,
 * in one process, start-up included as in the merge's), and wall time against `cat` too.
 *
 * Usage: npm run build && npm run bench:merge [-- --reports 1000 --tasks 100 --runs 5 --formats summary,json,md,text,csv,html]
 * `--cli PATH` runs another build of the CLI (its index.js), e.g. a copy of an older dist/cli.
 * `--compare PATH` also runs another build (its index.js) in the same rounds, and prints both builds'
 * ratios, in how many rounds the compared build was faster, and whether the files both wrote are the
 * same bytes.
 * Files are cached under bench/.work/merge/ (git-ignored), keyed by the counts and generator version.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const GENERATOR_VERSION = 2;
const MERGE_FORMATS = ['summary', 'json', 'md', 'text', 'csv', 'html'];
const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const REPORTS = arg('reports', 1000);
const TASKS = arg('tasks', 100);
const RUNS = arg('runs', 5);
const pathArg = (name) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? path.resolve(process.argv[index + 1]) : undefined;
};
const CLI = pathArg('cli');
const COMPARE = pathArg('compare');
const formatsIndex = process.argv.indexOf('--formats');
const FORMATS = (formatsIndex > 0 ? process.argv[formatsIndex + 1] : 'summary,json,md,text,csv,html').split(',');
const root = path.resolve(import.meta.dirname, '../..');
const work = path.join(root, 'bench/.work/merge', `v${GENERATOR_VERSION}-${REPORTS}x${TASKS}`);

/**
 * The built CLI, copied aside first: a rebuild (which empties dist/cli) during the minutes this runs
 * must not break it. The copy is taken under /tmp/build.lock, the lock `npm run build` is run under.
 */
function copyBundle() {
  const copy = path.join(root, 'bench/.work/merge/cli');
  rmSync(copy, { recursive: true, force: true });
  const result = spawnSync('flock', ['/tmp/build.lock', 'cp', '-r', path.join(root, 'dist/cli'), copy], { stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(path.join(copy, 'index.js'))) {
    console.error('could not copy dist/cli: run `npm run build` first');
    process.exit(1);
  }
  return path.join(copy, 'index.js');
}

/** Deterministic values from a seed (SHA-1 of a counter): every run and machine merges the same files. */
function seededRandom(seed) {
  let counter = 0;
  return () => Number.parseInt(createHash('sha1').update(`${seed}:${counter++}`).digest('hex').slice(0, 8), 16) / 2 ** 32;
}

const START = Date.parse('2026-03-01T00:00:00Z') / 1000;
const END = Date.parse('2026-04-01T00:00:00Z') / 1000;
const WINDOW = { kind: 'days', label: '2026-03-01 to 2026-03-31', timezone: 'UTC', start: START, end: END };
const iso = (seconds) => new Date(seconds * 1000).toISOString();
const sha = (random) => Array.from({ length: 40 }, () => Math.floor(random() * 16).toString(16)).join('');

function commitOf(repo, hash, time, task, taskId, human, claude, sup, tokens) {
  const figures = { task, ...(taskId ? { taskId } : {}), humanMinutes: human, claudeMinutes: claude, supervisoryMinutes: sup, tokens };
  return { repo, sha: hash, authorName: 'Dev', authorEmail: 'dev@example.com', authorTime: time, subject: task.slice(0, 60), verdict: { kind: 'record', figures } };
}

/** A report shaped exactly as `report --format json` writes it (tasks, totals and the commits). */
function reportJson(index, shared) {
  const random = seededRandom(index + 1);
  const repo = `repo-${String(index).padStart(4, '0')}`;
  const commits = [];
  for (let t = 0; t < TASKS; t += 1) {
    const human = 30 + Math.floor(random() * 2400);
    commits.push(commitOf(repo, sha(random), START + Math.floor(random() * (END - START)), `Task ${t} of ${repo}: implement part ${Math.floor(random() * 1e6)} of the service`, t % 10 === 0 ? `ORG-${index % 50}-${t}` : undefined, human, 5 + Math.floor(random() * 60), 1 + Math.floor(random() * 10), Math.floor(random() * 500_000)));
  }
  const all = [...commits, ...shared];
  const tasks = all.map((commit, rank) => {
    const f = commit.verdict.figures;
    return {
      rank: rank + 1, key: f.taskId ? `id:${f.taskId.toLowerCase()}` : `text:${f.task}`, task: f.task, taskId: f.taskId ?? null,
      humanMinutes: f.humanMinutes, humanHours: f.humanMinutes / 60, claudeMinutes: f.claudeMinutes, supervisoryMinutes: f.supervisoryMinutes, tokens: f.tokens,
      factor: f.humanMinutes / f.claudeMinutes, supervisoryFactor: f.humanMinutes / f.supervisoryMinutes, firstAuthorDate: iso(commit.authorTime), repositories: [commit.repo],
      commits: [{ repo: commit.repo, sha: commit.sha, authorDate: iso(commit.authorTime), subject: commit.subject, role: 'record', figures: f, copies: [] }],
    };
  });
  const sum = (key) => all.reduce((total, commit) => total + commit.verdict.figures[key], 0);
  const human = sum('humanMinutes');
  return {
    schemaVersion: 1, generator: 'git-leverage', window: WINDOW, agent: 'Claude', repositories: [repo, 'shared'], tasks,
    totals: { tasks: all.length, humanMinutes: human, claudeMinutes: sum('claudeMinutes'), supervisoryMinutes: sum('supervisoryMinutes'), supervisedHumanMinutes: human, tokens: sum('tokens'), factor: human / sum('claudeMinutes'), supervisoryFactor: human / sum('supervisoryMinutes'), weeks: human / 2400, tasksWithoutSupervision: 0, tasksWithoutTokens: 0, humanHours: human / 60 },
    skipped: [], unmatchedLinks: [], commits: all,
  };
}

function generate() {
  if (existsSync(path.join(work, 'done'))) return;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const random = seededRandom(424242);
  const shared = Array.from({ length: 5 }, (_, i) => commitOf('shared', sha(random), START + 86400 * (i + 1), `Org-wide task ${i}`, `SHARED-${i}`, 600, 30, 5, 100_000));
  for (let index = 0; index < REPORTS; index += 1) {
    writeFileSync(path.join(work, `report-${String(index).padStart(4, '0')}.json`), JSON.stringify(reportJson(index, shared), null, 2));
  }
  writeFileSync(path.join(work, 'done'), '');
}

/**
 * One run: wall time in seconds and, with GNU time, CPU time (user + system) in seconds and peak
 * resident set in MB. CPU time is the steadier figure on a machine that other work keeps busy.
 */
function runOnce(label, command, args) {
  const timed = existsSync('/usr/bin/time');
  const started = process.hrtime.bigint();
  const result = timed
    ? spawnSync('/usr/bin/time', ['-f', '%U %S %M', command, ...args], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(command, args, { cwd: work, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    console.error(`${label} failed (exit ${result.status}): ${result.stderr}`);
    process.exit(1);
  }
  const [user, system, kilobytes] = timed ? (result.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number) : [Number.NaN, Number.NaN, Number.NaN];
  return { seconds, cpu: user + system, megabytes: kilobytes / 1024 };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Every command RUNS times, taking turns after one warm-up round; medians of time and memory. */
function medians(commands) {
  const samples = commands.map(() => ({ seconds: [], cpu: [], megabytes: [] }));
  for (let round = -1; round < RUNS; round += 1) {
    for (let turn = 0; turn < commands.length; turn += 1) {
      const index = (turn + Math.max(round, 0)) % commands.length;
      const { label, command, args } = commands[index];
      const { seconds, cpu, megabytes } = runOnce(label, command, args);
      if (round < 0) continue;
      samples[index].seconds.push(seconds);
      samples[index].cpu.push(cpu);
      samples[index].megabytes.push(megabytes);
    }
  }
  return commands.map((command, index) => ({ ...command, rounds: samples[index].seconds, seconds: median(samples[index].seconds), cpu: median(samples[index].cpu), megabytes: median(samples[index].megabytes) }));
}

generate();
const cli = CLI ?? copyBundle();
const files = readdirSync(work).filter((name) => name.endsWith('.json')).sort();
const bytes = files.reduce((total, name) => total + statSync(path.join(work, name)).size, 0);
console.log(`merge benchmark: ${files.length} reports × ${TASKS} tasks (+5 shared commits; 10% of tasks share a Task-Id with 19 other reports), ${(bytes / 1e6).toFixed(1)} MB of JSON`);
console.log(`medians of ${RUNS} runs, commands taking turns; ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, Node ${process.version}`);
const out = path.join(work, '..', 'out');
mkdirSync(out, { recursive: true });
/** The merges of one build; `tag` keeps the compared build's outputs apart. */
function mergesOf(index, tag) {
  const merge = (label, ...flags) => ({ label: `${label}${tag ? ` [${tag}]` : ''}`, command: process.execPath, args: [index, 'merge', ...files, ...flags] });
  const file = (ext) => path.join(out, `merged${tag ? `-${tag}` : ''}.${ext}`);
  return {
    summary: merge('merge --summary --by week (md)', '--summary', '--by', 'week'),
    json: merge('merge --format json -o', '--format', 'json', '-o', file('json')),
    md: merge('merge (md, whole Task Log) -o', '-o', file('md')),
    text: merge('merge --format text -o', '--format', 'text', '-o', file('txt')),
    csv: merge('merge --format csv -o', '--format', 'csv', '-o', file('csv')),
    html: merge('merge --format html -o', '--format', 'html', '-o', file('html')),
  };
}
const builds = [mergesOf(cli, ''), ...(COMPARE ? [mergesOf(COMPARE, 'compared')] : [])];
const readAndParse = 'const fs = require("node:fs"); for (const file of process.argv.slice(1)) JSON.parse(fs.readFileSync(file, "utf8"));';
const baselines = [
  { label: 'cat (reading the bytes)', command: 'cat', args: files },
  { label: 'node -e 0 (start-up)', command: process.execPath, args: ['-e', '0'] },
  { label: 'node: readFileSync + JSON.parse', command: process.execPath, args: ['-e', readAndParse, ...files] },
];
const merges = FORMATS.flatMap((format) => {
  if (!MERGE_FORMATS.includes(format)) throw new Error(`unknown format ${format} (known: ${MERGE_FORMATS.join(', ')})`);
  return builds.map((merges) => ({ ...merges[format], format }));
});
const results = medians([...baselines, ...merges]);
const [cat, , parse] = results;
const ratio = (value, base) => (Number.isNaN(value) ? '' : `${(value / base).toFixed(2).padStart(6)}×`);
if (COMPARE) console.log(`build: ${path.relative(root, cli)}; compared: ${path.relative(root, COMPARE)}`);
console.log(`${''.padEnd(46)} ${'wall'.padStart(9)} ${'× parse'.padStart(7)} ${'× cat'.padStart(6)} ${'CPU'.padStart(9)} ${'× parse'.padStart(7)} ${'peak'.padStart(9)}`);
for (const { label, seconds, cpu, megabytes } of results) {
  const cpuText = Number.isNaN(cpu) ? '' : `${cpu.toFixed(2).padStart(7)} s ${ratio(cpu, parse.cpu)}`;
  const memory = Number.isNaN(megabytes) ? '' : `${megabytes.toFixed(0).padStart(6)} MB`;
  console.log(`${label.padEnd(46)} ${seconds.toFixed(3).padStart(7)} s ${ratio(seconds, parse.seconds)} ${(seconds / cat.seconds).toFixed(1).padStart(5)}× ${cpuText} ${memory}`);
}
if (COMPARE) {
  for (const format of FORMATS) {
    const [own, other] = results.filter((result) => result.format === format);
    const faster = own.rounds.filter((seconds, round) => other.rounds[round] < seconds).length;
    const written = own.args.at(-2) === '-o' ? [own.args.at(-1), other.args.at(-1)] : undefined;
    const same = written ? (readFileSync(written[0]).equals(readFileSync(written[1])) ? 'same bytes' : 'OUTPUTS DIFFER') : 'stdout not kept';
    console.log(`compare ${format.padEnd(8)} build ${(own.seconds / parse.seconds).toFixed(2)}× JSON.parse, compared ${(other.seconds / parse.seconds).toFixed(2)}× (wall ${(other.seconds / own.seconds).toFixed(3)}×, CPU ${(other.cpu / own.cpu).toFixed(3)}× the build's); the compared build faster in ${faster} of ${RUNS} rounds; ${same}`);
  }
}
