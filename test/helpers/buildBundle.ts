/**
 * Vitest global setup: the tests that run the installed command, the hooks or the Action run the
 * bundles in dist/, so dist/ is rebuilt from src/ first whenever a source is newer than the bundle.
 * A stale dist/ never passes for the code in src/.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** Newest (or oldest) modification time of the files under `dir`. */
function mtimes(dir: string): number[] {
  const times: number[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) times.push(statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return times;
}

function isStale(): boolean {
  let built: number[];
  try {
    built = mtimes(path.join(root, 'dist'));
  } catch {
    return true;
  }
  if (built.length === 0) return true;
  const sources = [...mtimes(path.join(root, 'src')), ...['scripts/build.mjs', 'package-lock.json'].map((file) => statSync(path.join(root, file)).mtimeMs)];
  return Math.max(...sources) > Math.min(...built);
}

export default function setup(): void {
  if (!isStale()) return;
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`dist/ is older than src/ and could not be rebuilt (node scripts/build.mjs):\n${result.stderr.slice(-4000)}`);
}
