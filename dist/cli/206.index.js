"use strict";
exports.id = 206;
exports.ids = [206,595];
exports.modules = {

/***/ 206:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.registerDemoCommand = registerDemoCommand;
/**
 * `git-leverage demo`: builds a throwaway repository carrying the published record of 2026-04-12
 * and prints its Leverage Record, exactly as `report` would for a real repository.
 */
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_os_1 = __importDefault(__webpack_require__(8161));
const node_path_1 = __importDefault(__webpack_require__(6760));
const commander_1 = __webpack_require__(8909);
const collectReport_js_1 = __webpack_require__(4442);
const resolveConfig_js_1 = __webpack_require__(6252);
const createDemoRepository_js_1 = __webpack_require__(5300);
const demoTasks_js_1 = __webpack_require__(5136);
const reportFormats_js_1 = __webpack_require__(5882);
const reportWindow_js_1 = __webpack_require__(7084);
const output_js_1 = __webpack_require__(6657);
const userError_js_1 = __webpack_require__(40);
const report_js_1 = __webpack_require__(4595);
/** The signals that end a command early: Ctrl-C, `kill`, a closed terminal. */
const INTERRUPTS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/**
 * Removes `dir` if the process is interrupted before the returned function is called, then lets the
 * signal end the process as it would have (exit status 128 + its number). A `finally` does not run
 * when a signal ends Node, so without this an interrupted demo leaves its folder behind.
 */
function removeWhenInterrupted(dir) {
    const stop = () => {
        for (const signal of INTERRUPTS)
            process.off(signal, onSignal);
    };
    function onSignal(signal) {
        stop();
        // Synchronous: the process ends right after. Retries cover a git still writing into the folder.
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true, maxRetries: 3 });
        process.kill(process.pid, signal);
    }
    for (const signal of INTERRUPTS)
        process.on(signal, onSignal);
    return stop;
}
/** A new empty folder in the system's temporary folder, or a one-line error naming that folder. */
async function makeDemoParent(env) {
    const tmp = node_os_1.default.tmpdir();
    try {
        return await (0, promises_1.mkdtemp)(node_path_1.default.join(tmp, 'git-leverage-demo-'));
    }
    catch (error) {
        const from = env.TMPDIR ? ' (TMPDIR)' : '';
        throw new userError_js_1.UserError(`cannot create the demo repository in ${tmp}${from}: ${(0, output_js_1.systemErrorReason)(error)}`);
    }
}
function registerDemoCommand(program, context) {
    program
        .command('demo')
        .description(`build a throwaway repository with the figures of the ${demoTasks_js_1.DEMO_DATE} record and print its Leverage Record`)
        .addOption(new commander_1.Option('--format <format>', `output format: ${reportFormats_js_1.REPORT_FORMATS.join(', ')}`).default('md'))
        .option('--keep', 'keep the demo repository and print its path on standard error')
        .option('-o, --output <file>', 'write the report to a file instead of standard output')
        .action(async (flags) => {
        const format = (0, reportFormats_js_1.parseReportFormat)(flags.format);
        if (!format)
            throw new userError_js_1.UsageError(`unknown --format "${flags.format}" (accepted: ${reportFormats_js_1.REPORT_FORMATS.join(', ')})`);
        const { io } = context;
        const parent = await makeDemoParent(io.env);
        const stopWatching = flags.keep ? () => undefined : removeWhenInterrupted(parent);
        // A fixed folder name, so the report names the same repository on every run.
        const dir = node_path_1.default.join(parent, 'leverage-demo');
        try {
            await (0, promises_1.mkdir)(dir);
            await (0, createDemoRepository_js_1.createDemoRepository)(dir, io.env);
            const repositories = await (0, collectReport_js_1.openRepositories)([dir], io.cwd);
            const report = await (0, collectReport_js_1.collectReport)({ repositories, window: (0, reportWindow_js_1.dayWindow)(demoTasks_js_1.DEMO_DATE, demoTasks_js_1.DEMO_TIMEZONE), config: (0, resolveConfig_js_1.resolveConfig)() });
            await (0, report_js_1.emitReport)(report, format, flags, context);
            if (flags.keep)
                io.stderr(`demo repository kept at ${dir}\n`);
        }
        finally {
            stopWatching();
            if (!flags.keep)
                await (0, promises_1.rm)(parent, { recursive: true, force: true });
        }
    });
}


/***/ }),

/***/ 4595:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addWindowOptions = addWindowOptions;
exports.collectFromFlags = collectFromFlags;
exports.emitReport = emitReport;
exports.registerReportCommand = registerReportCommand;
/**
 * `git-leverage report`: the Leverage Record of a day, a span of days, a git range or all history,
 * over one or more repositories.
 */
const node_path_1 = __importDefault(__webpack_require__(6760));
const commander_1 = __webpack_require__(8909);
const collectReport_js_1 = __webpack_require__(4442);
const loadConfig_js_1 = __webpack_require__(6494);
const renderReport_js_1 = __webpack_require__(2008);
const reportFormats_js_1 = __webpack_require__(5882);
const periodUnits_js_1 = __webpack_require__(6626);
const userError_js_1 = __webpack_require__(40);
const writeChunks_js_1 = __webpack_require__(819);
const checkSummaryFormat_js_1 = __webpack_require__(5275);
const windowRequest_js_1 = __webpack_require__(7941);
const readCommitBaseUrls_js_1 = __webpack_require__(1288);
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
async function collectFromFlags(flags, io) {
    (0, windowRequest_js_1.checkWindowRequest)(flags);
    const repositories = await (0, collectReport_js_1.openRepositories)(flags.repo.length > 0 ? flags.repo : ['.'], io.cwd);
    const config = await (0, loadConfig_js_1.loadConfig)(repositories[0]?.root ?? io.cwd, flags.config && node_path_1.default.resolve(io.cwd, flags.config));
    const now = io.now();
    const window = (0, windowRequest_js_1.resolveWindow)(flags, config.timezone, now);
    const revs = flags.rev ?? (flags.all ? ['--all'] : undefined);
    const report = await (0, collectReport_js_1.collectReport)({ repositories, window, config, now, ...(revs ? { revs } : {}), ...(flags.sort ? { sort: flags.sort } : {}) });
    return { report, config, repositories };
}
/** Prints (or writes) a rendered report and says on stderr what was skipped; --strict turns that into exit 1. */
async function emitReport(report, format, flags, context, options = {}) {
    const { io } = context;
    await (0, writeChunks_js_1.writeChunks)((0, renderReport_js_1.renderReportChunks)(report, format, options), flags.output, context);
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
        .addOption(new commander_1.Option('--format <format>', `output format: ${reportFormats_js_1.REPORT_FORMATS.join(', ')}`).default('md'))
        .addOption(new commander_1.Option('--sort <order>', 'Task Log order').choices(['factor', 'time']))
        .option('--strict', 'exit 1 when any commit is skipped for invalid trailers')
        .option('-o, --output <file>', 'write the report to a file instead of standard output')
        .addOption(new commander_1.Option('--by <period>', 'roll the record up by calendar period in the zone (weeks start on Monday)').choices(periodUnits_js_1.PERIOD_UNITS))
        .option('--summary', 'headline, chart and roll-up without the Task Log (md and text)')
        .addOption(new commander_1.Option('--chart <kind>', 'chart in Markdown output (default: none on a terminal, else config chart, then mermaid)').choices(['mermaid', 'none']))
        .action(async (flags) => {
        const format = (0, reportFormats_js_1.parseReportFormat)(flags.format);
        if (!format)
            throw new userError_js_1.UsageError(`unknown --format "${flags.format}" (accepted: ${reportFormats_js_1.REPORT_FORMATS.join(', ')})`);
        (0, checkSummaryFormat_js_1.checkSummaryFormat)(format, flags.summary);
        const { report, config, repositories } = await collectFromFlags({ ...flags, repo: flags.repo ?? [] }, context.io);
        const options = {
            // Mermaid is drawn where Markdown is published (GitHub, a file); a terminal shows its source.
            chart: flags.chart ?? (format === 'md' && !flags.output && context.io.stdoutIsTerminal ? 'none' : config.chart),
            ...(flags.by ? { by: flags.by } : {}),
            ...(flags.summary ? { summary: true } : {}),
            ...(format === 'html' ? { commitBaseUrls: await (0, readCommitBaseUrls_js_1.readCommitBaseUrls)(repositories) } : {}),
        };
        await emitReport(report, format, flags, context, options);
    });
}


/***/ }),

/***/ 4442:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.openRepositories = openRepositories;
exports.collectReport = collectReport;
/**
 * The collector: repositories + window + config → LeverageReport. Opens every repository first (so
 * every path problem is reported at once), then streams each one's history into one record builder.
 */
const openRepository_js_1 = __webpack_require__(8054);
const streamCommits_js_1 = __webpack_require__(9598);
const buildRecord_js_1 = __webpack_require__(8548);
const classifyCommit_js_1 = __webpack_require__(7277);
/** Opens every path, reporting all the problems at once. */
async function openRepositories(paths, cwd) {
    const results = await Promise.allSettled(paths.map((given) => (0, openRepository_js_1.openRepository)(given, cwd)));
    const problems = results.flatMap((result) => (result.status === 'rejected' ? [result.reason.message] : []));
    if (problems.length > 0)
        throw new openRepository_js_1.RepositoryError(problems.join('\n'));
    return (0, openRepository_js_1.labelRepositories)(results.map((result) => result.value));
}
async function collectReport({ repositories, window, config, revs, sort, now }) {
    const builder = (0, buildRecord_js_1.createRecordBuilder)({ sort: sort ?? config.sort });
    const commits = [];
    const options = { window, revs: revs ?? config.revs ?? [], keys: config.trailerOptions.keys, ...(now ? { now: now.getTime() / 1000 } : {}) };
    // One repository at a time: two git processes on two cores would starve the reader.
    for (const repo of repositories) {
        for await (const batch of (0, streamCommits_js_1.streamCommits)(repo, options)) {
            for (const facts of batch) {
                const commit = (0, classifyCommit_js_1.classifyCommit)(facts, config.trailerOptions);
                if (!commit)
                    continue;
                commits.push(commit);
                builder.add(commit);
            }
        }
    }
    return { window, agent: config.agent, repositories: repositories.map((repo) => repo.label), commits, record: builder.finish() };
}


/***/ }),

/***/ 5300:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.demoCommitMessage = demoCommitMessage;
exports.createDemoRepository = createDemoRepository;
/**
 * Builds the demo's throwaway repository: one commit per task of DEMO_TASKS, authored at its time
 * of day in DEMO_TIMEZONE, written in one `git fast-import` run.
 */
const luxon_js_1 = __webpack_require__(8080);
const isolatedGitEnv_js_1 = __webpack_require__(2106);
const runGit_js_1 = __webpack_require__(6033);
const trailerSchema_js_1 = __webpack_require__(8460);
const clipText_js_1 = __webpack_require__(9722);
const demoTasks_js_1 = __webpack_require__(5136);
/** The commit message a person (or an agent) would write for a demo task. */
function demoCommitMessage(task) {
    const keys = trailerSchema_js_1.DEFAULT_TRAILER_KEYS;
    return [
        (0, clipText_js_1.truncateText)(task.task, 72),
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
    const local = luxon_js_1.DateTime.fromISO(`${demoTasks_js_1.DEMO_DATE}T${time}`, { zone: demoTasks_js_1.DEMO_TIMEZONE });
    return `${local.toSeconds()} ${local.toFormat('ZZZ')}`;
}
function fastImportStream() {
    const person = `${isolatedGitEnv_js_1.DEMO_IDENTITY.name} <${isolatedGitEnv_js_1.DEMO_IDENTITY.email}>`;
    const parts = [];
    let log = '';
    demoTasks_js_1.DEMO_TASKS.forEach((task, index) => {
        const message = demoCommitMessage(task);
        log += `${task.time} ${task.task}\n`;
        const date = rawGitDate(task.time);
        parts.push('commit refs/heads/main', `mark :${index + 1}`, `author ${person} ${date}`, `committer ${person} ${date}`, `data ${Buffer.byteLength(message)}`, message, ...(index > 0 ? [`from :${index}`] : []), 'M 100644 inline WORKLOG.md', `data ${Buffer.byteLength(log)}`, log);
    });
    return `${parts.join('\n')}\n`;
}
/** Creates the demo repository in `dir` (an empty folder) and checks out its main branch. */
async function createDemoRepository(dir, baseEnv) {
    const env = (0, isolatedGitEnv_js_1.isolatedGitEnv)(baseEnv);
    await (0, runGit_js_1.runGit)(['init', '--quiet', '--initial-branch=main'], dir, undefined, env);
    await (0, runGit_js_1.runGit)(['fast-import', '--quiet'], dir, fastImportStream(), env);
    await (0, runGit_js_1.runGit)(['checkout', '--quiet', '--force', 'main'], dir, undefined, env);
}


/***/ }),

/***/ 5136:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The demo's data: the 37 tasks of the published Leverage Record of 2026-04-12, in the order the work
 * was done that day (local times in DEMO_TIMEZONE), with the trailer values a person would have typed.
 * Only inputs live here; every factor and total of the demo's output is computed by the core.
 * The record published only the day's token total (4,129,000); it is spread over the commits by
 * Claude minutes.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEMO_TASKS = exports.DEMO_TIMEZONE = exports.DEMO_DATE = void 0;
exports.DEMO_DATE = '2026-04-12';
exports.DEMO_TIMEZONE = 'America/New_York';
exports.DEMO_TASKS = [
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


/***/ }),

/***/ 7504:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.githubRepositoryUrl = githubRepositoryUrl;
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


/***/ }),

/***/ 2106:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEMO_IDENTITY = void 0;
exports.isolatedGitEnv = isolatedGitEnv;
exports.DEMO_IDENTITY = { name: 'Demo Developer', email: 'demo@git-leverage.invalid' };
function isolatedGitEnv(base, identity = exports.DEMO_IDENTITY, home) {
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


/***/ }),

/***/ 1288:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readCommitBaseUrls = readCommitBaseUrls;
const runGit_js_1 = __webpack_require__(6033);
const githubRepositoryUrl_js_1 = __webpack_require__(7504);
async function readCommitBaseUrls(repositories, env) {
    const urls = {};
    for (const repo of repositories) {
        const result = await (0, runGit_js_1.runGitRaw)(['remote', 'get-url', 'origin'], repo.root, undefined, env);
        const base = result.exitCode === 0 ? (0, githubRepositoryUrl_js_1.githubRepositoryUrl)(result.stdout) : undefined;
        if (base)
            urls[repo.label] = base;
    }
    return urls;
}


/***/ }),

/***/ 7277:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.classifyCommit = classifyCommit;
const trailerSchema_js_1 = __webpack_require__(8460);
/** Reads a commit's leverage trailers; undefined when it has none. */
function classifyCommit(commit, options) {
    const verdict = (0, trailerSchema_js_1.readLeverageTrailers)(commit.trailers, options);
    if (verdict.kind === 'none')
        return undefined;
    const leverage = { repo: commit.repo, sha: commit.sha, authorName: commit.authorName, authorEmail: commit.authorEmail, authorTime: commit.authorTime, subject: commit.subject, verdict };
    if (commit.embedded)
        leverage.embedded = commit.embedded;
    return leverage;
}


/***/ }),

/***/ 7941:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.machineTimezone = machineTimezone;
exports.checkWindowRequest = checkWindowRequest;
exports.resolveWindow = resolveWindow;
const userError_js_1 = __webpack_require__(40);
const reportWindow_js_1 = __webpack_require__(7084);
/** The machine's zone: what `date` would show (TZ, else the system's). */
function machineTimezone() {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
/** A request that contradicts itself is a usage error, found before any repository is opened. */
function checkWindowRequest(request) {
    const chosen = [request.date && '--date', request.since && '--since', request.range && '--range', request.allHistory && '--all-history'].filter(Boolean);
    if (chosen.length > 1)
        throw new userError_js_1.UsageError(`${chosen.join(' and ')} cannot be combined: choose one window`);
    if (request.until && !request.since)
        throw new userError_js_1.UsageError('--until needs --since (a span of whole days)');
}
/**
 * The window a request asks for; today in the zone when it names none. The zone: the request's,
 * else the configured one, else the machine's.
 */
function resolveWindow(request, configuredTimezone, now) {
    checkWindowRequest(request);
    const zone = (0, reportWindow_js_1.assertTimezone)(request.timezone ?? configuredTimezone ?? machineTimezone());
    if (request.range)
        return (0, reportWindow_js_1.rangeWindow)(request.range, zone);
    if (request.allHistory)
        return (0, reportWindow_js_1.allHistoryWindow)(zone);
    if (request.since)
        return (0, reportWindow_js_1.daysWindow)(request.since, request.until, zone, (0, reportWindow_js_1.dateIn)(zone, now));
    return (0, reportWindow_js_1.dayWindow)(request.date ?? (0, reportWindow_js_1.dateIn)(zone, now), zone);
}


/***/ })

};
;