"use strict";
exports.id = 206;
exports.ids = [206];
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

/***/ 5300:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.demoCommitMessage = demoCommitMessage;
exports.createDemoRepository = createDemoRepository;
/**
 * Builds the demo's throwaway repository: one commit per task of DEMO_TASKS, authored at its time
 * of day in DEMO_TIMEZONE, written in one `git fast-import` run. Each commit adds a line to
 * WORKLOG.md and writes its task's file, of demoChangedLines lines, so the Estimate check has
 * change sizes to judge.
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
/** The `lines` lines of the file the `index`-th task writes (WORKLOG.md's line is the commit's other one). */
function taskFileLines(index, lines) {
    let text = '';
    for (let line = 1; line <= lines; line += 1)
        text += `task ${index + 1}, line ${line}\n`;
    return text;
}
function inlineData(text) {
    return [`data ${Buffer.byteLength(text)}`, text];
}
function fastImportStream() {
    const person = `${isolatedGitEnv_js_1.DEMO_IDENTITY.name} <${isolatedGitEnv_js_1.DEMO_IDENTITY.email}>`;
    const parts = [];
    let log = '';
    demoTasks_js_1.DEMO_TASKS.forEach((task, index) => {
        const message = demoCommitMessage(task);
        log += `${task.time} ${task.task}\n`;
        const date = rawGitDate(task.time);
        parts.push('commit refs/heads/main', `mark :${index + 1}`, `author ${person} ${date}`, `committer ${person} ${date}`, `data ${Buffer.byteLength(message)}`, message, ...(index > 0 ? [`from :${index}`] : []), 'M 100644 inline WORKLOG.md', `data ${Buffer.byteLength(log)}`, log, `M 100644 inline work/task-${String(index + 1).padStart(2, '0')}.txt`, ...inlineData(taskFileLines(index, (0, demoTasks_js_1.demoChangedLines)(task, index) - 1)));
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
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/**
 * The demo's data: the 37 tasks of the published Leverage Record of 2026-04-12, in the order the work
 * was done that day (local times in DEMO_TIMEZONE), with the trailer values a person would have typed.
 * Only inputs live here; every factor and total of the demo's output is computed by the core.
 * The record published only the day's token total (4,129,000); it is spread over the commits by
 * Claude minutes.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEMO_LINES_PER_HOUR = exports.DEMO_TASKS = exports.DEMO_TIMEZONE = exports.DEMO_DATE = void 0;
exports.demoChangedLines = demoChangedLines;
const valueGrammar_js_1 = __webpack_require__(3144);
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
    { time: '08:33', task: "Full security audit across 57 repos: 27 checks, 6 sections, secrets detection, dependency security, source maps, prod config safety, infrastructure security, build security", humanEstimate: '8h', claudeMinutes: '20', supervisoryMinutes: '3', tokens: '134k', changedLines: 6 },
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
    { time: '20:16', task: "Create client site static site scaffold", humanEstimate: '0.5h', claudeMinutes: '2', supervisoryMinutes: '2', tokens: '13k', changedLines: 1500 },
    { time: '20:34', task: "Create synthetic student simulator repo scaffold with comprehensive docs suite (requirements, design, technical strategy, IP analysis, CLAUDE.md, README.md), initialize git, create repo, update root docs", humanEstimate: '16h', claudeMinutes: '8', supervisoryMinutes: '5', tokens: '54k' },
    { time: '21:49', task: "Comprehensive E2E student journey: 16-step tour, 5 activity modes, 75 activities, sick day simulation, exam, visual audit (29 issues found), tour update with 8 new features, proxy fix", humanEstimate: '40h', claudeMinutes: '60', supervisoryMinutes: '10', tokens: '403k' },
];
/** Lines per estimated hour in the demo's commits: a plausible pace for a person writing the change. */
exports.DEMO_LINES_PER_HOUR = 30;
/** A fixed spread around that pace (0.6x to 1.5x), so the demo's tasks differ as real ones do but stay within the check's 4x. */
const DEMO_LINE_SPREAD = [1, 1.4, 0.7, 1.2, 0.8, 1.5, 0.9, 1.1, 0.6, 1.3];
/**
 * The lines the commit of the `index`-th demo task changes: its `changedLines` where it is
 * deliberately off, otherwise about DEMO_LINES_PER_HOUR per estimated hour, spread by its place.
 */
function demoChangedLines(task, index) {
    if (task.changedLines !== undefined)
        return task.changedLines;
    const hours = ((0, valueGrammar_js_1.parseDurationMinutes)(task.humanEstimate, 'h', 8) ?? 0) / 60;
    return Math.max(1, Math.round(hours * exports.DEMO_LINES_PER_HOUR * DEMO_LINE_SPREAD[index % DEMO_LINE_SPREAD.length]));
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


/***/ })

};
;