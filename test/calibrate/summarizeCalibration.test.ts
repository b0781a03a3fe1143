/**
 * The calibration core without git: a synthetic history with a known compression bias and a known
 * rank correlation must be reported back (a property test over many seeded histories), and the
 * small parts (ranks with ties, medians, bands, the minimum) hold their definitions.
 */
import { describe, expect, it } from 'vitest';
import type { CalibrationPair } from '../../src/calibrate/calibrationPairs.js';
import { averageRanks, bandOf, describeBias, median, rankCorrelation, summarizeCalibration, MINIMUM_PAIRS } from '../../src/calibrate/summarizeCalibration.js';

/** mulberry32: a small seeded generator, so every history is reproducible. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal (Box–Muller). */
function normal(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

const pair = (estimateMinutes: number, actualMinutes: number, index = 0): CalibrationPair => ({
  repo: 'repo',
  sha: index.toString(16).padStart(40, '0'),
  authorTime: 1_700_000_000 + index,
  task: `Task ${index}`,
  taskId: undefined,
  estimateMinutes,
  actualMinutes,
});

/**
 * A history with a compression bias and a known rank correlation. Two standard normals with
 * correlation rho (a Gaussian copula) have Spearman correlation (6/π)·asin(rho/2), whatever
 * increasing maps turn them into estimate and actual. The estimate is 4 h times e^(1.5·z1) (about 3
 * minutes to 400 hours); the actual is 4 h times e^(3·z2). log(actual/estimate) then follows z1 with
 * slope 3·rho - 1.5 > 0: a short estimate's task tends to take less than estimated, a long one's
 * more. The compression bias, with noise (3·sqrt(1 - rho²) in log units) as large as the signal.
 */
function compressedHistory(seed: number, n: number, rho: number): CalibrationPair[] {
  const next = random(seed);
  return Array.from({ length: n }, (_, index) => {
    const z1 = normal(next);
    const z2 = rho * z1 + Math.sqrt(1 - rho * rho) * normal(next);
    return pair(Math.max(1, 240 * Math.exp(1.5 * z1)), Math.max(1, 240 * Math.exp(3 * z2)), index);
  });
}

describe('calibrate on a synthetic history with a known bias', () => {
  const rho = 0.7;
  const built = (6 / Math.PI) * Math.asin(rho / 2); // 0.683

  it.each(Array.from({ length: 12 }, (_, seed) => seed + 1))('seed %i: the band medians show the compression and the rank correlation is the one built', (seed) => {
    const summary = summarizeCalibration(compressedHistory(seed, 1000, rho));
    expect(summary.enough).toBe(true);
    const ratios = summary.bands.map((band) => band.medianRatio);
    expect(ratios.every((ratio) => ratio !== null)).toBe(true);
    const [under1, oneTo8, eightTo40, over40] = ratios as number[];
    // Short tasks took less than estimated, long ones more, and the ratio grows with the estimate
    // (two bands apart: neighbours differ by about two standard errors, too little to assert on every seed).
    expect(under1).toBeLessThan(1);
    expect(over40).toBeGreaterThan(1);
    expect(under1).toBeLessThan(eightTo40 as number);
    expect(oneTo8).toBeLessThan(over40 as number);
    // Spearman's standard error at n = 1,000 is about 0.017: within 0.06 of what was built, and inside its own interval.
    expect(Math.abs((summary.rankCorrelation as number) - built)).toBeLessThan(0.06);
    const [low, high] = summary.rankCorrelationInterval as [number, number];
    expect(low).toBeLessThan(summary.rankCorrelation as number);
    expect(high).toBeGreaterThan(summary.rankCorrelation as number);
    expect(describeBias(summary)).toMatch(/^Compression bias: estimates under 1 h ran short/);
  });

  it('a history built without the bias is not reported as one: the same copula, with the actual spread as the estimate', () => {
    // slope 1.5·1 - 1.5 = 0: log(actual/estimate) is noise around 0 in every band.
    const next = random(7);
    const pairs = Array.from({ length: 1000 }, (_, index) => {
      const z1 = normal(next);
      return pair(240 * Math.exp(1.5 * z1), 240 * Math.exp(1.5 * z1 + 0.3 * normal(next)), index);
    });
    const summary = summarizeCalibration(pairs);
    for (const band of summary.bands) expect(Math.abs((band.medianRatio as number) - 1)).toBeLessThan(0.15);
    expect(describeBias(summary)).toBeUndefined();
    expect(summary.rankCorrelation as number).toBeGreaterThan(0.9);
  });
});

describe('the parts', () => {
  it('ranks tied values by the average of the ranks they span', () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([5, 5, 5])).toEqual([2, 2, 2]);
    expect(averageRanks([3, 1, 2])).toEqual([3, 1, 2]);
  });

  it('gives Spearman 1 for any increasing map, -1 for a decreasing one, and nothing when a side does not vary', () => {
    const xs = [1, 2, 3, 4, 5, 6];
    expect(rankCorrelation(xs, xs.map((x) => x ** 3))).toBeCloseTo(1, 12);
    expect(rankCorrelation(xs, xs.map((x) => -Math.exp(x)))).toBeCloseTo(-1, 12);
    expect(rankCorrelation(xs, xs.map(() => 7))).toBeUndefined();
    // With ties: Pearson on average ranks (a textbook value: ranks [1,2.5,2.5,4] against [1,2,3,4]).
    expect(rankCorrelation([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(4.5 / Math.sqrt(4.5 * 5), 12);
  });

  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('puts an estimate in the band that starts at or below it', () => {
    expect(bandOf(59)).toBe('under-1h');
    expect(bandOf(60)).toBe('1-8h');
    expect(bandOf(479)).toBe('1-8h');
    expect(bandOf(480)).toBe('8-40h');
    expect(bandOf(2400)).toBe('40h-plus');
  });

  it('says nothing overall below the minimum, and gives a band its median only from five pairs', () => {
    const few = Array.from({ length: MINIMUM_PAIRS - 1 }, (_, index) => pair(120, 180, index));
    const summary = summarizeCalibration(few);
    expect(summary).toMatchObject({ pairs: 9, enough: false, rankCorrelation: null, medianRatio: null });
    // Counts are facts and are given; the 1 to 8 h band has nine pairs, so its median too.
    expect(summary.bands.map((band) => [band.pairs, band.medianRatio])).toEqual([
      [0, null],
      [9, 1.5],
      [0, null],
      [0, null],
    ]);
    const enough = summarizeCalibration([...few, pair(30, 15, 20), pair(30, 15, 21), pair(30, 15, 22), pair(30, 15, 23)]);
    expect(enough.enough).toBe(true);
    expect(enough.bands[0]?.medianRatio).toBeNull(); // four pairs under 1 h: too few
    expect(enough.medianRatio).toBe(1.5);
  });
});
