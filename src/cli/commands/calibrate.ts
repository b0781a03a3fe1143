/**
 * `git-leverage calibrate`: how well Human-Estimate tracks the time tasks actually took, from the
 * calibration pairs (`Human-Actual`) of a window. Window flags as `report`; with none, all history
 * (pairs are few, and a day rarely holds enough).
 */
import path from 'node:path';
import { Option, type Command } from 'commander';
import { openRepositories } from '../../collect/collectReport.js';
import { collectCalibrationPairs } from '../../collect/collectCalibrationPairs.js';
import { loadConfig } from '../../config/loadConfig.js';
import { summarizeCalibration } from '../../calibrate/summarizeCalibration.js';
import { CALIBRATE_FORMATS, renderCalibration, type CalibrateFormat } from '../../render/renderCalibration.js';
import { parseReportFormat } from '../../render/reportFormats.js';
import { UsageError } from '../../userError.js';
import { checkWindowRequest, resolveWindow } from '../../window/windowRequest.js';
import type { CommandContext } from '../commandContext.js';
import { writeChunks } from '../writeChunks.js';
import { addWindowOptions, type ReportFlags } from './report.js';

type CalibrateFlags = Pick<ReportFlags, 'date' | 'since' | 'until' | 'range' | 'allHistory' | 'timezone' | 'repo' | 'all' | 'rev' | 'config' | 'format' | 'output'>;

function parseCalibrateFormat(name: string): CalibrateFormat {
  const format = parseReportFormat(name);
  if (format && (CALIBRATE_FORMATS as readonly string[]).includes(format)) return format as CalibrateFormat;
  throw new UsageError(`unknown --format "${name}" for calibrate (accepted: text, md (or markdown), json)`);
}

export function registerCalibrateCommand(program: Command, context: CommandContext): void {
  const command = program
    .command('calibrate')
    .description('how well estimates track actual time: rank correlation and median actual/estimate by size, from commits with Human-Actual (default: all history)');
  addWindowOptions(command)
    .addOption(new Option('--format <format>', 'output format: text, md, json').default('text'))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .action(async (flags: CalibrateFlags) => {
      const format = parseCalibrateFormat(flags.format);
      checkWindowRequest(flags);
      const { io } = context;
      const repositories = await openRepositories(flags.repo && flags.repo.length > 0 ? flags.repo : ['.'], io.cwd);
      const config = await loadConfig(repositories[0]?.root ?? io.cwd, flags.config && path.resolve(io.cwd, flags.config));
      const now = io.now();
      // No window named: all history, not today (report's default), as pairs are rare.
      const named = flags.date || flags.since || flags.range || flags.allHistory;
      const window = resolveWindow(named ? flags : { ...flags, allHistory: true }, config.timezone, now);
      const revs = flags.rev ?? (flags.all ? ['--all'] : undefined);
      const { pairs, invalid } = await collectCalibrationPairs({ repositories, window, config, now, ...(revs ? { revs } : {}) });
      const report = { window, repositories: repositories.map((repo) => repo.label), pairs, summary: summarizeCalibration(pairs) };
      await writeChunks([renderCalibration(report, format)], flags.output, context);
      if (invalid > 0) io.stderr(`git-leverage: ${invalid} commit${invalid === 1 ? '' : 's'} with leverage trailers that do not validate left out (git-leverage validate lists them)\n`);
    });
}
