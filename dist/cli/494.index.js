"use strict";
exports.id = 494;
exports.ids = [494,495];
exports.modules = {

/***/ 7495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commitEncoding: () => (/* binding */ commitEncoding),
/* harmony export */   parseTrailersWithGit: () => (/* binding */ parseTrailersWithGit),
/* harmony export */   readMessageTrailers: () => (/* binding */ readMessageTrailers)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_runGit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6033);
/* harmony import */ var _parsedTrailers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2143);
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



/** The scissors line of `git commit -v` (`# ------------------------ >8 ------------------------`). */
const SCISSORS = /^. -{24} >8 -{24}$/m;
/** `i18n.commitEncoding`: only asked for when the message is not plain ASCII (one git call saved). */
async function commitEncoding(bytes, cwd, env) {
    if ((0,_parsedTrailers_js__WEBPACK_IMPORTED_MODULE_2__/* .isAscii */ .ER)(bytes))
        return 'utf-8';
    const result = await (0,_git_runGit_js__WEBPACK_IMPORTED_MODULE_1__/* .runGitRaw */ .ig)(['config', '--get', 'i18n.commitEncoding'], cwd, undefined, env);
    return result.stdout.trim() || 'utf-8';
}
/** Parses trailers out of (cleaned) message bytes with `git interpret-trailers --parse`. */
async function parseTrailersWithGit(message, cwd, env, encoding = 'utf-8') {
    const result = await (0,_git_runGit_js__WEBPACK_IMPORTED_MODULE_1__/* .runGitBytes */ .jR)(['interpret-trailers', '--parse', '--no-divider'], cwd, message, env);
    if (result.exitCode !== 0)
        throw new Error(`git interpret-trailers failed: ${result.stderr.trim()}`);
    return (0,_parsedTrailers_js__WEBPACK_IMPORTED_MODULE_2__/* .trailersOf */ .iA)((0,_parsedTrailers_js__WEBPACK_IMPORTED_MODULE_2__/* .decoder */ .D0)(encoding).decode(result.stdout));
}
/** Reads a message file's bytes and returns its trailers as git will see them once committed. */
async function readMessageTrailers(bytes, cwd, env) {
    const [encoding, { cleaned: cleanedBytes, parsed }] = await Promise.all([commitEncoding(bytes, cwd, env), cleanAndParse(bytes, cwd, env)]);
    const decode = (0,_parsedTrailers_js__WEBPACK_IMPORTED_MODULE_2__/* .decoder */ .D0)(encoding);
    return { cleaned: decode.decode(cleanedBytes), raw: decode.decode(bytes), trailers: (0,_parsedTrailers_js__WEBPACK_IMPORTED_MODULE_2__/* .trailersOf */ .iA)(decode.decode(parsed)), encoding };
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
    const cut = SCISSORS.exec(bytes.toString('latin1'));
    const input = cut ? bytes.subarray(0, cut.index) : bytes;
    return new Promise((resolve, reject) => {
        const clean = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['stripspace', '--strip-comments'], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
        const parse = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['interpret-trailers', '--parse', '--no-divider'], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
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

/***/ 4113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MEASURE_ENV: () => (/* binding */ MEASURE_ENV),
  runPrepareCommitMsgHook: () => (/* binding */ runPrepareCommitMsgHook)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/loadConfig.ts
var loadConfig = __webpack_require__(6494);
// EXTERNAL MODULE: ./src/git/runGit.ts
var runGit = __webpack_require__(6033);
// EXTERNAL MODULE: ./src/trailers/trailerSchema.ts + 1 modules
var trailerSchema = __webpack_require__(6387);
;// CONCATENATED MODULE: ./src/hooks/leverageEnv.ts
/**
 * LEVERAGE_* environment variables → leverage trailers, pure. This is how an agent that commits
 * records its own figures: it sets the variables, and prepare-commit-msg writes the trailers.
 */

const LEVERAGE_ENV = {
    task: 'LEVERAGE_TASK',
    humanEstimate: 'LEVERAGE_HUMAN_ESTIMATE',
    claudeMinutes: 'LEVERAGE_CLAUDE_MINUTES',
    supervisoryMinutes: 'LEVERAGE_SUPERVISORY_MINUTES',
    tokens: 'LEVERAGE_TOKENS',
    taskId: 'LEVERAGE_TASK_ID',
};
/** The trailers the environment asks for (empty variables are unset), in the schema's field order. */
function trailersFromEnv(env, options) {
    const out = [];
    for (const [field, name] of Object.entries(LEVERAGE_ENV)) {
        const value = env[name]?.trim();
        // A trailer value is one line: a newline would end it and start body text.
        if (value)
            out.push({ field, key: options.keys[field], value: value.replace(/\s*\n\s*/g, ' ') });
    }
    return out;
}
/** Bad values among the variables (a missing companion is not the variables' fault), named by variable. */
function envValueProblems(trailers, options) {
    const verdict = (0,trailerSchema/* readLeverageTrailers */.Iy)(trailers, options);
    if (verdict.kind !== 'invalid')
        return [];
    return verdict.problems
        .filter((problem) => problem.value !== undefined)
        .map((problem) => {
        const field = trailers.find((t) => t.key === problem.key)?.field;
        return `${field ? LEVERAGE_ENV[field] : problem.key}="${problem.value}" ${problem.message} (accepted: ${problem.accepted})`;
    });
}

;// CONCATENATED MODULE: ./src/hooks/loadMeasure.ts
async function loadMeasure() {
    return (await Promise.all(/* import() */[__webpack_require__.e(714), __webpack_require__.e(198), __webpack_require__.e(889)]).then(__webpack_require__.bind(__webpack_require__, 1889))).measureForCommit;
}

// EXTERNAL MODULE: ./src/hooks/readMessageTrailers.ts
var readMessageTrailers = __webpack_require__(7495);
;// CONCATENATED MODULE: ./src/hooks/runPrepareCommitMsgHook.ts
/**
 * `prepare-commit-msg`: adds the trailers an agent asked for through LEVERAGE_* variables, and the
 * measured figures when measuring is on, to the message git is preparing. A trailer the message
 * already has is never added twice nor overwritten (so `--amend` keeps what is there).
 */








/** Set by a hook installed with `--measure`. */
const MEASURE_ENV = 'GIT_LEVERAGE_MEASURE';
/** Returns the exit code; a bad LEVERAGE_* value stops the commit before the editor opens. */
async function runPrepareCommitMsgHook(messageFile, source, io) {
    // A merge or squash message describes other commits' work: figures there would count it twice.
    if (source === 'merge' || source === 'squash')
        return 0;
    const config = await (0,loadConfig/* loadConfig */.Z)(io.cwd);
    const options = config.trailerOptions;
    const wanted = trailersFromEnv(io.env, options);
    const problems = envValueProblems(wanted, options);
    if (problems.length > 0) {
        io.stderr(`git-leverage: commit stopped: ${problems.map((p) => `\n  ${p}`).join('')}\n`);
        return 1;
    }
    const measure = config.measure || io.env[MEASURE_ENV] === '1';
    if (wanted.length === 0 && !measure)
        return 0;
    const file = external_node_path_default().resolve(io.cwd, messageFile);
    const message = await (0,readMessageTrailers.readMessageTrailers)(await (0,promises_.readFile)(file), io.cwd, io.env);
    const present = new Set(message.trailers.map((t) => (0,trailerSchema/* fieldOfKey */.F_)(t.key, options.keys)).filter((f) => f !== undefined));
    const adding = wanted.filter((t) => !present.has(t.field));
    // Measured figures only complete a commit that is meant to be a record (it names its task or
    // estimate): added to every commit they would make each one without a Task fail commit-msg.
    const has = (field) => present.has(field) || adding.some((t) => t.field === field);
    if (measure && (has('task') || has('humanEstimate') || has('taskId'))) {
        const measureForCommit = await loadMeasure();
        const figures = await measureForCommit(io.cwd, { idleMinutes: config.idleMinutes, env: io.env, now: io.now() });
        if (figures) {
            const measured = [
                ['claudeMinutes', figures.claudeMinutes],
                ['supervisoryMinutes', figures.supervisoryMinutes],
                ['tokens', figures.tokens],
            ];
            for (const [field, value] of measured) {
                if (value !== undefined && value > 0 && !has(field))
                    adding.push({ field, key: options.keys[field], value: formatMeasured(field, value) });
            }
        }
    }
    if (adding.length === 0)
        return 0;
    // `--if-exists add`, never doNothing/replace: git compares keys by prefix, so an existing `Task`
    // would swallow a new `Task-Id`. What is already there was filtered out above, by whole key.
    await (0,runGit.runGit)(['interpret-trailers', '--in-place', '--no-divider', '--if-exists', 'add', ...adding.flatMap((t) => ['--trailer', `${t.key}: ${t.value}`]), file], io.cwd, undefined, io.env);
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