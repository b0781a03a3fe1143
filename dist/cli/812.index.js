"use strict";
exports.id = 812;
exports.ids = [812,495];
exports.modules = {

/***/ 7812:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.registerCommitCommand = registerCommitCommand;
/**
 * `git-leverage commit [git commit args...] --task ... --human ... --claude ...`: commits with the
 * leverage trailers, values validated before git runs, and says afterwards what report will not count.
 *
 * Where the trailers go depends on where git takes the message from:
 * - a message is given (`-m`, `-F`, `-C`, ...): git adds them itself (`git commit --trailer`);
 * - `--amend` without one: git would reuse HEAD's message and append the trailers after the ones it
 *   has (duplicates, which the schema refuses), so HEAD's message is given with each figure replaced,
 *   by whole key (replaceLeverageTrailers.ts), and the editor opens as `git commit --amend` opens it;
 * - no message at all: the editor opens on a template with an empty subject line, a blank line and
 *   the trailers. git's own `--trailer` would put them on the first line, where a subject typed on
 *   top joins them into the subject paragraph (git never reads trailers there); and a template left
 *   unedited makes git abort ("you did not edit the message") instead of committing the trailers as
 *   the subject.
 */
const promises_1 = __webpack_require__(1455);
const commander_1 = __webpack_require__(8909);
const loadConfig_js_1 = __webpack_require__(6494);
const openRepository_js_1 = __webpack_require__(8054);
const runGit_js_1 = __webpack_require__(6033);
const formatRejection_js_1 = __webpack_require__(8966);
const replaceLeverageTrailers_js_1 = __webpack_require__(7819);
const runCommitMsgHook_js_1 = __webpack_require__(1300);
const userError_js_1 = __webpack_require__(40);
const leverageFlags_js_1 = __webpack_require__(4407);
function registerCommitCommand(program, context) {
    const command = program
        .command('commit')
        .description('git commit with leverage trailers: git-leverage commit -m "Ship it" --task "..." --human 160h --claude 20')
        .usage('[git commit options...] --task <text> --human <duration> --claude <minutes> [--sup <minutes>] [--tokens <count>] [--task-id <id>]')
        .allowUnknownOption()
        .allowExcessArguments()
        // `-h` is git commit's own (its usage); `--help` is ours, as for every command.
        .helpOption('--help', 'display help for command')
        .addOption(new commander_1.Option('--leverage-help', 'the same as --help (kept for scripts that use it)').hideHelp());
    (0, leverageFlags_js_1.addLeverageOptions)(command).action(async (flags, cmd) => {
        if (flags.leverageHelp) {
            cmd.outputHelp();
            return;
        }
        const { io } = context;
        const repo = await (0, openRepository_js_1.openRepository)('.', io.cwd);
        const config = await (0, loadConfig_js_1.loadConfig)(repo.root);
        const gitArgs = cmd.args;
        const trailers = (0, leverageFlags_js_1.trailersFromFlags)(flags, config.trailerOptions);
        if (trailers.length === 0)
            throw new userError_js_1.UsageError('no leverage figures given (--task, --human, --claude, ...): use git commit for a commit without them (git-leverage commit --help lists the options)');
        const given = (0, leverageFlags_js_1.readCommitArgs)(gitArgs);
        (0, leverageFlags_js_1.checkFlagTrailers)(trailers, config.trailerOptions, given.amend);
        if (!given.message && !given.amend && given.edit === false) {
            throw new userError_js_1.UsageError('--no-edit without a message: give the subject with -m "..." (the trailers alone would become the subject, which git does not read as trailers)');
        }
        const lines = trailers.map((t) => `${t.key}: ${t.value}`);
        let messageArgs;
        if (given.message) {
            messageArgs = lines.flatMap((line) => ['--trailer', line]);
        }
        else {
            const [file = ''] = await (0, runCommitMsgHook_js_1.gitPaths)(repo.root, io.env, ['LEVERAGE_EDITMSG']);
            if (given.amend) {
                const head = await (0, runGit_js_1.runGit)(['log', '-1', '--encoding=UTF-8', '--format=%B', 'HEAD'], repo.root, undefined, io.env);
                await (0, promises_1.writeFile)(file, await (0, replaceLeverageTrailers_js_1.replaceLeverageTrailers)(head.replace(/\n+$/, '\n'), trailers, repo.root, io.env));
                // `git commit --amend` opens the editor unless told not to; `-F` alone would not.
                messageArgs = ['-F', file, ...(given.edit === undefined ? ['--edit'] : [])];
            }
            else {
                await (0, promises_1.writeFile)(file, `\n\n${lines.join('\n')}\n`);
                messageArgs = ['--template', file];
            }
        }
        const env = { ...io.env, [formatRejection_js_1.COMMIT_KIND_ENV]: given.amend ? 'amend' : 'commit' };
        const code = await (0, leverageFlags_js_1.runGitAttached)(['commit', ...messageArgs, ...gitArgs], { ...io, env });
        if (code === 0)
            await (0, leverageFlags_js_1.warnAboutHead)(repo.root, config.trailerOptions, io);
        else if (!given.message && !given.amend)
            io.stderr('git-leverage: (without -m, the message needs a subject on its first line, above the trailers; an unedited message is not committed)\n');
        context.setExitCode(code);
    });
}


/***/ }),

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


/***/ })

};
;