"use strict";
exports.id = 441;
exports.ids = [441,822];
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
const checkCommitMessage_js_1 = __webpack_require__(7094);
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
    return own.some(isLeverage(keys)) || reading.trailers.some((trailer) => trailer.key.toLowerCase() === checkCommitMessage_js_1.NO_LEVERAGE_KEY.toLowerCase());
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


/***/ })

};
;