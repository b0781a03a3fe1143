/**
 * A second opinion on every task's Human-Estimate, from the size of its change. The reference is the
 * repository's own history: the median of log(hours per changed line) over its reference tasks, a
 * statistic that a few wild estimates cannot move. A task whose estimate is more than `flagFactor`
 * times above or below what its change size suggests is flagged, with the reason in words. Pure:
 * sizes come from estimates/changedLines.ts, fed by the git adapter. Method: docs/estimates.md.
 */
import type { TaskRow } from '../record/types.js';
import { formatDecimal, formatTotal } from '../render/formatNumbers.js';

/** The verdict on one task (`estimateCheck` in the JSON report). */
export interface EstimateCheck {
  /** Added + deleted lines that count (after exclusions); null when the change cannot be told apart. */
  changedLines: number | null;
  /** Hours the reference suggests for this many lines; null without a reference or a size. */
  expectedHours: number | null;
  /** Estimated hours / expected hours; null when there is no expectation. */
  ratio: number | null;
  flagged: boolean;
  /** The verdict in words, for people. */
  reason: string;
}

/** What the tasks were judged against (`estimateReference` in the JSON report). */
export interface EstimateReference {
  /** exp(median of log(hours per changed line)); null when there were too few reference tasks. */
  hoursPerLine: number | null;
  /** Reference tasks with a measurable change (the median rests on these). */
  tasks: number;
  minimumTasks: number;
  flagFactor: number;
  /** Look-back in days before the window's start (0 when the window is its own reference). */
  lookbackDays: number;
  /** What the reference could not use, in words (a shallow clone's cut-off). */
  notes: string[];
  /** Set on a merged report: how many reports' checks it holds, each judged against its own reference (merge/mergeEstimateChecks.ts). */
  reports?: number;
}

export interface EstimateSettings {
  flagFactor: number;
  minimumTasks: number;
}

/** A task's change size, or why it has none. */
export type TaskSize = { lines: number } | { unmeasured: string };

/** Where a commit's size is kept: repository label and sha. */
export function commitKey(repo: string, sha: string): string {
  return `${repo}\u0000${sha}`;
}

/**
 * Each task's change size: the changed lines of its commits (records and links; a copy reached
 * elsewhere is the same change, counted once). A commit that holds records of several tasks (a
 * squash commit listing them) cannot be shared out by lines, so its tasks are left unmeasured.
 */
export function sizeTasks(tasks: readonly TaskRow[], linesByCommit: ReadonlyMap<string, number>): Map<TaskRow, TaskSize> {
  const owners = new Map<string, TaskRow>();
  const shared = new Set<string>();
  for (const task of tasks) {
    for (const commit of task.commits) {
      const key = commitKey(commit.repo, commit.sha);
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, task);
      else if (owner !== task) shared.add(key);
    }
  }
  const sizes = new Map<TaskRow, TaskSize>();
  for (const task of tasks) {
    const keys = new Map(task.commits.map((commit) => [commitKey(commit.repo, commit.sha), commit.sha.slice(0, 12)]));
    let lines = 0;
    let size: TaskSize | undefined;
    for (const [key, sha] of keys) {
      if (shared.has(key)) {
        size = { unmeasured: `its commit ${sha} also holds other tasks' records, so its lines cannot be shared out` };
        break;
      }
      const counted = linesByCommit.get(key);
      if (counted === undefined) {
        size = { unmeasured: `git has no change for its commit ${sha}` };
        break;
      }
      lines += counted;
    }
    sizes.set(task, size ?? { lines });
  }
  return sizes;
}

/** The median of log(hours per line) over the tasks with a change, as hours per line. */
export function referenceRate(samples: readonly { humanMinutes: number; lines: number }[]): { hoursPerLine: number | undefined; tasks: number } {
  const logs = samples.filter((sample) => sample.lines > 0 && sample.humanMinutes > 0).map((sample) => Math.log(sample.humanMinutes / 60 / sample.lines));
  if (logs.length === 0) return { hoursPerLine: undefined, tasks: 0 };
  logs.sort((a, b) => a - b);
  const middle = logs.length >> 1;
  const median = logs.length % 2 === 1 ? (logs[middle] as number) : ((logs[middle - 1] as number) + (logs[middle] as number)) / 2;
  return { hoursPerLine: Math.exp(median), tasks: logs.length };
}

/** Hours for people: `480`, `1.5`, `0.25`, and two significant digits below 0.1 (`0.021`). */
export function formatHours(hours: number): string {
  if (hours >= 0.1 || hours === 0) return formatDecimal(hours, hours >= 10 ? 0 : hours >= 1 ? 1 : 2, 0, true);
  const digits = Math.min(12, 1 - Math.floor(Math.log10(hours)));
  return formatDecimal(hours, digits, 0, false);
}

function linesInWords(lines: number): string {
  return `${formatTotal(lines)} changed ${lines === 1 ? 'line' : 'lines'}`;
}

/** The verdict on one task, given its size and the reference (hoursPerLine undefined: too few tasks). */
export function judgeEstimate(humanMinutes: number, size: TaskSize, reference: { hoursPerLine: number | undefined; tasks: number }, settings: EstimateSettings): EstimateCheck {
  const hours = humanMinutes / 60;
  if ('unmeasured' in size) return { changedLines: null, expectedHours: null, ratio: null, flagged: false, reason: `not judged: ${size.unmeasured}` };
  const changedLines = size.lines;
  if (reference.hoursPerLine === undefined || reference.tasks < settings.minimumTasks) {
    return { changedLines, expectedHours: null, ratio: null, flagged: false, reason: `not enough history (${reference.tasks} ${reference.tasks === 1 ? 'task' : 'tasks'}, needs ${settings.minimumTasks})` };
  }
  if (changedLines === 0) {
    return { changedLines, expectedHours: null, ratio: null, flagged: false, reason: 'not judged: no changed lines left once binary files, lockfiles and generated, vendored or excluded files are set aside' };
  }
  const expectedHours = reference.hoursPerLine * changedLines;
  const ratio = hours / expectedHours;
  const flagged = ratio > settings.flagFactor || ratio < 1 / settings.flagFactor;
  const rate = `tasks here run about ${formatHours(reference.hoursPerLine)} h per line`;
  const said = `${formatHours(hours)} h for ${linesInWords(changedLines)}`;
  const reason = flagged
    ? `${said}; ${rate}, so about ${formatHours(expectedHours)} h (${ratio > 1 ? `${formatDecimal(ratio, 1, 0, true)}x above` : `${formatDecimal(1 / ratio, 1, 0, true)}x below`})`
    : `${said}: within ${formatDecimal(settings.flagFactor, 2, 0, false)}x of the ${formatHours(expectedHours)} h its size suggests`;
  return { changedLines, expectedHours, ratio, flagged, reason };
}

/**
 * Judges every task of `tasks` against the reference made of `reference` (tasks of the window and
 * its look-back; the window's own tasks may be among them). Returns the verdicts in `tasks` order.
 */
export function checkEstimates(
  tasks: readonly TaskRow[],
  reference: readonly TaskRow[],
  linesByCommit: ReadonlyMap<string, number>,
  settings: EstimateSettings,
): { checks: EstimateCheck[]; hoursPerLine: number | undefined; referenceTasks: number } {
  const sizes = sizeTasks([...new Set([...tasks, ...reference])], linesByCommit);
  const samples = reference.flatMap((task) => {
    const size = sizes.get(task);
    return size !== undefined && 'lines' in size ? [{ humanMinutes: task.humanMinutes, lines: size.lines }] : [];
  });
  const rate = referenceRate(samples);
  const checks = tasks.map((task) => judgeEstimate(task.humanMinutes, sizes.get(task) as TaskSize, rate, settings));
  return { checks, hoursPerLine: rate.tasks >= settings.minimumTasks ? rate.hoursPerLine : undefined, referenceTasks: rate.tasks };
}

/** The flagged tasks and the hours their estimates add to the total. */
export function flaggedSummary(tasks: readonly TaskRow[]): { flagged: TaskRow[]; humanMinutes: number } {
  const flagged = tasks.filter((task) => task.estimateCheck?.flagged === true);
  return { flagged, humanMinutes: flagged.reduce((sum, task) => sum + task.humanMinutes, 0) };
}
