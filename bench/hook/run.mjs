// Commit-msg hook benchmark. Every variant commits in its own temporary repository through a real
// `git commit`, round-robin so drift hits all alike; figures are medians over many commits, each
// against the empty hook measured in the same run:
//   empty hook            #!/bin/sh exit 0 (the floor)
//   ours, no trailers     the installed git-leverage hook, message without leverage trailers
//   ours, with trailers   the same hook, message with a full record (Node starts and validates)
//   ... cold cache        on a Node with a compile cache (22.1+) only: the same with an empty cache
//                         folder each commit (compiles and writes it, as the first commit after an
//                         install or an upgrade); the row above then reads a warm cache
//   ... cache off         the same with NODE_DISABLE_COMPILE_CACHE=1 (22.1+ only)
//   ... a .leverage.yml   the same in a repository with a configuration file (Node parses the YAML)
//   node -e 0             Node's bare start-up, spawned directly (the yardstick of the budget)
//   commitlint            @commitlint/cli + config-conventional as its commit-msg hook (bench deps)
// Budgets: no trailers <= +30 ms over the empty hook (issue 7); with trailers <= 1.75x `node -e 0` on
// Node 20, which has no compile cache (issue 16).
// Usage: npm run bench:hook [-- --commits N] [-- --node PATH]  (needs `npm run build`, and `npm install`
// in bench/hook for commitlint). --node runs everything with another node binary: the hooks are
// installed with it, as `hook install` run by that node would, and `node -e 0` is that node's.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const commitsFlag = process.argv.indexOf('--commits');
const COMMITS = commitsFlag > 0 ? Number(process.argv[commitsFlag + 1]) : 60;
const nodeFlag = process.argv.indexOf('--node');
const node = nodeFlag > 0 ? path.resolve(process.argv[nodeFlag + 1]) : process.execPath;
const bin = path.join(root, 'bin', 'git-leverage.js');
const commitlint = path.join(here, 'node_modules', '.bin', 'commitlint');
if (!existsSync(path.join(root, 'dist', 'hook', 'index.js'))) throw new Error('run npm run build first');

const scratch = mkdtempSync(path.join(os.tmpdir(), 'git-leverage-bench-hook-'));
const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  HOME: scratch,
  XDG_CACHE_HOME: path.join(scratch, 'cache'), // Node's compile cache of the hook and the CLI, where Node has one (src/startup)
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@git-leverage.invalid',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@git-leverage.invalid',
};
for (const key of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'NODE_COMPILE_CACHE', 'NODE_DISABLE_COMPILE_CACHE']) delete env[key];
const nodeVersion = spawnSync(node, ['-p', 'process.version'], { encoding: 'utf8' }).stdout.trim();
const caching = spawnSync(node, ['-p', "typeof require('node:module').enableCompileCache"], { encoding: 'utf8' }).stdout.trim() === 'function';

function run(command, args, cwd, extraEnv = {}) {
  const result = spawnSync(command, args, { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result;
}

function repo(name, hook, config) {
  const dir = path.join(scratch, name);
  run('git', ['init', '--quiet', dir], scratch);
  if (config) writeFileSync(path.join(dir, '.leverage.yml'), config);
  if (hook === 'ours') run(node, [bin, 'hook', 'install'], dir);
  else if (hook) writeFileSync(path.join(dir, '.git', 'hooks', 'commit-msg'), hook, { mode: 0o755 });
  return dir;
}

const PLAIN = 'feat: add the notification service\n\nWires the sender into the queue.\n';
const RECORD = `${PLAIN}\nTask: Implement the notification service\nHuman-Estimate: 80h\nClaude-Minutes: 35\nSupervisory-Minutes: 5\nTokens: 412k\n`;
writeFileSync(path.join(scratch, 'plain'), PLAIN);
writeFileSync(path.join(scratch, 'record'), RECORD);

const variants = [
  { name: 'empty hook', dir: repo('empty', '#!/bin/sh\nexit 0\n'), message: 'plain' },
  { name: 'git-leverage, no leverage trailers', dir: repo('ours-plain', 'ours'), message: 'plain' },
  { name: 'git-leverage, with trailers', dir: repo('ours-record', 'ours'), message: 'record' },
  { name: 'git-leverage, with trailers, a .leverage.yml', dir: repo('ours-record-config', 'ours', 'hoursPerDay: 8\n'), message: 'record' },
  { name: 'node -e 0', node: true },
];
let coldCaches = 0;
if (caching) {
  variants.splice(
    3,
    0,
    // A cache folder no commit has used yet, each time.
    { name: 'git-leverage, with trailers, cold cache', dir: repo('ours-record-cold', 'ours'), message: 'record', env: () => ({ XDG_CACHE_HOME: path.join(scratch, 'cold', String((coldCaches += 1))) }) },
    { name: 'git-leverage, with trailers, cache off', dir: repo('ours-record-off', 'ours'), message: 'record', env: () => ({ NODE_DISABLE_COMPILE_CACHE: '1' }) },
  );
}
if (existsSync(commitlint)) {
  const dir = repo('commitlint', `#!/bin/sh\nexec "${commitlint}" --edit "$1"\n`);
  // As in a project that uses it: the config at the top level, node_modules beside it.
  symlinkSync(path.join(here, 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(path.join(dir, 'commitlint.config.mjs'), "export default { extends: ['@commitlint/config-conventional'] };\n");
  variants.push({ name: 'commitlint (config-conventional)', dir, message: 'plain' });
} else {
  console.error('commitlint is not installed in bench/hook (npm install there): its row is left out');
}

function timeOnce(variant) {
  const start = process.hrtime.bigint();
  if (variant.node) run(node, ['-e', '0'], scratch);
  else run('git', ['commit', '--quiet', '--allow-empty', '-F', path.join(scratch, variant.message)], variant.dir, variant.env?.());
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const samples = new Map(variants.map((v) => [v.name, []]));
for (const variant of variants) timeOnce(variant); // warm the file cache
for (let i = 0; i < COMMITS; i += 1) for (const variant of variants) samples.get(variant.name).push(timeOnce(variant));
// Check the hooks really ran as expected: the record commit carries trailers and passed validation.
const last = run('git', ['log', '-1', '--format=%(trailers:key=Claude-Minutes,valueonly)'], variants[2].dir).stdout.trim();
if (last !== '35') throw new Error('the with-trailers commit did not go through the hook as expected');
// Node keeps its compile cache in a folder named after its version, where it has one; else nothing is written.
const cacheFolders = existsSync(path.join(scratch, 'cache', 'git-leverage')) ? readdirSync(path.join(scratch, 'cache', 'git-leverage')) : [];
if (caching ? !cacheFolders.some((name) => name.startsWith(`${nodeVersion}-`)) : cacheFolders.length > 0) throw new Error(`unexpected compile cache folders: [${cacheFolders.join(', ')}]`);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const m = Object.fromEntries([...samples].map(([name, values]) => [name, median(values)]));
const empty = m['empty hook'];
const bare = m['node -e 0'];
const fmt = (ms) => `${ms.toFixed(1)} ms`;
console.log(`commit-msg hook benchmark: median of ${COMMITS} commits per variant, Node ${nodeVersion} (${caching ? 'compile cache on' : 'no compile cache'}), ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} at the end`);
console.log('| variant | median per commit | added over the empty hook | ratio to node -e 0 |');
console.log('|---|---|---|---|');
for (const [name, value] of Object.entries(m)) {
  const added = name === 'node -e 0' ? '' : name === 'empty hook' ? '0' : fmt(value - empty);
  const ratio = name === 'node -e 0' || name === 'empty hook' ? '' : `${((value - empty) / bare).toFixed(2)}x`;
  console.log(`| ${name} | ${fmt(value)} | ${added} | ${ratio} |`);
}
const plainAdded = m['git-leverage, no leverage trailers'] - empty;
const recordAdded = m['git-leverage, with trailers'] - empty;
console.log(`\nno trailers: +${fmt(plainAdded)} (budget +30 ms): ${plainAdded <= 30 ? 'within' : 'OVER'}`);
console.log(`with trailers: +${fmt(recordAdded)} = ${(recordAdded / bare).toFixed(2)}x node -e 0 (budget 1.75x): ${recordAdded <= 1.75 * bare ? 'within' : 'OVER'}`);
rmSync(scratch, { recursive: true, force: true });
