/**
 * The JSON report (`--format json`), schema version 1, and its reader. The report carries the commits
 * it was built from, so reports made anywhere can be merged by the same record builder.
 * Documented in docs/report-json.md.
 */
import { z } from 'zod';
import type { LeverageCommit, LeverageReport, RecordTotals, TaskCommit } from '../record/types.js';
import type { Rollup } from '../rollup/rollUp.js';

export const REPORT_SCHEMA_VERSION = 1;

const isoTime = (seconds: number) => new Date(seconds * 1000).toISOString();

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
    tasks: record.tasks.map((task, index) => ({
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
    })),
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

export class ReportJsonError extends Error {
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
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== REPORT_SCHEMA_VERSION) {
    throw new ReportJsonError(`${source}: schemaVersion ${JSON.stringify(version)} is not supported; this git-leverage reads schemaVersion ${REPORT_SCHEMA_VERSION}`);
  }
  const parsed = reportInputSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ReportJsonError(`${source}: not a git-leverage report: ${issue?.path.join('.') || '(top level)'}: ${issue?.message}`);
  }
  const { window, agent, repositories, commits } = parsed.data;
  return { window, agent, repositories, commits: commits as LeverageCommit[], source };
}
