/**
 * `npm run bench:ccusage`: runs ccusage 20.0.24 (its native Linux binary, installed into
 * bench/.work/ccusage from the npm registry) and `git-leverage measure` on the same generated logs
 * (MEASURE_BENCH_MB, default 1024), day by day and over all 30 days, and checks that the token
 * totals agree part by part. Then the same for OpenAI Codex CLI logs (bench/measure/generateCodexLogs.mjs)
 * against `ccusage codex daily`. MEASURE_BENCH_AGENT=claude or =codex runs one comparison only.
 * Exits 1 on any difference.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildMeasureCli } from './buildMeasureCli.mjs';
import { generateCodexLogs } from './generateCodexLogs.mjs';
import { generateLogs } from './generateLogs.mjs';

const CCUSAGE_VERSION = '20.0.24';
const megabytes = Number(process.env.MEASURE_BENCH_MB ?? 1024);

function installCcusage() {
  const dir = path.resolve('bench/.work/ccusage');
  const bin = path.join(dir, 'node_modules', '.bin', 'ccusage');
  const installed = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  if (installed.status === 0 && installed.stdout.includes(CCUSAGE_VERSION)) return bin;
  mkdirSync(dir, { recursive: true });
  if (!existsSync(path.join(dir, 'package.json'))) writeFileSync(path.join(dir, 'package.json'), '{"private":true}\n');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', `ccusage@${CCUSAGE_VERSION}`], { cwd: dir, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm could not install ccusage@${CCUSAGE_VERSION}`);
  return bin;
}

const agents = (process.env.MEASURE_BENCH_AGENT ?? 'claude,codex').split(',');
const logs = agents.includes('claude') ? generateLogs(megabytes) : undefined;
const ccusage = installCcusage();
const cli = buildMeasureCli();
// ccusage also reads other agents' folders under HOME: give it an empty one.
const home = mkdtempSync(path.join(os.tmpdir(), 'ccusage-home-'));
const env = { ...process.env, CLAUDE_CONFIG_DIR: logs?.base ?? home, HOME: home, TZ: 'UTC', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

function runCcusage(since, until) {
  const result = spawnSync(ccusage, ['daily', '--json', '--offline', '--timezone', 'UTC', '--since', since, '--until', until], { env, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.status !== 0) throw new Error(`ccusage failed: ${result.stderr}`);
  const totals = JSON.parse(result.stdout).totals ?? {};
  return { input: totals.inputTokens ?? 0, output: totals.outputTokens ?? 0, cacheCreation: totals.cacheCreationTokens ?? 0, cacheRead: totals.cacheReadTokens ?? 0, total: totals.totalTokens ?? 0 };
}

function runMeasure(firstDay, lastDay) {
  // ccusage's days are [00:00, 24:00) UTC; measure's window is (since, until].
  const since = new Date(Date.parse(`${firstDay}T00:00:00Z`) - 1).toISOString();
  const until = new Date(Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000 - 1).toISOString();
  const result = spawnSync(process.execPath, [cli, 'measure', '--agent', 'claude', '--repo', logs.repo, '--since', since, '--until', until, '--format', 'json'], { env, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.status !== 0) throw new Error(`measure failed: ${result.stderr}`);
  return JSON.parse(result.stdout).tokens;
}

const compact = (day) => day.replaceAll('-', '');
const windows = [
  ['2026-06-03', '2026-06-03'],
  ['2026-06-15', '2026-06-15'],
  ['2026-06-22', '2026-06-22'],
  ['2026-05-31', '2026-07-02'],
];
let disagreements = 0;

function compare(theirs, ours, label) {
  for (const part of ['input', 'output', 'cacheCreation', 'cacheRead', 'total']) {
    const agree = theirs[part] === ours[part];
    if (!agree) disagreements += 1;
    console.log(`${label.padEnd(24)} | ${part.padEnd(13)} | ${String(theirs[part]).padStart(13)} | ${String(ours[part]).padStart(13)} | ${agree ? 'yes' : 'NO'}`);
  }
}

if (logs) {
  console.log(`logs: ${(logs.bytes / 1048576).toFixed(0)} MB in ${logs.files} files (${logs.base})`);
  console.log('window                   | part          | ccusage       | measure       | agree');
  for (const [first, last] of windows) compare(runCcusage(compact(first), compact(last)), runMeasure(first, last), `${first}..${last}`);
}

if (agents.includes('codex')) {
  // ccusage's Codex reader gives input without the cached part, cached input as cacheReadTokens, and
  // totalTokens = input + cache read + output: git-leverage's parts exactly.
  const codex = generateCodexLogs();
  const codexEnv = { ...env, CODEX_HOME: codex.codexHome };
  const ccusageCodex = (since, until) => {
    const result = spawnSync(ccusage, ['codex', 'daily', '--json', '--offline', '--timezone', 'UTC', '--since', since, '--until', until], { env: codexEnv, encoding: 'utf8', maxBuffer: 64 << 20 });
    if (result.status !== 0) throw new Error(`ccusage codex failed: ${result.stderr}`);
    const totals = JSON.parse(result.stdout).totals ?? {};
    return { input: totals.inputTokens ?? 0, output: totals.outputTokens ?? 0, cacheCreation: totals.cacheCreationTokens ?? 0, cacheRead: totals.cacheReadTokens ?? 0, total: totals.totalTokens ?? 0 };
  };
  const measureCodex = (firstDay, lastDay) => {
    const since = new Date(Date.parse(`${firstDay}T00:00:00Z`) - 1).toISOString();
    const until = new Date(Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000 - 1).toISOString();
    const result = spawnSync(process.execPath, [cli, 'measure', '--agent', 'codex', '--repo', codex.repo, '--since', since, '--until', until, '--format', 'json'], { env: codexEnv, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`measure --agent codex failed: ${result.stderr}`);
    return JSON.parse(result.stdout).tokens;
  };
  console.log(`Codex logs: ${codex.files} sessions over ${codex.days.join('..')} (${codex.codexHome})`);
  console.log('window                   | part          | ccusage       | measure       | agree');
  for (const [first, last] of [['2026-06-02', '2026-06-02'], ['2026-06-06', '2026-06-06'], ['2026-06-01', '2026-06-12']]) {
    compare(ccusageCodex(compact(first), compact(last)), measureCodex(first, last), `codex ${first}..${last}`);
  }
}
console.log(disagreements === 0 ? 'token totals agree with ccusage 20.0.24' : `${disagreements} figures differ from ccusage`);
process.exitCode = disagreements === 0 ? 0 : 1;
