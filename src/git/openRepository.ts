/**
 * Turns a path the user typed into a repository the collector can walk, or a clear error: missing
 * path, not a repository, no commits yet. Shallow clones are detected here and checked by the walk.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { GitError, runGitRaw } from './runGit.js';
import { UserError } from '../userError.js';

export interface Repository {
  /** As the user gave it (for messages). */
  given: string;
  /** The working tree's top level (or the git dir of a bare repository). */
  root: string;
  /** Name shown in reports. */
  label: string;
  hasCommits: boolean;
  /** Commits where a shallow clone's history is cut off; empty when the clone is complete. */
  shallowBoundary: ReadonlySet<string>;
}

export class RepositoryError extends UserError {
  override name = 'RepositoryError';
}

export async function openRepository(given: string, cwd: string): Promise<Repository> {
  const absolute = path.resolve(cwd, given);
  const info = await stat(absolute).catch(() => undefined);
  if (!info) throw new RepositoryError(`repository path ${given} does not exist`);
  if (!info.isDirectory()) throw new RepositoryError(`repository path ${given} is not a folder`);
  // Both questions at once: the second is moot when the first finds no repository.
  const [probe, head] = await Promise.all([
    runGitRaw(['rev-parse', '--path-format=absolute', '--show-toplevel', '--git-dir', '--is-shallow-repository', '--git-path', 'shallow'], absolute),
    runGitRaw(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], absolute),
  ]);
  if (probe.exitCode !== 0) {
    throw new RepositoryError(`${given} is not a git repository (${probe.stderr.trim().replace(/^fatal: /, '') || 'git rev-parse failed'})`);
  }
  // A bare repository prints no top level, so the first line is the git dir.
  const lines = probe.stdout.trimEnd().split('\n');
  const shallowFile = lines.pop() as string;
  const isShallow = lines.pop() === 'true';
  const root = lines[0] as string;
  const branches = head.exitCode === 0 ? '' : (await runGitRaw(['for-each-ref', '--count=1', '--format=%(objectname)', 'refs/heads'], absolute)).stdout.trim();
  let shallowBoundary = new Set<string>();
  if (isShallow) {
    const text = await readFile(shallowFile, 'utf8').catch((error: Error) => {
      throw new GitError(`cannot read ${shallowFile}: ${error.message}`);
    });
    shallowBoundary = new Set(text.split('\n').filter(Boolean));
  }
  return {
    given,
    root,
    label: path.basename(root.replace(/\/\.git$/, '')),
    hasCommits: head.exitCode === 0 || branches !== '',
    shallowBoundary,
  };
}

/** Unique labels: the folder name, or the path as given when two repositories share a name. */
export function labelRepositories(repositories: Repository[]): Repository[] {
  const counts = new Map<string, number>();
  for (const repo of repositories) counts.set(repo.label, (counts.get(repo.label) ?? 0) + 1);
  return repositories.map((repo) => ((counts.get(repo.label) ?? 0) > 1 ? { ...repo, label: repo.given } : repo));
}
