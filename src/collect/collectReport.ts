/**
 * The collector: repositories + window → LeverageReport. Opens every repository first (so every
 * path problem is reported at once), then streams each one's history into one record builder.
 */
import { openRepository, labelRepositories, RepositoryError, type Repository } from '../git/openRepository.js';
import { streamCommits } from '../git/streamCommits.js';
import type { LeverageCommit, LeverageReport, ReportWindow, SortOrder } from '../record/types.js';
import type { ResolvedConfig } from '../config/configSchema.js';

export interface ReportRequest {
  /** Opened with openRepositories(). */
  repositories: readonly Repository[];
  window: ReportWindow;
  config: ResolvedConfig;
  /** Overrides config.revs (e.g. `--all`). */
  revs?: readonly string[];
  sort?: SortOrder;
  /** The time of the report: lets a walk over a window well in the past read dates first (streamCommits). */
  now?: Date;
  /** Called once git is walking: the caller loads what it needs next (its renderers) meanwhile. */
  whileWalking?: () => void;
}

export async function openRepositories(paths: readonly string[], cwd: string): Promise<Repository[]> {
  const results = await Promise.allSettled(paths.map((given) => openRepository(given, cwd)));
  const problems = results.flatMap((result) => (result.status === 'rejected' ? [(result.reason as Error).message] : []));
  if (problems.length > 0) throw new RepositoryError(problems.join('\n'));
  return labelRepositories(results.map((result) => (result as PromiseFulfilledResult<Repository>).value));
}

export async function collectReport(request: ReportRequest): Promise<LeverageReport> {
  const { config, window, repositories } = request;
  const options = {
    window,
    revs: request.revs ?? config.revs ?? [],
    keys: config.trailerOptions.keys,
    ...(request.now ? { now: request.now.getTime() / 1000 } : {}),
  };
  // git starts walking the first repository before the record code (and zod, which validates the
  // trailers) is loaded: the two overlap, and a report costs little more than git's own walk.
  const firstWalk = repositories[0] && streamCommits(repositories[0], options);
  request.whileWalking?.();
  const { classifyCommit, createRecordBuilder } = await import('../record/buildRecord.js');
  const builder = createRecordBuilder({ sort: request.sort ?? config.sort });
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
    window,
    agent: config.agent,
    repositories: repositories.map((repo) => repo.label),
    commits,
    record: builder.finish(),
  };
}
