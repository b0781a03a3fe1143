/**
 * Where this package is installed, found from the running file (src/ under tests, dist/ bundled):
 * the hooks point at its dist/hook bundle by absolute path, so they work whatever PATH git runs with.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(fromUrl: string = import.meta.url): string {
  let dir = path.dirname(fileURLToPath(fromUrl));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'git-leverage') return dir;
      } catch {
        // not ours (dist/package.json only says "type"); keep walking up
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the git-leverage package above ${fileURLToPath(fromUrl)}`);
    dir = parent;
  }
}

/** The bundle the installed hooks run. */
export function hookEntryPath(root: string = packageRoot()): string {
  return path.join(root, 'dist', 'hook', 'index.js');
}
