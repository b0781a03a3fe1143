/**
 * Turns and supervisory gaps of one session log stream (one file, one session id), fed line by line
 * in file order. Pure: it holds only times, never text.
 *
 * A turn starts at a prompt and ends at the last line before the next prompt. Its working time is
 * the `turn_duration` interval(s) that close it, `[timestamp - durationMs, timestamp]`; without one
 * (older logs) it runs from the prompt to its last line, split wherever two consecutive lines are
 * more than the idle limit apart. The gap from a turn's end to the next prompt is supervisory time
 * when it is no longer than the idle limit.
 */
import type { Interval } from './intervals.js';

export interface Turn {
  /** The prompt's time, or the first line's when the stream starts inside a turn. */
  start: number;
  /** The turn's last line. */
  end: number;
  source: 'turn_duration' | 'lines';
  intervals: Interval[];
}

export interface Gap extends Interval {
  counted: boolean;
}

export interface TurnSink {
  turn(turn: Turn): void;
  gap(gap: Gap): void;
}

export class TurnTracker {
  private open = false;
  private start = 0;
  private last = 0;
  private segmentStart = 0;
  private segments: Interval[] = [];
  private durations: Interval[] = [];
  /** End of the last closed turn, waiting for the next prompt. */
  private closedAt: number | undefined;

  constructor(
    private readonly idleMs: number,
    private readonly sink: TurnSink,
  ) {}

  prompt(time: number): void {
    this.close();
    if (this.closedAt !== undefined && time >= this.closedAt) {
      this.sink.gap({ start: this.closedAt, end: time, counted: time - this.closedAt <= this.idleMs });
    }
    this.closedAt = undefined;
    this.begin(time);
  }

  activity(time: number): void {
    // A stream that starts inside a turn (a resumed or compacted log): the turn starts at its first line.
    if (!this.open) this.begin(time);
    if (time <= this.last) return;
    if (time - this.last > this.idleMs) {
      this.segments.push({ start: this.segmentStart, end: this.last });
      this.segmentStart = time;
    }
    this.last = time;
  }

  turnEnd(time: number, durationMs: number): void {
    this.activity(time);
    this.durations.push({ start: time - durationMs, end: time });
  }

  /** Closes the open turn: call at the end of the stream. */
  finish(): void {
    this.close();
  }

  private begin(time: number): void {
    this.open = true;
    this.start = time;
    this.last = time;
    this.segmentStart = time;
    this.segments = [];
    this.durations = [];
  }

  private close(): void {
    if (!this.open) return;
    this.open = false;
    const lines = [...this.segments, { start: this.segmentStart, end: this.last }];
    this.sink.turn(
      this.durations.length > 0
        ? { start: this.start, end: this.last, source: 'turn_duration', intervals: this.durations }
        : { start: this.start, end: this.last, source: 'lines', intervals: lines },
    );
    this.closedAt = this.last;
  }
}
