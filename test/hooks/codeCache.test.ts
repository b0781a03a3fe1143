/**
 * The built hook (dist/hook/index.js) runs its bundle and chunks from V8 code caches in the user's
 * cache folder (src/codeCache.ts). Whatever state the caches are in, the hook decides the same.
 */
import { execFile } from 'node:child_process';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CODE_CACHES_KEPT } from '../../src/codeCache.js';
import { hookEntryPath } from '../../src/hooks/packageRoot.js';
import { addOtherBuilds, expectOneBuildsCaches, listSorted } from '../helpers/codeCaches.js';
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

    expect(await run(GOOD, { GIT_LEVERAGE_NO_CODE_CACHE: '1' })).toEqual({ code: 0, stderr: '' });
    expect(await listSorted(cacheDir)).toEqual([]);

    expect(await run(GOOD)).toEqual({ code: 0, stderr: '' });
    // The bundle's, and the chunk's that runs git (this run had no parse from the hook script).
    const { name, file, written } = await expectOneBuildsCaches(cacheDir, 'hook', 'hook.js', 2);

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
    await addOtherBuilds(cacheDir, others);
    expect(await run(GOOD)).toEqual({ code: 0, stderr: '' });
    expect(await listSorted(cacheDir)).toEqual([...others.slice(-(CODE_CACHES_KEPT - 1)), name].sort());
    expect((await stat(file)).size).toBeGreaterThan(1000);
  });
});
