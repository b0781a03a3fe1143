/**
 * Which folders are "this repository" for a log line's `cwd`: the top level of every worktree
 * (`git worktree list --porcelain`), matched on real paths component by component, so
 * `/src/app-old` is never inside `/src/app`. The folder names under `projects/` are a lossy
 * encoding of the path and are not used.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { runGit } from '../git/runGit.js';

/** Whether `child` is `parent` or inside it; both absolute and normalised. Pure. */
export function isInsideFolder(child: string, parent: string): boolean {
  const a = child.split(path.sep).filter(Boolean);
  const b = parent.split(path.sep).filter(Boolean);
  if (b.length > a.length) return false;
  return b.every((part, index) => a[index] === part);
}

/** The real path when the folder still exists, else the path as written (a removed worktree). */
function realFolder(folder: string): string {
  try {
    return realpathSync.native(folder);
  } catch {
    return path.resolve(folder);
  }
}

/** The repository's worktree top levels (the main one and every linked one), as real paths. */
export async function repositoryFolders(repoDir: string, env?: NodeJS.ProcessEnv): Promise<string[]> {
  const listing = await runGit(['worktree', 'list', '--porcelain'], repoDir, undefined, env);
  const worktrees = listing
    .split('\n')
    .filter((line) => line.startsWith('worktree '))
    .map((line) => line.slice('worktree '.length));
  return [...new Set(worktrees.map(realFolder))];
}

/** A `cwd` → belongs predicate, resolving each distinct folder once. */
export function folderMatcher(folders: readonly string[]): (cwd: string) => boolean {
  const cache = new Map<string, boolean>();
  return (cwd) => {
    let known = cache.get(cwd);
    if (known === undefined) {
      const real = path.isAbsolute(cwd) ? realFolder(cwd) : undefined;
      known = real !== undefined && folders.some((folder) => isInsideFolder(real, folder));
      cache.set(cwd, known);
    }
    return known;
  };
}
