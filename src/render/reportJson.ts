/**
 * The JSON report (`--format json`), schema version 1, and its reader. The report carries the commits
 * it was built from, so reports made anywhere can be merged by the same record builder.
 * Documented in docs/report-json.md.
 */
import { z } from 'zod';
import type { LeverageCommit, LeverageReport, RecordTotals, ReportWindow, TaskCommit, TaskRow } from '../record/types.js';
import type { Rollup } from '../rollup/rollUp.js';
import { UserError } from '../userError.js';

export const REPORT_SCHEMA_VERSION = 1;

// A task's first author date is usually its first commit's: the last time converted is kept.
let lastIsoSeconds = Number.NaN;
let lastIso = '';
function isoTime(seconds: number): string {
  if (seconds !== lastIsoSeconds) {
    lastIso = new Date(seconds * 1000).toISOString();
    lastIsoSeconds = seconds;
  }
  return lastIso;
}

function taskCommitJson(commit: TaskCommit) {
  return {
    repo: commit.repo,
    sha: commit.sha,
    authorDate: isoTime(commit.authorTime),
    subject: commit.subject,
    role: commit.role,
    figures: commit.figures ?? null,
    copies: commit.copies,
  };
}

/** A Task Log row; `index` is its place in the Task Log (0-based). */
function taskJson(task: TaskRow, index: number) {
  return {
    rank: index + 1,
    key: task.key,
    task: task.task,
    taskId: task.taskId ?? null,
    humanMinutes: task.humanMinutes,
    humanHours: task.humanMinutes / 60,
    claudeMinutes: task.claudeMinutes,
    supervisoryMinutes: task.supervisoryMinutes ?? null,
    tokens: task.tokens ?? null,
    factor: task.factor,
    supervisoryFactor: task.supervisoryFactor ?? null,
    firstAuthorDate: isoTime(task.firstAuthorTime),
    repositories: task.repositories,
    commits: task.commits.map(taskCommitJson),
  };
}

/** A roll-up's periods (`--by`): each period's totals, with the same nulls as `totals`. */
function periodsJson(rollup: Rollup) {
  const figures = (totals: RecordTotals) => ({
    tasks: totals.tasks,
    humanMinutes: totals.humanMinutes,
    humanHours: totals.humanMinutes / 60,
    claudeMinutes: totals.claudeMinutes,
    supervisoryMinutes: totals.supervisoryMinutes ?? null,
    tokens: totals.tokens ?? null,
    factor: totals.factor ?? null,
    supervisoryFactor: totals.supervisoryFactor ?? null,
    weeks: totals.weeks,
  });
  return rollup.periods.map((period) => ({
    period: period.key,
    label: period.label,
    startDate: period.startDate,
    start: period.start,
    end: period.end,
    ...figures(period.totals),
  }));
}

export interface ReportJsonOptions {
  /** Adds `periodUnit` and `periods` (`--by`). */
  rollup?: Rollup;
}

/** The report as a plain JSON value (figures unrounded; renderers round). */
export function toReportJson(report: LeverageReport, options: ReportJsonOptions = {}) {
  const { record } = report;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generator: 'git-leverage',
    window: report.window,
    agent: report.agent,
    repositories: report.repositories,
    tasks: record.tasks.map(taskJson),
    totals: {
      ...record.totals,
      humanHours: record.totals.humanMinutes / 60,
      supervisoryMinutes: record.totals.supervisoryMinutes ?? null,
      tokens: record.totals.tokens ?? null,
      factor: record.totals.factor ?? null,
      supervisoryFactor: record.totals.supervisoryFactor ?? null,
    },
    skipped: record.skipped.map((commit) => ({ ...commit, authorDate: isoTime(commit.authorTime) })),
    unmatchedLinks: record.unmatchedLinks.map(taskCommitJson),
    ...(options.rollup ? { periodUnit: options.rollup.unit, periods: periodsJson(options.rollup) } : {}),
    commits: report.commits,
  };
}

export type ReportJson = ReturnType<typeof toReportJson>;

export function renderJson(report: LeverageReport, options: ReportJsonOptions = {}): string {
  return `${JSON.stringify(toReportJson(report, options), null, 2)}\n`;
}

/** Tasks or commits serialised per batch: a batch's text is a few MB, not the whole array's. */
const JSON_BATCH = 2000;

/**
 * `renderJson`'s text in pieces, for writing as it is made: the same bytes (a test compares them),
 * without holding a 160 MB string, its UTF-8 copy and every task's JSON object at once (merging
 * 1,000 reports). Members of the top-level object are serialised one by one, and the two long
 * arrays, `tasks` and `commits`, a batch at a time. A member is serialised inside a one-member object
 * (`{"tasks": batch}`) so JSON.stringify indents it at its depth in the report; the wrapper's
 * braces and brackets are cut off.
 */
export function* renderJsonChunks(report: LeverageReport, options: ReportJsonOptions = {}, batch = JSON_BATCH): Generator<string> {
  // Every member but the two long arrays, exactly as toReportJson makes it.
  const shell = toReportJson({ ...report, commits: [], record: { ...report.record, tasks: [] } }, options);
  const longArrays: Record<string, { items: readonly unknown[]; map: (item: never, index: number) => unknown }> = {
    tasks: { items: report.record.tasks, map: taskJson },
    commits: { items: report.commits, map: (commit: LeverageCommit) => commit },
  };
  let first = true;
  for (const [key, value] of Object.entries(shell)) {
    const long = longArrays[key];
    if (long === undefined || long.items.length === 0) {
      const member = JSON.stringify({ [key]: value }, null, 2);
      if (member === '{}') continue; // undefined: JSON.stringify leaves the member out
      yield `${first ? '{\n' : ',\n'}${member.slice(2, -2)}`;
    } else {
      const open = `{\n  ${JSON.stringify(key)}: [\n`;
      yield `${first ? '{\n' : ',\n'}${open.slice(2)}`;
      for (let start = 0; start < long.items.length; start += batch) {
        const items = long.items.slice(start, start + batch).map((item, offset) => long.map(item as never, start + offset));
        const text = JSON.stringify({ [key]: items }, null, 2);
        yield `${start === 0 ? '' : ',\n'}${text.slice(open.length, -'\n  ]\n}'.length)}`;
      }
      yield '\n  ]';
    }
    first = false;
  }
  yield first ? '{}\n' : '\n}\n';
}

const figuresSchema = z.object({
  task: z.string(),
  taskId: z.string().optional(),
  humanMinutes: z.number().positive(),
  claudeMinutes: z.number().positive(),
  supervisoryMinutes: z.number().positive().optional(),
  tokens: z.number().int().nonnegative().optional(),
});

const problemSchema = z.object({ key: z.string(), value: z.string().optional(), message: z.string(), accepted: z.string() });

const leverageCommitSchema = z.object({
  repo: z.string(),
  sha: z.string().regex(/^[0-9a-f]{7,64}$/),
  authorName: z.string(),
  authorEmail: z.string(),
  authorTime: z.number().int(),
  subject: z.string(),
  verdict: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('record'), figures: figuresSchema }),
    z.object({ kind: z.literal('link'), task: z.string().optional(), taskId: z.string().optional() }),
    z.object({ kind: z.literal('invalid'), problems: z.array(problemSchema) }),
  ]),
});

/** What a reader of a JSON report needs back: its window, labels and the commits it was built from. */
const reportInputSchema = z.object({
  schemaVersion: z.number().int(),
  window: z.object({
    kind: z.enum(['day', 'days', 'range', 'all']),
    label: z.string(),
    timezone: z.string(),
    start: z.number().optional(),
    end: z.number().optional(),
    range: z.string().optional(),
  }),
  agent: z.string(),
  repositories: z.array(z.string()),
  commits: z.array(leverageCommitSchema),
});

export type ReportInput = Omit<LeverageReport, 'record'> & {
  /** Where the report was read from (a file name), so merge errors can name it. */
  source?: string;
};

export class ReportJsonError extends UserError {
  override name = 'ReportJsonError';
}

/** Reads a JSON report back (for merge), checking its schema version first so the error is the useful one. */
export function parseReportJson(text: string, source: string): ReportInput {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ReportJsonError(`${source}: not JSON (${(error as Error).message})`);
  }
  return reportInputOf(data, source);
}

/**
 * A parsed JSON report → what merge reads from it. Reports as git-leverage writes them take the fast
 * path (`fastReportInput`); anything else goes through the zod schema, which accepts or names the
 * first field that is wrong.
 */
export function reportInputOf(data: unknown, source: string): ReportInput {
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== REPORT_SCHEMA_VERSION) {
    throw new ReportJsonError(`${source}: schemaVersion ${JSON.stringify(version)} is not supported; this git-leverage reads schemaVersion ${REPORT_SCHEMA_VERSION}`);
  }
  const fast = fastReportInput(data as Record<string, unknown>, source);
  if (fast) return fast;
  const parsed = reportInputSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ReportJsonError(`${source}: not a git-leverage report: ${issue?.path.join('.') || '(top level)'}: ${issue?.message}`);
  }
  const { window, agent, repositories, commits } = parsed.data;
  return { window, agent, repositories, commits: commits as LeverageCommit[], source };
}

// The fast path. Checking 100,000 commits with zod took a fifth of a merge of 1,000 reports (and
// zod copies every object it accepts). These checks accept exactly what the schema above accepts
// *and* would give back unchanged: every object holds only the schema's keys, in the schema's order
// (zod's output order), so the parsed objects are used as they are. Anything else, valid or not,
// returns undefined and takes the zod path, which gives the same result as before or the error.

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isPositive = (value: unknown) => isFiniteNumber(value) && value > 0;
const isOptionalString = (value: unknown) => value === undefined || typeof value === 'string';
const isOptionalNumber = (value: unknown) => value === undefined || isFiniteNumber(value);
const SHA_PATTERN = /^[0-9a-f]{7,64}$/;
const WINDOW_KINDS: ReadonlySet<unknown> = new Set(['day', 'days', 'range', 'all']);

/**
 * True when the object's own keys are `keys` in that order, optional ones (bit i of `optional` set)
 * possibly absent, and no other key.
 */
function hasKeysInOrder(value: Json, keys: readonly string[], optional = 0): boolean {
  let next = 0;
  for (const key in value) {
    while (next < keys.length && keys[next] !== key) {
      if ((optional & (1 << next)) === 0) return false;
      next += 1;
    }
    if (next === keys.length) return false;
    next += 1;
  }
  for (; next < keys.length; next += 1) if ((optional & (1 << next)) === 0) return false;
  return true;
}

const COMMIT_KEYS = ['repo', 'sha', 'authorName', 'authorEmail', 'authorTime', 'subject', 'verdict'];
const RECORD_KEYS = ['kind', 'figures'];
const LINK_KEYS = ['kind', 'task', 'taskId'];
const INVALID_KEYS = ['kind', 'problems'];
const FIGURES_KEYS = ['task', 'taskId', 'humanMinutes', 'claudeMinutes', 'supervisoryMinutes', 'tokens'];
const PROBLEM_KEYS = ['key', 'value', 'message', 'accepted'];

function isFastFigures(figures: unknown): boolean {
  if (!isObject(figures) || !hasKeysInOrder(figures, FIGURES_KEYS, 0b110010)) return false;
  const tokens = figures.tokens;
  return (
    typeof figures.task === 'string' &&
    isOptionalString(figures.taskId) &&
    isPositive(figures.humanMinutes) &&
    isPositive(figures.claudeMinutes) &&
    (figures.supervisoryMinutes === undefined || isPositive(figures.supervisoryMinutes)) &&
    (tokens === undefined || (Number.isSafeInteger(tokens) && (tokens as number) >= 0))
  );
}

function isFastProblem(problem: unknown): boolean {
  return (
    isObject(problem) &&
    hasKeysInOrder(problem, PROBLEM_KEYS, 0b10) &&
    typeof problem.key === 'string' &&
    isOptionalString(problem.value) &&
    typeof problem.message === 'string' &&
    typeof problem.accepted === 'string'
  );
}

function isFastVerdict(verdict: unknown): boolean {
  if (!isObject(verdict)) return false;
  switch (verdict.kind) {
    case 'record':
      return hasKeysInOrder(verdict, RECORD_KEYS) && isFastFigures(verdict.figures);
    case 'link':
      return hasKeysInOrder(verdict, LINK_KEYS, 0b110) && isOptionalString(verdict.task) && isOptionalString(verdict.taskId);
    case 'invalid':
      return hasKeysInOrder(verdict, INVALID_KEYS) && Array.isArray(verdict.problems) && verdict.problems.every(isFastProblem);
    default:
      return false;
  }
}

function isFastCommit(commit: unknown): boolean {
  return (
    isObject(commit) &&
    hasKeysInOrder(commit, COMMIT_KEYS) &&
    typeof commit.repo === 'string' &&
    typeof commit.sha === 'string' &&
    SHA_PATTERN.test(commit.sha) &&
    typeof commit.authorName === 'string' &&
    typeof commit.authorEmail === 'string' &&
    Number.isSafeInteger(commit.authorTime) &&
    typeof commit.subject === 'string' &&
    isFastVerdict(commit.verdict)
  );
}

/** The report's input as the schema would give it back, or undefined when the zod path must decide. */
function fastReportInput(data: Json, source: string): ReportInput | undefined {
  const { window, agent, repositories, commits } = data;
  if (!isObject(window) || typeof agent !== 'string' || !Array.isArray(repositories) || !Array.isArray(commits)) return undefined;
  const { kind, label, timezone, start, end, range } = window;
  if (!WINDOW_KINDS.has(kind) || typeof label !== 'string' || typeof timezone !== 'string') return undefined;
  if (!isOptionalNumber(start) || !isOptionalNumber(end) || !isOptionalString(range)) return undefined;
  if (!repositories.every((repo) => typeof repo === 'string')) return undefined;
  for (let index = 0; index < commits.length; index += 1) if (!isFastCommit(commits[index])) return undefined;
  // The window as zod gives it: the schema's keys only, in the schema's order.
  const readWindow = { kind, label, timezone } as ReportWindow;
  if (start !== undefined) readWindow.start = start as number;
  if (end !== undefined) readWindow.end = end as number;
  if (range !== undefined) readWindow.range = range as string;
  return { window: readWindow, agent, repositories: repositories as string[], commits: commits as LeverageCommit[], source };
}
