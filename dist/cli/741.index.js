"use strict";
exports.id = 741;
exports.ids = [741,595];
exports.modules = {

/***/ 2741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerDashboardCommand: () => (/* binding */ registerDashboardCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8179);
/* harmony import */ var _render_renderReport_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7281);
/* harmony import */ var _rollup_periodUnits_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6626);
/* harmony import */ var _git_readCommitBaseUrls_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(252);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4595);
/**
 * `git-leverage dashboard`: the report of a span of days as one self-contained HTML file (totals,
 * a chart of hours and factor per period, a sortable and filterable task table, commit links when
 * the remote is on GitHub). Collecting is the report command's; rendering is renderDashboard's.
 */







function registerDashboardCommand(program, context) {
    const command = program.command('dashboard').description('write an offline HTML dashboard: totals, hours and factor per period, a sortable task table');
    (0,_report_js__WEBPACK_IMPORTED_MODULE_5__.addWindowOptions)(command)
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_2__/* .Option */ .c$('--by <period>', 'period of the chart (default: day up to two months, week up to two years, else month)').choices(_rollup_periodUnits_js__WEBPACK_IMPORTED_MODULE_6__/* .PERIOD_UNITS */ .a))
        .option('-o, --output <file>', 'the HTML file to write', 'leverage.html')
        .action(async (flags) => {
        const { io } = context;
        const { report, repositories } = await (0,_report_js__WEBPACK_IMPORTED_MODULE_5__.collectFromFlags)({ ...flags, repo: flags.repo ?? [], format: 'html' }, io);
        const html = (0,_render_renderReport_js__WEBPACK_IMPORTED_MODULE_3__.renderReport)(report, 'html', { ...(flags.by ? { by: flags.by } : {}), commitBaseUrls: await (0,_git_readCommitBaseUrls_js__WEBPACK_IMPORTED_MODULE_4__/* .readCommitBaseUrls */ .b)(repositories) });
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, flags.output);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, html);
        io.stderr(`git-leverage: wrote ${flags.output} (${report.record.tasks.length} tasks, ${Math.round(html.length / 1024)} KiB)\n`);
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


/***/ })

};
;