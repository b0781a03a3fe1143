/**
 * What the Action fetches for a day window, against a full clone: a bare remote of the report
 * benchmark's generated history (100,000 commits by default, built once and cached in bench/.work/
 * by bench/report/buildHistory.mjs), cloned over file:// three ways, in turns:
 *
 * - full: `git clone --no-checkout` (actions/checkout with `fetch-depth: 0`);
 * - action: `git clone --depth=1` (actions/checkout's default), then the Action's own ensureHistory
 *   for the day of the remote's newest commit: `git fetch --shallow-since` a day before it;
 * - lookback: the same with the estimate check's default look-back (90 days and a day), what the
 *   Action fetches unless `estimates: { check: false }`.
 *
 * Bytes are the size of the clone's .git/objects; seconds are wall time. Medians of --runs (default 3).
 * Options: --runs N, --size N (default 100000).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchGitEnv, benchRepository } from '../report/buildHistory.mjs';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const workDir = path.join(root, 'bench', '.work');

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}
const runs = Number(option('runs', '3'));
const size = Number(option('size', '100000'));

/** The Action's history code, compiled from src/ as it stands (not a copy of its git arguments). */
function compileAction() {
  const out = path.join(workDir, 'compiled-fetch');
  const tsc = spawnSync(
    path.join(root, 'node_modules', '.bin', 'tsc'),
    ['--outDir', out, '--rootDir', 'src', '--target', 'ES2022', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--skipLibCheck', '--types', 'node', '--strict', 'src/action/ensureHistory.ts'],
    { cwd: root, encoding: 'utf8' },
  );
  if (tsc.status !== 0) throw new Error(`could not compile src/action/ensureHistory.ts:\n${tsc.stdout}${tsc.stderr}`);
  return out;
}

function git(args, cwd) {
  const result = spawnSync('git', args, { cwd, env: benchGitEnv(), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result;
}

function bytesUnder(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? bytesUnder(full) : statSync(full).size;
  }
  return total;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const seconds = () => Number(process.hrtime.bigint()) / 1e9;

async function main() {
  const { ensureHistory } = await import(path.join(compileAction(), 'action', 'ensureHistory.js'));
  const { dayWindow } = await import(path.join(workDir, 'compiled-fetch', 'window', 'reportWindow.js'));
  const started = Date.now();
  const source = await benchRepository(workDir, size);
  const bare = path.join(workDir, `history-${size}.git`);
  if (!existsSync(bare)) git(['clone', '--quiet', '--bare', '--no-local', source, bare], workDir);
  if (Date.now() - started > 1000) console.log(`built the remote in ${((Date.now() - started) / 1000).toFixed(1)} s (cached in ${path.relative(root, bare)})`);
  const tip = Number(git(['log', '-1', '--format=%at', '--all'], bare).stdout.trim());
  const day = new Date(tip * 1000).toISOString().slice(0, 10);
  const window = dayWindow(day, 'UTC');
  const url = `file://${bare}`;
  const scratch = path.join(os.tmpdir(), `git-leverage-fetch-bench-${process.pid}`);
  console.log(`git-leverage fetch benchmark: ${size.toLocaleString('en-US')} commits, ${runs} runs each, medians; ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`${git(['--version']).stdout.trim()}; Node ${process.version}; day window ${day} (UTC), the remote's newest day\n`);

  // `lookback`: what the Action fetches with the estimate check on (its default look-back, 90 days, and a day).
  const measured = { full: [], action: [], lookback: [] };
  for (let run = 0; run < runs; run += 1) {
    // Alternate the order, so neither always runs with the other's pages in the cache.
    for (const kind of run % 2 === 0 ? ['full', 'action', 'lookback'] : ['lookback', 'action', 'full']) {
      rmSync(scratch, { recursive: true, force: true });
      const t0 = seconds();
      const log = [];
      if (kind === 'full') git(['clone', '--quiet', '--no-checkout', url, scratch], workDir);
      else {
        git(['clone', '--quiet', '--no-checkout', '--depth=1', url, scratch], workDir);
        const lookBackDays = kind === 'lookback' ? 91 : 1;
        await ensureHistory(scratch, [], { start: window.start, lookBackDays }, { info: (message) => log.push(message) }, benchGitEnv());
      }
      const elapsed = seconds() - t0;
      const commits = Number(git(['rev-list', '--count', '--all'], scratch).stdout.trim());
      measured[kind].push({ elapsed, bytes: bytesUnder(path.join(scratch, '.git', 'objects')), commits, log });
    }
  }
  rmSync(scratch, { recursive: true, force: true });

  const rows = ['full', 'action', 'lookback'].map((kind) => {
    const list = measured[kind];
    return { kind, seconds: median(list.map((m) => m.elapsed)), bytes: median(list.map((m) => m.bytes)), commits: median(list.map((m) => m.commits)), log: list[0].log };
  });
  const [full, action, lookback] = rows;
  console.log('| clone | commits | .git/objects | seconds |');
  console.log('| --- | ---: | ---: | ---: |');
  console.log(`| full (fetch-depth: 0) | ${full.commits.toLocaleString('en-US')} | ${mib(full.bytes)} | ${full.seconds.toFixed(2)} |`);
  console.log(`| Action, day window (depth 1 + shallow-since) | ${action.commits.toLocaleString('en-US')} | ${mib(action.bytes)} | ${action.seconds.toFixed(2)} |`);
  console.log(`| Action, day window with the estimate check's 90-day look-back | ${lookback.commits.toLocaleString('en-US')} | ${mib(lookback.bytes)} | ${lookback.seconds.toFixed(2)} |`);
  console.log(`\nthe day window fetches ${((action.bytes / full.bytes) * 100).toFixed(2)} % of the full clone's bytes (${(full.bytes / action.bytes).toFixed(0)}x less) in ${((action.seconds / full.seconds) * 100).toFixed(1)} % of its time (${(full.seconds / action.seconds).toFixed(1)}x faster)`);
  console.log(`with the look-back: ${((lookback.bytes / full.bytes) * 100).toFixed(2)} % of the full clone's bytes in ${((lookback.seconds / full.seconds) * 100).toFixed(1)} % of its time`);
  console.log(`the Action said: ${action.log.join(' / ')}`);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
