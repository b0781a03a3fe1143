/**
 * The estimate check as the collector runs it (docs/estimates.md): the walk reads the window and a
 * look-back before it, so the reference holds the repository's recent tasks; the look-back's records
 * go to a record builder of their own and never reach the report's. After the walk, the changed
 * lines of every record and link commit (window and look-back) are read, one numstat process per
 * repository for the commits its cache does not hold, and each task of the report gets its `estimateCheck`.
 */
import type { ResolvedConfig } from '../config/resolveConfig.js';
import { checkEstimates, commitKey, type EstimateReference } from '../estimates/checkEstimates.js';
import { readChangeSizes } from '../git/changeSizes.js';
import type { Repository } from '../git/openRepository.js';
import { shallowHistoryStop } from '../git/shallowBoundary.js';
import { createRecordBuilder } from '../record/buildRecord.js';
import type { LeverageCommit, LeverageRecord, ReportWindow, TaskRow } from '../record/types.js';
import { isInWindow } from '../window/reportWindow.js';

const DAY = 86_400;

/** The look-back's start for a window (undefined: the window is its own reference: all history, a range). */
export function lookbackStart(window: ReportWindow, lookbackDays: number): number | undefined {
  if (window.start === undefined || window.range !== undefined || lookbackDays === 0) return undefined;
  return window.start - lookbackDays * DAY;
}

function isoDay(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** Collects the look-back while the collector walks, then checks the report's tasks. */
export function createEstimateCheck(window: ReportWindow, config: ResolvedConfig) {
  const settings = config.estimates;
  const lookback = createRecordBuilder({ sort: 'time' });
  const notes: string[] = [];
  const start = lookbackStart(window, settings.lookbackDays);

  return {
    /** The window the walk of `repo` reads: the report's, extended back by the look-back (cut at a shallow clone's boundary). */
    async walkWindow(repo: Repository): Promise<ReportWindow> {
      if (start === undefined || window.start === undefined) return window;
      const cutoff = await shallowHistoryStop(repo);
      // A boundary inside the window is the walk's own error, raised as without the check.
      if (cutoff === undefined || cutoff >= window.start || cutoff < start) return { ...window, start };
      // The boundary commit itself is the last one the clone holds whole; from just after it, the walk never reaches it.
      notes.push(`${repo.label} is a shallow clone: its look-back starts at ${isoDay(cutoff)}, where its history stops, not ${isoDay(start)} (fetch more history for a fuller reference)`);
      return { ...window, start: cutoff + 1 };
    },

    /** Takes a commit of the look-back (true) or leaves one of the window to the report (false). */
    takeLookback(commit: LeverageCommit): boolean {
      if (start === undefined || isInWindow(window, commit.authorTime)) return false;
      lookback.add(commit);
      return true;
    },

    /** Sets `estimateCheck` on every task of `record`; returns what they were judged against. */
    async check(record: LeverageRecord, repositories: readonly Repository[]): Promise<EstimateReference | undefined> {
      if (record.tasks.length === 0) return undefined;
      const inWindow = new Set(record.tasks.map((task) => task.key));
      const reference: TaskRow[] = [...record.tasks, ...lookback.finish().tasks.filter((task) => !inWindow.has(task.key))];
      const shasByRepo = new Map<string, Set<string>>();
      for (const task of reference) {
        for (const commit of task.commits) {
          const shas = shasByRepo.get(commit.repo) ?? new Set<string>();
          shas.add(commit.sha);
          shasByRepo.set(commit.repo, shas);
        }
      }
      const linesByCommit = new Map<string, number>();
      // One repository at a time, as the walk: two git processes would share two cores with the reader.
      for (const repo of repositories) {
        const shas = shasByRepo.get(repo.label);
        if (shas === undefined) continue;
        for (const [sha, lines] of await readChangeSizes(repo, [...shas], settings.exclude)) linesByCommit.set(commitKey(repo.label, sha), lines);
      }
      const { checks, hoursPerLine, referenceTasks } = checkEstimates(record.tasks, reference, linesByCommit, settings);
      record.tasks.forEach((task, index) => {
        task.estimateCheck = checks[index];
      });
      return {
        hoursPerLine: hoursPerLine ?? null,
        tasks: referenceTasks,
        minimumTasks: settings.minimumTasks,
        flagFactor: settings.flagFactor,
        lookbackDays: start === undefined ? 0 : settings.lookbackDays,
        notes,
      };
    },
  };
}
