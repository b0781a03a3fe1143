/**
 * The collector: repositories + window + config → LeverageReport. Opens every repository first (so
 * every path problem is reported at once), then streams each one's history into one record builder.
 */
import { labelRepositories, openRepository, RepositoryError, type Repository } from '../git/openRepository.js';
import { streamCommits } from '../git/streamCommits.js';
import type { LeverageCommit, LeverageReport, ReportWindow, SortOrder } from '../record/types.js';
import { createRecordBuilder } from '../record/buildRecord.js';
import { classifyCommit } from '../trailers/classifyCommit.js';
import type { ResolvedConfig } from '../config/resolveConfig.js';
import { createEstimateCheck } from './checkTaskEstimates.js';

export interface ReportRequest {
  /** Opened with openRepositories(). */
  repositories: readonly Repository[];
  window: ReportWindow;
  config: ResolvedConfig;
  /** Overrides config.revs (e.g. `--all`). */
  revs?: readonly string[];
  /** Overrides config.sort. */
  sort?: SortOrder;
  /** The time of the report: a window well before it is walked in two passes (streamCommits). */
  now?: Date;
}

/**
 * Opens every path, reporting all the problems at once. A repository given twice (`.` and `./`, or a
 * folder inside it) is read once, under the first path given for it.
 */
export async function openRepositories(paths: readonly string[], cwd: string): Promise<Repository[]> {
  const results = await Promise.allSettled(paths.map((given) => openRepository(given, cwd)));
  const problems = results.flatMap((result) => (result.status === 'rejected' ? [(result.reason as Error).message] : []));
  if (problems.length > 0) throw new RepositoryError(problems.join('\n'));
  const byRoot = new Map<string, Repository>();
  for (const result of results) {
    const repo = (result as PromiseFulfilledResult<Repository>).value;
    if (!byRoot.has(repo.root)) byRoot.set(repo.root, repo);
  }
  return labelRepositories([...byRoot.values()]);
}

export async function collectReport({ repositories, window, config, revs, sort, now }: ReportRequest): Promise<LeverageReport> {
  const builder = createRecordBuilder({ sort: sort ?? config.sort });
  const commits: LeverageCommit[] = [];
  const options = { window, revs: revs ?? config.revs ?? [], keys: config.trailerOptions.keys, ...(now ? { now: now.getTime() / 1000 } : {}) };
  const estimates = config.estimates.check ? createEstimateCheck(window, config) : undefined;
  // One repository at a time: two git processes on two cores would starve the reader.
  for (const repo of repositories) {
    const walk = estimates ? { ...options, window: await estimates.walkWindow(repo) } : options;
    for await (const batch of streamCommits(repo, walk)) {
      for (const facts of batch) {
        const commit = classifyCommit(facts, config.trailerOptions);
        if (!commit) continue;
        if (facts.note) commit.note = true;
        if (estimates?.takeLookback(commit)) continue;
        commits.push(commit);
        builder.add(commit);
      }
    }
  }
  const record = builder.finish();
  const estimateReference = await estimates?.check(record, repositories);
  return { window, agent: config.agent, repositories: repositories.map((repo) => repo.label), commits, record, ...(estimateReference ? { estimateReference } : {}) };
}
