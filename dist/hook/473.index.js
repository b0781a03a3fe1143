"use strict";
exports.id = 473;
exports.ids = [473,33,495];
exports.modules = {

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

/***/ 118:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LEVERAGE_ENV = void 0;
exports.trailersFromEnv = trailersFromEnv;
exports.envValueProblems = envValueProblems;
/**
 * LEVERAGE_* environment variables → leverage trailers, pure. This is how an agent that commits
 * records its own figures: it sets the variables, and prepare-commit-msg writes the trailers.
 */
const trailerSchema_js_1 = __webpack_require__(8460);
exports.LEVERAGE_ENV = {
    task: 'LEVERAGE_TASK',
    humanEstimate: 'LEVERAGE_HUMAN_ESTIMATE',
    claudeMinutes: 'LEVERAGE_CLAUDE_MINUTES',
    supervisoryMinutes: 'LEVERAGE_SUPERVISORY_MINUTES',
    tokens: 'LEVERAGE_TOKENS',
    taskId: 'LEVERAGE_TASK_ID',
    humanActual: 'LEVERAGE_HUMAN_ACTUAL',
    estimatedBy: 'LEVERAGE_ESTIMATED_BY',
    agent: 'LEVERAGE_AGENT',
};
/** The trailers the environment asks for (empty variables are unset), in the schema's field order. */
function trailersFromEnv(env, options) {
    const out = [];
    for (const [field, name] of Object.entries(exports.LEVERAGE_ENV)) {
        const value = env[name]?.trim();
        // A trailer value is one line: a newline would end it and start body text.
        if (value)
            out.push({ field, key: options.keys[field], value: value.replace(/\s*\n\s*/g, ' ') });
    }
    return out;
}
/** Bad values among the variables (a missing companion is not the variables' fault), named by variable. */
function envValueProblems(trailers, options) {
    const verdict = (0, trailerSchema_js_1.readLeverageTrailers)(trailers, options);
    if (verdict.kind !== 'invalid')
        return [];
    return verdict.problems
        .filter((problem) => problem.value !== undefined)
        .map((problem) => {
        const field = trailers.find((t) => t.key === problem.key)?.field;
        return `${field ? exports.LEVERAGE_ENV[field] : problem.key}="${problem.value}" ${problem.message} (accepted: ${problem.accepted})`;
    });
}


/***/ }),

/***/ 8476:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadMeasure = loadMeasure;
async function loadMeasure() {
    return (await Promise.all(/* import() */[__webpack_require__.e(596), __webpack_require__.e(992)]).then(__webpack_require__.bind(__webpack_require__, 6992))).measureForCommit;
}


/***/ }),

/***/ 7495:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SCISSORS = void 0;
exports.commitEncoding = commitEncoding;
exports.parseTrailersWithGit = parseTrailersWithGit;
exports.readMessageTrailers = readMessageTrailers;
/**
 * Reads a commit message file the way git will store it and parses its trailers with git's own
 * parser, so the commit-msg hook sees exactly what `%(trailers)` will show the collector later.
 *
 * Where `git interpret-trailers` on a message file and `%(trailers)` on the stored commit can differ,
 * and what is done about it:
 * - cleanup: the hook runs before git cleans the message. We clean it as an edited message is cleaned
 *   (scissors cut, comment lines removed, blank lines collapsed, trailing whitespace and CR removed)
 *   with `git stripspace`, and parse the cleaned text; see cleanAndParse for the other modes.
 * - comment lines (core.commentChar): `git stripspace --strip-comments` reads the same setting git
 *   commit does; in whitespace/verbatim mode they stay, and both parsers skip them alike.
 * - the `---` divider: `interpret-trailers` by default ends the message at a `---` line (patch
 *   e-mails), `%(trailers)` does not (measured on git 2.39: `Task: x` above `---\nnotes` is a trailer
 *   for the former only). So the hook passes `--no-divider`; the agreement test pins it.
 * - trailer.separators and encoding: both read the repository's config (git prints `Task= x` when
 *   the separators are `=` alone: see trailersOf); the file is bytes in `i18n.commitEncoding`,
 *   decoded here as the collector asks git to re-encode (UTF-8).
 *
 * The installed commit-msg script runs the same two commands itself (after `sed` cuts at the
 * scissors) while Node starts, and passes their output on stdin (renderHookScript.ts,
 * runCommitMsgHook.ts); this module is the way for the CLI's `hook commit-msg`, prepare-commit-msg,
 * `annotate`, and the policies that need the cleaned subject.
 */
const node_child_process_1 = __webpack_require__(1421);
const runGit_js_1 = __webpack_require__(6033);
const parsedTrailers_js_1 = __webpack_require__(2143);
const trailerLines_js_1 = __webpack_require__(6104);
/** The scissors line of `git commit -v` (`# ------------------------ >8 ------------------------`). */
exports.SCISSORS = /^. -{24} >8 -{24}$/m;
/** `i18n.commitEncoding`: only asked for when the message is not plain ASCII (one git call saved). */
async function commitEncoding(bytes, cwd, env) {
    if ((0, parsedTrailers_js_1.isAscii)(bytes))
        return 'utf-8';
    const result = await (0, runGit_js_1.runGitRaw)(['config', '--get', 'i18n.commitEncoding'], cwd, undefined, env);
    return result.stdout.trim() || 'utf-8';
}
/** Parses trailers out of (cleaned) message bytes with `git interpret-trailers --parse`. */
async function parseTrailersWithGit(message, cwd, env, encoding = 'utf-8') {
    const result = await (0, runGit_js_1.runGitBytes)(['interpret-trailers', '--parse', '--no-divider'], cwd, message, env);
    if (result.exitCode !== 0)
        throw new Error(`git interpret-trailers failed: ${result.stderr.trim()}`);
    return (0, trailerLines_js_1.trailersOf)((0, parsedTrailers_js_1.decoder)(encoding).decode(result.stdout));
}
/** Reads a message file's bytes and returns its trailers as git will see them once committed. */
async function readMessageTrailers(bytes, cwd, env) {
    const [encoding, { cleaned: cleanedBytes, parsed }] = await Promise.all([commitEncoding(bytes, cwd, env), cleanAndParse(bytes, cwd, env)]);
    const decode = (0, parsedTrailers_js_1.decoder)(encoding);
    return { cleaned: decode.decode(cleanedBytes), raw: decode.decode(bytes), trailers: (0, trailerLines_js_1.trailersOf)(decode.decode(parsed)), encoding };
}
/**
 * Cleans message bytes as `git commit` does after an editor session (`--cleanup=strip`, or scissors
 * with -v) and parses the result: `git stripspace --strip-comments | git interpret-trailers --parse
 * --no-divider`, both started at once (two git start-ups overlap instead of adding up), keeping the
 * cleaned text too. The other cleanup modes keep comment lines, a scissors line or a CR, but git's
 * trailer parser skips comment lines, stops at a scissors line and trims values in every case, so the
 * trailers come out the same whichever mode the commit uses; not asking git for the mode saves a process.
 */
function cleanAndParse(bytes, cwd, env) {
    const cut = exports.SCISSORS.exec(bytes.toString('latin1'));
    const input = cut ? bytes.subarray(0, cut.index) : bytes;
    return new Promise((resolve, reject) => {
        const clean = (0, node_child_process_1.spawn)('git', ['stripspace', '--strip-comments'], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
        const parse = (0, node_child_process_1.spawn)('git', ['interpret-trailers', '--parse', '--no-divider'], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
        const cleaned = [];
        const parsed = [];
        let stderr = '';
        let open = 2;
        const failed = (error) => reject(new Error(`could not run git: ${error.message}`));
        clean.on('error', failed);
        parse.on('error', failed);
        clean.stderr.on('data', (chunk) => (stderr += chunk.toString('utf8')));
        parse.stderr.on('data', (chunk) => (stderr += chunk.toString('utf8')));
        clean.stdout.on('data', (chunk) => {
            cleaned.push(chunk);
            parse.stdin.write(chunk);
        });
        clean.stdout.on('end', () => parse.stdin.end());
        parse.stdout.on('data', (chunk) => parsed.push(chunk));
        const done = (code) => {
            if (code !== 0)
                reject(new Error(`git stripspace | interpret-trailers failed: ${stderr.trim() || `exit code ${code}`}`));
            else if (--open === 0)
                resolve({ cleaned: Buffer.concat(cleaned), parsed: Buffer.concat(parsed) });
        };
        clean.on('close', done);
        parse.on('close', done);
        clean.stdin.end(input);
    });
}


/***/ }),

/***/ 3473:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MEASURE_ENV = void 0;
exports.runPrepareCommitMsgHook = runPrepareCommitMsgHook;
/**
 * `prepare-commit-msg`: adds the trailers an agent asked for through LEVERAGE_* variables, and the
 * measured figures when measuring is on, to the message git is preparing. A trailer the message
 * already has is never added twice nor overwritten (so `--amend` keeps what is there).
 */
const node_path_1 = __importDefault(__webpack_require__(6760));
const loadConfig_js_1 = __webpack_require__(6494);
const runGit_js_1 = __webpack_require__(6033);
const trailerSchema_js_1 = __webpack_require__(8460);
const valueGrammar_js_1 = __webpack_require__(3144);
const leverageEnv_js_1 = __webpack_require__(118);
const loadMeasure_js_1 = __webpack_require__(8476);
const readMessageTrailers_js_1 = __webpack_require__(7495);
const runCommitMsgHook_js_1 = __webpack_require__(1300);
/** Set by a hook installed with `--measure`. */
exports.MEASURE_ENV = 'GIT_LEVERAGE_MEASURE';
/** Returns the exit code; a bad LEVERAGE_* value stops the commit before the editor opens. */
async function runPrepareCommitMsgHook(messageFile, source, io) {
    // A merge or squash message describes other commits' work: figures there would count it twice.
    if (source === 'merge' || source === 'squash')
        return 0;
    const config = await (0, loadConfig_js_1.loadConfig)(io.cwd);
    const options = config.trailerOptions;
    const wanted = (0, leverageEnv_js_1.trailersFromEnv)(io.env, options);
    const problems = (0, leverageEnv_js_1.envValueProblems)(wanted, options);
    if (problems.length > 0) {
        io.stderr(`git-leverage: commit stopped: ${problems.length === 1 ? 'a LEVERAGE_* variable holds a value' : 'LEVERAGE_* variables hold values'} its trailer does not accept:${problems.map((p) => `\n  ${p}`).join('')}\n`);
        return 1;
    }
    const measure = config.measure || io.env[exports.MEASURE_ENV] === '1';
    if (wanted.length === 0 && !measure)
        return 0;
    const file = node_path_1.default.resolve(io.cwd, messageFile);
    const message = await (0, readMessageTrailers_js_1.readMessageTrailers)(await (0, runCommitMsgHook_js_1.readMessageFile)(file, io.cwd), io.cwd, io.env);
    const present = new Set(message.trailers.map((t) => (0, trailerSchema_js_1.fieldOfKey)(t.key, options.keys)).filter((f) => f !== undefined));
    const adding = wanted.filter((t) => !present.has(t.field));
    // Measured figures only complete a commit that is meant to be a record (it names its task or
    // estimate): added to every commit they would make each one without a Task fail commit-msg.
    const has = (field) => present.has(field) || adding.some((t) => t.field === field);
    // An estimate from LEVERAGE_HUMAN_ESTIMATE, with no one named as its maker, is the agent's. Not on a
    // calibration pair (Human-Actual): that task was done, and so not necessarily estimated, without one.
    if (adding.some((t) => t.field === 'humanEstimate') && !has('estimatedBy') && !has('humanActual')) {
        adding.push({ field: 'estimatedBy', key: options.keys.estimatedBy, value: 'agent' });
    }
    // A commit with Human-Actual records work done without an agent: measured figures would make it invalid.
    if (measure && !has('humanActual') && (has('task') || has('humanEstimate') || has('taskId'))) {
        const measureForCommit = await (0, loadMeasure_js_1.loadMeasure)();
        const figures = await measureForCommit(io.cwd, { idleMinutes: config.idleMinutes, env: io.env, now: io.now() });
        if (figures) {
            const measured = [
                ['claudeMinutes', figures.claudeMinutes],
                ['supervisoryMinutes', figures.supervisoryMinutes],
                ['tokens', figures.tokens],
            ];
            // Agent names whose logs gave the minutes: only beside minutes measured here, never over an Agent already written.
            const agent = !has('claudeMinutes') && !has('agent') ? figures.agent : undefined;
            for (const [field, value] of measured) {
                if (value === undefined || !(value > 0) || has(field))
                    continue;
                const text = formatMeasured(field, value);
                // Checked as commit-msg will check it: a figure it refuses (corrupt logs, an unbounded window)
                // would fail a commit over a line the person never typed. Left out, with a word why.
                const checked = (0, valueGrammar_js_1.checkTrailerValue)(field, text, options.hoursPerDay);
                if (checked.ok)
                    adding.push({ field, key: options.keys[field], value: text });
                else
                    io.stderr(`git-leverage: warning: measured ${options.keys[field]}: ${text} ${checked.message}; left out of the message (type it by hand, or check the session logs with git-leverage measure --explain)\n`);
            }
            if (agent !== undefined && has('claudeMinutes'))
                adding.push({ field: 'agent', key: options.keys.agent, value: agent });
        }
    }
    if (adding.length === 0)
        return 0;
    // `--if-exists add`, never doNothing/replace: git compares keys by prefix, so an existing `Task`
    // would swallow a new `Task-Id`. What is already there was filtered out above, by whole key.
    await (0, runGit_js_1.runGit)(['interpret-trailers', '--in-place', '--no-divider', '--if-exists', 'add', ...adding.flatMap((t) => ['--trailer', `${t.key}: ${t.value}`]), file], io.cwd, undefined, io.env);
    return 0;
}
function formatMeasured(field, value) {
    if (field === 'tokens')
        return String(Math.round(value));
    // Minutes to one decimal: the grammar accepts decimals, and a sub-minute session is not zero.
    return String(Math.max(0.1, Math.round(value * 10) / 10));
}


/***/ })

};
;