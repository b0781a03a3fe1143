"use strict";
exports.id = 80;
exports.ids = [80,495];
exports.modules = {

/***/ 4407:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addLeverageOptions = addLeverageOptions;
exports.trailersFromFlags = trailersFromFlags;
exports.checkFlagTrailers = checkFlagTrailers;
exports.readCommitArgs = readCommitArgs;
exports.runGitAttached = runGitAttached;
exports.messageWarnings = messageWarnings;
exports.warnAboutHead = warnAboutHead;
/**
 * The leverage options shared by `commit` and `annotate` (--task, --human, --claude, --sup, --tokens,
 * --task-id, --actual, --estimated-by, --agent), turned into trailers and validated with the shared schema before git runs.
 */
const node_child_process_1 = __webpack_require__(1421);
const trailerSchema_js_1 = __webpack_require__(8460);
const runGit_js_1 = __webpack_require__(6033);
const checkCommitMessage_js_1 = __webpack_require__(7094);
const readMessageTrailers_js_1 = __webpack_require__(7495);
const strayLeverageLines_js_1 = __webpack_require__(1071);
const userError_js_1 = __webpack_require__(40);
const FLAG_FIELDS = [
    ['task', 'task'],
    ['human', 'humanEstimate'],
    ['claude', 'claudeMinutes'],
    ['sup', 'supervisoryMinutes'],
    ['tokens', 'tokens'],
    ['taskId', 'taskId'],
    ['actual', 'humanActual'],
    ['estimatedBy', 'estimatedBy'],
    ['agent', 'agent'],
];
function addLeverageOptions(command) {
    return command
        .option('--task <text>', 'Task: one line describing the task')
        .option('--human <duration>', 'Human-Estimate: 160h, 1.5h, 90m, 2d (bare number = hours)')
        .option('--claude <minutes>', 'Claude-Minutes: 20, 2.5, 1h5m (bare number = minutes)')
        .option('--sup <minutes>', 'Supervisory-Minutes')
        .option('--tokens <count>', 'Tokens: 412000, 412k, 1.2M')
        .option('--task-id <id>', 'Task-Id, e.g. NOTIF-12')
        .option('--actual <duration>', 'Human-Actual: how long a person took without an agent (for calibrate)')
        .option('--estimated-by <who>', 'Estimated-By: agent, human, team, or a name')
        .option('--agent <name>', 'Agent: the coding agent that worked, e.g. claude-code, codex');
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
    const verdict = (0, trailerSchema_js_1.readLeverageTrailers)(trailers, options);
    if (verdict.kind !== 'invalid')
        return;
    const problems = verdict.problems.filter((problem) => !partial || problem.value !== undefined);
    if (problems.length > 0)
        throw new userError_js_1.UsageError(`leverage figures do not validate:\n${problems.map((p) => `  ${(0, trailerSchema_js_1.describeProblem)(p)}`).join('\n')}`);
}
const MESSAGE_LONG = ['--message', '--file', '--reuse-message', '--reedit-message', '--template', '--fixup', '--squash'];
/** Short options that take a value (the rest of the cluster, or the next argument). */
const MESSAGE_SHORT = 'mFCct';
/** Short options whose value, if any, is glued to them (`-uno`, `-Skey`): the cluster ends there. */
const GLUED_SHORT = 'uS';
/**
 * Reads the `git commit` arguments as git would, enough to know whether a message is given and
 * whether the commit is an amend. Long options are matched whole (git also takes unique prefixes:
 * `--amen` is not recognised here, and is passed to git as it is).
 */
function readCommitArgs(args) {
    const read = { amend: false, message: false, edit: undefined };
    for (let i = 0; i < args.length; i += 1) {
        const arg = args[i];
        if (arg === '--')
            break;
        if (arg.startsWith('--')) {
            const name = arg.split('=', 1)[0];
            if (name === '--amend')
                read.amend = true;
            else if (name === '--edit')
                read.edit = true;
            else if (name === '--no-edit')
                read.edit = false;
            else if (MESSAGE_LONG.includes(name)) {
                read.message = true;
                if (!arg.includes('='))
                    i += 1; // the value is the next argument
            }
            continue;
        }
        if (!arg.startsWith('-') || arg === '-')
            continue;
        for (let j = 1; j < arg.length; j += 1) {
            const letter = arg[j];
            if (letter === 'e')
                read.edit = true;
            if (MESSAGE_SHORT.includes(letter)) {
                read.message = true;
                if (j === arg.length - 1)
                    i += 1; // the value is the next argument
                break;
            }
            if (GLUED_SHORT.includes(letter))
                break;
        }
    }
    return read;
}
/**
 * Runs git with the user's terminal when there is one (the editor needs it), else with its output
 * handed to the CLI's streams. Resolves with git's exit code.
 */
function runGitAttached(args, io) {
    const tty = Boolean(process.stdin.isTTY && process.stdout.isTTY);
    return new Promise((resolve, reject) => {
        const child = (0, node_child_process_1.spawn)('git', args, { cwd: io.cwd, env: io.env, stdio: tty ? 'inherit' : ['inherit', 'pipe', 'pipe'] });
        child.stdout?.setEncoding('utf8').on('data', (text) => io.stdout(text));
        child.stderr?.setEncoding('utf8').on('data', (text) => io.stderr(text));
        child.on('error', (error) => reject(new runGit_js_1.GitError(`could not run git: ${error.message}`)));
        child.on('close', (code) => resolve(code ?? 1));
    });
}
/**
 * What report will not count in a message that has its trailers (as git parsed them), as warning
 * lines for stderr; empty when all is well. `where` names the message (`in HEAD's message`).
 */
function messageWarnings(message, trailers, options, where, then) {
    const subject = message.split('\n', 1)[0] ?? '';
    const result = (0, checkCommitMessage_js_1.checkCommitMessage)({ trailers, subject, merging: false, reverting: false, message }, 'never', options);
    const problems = result.problems.map((p) => `git-leverage: warning: ${where}, ${(0, trailerSchema_js_1.describeProblem)(p)}`);
    const text = problems.length > 0 ? `${problems.join('\n')}\n  (report will skip this commit: ${then})\n` : '';
    return text + (result.warnings.length > 0 ? (0, strayLeverageLines_js_1.formatWarnings)(result.warnings, where, then) : '');
}
/**
 * After `commit` or `annotate --amend` made a commit: HEAD's message read with git's trailer parser,
 * as report reads it, and what report will not count said on stderr. The commit stays as git made it.
 */
async function warnAboutHead(cwd, options, io) {
    const message = await (0, runGit_js_1.runGit)(['log', '-1', '--encoding=UTF-8', '--format=%B', 'HEAD'], cwd, undefined, io.env);
    const trailers = await (0, readMessageTrailers_js_1.parseTrailersWithGit)(Buffer.from(message), cwd, io.env);
    io.stderr(messageWarnings(message, trailers, options, "in HEAD's message", 'the commit is made; git commit --amend to fix its message'));
}


/***/ }),

/***/ 8966:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COMMIT_KIND_ENV = void 0;
exports.retryCommand = retryCommand;
exports.shellQuote = shellQuote;
exports.lineOfTrailer = lineOfTrailer;
exports.formatRejection = formatRejection;
/**
 * The words of a refused commit, pure: every problem with the line of the message file it is on,
 * what is wrong and the accepted forms, then where git kept the message and the exact command that
 * brings it back into the editor, so nothing typed is lost.
 */
const clipText_js_1 = __webpack_require__(9722);
/**
 * Set by `git-leverage commit` and `annotate` for the git they run: `amend` when the commit is an amend,
 * `commit` otherwise. git does not tell commit-msg whether it is amending, and a retry without
 * `--amend` makes a new commit (or fails with "nothing added to commit").
 */
exports.COMMIT_KIND_ENV = 'GIT_LEVERAGE_COMMIT';
/** The command that brings the kept message back into the editor and commits exactly it. */
function retryCommand(file, advice, quote) {
    // `scissors` keeps the message's own comment-like lines and cuts git's template, which it puts
    // below a scissors line: the only mode with an editor that adds nothing and removes nothing.
    return ['git commit', advice.amend ? '--amend' : '', advice.keepsCommentLines ? '--cleanup=scissors' : '', '-e -F', quote(file)].filter(Boolean).join(' ');
}
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
        // A long value is quoted by its start and length: the message file holds it whole.
        const subject = problem.value === undefined ? problem.key : `${problem.key}: "${(0, clipText_js_1.clipValue)(problem.value)}"`;
        lines.push(`  ${where}${subject} ${problem.message}`, `      accepted: ${problem.accepted}`);
    }
    const retry = retryCommand(context.keptMessage, { amend: context.amend, keepsCommentLines: context.keepsCommentLines ?? false }, shellQuote);
    lines.push(`Your message is kept in ${context.keptMessage}${context.cleaned ? ', as git would have committed it' : ''}. Edit it and commit again with:`, `  ${retry}`, context.amend === undefined
        ? '(add --amend after git commit if you were amending; git commit --no-verify skips this check once.)'
        : '(git commit --no-verify skips this check once.)');
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 2143:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PARSED_END = exports.TRAILERS_ON_STDIN = void 0;
exports.parsedOutput = parsedOutput;
exports.isAscii = isAscii;
exports.decoder = decoder;
/**
 * What `git interpret-trailers --parse` printed, read back into trailers. Pure and without git: the
 * installed commit-msg script runs git itself, alongside Node's start-up, and hands the output over
 * on stdin (renderHookScript.ts), so the hook's usual path loads no child_process at all.
 */
const node_util_1 = __webpack_require__(7975);
/** Passed by the installed commit-msg script after the message file: git's parse is on stdin. */
exports.TRAILERS_ON_STDIN = '--trailers-on-stdin';
/**
 * The line the hook script adds after git's output once `git interpret-trailers` has succeeded. It
 * cannot be a trailer (a trailer's key is letters, digits and dashes), and without it the output is
 * not trusted: an empty stdin must never pass for "no trailers".
 */
exports.PARSED_END = '# git-leverage: parsed';
/** git's output without the closing line, or undefined when the line is missing (git failed). */
function parsedOutput(stdin) {
    const end = Buffer.from(`${exports.PARSED_END}\n`);
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
        return new node_util_1.TextDecoder(encoding);
    }
    catch {
        return new node_util_1.TextDecoder('utf-8');
    }
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

/***/ 7819:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dropTrailers = dropTrailers;
exports.replaceLeverageTrailers = replaceLeverageTrailers;
/**
 * A message with leverage trailers set: the given keys' old lines dropped, the new ones added by git
 * (`git interpret-trailers`), so a figure given again replaces the old one instead of making a second
 * (which the schema refuses). Used by `annotate` and by `commit --amend`.
 */
const runGit_js_1 = __webpack_require__(6033);
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
/**
 * `message` with `trailers` in its trailer block, each replacing any line of the same key. The old
 * lines are dropped here, by whole key, because git's own `--if-exists replace` matches keys by
 * prefix (`Task` would replace `Task-Id`).
 */
async function replaceLeverageTrailers(message, trailers, cwd, env) {
    return (0, runGit_js_1.runGit)(['interpret-trailers', '--no-divider', '--if-exists', 'add', ...trailers.flatMap((t) => ['--trailer', `${t.key}: ${t.value}`])], cwd, dropTrailers(message, trailers.map((t) => t.key)), env);
}


/***/ }),

/***/ 1300:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gitPaths = gitPaths;
exports.readMessageFile = readMessageFile;
exports.runCommitMsgHook = runCommitMsgHook;
/**
 * `commit-msg`: reads the message file with git's trailer parser, checks it against the policy and
 * the shared schema, and explains a refusal. Thin adapter over checkCommitMessage (pure).
 *
 * The modules that start git (readMessageTrailers, runGit) are imported only when needed: on the
 * installed hook's usual path the script has had git parse the message already, and loading
 * child_process alone would cost a tenth of Node's start-up (docs/hooks.md, "Speed").
 */
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const loadConfig_js_1 = __webpack_require__(6494);
const userError_js_1 = __webpack_require__(40);
const trailerKeys_js_1 = __webpack_require__(4847);
const squashMessage_js_1 = __webpack_require__(6376);
const checkCommitMessage_js_1 = __webpack_require__(7094);
const formatRejection_js_1 = __webpack_require__(8966);
const parsedTrailers_js_1 = __webpack_require__(2143);
const trailerLines_js_1 = __webpack_require__(6104);
const strayLeverageLines_js_1 = __webpack_require__(1071);
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
    const parsed = (0, parsedTrailers_js_1.parsedOutput)(scriptOutput);
    if (!parsed)
        return undefined;
    // Keys, separators and line breaks are ASCII in every encoding git accepts for a message: only a
    // non-ASCII value needs `i18n.commitEncoding` (the raw text serves for line numbers alone).
    const encoding = (0, parsedTrailers_js_1.isAscii)(parsed) ? 'utf-8' : await (await __webpack_require__.e(/* import() */ 495).then(__webpack_require__.bind(__webpack_require__, 7495))).commitEncoding(parsed, io.cwd, io.env);
    const decode = (0, parsedTrailers_js_1.decoder)(encoding);
    return { cleaned: undefined, raw: decode.decode(bytes), trailers: (0, trailerLines_js_1.trailersOf)(decode.decode(parsed)), encoding };
}
/**
 * Reads the message file a hook was given; a file that cannot be read is one line naming it (a hook
 * run by hand with a wrong path), not a stack trace.
 */
async function readMessageFile(messageFile, cwd) {
    const file = node_path_1.default.resolve(cwd, messageFile);
    try {
        return await (0, promises_1.readFile)(file);
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : error.message;
        throw new userError_js_1.UserError(`cannot read the commit message file ${file}: ${why} (expected: hook commit-msg <file>, the file git passes to the hook)`);
    }
}
/**
 * The commits a squash message lists (`git merge --squash`, or a pasted GitHub squash message), each
 * with the trailers git reads from its own message; undefined for any other message. The report
 * counts these blocks (git/squashCommits.ts), so the policy is checked on them.
 */
async function listedCommits(cleaned, trailers, io, keys) {
    const squash = (0, squashMessage_js_1.parseSquashMessage)(cleaned);
    if (!squash || !(0, squashMessage_js_1.isSquashCommit)(squash, trailers.some((trailer) => (0, trailerKeys_js_1.fieldOfKey)(trailer.key, keys) !== undefined)))
        return undefined;
    const { readTrailersOfMessages } = await __webpack_require__.e(/* import() */ 822).then(__webpack_require__.t.bind(__webpack_require__, 3822, 23));
    const parsed = await readTrailersOfMessages(squash.commits.map((commit) => commit.message), io.cwd, io.env);
    const listed = squash.commits.map((commit, index) => ({ index: commit.index, subject: commit.subject, trailers: parsed[index] ?? [] }));
    // A bulleted body whose bullets carry no leverage trailer is an ordinary message with a list.
    if (squash.format !== 'git' && !listed.some((commit) => commit.trailers.some((trailer) => (0, trailerKeys_js_1.fieldOfKey)(trailer.key, keys) !== undefined)))
        return undefined;
    return listed;
}
/**
 * Checks the message file; returns the exit code (0 accept, 1 refuse) after printing any refusal.
 * `scriptOutput`: what the installed hook script's git printed on stdin (renderHookScript.ts).
 */
async function runCommitMsgHook(messageFile, io, scriptOutput) {
    const config = await (0, loadConfig_js_1.loadConfig)(io.cwd);
    const bytes = await readMessageFile(messageFile, io.cwd);
    const needsState = config.require !== 'never';
    const { keys } = config.trailerOptions;
    // Only the policies other than `never` look at the subject, which needs the cleaned message.
    let message = scriptOutput && !needsState ? await messageFromScript(bytes, scriptOutput, io) : undefined;
    // A leverage line git did not read as a trailer needs the cleaned message to be placed (and
    // reported): git is asked to clean it only then, so the usual commit stays on the fast path.
    if (message && (0, strayLeverageLines_js_1.hasStrayCandidate)(message.raw, message.trailers, keys))
        message = undefined;
    message ??= await (await __webpack_require__.e(/* import() */ 495).then(__webpack_require__.bind(__webpack_require__, 7495))).readMessageTrailers(bytes, io.cwd, io.env);
    const subject = message.cleaned?.split('\n', 1)[0] ?? '';
    const [mergeHead = '', revertHead = ''] = needsState ? await gitPaths(io.cwd, io.env, ['MERGE_HEAD', 'REVERT_HEAD']) : [];
    const merging = needsState && (0, node_fs_1.existsSync)(mergeHead);
    const listed = needsState && !merging && message.cleaned !== undefined ? await listedCommits(message.cleaned, message.trailers, io, keys) : undefined;
    const result = listed
        ? (0, checkCommitMessage_js_1.checkSquashMessage)(listed, config.require, config.trailerOptions)
        : (0, checkCommitMessage_js_1.checkCommitMessage)({ trailers: message.trailers, subject, merging, reverting: needsState && (0, node_fs_1.existsSync)(revertHead), message: message.cleaned }, config.require, config.trailerOptions);
    const kind = io.env[formatRejection_js_1.COMMIT_KIND_ENV];
    // `git-leverage commit` checks the commit it made and says the warnings itself, once.
    if (result.ok) {
        if (result.warnings.length > 0 && kind !== 'commit' && kind !== 'amend')
            io.stderr((0, strayLeverageLines_js_1.formatWarnings)(result.warnings, 'in the message', 'the commit goes ahead, but report will not count lines git does not read as trailers'));
        return { code: 0, result };
    }
    const file = node_path_1.default.resolve(io.cwd, messageFile);
    const kept = await (await __webpack_require__.e(/* import() */ 796).then(__webpack_require__.t.bind(__webpack_require__, 796, 23))).keepRefusedMessage(file, bytes, message.encoding, io.cwd, io.env);
    io.stderr((0, formatRejection_js_1.formatRejection)(result.problems, {
        raw: kept.text,
        keptMessage: kept.file,
        messageFile,
        cleaned: kept.cleaned,
        amend: kind === 'amend' ? true : kind === 'commit' ? false : undefined,
        keepsCommentLines: kept.keepsCommentLines,
    }));
    return { code: 1, result };
}


/***/ })

};
;