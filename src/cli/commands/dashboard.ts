/**
 * `git-leverage dashboard`: the report of a span of days as one self-contained HTML file (totals,
 * a chart of hours and factor per period, a sortable and filterable task table, commit links when
 * the remote is on GitHub). Collecting is the report command's; rendering is renderDashboard's.
 */
import { Option, type Command } from 'commander';
import { renderReport } from '../../render/renderReport.js';
import { PERIOD_UNITS, type PeriodUnit } from '../../rollup/periodUnits.js';
import type { CommandContext } from '../commandContext.js';
import { readCommitBaseUrls } from '../../git/readCommitBaseUrls.js';
import { writeChunks } from '../writeChunks.js';
import { addWindowOptions, collectFromFlags, type ReportFlags } from './report.js';

interface DashboardFlags extends Omit<ReportFlags, 'format'> {
  output: string;
  by?: PeriodUnit;
}

export function registerDashboardCommand(program: Command, context: CommandContext): void {
  const command = program.command('dashboard').description('write an offline HTML dashboard: totals, hours and factor per period, a sortable task table');
  addWindowOptions(command)
    .addOption(new Option('--by <period>', 'period of the chart (default: day up to two months, week up to two years, else month)').choices(PERIOD_UNITS))
    .option('-o, --output <file>', 'the HTML file to write', 'leverage.html')
    .action(async (flags: DashboardFlags) => {
      const { io } = context;
      const { report, repositories } = await collectFromFlags({ ...flags, repo: flags.repo ?? [], format: 'html' }, io);
      const html = renderReport(report, 'html', { ...(flags.by ? { by: flags.by } : {}), commitBaseUrls: await readCommitBaseUrls(repositories) });
      await writeChunks([html], flags.output, context);
      const tasks = report.record.tasks.length;
      io.stderr(`git-leverage: wrote ${flags.output} (${tasks} task${tasks === 1 ? '' : 's'}, ${Math.round(html.length / 1024)} KiB)\n`);
    });
}
