/**
 * The data that flows from the collector to the renderers. Plain values only, so every step can be
 * tested without git and a JSON report can be turned back into the same model (merge).
 */
import type { LeverageFigures, Trailer, TrailerProblem, TrailerVerdict } from '../trailers/trailerSchema.js';
import type { EstimateCheck, EstimateReference } from '../estimates/checkEstimates.js';
import type { Calibration } from '../calibrate/calibrateRecord.js';

/** A commit as the collector read it from git: facts, nothing interpreted yet. */
export interface CommitFacts {
  /** The repository as the user named it (a label, usually the folder's name). */
  repo: string;
  sha: string;
  authorName: string;
  authorEmail: string;
  /** Author date, seconds since the epoch (the day a commit belongs to is chosen by this). */
  authorTime: number;
  subject: string;
  /** Every trailer git's parser found, leverage or not, in message order. */
  trailers: Trailer[];
  /** Set when these trailers come from a commit listed in this (squash) commit's message. */
  embedded?: EmbeddedCommit;
  /** Set when these trailers come from the commit's note in refs/notes/leverage (git/noteRecords.ts), not its message. */
  note?: true;
}

/**
 * A commit listed in a squash commit's message (trailers/squashMessage.ts): its record belongs to
 * the squash commit (`sha`, `subject`, author and date), and is told apart from the others by `index`.
 */
export interface EmbeddedCommit {
  /** 1-based place in the squash message. */
  index: number;
  /** The listed commit's own subject. */
  subject: string;
  /** The original commit, when the squash message names it (`git merge --squash`). */
  sha?: string;
}

/** A commit read as leverage: what git said, and what its leverage trailers mean. */
export interface LeverageCommit extends Omit<CommitFacts, 'trailers'> {
  verdict: Exclude<TrailerVerdict, { kind: 'none' }>;
}

/** Where else the same commit (or a cherry-picked/rebased copy of it) was reached. */
export interface CommitCopy {
  repo: string;
  sha: string;
}

export interface TaskCommit {
  repo: string;
  sha: string;
  authorTime: number;
  subject: string;
  role: 'record' | 'link';
  /** The figures this commit carries (records only). */
  figures: LeverageFigures | undefined;
  /** Other places the same record was reached; counted once. */
  copies: CommitCopy[];
  /** Set when the record is a commit listed in the squash commit `sha`. */
  embedded?: EmbeddedCommit;
  /** Set when the record comes from the commit's leverage note. */
  note?: true;
}

export interface TaskRow {
  /** What ties the commits of this task together: `id:<task-id>` or `text:<task text>`. */
  key: string;
  task: string;
  taskId: string | undefined;
  humanMinutes: number;
  claudeMinutes: number;
  /** Sum over the records that carry Supervisory-Minutes; undefined when none does. */
  supervisoryMinutes: number | undefined;
  /** Human minutes of the records that carry Supervisory-Minutes (the numerator of Sup. Factor). */
  supervisedHumanMinutes: number;
  tokens: number | undefined;
  factor: number;
  supervisoryFactor: number | undefined;
  /** Author time of the task's first record: "the order in which the work was done". */
  firstAuthorTime: number;
  /** Author time of the task's last record (with firstAuthorTime: the span a roll-up needs, without its commits). */
  lastAuthorTime: number;
  repositories: string[];
  commits: TaskCommit[];
  /** The second opinion from the task's change size (estimates/checkEstimates.ts); absent when the check did not run. */
  estimateCheck?: EstimateCheck;
}

/** The sums a task row carries: what totals are computed from. */
export type RowFigures = Pick<TaskRow, 'humanMinutes' | 'claudeMinutes' | 'supervisoryMinutes' | 'supervisedHumanMinutes' | 'tokens'>;

export interface SkippedCommit {
  repo: string;
  sha: string;
  subject: string;
  authorTime: number;
  problems: TrailerProblem[];
  /** Set when the trailers are those of a commit listed in the squash commit `sha`. */
  embedded?: EmbeddedCommit;
  /** Set when the trailers are those of the commit's leverage note. */
  note?: true;
}

export interface RecordTotals {
  tasks: number;
  humanMinutes: number;
  claudeMinutes: number;
  supervisoryMinutes: number | undefined;
  supervisedHumanMinutes: number;
  tokens: number | undefined;
  /** Total human minutes / total agent minutes; undefined for an empty record. */
  factor: number | undefined;
  supervisoryFactor: number | undefined;
  /** Human-equivalent weeks of 40 hours. */
  weeks: number;
  tasksWithoutSupervision: number;
  tasksWithoutTokens: number;
}

export type SortOrder = 'factor' | 'time';

/** What a report covers; chosen by the adapter (collector, merge), carried to every renderer. */
export interface ReportWindow {
  kind: 'day' | 'days' | 'range' | 'all';
  /** For people: `2026-04-12`, `2026-04-01 to 2026-04-30`, `origin/main..HEAD`. */
  label: string;
  /** IANA zone the days are counted in. */
  timezone: string;
  /** Inclusive start and exclusive end, seconds since the epoch (day windows). */
  start?: number;
  end?: number;
  range?: string;
}

/** Everything a renderer needs: the record, the window, and the words to use. */
export interface LeverageReport {
  window: ReportWindow;
  /** Column label of the agent's minutes (`Claude` unless configured). */
  agent: string;
  repositories: string[];
  /** Every commit that carried leverage trailers, as read (the record is derived from these). */
  commits: LeverageCommit[];
  record: LeverageRecord;
  /** What the estimate check judged against; absent when it did not run. */
  estimateReference?: EstimateReference;
  /** Calibrated figures beside the raw ones (`report --calibrated`, calibrate/calibrateRecord.ts); absent unless asked for. */
  calibration?: Calibration;
}

export interface LeverageRecord {
  tasks: TaskRow[];
  totals: RecordTotals;
  skipped: SkippedCommit[];
  /** Link commits whose task has no record in this report. */
  unmatchedLinks: TaskCommit[];
}
