"use strict";
exports.id = 441;
exports.ids = [441,495];
exports.modules = {

/***/ 2441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dropTrailers: () => (/* binding */ dropTrailers),
/* harmony export */   registerAnnotateCommand: () => (/* binding */ registerAnnotateCommand),
/* harmony export */   upstreamContainingHead: () => (/* binding */ upstreamContainingHead)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_loadConfig_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6494);
/* harmony import */ var _git_openRepository_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8054);
/* harmony import */ var _git_runGit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6033);
/* harmony import */ var _hooks_readMessageTrailers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7495);
/* harmony import */ var _hooks_runCommitMsgHook_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8302);
/* harmony import */ var _trailers_trailerSchema_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6387);
/* harmony import */ var _usageError_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2163);
/* harmony import */ var _leverageFlags_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4407);
/**
 * `git-leverage annotate [--amend] [--force] --task ... --human ...`: adds or replaces leverage
 * trailers on HEAD's message. Without --amend it prints the new message; with it, HEAD is rewritten,
 * unless HEAD is already on its upstream branch (rewriting pushed history) and --force is not given.
 */









/** The upstream branch that already contains HEAD, if any. */
async function upstreamContainingHead(cwd, env) {
    const upstream = await (0,_git_runGit_js__WEBPACK_IMPORTED_MODULE_3__/* .runGitRaw */ .ig)(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'], cwd, undefined, env);
    if (upstream.exitCode !== 0)
        return undefined;
    const contained = await (0,_git_runGit_js__WEBPACK_IMPORTED_MODULE_3__/* .runGitRaw */ .ig)(['merge-base', '--is-ancestor', 'HEAD', '@{upstream}'], cwd, undefined, env);
    return contained.exitCode === 0 ? upstream.stdout.trim() : undefined;
}
/** Removes the lines (and folded continuations) of the given trailer keys from the last paragraph. */
function dropTrailers(message, keys) {
    const lines = message.replace(/\n+$/, '').split('\n');
    let start = lines.length;
    while (start > 0 && lines[start - 1].trim() !== '')
        start -= 1;
    if (start === 0)
        return message;
    const wanted = new Set(keys.map((key) => key.toLowerCase()));
    const kept = lines.slice(0, start);
    let dropping = false;
    for (const line of lines.slice(start)) {
        if (/^\s/.test(line) && dropping)
            continue;
        const key = /^([A-Za-z0-9][A-Za-z0-9-]*)\s*[^A-Za-z0-9\s-]/.exec(line)?.[1];
        dropping = key !== undefined && wanted.has(key.toLowerCase());
        if (!dropping)
            kept.push(line);
    }
    return `${kept.join('\n').replace(/\n+$/, '')}\n`;
}
function registerAnnotateCommand(program, context) {
    const command = program
        .command('annotate')
        .description("add or replace leverage trailers on HEAD's message (prints it; --amend rewrites HEAD)")
        .option('--amend', 'rewrite HEAD with the new message (git commit --amend --only)')
        .option('--force', 'rewrite HEAD even when it is already on its upstream branch');
    (0,_leverageFlags_js__WEBPACK_IMPORTED_MODULE_7__/* .addLeverageOptions */ .HY)(command).action(async (flags) => {
        const { io } = context;
        const repo = await (0,_git_openRepository_js__WEBPACK_IMPORTED_MODULE_2__/* .openRepository */ .h_)('.', io.cwd);
        if (!repo.hasCommits)
            throw new _usageError_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .e('there is no HEAD commit to annotate yet');
        const config = await (0,_config_loadConfig_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z)(repo.root);
        const options = config.trailerOptions;
        const trailers = (0,_leverageFlags_js__WEBPACK_IMPORTED_MODULE_7__/* .trailersFromFlags */ .Oy)(flags, options);
        if (trailers.length === 0)
            throw new _usageError_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .e('no leverage figures given (--task, --human, --claude, --sup, --tokens, --task-id)');
        (0,_leverageFlags_js__WEBPACK_IMPORTED_MODULE_7__/* .checkFlagTrailers */ .Hf)(trailers, options, true);
        const message = (await (0,_git_runGit_js__WEBPACK_IMPORTED_MODULE_3__.runGit)(['log', '-1', '--encoding=UTF-8', '--format=%B', 'HEAD'], repo.root, undefined, io.env)).replace(/\n+$/, '\n');
        // A figure given again replaces the old one: its lines are dropped here, by whole key, because
        // git's own `--if-exists replace` matches keys by prefix (`Task` would replace `Task-Id`).
        const annotated = await (0,_git_runGit_js__WEBPACK_IMPORTED_MODULE_3__.runGit)(['interpret-trailers', '--no-divider', '--if-exists', 'add', ...trailers.flatMap((t) => ['--trailer', `${t.key}: ${t.value}`])], repo.root, dropTrailers(message, trailers.map((t) => t.key)), io.env);
        const verdict = (0,_trailers_trailerSchema_js__WEBPACK_IMPORTED_MODULE_6__/* .readLeverageTrailers */ .Iy)(await (0,_hooks_readMessageTrailers_js__WEBPACK_IMPORTED_MODULE_4__.parseTrailersWithGit)(Buffer.from(annotated), repo.root, io.env), options);
        if (verdict.kind === 'invalid') {
            throw new _usageError_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .e(`HEAD's message with these figures would not validate:\n${verdict.problems.map((p) => `  ${(0,_trailers_trailerSchema_js__WEBPACK_IMPORTED_MODULE_6__/* .describeProblem */ .BJ)(p)}`).join('\n')}`);
        }
        if (!flags.amend) {
            io.stdout(annotated);
            return;
        }
        const upstream = await upstreamContainingHead(repo.root, io.env);
        if (upstream && !flags.force) {
            io.stderr(`git-leverage: HEAD is already on ${upstream}: amending it would rewrite a commit others may have. ` +
                'Record the figures on your next commit instead, or pass --force (and push with --force-with-lease).\n');
            context.setExitCode(1);
            return;
        }
        const [file = ''] = await (0,_hooks_runCommitMsgHook_js__WEBPACK_IMPORTED_MODULE_5__/* .gitPaths */ .B)(repo.root, io.env, ['LEVERAGE_EDITMSG']);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, annotated);
        const code = await (0,_leverageFlags_js__WEBPACK_IMPORTED_MODULE_7__/* .runGitAttached */ .m3)(['commit', '--amend', '--only', '--quiet', '--allow-empty', '--cleanup=verbatim', '-F', file], { ...io, cwd: repo.root });
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


/***/ })

};
;