/**
 * The calibration pairs of some repositories over a window (`calibrate`, `report --calibrated`): the
 * same walk as the report's (streamCommits, classifyCommit), keeping only the commits with
 * `Human-Actual`. No record is built and no change size is read: neither says anything about pairs.
 */
import type { Repository } from '../git/openRepository.js';
import { shallowHistoryStop } from '../git/shallowBoundary.js';
import { streamCommits } from '../git/streamCommits.js';
import type { LeverageCommit, LeverageReport, ReportWindow } from '../record/types.js';
import { classifyCommit } from '../trailers/classifyCommit.js';
import type { ResolvedConfig } from '../config/resolveConfig.js';
import { calibrationPairs, type CalibrationPair } from '../calibrate/calibrationPairs.js';
import { calibrateRecord, type Calibration } from '../calibrate/calibrateRecord.js';
import { summarizeCalibration } from '../calibrate/summarizeCalibration.js';
import { dateIn } from '../window/reportWindow.js';

export interface PairsRequest {
  repositories: readonly Repository[];
  window: ReportWindow;
  config: ResolvedConfig;
  /** Overrides config.revs (e.g. `--all`). */
  revs?: readonly string[];
  now?: Date;
  /** A repository's own window where it is not `window` (a shallow clone's, cut where its history stops). */
  windows?: ReadonlyMap<Repository, ReportWindow>;
}

export interface CollectedPairs {
  pairs: CalibrationPair[];
  /** Commits whose leverage trailers do not validate, one of which may have been meant as a pair. */
  invalid: number;
}

export async function collectCalibrationPairs({ repositories, window, config, revs, now, windows }: PairsRequest): Promise<CollectedPairs> {
  const options = { window, revs: revs ?? config.revs ?? [], keys: config.trailerOptions.keys, ...(now ? { now: now.getTime() / 1000 } : {}) };
  const commits: LeverageCommit[] = [];
  const invalid = new Set<string>();
  // One repository at a time, as the report's walk.
  for (const repo of repositories) {
    const own = windows?.get(repo);
    for await (const batch of streamCommits(repo, own ? { ...options, window: own } : options)) {
      for (const facts of batch) {
        const commit = classifyCommit(facts, config.trailerOptions);
        if (commit?.verdict.kind === 'calibration') commits.push(commit);
        else if (commit?.verdict.kind === 'invalid') invalid.add(`${commit.sha}#${commit.embedded?.index ?? 0}`);
      }
    }
  }
  return { pairs: calibrationPairs(commits), invalid: invalid.size };
}

/**
 * The window `report --calibrated` reads its pairs from: all history reachable from the walked
 * revisions, up to the end of the report's window when it has one (so the calibrated figures of a
 * past day do not move as later pairs are recorded). A range's pairs are the branches', not the
 * range's: a pull request rarely holds enough.
 */
export function calibrationWindow(window: ReportWindow): ReportWindow {
  return { kind: 'all', label: 'all history', timezone: window.timezone, ...(window.end !== undefined ? { end: window.end } : {}) };
}

/** The pairs' scope in words: `all history up to 2026-04-12` (the window's last day in its zone), or `all history`. */
export function calibrationScope(window: ReportWindow): string {
  if (window.end === undefined) return 'all history';
  return `all history up to ${dateIn(window.timezone, new Date((window.end - 1) * 1000))}`;
}

/**
 * What `report --calibrated` adds to `report`: the pairs of its repositories over calibrationWindow
 * (read from the report's own commits when it already covers all history), summarised and applied.
 * A shallow clone gives the pairs it holds: its walk starts after the commits where its history
 * stops (it would fail on them), and the scope says from when.
 */
export async function calibrateReport(report: LeverageReport, request: Omit<PairsRequest, 'window' | 'windows'>): Promise<Calibration> {
  const window = calibrationWindow(report.window);
  if (report.window.kind === 'all') return calibrateRecord(report.record, summarizeCalibration(calibrationPairs(report.commits)), calibrationScope(window));
  const windows = new Map<Repository, ReportWindow>();
  const cut: string[] = [];
  for (const repo of request.repositories) {
    const stop = await shallowHistoryStop(repo);
    if (stop === undefined) continue;
    windows.set(repo, { ...window, start: stop + 1 });
    cut.push(`${repo.label} from ${dateIn(window.timezone, new Date(stop * 1000))}, where its shallow clone's history stops`);
  }
  const { pairs } = await collectCalibrationPairs({ ...request, window, windows });
  return calibrateRecord(report.record, summarizeCalibration(pairs), `${calibrationScope(window)}${cut.length > 0 ? ` (${cut.join('; ')})` : ''}`);
}
