/** The V8 code-cache folders a built bundle leaves (src/codeCache.ts), as the CLI's and the hook's tests check them. */
import { mkdir, readdir, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import type { Stats } from 'node:fs';
import { expect } from 'vitest';

/** A folder's entries, sorted; none when it does not exist. */
export async function listSorted(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [] as string[])).sort();
}

/**
 * Checks that `cacheDir` holds one build's folder of `kind` for this Node, with the cache of the
 * bundle (`main`) readable by its owner only, and at least `atLeast` caches in all.
 */
export async function expectOneBuildsCaches(cacheDir: string, kind: 'cli' | 'hook', main: string, atLeast: number): Promise<{ name: string; file: string; written: Stats }> {
  const [name, ...more] = await listSorted(cacheDir);
  expect(more).toEqual([]);
  expect(name).toMatch(new RegExp(`^${kind}-[0-9a-f]{32}-node${process.version.replaceAll('.', '\\.')}-${process.arch}$`));
  const folder = path.join(cacheDir, name as string);
  const caches = await listSorted(folder);
  expect(caches).toContain(`${main}.v8cache`);
  expect(caches.length).toBeGreaterThanOrEqual(atLeast);
  const file = path.join(folder, `${main}.v8cache`);
  const written = await stat(file);
  expect(written.mode & 0o077).toBe(0);
  return { name: name as string, file, written };
}

/** Empty cache folders of other builds, written on successive days (oldest first), for pruning to choose from. */
export async function addOtherBuilds(cacheDir: string, names: readonly string[]): Promise<void> {
  for (const [n, name] of names.entries()) {
    await mkdir(path.join(cacheDir, name));
    await utimes(path.join(cacheDir, name), new Date(2026, 0, n + 1), new Date(2026, 0, n + 1));
  }
}
