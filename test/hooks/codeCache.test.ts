/**
 * The built hook (dist/hook/index.js) runs its bundle and chunks from V8 code caches in the user's
 * cache folder (src/hooks/codeCache.ts). Whatever state the caches are in, the hook decides the same.
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CODE_CACHES_KEPT } from '../../src/hooks/codeCache.js';
import { hookEntryPath } from '../../src/hooks/packageRoot.js';
import { createTempRepo, makeTempDir, removeTempDirs } from '../helpers/tempRepo.js';
import { assertBuilt } from './helpers.js';

afterAll(removeTempDirs);

const GOOD = 'Ship it\n\nTask: Ship it\nHuman-Estimate: 8h\nClaude-Minutes: 12\n';
const BAD = 'Ship it\n\nTask: Ship it\nHuman-Estimate: a while\nClaude-Minutes: 12\n';

describe('the V8 code cache of the hook bundle', () => {
  it('is written by the first run, used as it is afterwards, replaced when V8 rejects it; only the newest builds keep theirs', async () => {
    assertBuilt();
    const repo = await createTempRepo();
    const scratch = await makeTempDir();
    const cacheHome = path.join(scratch, 'cache');
    const cacheDir = path.join(cacheHome, 'git-leverage');
    const run = async (message: string, env: NodeJS.ProcessEnv = {}) => {
      const file = path.join(scratch, 'message');
      await writeFile(file, message);
      return new Promise<{ code: number; stderr: string }>((resolve) => {
        execFile(process.execPath, [hookEntryPath(), 'commit-msg', file], { cwd: repo.dir, env: { ...repo.env, XDG_CACHE_HOME: cacheHome, ...env } }, (error, _stdout, stderr) =>
          resolve({ code: error ? Number(error.code) : 0, stderr }),
        );
      });
    };
    const list = async (dir: string) => (await readdir(dir).catch(() => [] as string[])).sort();

    expect(await run(GOOD, { GIT_LEVERAGE_NO_CODE_CACHE: '1' })).toEqual({ code: 0, stderr: '' });
    expect(await list(cacheDir)).toEqual([]);

    expect(await run(GOOD)).toEqual({ code: 0, stderr: '' });
    const [name] = await list(cacheDir);
    expect(name).toMatch(new RegExp(`^hook-[0-9a-f]{32}-node${process.version.replaceAll('.', '\\.')}-${process.arch}$`));
    const folder = path.join(cacheDir, name as string);
    // The bundle's, and the chunk's that runs git (this run had no parse from the hook script).
    const first = await list(folder);
    expect(first).toContain('hook.js.v8cache');
    expect(first.length).toBeGreaterThan(1);
    const file = path.join(folder, 'hook.js.v8cache');
    const written = await stat(file);
    expect(written.mode & 0o077).toBe(0);

    // Accepted: the next runs read it and leave it alone, and decide as before.
    const refused = await run(BAD);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Human-Estimate: "a while" is not a duration');
    expect(refused.stderr).toContain('COMMIT_EDITMSG');
    expect(await run(GOOD)).toEqual({ code: 0, stderr: '' });
    expect((await stat(file)).ino).toBe(written.ino);

    // Rejected (not V8's data): replaced; of other builds' or Nodes' caches the newest stay.
    await writeFile(file, 'not a code cache');
    const others = [1, 2, 3, 4].map((n) => `hook-${String(n).repeat(32)}-nodev1.0.${n}-${process.arch}`);
    for (const [n, other] of others.entries()) {
      await mkdir(path.join(cacheDir, other));
      await utimes(path.join(cacheDir, other), new Date(2026, 0, n + 1), new Date(2026, 0, n + 1));
    }
    expect(await run(GOOD)).toEqual({ code: 0, stderr: '' });
    expect(await list(cacheDir)).toEqual([...others.slice(-(CODE_CACHES_KEPT - 1)), name].sort());
    expect((await stat(file)).size).toBeGreaterThan(1000);
  });
});
