/**
 * Runs the Action with the environment a GitHub runner gives it: INPUT_* for the inputs, the event
 * payload in a file, GITHUB_* variables, GITHUB_API_URL pointing at a fake API.
 *
 * `runAction` calls run() in this process with a recording runner, a fixed clock and no GitHub
 * waits (what most tests mean: the Action's behaviour). `runBundle` runs dist/index.js as a child
 * process, as a workflow does, reading back the step summary and GITHUB_OUTPUT files it wrote.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActionRunner } from '../../../src/action/actionContext.js';
import { NO_WAITS } from '../../../src/action/githubClient.js';
import { run } from '../../../src/action/run.js';
import { isolatedGitEnv } from '../../../src/git/isolatedGitEnv.js';
import { makeTempDir } from '../../helpers/tempRepo.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const BUNDLE = path.join(REPO_ROOT, 'dist', 'index.js');
/** A token no output may ever show. */
export const SECRET_TOKEN = 'ghs_SeCrEtT0kenNeverPrinted4242';

export interface WorkflowCommand {
  command: string;
  message: string;
}

export interface ActionRun {
  /** The step's exit code: 1 once it is marked failed. */
  code: number | null;
  /** What the step printed, as the runner's log shows it (`::warning::…` for workflow commands). */
  log: string;
  summary: string;
  outputs: Record<string, string>;
  /** Workflow commands (`warning`, `error`, `add-mask`, …), in order. */
  commands: WorkflowCommand[];
}

export interface ActionRunOptions {
  workspace: string;
  eventName: string;
  payload: unknown;
  inputs?: Record<string, string>;
  apiUrl?: string;
  /** The clock (in-process runs only; default 2026-04-13T08:00:00Z). */
  now?: string;
  env?: Record<string, string>;
}

/** Parses GITHUB_OUTPUT's `name<<DELIMITER` … `DELIMITER` records. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const head = /^([^<=]+)<<(.+)$/.exec(lines[i] as string);
    if (!head) continue;
    const [, name, delimiter] = head as unknown as [string, string, string];
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== delimiter; i += 1) value.push(lines[i] as string);
    outputs[name] = value.join('\n');
  }
  return outputs;
}

export function parseCommands(stdout: string): WorkflowCommand[] {
  return [...stdout.matchAll(/^::([a-z-]+)(?: [^:]*)?::(.*)$/gm)].map((match) => ({
    command: match[1] as string,
    message: (match[2] as string).replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'),
  }));
}

/** The runner's environment for one step; the event payload written where GITHUB_EVENT_PATH says. */
async function runnerEnv(options: ActionRunOptions, runnerDir: string, files: { summary?: string; output?: string } = {}): Promise<Record<string, string | undefined>> {
  const eventPath = path.join(runnerDir, 'event.json');
  await writeFile(eventPath, JSON.stringify(options.payload, null, 2));
  const inputs = { 'github-token': SECRET_TOKEN, repositories: '.', 'fail-on-invalid': 'false', 'comment-when-empty': 'true', 'report-id': 'record', format: 'md', ...options.inputs };
  const env: Record<string, string | undefined> = {
    ...isolatedGitEnv({ PATH: process.env.PATH, LANG: 'C.UTF-8', TZ: 'UTC' }, undefined, path.join(runnerDir, 'home')),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_WORKSPACE: options.workspace,
    ...(files.summary ? { GITHUB_STEP_SUMMARY: files.summary } : {}),
    ...(files.output ? { GITHUB_OUTPUT: files.output } : {}),
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.test',
    RUNNER_TEMP: runnerDir,
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return env;
}

/** run() in this process. git still runs as a child, with this process's environment. */
export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const env = await runnerEnv(options, await makeTempDir('git-leverage-runner-'));
  const lines: string[] = [];
  const commands: WorkflowCommand[] = [];
  const outputs: Record<string, string> = {};
  let summary = '';
  let failed = false;
  const command = (name: string, message: string) => {
    commands.push({ command: name, message });
    lines.push(`::${name}::${message}`);
  };
  const runner: ActionRunner = {
    info: (message) => lines.push(message),
    warning: (message) => command('warning', message),
    debug: (message) => command('debug', message),
    setSecret: (value) => command('add-mask', value),
    setOutput: (name, value) => void (outputs[name] = value),
    setFailed: (message) => {
      failed = true;
      command('error', message);
    },
    // As core.summary.addRaw(text, true).write() appends it.
    writeSummary: async (markdown) => void (summary += `${markdown}\n`),
  };
  const now = new Date(options.now ?? '2026-04-13T08:00:00Z');
  await run({ env, cwd: options.workspace, now: () => now, runner, githubWaits: NO_WAITS });
  return { code: failed ? 1 : 0, log: lines.join('\n'), summary, outputs, commands };
}

let bundleCopy: Promise<string> | undefined;

/**
 * The bundle copied once per test file (index.js, its lazily loaded chunks, the package.json that
 * makes it ESM) into a temporary folder: a rebuild of dist/ while tests run cannot pull it away, and
 * no node_modules is near it.
 */
function stableBundle(): Promise<string> {
  bundleCopy ??= (async () => {
    const dist = path.dirname(BUNDLE);
    // A build in progress empties dist/ for a few seconds: wait for it rather than fail.
    for (let attempt = 0; ; attempt += 1) {
      try {
        if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build first`);
        const dir = await makeTempDir('git-leverage-dist-');
        for (const entry of await readdir(dist, { withFileTypes: true })) {
          if (entry.isFile()) await copyFile(path.join(dist, entry.name), path.join(dir, entry.name));
        }
        return path.join(dir, 'index.js');
      } catch (error) {
        if (attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
    }
  })();
  return bundleCopy;
}

export interface BundleRun extends ActionRun {
  stdout: string;
  stderr: string;
}

/** dist/index.js (or `bundle`, another copy of it) as a child process, as the runner starts it; the real clock and octokit's waits. */
export async function runBundle(options: ActionRunOptions & { bundle?: string }): Promise<BundleRun> {
  const bundle = options.bundle ?? (await stableBundle());
  const runnerDir = await makeTempDir('git-leverage-runner-');
  const summaryPath = path.join(runnerDir, 'step_summary.md');
  const outputPath = path.join(runnerDir, 'output.txt');
  await writeFile(summaryPath, '');
  await writeFile(outputPath, '');
  const env = await runnerEnv(options, runnerDir, { summary: summaryPath, output: outputPath });
  const child = spawn(process.execPath, [bundle], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const summary = await readFile(summaryPath, 'utf8');
  const outputs = parseOutputFile(await readFile(outputPath, 'utf8'));
  return { code, log: stdout + stderr, stdout, stderr, summary, outputs, commands: parseCommands(stdout) };
}
