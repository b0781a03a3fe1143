/**
 * The figures `prepare-commit-msg` writes when measuring is on: every agent's work on this
 * repository (Claude Code and Codex; minutes are the union of their working intervals, tokens their
 * sum) since HEAD was committed (the whole log before the first commit) until now.
 */
import { headTime } from './measureWindow.js';
import { measureRepository } from './measureRepository.js';
import { trailerFigures, type TrailerFigures } from './trailerFigures.js';

export type { TrailerFigures } from './trailerFigures.js';

/**
 * Minutes are rounded to whole minutes, at least 1 when anything was measured; `undefined` when
 * nothing was (no logs, or no work of this repository in the window).
 */
export async function measureForCommit(
  repoDir: string,
  options: { idleMinutes: number; env?: NodeJS.ProcessEnv; now?: Date },
): Promise<TrailerFigures | undefined> {
  const env = options.env ?? process.env;
  const until = (options.now ?? new Date()).getTime();
  const since = (await headTime(repoDir, env)) ?? Number.NEGATIVE_INFINITY;
  const outcome = await measureRepository({ repoDir, window: { since, until }, idleMinutes: options.idleMinutes, env });
  return trailerFigures(outcome.measurement);
}
