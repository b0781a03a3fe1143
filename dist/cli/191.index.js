"use strict";
exports.id = 191;
exports.ids = [191,595,59];
exports.modules = {

/***/ 8191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerDemoCommand: () => (/* binding */ registerDemoCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: ./src/collect/collectReport.ts
var collectReport = __webpack_require__(4442);
// EXTERNAL MODULE: ./src/config/resolveConfig.ts
var resolveConfig = __webpack_require__(6252);
// EXTERNAL MODULE: ./src/time/luxon.ts
var luxon = __webpack_require__(5625);
;// CONCATENATED MODULE: ./src/git/isolatedGitEnv.ts
const DEMO_IDENTITY = { name: 'Demo Developer', email: 'demo@git-leverage.invalid' };
function isolatedGitEnv(base, identity = DEMO_IDENTITY, home) {
    const env = {
        ...base,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_AUTHOR_NAME: identity.name,
        GIT_AUTHOR_EMAIL: identity.email,
        GIT_COMMITTER_NAME: identity.name,
        GIT_COMMITTER_EMAIL: identity.email,
        GIT_TERMINAL_PROMPT: '0',
        LC_ALL: 'C',
    };
    if (home !== undefined)
        env.HOME = home;
    // Inherited repository pointers would redirect every command to another repository.
    for (const key of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_COMMON_DIR'])
        delete env[key];
    return env;
}

// EXTERNAL MODULE: ./src/git/runGit.ts
var runGit = __webpack_require__(6033);
// EXTERNAL MODULE: ./src/trailers/trailerSchema.ts + 1 modules
var trailerSchema = __webpack_require__(6387);
// EXTERNAL MODULE: ./src/render/escapeMarkdown.ts
var escapeMarkdown = __webpack_require__(3068);
;// CONCATENATED MODULE: ./src/demo/demoTasks.ts
/**
 * The demo's data: the 37 tasks of the published Leverage Record of 2026-04-12, in the order the work
 * was done that day (local times in DEMO_TIMEZONE), with the trailer values a person would have typed.
 * Only inputs live here; every factor and total of the demo's output is computed by the core.
 * The record published only the day's token total (4,129,000); it is spread over the commits by
 * Claude minutes.
 */
const DEMO_DATE = '2026-04-12';
const DEMO_TIMEZONE = 'America/New_York';
const DEMO_TASKS = [
    { time: '06:37', task: "Implement synthetic student simulator: full backend (RAG brain, decay model, LLM answerer, warm-start seeder, feedback ingestor), 16 Playwright page objects, worker subprocess + orchestrator, verification protocol, FastAPI REST+SSE API, React 19 real-time dashboard, visual audit, unit tests. 84 files, 12,850 LOC.", humanEstimate: '160h', claudeMinutes: '20', supervisoryMinutes: '2', tokens: '134k' },
    { time: '06:55', task: "Build Timeline page for simulator frontend with proficiency chart, activity timeline, and event detail modal", humanEstimate: '8h', claudeMinutes: '8', supervisoryMinutes: '5', tokens: '54k' },
    { time: '07:08', task: "Audit all websites for 200s: fix S3 Block Public Access + enterprise DNS A record", humanEstimate: '1.5h', claudeMinutes: '5', supervisoryMinutes: '3', tokens: '34k' },
    { time: '07:26', task: "Synthetic student simulator backend foundation: 4 student profiles, config, SQLAlchemy models, SSE events, brain types/prompts/decay/RAG brain/ingestor/seeder/answerer (18 files total)", humanEstimate: '12h', claudeMinutes: '5', supervisoryMinutes: '8', tokens: '34k' },
    { time: '07:44', task: "Convert client React template to static site generator (10 components, full single-page site with 9 sections)", humanEstimate: '6h', claudeMinutes: '8', supervisoryMinutes: '5', tokens: '54k' },
    { time: '07:53', task: "Wire auth-service login/register URLs into marketing site header + pricing", humanEstimate: '0.5h', claudeMinutes: '2', supervisoryMinutes: '2', tokens: '13k' },
    { time: '08:05', task: "Create compliance-audit doc (SOC 2/GDPR/CCPA) with 12 sections covering all 20 gaps from compliance readiness plan, wire into full readiness audit", humanEstimate: '6h', claudeMinutes: '5', supervisoryMinutes: '2', tokens: '34k' },
    { time: '08:33', task: "Full security audit across 57 repos: 27 checks, 6 sections, secrets detection, dependency security, source maps, prod config safety, infrastructure security, build security", humanEstimate: '8h', claudeMinutes: '20', supervisoryMinutes: '3', tokens: '134k' },
    { time: '10:13', task: "Team wiki full build + production deploy: 64 Python files (14 models, 12 services, 15 route files, 93 MCP tools), 31 TypeScript files (9 pages, 9 components, 5 stores, API client), full infrastructure stack (ECR, CodePipeline x2, CodeBuild x2, ALB, CloudFront, S3, Route53 x2, IAM, SSM, RDS), 23 backend tests passing, 4 frontend tests passing, TypeScript clean", humanEstimate: '480h', claudeMinutes: '90', supervisoryMinutes: '5', tokens: '606k' },
    { time: '10:41', task: "Purchase service: API key auth, MCP server (9 tools), 33 new unit/integration tests, E2E Playwright suite, enhanced seed data, admin endpoint fix", humanEstimate: '16h', claudeMinutes: '18', supervisoryMinutes: '5', tokens: '121k' },
    { time: '11:06', task: "Standardize leadership sections, sync CSS, fix branding across all templates, add About to desktop nav across 3 websites", humanEstimate: '4h', claudeMinutes: '15', supervisoryMinutes: '5', tokens: '101k' },
    { time: '11:22', task: "Team wiki phased build plan: 10 phases from scaffolding through production hardening, infrastructure provisioning, all 774 tests mapped to phases, deployment verification checklist, risk mitigations", humanEstimate: '24h', claudeMinutes: '10', supervisoryMinutes: '1', tokens: '67k' },
    { time: '11:40', task: "Convert second client React site to static site generator", humanEstimate: '6h', claudeMinutes: '8', supervisoryMinutes: '5', tokens: '54k' },
    { time: '11:52', task: "Tear down decommissioned domain (S3 + CloudFront + Route 53 + zone)", humanEstimate: '1h', claudeMinutes: '5', supervisoryMinutes: '2', tokens: '34k' },
    { time: '12:37', task: "Launch recalibration + full marketing tool setup (brand voice, segments, landing pages, experiments, reports, campaigns) + MCP schema fixes + landing page DB migration + LLM key provisioning + static site generator integration", humanEstimate: '40h', claudeMinutes: '35', supervisoryMinutes: '5', tokens: '235k' },
    { time: '12:55', task: "Write website specification (332-line site prompt with 6 case studies)", humanEstimate: '3h', claudeMinutes: '8', supervisoryMinutes: '5', tokens: '54k' },
    { time: '13:27', task: "Team wiki technical design doc (14 ORM models, 12 services, 9 integrations, MCP server, WebSocket, frontend architecture) + comprehensive testing strategy (774 tests: 538 backend, 141 frontend unit, 95 E2E Playwright covering every CRUD operation)", humanEstimate: '80h', claudeMinutes: '25', supervisoryMinutes: '2', tokens: '168k' },
    { time: '13:57', task: "Comprehensive E2E student journey test: CLF to SAA-C03 with 7 phases (onboarding, 5 activity modes x3 rounds, sick day decay, recovery, practice exam, readiness check)", humanEstimate: '16h', claudeMinutes: '20', supervisoryMinutes: '5', tokens: '134k' },
    { time: '14:06', task: "Fix Block Public Access on 4 client sites", humanEstimate: '0.5h', claudeMinutes: '2', supervisoryMinutes: '2', tokens: '13k' },
    { time: '14:51', task: "Notification service: dual API key auth, MCP server (20 tools), auth-service integration, admin Notifications UI (TipTap editor, send dialog, template list), SSM infrastructure, buildspec updates, tests (473 passing), four docs, deploy to prod across 4 repos", humanEstimate: '80h', claudeMinutes: '35', supervisoryMinutes: '5', tokens: '235k' },
    { time: '15:03', task: "Create health monitoring tool MCP server (config, client, server with 17 tools, requirements, venv)", humanEstimate: '3h', claudeMinutes: '4', supervisoryMinutes: '3', tokens: '27k' },
    { time: '15:14', task: "Fix personal site SiteName mismatch + deploy 72-page staging", humanEstimate: '0.75h', claudeMinutes: '4', supervisoryMinutes: '2', tokens: '27k' },
    { time: '15:59', task: "Debug auth services, fix JWT key permissions + buildspec quoting, fix calendar tool health endpoint, deploy health monitoring tool, create 4 MCP servers (relationship tracker/health monitor/calendar tool/email client), update service dashboard with MCP tab, provision infrastructure, generate service tokens, update CORS origins", humanEstimate: '40h', claudeMinutes: '35', supervisoryMinutes: '5', tokens: '235k' },
    { time: '16:09', task: "Deploy main marketing site to staging and production", humanEstimate: '1h', claudeMinutes: '3', supervisoryMinutes: '2', tokens: '20k' },
    { time: '16:31', task: "Comprehensive test suite for synthetic student simulator: 576 tests across 19 test files, coverage 9% to 82%. Brain tests, API+services tests, worker tests (all 17 page objects).", humanEstimate: '40h', claudeMinutes: '15', supervisoryMinutes: '2', tokens: '101k' },
    { time: '16:54', task: "Close onboarding roadmap refresh gaps: engine proficiency-summary endpoint, refresh handler with live reranking and mastery pruning, 10 tests", humanEstimate: '12h', claudeMinutes: '15', supervisoryMinutes: '3', tokens: '101k' },
    { time: '17:14', task: "Add tabbed directory/launch page to service dashboard with tool icons, production URLs, and 7 website sections", humanEstimate: '3h', claudeMinutes: '12', supervisoryMinutes: '3', tokens: '81k' },
    { time: '17:32', task: "Lab testing framework scaffold: generator, base class, conftest, 132 test files covering 2048 labs", humanEstimate: '16h', claudeMinutes: '8', supervisoryMinutes: '5', tokens: '54k' },
    { time: '18:36', task: "Full readiness audit + security audit + ecosystem inventory: 57 repos, 10,305 tests, 1 CRITICAL fixed (live API key leak), 8 total defects repaired", humanEstimate: '40h', claudeMinutes: '56', supervisoryMinutes: '3', tokens: '377k' },
    { time: '18:55', task: "Full readiness audit: services + libraries (5 repos), fix auth-client test mocks and bug-reporter build", humanEstimate: '2h', claudeMinutes: '11', supervisoryMinutes: '3', tokens: '74k' },
    { time: '19:13', task: "Enterprise website content expansion: Origin and Compliance pages with nav/footer/homepage updates", humanEstimate: '8h', claudeMinutes: '8', supervisoryMinutes: '5', tokens: '54k' },
    { time: '19:28', task: "Write client website specification (military palette)", humanEstimate: '2h', claudeMinutes: '6', supervisoryMinutes: '4', tokens: '40k' },
    { time: '19:51', task: "Team wiki tool: repo creation, comprehensive requirements doc with data models, API design, 90 MCP tools, 9 tool integrations, frontend spec, deployment config", humanEstimate: '40h', claudeMinutes: '15', supervisoryMinutes: '3', tokens: '101k' },
    { time: '20:07', task: "Create complete relationship tracker MCP server (57 tools) with config, client, server, requirements, and venv", humanEstimate: '6h', claudeMinutes: '8', supervisoryMinutes: '3', tokens: '54k' },
    { time: '20:16', task: "Create client site static site scaffold", humanEstimate: '0.5h', claudeMinutes: '2', supervisoryMinutes: '2', tokens: '13k' },
    { time: '20:34', task: "Create synthetic student simulator repo scaffold with comprehensive docs suite (requirements, design, technical strategy, IP analysis, CLAUDE.md, README.md), initialize git, create repo, update root docs", humanEstimate: '16h', claudeMinutes: '8', supervisoryMinutes: '5', tokens: '54k' },
    { time: '21:49', task: "Comprehensive E2E student journey: 16-step tour, 5 activity modes, 75 activities, sick day simulation, exam, visual audit (29 issues found), tour update with 8 new features, proxy fix", humanEstimate: '40h', claudeMinutes: '60', supervisoryMinutes: '10', tokens: '403k' },
];

;// CONCATENATED MODULE: ./src/demo/createDemoRepository.ts
/**
 * Builds the demo's throwaway repository: one commit per task of DEMO_TASKS, authored at its time
 * of day in DEMO_TIMEZONE, written in one `git fast-import` run.
 */






/** The commit message a person (or an agent) would write for a demo task. */
function demoCommitMessage(task) {
    const keys = trailerSchema/* DEFAULT_TRAILER_KEYS */.jY;
    return [
        (0,escapeMarkdown/* truncateText */.l)(task.task, 72),
        '',
        `${keys.task}: ${task.task}`,
        `${keys.humanEstimate}: ${task.humanEstimate}`,
        `${keys.claudeMinutes}: ${task.claudeMinutes}`,
        `${keys.supervisoryMinutes}: ${task.supervisoryMinutes}`,
        `${keys.tokens}: ${task.tokens}`,
        '',
    ].join('\n');
}
/** `1776000000 -0400`: git's raw date form for a local time on the demo day. */
function rawGitDate(time) {
    const local = luxon/* DateTime */.c.fromISO(`${DEMO_DATE}T${time}`, { zone: DEMO_TIMEZONE });
    return `${local.toSeconds()} ${local.toFormat('ZZZ')}`;
}
function fastImportStream() {
    const person = `${DEMO_IDENTITY.name} <${DEMO_IDENTITY.email}>`;
    const parts = [];
    let log = '';
    DEMO_TASKS.forEach((task, index) => {
        const message = demoCommitMessage(task);
        log += `${task.time} ${task.task}\n`;
        const date = rawGitDate(task.time);
        parts.push('commit refs/heads/main', `mark :${index + 1}`, `author ${person} ${date}`, `committer ${person} ${date}`, `data ${Buffer.byteLength(message)}`, message, ...(index > 0 ? [`from :${index}`] : []), 'M 100644 inline WORKLOG.md', `data ${Buffer.byteLength(log)}`, log);
    });
    return `${parts.join('\n')}\n`;
}
/** Creates the demo repository in `dir` (an empty folder) and checks out its main branch. */
async function createDemoRepository(dir, baseEnv) {
    const env = isolatedGitEnv(baseEnv);
    await (0,runGit.runGit)(['init', '--quiet', '--initial-branch=main'], dir, undefined, env);
    await (0,runGit.runGit)(['fast-import', '--quiet'], dir, fastImportStream(), env);
    await (0,runGit.runGit)(['checkout', '--quiet', '--force', 'main'], dir, undefined, env);
}

// EXTERNAL MODULE: ./src/render/reportFormats.ts
var reportFormats = __webpack_require__(5882);
// EXTERNAL MODULE: ./src/time/reportWindow.ts
var reportWindow = __webpack_require__(9059);
// EXTERNAL MODULE: ./src/cli/usageError.ts
var usageError = __webpack_require__(2163);
// EXTERNAL MODULE: ./src/cli/commands/report.ts
var commands_report = __webpack_require__(4595);
;// CONCATENATED MODULE: ./src/cli/commands/demo.ts
/**
 * `git-leverage demo`: builds a throwaway repository carrying the published record of 2026-04-12
 * and prints its Leverage Record, exactly as `report` would for a real repository.
 */












function registerDemoCommand(program, context) {
    program
        .command('demo')
        .description(`build a throwaway repository with the figures of the ${DEMO_DATE} record and print its Leverage Record`)
        .addOption(new esm/* Option */.c$('--format <format>', `output format: ${reportFormats/* REPORT_FORMATS */.E.join(', ')}`).default('md'))
        .option('--keep', 'keep the demo repository and print its path on standard error')
        .option('-o, --output <file>', 'write the report to a file instead of standard output')
        .action(async (flags) => {
        const format = (0,reportFormats/* parseReportFormat */.n)(flags.format);
        if (!format)
            throw new usageError/* UsageError */.e(`unknown --format "${flags.format}" (accepted: ${reportFormats/* REPORT_FORMATS */.E.join(', ')})`);
        const { io } = context;
        const parent = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'git-leverage-demo-'));
        // A fixed folder name, so the report names the same repository on every run.
        const dir = external_node_path_default().join(parent, 'leverage-demo');
        try {
            await (0,promises_.mkdir)(dir);
            await createDemoRepository(dir, io.env);
            const repositories = await (0,collectReport/* openRepositories */.zb)([dir], io.cwd);
            const report = await (0,collectReport/* collectReport */.Hk)({ repositories, window: (0,reportWindow.dayWindow)(DEMO_DATE, DEMO_TIMEZONE), config: (0,resolveConfig/* resolveConfig */.p)() });
            await (0,commands_report.emitReport)(report, format, flags, context);
            if (flags.keep)
                io.stderr(`demo repository kept at ${dir}\n`);
        }
        finally {
            if (!flags.keep)
                await (0,promises_.rm)(parent, { recursive: true, force: true });
        }
    });
}


/***/ }),

/***/ 4595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   addWindowOptions: () => (/* binding */ addWindowOptions),
/* harmony export */   collectFromFlags: () => (/* binding */ collectFromFlags),
/* harmony export */   emitReport: () => (/* binding */ emitReport),
/* harmony export */   registerReportCommand: () => (/* binding */ registerReportCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8179);
/* harmony import */ var _collect_collectReport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4442);
/* harmony import */ var _config_loadConfig_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6494);
/* harmony import */ var _render_reportFormats_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5882);
/* harmony import */ var _rollup_periodUnits_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6626);
/* harmony import */ var _usageError_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2163);
/* harmony import */ var _writeChunks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(819);
/* harmony import */ var _windowFlags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8209);
/* harmony import */ var _git_readCommitBaseUrls_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(252);
/**
 * `git-leverage report`: the Leverage Record of a day, a span of days, a git range or all history,
 * over one or more repositories.
 */










/** The options every command that reads history shares (report, dashboard, the Action's inputs). */
function addWindowOptions(command) {
    return command
        .option('--date <YYYY-MM-DD>', 'one calendar day (default: today in --timezone)')
        .option('--since <YYYY-MM-DD>', 'first day of a span of whole days')
        .option('--until <YYYY-MM-DD>', 'last day of the span (default: today)')
        .option('--range <A..B>', "exactly git's range, e.g. origin/main..HEAD (for pull requests)")
        .option('--all-history', 'every commit reachable from the walked revisions')
        .option('--timezone <zone>', 'IANA zone the days are counted in (default: config, then this machine)')
        .option('--repo <dir>', 'a repository to read; repeat for several (default: .)', (value, previous = []) => [...previous, value])
        .option('--all', 'walk remote-tracking branches and tags too (default: local branches and HEAD)')
        .option('--rev <revision>', 'walk this revision instead of the branches; repeat for several', (value, previous = []) => [...previous, value])
        .option('--config <file>', 'configuration file (default: .leverage.yml at the first repository)');
}
/** Opens the repositories, loads the config and collects the report the flags describe. */
async function collectFromFlags(flags, io, whileWalking, onTask) {
    (0,_windowFlags_js__WEBPACK_IMPORTED_MODULE_6__/* .checkWindowFlags */ .Uc)(flags);
    const paths = flags.repo.length > 0 ? flags.repo : ['.'];
    const now = io.now();
    const revs = flags.rev ?? (flags.all ? ['--all'] : undefined);
    // git starts on bounds that need no zone (the zone's arithmetic runs while it walks), and, for the
    // first repository, before it is opened, on the default config (taken only if that is the config).
    const bounds = (0,_windowFlags_js__WEBPACK_IMPORTED_MODULE_6__/* .windowBounds */ .G4)(flags, now);
    const ahead = bounds && (0,_collect_collectReport_js__WEBPACK_IMPORTED_MODULE_2__/* .startWalkAheadOf */ .WX)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, paths[0]), bounds, revs, now);
    try {
        const opening = (0,_collect_collectReport_js__WEBPACK_IMPORTED_MODULE_2__/* .openRepositories */ .zb)(paths, io.cwd);
        // While the repository probe's git runs: the machine's zone, whose first look-up loads ICU's
        // zone data (~20-30 ms). Working out the window needs it, or the configured zone (and ICU) instead.
        if (flags.timezone === undefined)
            (0,_windowFlags_js__WEBPACK_IMPORTED_MODULE_6__/* .machineTimezone */ .zX)();
        const repositories = await opening;
        const config = await (0,_config_loadConfig_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z)(repositories[0]?.root ?? io.cwd, flags.config && node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, flags.config));
        const window = bounds ? { bounds, resolve: () => (0,_windowFlags_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveWindow */ .LI)(flags, config, now) } : await (0,_windowFlags_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveWindow */ .LI)(flags, config, now);
        const report = await (0,_collect_collectReport_js__WEBPACK_IMPORTED_MODULE_2__/* .collectReport */ .Hk)({ repositories, window, config, now, ...(ahead ? { ahead } : {}), ...(whileWalking ? { whileWalking } : {}), ...(onTask ? { onTask } : {}), ...(revs ? { revs } : {}), ...(flags.sort ? { sort: flags.sort } : {}) });
        return { report, config, repositories };
    }
    finally {
        ahead?.discard(); // unless the walk took it
    }
}
/** Prints (or writes) a rendered report and says on stderr what was skipped; --strict turns that into exit 1. */
async function emitReport(report, format, flags, context, options = {}) {
    const { io } = context;
    // Loaded only now: the renderers are not needed to start the walk, so they do not delay it.
    const { renderReportChunks } = await Promise.all(/* import() */[__webpack_require__.e(164), __webpack_require__.e(343), __webpack_require__.e(714), __webpack_require__.e(548), __webpack_require__.e(281)]).then(__webpack_require__.bind(__webpack_require__, 7281));
    await (0,_writeChunks_js__WEBPACK_IMPORTED_MODULE_4__/* .writeChunks */ .a)(renderReportChunks(report, format, options), flags.output, context);
    const skipped = report.record.skipped.length;
    if (skipped > 0) {
        io.stderr(`git-leverage: ${skipped} commit${skipped === 1 ? '' : 's'} skipped: leverage trailers that do not validate (listed in the report)\n`);
        if (flags.strict)
            context.setExitCode(1);
    }
}
function registerReportCommand(program, context) {
    const command = program
        .command('report')
        .description('print the Leverage Record of a day, a span of days, a range or all history');
    addWindowOptions(command)
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_1__/* .Option */ .c$('--format <format>', `output format: ${_render_reportFormats_js__WEBPACK_IMPORTED_MODULE_7__/* .REPORT_FORMATS */ .E.join(', ')}`).default('md'))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_1__/* .Option */ .c$('--sort <order>', 'Task Log order').choices(['factor', 'time']))
        .option('--strict', 'exit 1 when any commit is skipped for invalid trailers')
        .option('-o, --output <file>', 'write the report to a file instead of standard output')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_1__/* .Option */ .c$('--by <period>', 'roll the record up by calendar period in the zone (weeks start on Monday)').choices(_rollup_periodUnits_js__WEBPACK_IMPORTED_MODULE_8__/* .PERIOD_UNITS */ .a))
        .option('--summary', 'headline, chart and roll-up without the Task Log')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_1__/* .Option */ .c$('--chart <kind>', 'chart in Markdown output (default: config chart, then mermaid)').choices(['mermaid', 'none']))
        .action(async (flags) => {
        const format = (0,_render_reportFormats_js__WEBPACK_IMPORTED_MODULE_7__/* .parseReportFormat */ .n)(flags.format);
        if (!format)
            throw new _usageError_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .e(`unknown --format "${flags.format}" (accepted: ${_render_reportFormats_js__WEBPACK_IMPORTED_MODULE_7__/* .REPORT_FORMATS */ .E.join(', ')})`);
        // The renderers load while git walks (emitReport's import then finds them loaded), and the
        // Markdown Task Log's lines are made as tasks appear.
        let prepareLine;
        const loadRenderers = () => void Promise.all(/* import() */[__webpack_require__.e(164), __webpack_require__.e(343), __webpack_require__.e(714), __webpack_require__.e(548), __webpack_require__.e(281)]).then(__webpack_require__.bind(__webpack_require__, 7281))
            .then((renderers) => {
            if (format === 'md' && !flags.summary)
                prepareLine = renderers.prepareTaskLogLine;
        })
            .catch(() => undefined);
        const { report, config, repositories } = await collectFromFlags({ ...flags, repo: flags.repo ?? [] }, context.io, loadRenderers, (row) => prepareLine?.(row));
        const options = {
            chart: flags.chart ?? config.chart,
            ...(flags.by ? { by: flags.by } : {}),
            ...(flags.summary ? { summary: true } : {}),
            ...(format === 'html' ? { commitBaseUrls: await (0,_git_readCommitBaseUrls_js__WEBPACK_IMPORTED_MODULE_5__/* .readCommitBaseUrls */ .b)(repositories) } : {}),
        };
        await emitReport(report, format, flags, context, options);
    });
}


/***/ }),

/***/ 8209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ windowBounds),
/* harmony export */   LI: () => (/* binding */ resolveWindow),
/* harmony export */   Uc: () => (/* binding */ checkWindowFlags),
/* harmony export */   zX: () => (/* binding */ machineTimezone)
/* harmony export */ });
/* harmony import */ var _time_windowBasics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6238);
/* harmony import */ var _usageError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2163);


/** The machine's zone: what `date` would show (TZ, else the system's). */
function machineTimezone() {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
/** Flags that contradict each other are a usage error, found before any repository is opened. */
function checkWindowFlags(flags) {
    const chosen = [flags.date && '--date', flags.since && '--since', flags.range && '--range', flags.allHistory && '--all-history'].filter(Boolean);
    if (chosen.length > 1)
        throw new _usageError_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${chosen.join(' and ')} cannot be combined: choose one window`);
    if (flags.until && !flags.since)
        throw new _usageError_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e('--until needs --since (a span of whole days)');
}
/**
 * What git can be told before the window is worked out (no zone needed): the range, nothing for all
 * history, or bounds holding the days in any zone; undefined when a date is not YYYY-MM-DD (the
 * window then says what is wrong, before git starts). Today, in an unknown zone, is within a day of
 * the UTC date.
 */
function windowBounds(flags, now) {
    if (flags.range)
        return { range: flags.range };
    if (flags.allHistory)
        return {};
    const seconds = now.getTime() / 1000;
    const latestToday = (0,_time_windowBasics_js__WEBPACK_IMPORTED_MODULE_1__/* .utcDate */ .HB)(seconds + _time_windowBasics_js__WEBPACK_IMPORTED_MODULE_1__/* .DAY_SECONDS */ .fo);
    if (flags.since)
        return (0,_time_windowBasics_js__WEBPACK_IMPORTED_MODULE_1__/* .daysBounds */ .vQ)(flags.since, flags.until ?? latestToday);
    return flags.date ? (0,_time_windowBasics_js__WEBPACK_IMPORTED_MODULE_1__/* .daysBounds */ .vQ)(flags.date, flags.date) : (0,_time_windowBasics_js__WEBPACK_IMPORTED_MODULE_1__/* .daysBounds */ .vQ)((0,_time_windowBasics_js__WEBPACK_IMPORTED_MODULE_1__/* .utcDate */ .HB)(seconds - _time_windowBasics_js__WEBPACK_IMPORTED_MODULE_1__/* .DAY_SECONDS */ .fo), latestToday);
}
/** Which window the flags ask for; today in the zone when none is given. */
async function resolveWindow(flags, config, now) {
    checkWindowFlags(flags);
    const zone = (0,_time_windowBasics_js__WEBPACK_IMPORTED_MODULE_1__/* .assertTimezone */ .o5)(flags.timezone ?? config.timezone ?? machineTimezone());
    if (flags.range)
        return (0,_time_windowBasics_js__WEBPACK_IMPORTED_MODULE_1__/* .rangeWindow */ .G$)(flags.range, zone);
    if (flags.allHistory)
        return (0,_time_windowBasics_js__WEBPACK_IMPORTED_MODULE_1__/* .allHistoryWindow */ .cH)(zone);
    // Calendar days need luxon: loaded only for them.
    const { dateIn, dayWindow, daysWindow } = await Promise.all(/* import() */[__webpack_require__.e(714), __webpack_require__.e(59)]).then(__webpack_require__.bind(__webpack_require__, 9059));
    if (flags.since)
        return daysWindow(flags.since, flags.until, zone, dateIn(zone, now));
    return dayWindow(flags.date ?? dateIn(zone, now), zone);
}


/***/ }),

/***/ 819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ writeChunks)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Writes text made piece by piece (renderReportChunks) to a file or to standard output, each piece
 * written while the next is made: a long history's report is never held, copied or encoded whole.
 */


async function writeChunks(chunks, output, context) {
    if (output === undefined) {
        for (const chunk of chunks)
            context.io.stdout(chunk);
        return;
    }
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.io.cwd, output), 'w');
    try {
        let written = Promise.resolve();
        for (const chunk of chunks) {
            await written;
            written = handle.write(chunk);
        }
        await written;
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 4442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hk: () => (/* binding */ collectReport),
/* harmony export */   WX: () => (/* binding */ startWalkAheadOf),
/* harmony export */   zb: () => (/* binding */ openRepositories)
/* harmony export */ });
/* harmony import */ var _git_openRepository_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8054);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _git_streamCommits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9598);
/* harmony import */ var _config_resolveConfig_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6252);
/**
 * The collector: repositories + window → LeverageReport. Opens every repository first (so every
 * path problem is reported at once), then streams each one's history into one record builder. The
 * first repository's git may already be walking (a WalkAhead), and the window still being worked
 * out (a PendingWindow): both so that git starts as early as the command line allows.
 */




async function openRepositories(paths, cwd) {
    const results = await Promise.allSettled(paths.map((given) => (0,_git_openRepository_js__WEBPACK_IMPORTED_MODULE_0__/* .openRepository */ .h_)(given, cwd)));
    const problems = results.flatMap((result) => (result.status === 'rejected' ? [result.reason.message] : []));
    if (problems.length > 0)
        throw new _git_openRepository_js__WEBPACK_IMPORTED_MODULE_0__/* .RepositoryError */ .pU(problems.join('\n'));
    return (0,_git_openRepository_js__WEBPACK_IMPORTED_MODULE_0__/* .labelRepositories */ .r7)(results.map((result) => result.value));
}
/** What a walk's git commands take from the config, the revisions asked for and the time of the report. */
function gitWalkOptions(config, bounds, revs, now) {
    return { ...(bounds ? { bounds } : {}), revs: revs ?? config.revs ?? [], keys: config.trailerOptions.keys, ...(now ? { now: now.getTime() / 1000 } : {}) };
}
/**
 * The first repository's first `git log`, started before the repository is opened and its config
 * read, on the default config (collectReport takes it only if that is the command it would run);
 * none when the folder does not exist (opening it then says so).
 */
function startWalkAheadOf(folder, bounds, revs, now) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(folder, { throwIfNoEntry: false })?.isDirectory())
        return undefined;
    return (0,_git_streamCommits_js__WEBPACK_IMPORTED_MODULE_2__/* .startWalkAhead */ .Bl)(folder, gitWalkOptions((0,_config_resolveConfig_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveConfig */ .p)(), bounds, revs, now));
}
async function collectReport(request) {
    const { config, repositories, window: given } = request;
    const pending = 'resolve' in given ? given : undefined;
    // A pending window is worked out in a microtask, so after git has started below (streamCommits
    // starts it synchronously). Observed at once, so that a window that cannot be worked out is not an
    // unhandled rejection before anything awaits it; awaited all the same.
    const window = pending ? Promise.resolve().then(pending.resolve) : given;
    if (window instanceof Promise)
        window.catch(() => undefined);
    const options = { ...gitWalkOptions(config, pending ? pending.bounds : undefined, request.revs, request.now), window };
    // git starts walking the first repository before the record code (and zod, which validates the
    // trailers) is loaded: the two overlap, and a report costs little more than git's own walk.
    const firstWalk = repositories[0] && (0,_git_streamCommits_js__WEBPACK_IMPORTED_MODULE_2__/* .streamCommits */ .Tp)(repositories[0], options, request.ahead);
    request.whileWalking?.();
    const { classifyCommit, createRecordBuilder } = await Promise.all(/* import() */[__webpack_require__.e(164), __webpack_require__.e(343), __webpack_require__.e(548)]).then(__webpack_require__.bind(__webpack_require__, 8548));
    const builder = createRecordBuilder({ sort: request.sort ?? config.sort, ...(request.onTask ? { onTask: request.onTask } : {}) });
    const commits = [];
    // One repository at a time: two git processes on two cores would starve the parser.
    for (const [index, repo] of repositories.entries()) {
        const walk = index === 0 && firstWalk ? firstWalk : (0,_git_streamCommits_js__WEBPACK_IMPORTED_MODULE_2__/* .streamCommits */ .Tp)(repo, options);
        for await (const batch of walk) {
            for (const facts of batch) {
                const commit = classifyCommit(facts, config.trailerOptions);
                if (!commit)
                    continue;
                commits.push(commit);
                builder.add(commit);
            }
        }
    }
    return {
        window: await window,
        agent: config.agent,
        repositories: repositories.map((repo) => repo.label),
        commits,
        record: builder.finish(),
    };
}


/***/ }),

/***/ 252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ readCommitBaseUrls)
});

// EXTERNAL MODULE: ./src/git/runGit.ts
var runGit = __webpack_require__(6033);
;// CONCATENATED MODULE: ./src/render/dashboard/githubRepositoryUrl.ts
/**
 * A remote URL (`git remote get-url origin`) → `https://github.com/owner/name` when it is on
 * github.com, else undefined. Pure. Owner and name are checked against GitHub's own character set,
 * so nothing from a crafted remote URL reaches a link but a plain path.
 */
const FORMS = [
    /^https?:\/\/(?:[^@/]+@)?github\.com\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/i,
    /^ssh:\/\/(?:[^@/]+@)?github\.com(?::\d+)?\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/i,
    /^git:\/\/github\.com\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/i,
    /^(?:[^@/]+@)?github\.com:([^/]+)\/([^/]+?)(?:\.git)?\/?$/i,
];
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
function githubRepositoryUrl(remote) {
    const text = remote.trim();
    for (const form of FORMS) {
        const match = form.exec(text);
        if (!match)
            continue;
        const [, owner = '', name = ''] = match;
        if (!OWNER.test(owner) || !NAME.test(name) || name === '.' || name === '..')
            return undefined;
        return `https://github.com/${owner}/${name}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/git/readCommitBaseUrls.ts


async function readCommitBaseUrls(repositories, env) {
    const urls = {};
    for (const repo of repositories) {
        const result = await (0,runGit/* runGitRaw */.ig)(['remote', 'get-url', 'origin'], repo.root, undefined, env);
        const base = result.exitCode === 0 ? githubRepositoryUrl(result.stdout) : undefined;
        if (base)
            urls[repo.label] = base;
    }
    return urls;
}


/***/ }),

/***/ 3068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ escapeMarkdownInline),
/* harmony export */   l: () => (/* binding */ truncateText)
/* harmony export */ });
/**
 * Commit text is untrusted. These make it safe inside GitHub-flavoured Markdown while it still reads
 * exactly as written once rendered (checked against cmark-gfm in the tests).
 */
/** Characters with meaning in inline Markdown or in a table row; escaped with a backslash. */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~]/g;
/** HTML-significant characters become entities, so no tag, comment or entity can be opened. */
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** `@name` and `@org/team` at a word start would notify people; a zero-width space stops that. */
const MENTION = /(^|[^\w`])@(?=[A-Za-z0-9])/g;
const ZERO_WIDTH_SPACE = '\u200b';
/** `#123` and `GH-123` would cross-reference issues; a zero-width space stops that too. */
const ISSUE_REFERENCE = /(?<!\w)(?:#|GH-)(?=\d)/gi;
const MARKDOWN_SIGNIFICANT = /[\\`*_[\]|~]/;
const CONTROL = /[\u0000-\u001f\u007f]/;
const HTML_SIGNIFICANT = /[&<>]/;
/** Every character (or `GH-`) one of escapeMarkdownInline's replacements acts on. */
const ESCAPABLE = /[\u0000-\u001f\u007f@#&<>\\`*_[\]|~]|gh-/i;
/** ESCAPABLE less issue references: what only the other passes act on. */
const ESCAPABLE_BUT_REFERENCES = /[\u0000-\u001f\u007f@&<>\\`*_[\]|~]/;
/**
 * One line of inline Markdown (a table cell, a list item): newlines folded to spaces, Markdown and
 * HTML neutralised, mentions and issue references defused.
 */
function escapeMarkdownInline(text) {
    // Most task names hold none of what the replacements below look for, or only an issue reference
    // (`(#123)`): a pass runs only when its characters are there. The order of the passes is what is tested.
    if (!ESCAPABLE.test(text))
        return text;
    if (!ESCAPABLE_BUT_REFERENCES.test(text))
        return defuseIssueReferences(text);
    let escaped = text;
    if (CONTROL.test(escaped))
        escaped = escaped.replace(/[\r\n\t\f\v]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
    if (escaped.includes('@'))
        escaped = escaped.replace(MENTION, `$1@${ZERO_WIDTH_SPACE}`);
    escaped = defuseIssueReferences(escaped);
    if (HTML_SIGNIFICANT.test(escaped))
        escaped = escaped.replace(/[&<>]/g, (char) => HTML_ENTITIES[char]);
    return MARKDOWN_SIGNIFICANT.test(escaped) ? escaped.replace(MARKDOWN_PUNCTUATION, '\\$&') : escaped;
}
/**
 * A zero-width space after each issue reference's `#` or `GH-`. Matches are stitched together by
 * hand: `replace` with a `$&` pattern costs twice as much, and nearly every task name of a squash-
 * merged history ends in `(#123)`.
 */
function defuseIssueReferences(text) {
    let defused = '';
    let copied = 0;
    ISSUE_REFERENCE.lastIndex = 0;
    for (let match = ISSUE_REFERENCE.exec(text); match !== null; match = ISSUE_REFERENCE.exec(text)) {
        const end = match.index + match[0].length;
        defused += text.slice(copied, end) + ZERO_WIDTH_SPACE;
        copied = end;
    }
    return copied === 0 ? text : defused + text.slice(copied);
}
/** Shortens text to `max` characters (by code point), ending with an ellipsis when cut. */
function truncateText(text, max) {
    const chars = [...text.replace(/\s+/g, ' ').trim()];
    return chars.length <= max ? chars.join('') : `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}


/***/ }),

/***/ 5882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ REPORT_FORMATS),
/* harmony export */   n: () => (/* binding */ parseReportFormat)
/* harmony export */ });
/**
 * The output formats' names, apart from the renderers: a command line or the Action checks
 * `--format` before anything is read, without loading the code that renders.
 */
const REPORT_FORMATS = ['md', 'json', 'text', 'csv', 'html'];
/** Accepts the names people type (`markdown`, `txt`) for the canonical ones. */
function parseReportFormat(name) {
    const aliases = { md: 'md', markdown: 'md', json: 'json', text: 'text', txt: 'text', csv: 'csv', html: 'html' };
    return aliases[name.toLowerCase()];
}


/***/ }),

/***/ 6626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ PERIOD_UNITS)
/* harmony export */ });
/** The calendar periods a record rolls up by (apart from rollUp.ts, so option parsing does not load it). */
const PERIOD_UNITS = ['day', 'week', 'month'];


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* reexport safe */ luxon__WEBPACK_IMPORTED_MODULE_0__.c9)
/* harmony export */ });
/* harmony import */ var luxon__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8714);
/**
 * Luxon, as every module here uses it: imported from this file, so its settings hold everywhere.
 * The locale is fixed: every date we print is ISO text or a numeric format, and without one luxon
 * asks Intl for the machine's locale at its first date arithmetic (~10 ms of loading ICU at
 * start-up), whose numbering system could even change the digits of a period's name.
 */

luxon__WEBPACK_IMPORTED_MODULE_0__/* .Settings */ .wB.defaultLocale = 'en-US';



/***/ }),

/***/ 9059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dateIn: () => (/* binding */ dateIn),
/* harmony export */   dayWindow: () => (/* binding */ dayWindow),
/* harmony export */   daysWindow: () => (/* binding */ daysWindow)
/* harmony export */ });
/* harmony import */ var _luxon_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);
/* harmony import */ var _windowBasics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6238);
/**
 * Calendar days in an IANA time zone, as instants. Luxon does the zone arithmetic (it reads the
 * tz database through Intl), so DST days are 23 or 25 hours long without any offset math here.
 */


const DATE_FORM = /^\d{4}-\d{2}-\d{2}$/;
function startOfDay(date, zone, what) {
    if (!DATE_FORM.test(date))
        throw new _windowBasics_js__WEBPACK_IMPORTED_MODULE_1__/* .WindowError */ .xM(`${what} "${date}" is not a date (accepted: YYYY-MM-DD, e.g. 2026-04-12)`);
    const day = _luxon_js__WEBPACK_IMPORTED_MODULE_0__/* .DateTime */ .c.fromISO(date, { zone });
    if (!day.isValid)
        throw new _windowBasics_js__WEBPACK_IMPORTED_MODULE_1__/* .WindowError */ .xM(`${what} "${date}" is not a calendar date (${day.invalidExplanation ?? day.invalidReason})`);
    return day.startOf('day');
}
/** One calendar day: [start of `date`, start of the next day) in `zone`. */
function dayWindow(date, zone) {
    (0,_windowBasics_js__WEBPACK_IMPORTED_MODULE_1__/* .assertTimezone */ .o5)(zone);
    const start = startOfDay(date, zone, '--date');
    return { kind: 'day', label: date, timezone: zone, start: start.toSeconds(), end: start.plus({ days: 1 }).toSeconds() };
}
/** Whole days from `since` through `until` (both included) in `zone`. */
function daysWindow(since, until, zone, today) {
    (0,_windowBasics_js__WEBPACK_IMPORTED_MODULE_1__/* .assertTimezone */ .o5)(zone);
    const start = startOfDay(since, zone, '--since');
    const last = startOfDay(until ?? today, zone, '--until');
    if (last < start)
        throw new _windowBasics_js__WEBPACK_IMPORTED_MODULE_1__/* .WindowError */ .xM(`--until ${until} is before --since ${since}`);
    const label = since === (until ?? today) ? since : `${since} to ${until ?? today}`;
    return { kind: since === (until ?? today) ? 'day' : 'days', label, timezone: zone, start: start.toSeconds(), end: last.plus({ days: 1 }).toSeconds() };
}
/** The calendar date of an instant in a zone (`now` is passed in: the core reads no clock). */
function dateIn(zone, now, offsetDays = 0) {
    return _luxon_js__WEBPACK_IMPORTED_MODULE_0__/* .DateTime */ .c.fromJSDate(now, { zone: (0,_windowBasics_js__WEBPACK_IMPORTED_MODULE_1__/* .assertTimezone */ .o5)(zone) }).plus({ days: offsetDays }).toISODate();
}


/***/ }),

/***/ 6387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jY: () => (/* reexport */ trailerKeys/* DEFAULT_TRAILER_KEYS */.jY),
  yR: () => (/* reexport */ trailerKeys/* LEVERAGE_FIELDS */.yR),
  BJ: () => (/* binding */ describeProblem),
  F_: () => (/* reexport */ trailerKeys/* fieldOfKey */.F_),
  Iy: () => (/* binding */ readLeverageTrailers)
});

// UNUSED EXPORTS: DEFAULT_TRAILER_OPTIONS

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js
var schemas = __webpack_require__(4343);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/parse.js
var parse = __webpack_require__(4196);
// EXTERNAL MODULE: ./src/trailers/trailerKeys.ts
var trailerKeys = __webpack_require__(4847);
;// CONCATENATED MODULE: ./src/trailers/valueGrammar.ts
/**
 * The grammars of leverage trailer values. Pure string → number parsers that return `undefined` for
 * anything they do not accept, so the zod schema (trailerSchema.ts) owns the error messages.
 */
const NUMBER = String.raw `\d+(?:\.\d+)?`;
const UNIT_PARTS = new RegExp(String.raw `^(?:(${NUMBER})\s*d)?\s*(?:(${NUMBER})\s*h)?\s*(?:(${NUMBER})\s*m)?$`, 'i');
const BARE_NUMBER = new RegExp(`^${NUMBER}$`);
/** What a person may write, shown in every rejection. */
const ACCEPTED_FORMS = {
    humanEstimate: 'hours or a duration: 160h, 1.5h, 0.75h, 90m, 1h30m, 2d (a bare number means hours)',
    minutes: 'minutes: 20, 2.5, 20m, 1h5m (a bare number means minutes)',
    tokens: 'a whole number of tokens: 412000, 412k, 1.2M, 4,129,000',
    task: 'one line of text describing the task',
    taskId: 'a short id of letters, digits and . _ / # : - (at most 64 characters), e.g. NOTIF-12',
};
/**
 * Parses a duration into minutes. `bareUnit` says what a number without a unit means.
 * Days are `hoursPerDay` hours long.
 */
function parseDurationMinutes(text, bareUnit, hoursPerDay) {
    const value = text.trim();
    if (value === '')
        return undefined;
    if (BARE_NUMBER.test(value))
        return Number(value) * (bareUnit === 'h' ? 60 : 1);
    const match = UNIT_PARTS.exec(value);
    if (!match)
        return undefined;
    const [, days, hours, minutes] = match;
    if (days === undefined && hours === undefined && minutes === undefined)
        return undefined;
    return Number(days ?? 0) * hoursPerDay * 60 + Number(hours ?? 0) * 60 + Number(minutes ?? 0);
}
const TOKEN_SUFFIX = { k: 1e3, m: 1e6, b: 1e9 };
const TOKENS_PLAIN = /^\d{1,3}(?:,\d{3})+$|^\d+$/;
const TOKENS_SUFFIXED = /^(\d+(?:\.\d+)?)\s*([kmb])$/i;
/** Parses a token count: `412000`, `412k`, `1.2M`, `4,129,000`. Only whole numbers are tokens. */
function parseTokens(text) {
    const value = text.trim();
    if (TOKENS_PLAIN.test(value))
        return Number(value.replaceAll(',', ''));
    const match = TOKENS_SUFFIXED.exec(value);
    if (!match)
        return undefined;
    const [, amount = '', suffix = ''] = match;
    const tokens = Number(`${amount}e${Math.log10(TOKEN_SUFFIX[suffix.toLowerCase()] ?? 1)}`);
    return Number.isInteger(tokens) ? tokens : undefined;
}
/** Task-Id: short, printable, no spaces, so it can be matched across repositories. */
const TASK_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/#:-]{0,63}$/;

;// CONCATENATED MODULE: ./src/trailers/trailerSchema.ts
/**
 * The one schema of leverage trailers, shared by the collector, the commit-msg hook, the CLI's
 * writers and the Action. Input: the trailers git's own parser found in a message. Output: a verdict.
 *
 * Written with zod's functional build (`zod/mini`: the same zod 4 core, checks, issues and
 * messages, without the method-chaining layer classic zod adds to every schema). The commit-msg
 * hook loads this schema on every commit with leverage trailers, and its budget is measured against
 * Node's bare start-up: classic zod cost it ~5 ms more (bench/hook, docs/hooks.md "Speed").
 */



// The key names live apart so that the stream parser can use them without loading zod.

/** Fields whose presence makes a commit a record (and so requires Task, Human-Estimate, Claude-Minutes). */
const FIGURE_FIELDS = ['humanEstimate', 'claudeMinutes', 'supervisoryMinutes', 'tokens'];
const RECORD_REQUIRES = ['task', 'humanEstimate', 'claudeMinutes'];
const ACCEPTED = {
    task: ACCEPTED_FORMS.task,
    humanEstimate: ACCEPTED_FORMS.humanEstimate,
    claudeMinutes: ACCEPTED_FORMS.minutes,
    supervisoryMinutes: ACCEPTED_FORMS.minutes,
    tokens: ACCEPTED_FORMS.tokens,
    taskId: ACCEPTED_FORMS.taskId,
};
/** A custom issue from a transform (zod/mini's transforms report through the payload). */
function fail(ctx, input, message) {
    ctx.issues.push({ code: 'custom', message, input });
    return core/* NEVER */.tm;
}
function positiveDuration(bareUnit, hoursPerDay, what) {
    return schemas/* pipe */.FsL(schemas/* string */.YjP(), schemas/* transform */.pdi((text, ctx) => {
        const minutes = parseDurationMinutes(text, bareUnit, hoursPerDay);
        if (minutes === undefined)
            return fail(ctx, text, 'is not a duration');
        if (!(minutes > 0))
            return fail(ctx, text, `is not more than zero; ${what} must be more than zero`);
        return minutes;
    }));
}
function buildSchema(hoursPerDay) {
    return schemas/* object */.Ikc({
        task: schemas/* optional */.lqM(schemas/* string */.YjP().check(api/* _trim */.WN(), api/* _minLength */.m9(1, 'is empty'), api/* _maxLength */.Eb(2000, 'is longer than 2,000 characters'))),
        taskId: schemas/* optional */.lqM(schemas/* string */.YjP().check(api/* _trim */.WN(), api/* _regex */.Fk(TASK_ID_PATTERN, 'is not a valid task id'))),
        humanEstimate: schemas/* optional */.lqM(positiveDuration('h', hoursPerDay, 'the human estimate')),
        claudeMinutes: schemas/* optional */.lqM(positiveDuration('m', hoursPerDay, 'the agent minutes')),
        supervisoryMinutes: schemas/* optional */.lqM(positiveDuration('m', hoursPerDay, 'supervisory minutes (omit the trailer when nobody supervised)')),
        tokens: schemas/* optional */.lqM(schemas/* pipe */.FsL(schemas/* string */.YjP(), schemas/* transform */.pdi((text, ctx) => {
            const tokens = parseTokens(text);
            return tokens === undefined ? fail(ctx, text, 'is not a token count') : tokens;
        }))),
    });
}
/** Verdicts on figure texts kept per schema: enough for any real history's distinct estimates, bounded for any other. */
const REMEMBERED_FIGURES = 4096;
/**
 * The schema of one `hoursPerDay`, and a field-by-field check through its own field schemas. A
 * commit is checked field by field rather than as one object: most of a long history's cost in
 * zod was the object's own layer (a payload and a result a field, absent ones included), and
 * figure texts repeat (`16h`, `2.5`, `412k`), so zod's verdict on each is remembered. zod still
 * decides every value, with the same messages.
 */
class LeverageSchema {
    object;
    /** The fields in the schema's order: problems are listed in it. */
    fields;
    remembered = new Map();
    constructor(hoursPerDay) {
        this.object = buildSchema(hoursPerDay);
        this.fields = Object.keys(this.object.shape);
        for (const field of FIGURE_FIELDS)
            this.remembered.set(field, new Map());
    }
    check(field, text) {
        const remembered = this.remembered.get(field);
        const known = remembered?.get(text);
        if (known)
            return known;
        const parsed = parse/* safeParse */.xL(this.object.shape[field], text);
        const verdict = parsed.success ? { ok: true, value: parsed.data } : { ok: false, messages: parsed.error.issues.map((issue) => issue.message) };
        if (remembered && remembered.size < REMEMBERED_FIGURES)
            remembered.set(text, verdict);
        return verdict;
    }
}
const schemaCache = new Map();
function schemaOf(hoursPerDay) {
    let schema = schemaCache.get(hoursPerDay);
    if (!schema) {
        schema = new LeverageSchema(hoursPerDay);
        schemaCache.set(hoursPerDay, schema);
    }
    return schema;
}
/**
 * Reads the leverage trailers among all of a message's trailers (as git parsed them) and decides:
 * no leverage trailers, a link (Task/Task-Id only), a record, or invalid with every problem listed.
 */
function readLeverageTrailers(trailers, options) {
    const { keys } = options;
    const values = {};
    const problems = [];
    let found = 0;
    for (const trailer of trailers) {
        const field = (0,trailerKeys/* fieldOfKey */.F_)(trailer.key, keys);
        if (!field)
            continue;
        if (values[field] !== undefined) {
            problems.push({
                key: keys[field],
                value: trailer.value,
                message: `appears a second time (first "${values[field]}"); a commit carries each leverage trailer once`,
                accepted: ACCEPTED[field],
            });
            continue;
        }
        values[field] = trailer.value;
        found += 1;
    }
    if (found === 0 && problems.length === 0)
        return { kind: 'none' };
    const schema = schemaOf(options.hoursPerDay);
    const data = {};
    for (const field of schema.fields) {
        const text = values[field];
        if (text === undefined)
            continue;
        const verdict = schema.check(field, text);
        if (verdict.ok) {
            data[field] = verdict.value;
            continue;
        }
        for (const message of verdict.messages)
            problems.push({ key: keys[field], value: text, message, accepted: ACCEPTED[field] });
    }
    const isRecord = FIGURE_FIELDS.some((field) => values[field] !== undefined);
    if (isRecord) {
        for (const field of RECORD_REQUIRES) {
            if (values[field] === undefined) {
                problems.push({
                    key: keys[field],
                    value: undefined,
                    message: `is missing: a commit with figures needs ${RECORD_REQUIRES.map((f) => keys[f]).join(', ')}`,
                    accepted: ACCEPTED[field],
                });
            }
        }
    }
    // A value zod rejects always comes with at least one message, so problems hold every rejection.
    if (problems.length > 0)
        return { kind: 'invalid', problems };
    const task = data.task;
    const taskId = data.taskId;
    if (!isRecord)
        return { kind: 'link', task, taskId };
    return {
        kind: 'record',
        figures: {
            task: task,
            taskId,
            humanMinutes: data.humanEstimate,
            claudeMinutes: data.claudeMinutes,
            supervisoryMinutes: data.supervisoryMinutes,
            tokens: data.tokens,
        },
    };
}
/** One problem as a single line: `Human-Estimate: "abc" is not a duration (accepted: ...)`. */
function describeProblem(problem) {
    const subject = problem.value === undefined ? problem.key : `${problem.key}: "${problem.value}"`;
    return `${subject} ${problem.message} (accepted: ${problem.accepted})`;
}


/***/ })

};
;