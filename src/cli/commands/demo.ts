/**
 * `git-leverage demo`: builds a throwaway repository carrying the published record of 2026-04-12
 * and prints its Leverage Record, exactly as `report` would for a real repository.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { collectReport, openRepositories } from '../../collect/collectReport.js';
import { resolveConfig } from '../../config/resolveConfig.js';
import { createDemoRepository } from '../../demo/createDemoRepository.js';
import { DEMO_DATE, DEMO_TIMEZONE } from '../../demo/demoTasks.js';
import { parseReportFormat, REPORT_FORMATS } from '../../render/reportFormats.js';
import { dayWindow } from '../../time/reportWindow.js';
import type { CommandContext } from '../program.js';
import { UsageError } from '../usageError.js';
import { emitReport } from './report.js';

interface DemoFlags {
  format: string;
  keep?: boolean;
  output?: string;
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
      const parent = await mkdtemp(path.join(os.tmpdir(), 'git-leverage-demo-'));
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
        if (!flags.keep) await rm(parent, { recursive: true, force: true });
      }
    });
}
