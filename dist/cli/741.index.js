"use strict";
exports.id = 741;
exports.ids = [741,595];
exports.modules = {

/***/ 2741:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.registerDashboardCommand = registerDashboardCommand;
/**
 * `git-leverage dashboard`: the report of a span of days as one self-contained HTML file (totals,
 * a chart of hours and factor per period, a sortable and filterable task table, commit links when
 * the remote is on GitHub). Collecting is the report command's; rendering is renderDashboard's.
 */
const commander_1 = __webpack_require__(8909);
const renderReport_js_1 = __webpack_require__(2008);
const periodUnits_js_1 = __webpack_require__(6626);
const readCommitBaseUrls_js_1 = __webpack_require__(1288);
const writeChunks_js_1 = __webpack_require__(819);
const report_js_1 = __webpack_require__(4595);
function registerDashboardCommand(program, context) {
    const command = program.command('dashboard').description('write an offline HTML dashboard: totals, hours and factor per period, a sortable task table');
    (0, report_js_1.addWindowOptions)(command)
        .addOption(new commander_1.Option('--by <period>', 'period of the chart (default: day up to two months, week up to two years, else month)').choices(periodUnits_js_1.PERIOD_UNITS))
        .option('-o, --output <file>', 'the HTML file to write', 'leverage.html')
        .action(async (flags) => {
        const { io } = context;
        const { report, repositories } = await (0, report_js_1.collectFromFlags)({ ...flags, repo: flags.repo ?? [], format: 'html' }, io);
        const html = (0, renderReport_js_1.renderReport)(report, 'html', { ...(flags.by ? { by: flags.by } : {}), commitBaseUrls: await (0, readCommitBaseUrls_js_1.readCommitBaseUrls)(repositories) });
        await (0, writeChunks_js_1.writeChunks)([html], flags.output, context);
        const tasks = report.record.tasks.length;
        io.stderr(`git-leverage: wrote ${flags.output} (${tasks} task${tasks === 1 ? '' : 's'}, ${Math.round(html.length / 1024)} KiB)\n`);
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