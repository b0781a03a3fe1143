/**
 * The JSON report (`--format json`), schema version 1. Its reader is readReportJson.ts beside it
 * (it needs zod, so it lives apart: writing a report loads none of it). The report carries the commits
 * it was built from, so reports made anywhere can be merged by the same record builder. Documented in
 * docs/report-json.md.
 */
import type { LeverageCommit, LeverageReport, RecordTotals, TaskCommit, TaskRow } from '../record/types.js';
import type { Rollup } from '../rollup/rollUp.js';
import { agentBreakdown, type AgentBreakdown } from '../metrics/agentBreakdown.js';
import { estimatorShares, type EstimatorShare } from '../calibrate/estimatorShares.js';
import { calibrationJson, estimatorsJson } from './calibrationJson.js';

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
    // Only on a record listed in a squash commit (sha, subject): a report without any stays as it was.
    ...(commit.embedded ? { embedded: commit.embedded } : {}),
    // Only on a record read from the commit's leverage note: a report without notes stays as it was.
    ...(commit.note ? { note: true } : {}),
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
    // Only when the estimate check ran (docs/estimates.md).
    ...(task.estimateCheck ? { estimateCheck: task.estimateCheck } : {}),
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

/** The `agents` member (docs/report-json.md): the breakdown by `Agent` trailer, with the same nulls as `totals`. */
function agentsJson(breakdown: AgentBreakdown) {
  return {
    tasksWithSeveralAgents: breakdown.tasksWithSeveralAgents,
    byAgent: breakdown.shares.map((share) => ({
      agent: share.agent ?? null,
      tasks: share.tasks,
      records: share.records,
      humanMinutes: share.humanMinutes,
      humanHours: share.humanMinutes / 60,
      claudeMinutes: share.claudeMinutes,
      supervisoryMinutes: share.supervisoryMinutes ?? null,
      tokens: share.tokens ?? null,
      factor: share.factor,
      supervisoryFactor: share.supervisoryFactor ?? null,
    })),
  };
}

/**
 * The report as a plain JSON value (figures unrounded; renderers round). `agents` is the breakdown
 * by agent, made from the tasks unless given (renderJsonChunks makes the rest without the tasks).
 */
export function toReportJson(
  report: LeverageReport,
  options: ReportJsonOptions = {},
  agents: AgentBreakdown | undefined = agentBreakdown(report.record.tasks),
  estimators: EstimatorShare[] | undefined = estimatorShares(report.record),
) {
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
    // Only when the records name more than one agent: a report of one agent stays as it was.
    ...(agents ? { agents: agentsJson(agents) } : {}),
    skipped: record.skipped.map((commit) => ({ ...commit, authorDate: isoTime(commit.authorTime) })),
    unmatchedLinks: record.unmatchedLinks.map(taskCommitJson),
    ...(report.estimateReference ? { estimateReference: report.estimateReference } : {}),
    // Only when a record says who estimated, and with --calibrated: a report without either stays as it was.
    ...(estimators ? { estimators: estimatorsJson(estimators) } : {}),
    ...(report.calibration ? { calibration: calibrationJson(report.calibration) } : {}),
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
  const shell = toReportJson({ ...report, commits: [], record: { ...report.record, tasks: [] } }, options, agentBreakdown(report.record.tasks), estimatorShares(report.record));
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
