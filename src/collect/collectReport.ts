/**
 * The collector: repositories + window → LeverageReport. Opens every repository first (so every
 * path problem is reported at once), then streams each one's history into one record builder.
 */
import { openRepository, labelRepositories, RepositoryError, type Repository } from '../git/openRepository.js';
import { streamCommits } from '../git/streamCommits.js';
import { classifyCommit, createRecordBuilder } from '../record/buildRecord.js';
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
}

export async function openRepositories(paths: readonly string[], cwd: string): Promise<Repository[]> {
  const results = await Promise.allSettled(paths.map((given) => openRepository(given, cwd)));
  const problems = results.flatMap((result) => (result.status === 'rejected' ? [(result.reason as Error).message] : []));
  if (problems.length > 0) throw new RepositoryError(problems.join('\n'));
  return labelRepositories(results.map((result) => (result as PromiseFulfilledResult<Repository>).value));
}

export async function collectReport(request: ReportRequest): Promise<LeverageReport> {
  const { config, window } = request;
  const { repositories } = request;
  const builder = createRecordBuilder({ sort: request.sort ?? config.sort });
  const commits: LeverageCommit[] = [];
  const revs = request.revs ?? config.revs ?? [];
  // One repository at a time: two git processes on two cores would starve the parser.
  for (const repo of repositories) {
    for await (const facts of streamCommits(repo, { window, revs, keys: config.trailerOptions.keys })) {
      const commit = classifyCommit(facts, config.trailerOptions);
      if (!commit) continue;
      commits.push(commit);
      builder.add(commit);
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
