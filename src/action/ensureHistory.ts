/**
 * Makes sure a checkout holds the history a run reads. actions/checkout fetches one commit by
 * default (and for a pull request, a merge commit whose parents are missing): bring in the commits
 * the event names, then deepen until the range no longer crosses the shallow boundary, and if that
 * cannot be done, fail with the fix (`fetch-depth: 0`).
 */
import { readFile } from 'node:fs/promises';
import { runGitRaw } from '../git/runGit.js';
import type { NeededCommit } from './planFromEvent.js';

export const FETCH_DEPTH_FIX =
  'Check out the full history: in the workflow, give actions/checkout `with: fetch-depth: 0` (or run `git fetch --unshallow` before this step).';

export class HistoryError extends Error {
  override name = 'HistoryError';
}

export interface HistoryLog {
  info: (message: string) => void;
}

async function git(dir: string, args: string[], env?: NodeJS.ProcessEnv) {
  return runGitRaw(args, dir, undefined, env);
}

async function hasCommit(dir: string, rev: string, env?: NodeJS.ProcessEnv): Promise<boolean> {
  return (await git(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], env)).exitCode === 0;
}

async function shallowCommits(dir: string, env?: NodeJS.ProcessEnv): Promise<Set<string>> {
  const probe = await git(dir, ['rev-parse', '--is-shallow-repository', '--path-format=absolute', '--git-path', 'shallow'], env);
  const [isShallow, file] = probe.stdout.trim().split('\n');
  if (isShallow !== 'true' || file === undefined) return new Set();
  return new Set((await readFile(file, 'utf8').catch(() => '')).split('\n').filter(Boolean));
}

/** Commits of the range that sit on the shallow boundary: the range's history is cut there. */
async function boundaryInRange(dir: string, range: string, shallow: Set<string>, env?: NodeJS.ProcessEnv): Promise<string[]> {
  if (shallow.size === 0) return [];
  const listed = await git(dir, ['rev-list', range, '--'], env);
  if (listed.exitCode !== 0) return [...shallow];
  return listed.stdout.split('\n').filter((sha) => shallow.has(sha));
}

/**
 * Ensures `needs` are present in the repository at `dir` and, when `range` is given, that its history
 * is complete. `env` is git's environment (tests pass an isolated one).
 */
export async function ensureHistory(dir: string, needs: readonly NeededCommit[], range: string | undefined, log: HistoryLog, env?: NodeJS.ProcessEnv): Promise<void> {
  const missing: NeededCommit[] = [];
  for (const need of needs) if (!(await hasCommit(dir, need.rev, env))) missing.push(need);
  if (missing.length > 0) {
    log.info(`fetching ${missing.map((need) => need.rev.slice(0, 12)).join(', ')} from origin (not in the checkout)`);
    const fetched = await git(dir, ['fetch', '--no-tags', '--quiet', 'origin', ...missing.map((need) => need.refspec)], env);
    const stillMissing: string[] = [];
    for (const need of missing) if (!(await hasCommit(dir, need.rev, env))) stillMissing.push(need.rev);
    if (stillMissing.length > 0) {
      const why = fetched.stderr.trim().replace(/^fatal: /, '');
      throw new HistoryError(`${dir}: commit${stillMissing.length === 1 ? '' : 's'} ${stillMissing.join(', ')} not in the checkout and could not be fetched${why ? ` (${why})` : ''}. ${FETCH_DEPTH_FIX}`);
    }
  }
  let shallow = await shallowCommits(dir, env);
  if (shallow.size === 0) return;
  if (range === undefined) {
    // A day or span of days: the walk stops at the boundary and says so if the window reaches it.
    log.info('the checkout is shallow: fetching the full history');
    await git(dir, ['fetch', '--no-tags', '--quiet', '--unshallow', 'origin'], env);
    return;
  }
  let cut = await boundaryInRange(dir, range, shallow, env);
  for (const deepen of ['--deepen=100', '--unshallow']) {
    if (cut.length === 0) return;
    log.info(`the checkout's history stops at ${cut[0]?.slice(0, 12)}, inside ${range}: git fetch ${deepen}`);
    await git(dir, ['fetch', '--no-tags', '--quiet', deepen, 'origin'], env);
    shallow = await shallowCommits(dir, env);
    cut = await boundaryInRange(dir, range, shallow, env);
  }
  if (cut.length > 0) {
    throw new HistoryError(`${dir} is a shallow clone whose history stops at ${cut[0]?.slice(0, 12)}, inside ${range}, and fetching more history from origin failed. ${FETCH_DEPTH_FIX}`);
  }
}
