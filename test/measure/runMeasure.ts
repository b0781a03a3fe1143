/** Runs `git-leverage measure` in-process through its own commander registration, as the CLI does. */
import { Command, CommanderError } from 'commander';
import { registerMeasureCommand } from '../../src/cli/commands/measure.js';
import { UsageError } from '../../src/userError.js';
import { RepositoryError } from '../../src/git/openRepository.js';

export interface MeasureRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runMeasure(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; now: string }): Promise<MeasureRun> {
  let stdout = '';
  let stderr = '';
  let code = 0;
  const program = new Command('git-leverage').exitOverride().configureOutput({ writeOut: (t) => (stdout += t), writeErr: (t) => (stderr += t) });
  registerMeasureCommand(program, {
    io: { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: options.cwd, env: options.env, now: () => new Date(options.now) },
    setExitCode: (c) => (code = c),
  });
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync(['measure', ...args], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) code = error.exitCode;
    else if (error instanceof UsageError) {
      stderr += `git-leverage: ${error.message}\n`;
      code = 2;
    } else if (error instanceof RepositoryError) {
      stderr += `git-leverage: ${error.message}\n`;
      code = 1;
    } else throw error;
  }
  return { code, stdout, stderr };
}
