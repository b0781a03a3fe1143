/**
 * The estimate checks of merged reports (docs/estimates.md, Merged reports). Merge reads no git, so
 * it cannot measure a change again: each report's verdicts are kept, attached to the merged tasks by
 * task key. A report that judged every commit of a merged task judged the whole task: its verdict is
 * kept (the first such report's). A task whose parts come from several reports and that no report
 * saw whole (a Task-Id worked on in two repositories, each with its own report and reference) is not
 * judged again: it is flagged when any part was, and its reason names each part's. Pure.
 */
import { commitKey, type EstimateCheck, type EstimateReference } from '../estimates/checkEstimates.js';
import type { TaskRow } from '../record/types.js';
import type { JudgedTask, ReportInput } from '../reportJson/readReportJson.js';

const sameCheck = (a: EstimateCheck, b: EstimateCheck) =>
  a.changedLines === b.changedLines && a.expectedHours === b.expectedHours && a.ratio === b.ratio && a.flagged === b.flagged && a.reason === b.reason;

/** Whether a report's task held every commit of the merged `task` (or a copy of it). */
function coversTask(judged: JudgedTask, task: TaskRow): boolean {
  return task.commits.every((commit) => judged.commits.has(commitKey(commit.repo, commit.sha)) || commit.copies.some((copy) => judged.commits.has(commitKey(copy.repo, copy.sha))));
}

/** One verdict for a merged task from the reports' (in the order of the reports). */
export function combineChecks(task: TaskRow, judged: readonly JudgedTask[]): EstimateCheck {
  const whole = judged.find((part) => coversTask(part, task));
  if (whole !== undefined) return whole.check;
  const parts = judged.map((part) => part.check);
  const distinct = parts.filter((part, index) => parts.findIndex((other) => sameCheck(other, part)) === index);
  return {
    changedLines: null,
    expectedHours: null,
    ratio: null,
    flagged: distinct.some((part) => part.flagged),
    reason: `${judged.length === 1 ? 'judged on part of its commits only' : `judged in parts by ${judged.length} reports, none of which saw the whole task`}: ${distinct.map((part) => part.reason).join('; ')}`,
  };
}

/** The reference of the merged report: the one every report shares, or what they have in common. */
function mergedReference(references: readonly EstimateReference[], unchecked: number): EstimateReference {
  const [first] = references as [EstimateReference];
  const same = JSON.stringify(first);
  if (unchecked === 0 && references.every((reference) => JSON.stringify(reference) === same)) return first;
  const factors = [...new Set(references.map((reference) => reference.flagFactor))].sort((a, b) => a - b);
  const notes = [...new Set(references.flatMap((reference) => reference.notes))];
  if (factors.length > 1) notes.push(`the reports flag at different factors (${factors.map((factor) => `${factor}x`).join(', ')}); each flagged task's reason says how far it is`);
  if (unchecked > 0) notes.push(`${unchecked} of the merged reports ran no estimate check`);
  return {
    hoursPerLine: null,
    tasks: references.reduce((sum, reference) => sum + reference.tasks, 0),
    minimumTasks: Math.max(...references.map((reference) => reference.minimumTasks)),
    flagFactor: factors[0] as number,
    lookbackDays: Math.max(...references.map((reference) => reference.lookbackDays)),
    notes,
    reports: references.reduce((sum, reference) => sum + (reference.reports ?? 1), 0),
  };
}

/**
 * Sets `estimateCheck` on every merged task from the reports' checks (by task key) and returns the
 * merged report's reference; undefined (and no check set) when no report ran the check.
 */
export function mergeEstimateChecks(tasks: readonly TaskRow[], inputs: readonly ReportInput[]): EstimateReference | undefined {
  const checked = inputs.filter((input) => input.estimateReference !== undefined);
  if (checked.length === 0) return undefined;
  const parts = new Map<string, JudgedTask[]>();
  for (const input of checked) {
    for (const [key, judged] of input.estimateChecks ?? []) {
      const list = parts.get(key);
      if (list === undefined) parts.set(key, [judged]);
      else list.push(judged);
    }
  }
  for (const task of tasks) {
    const list = parts.get(task.key);
    task.estimateCheck = list === undefined ? { changedLines: null, expectedHours: null, ratio: null, flagged: false, reason: 'not judged: no merged report checked it' } : combineChecks(task, list);
  }
  return mergedReference(
    checked.map((input) => input.estimateReference as EstimateReference),
    inputs.length - checked.length,
  );
}
