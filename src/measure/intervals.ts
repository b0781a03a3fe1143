/**
 * Half-open time intervals in epoch milliseconds, and their union: how parallel sessions and
 * subagents count wall-clock time once.
 */
export interface Interval {
  start: number;
  end: number;
}

/** Sorts and merges overlapping or touching intervals; drops empty ones. */
export function unionIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (last && next.start <= last.end) last.end = Math.max(last.end, next.end);
    else merged.push({ start: next.start, end: next.end });
  }
  return merged;
}

/** The part of an interval inside [from, to]; undefined when nothing is left. */
export function clipInterval(interval: Interval, from: number, to: number): Interval | undefined {
  const start = Math.max(interval.start, from);
  const end = Math.min(interval.end, to);
  return end > start ? { start, end } : undefined;
}

/** Length in milliseconds of the union of the intervals, clipped to [from, to]. */
export function unionLength(intervals: readonly Interval[], from: number, to: number): number {
  let total = 0;
  for (const i of unionIntervals(intervals)) {
    const clipped = clipInterval(i, from, to);
    if (clipped) total += clipped.end - clipped.start;
  }
  return total;
}
