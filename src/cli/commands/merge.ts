/**
 * `git-leverage merge a.json b.json ...`: JSON reports made anywhere (one CI job per repository)
 * combined into one report, rendered in any format. The files are read here; the merge is pure.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { mergeReports } from '../../merge/mergeReports.js';
import { parseReportJson, ReportJsonError, type ReportInput } from '../../reportJson/readReportJson.js';
import { renderReportChunks, type RenderOptions } from '../../render/renderReport.js';
import { parseReportFormat, REPORT_FORMATS } from '../../render/reportFormats.js';
import { PERIOD_UNITS, type PeriodUnit } from '../../rollup/periodUnits.js';
import type { SortOrder } from '../../record/types.js';
import type { CommandContext } from '../commandContext.js';
import { UsageError } from '../../userError.js';
import { writeChunks } from '../writeChunks.js';
import { checkSummaryFormat } from '../checkSummaryFormat.js';

interface MergeFlags {
  format: string;
  output?: string;
  by?: PeriodUnit;
  summary?: boolean;
  chart?: 'mermaid' | 'none';
  sort?: SortOrder;
}

/** The top-level `schemaVersion` of a report's text, cheaply (the full parse reports anything else wrong). */
function schemaVersionOf(text: string): string {
  return /"schemaVersion"\s*:\s*([^,}\s]+)/.exec(text.slice(0, 4096))?.[1] ?? 'none';
}

/**
 * Reads and parses every file, one at a time so only one file's text is held at once (1,000 reports
 * are 175 MB of text: holding them all doubles the memory and the garbage collector's work). Every
 * unreadable or invalid file is reported at once; reports of different schema versions are named
 * together, grouped by version.
 *
 * Files are read synchronously: from the page cache, 1,000 reports take 70 ms that way against about
 * 200 ms through fs.promises one after the other, and reading a few ahead concurrently while parsing
 * (4, 8 or 16 in flight) used more CPU than it saved in wall time (docs/benchmarks.md).
 */
export async function readReports(files: readonly string[], cwd: string): Promise<ReportInput[]> {
  const problems: string[] = [];
  const filesByVersion = new Map<string, string[]>();
  const inputs: ReportInput[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(path.resolve(cwd, file), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : (error as Error).message})`);
      continue;
    }
    const version = schemaVersionOf(text);
    // A file with no readable version is left to the parse, which says what is wrong with it.
    if (version !== 'none') {
      const names = filesByVersion.get(version);
      if (names) names.push(file);
      else filesByVersion.set(version, [file]);
    }
    if (filesByVersion.size > 1) continue; // the version error below says it all
    try {
      inputs.push(parseReportJson(text, file));
    } catch (error) {
      if (!(error instanceof ReportJsonError)) throw error;
      problems.push(error.message);
    }
  }
  if (filesByVersion.size > 1) {
    const groups = [...filesByVersion].map(([version, names]) => `schemaVersion ${version}: ${names.join(', ')}`);
    problems.unshift(`reports of different schema versions cannot be merged (make them with the same git-leverage):\n  ${groups.join('\n  ')}`);
  }
  if (problems.length > 0) throw new ReportJsonError(problems.join('\n'));
  return inputs;
}

export function registerMergeCommand(program: Command, context: CommandContext): void {
  program
    .command('merge')
    .description('combine JSON reports (e.g. one per repository) into one report; the same commit or Task-Id counts once')
    .argument('<reports...>', 'JSON reports written by report --format json (or the Action with format: json)')
    .addOption(new Option('--format <format>', `output format: ${REPORT_FORMATS.join(', ')}`).default('md'))
    .addOption(new Option('--by <period>', 'roll the merged record up by calendar period').choices(PERIOD_UNITS))
    .option('--summary', 'headline, chart and roll-up without the Task Log (md and text)')
    .addOption(new Option('--chart <kind>', 'chart in Markdown output').choices(['mermaid', 'none']).default('mermaid'))
    .addOption(new Option('--sort <order>', 'Task Log order').choices(['factor', 'time']))
    .option('-o, --output <file>', 'write the merged report to a file instead of standard output')
    .action(async (files: string[], flags: MergeFlags) => {
      const format = parseReportFormat(flags.format);
      if (!format) throw new UsageError(`unknown --format "${flags.format}" (accepted: ${REPORT_FORMATS.join(', ')})`);
      checkSummaryFormat(format, flags.summary);
      const inputs = await readReports(files, context.io.cwd);
      const report = mergeReports(inputs, flags.sort ? { sort: flags.sort } : {});
      const options: RenderOptions = { ...(flags.chart ? { chart: flags.chart } : {}), ...(flags.by ? { by: flags.by } : {}), ...(flags.summary ? { summary: true } : {}) };
      // 1,000 reports make a 160 MB JSON report: written as it is serialised, not held whole.
      await writeChunks(renderReportChunks(report, format, options), flags.output, context);
    });
}
