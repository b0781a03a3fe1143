/**
 * Runs the bundled Action (dist/index.js) as a child process with the environment a GitHub runner
 * gives it: INPUT_* for the inputs, the event payload in a file, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT
 * files, GITHUB_API_URL pointing at a fake API. Git runs isolated from this machine's configuration.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isolatedGitEnv } from '../../../src/git/isolatedGitEnv.js';
import { makeTempDir } from '../../helpers/tempRepo.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const BUNDLE = path.join(REPO_ROOT, 'dist', 'index.js');
/** A token no output may ever show. */
export const SECRET_TOKEN = 'ghs_SeCrEtT0kenNeverPrinted4242';

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  /** Workflow commands the Action printed (`::warning::…`), by command. */
  commands: Array<{ command: string; message: string }>;
}

export interface ActionRunOptions {
  workspace: string;
  eventName: string;
  payload: unknown;
  inputs?: Record<string, string>;
  apiUrl?: string;
  /** GIT_LEVERAGE_NOW: the fixed clock of index.ts. */
  now?: string;
  /** Another copy of the bundle (the no-node_modules smoke test). */
  bundle?: string;
  env?: NodeJS.ProcessEnv;
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

export function parseCommands(stdout: string): Array<{ command: string; message: string }> {
  return [...stdout.matchAll(/^::([a-z-]+)(?: [^:]*)?::(.*)$/gm)].map((match) => ({
    command: match[1] as string,
    message: (match[2] as string).replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'),
  }));
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

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const bundle = options.bundle ?? (await stableBundle());
  const runner = await makeTempDir('git-leverage-runner-');
  const eventPath = path.join(runner, 'event.json');
  const summaryPath = path.join(runner, 'step_summary.md');
  const outputPath = path.join(runner, 'output.txt');
  await writeFile(eventPath, JSON.stringify(options.payload, null, 2));
  await writeFile(summaryPath, '');
  await writeFile(outputPath, '');
  const inputs = { 'github-token': SECRET_TOKEN, repositories: '.', 'fail-on-invalid': 'false', 'comment-when-empty': 'true', 'report-id': 'record', format: 'md', ...options.inputs };
  const env: NodeJS.ProcessEnv = {
    ...isolatedGitEnv({ PATH: process.env.PATH, LANG: 'C.UTF-8', TZ: 'UTC' }, undefined, path.join(runner, 'home')),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.test',
    RUNNER_TEMP: runner,
    ...(options.now ? { GIT_LEVERAGE_NOW: options.now } : {}),
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const child = spawn(process.execPath, [bundle], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const summary = await readFile(summaryPath, 'utf8');
  const outputs = parseOutputFile(await readFile(outputPath, 'utf8'));
  return { code, stdout, stderr, summary, outputs, commands: parseCommands(stdout) };
}
