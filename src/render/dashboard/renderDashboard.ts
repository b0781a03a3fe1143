/**
 * `git-leverage dashboard` and `--format html`: one self-contained HTML file that works offline.
 * Pure: the report, its roll-up and the commit links in; the page out.
 *
 * Safety: every text from a commit reaches the page either HTML-escaped (server-rendered totals and
 * title) or as JSON inside a non-executed data block, with `<`, `>`, `&` and line separators written
 * as \u escapes so no `</script>` can close it; the page's script writes it with textContent only.
 * Either way its bidirectional controls are shown by name (`<U+202E>`), so none reorders what is read.
 * A Content-Security-Policy allows exactly the page's two inline scripts (by hash) and no network.
 */
import { createHash } from 'node:crypto';
import { DateTime } from '../../window/luxon.js';
import type { LeverageReport } from '../../record/types.js';
import type { Rollup } from '../../rollup/rollUp.js';
import { describeProblem } from '../../trailers/trailerSchema.js';
import { neutraliseBidi } from '../escapeMarkdown.js';
import { truncateText } from '../../text/clipText.js';
import { formatAverageFactor, formatDecimal, formatTotal } from '../formatNumbers.js';
import { coverageNotes } from '../renderMarkdown.js';
import { DASHBOARD_SCRIPT } from './dashboardScript.js';
import { agentSectionHtml } from '../agentSection.js';
import { estimatorSectionHtml } from '../estimatorSection.js';
import { estimateSectionHtml } from '../estimateSection.js';
import { UPLOT_CSS, UPLOT_JS, UPLOT_VERSION } from './uplotAsset.js';

export interface DashboardOptions {
  /** The periods the chart shows. */
  rollup: Rollup;
  /** Commit links: repository label → `https://github.com/owner/name` (see githubRepositoryUrl). */
  commitBaseUrls?: Readonly<Record<string, string>>;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content or a quoted attribute; bidirectional controls are named (neutraliseBidi). */
export function escapeHtml(text: string): string {
  return neutraliseBidi(text).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] as string);
}

/** JSON that can sit inside `<script type="application/json">`: nothing in it can end the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const scriptHash = (source: string) => `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;

function dashboardData(report: LeverageReport, options: DashboardOptions) {
  const zone = report.window.timezone;
  const bases = options.commitBaseUrls ?? {};
  return {
    agent: neutraliseBidi(report.agent),
    repositories: [...report.repositories].sort().map(neutraliseBidi),
    periods: options.rollup.periods.map((period) => ({
      key: period.key,
      tasks: period.totals.tasks,
      hours: period.totals.humanMinutes / 60,
      factor: period.totals.factor ?? null,
    })),
    tasks: report.record.tasks.map((task, index) => ({
      rank: index + 1,
      date: DateTime.fromSeconds(task.firstAuthorTime, { zone }).toISODate(),
      task: neutraliseBidi(task.task),
      taskId: task.taskId ?? null,
      repositories: task.repositories.map(neutraliseBidi),
      humanMinutes: task.humanMinutes,
      agentMinutes: task.claudeMinutes,
      supervisoryMinutes: task.supervisoryMinutes ?? null,
      factor: task.factor,
      supervisoryFactor: task.supervisoryFactor ?? null,
      commits: task.commits.map((commit) => {
        const base = bases[commit.repo];
        return { repo: neutraliseBidi(commit.repo), sha: commit.sha, subject: neutraliseBidi(commit.subject), url: base && /^[0-9a-f]{7,64}$/.test(commit.sha) ? `${base}/commit/${commit.sha}` : null };
      }),
    })),
  };
}

const STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111827; }
body { margin: 0; background: #f8fafc; }
main { max-width: 1200px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.5rem; margin: 0 0 4px; overflow-wrap: anywhere; }
.subtitle { color: #4b5563; margin: 0 0 20px; }
.cards { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 12px; margin-bottom: 20px; }
@media (min-width: 1100px) { .cards { grid-template-columns: repeat(8, minmax(0, 1fr)); } }
.card { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 12px 14px; }
.card .value { font-size: 1.4rem; font-weight: 600; font-variant-numeric: tabular-nums; }
.card .name { color: #6b7280; font-size: 0.85rem; }
.notes { margin: -8px 0 20px; padding-left: 20px; color: #4b5563; font-size: 0.875rem; }
section { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 16px; margin-bottom: 20px; min-width: 0; }
h2 { font-size: 1.1rem; margin: 0 0 12px; }
#chart { min-height: 220px; }
.filters { display: flex; gap: 12px; flex-wrap: wrap; align-items: center; margin-bottom: 12px; }
.filters label { display: flex; gap: 6px; align-items: center; }
.filters .search { flex: 1 1 240px; max-width: 420px; }
.filters input { flex: 1; min-width: 0; padding: 6px 8px; }
.filters select { padding: 6px 8px; max-width: 60vw; }
#shown { color: #6b7280; }
/* The table scrolls inside its own box: the page never scrolls sideways, whatever the width. A
   shadow at an edge says more columns lie that way (the covers scroll with the table, and hide the
   shadow once its end is reached). */
.table-wrap {
  overflow-x: auto;
  background: linear-gradient(to right, #fff 30%, rgba(255,255,255,0)) left / 40px 100% no-repeat local,
    linear-gradient(to left, #fff 30%, rgba(255,255,255,0)) right / 40px 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, rgba(0,0,0,.18), rgba(0,0,0,0)) left / 14px 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,.18), rgba(0,0,0,0)) right / 14px 100% no-repeat scroll;
}
table { border-collapse: collapse; width: 100%; font-size: 0.875rem; }
th, td { border-bottom: 1px solid #e5e7eb; padding: 6px 8px; text-align: left; vertical-align: top; }
th { white-space: nowrap; }
/* The button is the whole header cell: all of it sorts, and it shows where the keyboard is. */
th.sortable { padding: 0; }
th.sortable button { all: unset; box-sizing: border-box; display: block; width: 100%; padding: 6px 8px; cursor: pointer; font-weight: 600; text-align: inherit; }
th.sortable button:hover { background: #f1f5f9; }
th.sortable button:focus-visible { outline: 2px solid #2563eb; outline-offset: -2px; background: #eff6ff; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.task { min-width: 12em; max-width: 420px; overflow-wrap: anywhere; }
td:nth-child(2) { white-space: nowrap; }
td.empty { padding: 24px 8px; text-align: center; color: #4b5563; }
.task-id { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 4px; background: #eef2ff; color: #3730a3; font-size: 0.75rem; }
td.commits a, td.commits code, .skipped code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.8rem; }
.skipped ul, .estimates ul { margin: 0; padding-left: 20px; }
.skipped li, .estimates li { margin-bottom: 6px; overflow-wrap: anywhere; }
footer { color: #6b7280; font-size: 0.8rem; }
@media (max-width: 600px) {
  main { padding: 12px; }
  section { padding: 12px; }
  .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; }
  .card .value { font-size: 1.15rem; }
}
`;


/** Skipped commits, as the Markdown lists them: where, what, and what would be accepted. Escaped. */
function skippedSection(report: LeverageReport): string {
  const { skipped } = report.record;
  if (skipped.length === 0) return '';
  const n = skipped.length;
  const items = skipped.map(
    (commit) =>
      `<li><code>${escapeHtml(commit.sha.slice(0, 12))}</code> in ${escapeHtml(commit.repo)} (${escapeHtml(truncateText(commit.subject, 72))}): ${commit.problems.map((problem) => escapeHtml(describeProblem(problem))).join('; ')}</li>`,
  );
  return `<section class="skipped" id="skipped">
<h2>Skipped commits</h2>
<p>${formatTotal(n)} ${n === 1 ? 'commit carries' : 'commits carry'} leverage trailers that do not validate and ${n === 1 ? 'is' : 'are'} not counted:</p>
<ul>
${items.join('\n')}
</ul>
</section>
`;
}

/** The whole page. */
export function renderDashboard(report: LeverageReport, options: DashboardOptions): string {
  const { totals } = report.record;
  const agent = escapeHtml(report.agent);
  const cards: [string, string][] = [
    ['Tasks', formatTotal(totals.tasks)],
    ['Human-equivalent hours', formatTotal(totals.humanMinutes / 60)],
    ['Weeks at 40 hours', formatDecimal(totals.weeks, 1, 1, true)],
    [`${agent} minutes`, formatTotal(totals.claudeMinutes)],
    ['Supervisory minutes', formatTotal(totals.supervisoryMinutes)],
    ['Weighted leverage factor', formatAverageFactor(totals.factor)],
    ['Supervisory leverage factor', formatAverageFactor(totals.supervisoryFactor)],
    ['Tokens', formatTotal(totals.tokens)],
  ];
  const title = `Leverage: ${report.window.label}`;
  const notes = coverageNotes(report.record.totals);
  const unitWords = { day: 'day', week: 'ISO week', month: 'month' }[options.rollup.unit];
  const csp = `default-src 'none'; script-src ${scriptHash(UPLOT_JS)} ${scriptHash(DASHBOARD_SCRIPT)}; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="git-leverage">
<title>${escapeHtml(title)}</title>
<style>${UPLOT_CSS}</style>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="subtitle">${escapeHtml(report.repositories.length === 1 ? `Repository ${report.repositories[0]}` : `${report.repositories.length} repositories`)} · days counted in ${escapeHtml(report.window.timezone)}</p>
<div class="cards">
${cards.map(([name, value]) => `<div class="card"><div class="value">${escapeHtml(value)}</div><div class="name">${name}</div></div>`).join('\n')}
</div>
${notes.length > 0 ? `<ul class="notes">\n${notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('\n')}\n</ul>\n` : ''}${agentSectionHtml(report, escapeHtml)}${estimatorSectionHtml(report, escapeHtml)}<section>
<h2>Human-equivalent hours and weighted factor per ${unitWords}</h2>
<div id="chart"></div>
</section>
<section>
<h2>Tasks</h2>
<div class="filters">
<label>Repository <select id="repo-filter"><option value="">all</option></select></label>
<label class="search">Search <input id="text-filter" type="search" placeholder="task, Task-Id, repository or commit"></label>
<span id="shown"></span>
</div>
<div class="table-wrap"><table id="tasks"></table></div>
</section>
${estimateSectionHtml(report, escapeHtml)}${skippedSection(report)}<footer>Made by git-leverage from commit trailers. Chart by uPlot ${escapeHtml(UPLOT_VERSION)} (MIT), inlined: this file needs no network.</footer>
</main>
<script type="application/json" id="leverage-data">${jsonForScript(dashboardData(report, options))}</script>
<script>${UPLOT_JS}</script>
<script>${DASHBOARD_SCRIPT}</script>
</body>
</html>
`;
}
