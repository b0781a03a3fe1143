/**
 * How well estimates track actual time (docs/estimates.md, "Calibration"): the rank correlation of
 * estimate and actual, and the median actual/estimate overall and by size band of the estimate,
 * each with the number of pairs it rests on. Pure.
 *
 * A ratio is actual / estimate: above 1, the work took longer than estimated (the estimate was too
 * low); below 1, less (too high). Medians, not means: one task that took ten times its estimate
 * moves a mean a long way and a median not at all.
 */
import type { CalibrationPair } from './calibrationPairs.js';

/** Pairs needed before anything overall is said (rank correlation, median ratio, calibrated figures). */
export const MINIMUM_PAIRS = 10;
/** Pairs a size band needs before its own median is given (and applied by `report --calibrated`). */
export const BAND_MINIMUM_PAIRS = 5;

/** What a ratio means, said wherever one is shown. */
export const RATIO_MEANING = 'A ratio is actual / estimate: above 1, the work took longer than estimated (the estimates are too low); below 1, it took less (too high).';

/** The size bands of the estimate, in hours: where the compression bias shows (short tasks over-, long ones under-estimated). */
export const SIZE_BANDS = [
  { band: 'under-1h', label: 'under 1 h', fromHours: 0, toHours: 1 },
  { band: '1-8h', label: '1 to 8 h', fromHours: 1, toHours: 8 },
  { band: '8-40h', label: '8 to 40 h', fromHours: 8, toHours: 40 },
  { band: '40h-plus', label: '40 h or more', fromHours: 40, toHours: null },
] as const;

export type SizeBand = (typeof SIZE_BANDS)[number]['band'];

export interface BandSummary {
  band: SizeBand;
  label: string;
  /** The band holds estimates from `fromHours` (included) to `toHours` (excluded; null: no end). */
  fromHours: number;
  toHours: number | null;
  pairs: number;
  /** Median actual/estimate of the band's pairs; null below BAND_MINIMUM_PAIRS. */
  medianRatio: number | null;
}

export interface CalibrationSummary {
  pairs: number;
  minimumPairs: number;
  bandMinimumPairs: number;
  /** At least `minimumPairs` pairs: the overall figures below are given (else null). */
  enough: boolean;
  /** Spearman's rank correlation of estimate and actual (ties get their average rank); null when not enough pairs or every estimate (or actual) is the same. */
  rankCorrelation: number | null;
  /** An approximate 95% interval for it (Fisher's z with the Fieller–Hartley–Pearson variance 1.06/(n-3)). */
  rankCorrelationInterval: [low: number, high: number] | null;
  /** Median actual/estimate over every pair. */
  medianRatio: number | null;
  bands: BandSummary[];
}

/** The band an estimate (minutes) falls in. */
export function bandOf(estimateMinutes: number): SizeBand {
  const hours = estimateMinutes / 60;
  const found = SIZE_BANDS.find((band) => hours >= band.fromHours && (band.toHours === null || hours < band.toHours));
  return found?.band ?? '40h-plus';
}

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** 1-based ranks, tied values sharing the average of the ranks they span. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && (order[end + 1] as { value: number }).value === (order[start] as { value: number }).value) end += 1;
    const rank = (start + end) / 2 + 1;
    for (let at = start; at <= end; at += 1) ranks[(order[at] as { index: number }).index] = rank;
    start = end + 1;
  }
  return ranks;
}

/** Pearson's correlation; undefined when either side does not vary. */
function pearson(xs: readonly number[], ys: readonly number[]): number | undefined {
  const n = xs.length;
  const meanX = xs.reduce((sum, x) => sum + x, 0) / n;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (xs[i] as number) - meanX;
    const dy = (ys[i] as number) - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? undefined : sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rank correlation: Pearson's on the ranks, ties averaged (so it is right with ties, where 1 - 6Σd²/… is not). */
export function rankCorrelation(xs: readonly number[], ys: readonly number[]): number | undefined {
  if (xs.length < 2) return undefined;
  return pearson(averageRanks(xs), averageRanks(ys));
}

function interval(rho: number, n: number): [number, number] | null {
  if (n <= 3 || Math.abs(rho) >= 1) return null;
  const z = Math.atanh(rho);
  const half = 1.96 * Math.sqrt(1.06 / (n - 3));
  return [Math.tanh(z - half), Math.tanh(z + half)];
}

/** What the pairs say about the estimates (`minimumPairs` is a parameter for tests; the command uses MINIMUM_PAIRS). */
export function summarizeCalibration(pairs: readonly CalibrationPair[], minimumPairs = MINIMUM_PAIRS, bandMinimumPairs = BAND_MINIMUM_PAIRS): CalibrationSummary {
  const ratio = (pair: CalibrationPair) => pair.actualMinutes / pair.estimateMinutes;
  const enough = pairs.length >= minimumPairs;
  const bands = SIZE_BANDS.map((band): BandSummary => {
    const inBand = pairs.filter((pair) => bandOf(pair.estimateMinutes) === band.band);
    return { ...band, pairs: inBand.length, medianRatio: inBand.length >= bandMinimumPairs ? median(inBand.map(ratio)) : null };
  });
  const rho = enough ? rankCorrelation(pairs.map((pair) => pair.estimateMinutes), pairs.map((pair) => pair.actualMinutes)) : undefined;
  return {
    pairs: pairs.length,
    minimumPairs,
    bandMinimumPairs,
    enough,
    rankCorrelation: rho ?? null,
    rankCorrelationInterval: rho === undefined ? null : interval(rho, pairs.length),
    medianRatio: enough && pairs.length > 0 ? median(pairs.map(ratio)) : null,
    bands,
  };
}

/** How far from 1 both end bands' medians must be before a bias is named: a fifth, so noise around 1 is not called one. */
const BIAS_MARGIN = 1.2;

/**
 * The compression bias in words, when the bands show it: the shortest band with a median took at
 * least a fifth less than estimated and the longest at least a fifth more (or the reverse, an
 * expansion). Undefined otherwise.
 */
export function describeBias(summary: CalibrationSummary): string | undefined {
  const given = summary.bands.filter((band) => band.medianRatio !== null);
  const first = given[0];
  const last = given[given.length - 1];
  if (!summary.enough || first === undefined || last === undefined || first === last) return undefined;
  const [short, long] = [first.medianRatio as number, last.medianRatio as number];
  if (short <= 1 / BIAS_MARGIN && long >= BIAS_MARGIN) return `Compression bias: estimates ${first.label} ran short of their estimate (median ${short.toFixed(2)}), estimates ${last.label} ran long (${long.toFixed(2)}): short tasks are overestimated and long ones underestimated.`;
  if (short >= BIAS_MARGIN && long <= 1 / BIAS_MARGIN) return `The reverse of the usual compression: estimates ${first.label} ran long (median ${short.toFixed(2)}), estimates ${last.label} ran short (${long.toFixed(2)}).`;
  return undefined;
}
