"use strict";
exports.id = 300;
exports.ids = [300];
exports.modules = {

/***/ 7094:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NO_LEVERAGE_KEY = void 0;
exports.exemption = exemption;
exports.checkCommitMessage = checkCommitMessage;
exports.checkSquashMessage = checkSquashMessage;
/**
 * The commit-msg decision, pure: a message's trailers (as git parsed them) and the policy in, a
 * verdict and the lines to show out. The same readLeverageTrailers the collector uses decides
 * validity, so what the hook accepts the report counts, and what the report would skip is refused.
 */
const trailerSchema_js_1 = __webpack_require__(8460);
const strayLeverageLines_js_1 = __webpack_require__(1071);
const trailerKeys_js_1 = __webpack_require__(4847);
// The key lives with the other trailer keys; re-exported for the hook's callers.
var trailerKeys_js_2 = __webpack_require__(4847);
Object.defineProperty(exports, "NO_LEVERAGE_KEY", ({ enumerable: true, get: function () { return trailerKeys_js_2.NO_LEVERAGE_KEY; } }));
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
/**
 * Leverage lines that git will not read as trailers (a record typed above another paragraph, or as
 * the subject) are a warning under `require: never`: the commit may be meant as it is. Under
 * `records` and `always` they are refused when git reads no leverage trailer at all from the message
 * (the record would be lost whole), unless the commit is exempt; beside trailers git does read, they
 * stay a warning (a body may quote `Task: …`).
 */
function checkCommitMessage(facts, policy, options) {
    const verdict = (0, trailerSchema_js_1.readLeverageTrailers)(facts.trailers, options);
    const { keys } = options;
    const stray = facts.message === undefined ? [] : (0, strayLeverageLines_js_1.findStrayLeverageLines)(facts.message, facts.trailers, keys).map(strayLeverageLines_js_1.describeStray);
    const warnings = stray.map((s) => `${s.where} ${s.message}`);
    const result = (problems, exempt) => ({ ok: problems.length === 0, verdict, problems, exemption: exempt, warnings });
    // Invalid trailers are refused under every policy: the report would skip them.
    if (verdict.kind === 'invalid')
        return result(verdict.problems);
    if (verdict.kind === 'record' || verdict.kind === 'calibration' || policy === 'never')
        return result([]);
    const exempt = exemption(facts);
    const recordForm = `${keys.task}, ${keys.humanEstimate} and ${keys.claudeMinutes} trailers in the last paragraph (see git-leverage commit --help)`;
    if (verdict.kind === 'link') {
        // `records`: a leverage trailer is there, so it must make a full record (a lone link is refused).
        if (exempt)
            return result([], exempt);
        // A link holds no figure (a figure would make it a record, or invalid); it may lack Task too.
        const missing = [...(verdict.task === undefined ? [keys.task] : []), keys.humanEstimate, keys.claudeMinutes];
        return result([
            {
                key: `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`,
                value: undefined,
                message: `are missing: this repository's policy (require: ${policy}) wants a full record, not only ${keys.task}/${keys.taskId}`,
                accepted: recordForm,
            },
        ]);
    }
    if (exempt)
        return result([], exempt);
    if ((0, trailerKeys_js_1.saysNoLeverage)(facts.trailers))
        return result([]);
    if (stray.length > 0) {
        // The lines are there, git will not read them: say that, not "missing".
        return {
            ...result(stray.map((s) => ({ key: s.where, value: undefined, message: s.message, accepted: recordForm }))),
            warnings: [],
        };
    }
    if (policy === 'records')
        return result([]);
    return result([
        {
            key: keys.task,
            value: undefined,
            message: `and the other leverage trailers are missing: this repository's policy (require: always) wants a record on every commit`,
            accepted: `${recordForm}, or ${trailerKeys_js_1.NO_LEVERAGE_KEY}: none for a commit without one`,
        },
    ]);
}
/**
 * The commit-msg decision for a squash message: the report counts each listed commit's trailer block
 * as a record (git/squashCommits.ts), so each is checked as a commit of its own, and the squash
 * message's own last paragraph (a listed commit's, or Co-authored-by lines) is not. Under `never`
 * only invalid blocks are refused, as for any commit. Each problem names the listed commit it is in.
 */
function checkSquashMessage(listed, policy, options) {
    const problems = [];
    let verdict = { kind: 'none' };
    for (const commit of listed) {
        const one = checkCommitMessage({ trailers: commit.trailers, subject: commit.subject, merging: false, reverting: false }, policy, options);
        if (verdict.kind === 'none' || (one.verdict.kind === 'invalid' && verdict.kind !== 'invalid'))
            verdict = one.verdict;
        const where = ` (in listed commit ${commit.index}, "${commit.subject}")`;
        for (const problem of one.problems)
            problems.push({ ...problem, message: `${problem.message}${where}` });
    }
    return { ok: problems.length === 0, verdict, problems, exemption: undefined, warnings: [] };
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


/***/ }),

/***/ 1071:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findStrayLeverageLines = findStrayLeverageLines;
exports.lineSpan = lineSpan;
exports.describeStray = describeStray;
exports.hasStrayCandidate = hasStrayCandidate;
exports.formatWarnings = formatWarnings;
/**
 * Leverage lines that git will not read as trailers, pure. git reads trailers only from a message's
 * last paragraph, never from its first (the subject), and only when that paragraph is made of
 * trailers; a `Task: …` line anywhere else is body text, and the commit is silently not counted.
 * This finds such lines so the hook, `commit`, `annotate` and `validate` can say so.
 */
const trailerKeys_js_1 = __webpack_require__(4847);
/**
 * A line that looks like a leverage trailer: a configured key, then `:` (or `=`, a common
 * `trailer.separators`). Other separators are left out so prose such as `Tokens/s doubled` is not taken.
 */
const TRAILER_LIKE = /^([A-Za-z0-9][A-Za-z0-9-]*)[ \t]*[:=]/;
/**
 * The leverage lines of `message` (as git stores it, or the cleaned message file) whose field is not
 * among the `trailers` git read from it, grouped by paragraph. A stray line whose field git did read
 * elsewhere (a body that quotes `Task: …` above a proper trailer block) is prose, not a loss, and is
 * left out.
 */
function findStrayLeverageLines(message, trailers, keys) {
    const read = new Set();
    for (const trailer of trailers) {
        const field = (0, trailerKeys_js_1.fieldOfKey)(trailer.key, keys);
        if (field)
            read.add(field);
    }
    const lines = message.split('\n');
    // Paragraph number of each line (-1 for blank lines), and the first and last paragraphs.
    const paragraphOf = [];
    let paragraph = -1;
    let inParagraph = false;
    for (const line of lines) {
        const blank = line.trim() === '';
        if (!blank && !inParagraph)
            paragraph += 1;
        inParagraph = !blank;
        paragraphOf.push(blank ? -1 : paragraph);
    }
    const last = paragraph;
    const groups = new Map();
    lines.forEach((line, index) => {
        const key = TRAILER_LIKE.exec(line)?.[1];
        const field = key === undefined ? undefined : (0, trailerKeys_js_1.fieldOfKey)(key, keys);
        if (key === undefined || field === undefined || read.has(field))
            return;
        const at = paragraphOf[index];
        const place = at === 0 ? 'subject' : at === last ? 'last-not-trailers' : 'not-last';
        const group = groups.get(at) ?? { lines: [], keys: [], place };
        group.lines.push(index + 1);
        group.keys.push(key);
        groups.set(at, group);
    });
    return [...groups.values()];
}
/** `line 3`, `lines 3-5`, `lines 3-4, 7`. */
function lineSpan(numbers) {
    const runs = [];
    for (let i = 0; i < numbers.length;) {
        let j = i;
        while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1)
            j += 1;
        runs.push(j === i ? String(numbers[i]) : `${numbers[i]}-${numbers[j]}`);
        i = j + 1;
    }
    return `line${numbers.length === 1 ? '' : 's'} ${runs.join(', ')}`;
}
/** Why git does not read them and what to do, said of `it` (one line) or `them`. */
function why(place, one) {
    const [they, them, are] = one ? ['it', 'it', 'is'] : ['they', 'them', 'are'];
    if (place === 'subject')
        return `${they} ${are} in the message's first paragraph, its subject, which git never reads as trailers; put a subject line and a blank line before ${them}`;
    if (place === 'not-last')
        return `${they} ${are} not in the message's last paragraph, and git reads trailers only from there; move ${them} to the end, after a blank line`;
    return `${they} ${are} in a last paragraph that also holds other text, which git does not read as trailers; give ${them} a paragraph of their own at the end, after a blank line`;
}
/** What is wrong with one group: where (`lines 3-5`) and `(Task, Human-Estimate) look like …; fix`. */
function describeStray(stray) {
    const one = stray.lines.length === 1;
    const looks = one ? 'looks like a leverage trailer, but git will not read it' : 'look like leverage trailers, but git will not read them';
    return { where: lineSpan(stray.lines), message: `(${[...new Set(stray.keys)].join(', ')}) ${looks}: ${why(stray.place, one)}` };
}
/** Whether `text` has a leverage line whose field git did not read: the cheap test before cleaning a message. */
function hasStrayCandidate(text, trailers, keys) {
    return findStrayLeverageLines(text, trailers, keys).length > 0;
}
/**
 * Warnings that do not stop a commit, one line per group (`where`: `in the message`, or a commit), and
 * `then`: what happens now, on a line of its own.
 */
function formatWarnings(warnings, where, then) {
    return `${warnings.map((w) => `git-leverage: warning: ${where}, ${w}.`).join('\n')}\n  (${then})\n`;
}


/***/ })

};
;