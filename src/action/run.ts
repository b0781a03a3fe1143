/**
 * The Action: inputs → commits of the event (or a folder of reports) → one record → job summary,
 * sticky pull-request comment, outputs, and an optional report file. Renders once, writes twice.
 * Everything from outside comes through an ActionContext (index.ts builds it from the process); any
 * error becomes one `setFailed`, and a failed comment is only a warning.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveWindow, type WindowRequest } from '../window/windowRequest.js';
import { readCommitBaseUrls } from '../git/readCommitBaseUrls.js';
import { collectReport, openRepositories } from '../collect/collectReport.js';
import type { ResolvedConfig } from '../config/configSchema.js';
import { loadConfig } from '../config/loadConfig.js';
import type { Repository } from '../git/openRepository.js';
import type { LeverageReport } from '../record/types.js';
import type { MarkdownOptions } from '../render/renderMarkdown.js';
import { renderReport } from '../render/renderReport.js';
import { renderJson } from '../reportJson/renderReportJson.js';
import { dateIn } from '../window/reportWindow.js';
import { inputFrom, type ActionContext, type ActionRunner } from './actionContext.js';
import { ensureHistory, HistoryError, type HistoryScope } from './ensureHistory.js';
import { fetchNotes } from './fetchNotes.js';
import { writeNotes } from './writeNotes.js';
import { COMMENT_LIMIT_CHARS, fitMarkdown, fitsBytes, fitsChars, SUMMARY_LIMIT_BYTES } from './fitMarkdown.js';
import { createGitHubClient, findPullRequestByHead, tokenIdentity, type RepoRef } from './githubClient.js';
import { planFromEvent, PULL_REQUEST_EVENTS, type RunPlan } from './planFromEvent.js';
import { actionContextFromProcess } from './processContext.js';
import { publishComment } from './publishComment.js';
import { readInputs, type ActionInputs, type ActionMode } from './readInputs.js';
import { readReportFolder } from './readReportFolder.js';
import { reportOutputs } from './reportOutputs.js';
import { commentMarker } from './stickyComment.js';

/** GitHub keeps at most 1 MiB of a step's output. */
const OUTPUT_LIMIT_BYTES = 1024 * 1024;

/** Heading level of the record inside a job summary or a comment. */
const HEADING_LEVEL = 2;

interface WorkflowEvent {
  name: string;
  payload: Record<string, unknown>;
}

async function readEvent(env: ActionContext['env']): Promise<WorkflowEvent> {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return { name, payload: {} };
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    throw new Error(`cannot read the event payload GITHUB_EVENT_PATH=${file}: ${error.message}`);
  });
  return { name, payload: JSON.parse(text) as Record<string, unknown> };
}

function repoRef(env: ActionContext['env']): RepoRef | undefined {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return owner && repo && rest.length === 0 ? { owner, repo } : undefined;
}

/** `both` on pull requests (and workflow_run, the fork recipe's comment job), `summary` otherwise. */
export function effectiveMode(mode: ActionMode | undefined, eventName: string): ActionMode {
  if (mode !== undefined) return mode;
  return (PULL_REQUEST_EVENTS as readonly string[]).includes(eventName) || eventName === 'workflow_run' ? 'both' : 'summary';
}

/**
 * Brings in the history the plan needs in every repository; the plan's fallback when that fails. A
 * day or span is fetched from `lookBackDays` before `windowStart` on (the fallback is always a range).
 */
async function prepareHistory(inputs: ActionInputs, plan: RunPlan, workspace: string, runner: ActionRunner, windowStart: number | undefined, lookBackDays?: number): Promise<RunPlan> {
  const range = plan.flags.range;
  const scope: HistoryScope | undefined = range !== undefined ? { range } : windowStart !== undefined ? { start: windowStart, lookBackDays } : undefined;
  try {
    for (const given of inputs.repositories) {
      await ensureHistory(path.resolve(workspace, given), plan.needs, scope, { info: (message) => runner.info(`${given}: ${message}`) });
    }
    return plan;
  } catch (error) {
    if (!(error instanceof HistoryError) || plan.fallback === undefined) throw error;
    runner.warning(`${error.message.split('. ')[0]}; reporting ${plan.fallback.label} instead`);
    return prepareHistory(inputs, plan.fallback, workspace, runner, undefined);
  }
}

/** The report's window for a plan, in the zone of the inputs or the configuration. */
function windowOf(plan: RunPlan, timezone: string, configured: string | undefined, now: Date) {
  const flags: WindowRequest = { ...plan.flags, timezone };
  if (plan.defaultDay === 'yesterday' && !flags.range && !flags.since && !flags.date) flags.date = dateIn(timezone, now, -1);
  const window = resolveWindow(flags, configured, now);
  if (plan.label !== undefined) window.label = plan.label;
  return window;
}

interface Collected {
  report: LeverageReport;
  config: ResolvedConfig;
  /** The repositories read (undefined when the report was merged from files). */
  repositories: Repository[] | undefined;
}

async function collectFromGit(inputs: ActionInputs, planned: RunPlan, workspace: string, now: Date, runner: ActionRunner): Promise<Collected> {
  // The window (its zone may come from the configuration) decides how much history to fetch.
  const opened = await openRepositories(inputs.repositories, workspace);
  const config = await loadConfig((opened[0] as Repository).root, inputs.config && path.resolve(workspace, inputs.config));
  const timezone = inputs.timezone ?? config.timezone ?? 'UTC';
  // The estimate check compares a day's tasks with those of the days before it: fetch those too.
  const lookBackDays = config.estimates.check ? config.estimates.lookbackDays + 1 : 1;
  const plan = await prepareHistory(inputs, planned, workspace, runner, windowOf(planned, timezone, config.timezone, now).start, lookBackDays);
  for (const given of inputs.repositories) {
    await fetchNotes(path.resolve(workspace, given), { info: (message) => runner.info(`${given}: ${message}`), warning: (message) => runner.warning(`${given}: ${message}`) });
  }
  // Opened again: the fetches moved the shallow boundary.
  const repositories = await openRepositories(inputs.repositories, workspace);
  const window = windowOf(plan, timezone, config.timezone, now);
  runner.info(`reading ${window.label} (${window.timezone}) in ${repositories.map((repo) => repo.label).join(', ')}`);
  return { report: await collectReport({ repositories, window, config }), config, repositories };
}

/** Merge mode: the reports in a folder; the configuration (for the chart) from `config` or the workspace. */
async function collectFromReports(inputs: ActionInputs, folder: string, workspace: string, runner: ActionRunner): Promise<Collected> {
  const merged = await readReportFolder(path.resolve(workspace, folder), folder);
  runner.info(`merged ${merged.files.length} reports from ${folder}`);
  const config = await loadConfig(workspace, inputs.config && path.resolve(workspace, inputs.config));
  return { report: merged.report, config, repositories: undefined };
}

async function writeComment(inputs: ActionInputs, plan: RunPlan, report: LeverageReport, markdown: MarkdownOptions, context: ActionContext): Promise<void> {
  const { env, runner } = context;
  const repo = repoRef(env);
  if (!repo) {
    runner.warning('GITHUB_REPOSITORY is not set to owner/name: no pull-request comment');
    return;
  }
  if (inputs.token === '') {
    runner.warning('github-token is empty: no pull-request comment (the job summary has the record)');
    return;
  }
  const client = createGitHubClient(inputs.token, env.GITHUB_API_URL || 'https://api.github.com', runner, context.githubWaits);
  let pullRequest = plan.pullRequest;
  const headSha = plan.pullRequestHeadSha;
  if (pullRequest === undefined && headSha !== undefined) {
    pullRequest = await findPullRequestByHead(client, repo, headSha).catch((error: Error) => {
      runner.warning(`could not look up the pull request of ${headSha}: ${error.message}`);
      return undefined;
    });
  }
  if (pullRequest === undefined) {
    runner.info('no pull request in this event: no comment');
    return;
  }
  const marker = commentMarker(inputs.reportId);
  const fitted = fitMarkdown(report, markdown, fitsChars(COMMENT_LIMIT_CHARS, marker.length + 1));
  if (fitted.leftOutRows > 0) runner.info(`the comment leaves out ${fitted.leftOutRows} task rows to stay within ${COMMENT_LIMIT_CHARS} characters`);
  const identity = inputs.commentAuthor ?? (await tokenIdentity(client, runner));
  const outcome = await publishComment(client, {
    repo,
    pullRequest,
    marker,
    markdown: fitted.text,
    identity,
    hasRecords: report.record.tasks.length > 0 || report.record.skipped.length > 0,
    commentWhenEmpty: inputs.commentWhenEmpty,
  });
  if (outcome.kind === 'failed') {
    runner.warning(outcome.warning);
    return;
  }
  if (outcome.kind === 'none') {
    runner.info(`pull request #${pullRequest} has no leverage records and comment-when-empty is false: no comment`);
    return;
  }
  runner.info(`pull request #${pullRequest}: comment ${outcome.comment.id} ${outcome.kind}`);
  runner.setOutput('comment-id', String(outcome.comment.id));
  if (outcome.comment.html_url) runner.setOutput('comment-url', outcome.comment.html_url);
}

/** write-notes: on a push to the default branch, the records of the pull requests it landed, as notes. */
async function writeNotesOfPush(inputs: ActionInputs, event: WorkflowEvent, report: LeverageReport, config: ResolvedConfig, repository: Repository | undefined, context: ActionContext): Promise<void> {
  const { env, runner } = context;
  const defaultBranch = (event.payload.repository as { default_branch?: unknown } | undefined)?.default_branch;
  const range = report.window.range;
  if (event.name !== 'push' || typeof defaultBranch !== 'string' || event.payload.ref !== `refs/heads/${defaultBranch}` || repository === undefined) {
    runner.info('write-notes applies to a push to the default branch: no notes written');
    return;
  }
  if (range === undefined || !range.includes('..')) {
    runner.info('write-notes: the push created the branch (no earlier head to compare with): no notes written');
    return;
  }
  const repo = repoRef(env);
  if (!repo || inputs.token === '') {
    runner.warning(`write-notes: ${repo ? 'github-token is empty' : 'GITHUB_REPOSITORY is not set to owner/name'}: no notes written`);
    return;
  }
  const client = createGitHubClient(inputs.token, env.GITHUB_API_URL || 'https://api.github.com', runner, context.githubWaits);
  await writeNotes({
    // The first repository is the one the event is about (the others are read beside it).
    dir: repository.root,
    repo,
    client,
    range,
    defaultBranch,
    carried: report.commits.filter((commit) => commit.repo === repository.label),
    trailerOptions: config.trailerOptions,
    log: { info: runner.info, warning: runner.warning },
  });
}

/**
 * Runs the step: reads the inputs once, reports, writes the outputs. Everything from outside comes
 * through `context`; any error becomes one `setFailed`. Without one (as `@github/local-action` calls
 * it), the context is this process's.
 */
export async function run(context: ActionContext = actionContextFromProcess()): Promise<void> {
  const { env, runner } = context;
  try {
    // Masked before anything else can print it.
    const token = inputFrom(env, 'github-token');
    if (token) runner.setSecret(token);
    const inputs = readInputs((name) => inputFrom(env, name));
    const event = await readEvent(env);
    const workspace = env.GITHUB_WORKSPACE || context.cwd;
    const plan = planFromEvent(event.name, event.payload, inputs);
    if (inputs.merge === undefined && plan.skip !== undefined) {
      runner.info(plan.skip);
      return;
    }
    const { report, config, repositories } =
      inputs.merge !== undefined ? await collectFromReports(inputs, inputs.merge, workspace, runner) : await collectFromGit(inputs, plan, workspace, context.now(), runner);
    // A label the Action wrote (`pull request #7`) keeps its links; one read from reports is defused.
    const markdown: MarkdownOptions = { headingLevel: HEADING_LEVEL, chart: config.chart, ownLabel: inputs.merge === undefined };

    const summary = fitMarkdown(report, markdown, fitsBytes(SUMMARY_LIMIT_BYTES, 1));
    for (const [name, value] of Object.entries(reportOutputs(report))) runner.setOutput(name, value);
    runner.setOutput('markdown', summary.text);
    const json = renderJson(report);
    if (Buffer.byteLength(json) <= OUTPUT_LIMIT_BYTES) runner.setOutput('json', json);
    else {
      runner.setOutput('json', '');
      runner.warning(`the JSON report is ${Math.ceil(Buffer.byteLength(json) / 1024)} KiB, over the 1 MiB a step output may hold: the json output is empty; write it with format: json and output-file instead`);
    }
    if (inputs.outputFile !== undefined) {
      const file = path.resolve(workspace, inputs.outputFile);
      await mkdir(path.dirname(file), { recursive: true });
      const links = inputs.format === 'html' && repositories ? { commitBaseUrls: await readCommitBaseUrls(repositories) } : {};
      await writeFile(file, renderReport(report, inputs.format, { markdown, ...links }));
      runner.setOutput('report-file', file);
      runner.info(`wrote the ${inputs.format} report to ${inputs.outputFile}`);
    }

    const mode = effectiveMode(inputs.mode, event.name);
    if (mode === 'summary' || mode === 'both') await runner.writeSummary(summary.text);
    if (mode === 'comment' || mode === 'both') await writeComment(inputs, plan, report, markdown, context);

    if (inputs.writeNotes) await writeNotesOfPush(inputs, event, report, config, repositories?.[0], context);

    const skipped = report.record.skipped.length;
    if (skipped > 0) {
      const message = `${skipped} ${skipped === 1 ? 'commit carries' : 'commits carry'} leverage trailers that do not validate; the record lists ${skipped === 1 ? 'it' : 'them'} under "Skipped commits"`;
      if (inputs.failOnInvalid) runner.setFailed(`${message} (fail-on-invalid is true)`);
      else runner.warning(message);
    }
  } catch (error) {
    runner.debug((error as Error)?.stack ?? String(error));
    runner.setFailed((error as Error)?.message ?? String(error));
  }
}
