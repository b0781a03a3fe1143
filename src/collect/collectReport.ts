/**
 * The collector: repositories + window → LeverageReport. Opens every repository first (so every
 * path problem is reported at once), then streams each one's history into one record builder. The
 * first repository's git may already be walking (a WalkAhead), and the window still being worked
 * out (a PendingWindow): both so that git starts as early as the command line allows.
 */
import { openRepository, labelRepositories, RepositoryError, type Repository } from '../git/openRepository.js';
import { statSync } from 'node:fs';
import { startWalkAhead, streamCommits, type GitWalkOptions, type WalkAhead } from '../git/streamCommits.js';
import type { LeverageCommit, LeverageReport, ReportWindow, SortOrder, TaskRow } from '../record/types.js';
import { resolveConfig, type ResolvedConfig } from '../config/resolveConfig.js';
import type { WindowBounds } from '../time/windowBasics.js';

/**
 * A window not yet worked out, and what git can be told meanwhile. Working a window out takes the
 * zone's rules (ICU's data, and luxon for calendar days): tens of milliseconds that can pass while
 * git walks rather than before it starts.
 */
export interface PendingWindow {
  /** Bounds that hold the window whatever its zone (windowBounds). */
  bounds: WindowBounds;
  /** Works the window out; called once git is walking. */
  resolve: () => Promise<ReportWindow>;
}

export interface ReportRequest {
  /** Opened with openRepositories(). */
  repositories: readonly Repository[];
  window: ReportWindow | PendingWindow;
  config: ResolvedConfig;
  /** Overrides config.revs (e.g. `--all`). */
  revs?: readonly string[];
  sort?: SortOrder;
  /** The time of the report: lets a walk over a window well in the past read dates first (streamCommits). */
  now?: Date;
  /** The first repository's `git log`, started before it was opened (startWalkAhead): taken if it is the walk's own. */
  ahead?: WalkAhead;
  /** Called with each task row as it is first made (RecordOptions.onTask). */
  onTask?: (row: TaskRow) => void;
  /** Called once git is walking: the caller loads what it needs next (its renderers) meanwhile. */
  whileWalking?: () => void;
}

export async function openRepositories(paths: readonly string[], cwd: string): Promise<Repository[]> {
  const results = await Promise.allSettled(paths.map((given) => openRepository(given, cwd)));
  const problems = results.flatMap((result) => (result.status === 'rejected' ? [(result.reason as Error).message] : []));
  if (problems.length > 0) throw new RepositoryError(problems.join('\n'));
  return labelRepositories(results.map((result) => (result as PromiseFulfilledResult<Repository>).value));
}

/** What a walk's git commands take from the config, the revisions asked for and the time of the report. */
function gitWalkOptions(config: ResolvedConfig, bounds: GitWalkOptions['bounds'], revs: readonly string[] | undefined, now: Date | undefined): GitWalkOptions {
  return { ...(bounds ? { bounds } : {}), revs: revs ?? config.revs ?? [], keys: config.trailerOptions.keys, ...(now ? { now: now.getTime() / 1000 } : {}) };
}

/**
 * The first repository's first `git log`, started before the repository is opened and its config
 * read, on the default config (collectReport takes it only if that is the command it would run);
 * none when the folder does not exist (opening it then says so).
 */
export function startWalkAheadOf(folder: string, bounds: WindowBounds, revs: readonly string[] | undefined, now: Date): WalkAhead | undefined {
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return undefined;
  return startWalkAhead(folder, gitWalkOptions(resolveConfig(), bounds, revs, now));
}

export async function collectReport(request: ReportRequest): Promise<LeverageReport> {
  const { config, repositories, window: given } = request;
  const pending = 'resolve' in given ? given : undefined;
  // A pending window is worked out in a microtask, so after git has started below (streamCommits
  // starts it synchronously). Observed at once, so that a window that cannot be worked out is not an
  // unhandled rejection before anything awaits it; awaited all the same.
  const window = pending ? Promise.resolve().then(pending.resolve) : (given as ReportWindow);
  if (window instanceof Promise) window.catch(() => undefined);
  const options = { ...gitWalkOptions(config, pending ? pending.bounds : undefined, request.revs, request.now), window };
  // git starts walking the first repository before the record code (and zod, which validates the
  // trailers) is loaded: the two overlap, and a report costs little more than git's own walk.
  const firstWalk = repositories[0] && streamCommits(repositories[0], options, request.ahead);
  request.whileWalking?.();
  const { classifyCommit, createRecordBuilder } = await import('../record/buildRecord.js');
  const builder = createRecordBuilder({ sort: request.sort ?? config.sort, ...(request.onTask ? { onTask: request.onTask } : {}) });
  const commits: LeverageCommit[] = [];
  // One repository at a time: two git processes on two cores would starve the parser.
  for (const [index, repo] of repositories.entries()) {
    const walk = index === 0 && firstWalk ? firstWalk : streamCommits(repo, options);
    for await (const batch of walk) {
      for (const facts of batch) {
        const commit = classifyCommit(facts, config.trailerOptions);
        if (!commit) continue;
        commits.push(commit);
        builder.add(commit);
      }
    }
  }
  return {
    window: await window,
    agent: config.agent,
    repositories: repositories.map((repo) => repo.label),
    commits,
    record: builder.finish(),
  };
}
