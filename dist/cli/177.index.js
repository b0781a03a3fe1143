"use strict";
exports.id = 177;
exports.ids = [177];
exports.modules = {

/***/ 2177:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.registerMeasureCommand = registerMeasureCommand;
/**
 * `git-leverage measure`: agent minutes, supervisory minutes and tokens of this repository's coding
 * agent sessions (Claude Code, OpenAI Codex CLI) over a window, read from the agents' own session logs.
 */
const commander_1 = __webpack_require__(8909);
const loadConfig_js_1 = __webpack_require__(6494);
const openRepository_js_1 = __webpack_require__(8054);
const logLine_js_1 = __webpack_require__(9136);
const measureJson_js_1 = __webpack_require__(958);
const measureRepository_js_1 = __webpack_require__(8848);
const measureWindow_js_1 = __webpack_require__(9232);
const renderMeasure_js_1 = __webpack_require__(7724);
const reportWindow_js_1 = __webpack_require__(7084);
const userError_js_1 = __webpack_require__(40);
const windowRequest_js_1 = __webpack_require__(7941);
/** Where each agent's logs were looked for, in words, for the note when there are none. */
const LOOKED_FOR = {
    claude: (bases) => `Claude Code session logs found (looked for projects/*/*.jsonl under ${bases})`,
    codex: (bases) => `Codex session logs found (looked for sessions/**/rollout-*.jsonl and archived_sessions/rollout-*.jsonl under ${bases})`,
};
/** The process's own I/O, for the measure benchmark (bench/measure/measureCli.ts), which bundles this command alone. */
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
        .description("measure agent minutes, supervisory minutes and tokens from Claude Code's and Codex's session logs (default: since HEAD's commit until now)")
        .option('--since <when>', "start of the window (excluded): a commit, or a date or local time such as 2026-07-01T09:00 (default: HEAD's commit time)")
        .option('--until <when>', 'end of the window (included): a commit, or a date or local time (default: now)')
        .addOption(new commander_1.Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .option('--explain', 'list each session and turn that counted, with its interval, and what was left out and why')
        .option('--repo <dir>', 'the repository (default: .)')
        .addOption(new commander_1.Option('--agent <agent>', "read one agent's logs only (default: every agent whose logs are found)").choices([...logLine_js_1.AGENTS]))
        .action(async (flags) => {
        const { io } = context;
        const repo = await (0, openRepository_js_1.openRepository)(flags.repo ?? '.', io.cwd);
        const config = await (0, loadConfig_js_1.loadConfig)(repo.root);
        const zone = (0, reportWindow_js_1.assertTimezone)(config.timezone ?? (0, windowRequest_js_1.machineTimezone)());
        let since;
        let until;
        try {
            until = flags.until === undefined ? io.now().getTime() : await (0, measureWindow_js_1.resolveWindowPoint)(flags.until, '--until', repo.root, zone, io.env);
            if (flags.since !== undefined)
                since = await (0, measureWindow_js_1.resolveWindowPoint)(flags.since, '--since', repo.root, zone, io.env);
            else {
                const head = await (0, measureWindow_js_1.headTime)(repo.root, io.env);
                if (head === undefined)
                    throw new userError_js_1.UsageError(`${repo.given} has no commits yet, so there is no last commit to measure from: give --since (a date or time such as 2026-07-01T09:00)`);
                since = head;
            }
        }
        catch (error) {
            if (error instanceof measureWindow_js_1.MeasureWindowError)
                throw new userError_js_1.UsageError(error.message);
            throw error;
        }
        if (until <= since)
            throw new userError_js_1.UsageError(`the window is empty: --until (${new Date(until).toISOString()}) is not after --since (${new Date(since).toISOString()})`);
        const outcome = await (0, measureRepository_js_1.measureRepository)({
            repoDir: repo.root,
            window: { since, until },
            idleMinutes: config.idleMinutes,
            env: io.env,
            ...(flags.agent ? { agent: flags.agent } : {}),
        });
        const m = outcome.measurement;
        if (outcome.files.length === 0) {
            const note = `no ${outcome.logs.map((l) => LOOKED_FOR[l.agent](l.bases.join(', '))).join(', nor ')}`;
            io.stderr(`git-leverage: ${note}; nothing to measure\n`);
            // A program reading the JSON gets a document either way: every figure 0, and why.
            if (flags.format === 'json')
                io.stdout(`${JSON.stringify((0, measureJson_js_1.measureJson)(m, note), null, 2)}\n`);
            return;
        }
        if (flags.format === 'json')
            io.stdout(`${JSON.stringify((0, measureJson_js_1.measureJson)(m), null, 2)}\n`);
        else
            io.stdout(flags.explain ? (0, renderMeasure_js_1.renderMeasureExplain)(m) : (0, renderMeasure_js_1.renderMeasureText)(m));
        if (flags.format === 'json' && flags.explain)
            io.stderr((0, renderMeasure_js_1.renderMeasureExplain)(m));
    });
}


/***/ }),

/***/ 6494:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CONFIG_FILE_NAMES = void 0;
exports.loadConfig = loadConfig;
/**
 * Finds and reads `.leverage.yml` (or `.leverage.yaml`) at a repository's top level, or an explicit
 * path. No file means the defaults.
 */
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const resolveConfig_js_1 = __webpack_require__(6252);
exports.CONFIG_FILE_NAMES = ['.leverage.yml', '.leverage.yaml'];
/** The parser (yaml + zod) is loaded only when there is a file to parse. */
async function parseConfigText(text, source) {
    const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(285)]).then(__webpack_require__.t.bind(__webpack_require__, 285, 23));
    return parseConfig(text, source);
}
async function loadConfig(repoDir, explicitPath) {
    if (explicitPath !== undefined) {
        const text = await (0, promises_1.readFile)(explicitPath, 'utf8').catch((error) => {
            throw new resolveConfig_js_1.ConfigError(explicitPath, [error.code === 'ENOENT' ? 'file not found' : error.message]);
        });
        return parseConfigText(text, explicitPath);
    }
    for (const name of exports.CONFIG_FILE_NAMES) {
        const file = node_path_1.default.join(repoDir, name);
        // Synchronous: most repositories have no such file, and a failed open is microseconds, where
        // the asynchronous one is a trip through libuv's thread pool before git can start.
        if (!(0, node_fs_1.existsSync)(file))
            continue;
        const text = await (0, promises_1.readFile)(file, 'utf8').catch(() => undefined);
        if (text !== undefined)
            return parseConfigText(text, node_path_1.default.relative(process.cwd(), file) || name);
    }
    return (0, resolveConfig_js_1.resolveConfig)();
}


/***/ }),

/***/ 6252:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ConfigError = void 0;
exports.resolveConfig = resolveConfig;
/**
 * The configuration as the rest of the code reads it, with every default filled in. Kept apart from
 * the schema (configSchema.ts, which needs yaml and zod) so that a repository without
 * `.leverage.yml`, the common case, loads neither.
 */
const trailerKeys_js_1 = __webpack_require__(4847);
const userError_js_1 = __webpack_require__(40);
function resolveConfig(config = {}) {
    return {
        timezone: config.timezone,
        trailerOptions: { keys: { ...trailerKeys_js_1.DEFAULT_TRAILER_KEYS, ...config.trailers }, hoursPerDay: config.hoursPerDay ?? 8 },
        revs: config.revs,
        sort: config.sort ?? 'factor',
        agent: config.agent ?? 'Claude',
        require: config.require ?? 'never',
        measure: config.measure ?? false,
        idleMinutes: config.idleMinutes ?? 5,
        chart: config.chart ?? 'mermaid',
        estimates: {
            check: config.estimates?.check ?? true,
            lookbackDays: config.estimates?.lookbackDays ?? 90,
            flagFactor: config.estimates?.flagFactor ?? 4,
            minimumTasks: config.estimates?.minimumTasks ?? 10,
            exclude: config.estimates?.exclude ?? [],
        },
    };
}
class ConfigError extends userError_js_1.UserError {
    source;
    problems;
    constructor(source, problems) {
        super(`${source}: invalid configuration\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        this.source = source;
        this.problems = problems;
        this.name = 'ConfigError';
    }
}
exports.ConfigError = ConfigError;


/***/ }),

/***/ 8054:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RepositoryError = exports.NOTES_REF = void 0;
exports.openRepository = openRepository;
exports.labelRepositories = labelRepositories;
/**
 * Turns a path the user typed into a repository the collector can walk, or a clear error: missing
 * path, not a repository, no commits yet. Shallow clones are detected here and checked by the walk.
 */
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const runGit_js_1 = __webpack_require__(6033);
const userError_js_1 = __webpack_require__(40);
/** Where leverage notes are kept: `git notes --ref=leverage`. */
exports.NOTES_REF = 'refs/notes/leverage';
class RepositoryError extends userError_js_1.UserError {
    name = 'RepositoryError';
}
exports.RepositoryError = RepositoryError;
async function openRepository(given, cwd) {
    const absolute = node_path_1.default.resolve(cwd, given);
    const info = (0, node_fs_1.statSync)(absolute, { throwIfNoEntry: false });
    if (!info)
        throw new RepositoryError(`repository path ${given} does not exist`);
    if (!info.isDirectory())
        throw new RepositoryError(`repository path ${given} is not a folder`);
    // One git process for every question: with --revs-only, HEAD's commit is printed when there is
    // one, and nothing (not an error) when HEAD is unborn; then the notes ref's full name, last, when it exists.
    const questions = ['--git-dir', '--is-shallow-repository', '--git-path', 'shallow', '--revs-only', 'HEAD^{commit}', '--symbolic-full-name', exports.NOTES_REF];
    let probe = await (0, runGit_js_1.runGitRaw)(['rev-parse', '--path-format=absolute', '--show-toplevel', ...questions], absolute);
    // A bare repository has no work tree to name (git refuses the question): asked again without it,
    // its git dir is its root.
    if (probe.exitCode !== 0 && probe.stderr.includes('work tree'))
        probe = await (0, runGit_js_1.runGitRaw)(['rev-parse', '--path-format=absolute', ...questions], absolute);
    if (probe.exitCode !== 0) {
        throw new RepositoryError(`${given} is not a git repository (${probe.stderr.trim().replace(/^fatal: /, '') || 'git rev-parse failed'})`);
    }
    // Without a top level (bare), the first line is the git dir.
    const lines = probe.stdout.trimEnd().split('\n');
    const hasNotes = lines[lines.length - 1] === exports.NOTES_REF;
    if (hasNotes)
        lines.pop();
    const headCommit = /^[0-9a-f]{40,64}$/.test(lines[lines.length - 1] ?? '') ? lines.pop() : undefined;
    const shallowFile = lines.pop();
    const isShallow = lines.pop() === 'true';
    const root = lines[0];
    const branches = headCommit !== undefined ? '' : (await (0, runGit_js_1.runGitRaw)(['for-each-ref', '--count=1', '--format=%(objectname)', 'refs/heads'], absolute)).stdout.trim();
    let shallowBoundary = new Set();
    if (isShallow) {
        const text = await (0, promises_1.readFile)(shallowFile, 'utf8').catch((error) => {
            throw new runGit_js_1.GitError(`cannot read ${shallowFile}: ${error.message}`);
        });
        shallowBoundary = new Set(text.split('\n').filter(Boolean));
    }
    return {
        given,
        folder: absolute,
        root,
        label: node_path_1.default.basename(root.replace(/\/\.git$/, '')),
        hasCommits: headCommit !== undefined || branches !== '',
        shallowBoundary,
        gitCommonDir: node_path_1.default.dirname(shallowFile),
        hasNotes,
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
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitError = void 0;
exports.runGitRaw = runGitRaw;
exports.runGitBytes = runGitBytes;
exports.runGit = runGit;
/**
 * Small, bounded git calls (rev-parse, config, worktree lists). History is never read through here:
 * see streamCommits.ts. Not simple-git: loading it costs ~100 ms here, as much as Node's own start-up,
 * on a path (report, hooks) whose budget is measured against `node -e 0`.
 */
const node_child_process_1 = __webpack_require__(1421);
const userError_js_1 = __webpack_require__(40);
class GitError extends userError_js_1.UserError {
    stderr;
    exitCode;
    name = 'GitError';
    constructor(message, stderr = '', exitCode = null) {
        super(message);
        this.stderr = stderr;
        this.exitCode = exitCode;
    }
}
exports.GitError = GitError;
function execGit(args, cwd, input, env, encoding) {
    return new Promise((resolve, reject) => {
        const child = (0, node_child_process_1.execFile)('git', args, { cwd, env: env ?? process.env, maxBuffer: 64 * 1024 * 1024, encoding }, (error, stdout, stderr) => {
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

/***/ 958:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.agentOf = exports.minutesOf = exports.MEASURE_SCHEMA_VERSION = void 0;
exports.measureJson = measureJson;
/**
 * The JSON of `git-leverage measure --format json`. `schemaVersion` changes only when a field
 * changes meaning or goes away; new fields may be added within a version.
 */
const intervals_js_1 = __webpack_require__(7586);
const logLine_js_1 = __webpack_require__(9136);
exports.MEASURE_SCHEMA_VERSION = 1;
const minutesOf = (ms) => Math.round((ms / 60_000) * 1000) / 1000;
exports.minutesOf = minutesOf;
const tokensJson = (usage) => ({ ...usage, total: (0, logLine_js_1.usageTotal)(usage) });
const workedMs = (sessions, since, until) => (0, intervals_js_1.unionLength)(sessions.flatMap((s) => s.turns.flatMap((t) => t.counted)), since, until);
const supervisedMs = (sessions, since, until) => (0, intervals_js_1.unionLength)(sessions.flatMap((s) => s.gaps.filter((g) => g.counted)), since, until);
/** Figures for one agent's sessions alone. */
function agentJson(sessions, since, until) {
    const usage = { input: 0, output: 0, cacheCreation: 0, cacheRead: 0 };
    for (const s of sessions) {
        usage.input += s.usage.input;
        usage.output += s.usage.output;
        usage.cacheCreation += s.usage.cacheCreation;
        usage.cacheRead += s.usage.cacheRead;
    }
    return {
        agentMinutes: (0, exports.minutesOf)(workedMs(sessions, since, until)),
        supervisoryMinutes: (0, exports.minutesOf)(supervisedMs(sessions, since, until)),
        tokens: tokensJson(usage),
        sessions: sessions.length,
    };
}
/** The agent of a session record (records made before Codex was read carry none: Claude Code). */
const agentOf = (s) => s.agent ?? 'claude';
exports.agentOf = agentOf;
/** The JSON of a measurement; `note` says why it is empty when there was nothing to read. */
function measureJson(m, note) {
    const { since, until } = m.window;
    const agentMinutes = (0, exports.minutesOf)(m.claudeMs);
    const agents = {};
    for (const agent of m.agents ?? ['claude']) {
        agents[agent] = agentJson(m.sessions.filter((s) => (0, exports.agentOf)(s) === agent), since, until);
    }
    return {
        schemaVersion: exports.MEASURE_SCHEMA_VERSION,
        since: Number.isFinite(since) ? new Date(since).toISOString() : null,
        until: new Date(until).toISOString(),
        idleMinutes: m.idleMinutes,
        agentMinutes,
        claudeMinutes: agentMinutes,
        supervisoryMinutes: (0, exports.minutesOf)(m.supervisoryMs),
        tokens: tokensJson(m.usage),
        models: m.models,
        agents,
        sessions: m.sessions.map((s) => {
            const minutes = (0, exports.minutesOf)(workedMs([s], since, until));
            return {
                id: s.id,
                file: s.file,
                agent: (0, exports.agentOf)(s),
                agentMinutes: minutes,
                claudeMinutes: minutes,
                supervisoryMinutes: (0, exports.minutesOf)(supervisedMs([s], since, until)),
                turns: s.turns.length,
                tokens: tokensJson(s.usage),
            };
        }),
        filesRead: m.filesRead,
        skippedLines: m.skippedLines,
        unreadableLines: m.unreadable,
        leftOut: m.leftOut,
        ...(note === undefined ? {} : { note }),
    };
}


/***/ }),

/***/ 7724:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderMeasureText = renderMeasureText;
exports.renderMeasureExplain = renderMeasureExplain;
/** `measure`'s text for people, and the `--explain` account of what counted and what did not. */
const formatNumbers_js_1 = __webpack_require__(139);
const intervals_js_1 = __webpack_require__(7586);
const logLine_js_1 = __webpack_require__(9136);
const measureJson_js_1 = __webpack_require__(958);
const time = (ms) => (Number.isFinite(ms) ? new Date(ms).toISOString().replace('.000Z', 'Z') : 'the beginning');
const span = (start, end) => `${time(start)} – ${time(end)} (${(0, measureJson_js_1.minutesOf)(end - start)} min)`;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** Claude Code alone reads as before; with another agent's logs the figure is every agent's. */
const onlyClaude = (m) => (m.agents ?? ['claude']).every((a) => a === 'claude');
function renderMeasureText(m) {
    const json = (0, measureJson_js_1.measureJson)(m);
    const t = json.tokens;
    const lines = [
        `Window: ${time(m.window.since)} – ${time(m.window.until)}`,
        `${onlyClaude(m) ? 'Claude minutes:     ' : 'Agent minutes:      '} ${json.agentMinutes}`,
        `Supervisory minutes: ${json.supervisoryMinutes}`,
        `Tokens:              ${(0, formatNumbers_js_1.formatTotal)(t.total)} (input ${(0, formatNumbers_js_1.formatTotal)(t.input)}, output ${(0, formatNumbers_js_1.formatTotal)(t.output)}, cache creation ${(0, formatNumbers_js_1.formatTotal)(t.cacheCreation)}, cache read ${(0, formatNumbers_js_1.formatTotal)(t.cacheRead)})`,
        `Models:              ${json.models.length > 0 ? json.models.join(', ') : 'none'}`,
        `Sessions:            ${json.sessions.length} (${plural(m.filesRead, 'log file')} read)`,
    ];
    const agents = Object.entries(json.agents);
    if (agents.length > 1) {
        lines.push('By agent (minutes overlap when agents worked at the same time; tokens add up):');
        for (const [agent, a] of agents) {
            const name = `${logLine_js_1.AGENT_NAMES[agent]}:`.padEnd(19);
            lines.push(`  ${name}${a.agentMinutes} min, ${a.supervisoryMinutes} supervisory min, ${(0, formatNumbers_js_1.formatTotal)(a.tokens.total)} tokens, ${plural(a.sessions, 'session')}`);
        }
    }
    if (m.skippedLines > 0)
        lines.push(`Skipped lines:       ${m.skippedLines} (not valid JSON; --explain lists them)`);
    return `${lines.join('\n')}\n`;
}
function renderMeasureExplain(m) {
    const { since, until } = m.window;
    const out = [renderMeasureText(m).trimEnd(), '', `Idle limit: ${m.idleMinutes} min`, ''];
    const json = (0, measureJson_js_1.measureJson)(m);
    m.sessions.forEach((session, index) => {
        const figures = json.sessions[index];
        const agent = (0, measureJson_js_1.agentOf)(session);
        out.push(`Session ${session.id || '(no id)'}  ${session.file}${agent === 'claude' ? '' : `  (${logLine_js_1.AGENT_NAMES[agent]})`}`);
        if (figures)
            out.push(`  ${figures.agentMinutes} ${agent === 'claude' ? 'Claude' : logLine_js_1.AGENT_NAMES[agent]} min, ${figures.supervisoryMinutes} supervisory min, ${(0, formatNumbers_js_1.formatTotal)(figures.tokens.total)} tokens in ${plural(session.responses, 'response')}`);
        for (const turn of session.turns) {
            const source = turn.source === 'lines' ? 'from its lines' : agent === 'codex' ? 'task_started – task_complete' : 'turn_duration';
            out.push(`  turn ${time(turn.start)}: ${source}`);
            for (const interval of turn.counted)
                out.push(`    worked ${span(interval.start, interval.end)}`);
        }
        for (const gap of session.gaps) {
            const clipped = (0, intervals_js_1.clipInterval)(gap, since, until);
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
        [left.repeatedTokenCounts ?? 0, 'Codex token_count lines repeating the previous totals (not usage)'],
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


/***/ }),

/***/ 139:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The number formats of the published Leverage Record (see test/fixtures/leverage-record-2026-04-12.md,
 * "What the figures obey"): 480.0x, 137.14x, 160h, 0.75h, 1,222.75, 4,129,000.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.roundTo = roundTo;
exports.formatDecimal = formatDecimal;
exports.formatFactor = formatFactor;
exports.formatAverageFactor = formatAverageFactor;
exports.formatHoursCell = formatHoursCell;
exports.formatMinutesCell = formatMinutesCell;
exports.formatTotal = formatTotal;
exports.countInWords = countInWords;
/** Rounds half away from zero on the decimal value, not on its binary approximation (1.005 → 1.01). */
function roundTo(value, digits) {
    if (!Number.isFinite(value))
        return value;
    const sign = value < 0 ? -1 : 1;
    const scale = 10 ** digits;
    const scaled = Math.abs(value) * scale;
    // Away from a half, the binary error of the product (< 1e-6 below 1e9) cannot change which way
    // it rounds, and an integer divided by a power of ten is the double nearest the decimal: the
    // string path below gives the same number, at a fraction of the cost over thousands of cells.
    if (scaled < 1e9 && Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6)
        return (sign * Math.round(scaled)) / scale;
    const [mantissa = '0', exponent = '0'] = Math.abs(value).toPrecision(15).split('e');
    const shifted = Math.round(Number(`${mantissa}e${Number(exponent) + digits}`));
    // Past 2^53 the shifted value has no fraction to round (and its text would be exponent form).
    return Number.isSafeInteger(shifted) ? sign * Number(`${shifted}e-${digits}`) : value;
}
// toLocaleString would build a new Intl.NumberFormat on every call; the few formats used are built
// once, and only for the numbers the plain path below leaves to Intl.
const formatters = new Map();
function formatWithIntl(value, maxDigits, minDigits, grouping) {
    const key = `${maxDigits}/${minDigits}/${grouping}`;
    let formatter = formatters.get(key);
    if (!formatter) {
        formatter = new Intl.NumberFormat('en-US', { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits, useGrouping: grouping });
        formatters.set(key, formatter);
    }
    return formatter.format(value);
}
/** Fixed-point text with at most `maxDigits` decimals and at least `minDigits`; optional thousands separators. */
function formatDecimal(value, maxDigits, minDigits, grouping) {
    const rounded = roundTo(value, maxDigits);
    // en-US digits by hand for the figures a record holds (a test holds this to Intl's output); Intl
    // for the rest (negative zero, huge values), which costs microseconds a cell.
    if (!(rounded >= 0 && rounded < 1e15) || Object.is(rounded, -0))
        return formatWithIntl(rounded, maxDigits, minDigits, grouping);
    let whole;
    let decimals;
    if (rounded < 1e9) {
        // Far below 2^53 the shortest text that reads back as `rounded` is the decimal it was rounded
        // to, trailing zeros gone: String gives it (V8 caches it, too), with no trimming loop.
        const plain = String(rounded);
        const point = plain.indexOf('.');
        whole = point < 0 ? plain : plain.slice(0, point);
        const digits = point < 0 ? 0 : plain.length - point - 1;
        decimals = digits >= minDigits ? (point < 0 ? '' : plain.slice(point)) : `${point < 0 ? '.' : plain.slice(point)}${'0'.repeat(minDigits - digits)}`;
    }
    else {
        // toFixed prints the exact digits: `rounded` is the double nearest a number of maxDigits decimals.
        const fixed = rounded.toFixed(maxDigits);
        const point = maxDigits > 0 ? fixed.length - maxDigits - 1 : fixed.length;
        let end = fixed.length;
        while (end > point + 1 + minDigits && fixed.charCodeAt(end - 1) === 48)
            end -= 1;
        if (end === point + 1)
            end = point;
        whole = fixed.slice(0, point);
        decimals = fixed.slice(point, end);
    }
    if (!grouping || whole.length <= 3)
        return whole + decimals;
    let grouped = whole.slice(0, ((whole.length - 1) % 3) + 1);
    for (let at = grouped.length; at < whole.length; at += 3)
        grouped += `,${whole.slice(at, at + 3)}`;
    return grouped + decimals;
}
/** Per-task factor: 2 decimals, trailing zeros dropped but one kept, no grouping: `4800.0x`, `137.14x`. */
function formatFactor(value) {
    return value === undefined ? '-' : `${formatDecimal(value, 2, 1, false)}x`;
}
/** Weighted averages: 1 decimal: `119.5x`, `524.0x`. */
function formatAverageFactor(value) {
    return value === undefined ? '-' : `${formatDecimal(value, 1, 1, false)}x`;
}
/** Hours without a forced decimal: `160h`, `1.5h`, `0.75h`. */
function formatHoursCell(minutes) {
    return `${formatDecimal(minutes / 60, 2, 0, true)}h`;
}
/** Minutes without a forced decimal: `20m`, `2.5m`; `-` when absent. */
function formatMinutesCell(minutes) {
    return minutes === undefined ? '-' : `${formatDecimal(minutes, 2, 0, true)}m`;
}
/** Totals: thousands separators, up to 2 decimals: `1,222.75`, `614`, `4,129,000`. */
function formatTotal(value) {
    return value === undefined ? '-' : formatDecimal(value, 2, 0, true);
}
const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** A count in English words up to 999 (`thirty-seven`); larger counts stay digits with separators. */
function countInWords(count) {
    if (!Number.isInteger(count) || count < 0 || count > 999)
        return formatTotal(count);
    if (count < 20)
        return ONES[count];
    if (count < 100) {
        const ones = count % 10;
        return `${TENS[Math.floor(count / 10)]}${ones ? `-${ONES[ones]}` : ''}`;
    }
    const rest = count % 100;
    return `${ONES[Math.floor(count / 100)]} hundred${rest ? ` and ${countInWords(rest)}` : ''}`;
}


/***/ }),

/***/ 4847:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_TRAILER_OPTIONS = exports.NO_LEVERAGE_KEY = exports.DEFAULT_TRAILER_KEYS = exports.TRAILER_KEY_PATTERN = exports.LEVERAGE_FIELDS = void 0;
exports.fieldOfKey = fieldOfKey;
exports.saysNoLeverage = saysNoLeverage;
/**
 * The names of the leverage trailers and how a key is recognised. Kept apart from the values'
 * grammar and verdicts (valueGrammar.ts, trailerSchema.ts): asking git for the trailers, which
 * needs only the keys, depends on nothing else.
 */
/**
 * The leverage trailers. The last three say more about a record and never make one: `humanActual`
 * (how long a person took, for calibration), `estimatedBy` (who made the estimate), `agent` (which
 * coding agent worked).
 */
exports.LEVERAGE_FIELDS = ['task', 'humanEstimate', 'claudeMinutes', 'supervisoryMinutes', 'tokens', 'taskId', 'humanActual', 'estimatedBy', 'agent'];
/**
 * What a configured trailer key may be: letters, digits and dashes. Nothing in it ends git's
 * `%(trailers:key=…)` option, so the collector can ask git to filter by it.
 */
exports.TRAILER_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
exports.DEFAULT_TRAILER_KEYS = {
    task: 'Task',
    humanEstimate: 'Human-Estimate',
    claudeMinutes: 'Claude-Minutes',
    supervisoryMinutes: 'Supervisory-Minutes',
    tokens: 'Tokens',
    taskId: 'Task-Id',
    humanActual: 'Human-Actual',
    estimatedBy: 'Estimated-By',
    agent: 'Agent',
};
/** `Leverage: none` says a commit deliberately carries no record (the hook's `require: always`, a note withdrawing figures). */
exports.NO_LEVERAGE_KEY = 'Leverage';
exports.DEFAULT_TRAILER_OPTIONS = { keys: exports.DEFAULT_TRAILER_KEYS, hoursPerDay: 8 };
/** Each configured key set's lower-cased keys, and its own spellings where they agree with them. */
const keyLookups = new WeakMap();
function keyLookup(keys) {
    let lookup = keyLookups.get(keys);
    if (lookup)
        return lookup;
    lookup = new Map();
    for (const field of exports.LEVERAGE_FIELDS) {
        const lower = keys[field].toLowerCase();
        if (!lookup.has(lower))
            lookup.set(lower, field);
    }
    // The spelling as configured, which is how nearly every trailer is written, is found without
    // lower-casing (a string per trailer, on every commit of a long history).
    for (const field of exports.LEVERAGE_FIELDS)
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
/** Whether the trailers say `Leverage: none`, matched without regard to case. */
function saysNoLeverage(trailers) {
    return trailers.some((t) => t.key.toLowerCase() === exports.NO_LEVERAGE_KEY.toLowerCase() && t.value.trim().toLowerCase() === 'none');
}


/***/ }),

/***/ 7084:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DAY_SECONDS = exports.WindowError = void 0;
exports.assertTimezone = assertTimezone;
exports.rangeWindow = rangeWindow;
exports.allHistoryWindow = allHistoryWindow;
exports.startOfNext = startOfNext;
exports.dayWindow = dayWindow;
exports.daysWindow = daysWindow;
exports.dateIn = dateIn;
exports.isInWindow = isInWindow;
/**
 * Report windows: one calendar day or a span of days in an IANA zone, a git range, or all history,
 * and whether an instant is inside one. Luxon does the zone arithmetic (it reads the tz database
 * through Intl), so DST days are 23 or 25 hours long without any offset math here.
 */
const luxon_js_1 = __webpack_require__(8080);
const userError_js_1 = __webpack_require__(40);
const timezones_js_1 = __webpack_require__(604);
/**
 * A window that cannot be read (a date that is not one, an unknown zone, --until before --since): a
 * usage error, as the flags (or the Action's inputs) that name the window are what is wrong.
 */
class WindowError extends userError_js_1.UsageError {
    name = 'WindowError';
}
exports.WindowError = WindowError;
exports.DAY_SECONDS = 86_400;
const DATE_FORM = /^\d{4}-\d{2}-\d{2}$/;
/** The zone, if Intl knows it. */
function assertTimezone(zone) {
    if (!(0, timezones_js_1.isKnownTimezone)(zone))
        throw new WindowError(`unknown time zone "${zone}" (accepted: ${timezones_js_1.TIMEZONE_FORM})`);
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
function startOfDay(date, zone, what) {
    if (!DATE_FORM.test(date))
        throw new WindowError(`${what} "${date}" is not a date (accepted: YYYY-MM-DD, e.g. 2026-04-12)`);
    const day = luxon_js_1.DateTime.fromISO(date, { zone });
    if (!day.isValid)
        throw new WindowError(`${what} "${date}" is not a calendar date (accepted: YYYY-MM-DD, a day the calendar has, e.g. 2026-04-12)`);
    return day.startOf('day');
}
/**
 * Where the day, week or month after the one that starts at `start` starts (windows and roll-up
 * periods alike). Not `start.plus(1 unit)`: where a DST change skips midnight (America/Santiago,
 * 2026-09-06), a day starts at 01:00, and the same time a unit later is an hour into the next one.
 */
function startOfNext(start, unit) {
    return start.plus({ [`${unit}s`]: 1 }).startOf(unit);
}
/** One calendar day: [start of `date`, start of the next day) in `zone`. */
function dayWindow(date, zone) {
    assertTimezone(zone);
    const start = startOfDay(date, zone, '--date');
    return { kind: 'day', label: date, timezone: zone, start: start.toSeconds(), end: startOfNext(start, 'day').toSeconds() };
}
/** Whole days from `since` through `until` (both included) in `zone`. */
function daysWindow(since, until, zone, today) {
    assertTimezone(zone);
    const start = startOfDay(since, zone, '--since');
    const last = startOfDay(until ?? today, zone, '--until');
    if (last < start)
        throw new WindowError(until === undefined ? `--since ${since} is after today (${today} in ${zone}), where the span ends without --until` : `--until ${until} is before --since ${since}`);
    const label = since === (until ?? today) ? since : `${since} to ${until ?? today}`;
    return { kind: since === (until ?? today) ? 'day' : 'days', label, timezone: zone, start: start.toSeconds(), end: startOfNext(last, 'day').toSeconds() };
}
/** The calendar date of an instant in a zone (`now` is passed in: the core reads no clock). */
function dateIn(zone, now, offsetDays = 0) {
    return luxon_js_1.DateTime.fromJSDate(now, { zone: assertTimezone(zone) }).plus({ days: offsetDays }).toISODate();
}
/** Whether an author time falls inside a window (ranges and all-history windows hold everything). */
function isInWindow(window, seconds) {
    return (window.start === undefined || seconds >= window.start) && (window.end === undefined || seconds < window.end);
}


/***/ }),

/***/ 604:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Time zone names: whether this machine knows one, and one name per zone, so that reports counted in
 * `UTC`, `Etc/UTC` and `utc` (or `US/Eastern` and `America/New_York`) are known to count the same
 * days. Pure: Intl only (no luxon: the config parser, which the hook loads, checks zones here).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TIMEZONE_FORM = void 0;
exports.isKnownTimezone = isKnownTimezone;
exports.canonicalZone = canonicalZone;
/** What a zone may be, for messages. */
exports.TIMEZONE_FORM = 'an IANA zone name such as America/New_York, Europe/Berlin or UTC';
/** Whether Intl knows the zone; UTC without asking (the first question loads ICU's zone data). */
function isKnownTimezone(zone) {
    if (zone === 'UTC')
        return true;
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
    }
    catch {
        return false;
    }
}
// Every spelling of UTC in the tz database. ICU maps them to `UTC` today (Node 20), but newer
// ECMA-402 keeps the identifier as written (only its case fixed), so they are named here.
const UTC_NAMES = new Set(['UTC', 'UCT', 'GMT', 'GMT0', 'GMT+0', 'GMT-0', 'Greenwich', 'Universal', 'Zulu'].flatMap((name) => [name, `Etc/${name}`].map((n) => n.toLowerCase())));
/**
 * The zone's canonical name (`utc` and `Etc/GMT` → `UTC`, `america/new_york` → `America/New_York`,
 * a link such as `US/Eastern` → its zone where Intl resolves links), or undefined when Intl does not
 * know the zone.
 */
function canonicalZone(zone) {
    if (UTC_NAMES.has(zone.toLowerCase()))
        return 'UTC';
    try {
        const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
        return UTC_NAMES.has(resolved.toLowerCase()) ? 'UTC' : resolved;
    }
    catch {
        return undefined;
    }
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