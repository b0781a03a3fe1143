/**
 * The leverage options shared by `commit` and `annotate` (--task, --human, --claude, --sup, --tokens,
 * --task-id, --actual, --estimated-by, --agent), turned into trailers and validated with the shared schema before git runs.
 */
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import { readLeverageTrailers, describeProblem, type LeverageField, type Trailer, type TrailerOptions } from '../../trailers/trailerSchema.js';
import { GitError, runGit } from '../../git/runGit.js';
import { checkCommitMessage } from '../../hooks/checkCommitMessage.js';
import { parseTrailersWithGit } from '../../hooks/readMessageTrailers.js';
import { formatWarnings } from '../../hooks/strayLeverageLines.js';
import type { CliIo } from '../commandContext.js';
import { UsageError } from '../../userError.js';

export interface LeverageFlags {
  task?: string;
  human?: string;
  claude?: string;
  sup?: string;
  tokens?: string;
  taskId?: string;
  actual?: string;
  estimatedBy?: string;
  agent?: string;
}

const FLAG_FIELDS: [keyof LeverageFlags, LeverageField][] = [
  ['task', 'task'],
  ['human', 'humanEstimate'],
  ['claude', 'claudeMinutes'],
  ['sup', 'supervisoryMinutes'],
  ['tokens', 'tokens'],
  ['taskId', 'taskId'],
  ['actual', 'humanActual'],
  ['estimatedBy', 'estimatedBy'],
  ['agent', 'agent'],
];

export function addLeverageOptions(command: Command): Command {
  return command
    .option('--task <text>', 'Task: one line describing the task')
    .option('--human <duration>', 'Human-Estimate: 160h, 1.5h, 90m, 2d (bare number = hours)')
    .option('--claude <minutes>', 'Claude-Minutes: 20, 2.5, 1h5m (bare number = minutes)')
    .option('--sup <minutes>', 'Supervisory-Minutes')
    .option('--tokens <count>', 'Tokens: 412000, 412k, 1.2M')
    .option('--task-id <id>', 'Task-Id, e.g. NOTIF-12')
    .option('--actual <duration>', 'Human-Actual: how long a person took without an agent (for calibrate)')
    .option('--estimated-by <who>', 'Estimated-By: agent, human, team, or a name')
    .option('--agent <name>', 'Agent: the coding agent that worked, e.g. claude-code, codex');
}

/** The trailers the flags ask for, with the configured keys. */
export function trailersFromFlags(flags: LeverageFlags, options: TrailerOptions): Trailer[] {
  return FLAG_FIELDS.filter(([flag]) => flags[flag] !== undefined).map(([flag, field]) => ({ key: options.keys[field], value: String(flags[flag]).trim() }));
}

/**
 * Validates the flags' trailers. `partial`: the message may already carry the other trailers (amend,
 * annotate), so only bad values are errors; otherwise a record must be complete too.
 */
export function checkFlagTrailers(trailers: readonly Trailer[], options: TrailerOptions, partial: boolean): void {
  const verdict = readLeverageTrailers(trailers, options);
  if (verdict.kind !== 'invalid') return;
  const problems = verdict.problems.filter((problem) => !partial || problem.value !== undefined);
  if (problems.length > 0) throw new UsageError(`leverage figures do not validate:\n${problems.map((p) => `  ${describeProblem(p)}`).join('\n')}`);
}

/** What the `git commit` arguments passed through say about the message and the kind of commit. */
export interface CommitArgs {
  /** `--amend`. */
  amend: boolean;
  /** A message source is given (`-m`, `-F`, `-C`, `-c`, `-t`, `--fixup`, `--squash` and their long forms). */
  message: boolean;
  /** `-e`/`--edit` (true), `--no-edit` (false), or neither. */
  edit: boolean | undefined;
}

const MESSAGE_LONG = ['--message', '--file', '--reuse-message', '--reedit-message', '--template', '--fixup', '--squash'];
/** Short options that take a value (the rest of the cluster, or the next argument). */
const MESSAGE_SHORT = 'mFCct';
/** Short options whose value, if any, is glued to them (`-uno`, `-Skey`): the cluster ends there. */
const GLUED_SHORT = 'uS';

/**
 * Reads the `git commit` arguments as git would, enough to know whether a message is given and
 * whether the commit is an amend. Long options are matched whole (git also takes unique prefixes:
 * `--amen` is not recognised here, and is passed to git as it is).
 */
export function readCommitArgs(args: readonly string[]): CommitArgs {
  const read: CommitArgs = { amend: false, message: false, edit: undefined };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--') break;
    if (arg.startsWith('--')) {
      const name = arg.split('=', 1)[0] as string;
      if (name === '--amend') read.amend = true;
      else if (name === '--edit') read.edit = true;
      else if (name === '--no-edit') read.edit = false;
      else if (MESSAGE_LONG.includes(name)) {
        read.message = true;
        if (!arg.includes('=')) i += 1; // the value is the next argument
      }
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') continue;
    for (let j = 1; j < arg.length; j += 1) {
      const letter = arg[j] as string;
      if (letter === 'e') read.edit = true;
      if (MESSAGE_SHORT.includes(letter)) {
        read.message = true;
        if (j === arg.length - 1) i += 1; // the value is the next argument
        break;
      }
      if (GLUED_SHORT.includes(letter)) break;
    }
  }
  return read;
}

/**
 * Runs git with the user's terminal when there is one (the editor needs it), else with its output
 * handed to the CLI's streams. Resolves with git's exit code.
 */
export function runGitAttached(args: readonly string[], io: CliIo): Promise<number> {
  const tty = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: io.cwd, env: io.env, stdio: tty ? 'inherit' : ['inherit', 'pipe', 'pipe'] });
    child.stdout?.setEncoding('utf8').on('data', (text: string) => io.stdout(text));
    child.stderr?.setEncoding('utf8').on('data', (text: string) => io.stderr(text));
    child.on('error', (error) => reject(new GitError(`could not run git: ${error.message}`)));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/**
 * What report will not count in a message that has its trailers (as git parsed them), as warning
 * lines for stderr; empty when all is well. `where` names the message (`in HEAD's message`).
 */
export function messageWarnings(message: string, trailers: readonly Trailer[], options: TrailerOptions, where: string, then: string): string {
  const subject = message.split('\n', 1)[0] ?? '';
  const result = checkCommitMessage({ trailers, subject, merging: false, reverting: false, message }, 'never', options);
  const problems = result.problems.map((p) => `git-leverage: warning: ${where}, ${describeProblem(p)}`);
  const text = problems.length > 0 ? `${problems.join('\n')}\n  (report will skip this commit: ${then})\n` : '';
  return text + (result.warnings.length > 0 ? formatWarnings(result.warnings, where, then) : '');
}

/**
 * After `commit` or `annotate --amend` made a commit: HEAD's message read with git's trailer parser,
 * as report reads it, and what report will not count said on stderr. The commit stays as git made it.
 */
export async function warnAboutHead(cwd: string, options: TrailerOptions, io: CliIo): Promise<void> {
  const message = await runGit(['log', '-1', '--encoding=UTF-8', '--format=%B', 'HEAD'], cwd, undefined, io.env);
  const trailers = await parseTrailersWithGit(Buffer.from(message), cwd, io.env);
  io.stderr(messageWarnings(message, trailers, options, "in HEAD's message", 'the commit is made; git commit --amend to fix its message'));
}
