/**
 * Turns log lines into figures for one window: the pure core of `measure`. The reader feeds it each
 * file's lines in order; it keeps only times and token counts, and only what can reach the window.
 */
import { clipInterval, unionLength, type Interval } from './intervals.js';
import { usageTotal, type Agent, type LogLine, type TokenUsage } from './logLine.js';
import { TurnTracker, type Gap, type Turn } from './trackTurns.js';

/** (since, until] in epoch ms; `since` is -Infinity when the whole log is measured. */
export interface MeasureWindow {
  since: number;
  until: number;
}

export interface TurnRecord extends Turn {
  /** The working intervals clipped to the window. */
  counted: Interval[];
}

export interface SessionRecord {
  id: string;
  file: string;
  /** Absent in records made before other agents were read: Claude Code. */
  agent?: Agent;
  turns: TurnRecord[];
  /** Gaps to the next prompt that reach the window, counted or not. */
  gaps: Gap[];
  usage: TokenUsage;
  responses: number;
}

export interface UnreadableLine {
  file: string;
  line: number;
  reason: string;
}

/** What was not counted, and why: for `--explain` and the JSON. */
export interface LeftOut {
  filesBeforeWindow: number;
  /** Files whose reading stopped at a prompt past the window. */
  filesStoppedAfterWindow: number;
  turnsOutsideWindow: number;
  linesScreenedOut: number;
  linesOtherRepository: number;
  linesWithoutFolder: number;
  unknownLines: number;
  duplicateResponses: number;
  replacedPlaceholders: number;
  syntheticResponses: number;
  responsesOutsideWindow: number;
  /** Codex `token_count` lines that repeat the previous totals (not usage); absent: none. */
  repeatedTokenCounts?: number;
}

export interface Measurement {
  window: MeasureWindow;
  idleMinutes: number;
  /** The agents whose logs were found and read, in AGENTS order; absent: Claude Code alone. */
  agents?: Agent[];
  filesRead: number;
  /** Agent minutes, in ms: the union of every agent's working intervals (the `Claude-Minutes` trailer's figure). */
  claudeMs: number;
  supervisoryMs: number;
  usage: TokenUsage;
  models: string[];
  sessions: SessionRecord[];
  unreadable: UnreadableLine[];
  skippedLines: number;
  leftOut: LeftOut;
}

interface Response {
  session: SessionRecord;
  model: string | undefined;
  usage: TokenUsage;
}

const zeroUsage = (): TokenUsage => ({ input: 0, output: 0, cacheCreation: 0, cacheRead: 0 });
const addUsage = (into: TokenUsage, add: TokenUsage, sign = 1): void => {
  into.input += sign * add.input;
  into.output += sign * add.output;
  into.cacheCreation += sign * add.cacheCreation;
  into.cacheRead += sign * add.cacheRead;
};

/** At most this many unreadable lines are listed by place; all are counted. */
export const UNREADABLE_LISTED = 50;

export class LineMeasurer {
  private readonly idleMs: number;
  private readonly sessions = new Map<string, SessionRecord>();
  private readonly records = new Map<string, SessionRecord>();
  private readonly trackers = new Map<string, { tracker: TurnTracker; cwd: string | undefined; record: SessionRecord }>();
  private readonly responses = new Map<string, Response>();
  private readonly modelCounts = new Map<string, number>();
  private readonly unreadable: UnreadableLine[] = [];
  private skippedLines = 0;
  private filesRead = 0;
  private readonly leftOut: LeftOut = {
    filesBeforeWindow: 0,
    filesStoppedAfterWindow: 0,
    turnsOutsideWindow: 0,
    linesScreenedOut: 0,
    linesOtherRepository: 0,
    linesWithoutFolder: 0,
    unknownLines: 0,
    duplicateResponses: 0,
    replacedPlaceholders: 0,
    syntheticResponses: 0,
    responsesOutsideWindow: 0,
    repeatedTokenCounts: 0,
  };

  /**
   * @param belongs whether a line's folder (`cwd`) is this repository or inside it or one of its worktrees.
   * @param agents the agents whose logs are read (the reader of each feeds its lines here).
   */
  constructor(
    readonly window: MeasureWindow,
    readonly idleMinutes: number,
    private readonly belongs: (cwd: string) => boolean,
    private readonly agents: readonly Agent[] = ['claude'],
  ) {
    this.idleMs = idleMinutes * 60_000;
  }

  /** The widened window outside which activity lines cannot matter (see screenLine). */
  get screenRange(): { from: number; to: number } {
    return { from: this.window.since - this.idleMs, to: this.window.until + this.idleMs };
  }

  fileBeforeWindow(): void {
    this.leftOut.filesBeforeWindow += 1;
  }

  stoppedAfterWindow(): void {
    this.leftOut.filesStoppedAfterWindow += 1;
  }

  screenedOut(): void {
    this.leftOut.linesScreenedOut += 1;
  }

  unknown(): void {
    this.leftOut.unknownLines += 1;
  }

  unreadableLine(file: string, line: number, reason: string): void {
    this.skippedLines += 1;
    if (this.unreadable.length < UNREADABLE_LISTED) this.unreadable.push({ file, line, reason });
  }

  /** Feeds one measured line of `file`, written by `agent`, in file order. */
  line(file: string, entry: LogLine, agent: Agent = 'claude'): void {
    // Older Claude Code writes subagents into the main file: they are streams of their own, so their
    // prompts neither end the main turn nor open a supervisory gap.
    const key = `${file}\u0000${entry.sessionId ?? ''}\u0000${entry.sidechain ? 'sidechain' : ''}`;
    let stream = this.trackers.get(key);
    const cwd = entry.cwd ?? stream?.cwd;
    if (cwd === undefined) {
      this.leftOut.linesWithoutFolder += 1;
      return;
    }
    if (!this.belongs(cwd)) {
      this.leftOut.linesOtherRepository += 1;
      return;
    }
    if (!stream) {
      const record = this.session(file, entry.sessionId ?? '', agent);
      const tracker = new TurnTracker(this.idleMs, {
        turn: (turn) => this.turn(record, turn),
        // Between a subagent's tasks nobody is waiting: its pauses are not supervision.
        gap: (gap) => (entry.sidechain ? undefined : this.gap(record, gap)),
      });
      stream = { tracker, cwd, record };
      this.trackers.set(key, stream);
    }
    stream.cwd = cwd;
    if (entry.kind === 'prompt') stream.tracker.prompt(entry.time);
    else if (entry.kind === 'turnEnd') stream.tracker.turnEnd(entry.time, entry.durationMs ?? 0);
    else stream.tracker.activity(entry.time);
    if (entry.synthetic) this.leftOut.syntheticResponses += 1;
    if (entry.repeatedUsage) this.leftOut.repeatedTokenCounts = (this.leftOut.repeatedTokenCounts ?? 0) + 1;
    if (entry.response) this.response(stream.record, entry.time, entry.response);
  }

  /** Ends every stream of `file`: its open turns close at their last line. */
  endFile(file: string): void {
    this.filesRead += 1;
    for (const [key, stream] of this.trackers) {
      if (stream.record.file !== file) continue;
      stream.tracker.finish();
      this.trackers.delete(key);
    }
    for (const [key, record] of this.records) if (record.file === file) this.records.delete(key);
  }

  private inWindow(time: number): boolean {
    return time > this.window.since && time <= this.window.until;
  }

  private response(session: SessionRecord, time: number, response: NonNullable<LogLine['response']>): void {
    if (!this.inWindow(time)) {
      this.leftOut.responsesOutsideWindow += 1;
      return;
    }
    const entry: Response = { session, model: response.model, usage: response.usage };
    if (response.key === undefined) {
      this.count(entry, 1);
      return;
    }
    const seen = this.responses.get(response.key);
    if (!seen) {
      this.responses.set(response.key, entry);
      this.count(entry, 1);
      return;
    }
    this.leftOut.duplicateResponses += 1;
    // Early copies of a response can carry streaming placeholders: the largest copy is the real one.
    if (usageTotal(entry.usage) > usageTotal(seen.usage)) {
      this.leftOut.replacedPlaceholders += 1;
      this.count(seen, -1);
      this.responses.set(response.key, entry);
      this.count(entry, 1);
    }
  }

  private count(response: Response, sign: 1 | -1): void {
    addUsage(response.session.usage, response.usage, sign);
    if (response.model) this.modelCounts.set(response.model, (this.modelCounts.get(response.model) ?? 0) + sign);
    response.session.responses += sign;
    this.register(response.session);
  }

  private turn(session: SessionRecord, turn: Turn): void {
    const counted = turn.intervals.map((i) => clipInterval(i, this.window.since, this.window.until)).filter((i): i is Interval => i !== undefined);
    if (counted.length === 0) {
      this.leftOut.turnsOutsideWindow += 1;
      return;
    }
    session.turns.push({ ...turn, counted });
    this.register(session);
  }

  private gap(session: SessionRecord, gap: Gap): void {
    if (!clipInterval(gap, this.window.since, this.window.until)) return;
    session.gaps.push(gap);
    this.register(session);
  }

  /** The record of a session in a file: a file's main and sidechain streams share one. */
  private session(file: string, id: string, agent: Agent): SessionRecord {
    const key = `${file}\u0000${id}`;
    let record = this.records.get(key);
    if (!record) {
      record = { id, file, agent, turns: [], gaps: [], usage: zeroUsage(), responses: 0 };
      this.records.set(key, record);
    }
    return record;
  }

  private register(session: SessionRecord): void {
    const key = `${session.file}\u0000${session.id}`;
    if (!this.sessions.has(key)) this.sessions.set(key, session);
  }

  /** The figures, once every file has ended. */
  result(): Measurement {
    const sessions = [...this.sessions.values()].filter((s) => s.turns.length > 0 || s.gaps.some((g) => g.counted) || s.responses > 0);
    const usage = zeroUsage();
    const models = [...this.modelCounts].filter(([, n]) => n > 0).map(([model]) => model);
    for (const session of sessions) addUsage(usage, session.usage);
    const { since, until } = this.window;
    return {
      window: this.window,
      idleMinutes: this.idleMinutes,
      agents: [...this.agents],
      filesRead: this.filesRead,
      claudeMs: unionLength(
        sessions.flatMap((s) => s.turns.flatMap((t) => t.counted)),
        since,
        until,
      ),
      supervisoryMs: unionLength(
        sessions.flatMap((s) => s.gaps.filter((g) => g.counted)),
        since,
        until,
      ),
      usage,
      models: models.sort(),
      sessions: sessions.sort((a, b) => (a.turns[0]?.start ?? 0) - (b.turns[0]?.start ?? 0) || a.file.localeCompare(b.file)),
      unreadable: this.unreadable,
      skippedLines: this.skippedLines,
      leftOut: this.leftOut,
    };
  }
}
