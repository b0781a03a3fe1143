/**
 * The window (since, until] of `measure`: each end a commit (its committer time) or a local date or
 * date-time in ISO form. Dates and times without an offset are read in `zone`.
 */
import { DateTime } from '../window/luxon.js';
import { runGitRaw } from '../git/runGit.js';

export class MeasureWindowError extends Error {
  override name = 'MeasureWindowError';
}

const ISO_FORM = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** HEAD's committer time in ms, or undefined in a repository without commits. */
export async function headTime(repoDir: string, env?: NodeJS.ProcessEnv): Promise<number | undefined> {
  return commitTime('HEAD', repoDir, env);
}

async function commitTime(rev: string, repoDir: string, env?: NodeJS.ProcessEnv): Promise<number | undefined> {
  if (rev.startsWith('-')) return undefined;
  const result = await runGitRaw(['show', '-s', '--format=%ct', `${rev}^{commit}`, '--'], repoDir, undefined, env);
  const seconds = Number(result.stdout.trim());
  return result.exitCode === 0 && result.stdout.trim() !== '' && Number.isFinite(seconds) ? seconds * 1000 : undefined;
}

/** Resolves `--since`/`--until`: an ISO date or date-time first, then a commit-ish. */
export async function resolveWindowPoint(text: string, what: string, repoDir: string, zone: string, env?: NodeJS.ProcessEnv): Promise<number> {
  const value = text.trim();
  if (ISO_FORM.test(value)) {
    const time = DateTime.fromISO(value.replace(' ', 'T'), { zone, setZone: false });
    if (!time.isValid) throw new MeasureWindowError(`${what} "${text}" is not a valid date or time (${time.invalidExplanation ?? time.invalidReason})`);
    return time.toMillis();
  }
  const time = await commitTime(value, repoDir, env);
  if (time === undefined) {
    throw new MeasureWindowError(
      `${what} "${text}" is neither a commit of this repository nor a date or time (accepted: a commit such as HEAD~3 or a sha, or 2026-07-01, 2026-07-01T09:00, 2026-07-01T09:00:00+02:00)`,
    );
  }
  return time;
}
