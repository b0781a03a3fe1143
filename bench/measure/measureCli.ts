/**
 * The `measure` command alone, bundled by the benchmark (bench/.work/measure-cli/) so it can be timed
 * whatever else the CLI wires in. Prints the process's peak memory to stderr when MEASURE_BENCH_RSS is set.
 */
import { Command } from 'commander';
import { registerMeasureCommand } from '../../src/cli/commands/measure.js';

async function main(): Promise<void> {
  const program = new Command('git-leverage');
  registerMeasureCommand(program);
  await program.parseAsync(process.argv);
  if (process.env.MEASURE_BENCH_RSS) process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`git-leverage: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
