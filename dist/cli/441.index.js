"use strict";
exports.id = 441;
exports.ids = [441,495,822];
exports.modules = {

/***/ 2441:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.upstreamContainingHead = upstreamContainingHead;
exports.registerAnnotateCommand = registerAnnotateCommand;
/**
 * `git-leverage annotate [--amend] [--force] --task ... --human ...`: adds or replaces leverage
 * trailers on HEAD's message. Without --amend it prints the new message; with it, HEAD is rewritten,
 * unless HEAD is already on its upstream branch (rewriting pushed history) and --force is not given.
 * With --note [<commit>], the figures go to the commit's leverage note instead (annotateNote.ts).
 */
const promises_1 = __webpack_require__(1455);
const loadConfig_js_1 = __webpack_require__(6494);
const openRepository_js_1 = __webpack_require__(8054);
const runGit_js_1 = __webpack_require__(6033);
const formatRejection_js_1 = __webpack_require__(8966);
const readMessageTrailers_js_1 = __webpack_require__(7495);
const replaceLeverageTrailers_js_1 = __webpack_require__(7819);
const runCommitMsgHook_js_1 = __webpack_require__(1300);
const trailerSchema_js_1 = __webpack_require__(8460);
const userError_js_1 = __webpack_require__(40);
const annotateNote_js_1 = __webpack_require__(3701);
const leverageFlags_js_1 = __webpack_require__(4407);
/** The upstream branch that already contains HEAD, if any. */
async function upstreamContainingHead(cwd, env) {
    const upstream = await (0, runGit_js_1.runGitRaw)(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'], cwd, undefined, env);
    if (upstream.exitCode !== 0)
        return undefined;
    const contained = await (0, runGit_js_1.runGitRaw)(['merge-base', '--is-ancestor', 'HEAD', '@{upstream}'], cwd, undefined, env);
    return contained.exitCode === 0 ? upstream.stdout.trim() : undefined;
}
function registerAnnotateCommand(program, context) {
    const command = program
        .command('annotate')
        .description("add or replace leverage trailers on HEAD's message (prints it; --amend rewrites HEAD)")
        .option('--amend', 'rewrite HEAD with the new message (git commit --amend --only)')
        .option('--force', 'rewrite HEAD even when it is already on its upstream branch')
        .option('--note [commit]', "write the figures to the commit's note in refs/notes/leverage (default HEAD) instead: no commit is rewritten, the note replaces the commit's figures in reports");
    (0, leverageFlags_js_1.addLeverageOptions)(command).action(async (flags) => {
        const { io } = context;
        if (flags.note !== undefined && (flags.amend || flags.force))
            throw new userError_js_1.UsageError('--note writes a note and rewrites no commit: leave out --amend and --force');
        const repo = await (0, openRepository_js_1.openRepository)('.', io.cwd);
        if (!repo.hasCommits)
            throw new userError_js_1.UsageError('there is no HEAD commit to annotate yet');
        const config = await (0, loadConfig_js_1.loadConfig)(repo.root);
        const options = config.trailerOptions;
        const trailers = (0, leverageFlags_js_1.trailersFromFlags)(flags, options);
        if (trailers.length === 0)
            throw new userError_js_1.UsageError('no leverage figures given (--task, --human, --claude, --sup, --tokens, --task-id)');
        (0, leverageFlags_js_1.checkFlagTrailers)(trailers, options, true);
        if (flags.note !== undefined) {
            await (0, annotateNote_js_1.annotateNote)(repo, flags.note === true ? 'HEAD' : flags.note, trailers, options, io);
            return;
        }
        const message = (await (0, runGit_js_1.runGit)(['log', '-1', '--encoding=UTF-8', '--format=%B', 'HEAD'], repo.root, undefined, io.env)).replace(/\n+$/, '\n');
        // A figure given again replaces the old one.
        const annotated = await (0, replaceLeverageTrailers_js_1.replaceLeverageTrailers)(message, trailers, repo.root, io.env);
        const parsed = await (0, readMessageTrailers_js_1.parseTrailersWithGit)(Buffer.from(annotated), repo.root, io.env);
        const verdict = (0, trailerSchema_js_1.readLeverageTrailers)(parsed, options);
        if (verdict.kind === 'invalid') {
            throw new userError_js_1.UsageError(`HEAD's message with these figures would not validate:\n${verdict.problems.map((p) => `  ${(0, trailerSchema_js_1.describeProblem)(p)}`).join('\n')}`);
        }
        io.stderr((0, leverageFlags_js_1.messageWarnings)(annotated, parsed, options, "in HEAD's message", 'the figures are added all the same: git commit --amend to move those lines'));
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
        const [file = ''] = await (0, runCommitMsgHook_js_1.gitPaths)(repo.root, io.env, ['LEVERAGE_EDITMSG']);
        await (0, promises_1.writeFile)(file, annotated);
        // The hook cannot tell an amend from a commit: told, a refusal's retry carries --amend.
        const env = { ...io.env, [formatRejection_js_1.COMMIT_KIND_ENV]: 'amend' };
        const code = await (0, leverageFlags_js_1.runGitAttached)(['commit', '--amend', '--only', '--quiet', '--allow-empty', '--cleanup=verbatim', '-F', file], { ...io, env, cwd: repo.root });
        context.setExitCode(code);
    });
}


/***/ }),

/***/ 3701:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.mergeNoteTrailers = mergeNoteTrailers;
exports.annotateNote = annotateNote;
/**
 * `git-leverage annotate --note [<commit>]`: writes the commit's leverage note (git/noteRecords.ts)
 * instead of rewriting its message, so a pushed commit's figures can be added or corrected on a
 * protected branch. The note is one record: the figures it held (or, without a note, those of the
 * commit's message), with the flags' figures replacing the same fields.
 */
const openRepository_js_1 = __webpack_require__(8054);
const noteRecords_js_1 = __webpack_require__(334);
const runGit_js_1 = __webpack_require__(6033);
const readMessageTrailers_js_1 = __webpack_require__(7495);
const squashMessage_js_1 = __webpack_require__(6376);
const trailerSchema_js_1 = __webpack_require__(8460);
const userError_js_1 = __webpack_require__(40);
/** The trailers of `base` with each of `given` replacing the trailer of the same field (in place), the others added at the end. Pure. */
function mergeNoteTrailers(base, given, options) {
    const fieldOf = (trailer) => (0, trailerSchema_js_1.fieldOfKey)(trailer.key, options.keys);
    const byField = new Map(given.map((trailer) => [fieldOf(trailer), trailer]));
    const merged = [];
    for (const trailer of base) {
        const field = fieldOf(trailer);
        if (field === undefined)
            continue;
        const replacement = byField.get(field);
        if (replacement === undefined)
            merged.push(trailer);
        else if (!merged.includes(replacement))
            merged.push(replacement);
    }
    for (const trailer of given)
        if (!merged.includes(trailer))
            merged.push(trailer);
    return merged;
}
/** The commit `revision` names, as a full sha; a one-line error otherwise. */
async function resolveCommit(repo, revision, env) {
    const accepted = 'a commit: a sha, a branch, HEAD~2, …';
    if (revision.startsWith('-'))
        throw new userError_js_1.UsageError(`--note "${revision}" is not a commit (accepted: ${accepted})`);
    const resolved = await (0, runGit_js_1.runGitRaw)(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], repo.root, undefined, env);
    if (resolved.exitCode !== 0)
        throw new userError_js_1.UsageError(`--note "${revision}" is not a commit of ${repo.given} (accepted: ${accepted})`);
    return resolved.stdout.trim();
}
/** The leverage trailers a new note starts from: the commit's note, else its message's (none for a squash commit: a note replaces all its records). */
async function baseTrailers(repo, sha, options, env) {
    const short = sha.slice(0, 12);
    const note = await (0, runGit_js_1.runGitRaw)(['notes', `--ref=${openRepository_js_1.NOTES_REF}`, 'show', sha], repo.root, undefined, env);
    if (note.exitCode === 0) {
        const [reading] = await (0, noteRecords_js_1.readNotes)([note.stdout], repo.root, env, options.keys);
        if (reading?.listed)
            throw new userError_js_1.UsageError(`the note on ${short} holds several records (the listing form): edit it with git notes --ref=leverage edit ${short}`);
        return reading?.trailers ?? [];
    }
    const message = await (0, runGit_js_1.runGit)(['log', '-1', '--encoding=UTF-8', '--format=%B', sha], repo.root, undefined, env);
    const trailers = await (0, readMessageTrailers_js_1.parseTrailersWithGit)(Buffer.from(message), repo.root, env);
    const squash = (0, squashMessage_js_1.parseSquashMessage)(message);
    const ownLeverage = trailers.some((trailer) => (0, trailerSchema_js_1.fieldOfKey)(trailer.key, options.keys) !== undefined);
    return squash && (0, squashMessage_js_1.isSquashCommit)(squash, ownLeverage) ? [] : trailers;
}
/** Writes the note with `given` figures on `revision`; prints the note, and where it went. */
async function annotateNote(repo, revision, given, options, io) {
    const sha = await resolveCommit(repo, revision, io.env);
    const trailers = mergeNoteTrailers(await baseTrailers(repo, sha, options, io.env), given, options);
    const verdict = (0, trailerSchema_js_1.readLeverageTrailers)(trailers, options);
    if (verdict.kind === 'invalid') {
        throw new userError_js_1.UsageError(`the note on ${sha.slice(0, 12)} with these figures would not validate:\n${verdict.problems.map((p) => `  ${(0, trailerSchema_js_1.describeProblem)(p)}`).join('\n')}`);
    }
    const text = trailers.map((trailer) => `${trailer.key}: ${trailer.value}\n`).join('');
    // -f: a note already there is this one's base, and is replaced.
    await (0, runGit_js_1.runGit)(['notes', `--ref=${openRepository_js_1.NOTES_REF}`, 'add', '-f', '-F', '-', sha], repo.root, text, io.env);
    io.stdout(text);
    io.stderr(`git-leverage: note written on ${sha.slice(0, 12)} in ${openRepository_js_1.NOTES_REF}; share it with git push origin ${openRepository_js_1.NOTES_REF} (see docs/notes.md)\n`);
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

/***/ 3822:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readTrailersOfMessages = readTrailersOfMessages;
/**
 * The trailers of many messages, parsed by git's own parser (`git interpret-trailers --parse`, so
 * git's rules hold: the last paragraph only, folded lines, `trailer.separators`) in one git process
 * rather than one per message. interpret-trailers reads any number of files and prints their
 * trailers one after the other; a boundary file between two messages, whose only trailer is ours,
 * tells where one message's trailers end.
 */
const promises_1 = __webpack_require__(1455);
const node_os_1 = __importDefault(__webpack_require__(8161));
const node_path_1 = __importDefault(__webpack_require__(6760));
const trailerLines_js_1 = __webpack_require__(6104);
const runGit_js_1 = __webpack_require__(6033);
/** The boundary's key: no leverage key, and a title paragraph above it so git reads it as a trailer. */
const BOUNDARY_KEY = 'Git-Leverage-Boundary';
/** Files per git process: far below any system's limit on a command line's length. */
const FILES_PER_PROCESS = 400;
/**
 * Each message's trailers, in order. `cwd` is the repository (its `trailer.*` configuration applies);
 * messages are UTF-8 text as the collector reads them (`--encoding=UTF-8`).
 */
async function readTrailersOfMessages(messages, cwd, env) {
    if (messages.length === 0)
        return [];
    // The boundary must use a separator the repository accepts: `trailer.separators`' first, as git prints.
    const configured = await (0, runGit_js_1.runGitRaw)(['config', '--get', 'trailer.separators'], cwd, undefined, env);
    const separator = configured.exitCode === 0 && configured.stdout.trim() !== '' ? configured.stdout.replace(/\n$/, '')[0] : ':';
    const dir = await (0, promises_1.mkdtemp)(node_path_1.default.join(node_os_1.default.tmpdir(), 'git-leverage-trailers-')).catch((error) => {
        throw new runGit_js_1.GitError(`cannot make a temporary folder in ${node_os_1.default.tmpdir()} for git to parse squash commits' messages (${error.code ?? error.message}): set TMPDIR to a writable folder`);
    });
    try {
        const boundary = node_path_1.default.join(dir, 'boundary');
        await (0, promises_1.writeFile)(boundary, `git-leverage\n\n${BOUNDARY_KEY}${separator} end\n`);
        const files = await Promise.all(messages.map(async (message, index) => {
            const file = node_path_1.default.join(dir, `message-${index}`);
            await (0, promises_1.writeFile)(file, message);
            return file;
        }));
        const result = [];
        for (let start = 0; start < files.length; start += FILES_PER_PROCESS) {
            const batch = files.slice(start, start + FILES_PER_PROCESS);
            const args = ['interpret-trailers', '--parse', '--no-divider', ...batch.flatMap((file) => [file, boundary])];
            const parsed = await (0, runGit_js_1.runGitBytes)(args, cwd, undefined, env);
            if (parsed.exitCode !== 0)
                throw new runGit_js_1.GitError(`git interpret-trailers failed in ${cwd}: ${parsed.stderr.trim() || `exit code ${parsed.exitCode}`}`);
            let current = [];
            for (const trailer of (0, trailerLines_js_1.trailersOf)(parsed.stdout.toString('utf8'))) {
                if (trailer.key === BOUNDARY_KEY) {
                    result.push(current);
                    current = [];
                }
                else
                    current.push(trailer);
            }
        }
        if (result.length !== messages.length)
            throw new runGit_js_1.GitError(`git interpret-trailers printed ${result.length} messages' trailers for ${messages.length}`);
        return result;
    }
    finally {
        await (0, promises_1.rm)(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readNotes = readNotes;
exports.noteCounts = noteCounts;
exports.noteRecords = noteRecords;
const squashMessage_js_1 = __webpack_require__(6376);
const trailerKeys_js_1 = __webpack_require__(4847);
const messagesTrailers_js_1 = __webpack_require__(3822);
/**
 * git never reads trailers from a message's first paragraph (its title), so a note made only of
 * trailer lines would hold none: each note is parsed below this title.
 */
const NOTE_TITLE = 'git-leverage note\n\n';
const isLeverage = (keys) => (trailer) => (0, trailerKeys_js_1.fieldOfKey)(trailer.key, keys) !== undefined;
/** Each note's reading, in order, parsed with git's rules (the repository's `trailer.*` config) in one git process. */
async function readNotes(texts, cwd, env, keys) {
    const squashes = texts.map((text) => (0, squashMessage_js_1.parseSquashMessage)(text));
    const messages = texts.flatMap((text, index) => [NOTE_TITLE + text, ...(squashes[index]?.commits.map((listed) => listed.message) ?? [])]);
    const parsed = await (0, messagesTrailers_js_1.readTrailersOfMessages)(messages, cwd, env);
    let next = 0;
    return texts.map((_, index) => {
        const trailers = parsed[next++];
        const squash = squashes[index];
        if (squash === undefined)
            return { trailers };
        const listed = squash.commits.map((commit) => ({ index: commit.index, subject: commit.subject, trailers: parsed[next++] }));
        // As the hook reads a message: a bulleted note whose bullets carry no leverage trailer is one record with a list.
        const listing = (0, squashMessage_js_1.isSquashCommit)(squash, trailers.some(isLeverage(keys))) && (squash.format === 'git' || listed.some((commit) => commit.trailers.some(isLeverage(keys))));
        return listing ? { trailers, listed } : { trailers };
    });
}
/** Whether a note is read as figures: it carries a leverage trailer, or says `Leverage: none` (the commit has no record). */
function noteCounts(reading, keys) {
    const own = reading.listed ? reading.listed.flatMap((commit) => commit.trailers) : reading.trailers;
    return own.some(isLeverage(keys)) || (0, trailerKeys_js_1.saysNoLeverage)(reading.trailers);
}
/**
 * The records a noted commit has, pure: one per listed commit that carries leverage trailers, or the
 * note's own leverage trailers; none for `Leverage: none`. Undefined when the note is not read as
 * figures, so the commit keeps its own.
 */
function noteRecords(noted, reading, keys) {
    if (!noteCounts(reading, keys))
        return undefined;
    const ours = isLeverage(keys);
    if (reading.listed === undefined) {
        const trailers = reading.trailers.filter(ours);
        return trailers.length > 0 ? [{ ...noted.facts, trailers, note: true }] : [];
    }
    return reading.listed.flatMap((listed) => {
        const trailers = listed.trailers.filter(ours);
        return trailers.length > 0 ? [{ ...noted.facts, trailers, embedded: { index: listed.index, subject: listed.subject }, note: true }] : [];
    });
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