/**
 * The Action: inputs → commits of the event (or a folder of reports) → one record → job summary,
 * sticky pull-request comment, outputs, and an optional report file. Renders once, writes twice.
 * Any error becomes one `core.setFailed`; a failed comment is only a warning.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { resolveWindow, type WindowFlags } from '../cli/windowFlags.js';
import { readCommitBaseUrls } from '../git/readCommitBaseUrls.js';
import { collectReport, openRepositories } from '../collect/collectReport.js';
import type { ResolvedConfig } from '../config/configSchema.js';
import { loadConfig } from '../config/loadConfig.js';
import type { Repository } from '../git/openRepository.js';
import type { LeverageReport } from '../record/types.js';
import type { MarkdownOptions } from '../render/renderMarkdown.js';
import { renderReport } from '../render/renderReport.js';
import { renderJson } from '../render/reportJson.js';
import { dateIn } from '../time/reportWindow.js';
import { ensureHistory, HistoryError } from './ensureHistory.js';
import { COMMENT_LIMIT_CHARS, fitMarkdown, fitsBytes, fitsChars, SUMMARY_LIMIT_BYTES, type FittedMarkdown } from './fitMarkdown.js';
import { createGitHubClient, findPullRequestByHead, tokenIdentity, type RepoRef } from './githubClient.js';
import { planFromEvent, PULL_REQUEST_EVENTS, type RunPlan } from './planFromEvent.js';
import { publishComment } from './publishComment.js';
import { readInputs, type ActionInputs, type ActionMode } from './readInputs.js';
import { readReportFolder } from './readReportFolder.js';
import { reportOutputs } from './reportOutputs.js';
import { commentMarker } from './stickyComment.js';

export interface RunOptions {
  /** The clock (the day a scheduled run reports is yesterday of `now()`). */
  now?: () => Date;
}

/** GitHub keeps at most 1 MiB of a step's output. */
const OUTPUT_LIMIT_BYTES = 1024 * 1024;

/** Heading level of the record inside a job summary or a comment. */
const HEADING_LEVEL = 2;

interface WorkflowEvent {
  name: string;
  payload: Record<string, unknown>;
}

async function readEvent(env: NodeJS.ProcessEnv): Promise<WorkflowEvent> {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return { name, payload: {} };
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    throw new Error(`cannot read the event payload GITHUB_EVENT_PATH=${file}: ${error.message}`);
  });
  return { name, payload: JSON.parse(text) as Record<string, unknown> };
}

function repoRef(env: NodeJS.ProcessEnv): RepoRef | undefined {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return owner && repo && rest.length === 0 ? { owner, repo } : undefined;
}

/** `both` on pull requests (and workflow_run, the fork recipe's comment job), `summary` otherwise. */
export function effectiveMode(mode: ActionMode | undefined, eventName: string): ActionMode {
  if (mode !== undefined) return mode;
  return (PULL_REQUEST_EVENTS as readonly string[]).includes(eventName) || eventName === 'workflow_run' ? 'both' : 'summary';
}

/** Brings in the history the plan needs in every repository; the plan's fallback when that fails. */
async function prepareHistory(inputs: ActionInputs, plan: RunPlan, workspace: string): Promise<RunPlan> {
  try {
    for (const given of inputs.repositories) {
      await ensureHistory(path.resolve(workspace, given), plan.needs, plan.flags.range, { info: (message) => core.info(`${given}: ${message}`) });
    }
    return plan;
  } catch (error) {
    if (!(error instanceof HistoryError) || plan.fallback === undefined) throw error;
    core.warning(`${error.message.split('. ')[0]}; reporting ${plan.fallback.label} instead`);
    return prepareHistory(inputs, plan.fallback, workspace);
  }
}

interface Collected {
  report: LeverageReport;
  config: ResolvedConfig;
  /** The repositories read (undefined when the report was merged from files). */
  repositories: Repository[] | undefined;
}

async function collectFromGit(inputs: ActionInputs, planned: RunPlan, workspace: string, now: Date): Promise<Collected> {
  const plan = await prepareHistory(inputs, planned, workspace);
  const repositories = await openRepositories(inputs.repositories, workspace);
  const config = await loadConfig((repositories[0] as Repository).root, inputs.config && path.resolve(workspace, inputs.config));
  const timezone = inputs.timezone ?? config.timezone ?? 'UTC';
  const flags: WindowFlags = { ...plan.flags, timezone };
  if (plan.defaultDay === 'yesterday' && !flags.range && !flags.since && !flags.date) flags.date = dateIn(timezone, now, -1);
  const window = await resolveWindow(flags, config, now);
  if (plan.label !== undefined) window.label = plan.label;
  core.info(`reading ${window.label} (${window.timezone}) in ${repositories.map((repo) => repo.label).join(', ')}`);
  return { report: await collectReport({ repositories, window, config }), config, repositories };
}

/** Merge mode: the reports in a folder; the configuration (for the chart) from `config` or the workspace. */
async function collectFromReports(inputs: ActionInputs, folder: string, workspace: string): Promise<Collected> {
  const merged = await readReportFolder(path.resolve(workspace, folder), folder);
  core.info(`merged ${merged.files.length} reports from ${folder}`);
  const config = await loadConfig(workspace, inputs.config && path.resolve(workspace, inputs.config));
  return { report: merged.report, config, repositories: undefined };
}

async function writeSummary(fitted: FittedMarkdown, env: NodeJS.ProcessEnv): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set (not on a GitHub runner?): no job summary written');
    return;
  }
  await core.summary.addRaw(fitted.text, true).write();
}

async function writeComment(inputs: ActionInputs, plan: RunPlan, report: LeverageReport, markdown: MarkdownOptions, env: NodeJS.ProcessEnv): Promise<void> {
  const repo = repoRef(env);
  if (!repo) {
    core.warning('GITHUB_REPOSITORY is not set to owner/name: no pull-request comment');
    return;
  }
  if (inputs.token === '') {
    core.warning('github-token is empty: no pull-request comment (the job summary has the record)');
    return;
  }
  const client = createGitHubClient(inputs.token, env.GITHUB_API_URL || 'https://api.github.com', { warning: core.warning, debug: core.debug });
  let pullRequest = plan.pullRequest;
  const headSha = plan.pullRequestHeadSha;
  if (pullRequest === undefined && headSha !== undefined) {
    pullRequest = await findPullRequestByHead(client, repo, headSha).catch((error: Error) => {
      core.warning(`could not look up the pull request of ${headSha}: ${error.message}`);
      return undefined;
    });
  }
  if (pullRequest === undefined) {
    core.info('no pull request in this event: no comment');
    return;
  }
  const marker = commentMarker(inputs.reportId);
  const fitted = fitMarkdown(report, markdown, fitsChars(COMMENT_LIMIT_CHARS, marker.length + 1));
  if (fitted.leftOutRows > 0) core.info(`the comment leaves out ${fitted.leftOutRows} task rows to stay within ${COMMENT_LIMIT_CHARS} characters`);
  const identity = inputs.commentAuthor ?? (await tokenIdentity(client, { warning: core.warning, debug: core.debug }));
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
    core.warning(outcome.warning);
    return;
  }
  if (outcome.kind === 'none') {
    core.info(`pull request #${pullRequest} has no leverage records and comment-when-empty is false: no comment`);
    return;
  }
  core.info(`pull request #${pullRequest}: comment ${outcome.comment.id} ${outcome.kind}`);
  core.setOutput('comment-id', String(outcome.comment.id));
  if (outcome.comment.html_url) core.setOutput('comment-url', outcome.comment.html_url);
}

export async function run(options: RunOptions = {}): Promise<void> {
  const now = options.now ?? (() => new Date());
  const env = process.env;
  try {
    // Masked before anything else can print it.
    const token = core.getInput('github-token');
    if (token) core.setSecret(token);
    const inputs = readInputs((name) => core.getInput(name));
    const event = await readEvent(env);
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const plan = planFromEvent(event.name, event.payload, inputs);
    if (inputs.merge === undefined && plan.skip !== undefined) {
      core.info(plan.skip);
      return;
    }
    const { report, config, repositories } =
      inputs.merge !== undefined ? await collectFromReports(inputs, inputs.merge, workspace) : await collectFromGit(inputs, plan, workspace, now());
    const markdown: MarkdownOptions = { headingLevel: HEADING_LEVEL, chart: config.chart };

    const summary = fitMarkdown(report, markdown, fitsBytes(SUMMARY_LIMIT_BYTES, 1));
    for (const [name, value] of Object.entries(reportOutputs(report))) core.setOutput(name, value);
    core.setOutput('markdown', summary.text);
    const json = renderJson(report);
    if (Buffer.byteLength(json) <= OUTPUT_LIMIT_BYTES) core.setOutput('json', json);
    else {
      core.setOutput('json', '');
      core.warning(`the JSON report is ${Math.ceil(Buffer.byteLength(json) / 1024)} KiB, over the 1 MiB a step output may hold: the json output is empty; write it with format: json and output-file instead`);
    }
    if (inputs.outputFile !== undefined) {
      const file = path.resolve(workspace, inputs.outputFile);
      await mkdir(path.dirname(file), { recursive: true });
      const links = inputs.format === 'html' && repositories ? { commitBaseUrls: await readCommitBaseUrls(repositories) } : {};
      await writeFile(file, renderReport(report, inputs.format, { markdown, ...links }));
      core.setOutput('report-file', file);
      core.info(`wrote the ${inputs.format} report to ${inputs.outputFile}`);
    }

    const mode = effectiveMode(inputs.mode, event.name);
    if (mode === 'summary' || mode === 'both') await writeSummary(summary, env);
    if (mode === 'comment' || mode === 'both') await writeComment(inputs, plan, report, markdown, env);

    const skipped = report.record.skipped.length;
    if (skipped > 0) {
      const message = `${skipped} commit${skipped === 1 ? '' : 's'} carry leverage trailers that do not validate; the record lists ${skipped === 1 ? 'it' : 'them'} under "Skipped commits"`;
      if (inputs.failOnInvalid) core.setFailed(`${message} (fail-on-invalid is true)`);
      else core.warning(message);
    }
  } catch (error) {
    core.debug((error as Error)?.stack ?? String(error));
    core.setFailed((error as Error)?.message ?? String(error));
  }
}
