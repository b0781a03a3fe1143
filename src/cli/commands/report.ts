/**
 * `git-leverage report`: the Leverage Record of a day, a span of days, a git range or all history,
 * over one or more repositories.
 */
import path from 'node:path';
import { Option, type Command } from 'commander';
import { collectReport, openRepositories } from '../../collect/collectReport.js';
import { loadConfig } from '../../config/loadConfig.js';
import type { Repository } from '../../git/openRepository.js';
import type { ResolvedConfig } from '../../config/configSchema.js';
import type { LeverageReport, SortOrder } from '../../record/types.js';
import { renderReportChunks, type RenderOptions } from '../../render/renderReport.js';
import { parseReportFormat, REPORT_FORMATS, type ReportFormat } from '../../render/reportFormats.js';
import { PERIOD_UNITS, type PeriodUnit } from '../../rollup/periodUnits.js';
import type { CliIo, CommandContext } from '../commandContext.js';
import { UsageError } from '../../userError.js';
import { writeChunks } from '../writeChunks.js';
import { checkSummaryFormat } from '../checkSummaryFormat.js';
import { checkWindowRequest, resolveWindow, type WindowRequest } from '../../window/windowRequest.js';
import { readCommitBaseUrls } from '../../git/readCommitBaseUrls.js';

export interface ReportFlags extends WindowRequest {
  repo: string[];
  format: string;
  sort?: SortOrder;
  all?: boolean;
  rev?: string[];
  strict?: boolean;
  config?: string;
  output?: string;
  by?: PeriodUnit;
  summary?: boolean;
  chart?: 'mermaid' | 'none';
  calibrated?: boolean;
  /** false with `--no-estimate-check`: the check is off for this run, whatever the config says. */
  estimateCheck?: boolean;
}

/** The options every command that reads history shares (report, dashboard, the Action's inputs). */
export function addWindowOptions(command: Command): Command {
  return command
    .option('--date <YYYY-MM-DD>', 'one calendar day (default: today in --timezone)')
    .option('--since <YYYY-MM-DD>', 'first day of a span of whole days')
    .option('--until <YYYY-MM-DD>', 'last day of the span (default: today)')
    .option('--range <A..B>', "exactly git's range, e.g. origin/main..HEAD (for pull requests)")
    .option('--all-history', 'every commit reachable from the walked revisions')
    .option('--timezone <zone>', 'IANA zone the days are counted in (default: config, then this machine)')
    .option('--repo <dir>', 'a repository to read; repeat for several (default: .)', (value: string, previous: string[] = []) => [...previous, value])
    .option('--all', 'walk remote-tracking branches and tags too (default: local branches and HEAD)')
    .option('--rev <revision>', 'walk this revision instead of the branches; repeat for several', (value: string, previous: string[] = []) => [...previous, value])
    .option('--config <file>', 'configuration file (default: .leverage.yml at the first repository)');
}

/** Opens the repositories, loads the config and collects the report the flags describe. */
export async function collectFromFlags(flags: ReportFlags, io: CliIo): Promise<{ report: LeverageReport; config: ResolvedConfig; repositories: Repository[] }> {
  checkWindowRequest(flags);
  const repositories = await openRepositories(flags.repo.length > 0 ? flags.repo : ['.'], io.cwd);
  const loaded = await loadConfig(repositories[0]?.root ?? io.cwd, flags.config && path.resolve(io.cwd, flags.config));
  const config = flags.estimateCheck === false ? { ...loaded, estimates: { ...loaded.estimates, check: false } } : loaded;
  const now = io.now();
  const window = resolveWindow(flags, config.timezone, now);
  const revs = flags.rev ?? (flags.all ? ['--all'] : undefined);
  const report = await collectReport({ repositories, window, config, now, ...(revs ? { revs } : {}), ...(flags.sort ? { sort: flags.sort } : {}) });
  return { report, config, repositories };
}

/** Prints (or writes) a rendered report and says on stderr what was skipped; --strict turns that into exit 1. */
export async function emitReport(report: LeverageReport, format: ReportFormat, flags: Pick<ReportFlags, 'output' | 'strict'>, context: CommandContext, options: RenderOptions = {}): Promise<void> {
  const { io } = context;
  await writeChunks(renderReportChunks(report, format, options), flags.output, context);
  const skipped = report.record.skipped.length;
  if (skipped > 0) {
    io.stderr(`git-leverage: ${skipped} commit${skipped === 1 ? '' : 's'} skipped: leverage trailers that do not validate (listed in the report)\n`);
    if (flags.strict) context.setExitCode(1);
  }
}

export function registerReportCommand(program: Command, context: CommandContext): void {
  const command = program
    .command('report')
    .description('print the Leverage Record of a day, a span of days, a range or all history');
  addWindowOptions(command)
    .addOption(new Option('--format <format>', `output format: ${REPORT_FORMATS.join(', ')}`).default('md'))
    .addOption(new Option('--sort <order>', 'Task Log order').choices(['factor', 'time']))
    .option('--strict', 'exit 1 when any commit is skipped for invalid trailers')
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('--by <period>', 'roll the record up by calendar period in the zone (weeks start on Monday)').choices(PERIOD_UNITS))
    .option('--summary', 'headline, chart and roll-up without the Task Log (md and text)')
    .addOption(new Option('--chart <kind>', 'chart in Markdown output (default: none on a terminal, else config chart, then mermaid)').choices(['mermaid', 'none']))
    .option('--calibrated', 'add calibrated hours and factors beside the raw ones, from the Human-Actual pairs of all history up to the window\'s end (md, text, json)')
    .option('--no-estimate-check', 'leave out the estimate check for this run, whatever the config says (no look-back walk, no change sizes)')
    .action(async (flags: ReportFlags) => {
      const format = parseReportFormat(flags.format);
      if (!format) throw new UsageError(`unknown --format "${flags.format}" (accepted: ${REPORT_FORMATS.join(', ')})`);
      checkSummaryFormat(format, flags.summary);
      if (flags.calibrated && (format === 'csv' || format === 'html')) throw new UsageError(`--calibrated works with --format md, text or json, not ${format}`);
      const { report, config, repositories } = await collectFromFlags({ ...flags, repo: flags.repo ?? [] }, context.io);
      if (flags.calibrated) {
        // Loaded only when asked for, as commands are (program.ts): a plain report reads none of it.
        const { calibrateReport } = await import('../../collect/collectCalibrationPairs.js');
        const revs = flags.rev ?? (flags.all ? ['--all'] : undefined);
        report.calibration = await calibrateReport(report, { repositories, config, now: context.io.now(), ...(revs ? { revs } : {}) });
      }
      const options: RenderOptions = {
        // Mermaid is drawn where Markdown is published (GitHub, a file); a terminal shows its source.
        chart: flags.chart ?? (format === 'md' && !flags.output && context.io.stdoutIsTerminal ? 'none' : config.chart),
        ...(flags.by ? { by: flags.by } : {}),
        ...(flags.summary ? { summary: true } : {}),
        ...(format === 'html' ? { commitBaseUrls: await readCommitBaseUrls(repositories) } : {}),
      };
      await emitReport(report, format, flags, context, options);
    });
}
