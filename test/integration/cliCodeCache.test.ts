/**
 * The installed command (bin/git-leverage.js → dist/cli/index.js) runs the CLI bundle and its
 * chunks from V8 code caches in the user's cache folder (src/codeCache.ts), as the hook does: the
 * report is the same whatever state the caches are in, and the CLI's caches and the hook's are kept
 * apart.
 */
import { execFile } from 'node:child_process';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CODE_CACHES_KEPT } from '../../src/codeCache.js';
import { cli } from '../helpers/cli.js';
import { addOtherBuilds, expectOneBuildsCaches, listSorted } from '../helpers/codeCaches.js';
import { createTempRepo, leverageMessage, makeTempDir, removeTempDirs } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

const bin = path.resolve(import.meta.dirname, '../../bin/git-leverage.js');

describe('the V8 code cache of the CLI bundle', () => {
  it('is written by the first run and used afterwards, replaced when rejected, pruned apart from the hook’s; the report never changes', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: leverageMessage('Ship it', { Task: 'Ship it', 'Human-Estimate': '8h', 'Claude-Minutes': 12 }), date: '2026-04-12T09:00:00Z' });
    await repo.commit({ message: leverageMessage('Fix it', { Task: 'Fix it', 'Human-Estimate': 'soon', 'Claude-Minutes': 5 }), date: '2026-04-12T10:00:00Z' });
    const cacheHome = path.join(await makeTempDir(), 'cache');
    const cacheDir = path.join(cacheHome, 'git-leverage');
    const report = (env: NodeJS.ProcessEnv = {}) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(process.execPath, [bin, 'report', '--date', '2026-04-12', '--timezone', 'UTC', '--format', 'json'], { cwd: repo.dir, env: { ...repo.env, XDG_CACHE_HOME: cacheHome, ...env } }, (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
        );
      });

    const uncached = await report({ GIT_LEVERAGE_NO_CODE_CACHE: '1' });
    expect(uncached.code).toBe(0);
    expect(JSON.parse(uncached.stdout).tasks.map((task: { task: string }) => task.task)).toEqual(['Ship it']);
    expect(uncached.stderr).toContain('1 commit skipped');
    expect(await listSorted(cacheDir)).toEqual([]);

    expect(await report()).toEqual(uncached);
    // The bundle's and the chunks' a report loads (the collector, zod, the renderers, ...).
    const { name, file, written } = await expectOneBuildsCaches(cacheDir, 'cli', 'cli.js', 4);

    // Accepted: read and left alone.
    expect(await report()).toEqual(uncached);
    expect((await stat(file)).ino).toBe(written.ino);

    // Rejected: replaced. Of older CLI builds the newest stay; the hook's caches are not the CLI's to prune.
    await writeFile(file, 'not a code cache');
    const olderBuilds = [1, 2, 3, 4].map((n) => `cli-${String(n).repeat(32)}-nodev1.0.${n}-${process.arch}`);
    const hooks = `hook-${'5'.repeat(32)}-nodev1.0.0-${process.arch}`;
    await addOtherBuilds(cacheDir, [hooks, ...olderBuilds]);
    expect(await report()).toEqual(uncached);
    expect(await listSorted(cacheDir)).toEqual([...olderBuilds.slice(-(CODE_CACHES_KEPT - 1)), hooks, name].sort());
    expect((await stat(file)).size).toBeGreaterThan(1000);
  });
});

describe('the installed command ends as soon as its work is done and written', () => {
  it('a report larger than a pipe holds reaches the reader whole, and the exit code (--strict) is kept', async () => {
    const repo = await createTempRepo();
    for (let i = 0; i < 40; i += 1) {
      const task = `task ${String(i).padStart(2, '0')} ${'w'.repeat(1900)}`;
      await repo.commit({ message: leverageMessage(`change ${i}`, { Task: task, 'Human-Estimate': `${1 + (i % 7)}h`, 'Claude-Minutes': 10 + i }), date: `2026-04-12T${String(i % 24).padStart(2, '0')}:00:00Z` });
    }
    await repo.commit({ message: leverageMessage('bad', { Task: 'bad', 'Human-Estimate': 'soon', 'Claude-Minutes': 5 }), date: '2026-04-12T23:00:00Z' });
    const run = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(process.execPath, [bin, 'report', '--date', '2026-04-12', '--timezone', 'UTC', ...args], { cwd: repo.dir, env: repo.env, maxBuffer: 1 << 24 }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }));
      });
    const markdown = await run([]);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout.length).toBeGreaterThan(65_536); // more than a pipe's buffer
    expect(markdown.stdout).toBe((await cli(['report', '--date', '2026-04-12', '--timezone', 'UTC'], { cwd: repo.dir })).stdout);
    expect(markdown.stdout.match(/^\| \d+ \| task /gm)).toHaveLength(40);
    const strict = await run(['--strict', '--format', 'json']);
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout).tasks).toHaveLength(40);
    expect(strict.stderr).toContain('1 commit skipped');
  });
});
