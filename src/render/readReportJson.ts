/**
 * Reads JSON reports (reportJson.ts writes them) back into what the record builder takes: checked
 * with zod, and a clear error naming the file and what is wrong. Used by merge and the Action.
 */
import { z } from 'zod';
import type { LeverageCommit, LeverageReport, ReportWindow } from '../record/types.js';
import { UserError } from '../userError.js';
import { REPORT_SCHEMA_VERSION } from './reportJson.js';

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
