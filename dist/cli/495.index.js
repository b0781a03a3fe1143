"use strict";
exports.id = 495;
exports.ids = [495];
exports.modules = {

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