/**
 * Everything the Action reads from or writes to the outside, as one value handed to `run()`: the
 * runner's environment (inputs and GITHUB_* variables), the clock, the folder it started in, the
 * runner's side of a step (log, outputs, secrets, job summary, failure) and the GitHub client's waits.
 * index.ts builds it from the process (processContext.ts); tests build their own and run in-process.
 */
import type { GitHubWaits } from './githubClient.js';

/** The runner's side of a step: what @actions/core writes as workflow commands and files. */
export interface ActionRunner {
  info: (message: string) => void;
  warning: (message: string) => void;
  debug: (message: string) => void;
  /** Masks a value in the runner's logs. */
  setSecret: (value: string) => void;
  setOutput: (name: string, value: string) => void;
  /** Marks the step failed (once per run: run() calls it for its one error). */
  setFailed: (message: string) => void;
  /** Appends Markdown to the job summary. */
  writeSummary: (markdown: string) => Promise<void>;
}

export interface ActionContext {
  /** The runner's environment: INPUT_<NAME> inputs and GITHUB_* variables (event, workspace, repository, API). */
  env: Readonly<Record<string, string | undefined>>;
  /** The workspace when GITHUB_WORKSPACE is unset. */
  cwd: string;
  /** The clock (a scheduled run reports yesterday of `now()`). */
  now: () => Date;
  runner: ActionRunner;
  /** The GitHub client's retry and rate-limit waits; undefined keeps octokit's own. */
  githubWaits?: GitHubWaits;
}

/**
 * The raw text of an input, as `core.getInput` reads it from `process.env`: `INPUT_` and the name with
 * spaces as `_`, upper-cased; trimmed; empty when unset.
 */
export function inputFrom(env: ActionContext['env'], name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
