/**
 * The command (bin/git-leverage.js) and the installed hooks (dist/hook/index.js) turn on Node's own
 * compile cache where Node has it (22.1+), in the user's cache folder, and write nothing on a Node
 * without it (src/startup/startBundle.ts). Run with the test's own node, and also with the node that
 * GIT_LEVERAGE_TEST_NODE names, if any (e.g. a Node 22 binary when the tests run on Node 20).
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hookEntryPath } from '../../src/hooks/packageRoot.js';
import { assertBuilt } from '../hooks/helpers.js';
import { createTempRepo, leverageMessage, makeTempDir, removeTempDirs, type TempRepo } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

const bin = path.resolve(import.meta.dirname, '../../bin/git-leverage.js');
const GOOD = 'Ship it\n\nTask: Ship it\nHuman-Estimate: 8h\nClaude-Minutes: 12\n';
const BAD = 'Ship it\n\nTask: Ship it\nHuman-Estimate: a while\nClaude-Minutes: 12\n';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(node: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    execFile(node, args, { cwd, env }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }));
  });
}

/** Every file under `dir` with its modification time, sorted; none when `dir` does not exist. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  return (await Promise.all(files.map(async (file) => `${path.relative(dir, file)} ${(await stat(file)).mtimeMs}`))).sort();
}

/** A commit-msg check with each message, and a report: what a user runs, all through the built bundles. */
async function useBoth(node: string, repo: TempRepo, scratch: string, env: NodeJS.ProcessEnv): Promise<Run[]> {
  const runs: Run[] = [];
  for (const [name, message] of [['good', GOOD], ['bad', BAD]]) {
    const file = path.join(scratch, name as string);
    await writeFile(file, message as string);
    runs.push(await run(node, [hookEntryPath(), 'commit-msg', file], repo.dir, env));
  }
  runs.push(await run(node, [bin, 'report', '--date', '2026-04-12', '--timezone', 'UTC', '--format', 'json'], repo.dir, env));
  return runs;
}

function expectDecided([good, bad, report]: Run[]): void {
  expect(good).toEqual({ code: 0, stdout: '', stderr: '' });
  expect(bad?.code).toBe(1);
  expect(bad?.stderr).toContain('Human-Estimate');
  expect(report?.code).toBe(0);
  expect(JSON.parse(report?.stdout ?? '').tasks.map((task: { task: string }) => task.task)).toEqual(['Ship it']);
  expect(report?.stderr).toContain('1 commit skipped');
}

async function setUp(): Promise<{ repo: TempRepo; scratch: string; tmp: string }> {
  assertBuilt();
  const repo = await createTempRepo();
  // Node's own switches, if the tests' environment has them, would decide instead of git-leverage.
  delete repo.env.NODE_COMPILE_CACHE;
  delete repo.env.NODE_DISABLE_COMPILE_CACHE;
  await repo.commit({ message: leverageMessage('Ship it', { Task: 'Ship it', 'Human-Estimate': '8h', 'Claude-Minutes': 12 }), date: '2026-04-12T09:00:00Z' });
  await repo.commit({ message: leverageMessage('Fix it', { Task: 'Fix it', 'Human-Estimate': 'soon', 'Claude-Minutes': 5 }), date: '2026-04-12T10:00:00Z' });
  const scratch = await makeTempDir();
  // The child's own TMPDIR, where Node would put a cache if git-leverage let it choose.
  const tmp = path.join(scratch, 'tmp');
  await mkdir(tmp);
  return { repo, scratch, tmp };
}

const nodes = [process.execPath, ...(process.env.GIT_LEVERAGE_TEST_NODE ? [process.env.GIT_LEVERAGE_TEST_NODE] : [])];

describe.each(nodes)('Node’s compile cache, with %s', (node) => {
  const version = execFileSync(node, ['-p', 'process.version'], { encoding: 'utf8' }).trim();
  const caching = execFileSync(node, ['-p', "typeof require('node:module').enableCompileCache"], { encoding: 'utf8' }).trim() === 'function';

  it.runIf(!caching)(`${version} has none: the hook and the report run as always and write no cache anywhere`, async () => {
    const { repo, scratch, tmp } = await setUp();
    const cacheHome = path.join(scratch, 'cache');
    expectDecided(await useBoth(node, repo, scratch, { ...repo.env, XDG_CACHE_HOME: cacheHome, TMPDIR: tmp }));
    expect(await filesUnder(cacheHome)).toEqual([]);
    expect(await filesUnder(tmp)).toEqual([]);
  });

  it.runIf(caching)(`${version} has one: written in $XDG_CACHE_HOME/git-leverage on the first runs, read as it is by the next, which decide the same`, async () => {
    const { repo, scratch, tmp } = await setUp();
    const cacheHome = path.join(scratch, 'cache');
    const env = { ...repo.env, XDG_CACHE_HOME: cacheHome, TMPDIR: tmp };
    const cold = await useBoth(node, repo, scratch, env);
    expectDecided(cold);
    const written = await filesUnder(path.join(cacheHome, 'git-leverage'));
    // The hook's bundle, the CLI's and the chunks a report loads, in Node's folder for this version.
    expect(written.length).toBeGreaterThanOrEqual(4);
    for (const file of written) expect(file.startsWith(`${version}-${process.arch}-`)).toBe(true);
    expect(await filesUnder(cacheHome)).toHaveLength(written.length);

    expect(await useBoth(node, repo, scratch, env)).toEqual(cold);
    expect(await filesUnder(path.join(cacheHome, 'git-leverage'))).toEqual(written);
    expect(await filesUnder(tmp)).toEqual([]);
  });

  it.runIf(caching)(`${version} has one, left off with NODE_DISABLE_COMPILE_CACHE=1, and when the user has no cache folder (never in TMPDIR)`, async () => {
    const { repo, scratch, tmp } = await setUp();
    const cacheHome = path.join(scratch, 'cache');
    expectDecided(await useBoth(node, repo, scratch, { ...repo.env, XDG_CACHE_HOME: cacheHome, TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: '1' }));
    expect(await filesUnder(cacheHome)).toEqual([]);

    const homeless: NodeJS.ProcessEnv = { ...repo.env, XDG_CACHE_HOME: 'relative', HOME: 'relative', TMPDIR: tmp };
    delete homeless.LOCALAPPDATA;
    expectDecided(await useBoth(node, repo, scratch, homeless));
    expect(await filesUnder(tmp)).toEqual([]);
    expect(await filesUnder(repo.dir).then((files) => files.filter((file) => file.startsWith('relative')))).toEqual([]);
  });
});
