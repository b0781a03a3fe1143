/**
 * The leverage options shared by `commit` and `annotate` (--task, --human, --claude, --sup, --tokens,
 * --task-id), turned into trailers and validated with the shared schema before git runs.
 */
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import { readLeverageTrailers, describeProblem, type LeverageField, type Trailer, type TrailerOptions } from '../../trailers/trailerSchema.js';
import { GitError } from '../../git/runGit.js';
import type { CliIo } from '../program.js';
import { UsageError } from '../usageError.js';

export interface LeverageFlags {
  task?: string;
  human?: string;
  claude?: string;
  sup?: string;
  tokens?: string;
  taskId?: string;
}

const FLAG_FIELDS: [keyof LeverageFlags, LeverageField][] = [
  ['task', 'task'],
  ['human', 'humanEstimate'],
  ['claude', 'claudeMinutes'],
  ['sup', 'supervisoryMinutes'],
  ['tokens', 'tokens'],
  ['taskId', 'taskId'],
];

export function addLeverageOptions(command: Command): Command {
  return command
    .option('--task <text>', 'Task: one line describing the task')
    .option('--human <duration>', 'Human-Estimate: 160h, 1.5h, 90m, 2d (bare number = hours)')
    .option('--claude <minutes>', 'Claude-Minutes: 20, 2.5, 1h5m (bare number = minutes)')
    .option('--sup <minutes>', 'Supervisory-Minutes')
    .option('--tokens <count>', 'Tokens: 412000, 412k, 1.2M')
    .option('--task-id <id>', 'Task-Id, e.g. NOTIF-12');
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
