/**
 * Turns a path the user typed into a repository the collector can walk, or a clear error: missing
 * path, not a repository, no commits yet. Shallow clones are detected here and checked by the walk.
 */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GitError, runGitRaw } from './runGit.js';
import { UserError } from '../userError.js';

export interface Repository {
  /** As the user gave it (for messages). */
  given: string;
  /** The path as given, made absolute (a subfolder of root, or root). */
  folder: string;
  /** The working tree's top level (or the git dir of a bare repository). */
  root: string;
  /** Name shown in reports. */
  label: string;
  hasCommits: boolean;
  /** Commits where a shallow clone's history is cut off; empty when the clone is complete. */
  shallowBoundary: ReadonlySet<string>;
  /** The git dir every worktree of the repository shares (where `shallow` lives): git-leverage's own files go in it. */
  gitCommonDir: string;
  /**
   * Whether refs/notes/leverage exists (git/noteRecords.ts): the walk asks git for notes only then,
   * so a repository without leverage notes walks exactly as before, and git warns of no missing ref.
   */
  hasNotes?: boolean;
}

/** Where leverage notes are kept: `git notes --ref=leverage`. */
export const NOTES_REF = 'refs/notes/leverage';

export class RepositoryError extends UserError {
  override name = 'RepositoryError';
}

export async function openRepository(given: string, cwd: string): Promise<Repository> {
  const absolute = path.resolve(cwd, given);
  const info = statSync(absolute, { throwIfNoEntry: false });
  if (!info) throw new RepositoryError(`repository path ${given} does not exist`);
  if (!info.isDirectory()) throw new RepositoryError(`repository path ${given} is not a folder`);
  // One git process for every question: with --revs-only, HEAD's commit is printed when there is
  // one, and nothing (not an error) when HEAD is unborn; then the notes ref's full name, last, when it exists.
  const questions = ['--git-dir', '--is-shallow-repository', '--git-path', 'shallow', '--revs-only', 'HEAD^{commit}', '--symbolic-full-name', NOTES_REF];
  let probe = await runGitRaw(['rev-parse', '--path-format=absolute', '--show-toplevel', ...questions], absolute);
  // A bare repository has no work tree to name (git refuses the question): asked again without it,
  // its git dir is its root.
  if (probe.exitCode !== 0 && probe.stderr.includes('work tree')) probe = await runGitRaw(['rev-parse', '--path-format=absolute', ...questions], absolute);
  if (probe.exitCode !== 0) {
    throw new RepositoryError(`${given} is not a git repository (${probe.stderr.trim().replace(/^fatal: /, '') || 'git rev-parse failed'})`);
  }
  // Without a top level (bare), the first line is the git dir.
  const lines = probe.stdout.trimEnd().split('\n');
  const hasNotes = lines[lines.length - 1] === NOTES_REF;
  if (hasNotes) lines.pop();
  const headCommit = /^[0-9a-f]{40,64}$/.test(lines[lines.length - 1] ?? '') ? lines.pop() : undefined;
  const shallowFile = lines.pop() as string;
  const isShallow = lines.pop() === 'true';
  const root = lines[0] as string;
  const branches = headCommit !== undefined ? '' : (await runGitRaw(['for-each-ref', '--count=1', '--format=%(objectname)', 'refs/heads'], absolute)).stdout.trim();
  let shallowBoundary = new Set<string>();
  if (isShallow) {
    const text = await readFile(shallowFile, 'utf8').catch((error: Error) => {
      throw new GitError(`cannot read ${shallowFile}: ${error.message}`);
    });
    shallowBoundary = new Set(text.split('\n').filter(Boolean));
  }
  return {
    given,
    folder: absolute,
    root,
    label: path.basename(root.replace(/\/\.git$/, '')),
    hasCommits: headCommit !== undefined || branches !== '',
    shallowBoundary,
    gitCommonDir: path.dirname(shallowFile),
    hasNotes,
  };
}

/** Unique labels: the folder name, or the path as given when two repositories share a name. */
export function labelRepositories(repositories: Repository[]): Repository[] {
  const counts = new Map<string, number>();
  for (const repo of repositories) counts.set(repo.label, (counts.get(repo.label) ?? 0) + 1);
  return repositories.map((repo) => ((counts.get(repo.label) ?? 0) > 1 ? { ...repo, label: repo.given } : repo));
}
