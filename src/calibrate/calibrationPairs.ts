/**
 * Calibration pairs: the commits that say how long a person actually took (`Human-Actual`) for a
 * task done without an agent, next to the `Human-Estimate` made before the work. Pure: commits in,
 * pairs out, each counted once however often it was reached.
 */
import type { LeverageCommit } from '../record/types.js';

/** One task a person did alone: the estimate made before, the time it took. */
export interface CalibrationPair {
  repo: string;
  sha: string;
  /** Author date, seconds since the epoch. */
  authorTime: number;
  task: string;
  taskId: string | undefined;
  estimateMinutes: number;
  actualMinutes: number;
  /** `Estimated-By`, when written. */
  estimatedBy?: string;
}

/**
 * The calibration pairs among `commits`, oldest first. A commit reached twice (two repositories
 * sharing history, two revisions) or a cherry-picked copy (same author, author date and figures)
 * counts once, and so does a pair listed in a squash commit whose original is reached too, as the
 * record builder counts records: a pair counted twice would weigh twice.
 */
export function calibrationPairs(commits: Iterable<LeverageCommit>): CalibrationPair[] {
  const seen = new Set<string>();
  const pairs: CalibrationPair[] = [];
  for (const commit of commits) {
    if (commit.verdict.kind !== 'calibration') continue;
    const figures = commit.verdict.figures;
    const at = commit.embedded === undefined ? commit.sha : `${commit.sha}#${commit.embedded.index}`;
    const same = JSON.stringify([commit.authorEmail.toLowerCase(), commit.authorTime, figures.task, figures.taskId ?? null, figures.humanMinutes, figures.humanActualMinutes]);
    // A pair listed in a squash commit that names its original is the original reached again.
    const original = commit.embedded?.sha;
    if (seen.has(at) || seen.has(same) || (original !== undefined && seen.has(original))) continue;
    seen.add(at);
    seen.add(same);
    if (original !== undefined) seen.add(original);
    pairs.push({
      repo: commit.repo,
      sha: commit.sha,
      authorTime: commit.authorTime,
      task: figures.task,
      taskId: figures.taskId,
      estimateMinutes: figures.humanMinutes,
      actualMinutes: figures.humanActualMinutes,
      ...(figures.estimatedBy !== undefined ? { estimatedBy: figures.estimatedBy } : {}),
    });
  }
  return pairs.sort((a, b) => a.authorTime - b.authorTime || (a.sha < b.sha ? -1 : a.sha > b.sha ? 1 : 0));
}
