/**
 * The JSON report's `estimators` member (who estimated) and `calibration` member (`report
 * --calibrated`), documented in docs/report-json.md. Each is present only when there is something
 * to say, so a report without Estimated-By or the flag is byte for byte as before.
 */
import type { Calibration } from '../calibrate/calibrateRecord.js';
import type { EstimatorShare } from '../calibrate/estimatorShares.js';
import { RATIO_MEANING } from '../calibrate/summarizeCalibration.js';

export function estimatorsJson(shares: readonly EstimatorShare[]) {
  return shares.map((share) => ({ kind: share.kind, records: share.records, humanMinutes: share.humanMinutes, humanHours: share.humanMinutes / 60, share: share.share }));
}

export function calibrationJson(calibration: Calibration) {
  const { totals } = calibration;
  return {
    method: 'band-median',
    scope: calibration.scope,
    applied: calibration.applied,
    ratioMeaning: RATIO_MEANING,
    ...calibration.summary,
    ratios: calibration.ratios,
    tasks: calibration.tasks.map((task, index) => ({
      rank: index + 1,
      key: task.key,
      humanMinutes: task.humanMinutes,
      calibratedMinutes: task.calibratedMinutes,
      calibratedHours: task.calibratedMinutes / 60,
      claudeMinutes: task.claudeMinutes,
      factor: task.factor,
      calibratedFactor: task.calibratedFactor,
    })),
    totals: totals && {
      ...totals,
      factor: totals.factor ?? null,
      calibratedFactor: totals.calibratedFactor ?? null,
    },
  };
}
