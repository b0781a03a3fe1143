/**
 * Reads JSON reports (renderReportJson.ts writes them) back into what the record builder takes:
 * checked by one zod schema, with a one-line error naming the file and what is wrong. Used by merge
 * and the Action's merge mode.
 *
 * zod alone is fast enough: on merge's benchmark (1,000 reports x 100 tasks, 100,005 commits) a
 * hand-written validator that skipped zod saved 4 % (--summary) to 8 % (--format json) of the
 * merge's CPU time and nothing measurable in wall time: less than a second validator must earn.
 */
import * as z from '../config/zod.mjs';
import { commitKey, type EstimateCheck } from '../estimates/checkEstimates.js';
import type { LeverageCommit, LeverageReport } from '../record/types.js';
import { UserError } from '../userError.js';
import { REPORT_SCHEMA_VERSION } from './renderReportJson.js';

// Bounds are the JSON's own, not the trailer grammar's: a report written by any version of this
// schema is read, and what the trailer schema accepts (finite, positive minutes; whole tokens up to
// a trillion) is inside them.
const figuresSchema = z.object({
  task: z.string(),
  taskId: z.string().optional(),
  humanMinutes: z.number().positive(),
  claudeMinutes: z.number().positive(),
  supervisoryMinutes: z.number().positive().optional(),
  tokens: z.number().int().nonnegative().optional(),
  estimatedBy: z.string().optional(),
  agent: z.string().optional(),
});

const problemSchema = z.object({ key: z.string(), value: z.string().optional(), message: z.string(), accepted: z.string() });

/** A commit listed in a squash commit's message (optional: reports before it have none). */
const embeddedSchema = z.object({ index: z.number().int().positive(), subject: z.string(), sha: z.string().regex(/^[0-9a-f]{7,64}$/).optional() });

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
    z.object({
      kind: z.literal('calibration'),
      figures: z.object({
        task: z.string(),
        taskId: z.string().optional(),
        humanMinutes: z.number().positive(),
        humanActualMinutes: z.number().positive(),
        estimatedBy: z.string().optional(),
      }),
    }),
    z.object({ kind: z.literal('invalid'), problems: z.array(problemSchema) }),
  ]),
  embedded: embeddedSchema.optional(),
  /** Read from the commit's leverage note (optional: reports before notes have none). */
  note: z.literal(true).optional(),
});

/** A task's estimate check and what it was judged against (docs/estimates.md; optional: only when the check ran). */
const estimateCheckSchema = z.object({
  changedLines: z.number().int().nonnegative().nullable(),
  expectedHours: z.number().nonnegative().nullable(),
  ratio: z.number().nonnegative().nullable(),
  flagged: z.boolean(),
  reason: z.string(),
});
const estimateReferenceSchema = z.object({
  hoursPerLine: z.number().positive().nullable(),
  tasks: z.number().int().nonnegative(),
  minimumTasks: z.number().int().positive(),
  flagFactor: z.number().gt(1),
  lookbackDays: z.number().int().nonnegative(),
  notes: z.array(z.string()),
  reports: z.number().int().positive().optional(),
});

/** What a reader of a JSON report needs back: its window, labels and the commits it was built from. */
const reportInputSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
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
  // Of the tasks, only their estimate checks and the commits judged: merge rebuilds every figure from the commits.
  tasks: z
    .array(
      z.object({
        key: z.string(),
        commits: z.array(z.object({ repo: z.string(), sha: z.string(), copies: z.array(z.object({ repo: z.string(), sha: z.string() })).optional() })).optional(),
        estimateCheck: estimateCheckSchema.optional(),
      }),
    )
    .optional(),
  estimateReference: estimateReferenceSchema.optional(),
});

export type ReportInput = Omit<LeverageReport, 'record'> & {
  /** Where the report was read from (a file name), so merge errors can name it. */
  source?: string;
  /** Each task's estimate check and the commits it judged (commitKey, copies too), by task key (when the report ran the check). */
  estimateChecks?: ReadonlyMap<string, JudgedTask>;
};

/** A task's estimate check as a report made it, and the commits it covered. */
export interface JudgedTask {
  check: EstimateCheck;
  commits: ReadonlySet<string>;
}

export class ReportJsonError extends UserError {
  override name = 'ReportJsonError';
}

/** Reads a JSON report's text back (for merge); the error names `source` and what is wrong. */
export function parseReportJson(text: string, source: string): ReportInput {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ReportJsonError(`${source}: not JSON (${(error as Error).message})`);
  }
  return reportInputOf(data, source);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A parsed JSON report → what merge reads from it. The schema version is checked first, so a report
 * of another version gets that error rather than one about a field that version names differently.
 */
export function reportInputOf(data: unknown, source: string): ReportInput {
  if (!isObject(data) || data.schemaVersion === undefined) {
    throw new ReportJsonError(`${source}: not a git-leverage report: no schemaVersion (accepted: a report written by git-leverage report --format json)`);
  }
  if (data.schemaVersion !== REPORT_SCHEMA_VERSION) {
    throw new ReportJsonError(`${source}: schemaVersion ${JSON.stringify(data.schemaVersion)} is not supported; this git-leverage reads schemaVersion ${REPORT_SCHEMA_VERSION}`);
  }
  const parsed = reportInputSchema.safeParse(data);
  if (!parsed.success) {
    const [issue, ...more] = parsed.error.issues;
    const others = more.length === 0 ? '' : ` (and ${more.length} more ${more.length === 1 ? 'problem' : 'problems'})`;
    throw new ReportJsonError(`${source}: not a git-leverage report: ${issue?.path.join('.') || '(top level)'}: ${issue?.message}${others}`);
  }
  const { window, agent, repositories, commits, tasks, estimateReference } = parsed.data;
  if (estimateReference === undefined) return { window, agent, repositories, commits: commits as LeverageCommit[], source };
  const estimateChecks = new Map<string, JudgedTask>();
  for (const task of tasks ?? []) {
    if (task.estimateCheck === undefined) continue;
    const judged = (task.commits ?? []).flatMap((commit) => [commitKey(commit.repo, commit.sha), ...(commit.copies ?? []).map((copy) => commitKey(copy.repo, copy.sha))]);
    estimateChecks.set(task.key, { check: task.estimateCheck, commits: new Set(judged) });
  }
  return { window, agent, repositories, commits: commits as LeverageCommit[], source, estimateReference, estimateChecks };
}
