"use strict";
exports.id = 796;
exports.ids = [796,495];
exports.modules = {

/***/ 796:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cleanupModeOf = cleanupModeOf;
exports.editorUsed = editorUsed;
exports.keepRefusedMessage = keepRefusedMessage;
/**
 * What a refused commit leaves for its retry. git keeps the message file as it was handed to the hook:
 * with `git commit -v`, the diff below the scissors line; in an editor session, git's comment lines.
 * Retried with `git commit -e -F <file>`, git would commit that diff into the message, after the
 * trailers, and the task would vanish from the report. So on a refusal the file is rewritten as git
 * would have committed it (cut at the scissors, cleaned in the cleanup mode git was using), and the
 * retry command is chosen to commit exactly that plus what the user edits.
 *
 * Only a file in the git dir is rewritten (git's own COMMIT_EDITMSG or MERGE_MSG): a file given by hand
 * to `git-leverage hook commit-msg` is the user's and stays as it is.
 */
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const runGit_js_1 = __webpack_require__(6033);
const parsedTrailers_js_1 = __webpack_require__(2143);
const readMessageTrailers_js_1 = __webpack_require__(7495);
/**
 * The cleanup git applies, decided as git decides it (get_cleanup_mode in git's sequencer.c):
 * `default` strips comments when an editor was used and only whitespace otherwise, `scissors` without
 * an editor is `whitespace`. `configured` is `commit.cleanup`; a `--cleanup=` given on git's command
 * line does not reach hooks, so it cannot be honoured here.
 */
function cleanupModeOf(configured, editorUsed) {
    if (configured === 'strip' || configured === 'whitespace' || configured === 'verbatim')
        return configured;
    if (configured === 'scissors')
        return editorUsed ? 'scissors' : 'whitespace';
    return editorUsed ? 'strip' : 'whitespace';
}
/**
 * git runs every commit hook with `GIT_EDITOR=:` when it will not open an editor (githooks(5)); an
 * editor means git will strip comment lines by default.
 */
function editorUsed(env) {
    return env.GIT_EDITOR !== ':';
}
/** `commit.cleanup` and `core.commentChar` in one git call. */
async function cleanupConfig(cwd, env) {
    const result = await (0, runGit_js_1.runGitRaw)(['config', '--get-regexp', '^(commit\\.cleanup|core\\.commentchar)$'], cwd, undefined, env);
    let cleanup;
    let commentChar = '#';
    for (const line of result.stdout.split('\n')) {
        const [name = '', ...rest] = line.split(' ');
        const value = rest.join(' ');
        if (name === 'commit.cleanup')
            cleanup = value;
        if (name === 'core.commentchar' && value)
            commentChar = value;
    }
    return { cleanup, commentChar };
}
/** Whether `file` lies inside the repository's git dir (git's own scratch file). */
async function inGitDir(file, cwd, env) {
    const result = await (0, runGit_js_1.runGitRaw)(['rev-parse', '--absolute-git-dir'], cwd, undefined, env);
    if (result.exitCode !== 0)
        return false;
    const real = (p) => {
        try {
            return (0, node_fs_1.realpathSync)(p);
        }
        catch {
            return p;
        }
    };
    const relative = node_path_1.default.relative(real(result.stdout.trim()), real(file));
    return relative !== '' && !relative.startsWith('..') && !node_path_1.default.isAbsolute(relative);
}
/**
 * Rewrites a refused message file in the git dir as git would have committed it, and says what it
 * holds. `encoding`: the message's (`i18n.commitEncoding`), to decode the text for line numbers.
 */
async function keepRefusedMessage(file, bytes, encoding, cwd, env) {
    const decode = (0, parsedTrailers_js_1.decoder)(encoding);
    const { cleanup, commentChar } = await cleanupConfig(cwd, env);
    // With `core.commentChar=auto` git picks, for the editor, a character no line of the message starts with.
    const commentLines = (text) => commentChar !== 'auto' && text.split('\n').some((line) => line.startsWith(commentChar.charAt(0)));
    if (!(await inGitDir(file, cwd, env))) {
        const text = decode.decode(bytes);
        return { file, text, cleaned: false, keepsCommentLines: commentLines(text) };
    }
    const mode = cleanupModeOf(cleanup, editorUsed(env));
    // git cuts at its scissors line with -v in every mode, and in scissors mode (cleanup_message).
    const cut = readMessageTrailers_js_1.SCISSORS.exec(bytes.toString('latin1'));
    let kept = cut ? bytes.subarray(0, cut.index) : bytes;
    if (mode !== 'verbatim') {
        const stripped = await (0, runGit_js_1.runGitBytes)(['stripspace', ...(mode === 'strip' ? ['--strip-comments'] : [])], cwd, kept, env);
        if (stripped.exitCode === 0)
            kept = stripped.stdout;
    }
    await (0, promises_1.writeFile)(file, kept);
    const text = decode.decode(kept);
    return { file, text, cleaned: true, keepsCommentLines: commentLines(text) };
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


/***/ })

};
;