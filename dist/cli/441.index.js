export const id = 441;
export const ids = [441];
export const modules = {

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
        const message = (await (0,_git_runGit_js__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .EO)(['log', '-1', '--encoding=UTF-8', '--format=%B', 'HEAD'], repo.root, undefined, io.env)).replace(/\n+$/, '\n');
        // A figure given again replaces the old one: its lines are dropped here, by whole key, because
        // git's own `--if-exists replace` matches keys by prefix (`Task` would replace `Task-Id`).
        const annotated = await (0,_git_runGit_js__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .EO)(['interpret-trailers', '--no-divider', '--if-exists', 'add', ...trailers.flatMap((t) => ['--trailer', `${t.key}: ${t.value}`])], repo.root, dropTrailers(message, trailers.map((t) => t.key)), io.env);
        const verdict = (0,_trailers_trailerSchema_js__WEBPACK_IMPORTED_MODULE_6__/* .readLeverageTrailers */ .Iy)(await (0,_hooks_readMessageTrailers_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTrailersWithGit */ .Q)(Buffer.from(annotated), repo.root, io.env), options);
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

/***/ 6494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ loadConfig)
/* harmony export */ });
/* unused harmony export CONFIG_FILE_NAMES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _resolveConfig_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6252);
/**
 * Finds and reads `.leverage.yml` (or `.leverage.yaml`) at a repository's top level, or an explicit
 * path. No file means the defaults.
 */



const CONFIG_FILE_NAMES = ['.leverage.yml', '.leverage.yaml'];
/** The parser (yaml + zod) is loaded only when there is a file to parse. */
async function parseConfigText(text, source) {
    const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(285)]).then(__webpack_require__.bind(__webpack_require__, 285));
    return parseConfig(text, source);
}
async function loadConfig(repoDir, explicitPath) {
    if (explicitPath !== undefined) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(explicitPath, 'utf8').catch((error) => {
            throw new _resolveConfig_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x(explicitPath, [error.code === 'ENOENT' ? 'file not found' : error.message]);
        });
        return parseConfigText(text, explicitPath);
    }
    for (const name of CONFIG_FILE_NAMES) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(repoDir, name);
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch(() => undefined);
        if (text !== undefined)
            return parseConfigText(text, node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(process.cwd(), file) || name);
    }
    return (0,_resolveConfig_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveConfig */ .p)();
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

/***/ 7495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseTrailersWithGit),
/* harmony export */   k: () => (/* binding */ readMessageTrailers)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _git_runGit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6033);
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
 * - trailer.separators and encoding: both read the repository's config; the file is bytes in
 *   `i18n.commitEncoding`, decoded here as the collector asks git to re-encode (UTF-8).
 */



/** The scissors line of `git commit -v` (`# ------------------------ >8 ------------------------`). */
const SCISSORS = /^. -{24} >8 -{24}$/m;
/** `i18n.commitEncoding`: only asked for when the message is not plain ASCII (one git call saved). */
async function commitEncoding(bytes, cwd, env) {
    if (!bytes.some((byte) => byte > 0x7f))
        return 'utf-8';
    const result = await (0,_git_runGit_js__WEBPACK_IMPORTED_MODULE_2__/* .runGitRaw */ .ig)(['config', '--get', 'i18n.commitEncoding'], cwd, undefined, env);
    return result.stdout.trim() || 'utf-8';
}
function decoder(encoding) {
    try {
        return new node_util__WEBPACK_IMPORTED_MODULE_1__.TextDecoder(encoding);
    }
    catch {
        return new node_util__WEBPACK_IMPORTED_MODULE_1__.TextDecoder('utf-8');
    }
}
/** Parses trailers out of (cleaned) message bytes with `git interpret-trailers --parse`. */
async function parseTrailersWithGit(message, cwd, env, encoding = 'utf-8') {
    const result = await (0,_git_runGit_js__WEBPACK_IMPORTED_MODULE_2__/* .runGitBytes */ .jR)(['interpret-trailers', '--parse', '--no-divider'], cwd, message, env);
    if (result.exitCode !== 0)
        throw new Error(`git interpret-trailers failed: ${result.stderr.trim()}`);
    return trailersOf(decoder(encoding).decode(result.stdout));
}
/** --parse normalises every trailer to `key: value` on one line (unfolded). */
function trailersOf(text) {
    return text
        .split('\n')
        .filter((line) => line.includes(':'))
        .map((line) => {
        const cut = line.indexOf(':');
        return { key: line.slice(0, cut).trim(), value: line.slice(cut + 1).trim() };
    });
}
/** Reads a message file's bytes and returns its trailers as git will see them once committed. */
async function readMessageTrailers(bytes, cwd, env) {
    const [encoding, { cleaned: cleanedBytes, parsed }] = await Promise.all([commitEncoding(bytes, cwd, env), cleanAndParse(bytes, cwd, env)]);
    const decode = decoder(encoding);
    return { cleaned: decode.decode(cleanedBytes), raw: decode.decode(bytes), trailers: trailersOf(decode.decode(parsed)), encoding };
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
// EXTERNAL MODULE: ./src/git/runGit.ts
var runGit = __webpack_require__(6033);
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

// EXTERNAL MODULE: ./src/hooks/readMessageTrailers.ts
var readMessageTrailers = __webpack_require__(7495);
;// CONCATENATED MODULE: ./src/hooks/runCommitMsgHook.ts
/**
 * `commit-msg`: reads the message file with git's trailer parser, checks it against the policy and
 * the shared schema, and explains a refusal. Thin adapter over checkCommitMessage (pure).
 */








/** Absolute paths of files in the git dir (honours worktrees and GIT_DIR). */
async function gitPaths(cwd, env, names) {
    const args = ['rev-parse', '--path-format=absolute', ...names.flatMap((name) => ['--git-path', name])];
    return (await (0,runGit/* runGit */.EO)(args, cwd, undefined, env)).trimEnd().split('\n');
}
/** Checks the message file; returns the exit code (0 accept, 1 refuse) after printing any refusal. */
async function runCommitMsgHook(messageFile, io) {
    const config = await (0,loadConfig/* loadConfig */.Z)(io.cwd);
    const bytes = await (0,promises_.readFile)(external_node_path_default().resolve(io.cwd, messageFile));
    const message = await (0,readMessageTrailers/* readMessageTrailers */.k)(bytes, io.cwd, io.env);
    const subject = message.cleaned.split('\n', 1)[0] ?? '';
    const needsState = config.require !== 'never';
    const [mergeHead = '', revertHead = ''] = needsState ? await gitPaths(io.cwd, io.env, ['MERGE_HEAD', 'REVERT_HEAD']) : [];
    const result = (0,checkCommitMessage/* checkCommitMessage */.HH)({ trailers: message.trailers, subject, merging: needsState && (0,external_node_fs_.existsSync)(mergeHead), reverting: needsState && (0,external_node_fs_.existsSync)(revertHead) }, config.require, config.trailerOptions);
    if (result.ok)
        return { code: 0, result };
    const [keptMessage = messageFile] = await gitPaths(io.cwd, io.env, ['COMMIT_EDITMSG']);
    io.stderr(formatRejection(result.problems, { raw: message.raw, keptMessage, messageFile }));
    return { code: 1, result };
}


/***/ })

};
