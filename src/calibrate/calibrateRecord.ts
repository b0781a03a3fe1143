/**
 * `report --calibrated` (docs/estimates.md, "Calibrated figures"): each record's Human-Estimate
 * times the median actual/estimate of the calibration pairs in its size band, or of all the pairs
 * when its band has too few. Pure; the raw record is left as it is.
 *
 * Why per-band medians: the compression bias is a function of size (short tasks overestimated, long
 * ones underestimated), so one overall ratio would correct neither end; a median per band is a
 * figure `calibrate` prints, so a reader can redo every calibrated number by hand. A fitted curve
 * (log actual on log estimate) would be smoother at the band edges but harder to check.
 */
import type { LeverageRecord, TaskRow } from '../record/types.js';
import { HOURS_PER_WEEK } from '../metrics/leverageMetrics.js';
import { bandOf, type CalibrationSummary, type SizeBand } from './summarizeCalibration.js';

/** A band's ratio as applied, and where it came from. */
export interface AppliedRatio {
  band: SizeBand;
  label: string;
  ratio: number;
  /** `band`: the band's own median; `overall`: the band had too few pairs, so the overall median. */
  source: 'band' | 'overall';
  /** Pairs the ratio rests on. */
  pairs: number;
}

export interface CalibratedTask {
  /** The task's key in the record (TaskRow.key). */
  key: string;
  humanMinutes: number;
  calibratedMinutes: number;
  claudeMinutes: number;
  factor: number;
  calibratedFactor: number;
}

/** What `report --calibrated` adds to a report. */
export interface Calibration {
  /** Where the pairs were read, in words (`all history up to 2026-04-12`). */
  scope: string;
  summary: CalibrationSummary;
  /** Whether calibrated figures are given: enough pairs (else the report says so and shows raw figures only). */
  applied: boolean;
  ratios: AppliedRatio[];
  /** In the Task Log's order; empty when not applied. */
  tasks: CalibratedTask[];
  totals: {
    humanMinutes: number;
    calibratedMinutes: number;
    claudeMinutes: number;
    factor: number | undefined;
    calibratedFactor: number | undefined;
    weeks: number;
    calibratedWeeks: number;
  } | null;
}

/** The ratio each band applies: its own median when it has one, else the overall median. */
export function appliedRatios(summary: CalibrationSummary): AppliedRatio[] {
  if (summary.medianRatio === null) return [];
  return summary.bands.map((band) =>
    band.medianRatio !== null
      ? { band: band.band, label: band.label, ratio: band.medianRatio, source: 'band', pairs: band.pairs }
      : { band: band.band, label: band.label, ratio: summary.medianRatio as number, source: 'overall', pairs: summary.pairs },
  );
}

/** A task's calibrated minutes: each of its records' estimates times its band's ratio. */
function calibratedMinutesOf(task: TaskRow, ratioOf: (minutes: number) => number): number {
  let minutes = 0;
  for (const commit of task.commits) if (commit.role === 'record' && commit.figures) minutes += commit.figures.humanMinutes * ratioOf(commit.figures.humanMinutes);
  return minutes;
}

/** The calibrated figures of `record` from `summary`, or the reason there are none (`applied: false`). */
export function calibrateRecord(record: LeverageRecord, summary: CalibrationSummary, scope: string): Calibration {
  const ratios = appliedRatios(summary);
  if (ratios.length === 0) return { scope, summary, applied: false, ratios, tasks: [], totals: null };
  const byBand = new Map(ratios.map((ratio) => [ratio.band, ratio.ratio]));
  const ratioOf = (minutes: number) => byBand.get(bandOf(minutes)) as number;
  const tasks = record.tasks.map((task): CalibratedTask => {
    const calibratedMinutes = calibratedMinutesOf(task, ratioOf);
    return { key: task.key, humanMinutes: task.humanMinutes, calibratedMinutes, claudeMinutes: task.claudeMinutes, factor: task.factor, calibratedFactor: calibratedMinutes / task.claudeMinutes };
  });
  const { totals } = record;
  const calibratedMinutes = tasks.reduce((sum, task) => sum + task.calibratedMinutes, 0);
  return {
    scope,
    summary,
    applied: true,
    ratios,
    tasks,
    totals: {
      humanMinutes: totals.humanMinutes,
      calibratedMinutes,
      claudeMinutes: totals.claudeMinutes,
      factor: totals.factor,
      calibratedFactor: totals.claudeMinutes > 0 ? calibratedMinutes / totals.claudeMinutes : undefined,
      weeks: totals.weeks,
      calibratedWeeks: calibratedMinutes / 60 / HOURS_PER_WEEK,
    },
  };
}
