/**
 * Reads JSON reports (renderReportJson.ts writes them) back into what the record builder takes:
 * checked by one zod schema, with a one-line error naming the file and what is wrong. Used by merge
 * and the Action's merge mode.
 *
 * zod alone is fast enough: on merge's benchmark (1,000 reports x 100 tasks, 100,005 commits) a
 * hand-written validator that skipped zod saved 4 % (--summary) to 8 % (--format json) of the
 * merge's CPU time and nothing measurable in wall time: less than a second validator must earn.
 */
import { z } from 'zod';
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
    z.object({ kind: z.literal('invalid'), problems: z.array(problemSchema) }),
  ]),
  embedded: embeddedSchema.optional(),
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
});

export type ReportInput = Omit<LeverageReport, 'record'> & {
  /** Where the report was read from (a file name), so merge errors can name it. */
  source?: string;
};

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
  const { window, agent, repositories, commits } = parsed.data;
  return { window, agent, repositories, commits: commits as LeverageCommit[], source };
}
