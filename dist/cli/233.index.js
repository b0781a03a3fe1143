"use strict";
exports.id = 233;
exports.ids = [233];
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

/***/ 7094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HH: () => (/* binding */ checkCommitMessage),
/* harmony export */   yw: () => (/* binding */ NO_LEVERAGE_KEY)
/* harmony export */ });
/* unused harmony export exemption */
/* harmony import */ var _trailers_trailerSchema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6387);
/**
 * The commit-msg decision, pure: a message's trailers (as git parsed them) and the policy in, a
 * verdict and the lines to show out. The same readLeverageTrailers the collector uses decides
 * validity, so what the hook accepts the report counts, and what the report would skip is refused.
 */

/** `Leverage: none` says a commit deliberately carries no record (for `require: always`). */
const NO_LEVERAGE_KEY = 'Leverage';
/** Merge, fixup/squash/amend! and revert commits never need a record of their own. */
function exemption(facts) {
    if (facts.merging || /^Merge (branch|remote-tracking branch|tag|pull request|commit) /.test(facts.subject))
        return 'a merge commit';
    if (/^(fixup|squash|amend)! /.test(facts.subject))
        return 'a fixup/squash commit';
    if (facts.reverting || /^Revert "/.test(facts.subject))
        return 'a revert';
    return undefined;
}
function saysNone(trailers) {
    return trailers.some((t) => t.key.toLowerCase() === NO_LEVERAGE_KEY.toLowerCase() && t.value.trim().toLowerCase() === 'none');
}
function checkCommitMessage(facts, policy, options) {
    const verdict = (0,_trailers_trailerSchema_js__WEBPACK_IMPORTED_MODULE_0__/* .readLeverageTrailers */ .Iy)(facts.trailers, options);
    const result = (problems, exempt) => ({ ok: problems.length === 0, verdict, problems, exemption: exempt });
    // Invalid trailers are refused under every policy: the report would skip them.
    if (verdict.kind === 'invalid')
        return result(verdict.problems);
    if (verdict.kind === 'record' || policy === 'never')
        return result([]);
    const exempt = exemption(facts);
    const { keys } = options;
    const recordForm = `${keys.task}, ${keys.humanEstimate} and ${keys.claudeMinutes} trailers in the last paragraph (see git-leverage commit --help)`;
    if (verdict.kind === 'link') {
        // `records`: a leverage trailer is there, so it must make a full record (a lone link is refused).
        if (exempt)
            return result([], exempt);
        return result([
            {
                key: keys.humanEstimate,
                value: undefined,
                message: `is missing: this repository's policy (require: ${policy}) wants a full record, not only ${keys.task}/${keys.taskId}`,
                accepted: recordForm,
            },
        ]);
    }
    if (policy === 'records' || exempt || saysNone(facts.trailers))
        return result([], exempt);
    return result([
        {
            key: keys.task,
            value: undefined,
            message: `and the other leverage trailers are missing: this repository's policy (require: always) wants a record on every commit`,
            accepted: `${recordForm}, or ${NO_LEVERAGE_KEY}: none for a commit without one`,
        },
    ]);
}


/***/ }),

/***/ 2143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ parsedOutput),
/* harmony export */   C7: () => (/* binding */ PARSED_END),
/* harmony export */   D0: () => (/* binding */ decoder),
/* harmony export */   ER: () => (/* binding */ isAscii),
/* harmony export */   SX: () => (/* binding */ TRAILERS_ON_STDIN),
/* harmony export */   iA: () => (/* binding */ trailersOf)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/**
 * What `git interpret-trailers --parse` printed, read back into trailers. Pure and without git: the
 * installed commit-msg script runs git itself, alongside Node's start-up, and hands the output over
 * on stdin (renderHookScript.ts), so the hook's usual path loads no child_process at all.
 */

/** Passed by the installed commit-msg script after the message file: git's parse is on stdin. */
const TRAILERS_ON_STDIN = '--trailers-on-stdin';
/**
 * The line the hook script adds after git's output once `git interpret-trailers` has succeeded. It
 * cannot be a trailer (a trailer's key is letters, digits and dashes), and without it the output is
 * not trusted: an empty stdin must never pass for "no trailers".
 */
const PARSED_END = '# git-leverage: parsed';
/**
 * `--parse` prints each trailer on one line, unfolded, as key, separator, space, value: `Task: x`,
 * or `Task= x` in a repository whose `trailer.separators` is `=`. git takes as a key only letters,
 * digits and dashes (find_separator in git's trailer.c), so the first other character is the
 * separator, whichever `trailer.separators` set; values may hold separators (`Task: fix: x`).
 */
function trailersOf(text) {
    const trailers = [];
    for (const line of text.split('\n')) {
        const cut = line.search(/[^A-Za-z0-9-]/);
        if (cut <= 0)
            continue;
        trailers.push({ key: line.slice(0, cut), value: line.slice(cut + 1).trim() });
    }
    return trailers;
}
/** git's output without the closing line, or undefined when the line is missing (git failed). */
function parsedOutput(stdin) {
    const end = Buffer.from(`${PARSED_END}\n`);
    if (stdin.length < end.length || !stdin.subarray(stdin.length - end.length).equals(end))
        return undefined;
    return stdin.subarray(0, stdin.length - end.length);
}
function isAscii(bytes) {
    return !bytes.some((byte) => byte > 0x7f);
}
/** A decoder for a commit encoding git named (`i18n.commitEncoding`); UTF-8 when Node does not know it. */
function decoder(encoding) {
    try {
        return new node_util__WEBPACK_IMPORTED_MODULE_0__.TextDecoder(encoding);
    }
    catch {
        return new node_util__WEBPACK_IMPORTED_MODULE_0__.TextDecoder('utf-8');
    }
}


/***/ }),

/***/ 8302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ gitPaths),
  p: () => (/* binding */ runCommitMsgHook)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/loadConfig.ts
var loadConfig = __webpack_require__(6494);
// EXTERNAL MODULE: ./src/hooks/checkCommitMessage.ts
var checkCommitMessage = __webpack_require__(7094);
;// CONCATENATED MODULE: ./src/hooks/formatRejection.ts
/** Quotes a path for a POSIX shell (what the user will paste). */
function shellQuote(text) {
    return /^[A-Za-z0-9_./:@%+=-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
/** 1-based line of the last line of `raw` that starts with `key` and a separator, if any. */
function lineOfTrailer(raw, key) {
    const lines = raw.split('\n');
    const wanted = key.toLowerCase();
    for (let i = lines.length - 1; i >= 0; i -= 1) {
        const match = /^([A-Za-z0-9][A-Za-z0-9-]*)\s*[^A-Za-z0-9\s-]/.exec(lines[i]);
        if (match && match[1].toLowerCase() === wanted)
            return i + 1;
    }
    return undefined;
}
function formatRejection(problems, context) {
    const lines = [`git-leverage: commit refused: ${problems.length === 1 ? 'a leverage trailer needs' : `${problems.length} leverage trailer problems need`} fixing.`];
    for (const problem of problems) {
        const line = problem.value === undefined ? undefined : lineOfTrailer(context.raw, problem.key);
        const where = line === undefined ? '' : `${context.messageFile}:${line}: `;
        const subject = problem.value === undefined ? problem.key : `${problem.key}: "${problem.value}"`;
        lines.push(`  ${where}${subject} ${problem.message}`, `      accepted: ${problem.accepted}`);
    }
    lines.push(`Your message is kept in ${context.keptMessage}. Edit it and commit again with:`, `  git commit -e -F ${shellQuote(context.keptMessage)}`, '(git commit --no-verify skips this check once.)');
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/hooks/parsedTrailers.ts
var parsedTrailers = __webpack_require__(2143);
;// CONCATENATED MODULE: ./src/hooks/runCommitMsgHook.ts
/**
 * `commit-msg`: reads the message file with git's trailer parser, checks it against the policy and
 * the shared schema, and explains a refusal. Thin adapter over checkCommitMessage (pure).
 *
 * The modules that start git (readMessageTrailers, runGit) are imported only when needed: on the
 * installed hook's usual path the script has had git parse the message already, and loading
 * child_process alone would cost a tenth of Node's start-up (docs/hooks.md, "Speed").
 */







/** Absolute paths of files in the git dir (honours worktrees and GIT_DIR). */
async function gitPaths(cwd, env, names) {
    const { runGit } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6033));
    const args = ['rev-parse', '--path-format=absolute', ...names.flatMap((name) => ['--git-path', name])];
    return (await runGit(args, cwd, undefined, env)).trimEnd().split('\n');
}
/**
 * The message as the installed script handed it over: git's `--parse` output of the cleaned message
 * (stdin) beside the file as written. Undefined when the script's git did not finish.
 */
async function messageFromScript(bytes, scriptOutput, io) {
    const parsed = (0,parsedTrailers/* parsedOutput */.$p)(scriptOutput);
    if (!parsed)
        return undefined;
    // Keys, separators and line breaks are ASCII in every encoding git accepts for a message: only a
    // non-ASCII value needs `i18n.commitEncoding` (the raw text serves for line numbers alone).
    const encoding = (0,parsedTrailers/* isAscii */.ER)(parsed) ? 'utf-8' : await (await __webpack_require__.e(/* import() */ 495).then(__webpack_require__.bind(__webpack_require__, 7495))).commitEncoding(parsed, io.cwd, io.env);
    const decode = (0,parsedTrailers/* decoder */.D0)(encoding);
    return { cleaned: undefined, raw: decode.decode(bytes), trailers: (0,parsedTrailers/* trailersOf */.iA)(decode.decode(parsed)), encoding };
}
/**
 * Checks the message file; returns the exit code (0 accept, 1 refuse) after printing any refusal.
 * `scriptOutput`: what the installed hook script's git printed on stdin (renderHookScript.ts).
 */
async function runCommitMsgHook(messageFile, io, scriptOutput) {
    const config = await (0,loadConfig/* loadConfig */.Z)(io.cwd);
    const bytes = await (0,promises_.readFile)(external_node_path_default().resolve(io.cwd, messageFile));
    const needsState = config.require !== 'never';
    // Only the policies other than `never` look at the subject, which needs the cleaned message.
    const fromScript = scriptOutput && !needsState ? await messageFromScript(bytes, scriptOutput, io) : undefined;
    const message = fromScript ?? (await (await __webpack_require__.e(/* import() */ 495).then(__webpack_require__.bind(__webpack_require__, 7495))).readMessageTrailers(bytes, io.cwd, io.env));
    const subject = message.cleaned?.split('\n', 1)[0] ?? '';
    const [mergeHead = '', revertHead = ''] = needsState ? await gitPaths(io.cwd, io.env, ['MERGE_HEAD', 'REVERT_HEAD']) : [];
    const result = (0,checkCommitMessage/* checkCommitMessage */.HH)({ trailers: message.trailers, subject, merging: needsState && (0,external_node_fs_.existsSync)(mergeHead), reverting: needsState && (0,external_node_fs_.existsSync)(revertHead) }, config.require, config.trailerOptions);
    if (result.ok)
        return { code: 0, result };
    const [keptMessage = messageFile] = await gitPaths(io.cwd, io.env, ['COMMIT_EDITMSG']);
    io.stderr(formatRejection(result.problems, { raw: message.raw, keptMessage, messageFile }));
    return { code: 1, result };
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