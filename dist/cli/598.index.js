"use strict";
exports.id = 598;
exports.ids = [598,822];
exports.modules = {

/***/ 9465:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readInteger = readInteger;
exports.isSquashSubjectAt = isSquashSubjectAt;
exports.parseTrailers = parseTrailers;
exports.commitFactsAt = commitFactsAt;
exports.decodeCommit = decodeCommit;
const trailerKeys_js_1 = __webpack_require__(4847);
const reportWindow_js_1 = __webpack_require__(7084);
const logArguments_js_1 = __webpack_require__(4876);
/** The decimal integer in `buffer[start, end)` (an author time), read without making a string. */
function readInteger(buffer, start, end) {
    const negative = buffer[start] === 0x2d;
    let value = 0;
    for (let at = negative ? start + 1 : start; at < end; at += 1)
        value = value * 10 + (buffer[at] - 0x30);
    return negative ? -value : value;
}
const SQUASHED = Buffer.from('Squashed commit of the following:');
/**
 * Whether the subject in `buffer[start, end)` is one a squash commit is looked for by (SQUASH_SUBJECT
 * in trailers/squashMessage.ts, which a test holds this to): tested on bytes, as it runs on every
 * commit of the walk.
 */
function isSquashSubjectAt(buffer, start, end) {
    if (end - start >= SQUASHED.length && buffer.compare(SQUASHED, 0, SQUASHED.length, start, start + SQUASHED.length) === 0)
        return true;
    if (buffer[end - 1] !== 0x29)
        return false; // `)`
    let at = end - 2;
    while (at > start && buffer[at] >= 0x30 && buffer[at] <= 0x39)
        at -= 1;
    if (at === end - 2 || at <= start)
        return false;
    return (buffer[at] === 0x23 || buffer[at] === 0x21) && buffer[at - 1] === 0x28; // `#` or `!`, then `(`
}
/** `%(trailers)` text → the leverage trailers in it (git was asked for ours only; fieldOfKey still decides). */
function parseTrailers(text, keys) {
    const trailers = [];
    for (const entry of text.split(logArguments_js_1.TRAILER_SEPARATOR)) {
        const cut = entry.indexOf(logArguments_js_1.KEY_VALUE_SEPARATOR);
        if (cut < 0)
            continue;
        const key = entry.slice(0, cut);
        if ((0, trailerKeys_js_1.fieldOfKey)(key, keys))
            trailers.push({ key, value: entry.slice(cut + 1).trim() });
    }
    return trailers;
}
/** The facts of the commit at `record` but its trailers: for a commit kept whatever its message says (a noted one). */
function commitFactsAt({ buffer, start, ends }, repo) {
    const [shaEnd, timeEnd, trailersEnd, nameEnd, emailEnd, subjectEnd] = ends;
    return {
        repo,
        sha: buffer.toString('latin1', start, shaEnd),
        authorName: buffer.toString('utf8', trailersEnd + 1, nameEnd),
        authorEmail: buffer.toString('utf8', nameEnd + 1, emailEnd),
        authorTime: readInteger(buffer, shaEnd + 1, timeEnd),
        subject: buffer.toString('utf8', emailEnd + 1, subjectEnd),
    };
}
/** The commit at `record`, if it carries leverage trailers and was authored in the window. */
function decodeCommit({ buffer, start, ends }, repo, window, keys) {
    // Indexed rather than destructured: this runs on every commit of a long history.
    const shaEnd = ends[0];
    const timeEnd = ends[1];
    const trailersEnd = ends[2];
    if (trailersEnd === timeEnd + 1)
        return undefined; // no leverage trailer
    const authorTime = readInteger(buffer, shaEnd + 1, timeEnd);
    if (!(0, reportWindow_js_1.isInWindow)(window, authorTime))
        return undefined;
    const trailers = parseTrailers(buffer.toString('utf8', timeEnd + 1, trailersEnd), keys);
    if (trailers.length === 0)
        return undefined;
    const nameEnd = ends[3];
    const emailEnd = ends[4];
    return {
        repo,
        sha: buffer.toString('latin1', start, shaEnd),
        authorName: buffer.toString('utf8', trailersEnd + 1, nameEnd),
        authorEmail: buffer.toString('utf8', nameEnd + 1, emailEnd),
        authorTime,
        subject: buffer.toString('utf8', emailEnd + 1, ends[5]),
        trailers,
    };
}


/***/ }),

/***/ 7295:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.startGitLog = startGitLog;
/**
 * A running `git log` whose output is read from a pipe as it comes: the pipe's back-pressure keeps
 * memory flat, and git ends with its reader (stopped when the reader leaves early; killed by SIGPIPE
 * when the reading process dies).
 */
const node_child_process_1 = __webpack_require__(1421);
const logArguments_js_1 = __webpack_require__(4876);
const runGit_js_1 = __webpack_require__(6033);
/** Starts `git <args>` in `repo`, with `input` (if any) on its standard input. */
function startGitLog(repo, args, input) {
    const child = (0, node_child_process_1.spawn)('git', args, { cwd: repo.root, env: { ...process.env, ...logArguments_js_1.GIT_LOG_ENV }, stdio: ['pipe', 'pipe', 'pipe'] });
    // git reports its own failures by exit code; a stdin it closed early must not crash the reader.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
        if (stderr.length < 4096)
            stderr += chunk;
    });
    const exited = new Promise((resolve, reject) => {
        child.on('error', (error) => {
            reject(new runGit_js_1.GitError(error.code === 'ENOENT' ? 'git is not installed or not on PATH' : `could not run git: ${error.message}`));
        });
        child.on('close', (code) => resolve(code));
    });
    exited.catch(() => undefined); // observed by succeeded(); a reader that stopped early never asks
    return {
        stdout: child.stdout,
        stop: () => {
            if (child.exitCode === null && child.signalCode === null)
                child.kill();
        },
        succeeded: async () => {
            const code = await exited;
            if (code === 0)
                return;
            const message = stderr.trim().replace(/^fatal: /, '');
            const hint = repo.shallowBoundary.size > 0 ? ` ${repo.given} is a shallow clone: fetch the missing history with \`git fetch --unshallow\` (in GitHub Actions, actions/checkout with \`fetch-depth: 0\`).` : '';
            throw new runGit_js_1.GitError(`git log failed in ${repo.given}: ${message || `exit code ${code}`}.${hint}`, stderr, code);
        },
    };
}


/***/ }),

/***/ 4876:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SQUASH_FIELD_COUNT = exports.GIT_LOG_ENV = exports.KEY_VALUE_SEPARATOR = exports.TRAILER_SEPARATOR = exports.DATE_FIELD_COUNT = exports.NOTED_FIELD_COUNT = exports.COMMIT_FIELD_COUNT = void 0;
exports.commitFieldCount = commitFieldCount;
exports.revisionArguments = revisionArguments;
exports.gitLogArguments = gitLogArguments;
exports.datePassArguments = datePassArguments;
exports.detailPassArguments = detailPassArguments;
exports.squashBodyArguments = squashBodyArguments;
exports.readsDatesFirst = readsDatesFirst;
const trailerKeys_js_1 = __webpack_require__(4847);
const openRepository_js_1 = __webpack_require__(8054);
/** Fields of one commit in COMMIT_FORMAT's output, in order (decodeCommit.ts reads them). */
exports.COMMIT_FIELD_COUNT = 6;
/** With leverage notes (Repository.hasNotes): the commit's note in refs/notes/leverage (`%N`) is a seventh. */
exports.NOTED_FIELD_COUNT = exports.COMMIT_FIELD_COUNT + 1;
/** Fields of one commit in the walk of `repo`. */
function commitFieldCount(repo) {
    return repo.hasNotes ? exports.NOTED_FIELD_COUNT : exports.COMMIT_FIELD_COUNT;
}
/** Fields of one commit in the first pass of a two-pass walk: sha and author time. */
exports.DATE_FIELD_COUNT = 2;
/** Between two trailers, and between a trailer's key and value, in `%(trailers)`. */
exports.TRAILER_SEPARATOR = '\x1e';
exports.KEY_VALUE_SEPARATOR = '\x1f';
/** Every `git log` here: NUL-terminated records, nothing a user's config adds. */
const LOG = ['log', '-z', '--no-color', '--no-show-signature'];
/**
 * Environment of the collector's `git log`. Writing to a pipe, git flushes after every commit;
 * GIT_FLUSH=0 lets it fill its buffer first (the benchmark's floors run with it too).
 */
exports.GIT_LOG_ENV = { GIT_FLUSH: '0' };
/**
 * `%(trailers)` with only the leverage trailers: git matches `key=` case-insensitively, as
 * fieldOfKey does, so Signed-off-by and friends never reach the reader. A key outside
 * TRAILER_KEY_PATTERN (the config accepts none) leaves the choosing to the decoder.
 */
function trailersPlaceholder(keys) {
    const names = trailerKeys_js_1.LEVERAGE_FIELDS.map((field) => keys[field]);
    const onlyOurs = names.every((name) => trailerKeys_js_1.TRAILER_KEY_PATTERN.test(name)) ? names.map((name) => `key=${name},`).join('') : '';
    return `%(trailers:${onlyOurs}only,unfold,separator=%x1e,key_value_separator=%x1f)`;
}
/**
 * sha, author time, trailers, author name and email, subject (--encoding: git's default output
 * encoding is the repository's i18n.commitEncoding, not UTF-8); with `notes`, the commit's leverage
 * note last. `--notes=<ref>` alone shows that ref's notes only (not core.notesRef's or
 * notes.displayRef's), and `%N` prints a NUL in a note blob as a line break (a test holds git to both).
 */
function commitFormat(keys, notes) {
    const fields = ['%H', '%at', trailersPlaceholder(keys), '%an', '%ae', '%s', ...(notes ? ['%N'] : [])];
    return [...LOG, '--encoding=UTF-8', ...(notes ? [`--notes=${openRepository_js_1.NOTES_REF}`] : []), `--format=${fields.join('%x00')}`];
}
/**
 * `--since` for a window starting at `start`. git limits by committer date, and a commit's
 * committer date is never before its author date in practice, so the window's start is a safe lower
 * bound (no --until: a commit authored in the window but rebased later has a later committer date).
 * git reads `@N` as a timestamp only from N = 100,000,000 (1973-03-03) on, and an ISO date before
 * 1970 not at all: a window starting earlier walks without a lower bound.
 */
function sinceArguments(start) {
    return start !== undefined && start >= 100_000_000 ? [`--since=@${Math.floor(start)}`] : [];
}
/** What the walk starts from: the window's range, the configured revisions, or the local branches and HEAD. */
function revisionArguments(repo, options) {
    if (options.window.range !== undefined)
        return [options.window.range];
    if (options.revs.length > 0)
        return [...options.revs];
    return ['--branches', ...(repo.hasCommits ? ['HEAD'] : [])];
}
/** A one-pass walk: every commit since the window's start, with its leverage trailers. */
function gitLogArguments(repo, options) {
    return [...commitFormat(options.keys, repo.hasNotes === true), ...sinceArguments(options.window.start), ...revisionArguments(repo, options), '--'];
}
/** The first pass of a two-pass walk: every commit since the window's start, with its author time. */
function datePassArguments(repo, options) {
    return [...LOG, '--format=%H%x00%at', ...sinceArguments(options.window.start), ...revisionArguments(repo, options), '--'];
}
/** The second pass: the commits named on standard input, and nothing they lead to. */
function detailPassArguments(repo, keys) {
    return [...commitFormat(keys, repo.hasNotes === true), '--no-walk=unsorted', '--stdin'];
}
/** Fields of one commit in squashBodyArguments' output: the commit format's, then the raw message. */
exports.SQUASH_FIELD_COUNT = exports.COMMIT_FIELD_COUNT + 1;
/**
 * The squash candidates named on standard input (git/squashCommits.ts), in the commit format with
 * their whole message (`%B`) last. No notes: a commit with a leverage note is never a candidate.
 */
function squashBodyArguments(keys) {
    const format = commitFormat(keys, false);
    const last = format.length - 1;
    return [...format.slice(0, last), `${format[last]}%x00%B`, '--no-walk=unsorted', '--stdin'];
}
/**
 * Whether the walk reads authors' dates first (`%H %at`, as cheap as git log gets) and then asks git
 * for the trailers of only the commits in the window. git cannot stop a walk at a window's end
 * (rebased commits carry later committer dates), so a day deep in the past is found only by walking
 * every newer commit: one pass would have git parse each of those messages for trailers, the second
 * pass re-reads just the window's. Two passes pay off when the window covers at most a fifth of the
 * time since its start; without `now` (seconds), one pass.
 */
function readsDatesFirst(window, now) {
    const { start, end } = window;
    return start !== undefined && end !== undefined && now !== undefined && (end - start) * 5 <= now - start;
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

/***/ 5752:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RecordSplitter = void 0;
/**
 * Cuts git's `-z` output into records of a fixed number of NUL-terminated fields, whatever the
 * chunk boundaries. A record is handed on as offsets into the buffer that holds it (`ends[i]` is the
 * NUL ending field i): most commits carry no leverage trailer, and bytes become strings only for
 * what is kept.
 */
class RecordSplitter {
    fieldCount;
    /** The NUL ending each field of the record being handed on. */
    ends;
    /** A record the last chunk cut short: its pieces, and how many of its fields they hold. */
    partial = [];
    partialFields = 0;
    constructor(fieldCount) {
        this.fieldCount = fieldCount;
        this.ends = new Array(fieldCount).fill(0);
    }
    /**
     * Hands every record that `chunk` completes to `onRecord(buffer, start)`, with `ends` set; keeps
     * the rest for the next chunk. `onRecord` must take what it keeps before it returns.
     */
    push(chunk, onRecord) {
        const { fieldCount, ends } = this;
        let start = 0;
        if (this.partial.length > 0) {
            // Finish the cut record first: find the NULs it still lacks in this chunk.
            let missing = fieldCount - this.partialFields;
            let next = 0;
            for (let nul = chunk.indexOf(0); missing > 0 && nul >= 0; nul = chunk.indexOf(0, next)) {
                missing -= 1;
                next = nul + 1;
            }
            if (missing > 0) {
                this.partial.push(chunk);
                this.partialFields = fieldCount - missing;
                return;
            }
            const whole = Buffer.concat([...this.partial, chunk.subarray(0, next)]);
            this.partial = [];
            this.partialFields = 0;
            this.findFieldEnds(whole, 0);
            onRecord(whole, 0);
            start = next;
        }
        while (this.findFieldEnds(chunk, start) === fieldCount) {
            onRecord(chunk, start);
            start = ends[fieldCount - 1] + 1;
        }
        if (start < chunk.length) {
            this.partial = [chunk.subarray(start)];
            this.partialFields = this.findFieldEnds(chunk, start);
        }
    }
    /** Bytes of a record that never ended (git's output stopped inside one): 0 after a whole log. */
    get pendingBytes() {
        return this.partial.reduce((sum, piece) => sum + piece.length, 0);
    }
    /** Finds the NUL ending each field from `start`; returns how many it found (fieldCount: a whole record). */
    findFieldEnds(buffer, start) {
        const { fieldCount, ends } = this;
        let from = start;
        for (let field = 0; field < fieldCount; field += 1) {
            const nul = buffer.indexOf(0, from);
            if (nul < 0)
                return field;
            ends[field] = nul;
            from = nul + 1;
        }
        return fieldCount;
    }
}
exports.RecordSplitter = RecordSplitter;


/***/ }),

/***/ 4166:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ShallowBoundaryWatch = exports.ShallowHistoryError = void 0;
exports.shallowHistoryStop = shallowHistoryStop;
const userError_js_1 = __webpack_require__(40);
const runGit_js_1 = __webpack_require__(6033);
class ShallowHistoryError extends userError_js_1.UserError {
    name = 'ShallowHistoryError';
}
exports.ShallowHistoryError = ShallowHistoryError;
/** Notes the boundary commits a walk reaches; check() throws when one of them counts. */
class ShallowBoundaryWatch {
    repo;
    window;
    reached;
    constructor(repo, window) {
        this.repo = repo;
        this.window = window;
    }
    /** Whether the repository has a boundary at all (else see() need not be called). */
    get watching() {
        return this.repo.shallowBoundary.size > 0;
    }
    see(sha, authorTime) {
        if (!this.repo.shallowBoundary.has(sha))
            return;
        if (this.window.start === undefined || authorTime >= this.window.start)
            this.reached = sha;
    }
    check() {
        if (this.reached === undefined)
            return;
        throw new ShallowHistoryError(`${this.repo.given} is a shallow clone whose history stops at ${this.reached.slice(0, 12)}, inside the report's window, so commits may be missing. ` +
            'Fetch the full history with `git fetch --unshallow` (in GitHub Actions: actions/checkout with `fetch-depth: 0`).');
    }
}
exports.ShallowBoundaryWatch = ShallowBoundaryWatch;
/**
 * Where a shallow clone's history stops: the latest author time among its boundary commits; undefined
 * for a complete clone, or when git cannot say. A walk that must not fail on the boundary starts just
 * after it (the estimate check's look-back, `report --calibrated`'s pairs) and says so.
 */
async function shallowHistoryStop(repo) {
    if (repo.shallowBoundary.size === 0)
        return undefined;
    const result = await (0, runGit_js_1.runGitRaw)(['show', '-s', '--no-show-signature', '--format=%at', ...repo.shallowBoundary], repo.root);
    const times = result.stdout.split('\n').filter(Boolean).map(Number);
    return result.exitCode === 0 && times.length > 0 ? Math.max(...times) : undefined;
}


/***/ }),

/***/ 5641:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readSquashCommits = readSquashCommits;
const squashMessage_js_1 = __webpack_require__(6376);
const trailerKeys_js_1 = __webpack_require__(4847);
const decodeCommit_js_1 = __webpack_require__(9465);
const gitLogProcess_js_1 = __webpack_require__(7295);
const logArguments_js_1 = __webpack_require__(4876);
const messagesTrailers_js_1 = __webpack_require__(3822);
const recordSplitter_js_1 = __webpack_require__(5752);
/** Reads a git process's output whole through a record splitter, then checks its exit. */
async function eachRecord(git, fieldCount, onRecord) {
    const splitter = new recordSplitter_js_1.RecordSplitter(fieldCount);
    let complete = false;
    try {
        for await (const chunk of git.stdout)
            splitter.push(chunk, (buffer, start) => onRecord(buffer, start, splitter.ends));
        complete = true;
    }
    finally {
        if (!complete)
            git.stop();
    }
    await git.succeeded();
}
/** Which of `shas` (candidates the walk found) are squash commits, and the records they list. */
async function readSquashCommits(repo, options, shas) {
    const found = { shas: new Set(), commits: [] };
    if (shas.length === 0)
        return found;
    const candidates = [];
    await eachRecord((0, gitLogProcess_js_1.startGitLog)(repo, (0, logArguments_js_1.squashBodyArguments)(options.keys), `${shas.join('\n')}\n`), logArguments_js_1.SQUASH_FIELD_COUNT, (buffer, start, ends) => {
        const [shaEnd, timeEnd, trailersEnd, nameEnd, emailEnd, subjectEnd, bodyEnd] = ends;
        const squash = (0, squashMessage_js_1.parseSquashMessage)(buffer.toString('utf8', subjectEnd + 1, bodyEnd));
        if (squash === undefined)
            return;
        const ownLeverage = (0, decodeCommit_js_1.parseTrailers)(buffer.toString('utf8', timeEnd + 1, trailersEnd), options.keys).length > 0;
        if (!(0, squashMessage_js_1.isSquashCommit)(squash, ownLeverage))
            return;
        const facts = {
            repo: repo.label,
            sha: buffer.toString('latin1', start, shaEnd),
            authorName: buffer.toString('utf8', trailersEnd + 1, nameEnd),
            authorEmail: buffer.toString('utf8', nameEnd + 1, emailEnd),
            authorTime: (0, decodeCommit_js_1.readInteger)(buffer, shaEnd + 1, timeEnd),
            subject: buffer.toString('utf8', emailEnd + 1, subjectEnd),
        };
        candidates.push({ facts, listed: squash.commits });
    });
    const messages = candidates.flatMap((candidate) => candidate.listed.map((listed) => listed.message));
    const parsed = await (0, messagesTrailers_js_1.readTrailersOfMessages)(messages, repo.root, process.env);
    let next = 0;
    for (const candidate of candidates) {
        for (const listed of candidate.listed) {
            const trailers = parsed[next++].filter((trailer) => (0, trailerKeys_js_1.fieldOfKey)(trailer.key, options.keys) !== undefined);
            if (trailers.length === 0)
                continue;
            const embedded = { index: listed.index, subject: listed.subject, ...(listed.sha ? { sha: listed.sha } : {}) };
            found.commits.push({ ...candidate.facts, trailers, embedded });
            // Its own trailer block, if any, is a listed commit's: counted once, as that commit's.
            found.shas.add(candidate.facts.sha);
        }
    }
    return found;
}


/***/ }),

/***/ 9598:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.streamCommits = streamCommits;
const reportWindow_js_1 = __webpack_require__(7084);
const decodeCommit_js_1 = __webpack_require__(9465);
const gitLogProcess_js_1 = __webpack_require__(7295);
const logArguments_js_1 = __webpack_require__(4876);
const noteRecords_js_1 = __webpack_require__(334);
const recordSplitter_js_1 = __webpack_require__(5752);
const shallowBoundary_js_1 = __webpack_require__(4166);
const squashCommits_js_1 = __webpack_require__(5641);
/**
 * The leverage commits of `repo` in the window. Throws ShallowHistoryError when the walk reaches a
 * shallow clone's boundary inside the window, GitError when git fails.
 */
async function* streamCommits(repo, options) {
    if (!repo.hasCommits && options.window.range === undefined)
        return;
    const boundary = new shallowBoundary_js_1.ShallowBoundaryWatch(repo, options.window);
    const squash = { candidates: [], held: [], noted: [] };
    if ((0, logArguments_js_1.readsDatesFirst)(options.window, options.now)) {
        const shas = await shasInWindow(repo, options, boundary);
        boundary.check();
        // Never an empty input: given no commit, `git log --stdin` would show HEAD's history.
        if (shas.length > 0)
            yield* readCommits(repo, options, (0, gitLogProcess_js_1.startGitLog)(repo, (0, logArguments_js_1.detailPassArguments)(repo, options.keys), `${shas.join('\n')}\n`), undefined, squash);
    }
    else {
        yield* readCommits(repo, options, (0, gitLogProcess_js_1.startGitLog)(repo, (0, logArguments_js_1.gitLogArguments)(repo, options)), boundary, squash);
        boundary.check();
    }
    if (squash.noted.length > 0) {
        const fromNotes = await readNotedCommits(repo, options, squash);
        if (fromNotes.length > 0)
            yield fromNotes;
    }
    if (squash.candidates.length === 0)
        return;
    const found = await (0, squashCommits_js_1.readSquashCommits)(repo, options, squash.candidates);
    // A squash commit's own trailer block is a listed commit's: counted once, as that commit's.
    const held = squash.held.filter((commit) => !found.shas.has(commit.sha));
    if (held.length > 0)
        yield held;
    if (found.commits.length > 0)
        yield found.commits;
}
/**
 * The records of the noted commits (one git process for every note); a commit whose note is not
 * read as figures goes back to the walk's reading of its message (a squash candidate again).
 */
async function readNotedCommits(repo, options, watch) {
    const readings = await (0, noteRecords_js_1.readNotes)(watch.noted.map((noted) => noted.text), repo.root, process.env, options.keys);
    const found = [];
    watch.noted.forEach((noted, index) => {
        const records = (0, noteRecords_js_1.noteRecords)(noted, readings[index], options.keys);
        if (records !== undefined)
            found.push(...records);
        else if (noted.squashCandidate) {
            watch.candidates.push(noted.facts.sha);
            if (noted.own)
                watch.held.push(noted.own);
        }
        else if (noted.own)
            found.push(noted.own);
    });
    return found;
}
/** Reads a git log to its end (or stops git when the reader leaves early), then checks git's exit. */
async function* readToEnd(git) {
    let complete = false;
    try {
        yield* git.stdout;
        complete = true;
    }
    finally {
        if (!complete)
            git.stop();
    }
    await git.succeeded();
}
/** The first pass of two: the shas of the commits authored in the window, from `%H %at`. */
async function shasInWindow(repo, options, boundary) {
    const splitter = new recordSplitter_js_1.RecordSplitter(logArguments_js_1.DATE_FIELD_COUNT);
    const { ends } = splitter;
    const shas = [];
    for await (const chunk of readToEnd((0, gitLogProcess_js_1.startGitLog)(repo, (0, logArguments_js_1.datePassArguments)(repo, options)))) {
        splitter.push(chunk, (buffer, start) => {
            const authorTime = (0, decodeCommit_js_1.readInteger)(buffer, ends[0] + 1, ends[1]);
            const inWindow = (0, reportWindow_js_1.isInWindow)(options.window, authorTime);
            if (!inWindow && !boundary.watching)
                return;
            const sha = buffer.toString('latin1', start, ends[0]);
            if (boundary.watching)
                boundary.see(sha, authorTime);
            if (inWindow)
                shas.push(sha);
        });
    }
    return shas;
}
/** The leverage commits in one `git log` of the commit format; squash candidates (by subject) go to `squash`. */
async function* readCommits(repo, options, git, boundary, squash) {
    const splitter = new recordSplitter_js_1.RecordSplitter((0, logArguments_js_1.commitFieldCount)(repo));
    const { ends } = splitter;
    const watch = boundary?.watching ? boundary : undefined;
    const notes = repo.hasNotes === true;
    for await (const chunk of readToEnd(git)) {
        const batch = [];
        splitter.push(chunk, (buffer, start) => {
            watch?.see(buffer.toString('latin1', start, ends[0]), (0, decodeCommit_js_1.readInteger)(buffer, ends[0] + 1, ends[1]));
            const commit = (0, decodeCommit_js_1.decodeCommit)({ buffer, start, ends }, repo.label, options.window, options.keys);
            const squashCandidate = (0, decodeCommit_js_1.isSquashSubjectAt)(buffer, ends[4] + 1, ends[5]) && (0, reportWindow_js_1.isInWindow)(options.window, (0, decodeCommit_js_1.readInteger)(buffer, ends[0] + 1, ends[1]));
            // A note's field: empty (the NUL right after the subject's) for a commit without one.
            if (notes && ends[6] > ends[5] + 1) {
                const facts = (0, decodeCommit_js_1.commitFactsAt)({ buffer, start, ends }, repo.label);
                if ((0, reportWindow_js_1.isInWindow)(options.window, facts.authorTime))
                    squash.noted.push({ facts, text: buffer.toString('utf8', ends[5] + 1, ends[6]), own: commit, squashCandidate });
            }
            else if (squashCandidate) {
                squash.candidates.push(buffer.toString('latin1', start, ends[0]));
                if (commit)
                    squash.held.push(commit);
            }
            else if (commit)
                batch.push(commit);
        });
        if (batch.length > 0)
            yield batch;
    }
}


/***/ })

};
;