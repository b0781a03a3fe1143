/** Runs the CLI in-process with captured output and a fixed clock (real git underneath). */
import { runCli } from '../../src/cli/program.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], options: { cwd: string; now?: string; env?: NodeJS.ProcessEnv }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: options.cwd,
    env: options.env ?? process.env,
    now: () => new Date(options.now ?? '2026-04-12T16:00:00Z'),
  });
  return { code, stdout, stderr };
}
