/**
 * The `git-leverage` command line: one commander program, one file per command under commands/.
 * `runCli` takes its I/O as a value so tests drive it in-process against real repositories.
 */
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/configSchema.js';
import { RepositoryError } from '../git/openRepository.js';
import { GitError } from '../git/runGit.js';
import { ShallowHistoryError } from '../git/streamCommits.js';
import { ReportJsonError } from '../render/reportJson.js';
import { WindowError } from '../time/reportWindow.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerReportCommand } from './commands/report.js';
import { PACKAGE_VERSION } from './version.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  now: () => Date;
}

/** What a command's action hands back: the process exit code. */
export interface CommandContext {
  io: CliIo;
  setExitCode: (code: number) => void;
}

/** Errors the user can act on: printed as one clear message, no stack trace. */
const USER_ERRORS = [ConfigError, RepositoryError, GitError, ShallowHistoryError, WindowError, ReportJsonError];

export class UsageError extends Error {
  override name = 'UsageError';
}

export function buildProgram(context: CommandContext): Command {
  const program = new Command('git-leverage')
    .description('Leverage records from git commit trailers: human-estimate hours against agent and supervisory minutes.')
    .version(PACKAGE_VERSION, '-V, --version')
    .showHelpAfterError('(run git-leverage --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: context.io.stdout, writeErr: context.io.stderr });
  registerReportCommand(program, context);
  registerDemoCommand(program, context);
  for (const command of program.commands) command.exitOverride();
  return program;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const program = buildProgram({ io, setExitCode: (code) => (exitCode = code) });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof UsageError) {
      io.stderr(`git-leverage: ${error.message}\n`);
      return 2;
    }
    if (USER_ERRORS.some((kind) => error instanceof kind)) {
      io.stderr(`git-leverage: ${(error as Error).message}\n`);
      return 1;
    }
    throw error;
  }
}
