/**
 * Vitest global setup: the run gets a temporary folder of its own, and fails when a test leaves
 * anything in it, naming what was left.
 *
 * TMPDIR is set before the workers start, so `os.tmpdir()` in the tests and in every process they
 * spawn (the CLI, the hooks, git) points into this folder. A folder of its own, rather than a
 * before/after listing of the system's, so that another run on the same machine is never taken for
 * a leak of this one, and so that leaks under any name are found.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Creates the run's temporary folder; the returned teardown checks that it is empty and removes it. */
export function setup(): () => void {
  const previous = process.env.TMPDIR;
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'git-leverage-run-'));
  process.env.TMPDIR = runDir;
  return () => {
    const left = readdirSync(runDir).sort();
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(runDir, { recursive: true, force: true });
    if (left.length === 0) return;
    // Vitest reports an error thrown here but may still exit 0: the exit code says it too.
    process.exitCode = 1;
    throw new Error(
      `the tests left ${left.length} entr${left.length === 1 ? 'y' : 'ies'} in the temporary folder (now removed): ${left.join(', ')}. ` +
        'A test removes what it creates: afterAll(removeTempDirs) from test/helpers/tempRepo.ts.',
    );
  };
}
