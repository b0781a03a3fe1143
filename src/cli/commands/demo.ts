/**
 * `git-leverage demo`: builds a throwaway repository carrying the published record of 2026-04-12
 * and prints its Leverage Record, exactly as `report` would for a real repository.
 */
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { collectReport, openRepositories } from '../../collect/collectReport.js';
import { resolveConfig } from '../../config/resolveConfig.js';
import { createDemoRepository } from '../../demo/createDemoRepository.js';
import { DEMO_DATE, DEMO_TIMEZONE } from '../../demo/demoTasks.js';
import { parseReportFormat, REPORT_FORMATS } from '../../render/reportFormats.js';
import { dayWindow } from '../../window/reportWindow.js';
import type { CommandContext } from '../commandContext.js';
import { systemErrorReason } from '../output.js';
import { UsageError, UserError } from '../../userError.js';
import { emitReport } from './report.js';

interface DemoFlags {
  format: string;
  keep?: boolean;
  output?: string;
}

/** The signals that end a command early: Ctrl-C, `kill`, a closed terminal. */
const INTERRUPTS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Removes `dir` if the process is interrupted before the returned function is called, then lets the
 * signal end the process as it would have (exit status 128 + its number). A `finally` does not run
 * when a signal ends Node, so without this an interrupted demo leaves its folder behind.
 */
function removeWhenInterrupted(dir: string): () => void {
  const stop = () => {
    for (const signal of INTERRUPTS) process.off(signal, onSignal);
  };
  function onSignal(signal: NodeJS.Signals): void {
    stop();
    // Synchronous: the process ends right after. Retries cover a git still writing into the folder.
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    process.kill(process.pid, signal);
  }
  for (const signal of INTERRUPTS) process.on(signal, onSignal);
  return stop;
}

/** A new empty folder in the system's temporary folder, or a one-line error naming that folder. */
async function makeDemoParent(env: NodeJS.ProcessEnv): Promise<string> {
  const tmp = os.tmpdir();
  try {
    return await mkdtemp(path.join(tmp, 'git-leverage-demo-'));
  } catch (error) {
    const from = env.TMPDIR ? ' (TMPDIR)' : '';
    throw new UserError(`cannot create the demo repository in ${tmp}${from}: ${systemErrorReason(error as NodeJS.ErrnoException)}`);
  }
}

export function registerDemoCommand(program: Command, context: CommandContext): void {
  program
    .command('demo')
    .description(`build a throwaway repository with the figures of the ${DEMO_DATE} record and print its Leverage Record`)
    .addOption(new Option('--format <format>', `output format: ${REPORT_FORMATS.join(', ')}`).default('md'))
    .option('--keep', 'keep the demo repository and print its path on standard error')
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .action(async (flags: DemoFlags) => {
      const format = parseReportFormat(flags.format);
      if (!format) throw new UsageError(`unknown --format "${flags.format}" (accepted: ${REPORT_FORMATS.join(', ')})`);
      const { io } = context;
      const parent = await makeDemoParent(io.env);
      const stopWatching = flags.keep ? () => undefined : removeWhenInterrupted(parent);
      // A fixed folder name, so the report names the same repository on every run.
      const dir = path.join(parent, 'leverage-demo');
      try {
        await mkdir(dir);
        await createDemoRepository(dir, io.env);
        const repositories = await openRepositories([dir], io.cwd);
        const report = await collectReport({ repositories, window: dayWindow(DEMO_DATE, DEMO_TIMEZONE), config: resolveConfig() });
        await emitReport(report, format, flags, context);
        if (flags.keep) io.stderr(`demo repository kept at ${dir}\n`);
      } finally {
        stopWatching();
        if (!flags.keep) await rm(parent, { recursive: true, force: true });
      }
    });
}
