/**
 * The `git-leverage` command line: one commander program, one file per command under commands/.
 * `runCli` takes its I/O as a value so tests drive it in-process against real repositories.
 */
import { Command, CommanderError } from 'commander';
import { UsageError, UserError } from '../userError.js';
import type { CliIo, CommandContext } from './commandContext.js';
import { OutputClosedError } from './output.js';
import { PACKAGE_VERSION } from './version.js';

type RegisterCommand = (program: Command, context: CommandContext) => void;

/**
 * Every command, in the order help lists them, and how to load the module that registers it. A
 * command's module (and all it imports) is loaded only when it is needed: `git-leverage report`
 * reads and compiles report's code, not the hooks', the dashboard's or merge's, so start-up does not
 * grow with every command added. Help, a mistyped command or none at all load every command; the
 * version, none.
 */
const COMMANDS: ReadonlyArray<readonly [name: string, load: () => Promise<RegisterCommand>]> = [
  ['report', async () => (await import('./commands/report.js')).registerReportCommand],
  ['calibrate', async () => (await import('./commands/calibrate.js')).registerCalibrateCommand],
  ['demo', async () => (await import('./commands/demo.js')).registerDemoCommand],
  ['merge', async () => (await import('./commands/merge.js')).registerMergeCommand],
  ['dashboard', async () => (await import('./commands/dashboard.js')).registerDashboardCommand],
  ['hook', async () => (await import('./commands/hook.js')).registerHookCommand],
  ['commit', async () => (await import('./commands/commit.js')).registerCommitCommand],
  ['annotate', async () => (await import('./commands/annotate.js')).registerAnnotateCommand],
  ['validate', async () => (await import('./commands/validate.js')).registerValidateCommand],
  ['measure', async () => (await import('./commands/measure.js')).registerMeasureCommand],
];

/** The command `argv` starts with; none when it starts with an option (`--help report` lists every command). */
function commandName(argv: readonly string[]): string | undefined {
  const first = argv[0];
  return first === undefined || first.startsWith('-') ? undefined : first;
}

/** The commands `argv` needs: the one it names; none for the version (commander answers before any command runs); else all. */
function commandsFor(argv: readonly string[] | undefined): typeof COMMANDS {
  if (!argv) return COMMANDS;
  if (argv[0] === '-V' || argv[0] === '--version') return [];
  const name = commandName(argv);
  const named = COMMANDS.filter(([command]) => command === name);
  return named.length > 0 ? named : COMMANDS;
}

/** The program with the commands `argv` needs registered (all of them when `argv` is not given). */
export async function buildProgram(context: CommandContext, argv?: readonly string[]): Promise<Command> {
  const program = new Command('git-leverage')
    .description('Leverage records from git commit trailers: human-estimate hours against agent and supervisory minutes.')
    .version(PACKAGE_VERSION, '-V, --version')
    .showHelpAfterError('(run git-leverage --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: context.io.stdout, writeErr: context.io.stderr });
  const registrations = await Promise.all(commandsFor(argv).map(([, load]) => load()));
  for (const register of registrations) register(program, context);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/**
 * The exit codes (README, "Exit codes"): 0 done (also when the reader of standard output closed it
 * early, as `| head` does); 1 the work failed or found a problem (a skipped commit with --strict,
 * an invalid trailer, a file that cannot be read or written, git failing); 2 the command line is
 * wrong (an unknown command, option or value, or flags that contradict each other), whether
 * commander or a command finds it. Commander itself exits 1 for its usage errors.
 */
export const EXIT_USAGE = 2;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const program = await buildProgram({ io, setExitCode: (code) => (exitCode = code) }, argv);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof OutputClosedError) return 0;
    // Help and the version are CommanderErrors with exit code 0; the rest are mistakes in the command line.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
    if (error instanceof UserError) {
      io.stderr(`git-leverage: ${error.message}\n`);
      return error instanceof UsageError ? EXIT_USAGE : 1;
    }
    throw error;
  }
}
