"use strict";
exports.id = 475;
exports.ids = [475];
exports.modules = {

/***/ 6475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerMeasureCommand: () => (/* binding */ registerMeasureCommand)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: ./src/config/loadConfig.ts
var loadConfig = __webpack_require__(6494);
// EXTERNAL MODULE: ./src/git/openRepository.ts
var openRepository = __webpack_require__(8054);
// EXTERNAL MODULE: ./src/measure/intervals.ts
var intervals = __webpack_require__(7586);
// EXTERNAL MODULE: ./src/measure/logLine.ts
var logLine = __webpack_require__(9136);
;// CONCATENATED MODULE: ./src/measure/measureJson.ts
/**
 * The JSON of `git-leverage measure --format json`. `schemaVersion` changes only when a field
 * changes meaning or goes away; new fields may be added within a version.
 */


const MEASURE_SCHEMA_VERSION = 1;
const minutesOf = (ms) => Math.round((ms / 60_000) * 1000) / 1000;
const tokensJson = (usage) => ({ ...usage, total: (0,logLine/* usageTotal */.M)(usage) });
function measureJson(m) {
    const { since, until } = m.window;
    return {
        schemaVersion: MEASURE_SCHEMA_VERSION,
        since: Number.isFinite(since) ? new Date(since).toISOString() : null,
        until: new Date(until).toISOString(),
        idleMinutes: m.idleMinutes,
        claudeMinutes: minutesOf(m.claudeMs),
        supervisoryMinutes: minutesOf(m.supervisoryMs),
        tokens: tokensJson(m.usage),
        models: m.models,
        sessions: m.sessions.map((s) => ({
            id: s.id,
            file: s.file,
            claudeMinutes: minutesOf((0,intervals/* unionLength */.An)(s.turns.flatMap((t) => t.counted), since, until)),
            supervisoryMinutes: minutesOf((0,intervals/* unionLength */.An)(s.gaps.filter((g) => g.counted), since, until)),
            turns: s.turns.length,
            tokens: tokensJson(s.usage),
        })),
        filesRead: m.filesRead,
        skippedLines: m.skippedLines,
        unreadableLines: m.unreadable,
        leftOut: m.leftOut,
    };
}

// EXTERNAL MODULE: ./src/measure/measureRepository.ts + 5 modules
var measureRepository = __webpack_require__(8067);
// EXTERNAL MODULE: ./src/measure/measureWindow.ts
var measureWindow = __webpack_require__(9232);
;// CONCATENATED MODULE: ./src/measure/renderMeasure.ts
/** `measure`'s text for people, and the `--explain` account of what counted and what did not. */


const time = (ms) => (Number.isFinite(ms) ? new Date(ms).toISOString().replace('.000Z', 'Z') : 'the beginning');
const span = (start, end) => `${time(start)} – ${time(end)} (${minutesOf(end - start)} min)`;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const thousands = (n) => n.toLocaleString('en-US');
function renderMeasureText(m) {
    const json = measureJson(m);
    const t = json.tokens;
    const lines = [
        `Window: ${time(m.window.since)} – ${time(m.window.until)}`,
        `Claude minutes:      ${json.claudeMinutes}`,
        `Supervisory minutes: ${json.supervisoryMinutes}`,
        `Tokens:              ${thousands(t.total)} (input ${thousands(t.input)}, output ${thousands(t.output)}, cache creation ${thousands(t.cacheCreation)}, cache read ${thousands(t.cacheRead)})`,
        `Models:              ${json.models.length > 0 ? json.models.join(', ') : 'none'}`,
        `Sessions:            ${json.sessions.length} (${plural(m.filesRead, 'log file')} read)`,
    ];
    if (m.skippedLines > 0)
        lines.push(`Skipped lines:       ${m.skippedLines} (not valid JSON; --explain lists them)`);
    return `${lines.join('\n')}\n`;
}
function renderMeasureExplain(m) {
    const { since, until } = m.window;
    const out = [renderMeasureText(m).trimEnd(), '', `Idle limit: ${m.idleMinutes} min`, ''];
    const json = measureJson(m);
    m.sessions.forEach((session, index) => {
        const figures = json.sessions[index];
        out.push(`Session ${session.id || '(no id)'}  ${session.file}`);
        if (figures)
            out.push(`  ${figures.claudeMinutes} Claude min, ${figures.supervisoryMinutes} supervisory min, ${thousands(figures.tokens.total)} tokens in ${plural(session.responses, 'response')}`);
        for (const turn of session.turns) {
            out.push(`  turn ${time(turn.start)}: ${turn.source === 'turn_duration' ? 'turn_duration' : 'from its lines'}`);
            for (const interval of turn.counted)
                out.push(`    worked ${span(interval.start, interval.end)}`);
        }
        for (const gap of session.gaps) {
            const clipped = (0,intervals/* clipInterval */.IM)(gap, since, until);
            if (!clipped)
                continue;
            out.push(gap.counted
                ? `  supervisory ${span(clipped.start, clipped.end)}`
                : `  left out: gap ${span(gap.start, gap.end)} is longer than ${m.idleMinutes} min (nobody was there)`);
        }
    });
    const left = m.leftOut;
    const reasons = [
        [left.filesBeforeWindow, 'log files last written before the window, not read'],
        [left.filesStoppedAfterWindow, 'log files read only up to their first prompt after the window'],
        [left.turnsOutsideWindow, 'turns outside the window'],
        [left.linesOtherRepository, 'lines from sessions in other folders'],
        [left.linesWithoutFolder, 'lines without a folder (cwd)'],
        [left.duplicateResponses, 'repeated copies of a response (same message.id and requestId), counted once'],
        [left.replacedPlaceholders, 'of them replaced an earlier, smaller copy (a streaming placeholder)'],
        [left.syntheticResponses, 'responses with model <synthetic> (not API calls)'],
        [left.responsesOutsideWindow, 'responses outside the window'],
        [left.unknownLines, 'lines of types that are not measured'],
        [left.linesScreenedOut, 'lines ruled out without parsing (unmeasured type, or too far outside the window)'],
        [m.skippedLines, 'lines that are not valid JSON'],
    ];
    out.push('', 'Left out:');
    for (const [n, why] of reasons)
        if (n > 0)
            out.push(`  ${n} ${why}`);
    if (reasons.every(([n]) => n === 0))
        out.push('  nothing');
    for (const u of m.unreadable)
        out.push(`  ${u.file}:${u.line}: ${u.reason}`);
    if (m.skippedLines > m.unreadable.length)
        out.push(`  … and ${m.skippedLines - m.unreadable.length} more`);
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/time/windowBasics.ts
var windowBasics = __webpack_require__(6238);
// EXTERNAL MODULE: ./src/cli/usageError.ts
var usageError = __webpack_require__(2163);
// EXTERNAL MODULE: ./src/cli/windowFlags.ts
var windowFlags = __webpack_require__(8209);
;// CONCATENATED MODULE: ./src/cli/commands/measure.ts
/**
 * `git-leverage measure`: Claude minutes, supervisory minutes and tokens of this repository's
 * Claude Code sessions over a window, read from Claude Code's own session logs.
 */










const processContext = () => ({
    io: {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        cwd: process.cwd(),
        env: process.env,
        now: () => new Date(),
    },
    setExitCode: (code) => (process.exitCode = code),
});
function registerMeasureCommand(program, context = processContext()) {
    program
        .command('measure')
        .description("measure Claude minutes, supervisory minutes and tokens from Claude Code's session logs (default: since HEAD's commit until now)")
        .option('--since <when>', "start of the window (excluded): a commit, or a date or local time such as 2026-07-01T09:00 (default: HEAD's commit time)")
        .option('--until <when>', 'end of the window (included): a commit, or a date or local time (default: now)')
        .addOption(new esm/* Option */.c$('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .option('--explain', 'list each session and turn that counted, with its interval, and what was left out and why')
        .option('--repo <dir>', 'the repository (default: .)')
        .action(async (flags) => {
        const { io } = context;
        const repo = await (0,openRepository/* openRepository */.h_)(flags.repo ?? '.', io.cwd);
        const config = await (0,loadConfig/* loadConfig */.Z)(repo.root);
        const zone = (0,windowBasics/* assertTimezone */.o5)(config.timezone ?? (0,windowFlags/* machineTimezone */.zX)());
        let since;
        let until;
        try {
            until = flags.until === undefined ? io.now().getTime() : await (0,measureWindow/* resolveWindowPoint */.vE)(flags.until, '--until', repo.root, zone, io.env);
            if (flags.since !== undefined)
                since = await (0,measureWindow/* resolveWindowPoint */.vE)(flags.since, '--since', repo.root, zone, io.env);
            else {
                const head = await (0,measureWindow/* headTime */.aT)(repo.root, io.env);
                if (head === undefined)
                    throw new usageError/* UsageError */.e(`${repo.given} has no commits yet, so there is no last commit to measure from: give --since (a date or time such as 2026-07-01T09:00)`);
                since = head;
            }
        }
        catch (error) {
            if (error instanceof measureWindow/* MeasureWindowError */.dp)
                throw new usageError/* UsageError */.e(error.message);
            throw error;
        }
        if (until <= since)
            throw new usageError/* UsageError */.e(`the window is empty: --until (${new Date(until).toISOString()}) is not after --since (${new Date(since).toISOString()})`);
        const outcome = await (0,measureRepository/* measureRepository */.N)({ repoDir: repo.root, window: { since, until }, idleMinutes: config.idleMinutes, env: io.env });
        if (outcome.files.length === 0) {
            io.stderr(`git-leverage: no Claude Code session logs found (looked for projects/*/*.jsonl under ${outcome.bases.join(', ')}); nothing to measure\n`);
            return;
        }
        const m = outcome.measurement;
        if (flags.format === 'json')
            io.stdout(`${JSON.stringify(measureJson(m), null, 2)}\n`);
        else
            io.stdout(flags.explain ? renderMeasureExplain(m) : renderMeasureText(m));
        if (flags.format === 'json' && flags.explain)
            io.stderr(renderMeasureExplain(m));
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

/***/ 6494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ loadConfig)
/* harmony export */ });
/* unused harmony export CONFIG_FILE_NAMES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _resolveConfig_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6252);
/**
 * Finds and reads `.leverage.yml` (or `.leverage.yaml`) at a repository's top level, or an explicit
 * path. No file means the defaults.
 */




const CONFIG_FILE_NAMES = ['.leverage.yml', '.leverage.yaml'];
/** The parser (yaml + zod) is loaded only when there is a file to parse. */
async function parseConfigText(text, source) {
    const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(164), __webpack_require__.e(0), __webpack_require__.e(815), __webpack_require__.e(285)]).then(__webpack_require__.bind(__webpack_require__, 285));
    return parseConfig(text, source);
}
async function loadConfig(repoDir, explicitPath) {
    if (explicitPath !== undefined) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(explicitPath, 'utf8').catch((error) => {
            throw new _resolveConfig_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .x(explicitPath, [error.code === 'ENOENT' ? 'file not found' : error.message]);
        });
        return parseConfigText(text, explicitPath);
    }
    for (const name of CONFIG_FILE_NAMES) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(repoDir, name);
        // Synchronous: most repositories have no such file, and a failed open is microseconds, where
        // the asynchronous one is a trip through libuv's thread pool before git can start.
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            continue;
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8').catch(() => undefined);
        if (text !== undefined)
            return parseConfigText(text, node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(process.cwd(), file) || name);
    }
    return (0,_resolveConfig_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveConfig */ .p)();
}


/***/ }),

/***/ 6252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ resolveConfig),
/* harmony export */   x: () => (/* binding */ ConfigError)
/* harmony export */ });
/* harmony import */ var _trailers_trailerKeys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4847);
/* harmony import */ var _userError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40);
/**
 * The configuration as the rest of the code reads it, with every default filled in. Kept apart from
 * the schema (configSchema.ts, which needs yaml and zod) so that a repository without
 * `.leverage.yml`, the common case, loads neither.
 */


function resolveConfig(config = {}) {
    return {
        timezone: config.timezone,
        trailerOptions: { keys: { ..._trailers_trailerKeys_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TRAILER_KEYS */ .jY, ...config.trailers }, hoursPerDay: config.hoursPerDay ?? 8 },
        revs: config.revs,
        sort: config.sort ?? 'factor',
        agent: config.agent ?? 'Claude',
        require: config.require ?? 'never',
        measure: config.measure ?? false,
        idleMinutes: config.idleMinutes ?? 5,
        chart: config.chart ?? 'mermaid',
    };
}
class ConfigError extends _userError_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y {
    source;
    problems;
    constructor(source, problems) {
        super(`${source}: invalid configuration\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        this.source = source;
        this.problems = problems;
        this.name = 'ConfigError';
    }
}


/***/ }),

/***/ 8054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h_: () => (/* binding */ openRepository),
/* harmony export */   pU: () => (/* binding */ RepositoryError),
/* harmony export */   r7: () => (/* binding */ labelRepositories)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runGit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6033);
/* harmony import */ var _userError_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40);
/**
 * Turns a path the user typed into a repository the collector can walk, or a clear error: missing
 * path, not a repository, no commits yet. Shallow clones are detected here and checked by the walk.
 */





class RepositoryError extends _userError_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y {
    name = 'RepositoryError';
}
async function openRepository(given, cwd) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, given);
    const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute, { throwIfNoEntry: false });
    if (!info)
        throw new RepositoryError(`repository path ${given} does not exist`);
    if (!info.isDirectory())
        throw new RepositoryError(`repository path ${given} is not a folder`);
    // One git process for every question: with --revs-only, HEAD's commit is printed last when there
    // is one, and nothing (not an error) when HEAD is unborn.
    const questions = ['--git-dir', '--is-shallow-repository', '--git-path', 'shallow', '--revs-only', 'HEAD^{commit}'];
    let probe = await (0,_runGit_js__WEBPACK_IMPORTED_MODULE_3__/* .runGitRaw */ .ig)(['rev-parse', '--path-format=absolute', '--show-toplevel', ...questions], absolute);
    // A bare repository has no work tree to name (git refuses the question): asked again without it,
    // its git dir is its root.
    if (probe.exitCode !== 0 && probe.stderr.includes('work tree'))
        probe = await (0,_runGit_js__WEBPACK_IMPORTED_MODULE_3__/* .runGitRaw */ .ig)(['rev-parse', '--path-format=absolute', ...questions], absolute);
    if (probe.exitCode !== 0) {
        throw new RepositoryError(`${given} is not a git repository (${probe.stderr.trim().replace(/^fatal: /, '') || 'git rev-parse failed'})`);
    }
    // Without a top level (bare), the first line is the git dir.
    const lines = probe.stdout.trimEnd().split('\n');
    const headCommit = /^[0-9a-f]{40,64}$/.test(lines[lines.length - 1] ?? '') ? lines.pop() : undefined;
    const shallowFile = lines.pop();
    const isShallow = lines.pop() === 'true';
    const root = lines[0];
    const branches = headCommit !== undefined ? '' : (await (0,_runGit_js__WEBPACK_IMPORTED_MODULE_3__/* .runGitRaw */ .ig)(['for-each-ref', '--count=1', '--format=%(objectname)', 'refs/heads'], absolute)).stdout.trim();
    let shallowBoundary = new Set();
    if (isShallow) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(shallowFile, 'utf8').catch((error) => {
            throw new _runGit_js__WEBPACK_IMPORTED_MODULE_3__/* .GitError */ .XS(`cannot read ${shallowFile}: ${error.message}`);
        });
        shallowBoundary = new Set(text.split('\n').filter(Boolean));
    }
    return {
        given,
        folder: absolute,
        root,
        label: node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(root.replace(/\/\.git$/, '')),
        hasCommits: headCommit !== undefined || branches !== '',
        shallowBoundary,
    };
}
/** Unique labels: the folder name, or the path as given when two repositories share a name. */
function labelRepositories(repositories) {
    const counts = new Map();
    for (const repo of repositories)
        counts.set(repo.label, (counts.get(repo.label) ?? 0) + 1);
    return repositories.map((repo) => ((counts.get(repo.label) ?? 0) > 1 ? { ...repo, label: repo.given } : repo));
}


/***/ }),

/***/ 6033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   ig: () => (/* binding */ runGitRaw),
/* harmony export */   jR: () => (/* binding */ runGitBytes),
/* harmony export */   runGit: () => (/* binding */ runGit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _userError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40);
/**
 * Small, bounded git calls (rev-parse, config, worktree lists). History is never read through here:
 * see streamCommits.ts. Not simple-git: loading it costs ~100 ms here, as much as Node's own start-up,
 * on a path (report, hooks) whose budget is measured against `node -e 0`.
 */


class GitError extends _userError_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y {
    stderr;
    exitCode;
    name = 'GitError';
    constructor(message, stderr = '', exitCode = null) {
        super(message);
        this.stderr = stderr;
        this.exitCode = exitCode;
    }
}
function execGit(args, cwd, input, env, encoding) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, env: env ?? process.env, maxBuffer: 64 * 1024 * 1024, encoding }, (error, stdout, stderr) => {
            if (error && typeof error.code !== 'number') {
                reject(new GitError(error.code === 'ENOENT' ? 'git is not installed or not on PATH' : `could not run git: ${error.message}`));
                return;
            }
            resolve({ stdout, stderr: stderr.toString(), exitCode: error ? error.code : 0 });
        });
        if (input !== undefined)
            child.stdin?.end(input);
    });
}
/** Runs git with an argument array (never a shell string). Resolves with the exit code; rejects only if git cannot start. */
async function runGitRaw(args, cwd, input, env) {
    return (await execGit(args, cwd, input, env, 'utf8'));
}
/** As runGitRaw, with stdout as bytes: for output in a commit's own encoding (the hook decodes it). */
async function runGitBytes(args, cwd, input, env) {
    return (await execGit(args, cwd, input, env, 'buffer'));
}
/** Runs git and returns stdout; a non-zero exit becomes a GitError carrying git's own words. */
async function runGit(args, cwd, input, env) {
    const result = await runGitRaw(args, cwd, input, env);
    if (result.exitCode !== 0) {
        throw new GitError(`git ${args[0]} failed in ${cwd}: ${result.stderr.trim() || `exit code ${result.exitCode}`}`, result.stderr, result.exitCode);
    }
    return result.stdout;
}


/***/ }),

/***/ 6238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G$: () => (/* binding */ rangeWindow),
/* harmony export */   HB: () => (/* binding */ utcDate),
/* harmony export */   cH: () => (/* binding */ allHistoryWindow),
/* harmony export */   fo: () => (/* binding */ DAY_SECONDS),
/* harmony export */   o5: () => (/* binding */ assertTimezone),
/* harmony export */   oe: () => (/* binding */ isInWindow),
/* harmony export */   vQ: () => (/* binding */ daysBounds),
/* harmony export */   xM: () => (/* binding */ WindowError)
/* harmony export */ });
/* harmony import */ var _userError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40);

class WindowError extends _userError_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    name = 'WindowError';
}
/** The zone, if Intl knows it (as luxon asks); UTC without asking: the first question loads ICU's zone data (~20-35 ms on a slow machine). */
function assertTimezone(zone) {
    if (zone === 'UTC')
        return zone;
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
    }
    catch {
        throw new WindowError(`unknown time zone "${zone}" (accepted: an IANA zone name such as America/New_York, Europe/Berlin or UTC)`);
    }
    return zone;
}
/** A git range (`origin/main..HEAD`): exactly the commits git lists for it. */
function rangeWindow(range, zone) {
    assertTimezone(zone);
    return { kind: 'range', label: range, timezone: zone, range };
}
/** All history reachable from the revisions walked. */
function allHistoryWindow(zone) {
    assertTimezone(zone);
    return { kind: 'all', label: 'all history', timezone: zone };
}
const DAY_SECONDS = 86_400;
const DATE_FORM = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The UTC calendar date of an instant, `YYYY-MM-DD`. */
function utcDate(seconds) {
    return new Date(seconds * 1000).toISOString().slice(0, 10);
}
/**
 * Bounds holding the calendar days `first` through `last` in every time zone, found without one
 * (no luxon, no ICU data: git can start walking while the exact window is worked out). A zone's
 * day starts and ends within a day of the same UTC day (offsets run from -12 to +14 hours), so the
 * UTC day before `first` through the UTC day after `last` hold it. Undefined when a date is not
 * `YYYY-MM-DD`: then the window itself says what is wrong.
 */
function daysBounds(first, last) {
    const midnight = (date) => {
        const match = DATE_FORM.exec(date);
        return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 1000 : undefined;
    };
    const start = midnight(first);
    const end = midnight(last);
    if (start === undefined || end === undefined)
        return undefined;
    return { start: start - DAY_SECONDS, end: end + 2 * DAY_SECONDS };
}
/** Whether an author time falls inside a window (ranges and all-history windows hold everything). */
function isInWindow(window, seconds) {
    return (window.start === undefined || seconds >= window.start) && (window.end === undefined || seconds < window.end);
}


/***/ }),

/***/ 4847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ fieldOfKey),
/* harmony export */   bz: () => (/* binding */ TRAILER_KEY_PATTERN),
/* harmony export */   jY: () => (/* binding */ DEFAULT_TRAILER_KEYS),
/* harmony export */   yR: () => (/* binding */ LEVERAGE_FIELDS)
/* harmony export */ });
/* unused harmony export DEFAULT_TRAILER_OPTIONS */
/**
 * The names of the leverage trailers and how a key is recognised. Kept apart from the zod schema
 * (trailerSchema.ts) so that reading history, which only needs to know which trailers are ours,
 * does not load the validator: the CLI loads zod while git is already walking.
 */
const LEVERAGE_FIELDS = ['task', 'humanEstimate', 'claudeMinutes', 'supervisoryMinutes', 'tokens', 'taskId'];
/**
 * What a configured trailer key may be: letters, digits and dashes. Nothing in it ends git's
 * `%(trailers:key=…)` option, so the collector can ask git to filter by it.
 */
const TRAILER_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
const DEFAULT_TRAILER_KEYS = {
    task: 'Task',
    humanEstimate: 'Human-Estimate',
    claudeMinutes: 'Claude-Minutes',
    supervisoryMinutes: 'Supervisory-Minutes',
    tokens: 'Tokens',
    taskId: 'Task-Id',
};
const DEFAULT_TRAILER_OPTIONS = { keys: DEFAULT_TRAILER_KEYS, hoursPerDay: 8 };
/** Each configured key set's lower-cased keys, and its own spellings where they agree with them. */
const keyLookups = new WeakMap();
function keyLookup(keys) {
    let lookup = keyLookups.get(keys);
    if (lookup)
        return lookup;
    lookup = new Map();
    for (const field of LEVERAGE_FIELDS) {
        const lower = keys[field].toLowerCase();
        if (!lookup.has(lower))
            lookup.set(lower, field);
    }
    // The spelling as configured, which is how nearly every trailer is written, is found without
    // lower-casing (a string per trailer, on every commit of a long history).
    for (const field of LEVERAGE_FIELDS)
        if (lookup.get(keys[field].toLowerCase()) === field)
            lookup.set(keys[field], field);
    keyLookups.set(keys, lookup);
    return lookup;
}
/** Which leverage field a trailer key names, matched case-insensitively as git matches keys. */
function fieldOfKey(key, keys) {
    const lookup = keyLookup(keys);
    return lookup.get(key) ?? lookup.get(key.trim().toLowerCase());
}


/***/ })

};
;