/**
 * Makes sure a checkout holds the history a run reads. actions/checkout fetches one commit by
 * default (and for a pull request, a merge commit whose parents are missing): bring in the commits
 * the event names, then for a range deepen until it no longer crosses the shallow boundary (and if
 * that cannot be done, fail with the fix, `fetch-depth: 0`); for a day or span of days fetch only
 * the history since the window's start (less a look-back), not the whole of it.
 */
import { readFile } from 'node:fs/promises';
import { runGitRaw } from '../git/runGit.js';
import { describeFetch, shallowSinceDate } from './shallowSince.js';
import type { NeededCommit } from './planFromEvent.js';

export const FETCH_DEPTH_FIX =
  'Check out the full history: in the workflow, give actions/checkout `with: fetch-depth: 0` (or run `git fetch --unshallow` before this step).';

export class HistoryError extends Error {
  override name = 'HistoryError';
}

export interface HistoryLog {
  info: (message: string) => void;
}

/**
 * The history a run reads: a git range (deepened until whole), or a day or span of days from
 * `start` (seconds since the epoch), fetched from `lookBackDays` before it (default 1: a commit's
 * committer date may trail its author date, and the boundary is set by committer dates).
 */
export type HistoryScope = { range: string } | { start: number; lookBackDays?: number };

/** A shallow fetch-since deepens by one commit at a time this often before it fetches everything. */
const BOUNDARY_DEEPENINGS = 3;

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

/** Boundary commits authored at or after `start`: the collector would stop there inside the window. */
async function boundaryAfter(dir: string, start: number, env?: NodeJS.ProcessEnv): Promise<string[]> {
  const shallow = await shallowCommits(dir, env);
  if (shallow.size === 0) return [];
  const listed = await git(dir, ['log', '--no-walk=unsorted', '--format=%H %at', ...shallow, '--'], env);
  if (listed.exitCode !== 0) return [...shallow];
  return listed.stdout
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([sha, time]) => sha && Number(time) >= start)
    .map(([sha]) => sha as string);
}

async function commitCount(dir: string, env?: NodeJS.ProcessEnv): Promise<number> {
  const counted = await git(dir, ['rev-list', '--count', '--all'], env);
  return counted.exitCode === 0 ? Number(counted.stdout.trim()) : 0;
}

/**
 * A day or span of days on a shallow checkout: fetch the history since the window's start less the
 * look-back, then deepen while a boundary commit is authored inside the window (the boundary is set by
 * committer dates, the window by author dates), and say how much came in.
 */
async function fetchSince(dir: string, start: number, lookBackDays: number | undefined, log: HistoryLog, env?: NodeJS.ProcessEnv): Promise<void> {
  const since = shallowSinceDate(start, lookBackDays);
  const before = await commitCount(dir, env);
  log.info(`the checkout is shallow: fetching the history since ${since}`);
  const fetched = await git(dir, ['fetch', '--no-tags', '--progress', `--shallow-since=${since}`, 'origin'], env);
  if (fetched.exitCode !== 0) {
    // upload-pack refuses a date after every branch's tip: then the checkout already holds the window.
    if (/no commits selected for shallow requests/.test(fetched.stderr)) {
      log.info(`origin has no commits since ${since}: nothing more to fetch`);
      return;
    }
    log.info(`git fetch --shallow-since failed (${fetched.stderr.trim().split('\n').pop()?.replace(/^fatal: /, '')}): fetching the full history`);
    await git(dir, ['fetch', '--no-tags', '--quiet', '--unshallow', 'origin'], env);
    return;
  }
  const sizes = [describeFetch(fetched.stderr)];
  for (let attempt = 0; attempt <= BOUNDARY_DEEPENINGS; attempt += 1) {
    const inside = await boundaryAfter(dir, start, env);
    if (inside.length === 0) break;
    const deepen = attempt < BOUNDARY_DEEPENINGS ? '--deepen=1' : '--unshallow';
    log.info(`the history fetched stops at ${inside[0]?.slice(0, 12)}, authored inside the window: git fetch ${deepen}`);
    sizes.push(describeFetch((await git(dir, ['fetch', '--no-tags', '--progress', deepen, 'origin'], env)).stderr));
  }
  const after = await commitCount(dir, env);
  const objects = sizes.reduce((sum, size) => sum + (size.objects ?? 0), 0);
  const bytes = sizes.map((size) => size.received).filter(Boolean);
  log.info(`fetched ${after - before} commit${after - before === 1 ? '' : 's'} since ${since} (${objects} objects${bytes.length > 0 ? `, ${bytes.join(' + ')}` : ''})`);
}

/**
 * Ensures `needs` are present in the repository at `dir` and that the history of `scope` is
 * complete: a range is deepened until whole, a day or span is fetched since its start. No scope
 * (all history) unshallows. `env` is git's environment (tests pass an isolated one).
 */
export async function ensureHistory(dir: string, needs: readonly NeededCommit[], scope: HistoryScope | undefined, log: HistoryLog, env?: NodeJS.ProcessEnv): Promise<void> {
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
  if (scope !== undefined && 'start' in scope) return fetchSince(dir, scope.start, scope.lookBackDays, log, env);
  if (scope === undefined) {
    // All history: the walk stops at the boundary and says so if it is reached.
    log.info('the checkout is shallow: fetching the full history');
    await git(dir, ['fetch', '--no-tags', '--quiet', '--unshallow', 'origin'], env);
    return;
  }
  const { range } = scope;
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
