/**
 * `npm run bench:measure`: times `git-leverage measure` over a one-day window of generated Claude Code
 * logs (MEASURE_BENCH_MB, default 1024 MB across 200 sessions) against `grep -c` reading the same
 * files in the same run, and reports the ratio and the peak memory. Also times a window covering
 * every line (nothing skipped by modification time or the cheap check) and a smaller log set, to
 * show memory does not grow with the logs (both windows again). Results: bench/.work/measure-bench.json.
 *
 * `--agent codex` (`npm run bench:measure:codex`) does the same for OpenAI Codex CLI logs
 * (bench/measure/generateCodexBenchLogs.mjs, 300 sessions, cached in the OS temp folder) with
 * `measure --agent codex`, the smaller set a quarter of the size; results in
 * bench/.work/measure-bench-codex.json. `--remove-logs` deletes the cached Codex logs and exits.
 * `--compare PATH` also times another bundle of bench/measure/measureCli.ts (e.g. a copy of
 * bench/.work/measure-cli/index.js made before a change) in the same rounds, and checks it gives the same figures.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildMeasureCli } from './buildMeasureCli.mjs';
import { CODEX_BENCH_ROOT, generateCodexBenchLogs, removeCodexBenchLogs } from './generateCodexBenchLogs.mjs';
import { generateLogs } from './generateLogs.mjs';

const { values: options } = parseArgs({ options: { agent: { type: 'string', default: 'claude' }, compare: { type: 'string' }, 'remove-logs': { type: 'boolean', default: false } } });
if (options['remove-logs']) {
  removeCodexBenchLogs();
  console.log(`removed ${CODEX_BENCH_ROOT}`);
  process.exit(0);
}
if (!['claude', 'codex'].includes(options.agent)) throw new Error(`--agent must be claude or codex, not ${options.agent}`);
const megabytes = Number(process.env.MEASURE_BENCH_MB ?? 1024);
const runs = Number(process.env.MEASURE_BENCH_RUNS ?? 3);

/** What differs between the agents: where the logs are, how `measure` finds them, what grep counts. */
const AGENT = {
  claude: {
    generate: generateLogs,
    logRoot: (logs) => path.join(logs.base, 'projects'),
    env: (logs) => ({ CLAUDE_CONFIG_DIR: logs.base }),
    grepFor: '"type":"assistant"',
    smallMb: (mb) => Math.max(16, Math.round(mb / 8)),
    out: 'bench/.work/measure-bench.json',
  },
  codex: {
    generate: generateCodexBenchLogs,
    logRoot: (logs) => logs.codexHome,
    env: (logs) => ({ CODEX_HOME: logs.codexHome }),
    grepFor: '"type":"event_msg"',
    smallMb: (mb) => Math.max(16, Math.round(mb / 4)),
    out: 'bench/.work/measure-bench-codex.json',
  },
}[options.agent];
const DAY = { since: '2026-06-15T00:00:00Z', until: '2026-06-16T00:00:00Z' };
const ALL = { since: '2026-05-31T00:00:00Z', until: '2026-07-02T00:00:00Z' };

function logFiles(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...logFiles(full));
    else if (entry.name.endsWith('.jsonl')) found.push(full);
  }
  return found.sort();
}

function timed(command, args, env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && !(command === 'grep' && result.status === 1)) throw new Error(`${command} failed (${result.status}): ${result.stderr}`);
  return { ms, stdout: result.stdout, stderr: result.stderr };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function measureRun(cli, logs, window) {
  const env = { ...process.env, ...AGENT.env(logs), TZ: 'UTC', MEASURE_BENCH_RSS: '1', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  const result = timed(process.execPath, [cli, 'measure', '--agent', options.agent, '--repo', logs.repo, '--since', window.since, '--until', window.until, '--format', 'json'], env);
  const rss = Number(/maxRSS (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024;
  return { ms: result.ms, rssMb: rss, json: JSON.parse(result.stdout) };
}

function compare(cli, logs, window, label, startup) {
  const files = logFiles(AGENT.logRoot(logs));
  const sinceMs = Date.parse(window.since);
  const read = files.filter((f) => statSync(f).mtimeMs >= sinceMs);
  const grepArgs = (list) => ['-c', '-F', AGENT.grepFor, ...list];
  timed('grep', grepArgs(files)); // warm the page cache
  const grepAll = [];
  const grepRead = [];
  const measured = [];
  const others = [];
  let last;
  for (let i = 0; i < runs; i += 1) {
    grepAll.push(timed('grep', grepArgs(files)).ms);
    grepRead.push(timed('grep', grepArgs(read)).ms);
    last = measureRun(cli, logs, window);
    measured.push(last);
    if (options.compare) others.push(measureRun(options.compare, logs, window));
  }
  const ms = median(measured.map((m) => m.ms));
  const roundRatios = measured.map((m, i) => m.ms / grepAll[i]);
  const row = {
    label,
    window,
    files: files.length,
    filesRead: last.json.filesRead,
    measureMs: Math.round(ms),
    grepAllMs: Math.round(median(grepAll)),
    grepReadMs: Math.round(median(grepRead)),
    ratioToGrepAll: Number((ms / median(grepAll)).toFixed(2)),
    // Each round's measure against the grep beside it: the spread a busy machine gives.
    roundRatios: { median: Number(median(roundRatios).toFixed(2)), lowest: Number(Math.min(...roundRatios).toFixed(2)), highest: Number(Math.max(...roundRatios).toFixed(2)) },
    ratioToGrepRead: Number((ms / median(grepRead)).toFixed(2)),
    // Node's own start-up is a fixed cost that grep does not pay: the ratio of the work itself.
    ratioBeyondStartup: Number(((ms - startup) / median(grepAll)).toFixed(2)),
    peakRssMb: Math.round(Math.max(...measured.map((m) => m.rssMb))),
    agentMinutes: last.json.agentMinutes,
    supervisoryMinutes: last.json.supervisoryMinutes,
    tokens: last.json.tokens.total,
  };
  if (options.compare) {
    const otherMs = median(others.map((m) => m.ms));
    row.compare = {
      cli: options.compare,
      measureMs: Math.round(otherMs),
      ratioToGrepAll: Number((otherMs / median(grepAll)).toFixed(2)),
      peakRssMb: Math.round(Math.max(...others.map((m) => m.rssMb))),
      fasterRounds: measured.filter((m, i) => m.ms < others[i].ms).length,
      sameFigures: JSON.stringify(others.at(-1).json) === JSON.stringify(last.json),
    };
  }
  console.log(
    `${label}: measure ${row.measureMs} ms (${row.filesRead}/${row.files} files read), grep -c all files ${row.grepAllMs} ms, grep -c the files measure read ${row.grepReadMs} ms` +
      ` → ${row.ratioToGrepAll}x / ${row.ratioToGrepRead}x (rounds ${row.roundRatios.lowest}x–${row.roundRatios.highest}x; ${row.ratioBeyondStartup}x beyond node's start-up); peak RSS ${row.peakRssMb} MB; ${row.agentMinutes} agent min, ${row.tokens} tokens`,
  );
  if (row.compare) {
    const c = row.compare;
    console.log(`  compared build: ${c.measureMs} ms (${c.ratioToGrepAll}x), peak RSS ${c.peakRssMb} MB; this build faster in ${c.fasterRounds} of ${runs} rounds; ${c.sameFigures ? 'the same figures' : 'DIFFERENT FIGURES'}`);
  }
  return row;
}

const logs = AGENT.generate(megabytes);
console.log(`logs: ${(logs.bytes / 1048576).toFixed(0)} MB in ${logs.files} files, ${logs.lines} lines (${AGENT.logRoot(logs)})`);
const cli = buildMeasureCli();
const startup = median(Array.from({ length: Math.max(3, runs) }, () => timed(process.execPath, ['-e', '0']).ms));
console.log(`node -e 0: ${Math.round(startup)} ms`);
const results = { megabytes, bytes: logs.bytes, files: logs.files, lines: logs.lines, nodeStartupMs: Math.round(startup), rows: [] };
results.rows.push(compare(cli, logs, DAY, 'one-day window', startup));
results.rows.push(compare(cli, logs, ALL, 'every line (30-day window)', startup));
const smallMb = AGENT.smallMb(megabytes);
if (smallMb < megabytes) {
  const small = AGENT.generate(smallMb);
  for (const [window, label] of [[DAY, 'one-day window'], [ALL, 'every line']]) {
    const row = compare(cli, small, window, `${label} of a ${smallMb} MB log set (memory check)`, startup);
    results.rows.push({ ...row, megabytes: smallMb, bytes: small.bytes });
  }
}
writeFileSync(AGENT.out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`written: ${AGENT.out}`);
