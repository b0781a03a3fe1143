"use strict";
exports.id = 332;
exports.ids = [332];
exports.modules = {

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

/***/ 9598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bl: () => (/* binding */ startWalkAhead),
/* harmony export */   Tp: () => (/* binding */ streamCommits)
/* harmony export */ });
/* unused harmony exports GIT_LOG_ENV, ShallowHistoryError, gitLogArguments, revisionArguments, readsDatesFirst, datePassArguments */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _time_windowBasics_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6238);
/* harmony import */ var _trailers_trailerKeys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4847);
/* harmony import */ var _runGit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6033);
/* harmony import */ var _userError_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40);
/**
 * Streams history out of `git log` and yields the commits that carry leverage trailers, one at a
 * time. Memory stays flat however long the history: commits without leverage trailers, or outside
 * the window, are dropped as they pass. Trailers are parsed by git itself (`%(trailers)`), so git's
 * rules hold (last paragraph only, folded lines, `trailer.separators`).
 */








const TRAILER_SEPARATOR = '\x1e';
const KEY_VALUE_SEPARATOR = '\x1f';
/** Fields of one commit, in order (see logFields); `-z` puts a NUL between commits, `%x00` between fields. */
const FIELD_COUNT = 6;
/** Every `git log` here: NUL-terminated records, nothing a user's config adds. */
const LOG = ['log', '-z', '--no-color', '--no-show-signature'];
/**
 * `%(trailers)` with only the leverage trailers: git matches `key=` case-insensitively, as
 * fieldOfKey does, so Signed-off-by and friends (on a third of a long history's commits, against a
 * tenth carrying ours) never reach the reader. A key outside TRAILER_KEY_PATTERN (the config accepts
 * none; a caller of this module could pass one) leaves the choosing to parseTrailers.
 */
function trailersPlaceholder(keys) {
    const names = _trailers_trailerKeys_js__WEBPACK_IMPORTED_MODULE_4__/* .LEVERAGE_FIELDS */ .yR.map((field) => keys[field]);
    const onlyOurs = names.every((name) => _trailers_trailerKeys_js__WEBPACK_IMPORTED_MODULE_4__/* .TRAILER_KEY_PATTERN */ .bz.test(name)) ? names.map((name) => `key=${name},`).join('') : '';
    return `%(trailers:${onlyOurs}only,unfold,separator=%x1e,key_value_separator=%x1f)`;
}
/** The commit's facts: sha, author time, trailers, author name and email, subject (--encoding: git's default output encoding is the repository's i18n.commitEncoding, not UTF-8). */
function logFields(keys) {
    return [...LOG, '--encoding=UTF-8', `--format=${['%H', '%at', trailersPlaceholder(keys), '%an', '%ae', '%s'].join('%x00')}`];
}
/**
 * Environment the collector's `git log` runs with. Writing to anything but a regular file (a pipe,
 * /dev/null), git flushes after every commit; GIT_FLUSH=0 lets it fill its buffer first. The
 * collector's git writes to a file (startGitLog), where git buffers anyway; the benchmark's floors
 * run with this too, so they are the fastest git can be.
 */
const GIT_LOG_ENV = { GIT_FLUSH: '0' };
class ShallowHistoryError extends _userError_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y {
    name = 'ShallowHistoryError';
}
/** What git is told about the window. */
function boundsOf(options) {
    if (options.bounds)
        return options.bounds;
    if (options.window === undefined || options.window instanceof Promise)
        throw new TypeError('git needs the bounds of a window still being worked out');
    return options.window;
}
/** The arguments of the `git log` the collector runs (also used by the benchmark as the floor). */
function gitLogArguments(repo, options) {
    const args = logFields(options.keys);
    const { start } = boundsOf(options);
    // git limits by committer date, and a commit's committer date is never before its author date in
    // practice, so the window's start (or its bounds', up to a day earlier) is a safe lower bound. No --until: a commit authored on the day but
    // rebased or cherry-picked later has a later committer date and would be lost.
    if (start !== undefined)
        args.push(`--since=@${Math.floor(start)}`);
    args.push(...revisionArguments(repo, options), '--');
    return args;
}
/** What the walk starts from: the window's range, the configured revisions, or the local branches and HEAD. */
function revisionArguments(repo, options) {
    const { range } = boundsOf(options);
    if (range !== undefined)
        return [range];
    if (options.revs.length > 0)
        return [...options.revs];
    return ['--branches', ...(repo.hasCommits ? ['HEAD'] : [])];
}
function parseTrailers(text, keys) {
    const trailers = [];
    // Walked with indexOf rather than split. git has already left out other trailers (logFields);
    // fieldOfKey still decides, so a key git was not asked to filter by is dropped here.
    for (let from = 0; from < text.length;) {
        let end = text.indexOf(TRAILER_SEPARATOR, from);
        if (end < 0)
            end = text.length;
        const cut = text.indexOf(KEY_VALUE_SEPARATOR, from);
        if (cut >= 0 && cut < end) {
            const key = text.slice(from, cut);
            // Only leverage trailers travel on: Signed-off-by and friends are not ours to carry.
            if ((0,_trailers_trailerKeys_js__WEBPACK_IMPORTED_MODULE_4__/* .fieldOfKey */ .F_)(key, keys))
                trailers.push({ key, value: text.slice(cut + 1, end).trim() });
        }
        from = end + 1;
    }
    return trailers;
}
/**
 * Whether the walk reads authors' dates first (`%H %at`, as cheap as git log gets) and then asks git
 * for the trailers of only the commits in the window. git cannot stop a walk at a window's end
 * (rebased commits carry later committer dates), so a day deep in the past is found only by walking
 * every newer commit: one pass would have git parse each of those messages for trailers, the
 * second pass re-reads just the window's. A window through (or near) `now` holds most of what the
 * walk sees, and there one pass is cheaper: two passes pay off when the window covers at most a
 * fifth of the time since its start. Without `now`, one pass.
 */
function readsDatesFirst(window, now) {
    const { start, end } = window;
    return start !== undefined && end !== undefined && now !== undefined && (end - start) * 5 <= now - start;
}
/** The first pass of a two-pass walk: every commit since the window's start, with its author time. */
function datePassArguments(repo, options) {
    return [...LOG, '--format=%H%x00%at', `--since=@${Math.floor(boundsOf(options).start ?? 0)}`, ...revisionArguments(repo, options), '--'];
}
/** The second pass: the commits named on standard input, and nothing they lead to. */
function detailPassArguments(keys) {
    return [...logFields(keys), '--no-walk=unsorted', '--stdin'];
}
/**
 * Yields the commits in `repo` that carry any leverage trailer and whose author date is in the
 * window, in batches: the commits of one block of git's output together (each trip through an async
 * generator costs a promise and a result object; per commit, that was a fifth of a long history's
 * garbage). Batches are never empty. git starts at once, when this is called, not at the first read: the caller can load the rest of
 * its code while git walks. Throws ShallowHistoryError when the walk reaches a shallow clone's
 * boundary (history is missing).
 */
function streamCommits(repo, options, ahead) {
    if (!repo.hasCommits && boundsOf(options).range === undefined)
        return noCommits();
    const { twoPasses, args } = firstPass(repo.hasCommits, options);
    const git = ahead?.take(repo, args) ?? startGitLog(repo.root, args);
    return twoPasses ? walkTwoPasses(repo, options, git) : walkOnePass(repo, options, git);
}
/** The walk's first (often only) `git log`: its arguments, and whether a second pass follows. */
function firstPass(hasCommits, options) {
    const repo = { hasCommits };
    const twoPasses = readsDatesFirst(boundsOf(options), options.now);
    return { twoPasses, args: twoPasses ? datePassArguments(repo, options) : gitLogArguments(repo, options) };
}
function startWalkAhead(dir, options) {
    const { args } = firstPass(true, options);
    let git = startGitLog(dir, args);
    const discard = () => {
        git?.discard();
        git = undefined;
    };
    return {
        take: (repo, wanted) => {
            const same = git !== undefined && repo.folder === dir && wanted.length === args.length && wanted.every((arg, index) => arg === args[index]);
            const taken = same ? git : undefined;
            if (!same)
                discard();
            git = undefined;
            return taken;
        },
        discard,
    };
}
async function* noCommits() { }
async function* walkOnePass(repo, options, git) {
    const boundary = new BoundaryWatch(repo);
    yield* readCommits(repo, options, git, boundary);
    boundary.check();
}
async function* walkTwoPasses(repo, options, dates) {
    // The second pass starts now and waits for its commits on standard input: its start-up (the
    // process, git's own set-up) overlaps the first pass instead of following it.
    const details = startGitLog(repo.root, detailPassArguments(options.keys), LATER);
    let detailsFed = false;
    try {
        const boundary = new BoundaryWatch(repo);
        const inWindow = await shasInWindow(repo, dates, options.window, boundary);
        boundary.check();
        // Never an empty input: given no commit, `git log --stdin` would show HEAD's history.
        if (inWindow.length === 0)
            return;
        details.feed(`${inWindow.join('\n')}\n`);
        detailsFed = true;
        yield* readCommits(repo, options, details, boundary);
    }
    finally {
        if (!detailsFed)
            details.discard();
    }
}
/** The first pass of two: the shas of the commits authored in the window, from `%H %at`; checks git's exit. */
async function shasInWindow(repo, dates, windowToBe, boundary) {
    const splitter = new RecordSplitter(2);
    const { ends } = splitter;
    const inWindow = [];
    let readToEnd = false;
    try {
        // Inside the try: a window that cannot be worked out (an unknown zone) ends git too.
        const window = await windowToBe;
        for await (const chunk of dates.stdout) {
            splitter.push(chunk, (buffer, start) => {
                boundary.see(buffer, start, ends[0], ends[1], window);
                if ((0,_time_windowBasics_js__WEBPACK_IMPORTED_MODULE_7__/* .isInWindow */ .oe)(window, readInteger(buffer, ends[0] + 1, ends[1])))
                    inWindow.push(buffer.toString('latin1', start, ends[0]));
            });
        }
        readToEnd = true;
    }
    finally {
        if (!readToEnd)
            dates.stop();
    }
    await dates.succeeded(repo);
    return inWindow;
}
/** The leverage commits in one `git log` of FIELDS, as git writes them; checks git's exit. */
async function* readCommits(repo, options, git, boundary) {
    const splitter = new RecordSplitter(FIELD_COUNT);
    const { ends } = splitter;
    let kept = [];
    let readToEnd = false;
    try {
        // Inside the try: a window that cannot be worked out (an unknown zone) ends git too.
        const window = await options.window;
        for await (const chunk of git.stdout) {
            splitter.push(chunk, (buffer, start) => {
                boundary.see(buffer, start, ends[0], ends[1], window);
                const commit = toCommit(buffer, start, ends, repo, window, options.keys);
                if (commit)
                    kept.push(commit);
            });
            if (kept.length > 0) {
                yield kept;
                kept = [];
            }
        }
        readToEnd = true;
    }
    finally {
        // The reader stopped early (an error, or it had what it wanted): git need not go on.
        if (!readToEnd)
            git.stop();
    }
    await git.succeeded(repo);
}
/**
 * A new file of the user's own for git's output: created exclusively (`wx`: never an existing file,
 * nor a link planted in its place), readable by no one else. Its name need not be unguessable,
 * only unused: a name taken is tried again with another. Math.random, not node:crypto, which
 * costs ~7 ms to load, on the path of every report before git starts.
 */
function createOutputFile() {
    for (let attempt = 1;; attempt += 1) {
        const outputPath = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir(), `git-leverage-${process.pid}-${Math.random().toString(36).slice(2)}.log`);
        try {
            return { output: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(outputPath, 'wx+', 0o600), outputPath };
        }
        catch (error) {
            if (error.code === 'EEXIST' && attempt < 10)
                continue;
            throw new _runGit_js__WEBPACK_IMPORTED_MODULE_5__/* .GitError */ .XS(`cannot create a temporary file for git's output in ${node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir()}: ${error.message} (set TMPDIR to a writable folder)`);
        }
    }
}
/** startGitLog's input when it is given afterwards, through GitLog.feed. */
const LATER = Symbol('input given later');
/**
 * git writes into a temporary file that the reader follows, not into a pipe. Through a pipe git
 * stops whenever the reader pauses (a garbage collection, a burst of commits to classify) for
 * longer than the pipe's ~100 KB takes git to fill (~5 ms): on 100,000 commits that made the walk
 * ~15% slower than git alone. A file never fills, and is read back in large blocks. The file is
 * unlinked at once where the system allows it (so nothing is left behind, even if the process is
 * killed), else when the reader is done.
 */
function startGitLog(cwd, args, input) {
    const { output, outputPath } = createOutputFile();
    let unlinked = false;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(outputPath);
        unlinked = true;
    }
    catch {
        // Windows keeps an open file: it goes when closed (below).
    }
    let released = false;
    const release = () => {
        if (released)
            return;
        released = true;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(output);
        if (!unlinked)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(outputPath, { force: true });
    };
    let child;
    try {
        child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, { cwd, env: { ...process.env, ...GIT_LOG_ENV }, stdio: ['pipe', output, 'pipe'] });
    }
    catch (error) {
        release();
        throw error;
    }
    // git reports its own failures by exit code; a stdin it closed early must not crash the reader.
    child.stdin.on('error', () => undefined);
    if (input !== LATER)
        child.stdin.end(input);
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
        stderr += chunk.slice(0, 4096);
    });
    let ended = false;
    const exited = new Promise((resolve, reject) => {
        child.on('error', (error) => {
            ended = true;
            reject(new _runGit_js__WEBPACK_IMPORTED_MODULE_5__/* .GitError */ .XS(error.code === 'ENOENT' ? 'git is not installed or not on PATH' : `could not run git: ${error.message}`));
        });
        child.on('exit', () => (ended = true));
        child.on('close', (code) => resolve(code));
    });
    exited.catch(() => undefined);
    const stop = () => {
        if (child.exitCode === null)
            child.kill();
    };
    return {
        stdout: followOutput(output, () => ended, release),
        stop,
        feed: (text) => child.stdin.end(text),
        discard: () => {
            stop();
            release();
        },
        succeeded: async (repo) => {
            const code = await exited;
            if (code === 0)
                return;
            const message = stderr.trim().replace(/^fatal: /, '');
            const hint = repo.shallowBoundary.size > 0 ? ` ${repo.given} is a shallow clone: fetch the missing history with \`git fetch --unshallow\` (in GitHub Actions, actions/checkout with \`fetch-depth: 0\`).` : '';
            throw new _runGit_js__WEBPACK_IMPORTED_MODULE_5__/* .GitError */ .XS(`git log failed in ${repo.given}: ${message || `exit code ${code}`}.${hint}`, stderr, code);
        },
    };
}
/** Large enough that a long history is a few hundred reads, small enough to keep memory flat. */
const READ_BLOCK = 1 << 20;
/**
 * The file git writes, block by block as it grows, until git has exited and all of it is read. One
 * block of memory serves every read (fresh megabytes a read made V8 collect garbage twice as
 * often): a block is the reader's only until it asks for the next.
 */
async function* followOutput(fd, hasEnded, release) {
    let position = 0;
    const block = Buffer.allocUnsafe(READ_BLOCK);
    try {
        for (;;) {
            // Asked before reading: when git had ended by then, an empty read means the end.
            const ended = hasEnded();
            // Synchronous: a read of the page cache is a copy, quicker than a trip through libuv's
            // thread pool (hundreds of them over a walk, each waking a thread on git's core).
            const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, block, 0, block.length, position);
            if (bytesRead > 0) {
                position += bytesRead;
                yield block.subarray(0, bytesRead);
                continue;
            }
            if (ended)
                return;
            await new Promise((resolve) => setTimeout(resolve, 2));
        }
    }
    finally {
        release();
    }
}
/**
 * Notes when a walk reaches a commit where a shallow clone's history is cut off, authored in the
 * window or after its start (git walks from bounds that may start a day earlier): its missing
 * parents may be in the window.
 */
class BoundaryWatch {
    repo;
    reached;
    constructor(repo) {
        this.repo = repo;
    }
    /** Looks at the commit whose sha is `buffer[start, shaEnd)` and whose author time ends at `timeEnd`. */
    see(buffer, start, shaEnd, timeEnd, window) {
        if (this.repo.shallowBoundary.size === 0)
            return;
        const sha = buffer.toString('latin1', start, shaEnd);
        if (!this.repo.shallowBoundary.has(sha))
            return;
        if (window.start === undefined || readInteger(buffer, shaEnd + 1, timeEnd) >= window.start)
            this.reached = sha;
    }
    check() {
        if (this.reached === undefined)
            return;
        throw new ShallowHistoryError(`${this.repo.given} is a shallow clone whose history stops at ${this.reached.slice(0, 12)}, inside the report's window, so commits may be missing. ` +
            'Fetch the full history with `git fetch --unshallow` (in GitHub Actions: actions/checkout with `fetch-depth: 0`).');
    }
}
/**
 * Cuts git's `-z` output into records of `fieldCount` NUL-terminated fields, whatever the chunk
 * boundaries. Records are handed on as offsets into git's own chunks (`ends` holds each field's
 * NUL): most commits carry no leverage trailer, and bytes become strings only for what is kept.
 * `onRecord` must take what it keeps out of the buffer before it returns: chunks are reused.
 */
class RecordSplitter {
    fieldCount;
    ends;
    /** A record the last chunk cut short: its pieces, and how many of its fields they hold. */
    partial = [];
    partialFields = 0;
    constructor(fieldCount) {
        this.fieldCount = fieldCount;
        this.ends = new Array(fieldCount).fill(0);
    }
    push(chunk, onRecord) {
        const { fieldCount, ends } = this;
        let start = 0;
        if (this.partial.length > 0) {
            // Finish the cut record first: find the NULs it still lacks in this chunk.
            let missing = fieldCount - this.partialFields;
            let next = 0;
            for (let nul = chunk.indexOf(0); missing > 0 && nul >= 0; nul = chunk.indexOf(0, next)) {
                missing -= 1;
                next = nul + 1;
            }
            if (missing > 0) {
                this.partial.push(Buffer.from(chunk));
                this.partialFields = fieldCount - missing;
                return;
            }
            const whole = Buffer.concat([...this.partial, chunk.subarray(0, next)]);
            this.partial = [];
            this.findFieldEnds(whole, 0);
            onRecord(whole, 0);
            start = next;
        }
        while (this.findFieldEnds(chunk, start) === fieldCount) {
            onRecord(chunk, start);
            start = ends[fieldCount - 1] + 1;
        }
        if (start < chunk.length) {
            // A copy: the chunk's memory is reused for the next one.
            this.partial = [Buffer.from(chunk.subarray(start))];
            this.partialFields = this.findFieldEnds(chunk, start);
        }
    }
    /** Finds the NUL ending each field from `start`; returns how many it found (fieldCount: a whole record). */
    findFieldEnds(buffer, start) {
        const { fieldCount, ends } = this;
        let from = start;
        for (let field = 0; field < fieldCount; field += 1) {
            const nul = buffer.indexOf(0, from);
            if (nul < 0)
                return field;
            ends[field] = nul;
            from = nul + 1;
        }
        return fieldCount;
    }
}
/** The decimal integer in `buffer[start, end)` (an author time), read without making a string. */
function readInteger(buffer, start, end) {
    const negative = buffer[start] === 0x2d;
    let value = 0;
    for (let at = negative ? start + 1 : start; at < end; at += 1)
        value = value * 10 + (buffer[at] - 0x30);
    return negative ? -value : value;
}
/** The commit whose fields end at `ends`, if it carries leverage trailers and was authored in the window. */
function toCommit(buffer, start, ends, repo, window, keys) {
    // Indexed, not destructured: array destructuring runs the iterator protocol, and on every one of
    // 100,000 commits that garbage was a third of the walk's collections.
    const shaEnd = ends[0];
    const timeEnd = ends[1];
    const trailersEnd = ends[2];
    // Most commits carry no leverage trailer (git left the others out): leave before decoding anything.
    if (trailersEnd === timeEnd + 1)
        return undefined;
    const time = readInteger(buffer, shaEnd + 1, timeEnd);
    if (!(0,_time_windowBasics_js__WEBPACK_IMPORTED_MODULE_7__/* .isInWindow */ .oe)(window, time))
        return undefined;
    const trailers = parseTrailers(buffer.toString('utf8', timeEnd + 1, trailersEnd), keys);
    if (trailers.length === 0)
        return undefined;
    const nameEnd = ends[3];
    const emailEnd = ends[4];
    const subjectEnd = ends[5];
    return {
        repo: repo.label,
        sha: buffer.toString('latin1', start, shaEnd),
        authorName: buffer.toString('utf8', trailersEnd + 1, nameEnd),
        authorEmail: buffer.toString('utf8', nameEnd + 1, emailEnd),
        authorTime: time,
        subject: buffer.toString('utf8', emailEnd + 1, subjectEnd),
        trailers,
    };
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