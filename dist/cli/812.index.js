"use strict";
exports.id = 812;
exports.ids = [812];
exports.modules = {

/***/ 7812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerCommitCommand: () => (/* binding */ registerCommitCommand)
/* harmony export */ });
/* harmony import */ var _config_loadConfig_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6494);
/* harmony import */ var _git_openRepository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8054);
/* harmony import */ var _usageError_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2163);
/* harmony import */ var _leverageFlags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4407);




function registerCommitCommand(program, context) {
    const command = program
        .command('commit')
        .description('git commit with leverage trailers: git-leverage commit -m "Ship it" --task "..." --human 160h --claude 20')
        .usage('[git commit options...] --task <text> --human <duration> --claude <minutes> [--sup <minutes>] [--tokens <count>] [--task-id <id>]')
        .allowUnknownOption()
        .allowExcessArguments()
        .helpOption('--leverage-help', 'show this help (-h is passed to git)');
    (0,_leverageFlags_js__WEBPACK_IMPORTED_MODULE_2__/* .addLeverageOptions */ .HY)(command).action(async (flags, cmd) => {
        const { io } = context;
        const repo = await (0,_git_openRepository_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)('.', io.cwd);
        const config = await (0,_config_loadConfig_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z)(repo.root);
        const gitArgs = cmd.args;
        const trailers = (0,_leverageFlags_js__WEBPACK_IMPORTED_MODULE_2__/* .trailersFromFlags */ .Oy)(flags, config.trailerOptions);
        if (trailers.length === 0)
            throw new _usageError_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e('no leverage figures given (--task, --human, --claude, ...): use git commit for a commit without them (git-leverage commit --leverage-help lists the options)');
        (0,_leverageFlags_js__WEBPACK_IMPORTED_MODULE_2__/* .checkFlagTrailers */ .Hf)(trailers, config.trailerOptions, gitArgs.includes('--amend'));
        const code = await (0,_leverageFlags_js__WEBPACK_IMPORTED_MODULE_2__/* .runGitAttached */ .m3)(['commit', ...trailers.flatMap((t) => ['--trailer', `${t.key}: ${t.value}`]), ...gitArgs], io);
        context.setExitCode(code);
    });
}


/***/ }),

/***/ 4407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HY: () => (/* binding */ addLeverageOptions),
/* harmony export */   Hf: () => (/* binding */ checkFlagTrailers),
/* harmony export */   Oy: () => (/* binding */ trailersFromFlags),
/* harmony export */   m3: () => (/* binding */ runGitAttached)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _trailers_trailerSchema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6387);
/* harmony import */ var _git_runGit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6033);
/* harmony import */ var _usageError_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2163);
/**
 * The leverage options shared by `commit` and `annotate` (--task, --human, --claude, --sup, --tokens,
 * --task-id), turned into trailers and validated with the shared schema before git runs.
 */




const FLAG_FIELDS = [
    ['task', 'task'],
    ['human', 'humanEstimate'],
    ['claude', 'claudeMinutes'],
    ['sup', 'supervisoryMinutes'],
    ['tokens', 'tokens'],
    ['taskId', 'taskId'],
];
function addLeverageOptions(command) {
    return command
        .option('--task <text>', 'Task: one line describing the task')
        .option('--human <duration>', 'Human-Estimate: 160h, 1.5h, 90m, 2d (bare number = hours)')
        .option('--claude <minutes>', 'Claude-Minutes: 20, 2.5, 1h5m (bare number = minutes)')
        .option('--sup <minutes>', 'Supervisory-Minutes')
        .option('--tokens <count>', 'Tokens: 412000, 412k, 1.2M')
        .option('--task-id <id>', 'Task-Id, e.g. NOTIF-12');
}
/** The trailers the flags ask for, with the configured keys. */
function trailersFromFlags(flags, options) {
    return FLAG_FIELDS.filter(([flag]) => flags[flag] !== undefined).map(([flag, field]) => ({ key: options.keys[field], value: String(flags[flag]).trim() }));
}
/**
 * Validates the flags' trailers. `partial`: the message may already carry the other trailers (amend,
 * annotate), so only bad values are errors; otherwise a record must be complete too.
 */
function checkFlagTrailers(trailers, options, partial) {
    const verdict = (0,_trailers_trailerSchema_js__WEBPACK_IMPORTED_MODULE_1__/* .readLeverageTrailers */ .Iy)(trailers, options);
    if (verdict.kind !== 'invalid')
        return;
    const problems = verdict.problems.filter((problem) => !partial || problem.value !== undefined);
    if (problems.length > 0)
        throw new _usageError_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`leverage figures do not validate:\n${problems.map((p) => `  ${(0,_trailers_trailerSchema_js__WEBPACK_IMPORTED_MODULE_1__/* .describeProblem */ .BJ)(p)}`).join('\n')}`);
}
/**
 * Runs git with the user's terminal when there is one (the editor needs it), else with its output
 * handed to the CLI's streams. Resolves with git's exit code.
 */
function runGitAttached(args, io) {
    const tty = Boolean(process.stdin.isTTY && process.stdout.isTTY);
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, { cwd: io.cwd, env: io.env, stdio: tty ? 'inherit' : ['inherit', 'pipe', 'pipe'] });
        child.stdout?.setEncoding('utf8').on('data', (text) => io.stdout(text));
        child.stderr?.setEncoding('utf8').on('data', (text) => io.stderr(text));
        child.on('error', (error) => reject(new _git_runGit_js__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS(`could not run git: ${error.message}`)));
        child.on('close', (code) => resolve(code ?? 1));
    });
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