/**
 * `git-leverage dashboard` and `--format html`: one self-contained HTML file that works offline.
 * Pure: the report, its roll-up and the commit links in; the page out.
 *
 * Safety: every text from a commit reaches the page either HTML-escaped (server-rendered totals and
 * title) or as JSON inside a non-executed data block, with `<`, `>`, `&` and line separators written
 * as \u escapes so no `</script>` can close it; the page's script writes it with textContent only.
 * A Content-Security-Policy allows exactly the page's two inline scripts (by hash) and no network.
 */
import { createHash } from 'node:crypto';
import { DateTime } from '../../time/luxon.js';
import type { LeverageReport } from '../../record/types.js';
import type { Rollup } from '../../rollup/rollUp.js';
import { formatAverageFactor, formatDecimal, formatTotal } from '../formatNumbers.js';
import { DASHBOARD_SCRIPT } from './dashboardScript.js';
import { UPLOT_CSS, UPLOT_JS, UPLOT_VERSION } from './uplotAsset.js';

export interface DashboardOptions {
  /** The periods the chart shows. */
  rollup: Rollup;
  /** Commit links: repository label → `https://github.com/owner/name` (see githubRepositoryUrl). */
  commitBaseUrls?: Readonly<Record<string, string>>;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] as string);
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
    agent: report.agent,
    repositories: [...report.repositories].sort(),
    periods: options.rollup.periods.map((period) => ({
      key: period.key,
      tasks: period.totals.tasks,
      hours: period.totals.humanMinutes / 60,
      factor: period.totals.factor ?? null,
    })),
    tasks: report.record.tasks.map((task, index) => ({
      rank: index + 1,
      date: DateTime.fromSeconds(task.firstAuthorTime, { zone }).toISODate(),
      task: task.task,
      taskId: task.taskId ?? null,
      repositories: task.repositories,
      humanMinutes: task.humanMinutes,
      agentMinutes: task.claudeMinutes,
      supervisoryMinutes: task.supervisoryMinutes ?? null,
      factor: task.factor,
      supervisoryFactor: task.supervisoryFactor ?? null,
      commits: task.commits.map((commit) => {
        const base = bases[commit.repo];
        return { repo: commit.repo, sha: commit.sha, subject: commit.subject, url: base && /^[0-9a-f]{7,64}$/.test(commit.sha) ? `${base}/commit/${commit.sha}` : null };
      }),
    })),
  };
}

const STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111827; }
body { margin: 0; background: #f8fafc; }
main { max-width: 1200px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.5rem; margin: 0 0 4px; }
.subtitle { color: #4b5563; margin: 0 0 20px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px; margin-bottom: 20px; }
.card { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 12px 14px; }
.card .value { font-size: 1.4rem; font-weight: 600; font-variant-numeric: tabular-nums; }
.card .name { color: #6b7280; font-size: 0.85rem; }
section { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 16px; margin-bottom: 20px; }
h2 { font-size: 1.1rem; margin: 0 0 12px; }
.filters { display: flex; gap: 12px; flex-wrap: wrap; align-items: center; margin-bottom: 12px; }
.filters input { min-width: 260px; padding: 6px 8px; }
.filters select { padding: 6px 8px; }
#shown { color: #6b7280; }
table { border-collapse: collapse; width: 100%; font-size: 0.875rem; }
th, td { border-bottom: 1px solid #e5e7eb; padding: 6px 8px; text-align: left; vertical-align: top; }
th button { all: unset; cursor: pointer; font-weight: 600; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.task { max-width: 420px; }
td:nth-child(2) { white-space: nowrap; }
.task-id { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 4px; background: #eef2ff; color: #3730a3; font-size: 0.75rem; }
td.commits a, td.commits code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.8rem; }
footer { color: #6b7280; font-size: 0.8rem; }
`;

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
<section>
<h2>Human-equivalent hours and weighted factor per ${unitWords}</h2>
<div id="chart"></div>
</section>
<section>
<h2>Tasks</h2>
<div class="filters">
<label>Repository <select id="repo-filter"><option value="">all</option></select></label>
<label>Search <input id="text-filter" type="search" placeholder="task, Task-Id, repository or commit"></label>
<span id="shown"></span>
</div>
<table id="tasks"></table>
</section>
<footer>Made by git-leverage from commit trailers. Chart by uPlot ${escapeHtml(UPLOT_VERSION)} (MIT), inlined: this file needs no network.</footer>
</main>
<script type="application/json" id="leverage-data">${jsonForScript(dashboardData(report, options))}</script>
<script>${UPLOT_JS}</script>
<script>${DASHBOARD_SCRIPT}</script>
</body>
</html>
`;
}
