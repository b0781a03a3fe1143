"use strict";
exports.id = 575;
exports.ids = [575];
exports.modules = {

/***/ 2575:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.registerValidateCommand = registerValidateCommand;
const loadConfig_js_1 = __webpack_require__(6494);
const openRepository_js_1 = __webpack_require__(8054);
const runGit_js_1 = __webpack_require__(6033);
const streamCommits_js_1 = __webpack_require__(9598);
const checkCommitMessage_js_1 = __webpack_require__(7094);
const messagesTrailers_js_1 = __webpack_require__(3822);
const noteRecords_js_1 = __webpack_require__(334);
const squashMessage_js_1 = __webpack_require__(6376);
const reportWindow_js_1 = __webpack_require__(7084);
const trailerSchema_js_1 = __webpack_require__(8460);
const userError_js_1 = __webpack_require__(40);
const escapeMarkdown_js_1 = __webpack_require__(3068);
const clipText_js_1 = __webpack_require__(9722);
/** The leverage notes of the range's commits, by sha (one git process; only when the repository has any). */
async function notesInRange(cwd, range, env) {
    const out = await (0, runGit_js_1.runGit)(['log', '-z', '--encoding=UTF-8', `--notes=${openRepository_js_1.NOTES_REF}`, '--format=%H%x1f%N', range, '--'], cwd, undefined, env);
    const notes = new Map();
    for (const entry of out.split('\0')) {
        const cut = entry.indexOf('\x1f');
        if (cut > 0 && cut < entry.length - 1)
            notes.set(entry.slice(0, cut), entry.slice(cut + 1));
    }
    return notes;
}
/** Whether a commit's note is its figures (noteRecords.ts): one that carries a leverage trailer or says `Leverage: none`. */
function countingNote(note, keys) {
    return note !== undefined && (0, noteRecords_js_1.noteCounts)(note, keys);
}
/** Each squash commit's listed blocks with the trailers git reads from them (one git process for all). */
async function squashBlocks(commits, cwd, env) {
    const squashes = commits.map((commit) => ({ sha: commit.sha, listed: (0, squashMessage_js_1.parseSquashMessage)(commit.message)?.commits ?? [] }));
    const parsed = await (0, messagesTrailers_js_1.readTrailersOfMessages)(squashes.flatMap((squash) => squash.listed.map((listed) => listed.message)), cwd, env);
    let next = 0;
    return new Map(squashes.map((squash) => [squash.sha, squash.listed.map((listed) => ({ index: listed.index, subject: listed.subject, trailers: parsed[next++] ?? [] }))]));
}
function registerValidateCommand(program, context) {
    program
        .command('validate [range]')
        .description('check the leverage trailers of every commit in a range (default: @{upstream}..HEAD); exit 1 listing each bad commit')
        .option('--repo <dir>', 'the repository (default: .)')
        .action(async (given, flags) => {
        const { io } = context;
        const repo = await (0, openRepository_js_1.openRepository)(flags.repo ?? '.', io.cwd);
        const config = await (0, loadConfig_js_1.loadConfig)(repo.root);
        let range = given;
        if (range === undefined) {
            const upstream = await (0, runGit_js_1.runGitRaw)(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'], repo.root, undefined, io.env);
            if (upstream.exitCode !== 0)
                throw new userError_js_1.UsageError('the current branch has no upstream: give a range, e.g. git-leverage validate origin/main..HEAD');
            range = '@{upstream}..HEAD';
        }
        if (range.startsWith('-'))
            throw new userError_js_1.UsageError(`"${range}" is not a range`);
        // The collector's reading of each commit's leverage trailers: what `report` will count.
        const leverage = new Map();
        // Squash commits whose listed commits the collector read as records: checked block by block.
        const squashShas = new Set();
        for await (const batch of (0, streamCommits_js_1.streamCommits)(repo, { window: (0, reportWindow_js_1.rangeWindow)(range, 'UTC'), revs: [], keys: config.trailerOptions.keys })) {
            for (const commit of batch) {
                leverage.set(commit.sha, commit.trailers);
                if (commit.embedded && !commit.note)
                    squashShas.add(commit.sha);
            }
        }
        const notes = repo.hasNotes ? await notesInRange(repo.root, range, io.env) : new Map();
        const readings = await (0, noteRecords_js_1.readNotes)([...notes.values()], repo.root, io.env, config.trailerOptions.keys);
        const noteOf = new Map([...notes.keys()].map((sha, index) => [sha, readings[index]]));
        // Every commit of the range, for the policy (merges, reverts, `Leverage: none`).
        const list = await (0, runGit_js_1.runGit)(['log', '-z', '--encoding=UTF-8', `--format=%H%x1f%P%x1f%s%x1f%(trailers:key=${checkCommitMessage_js_1.NO_LEVERAGE_KEY},valueonly,separator=%x1e)%x1f%B`, range, '--'], repo.root, undefined, io.env);
        const entries = list
            .split('\0')
            .filter(Boolean)
            .map((entry) => {
            const [sha = '', parents = '', subject = '', none = '', ...body] = entry.split('\x1f');
            return { sha, parents, subject, none, message: body.join('\x1f') };
        });
        const listedOf = await squashBlocks(entries.filter((entry) => squashShas.has(entry.sha) && !countingNote(noteOf.get(entry.sha), config.trailerOptions.keys)), repo.root, io.env);
        let checked = 0;
        const bad = [];
        const warned = [];
        for (const { sha, parents, subject, none, message } of entries) {
            checked += 1;
            const merging = parents.trim().includes(' ');
            const note = noteOf.get(sha);
            const counts = countingNote(note, config.trailerOptions.keys);
            const listed = counts ? note?.listed : listedOf.get(sha);
            const trailers = counts
                ? (note?.trailers ?? [])
                : [...(leverage.get(sha) ?? []), ...none.split('\x1e').filter(Boolean).map((value) => ({ key: checkCommitMessage_js_1.NO_LEVERAGE_KEY, value: value.trim() }))];
            // A counting note is the commit's figures (noteRecords.ts); a squash commit's are its listed blocks, as the hook checks them.
            const result = listed
                ? (0, checkCommitMessage_js_1.checkSquashMessage)(listed, config.require, config.trailerOptions)
                : (0, checkCommitMessage_js_1.checkCommitMessage)({ trailers, subject, merging, reverting: false, message: counts ? undefined : message }, config.require, config.trailerOptions);
            if (note && !counts)
                result.warnings.push(`its note in ${openRepository_js_1.NOTES_REF} holds no leverage trailer (nor ${checkCommitMessage_js_1.NO_LEVERAGE_KEY}: none): report reads the message's figures instead`);
            // Commit text to a terminal: cut, and bidirectional controls named, as every renderer shows it.
            const head = `${sha.slice(0, 12)} ${(0, escapeMarkdown_js_1.neutraliseBidi)((0, clipText_js_1.truncateText)(subject, 72))}${counts ? ` (its note in ${openRepository_js_1.NOTES_REF})` : ''}`;
            if (!result.ok)
                bad.push(`${head}\n${result.problems.map((p) => `    ${(0, escapeMarkdown_js_1.neutraliseBidi)((0, trailerSchema_js_1.describeProblem)(p))}`).join('\n')}`);
            if (result.warnings.length > 0)
                warned.push(`${head}\n${result.warnings.map((w) => `    ${w}`).join('\n')}`);
        }
        if (warned.length > 0) {
            // Not a failure (the hook lets these commits through under this policy), but report will not count those lines.
            io.stderr(`git-leverage: warning: ${warned.length} commit${warned.length === 1 ? ' has' : 's have'} leverage lines that git does not read as trailers (report will not count them):\n${warned.map((w) => `  ${w}`).join('\n')}\n`);
        }
        if (bad.length === 0) {
            const also = warned.length > 0 ? `, ${warned.length} with warnings` : '';
            io.stdout(`git-leverage: ${checked} commit${checked === 1 ? '' : 's'} in ${range} checked, all valid${also} (require: ${config.require})\n`);
            return;
        }
        io.stderr(`git-leverage: ${bad.length} of ${checked} commits in ${range} have leverage trailers that do not pass (require: ${config.require}):\n${bad.map((b) => `  ${b}`).join('\n')}\n`);
        context.setExitCode(1);
    });
}


/***/ }),

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


/***/ }),

/***/ 3068:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Commit text is untrusted. These make it safe inside GitHub-flavoured Markdown while it still reads
 * exactly as written once rendered (checked against cmark-gfm in the tests), neutralise what would
 * reorder it on any screen, and shorten what would flood a message. The JSON report keeps commit text
 * exactly: it is data, not display.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.neutraliseBidi = neutraliseBidi;
exports.escapeMarkdownInline = escapeMarkdownInline;
exports.escapeMarkdownKeepingReferences = escapeMarkdownKeepingReferences;
/**
 * Characters with meaning in inline Markdown or in a table row; escaped with a backslash. `$` opens
 * math on GitHub (`$x$`), which would show a formula where the commit says dollars.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~$]/g;
/** HTML-significant characters become entities, so no tag, comment or entity can be opened. */
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/**
 * `@name` and `@org/team` after anything but a letter, digit or `_` would notify people (a backtick
 * too: backticks are escaped, so no code span hides it); a zero-width space stops that.
 */
const MENTION = /(^|\W)@(?=[A-Za-z0-9])/g;
const ZERO_WIDTH_SPACE = '\u200b';
/** An issue or pull-request page's address, after its scheme or `www`: `//host/owner/repo/issues/4`. */
const ISSUE_PATH = String.raw `[^\s/?#]+\/[^\s/?#]+\/[^\s/?#]+\/(?:issues|pull|discussions)\/\d`;
/**
 * What GitHub turns into a cross-reference (which notifies the issue: "mentioned this issue"), each
 * matched up to where a zero-width space breaks it: `#123`, `GH-123`, `owner/repo#123`, and an issue
 * or pull request's address (`https:` or `www` then the space: no autolink, so no link to the issue).
 * Commit SHAs are left as links: a reference to a commit notifies nobody.
 */
const ISSUE_REFERENCE = new RegExp([
    // Each alternative starts with a literal and looks behind only then: a lookbehind first would
    // run at every position of every task name.
    String.raw `#(?<!\w#)(?=\d)`,
    String.raw `GH-(?<!\wGH-)(?=\d)`,
    String.raw `#(?<=[\w.-]\/[\w.-]+#)(?=\d)`,
    String.raw `https?:(?<![\w.+-]https?:)(?=\/\/${ISSUE_PATH})`,
    String.raw `www(?<![\w./-]www)(?=\.${ISSUE_PATH})`,
].join('|'), 'gi');
/**
 * Bidirectional controls: embeddings, overrides, isolates and marks. In any text they reorder what a
 * reader sees against what is written ("Trojan Source", CVE-2021-42574).
 */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const HAS_BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const MARKDOWN_SIGNIFICANT = /[\\`*_[\]|~$]/;
const CONTROL = /[\u0000-\u001f\u007f]/;
const HTML_SIGNIFICANT = /[&<>]/;
/** Every character (or `GH-`, `://`, `www.`) one of escapeMarkdownInline's replacements acts on. */
const ESCAPABLE = /[\u0000-\u001f\u007f@#&<>\\`*_[\]|~$\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|gh-|:\/\/|www\./i;
/** ESCAPABLE less issue references: what only the other passes act on. */
const ESCAPABLE_BUT_REFERENCES = /[\u0000-\u001f\u007f@&<>\\`*_[\]|~$\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/**
 * Each bidirectional control as its visible name (`<U+202E>`), so text reads in the order it is
 * written and the reader sees that something was there. Every renderer that shows commit text
 * (Markdown, text, CSV, the dashboard, chart labels) passes it through this one function.
 */
function neutraliseBidi(text) {
    if (!HAS_BIDI_CONTROL.test(text))
        return text;
    return text.replace(BIDI_CONTROL, (char) => `<U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
/**
 * One line of inline Markdown (a table cell, a list item) from commit text: newlines folded to
 * spaces, bidirectional controls named, Markdown and HTML neutralised, mentions and issue references
 * defused.
 */
function escapeMarkdownInline(text) {
    return escapeInline(text, true);
}
/**
 * escapeMarkdownInline for text this tool wrote itself around names it was given (the Action's window
 * label, `pull request #7 (…)`): the same, except that issue references stay links, as they were meant.
 */
function escapeMarkdownKeepingReferences(text) {
    return escapeInline(text, false);
}
function escapeInline(text, defuse) {
    // Most task names hold none of what the replacements below look for, or only an issue reference
    // (`(#123)`): a pass runs only when its characters are there. The order of the passes is what is tested.
    if (!ESCAPABLE.test(text))
        return text;
    if (!ESCAPABLE_BUT_REFERENCES.test(text))
        return defuse ? defuseIssueReferences(text) : text;
    let escaped = text;
    if (CONTROL.test(escaped))
        escaped = escaped.replace(/[\r\n\t\f\v]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
    escaped = neutraliseBidi(escaped);
    if (escaped.includes('@'))
        escaped = escaped.replace(MENTION, `$1@${ZERO_WIDTH_SPACE}`);
    if (defuse)
        escaped = defuseIssueReferences(escaped);
    if (HTML_SIGNIFICANT.test(escaped))
        escaped = escaped.replace(/[&<>]/g, (char) => HTML_ENTITIES[char]);
    return MARKDOWN_SIGNIFICANT.test(escaped) ? escaped.replace(MARKDOWN_PUNCTUATION, '\\$&') : escaped;
}
/**
 * A zero-width space at the end of each issue reference's match (after `#`, `GH-`, `https:`, `www`).
 * Matches are stitched together by hand: `replace` with a `$&` pattern costs twice as much, and
 * nearly every task name of a squash-merged history ends in `(#123)`.
 */
function defuseIssueReferences(text) {
    let defused = '';
    let copied = 0;
    ISSUE_REFERENCE.lastIndex = 0;
    for (let match = ISSUE_REFERENCE.exec(text); match !== null; match = ISSUE_REFERENCE.exec(text)) {
        const end = match.index + match[0].length;
        defused += text.slice(copied, end) + ZERO_WIDTH_SPACE;
        copied = end;
    }
    return copied === 0 ? text : defused + text.slice(copied);
}


/***/ }),

/***/ 8080:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IANAZone = exports.DateTime = void 0;
/**
 * Luxon, as every module here uses it: imported from this file, so its settings hold everywhere.
 * The locale is fixed: every date we print is ISO text or a numeric format, and without one luxon
 * asks Intl for the machine's locale at its first date arithmetic (~10 ms of loading ICU at
 * start-up), whose numbering system could even change the digits of a period's name.
 */
const luxon_1 = __webpack_require__(2596);
luxon_1.Settings.defaultLocale = 'en-US';
var luxon_2 = __webpack_require__(2596);
Object.defineProperty(exports, "DateTime", ({ enumerable: true, get: function () { return luxon_2.DateTime; } }));
Object.defineProperty(exports, "IANAZone", ({ enumerable: true, get: function () { return luxon_2.IANAZone; } }));


/***/ }),

/***/ 7084:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DAY_SECONDS = exports.WindowError = void 0;
exports.assertTimezone = assertTimezone;
exports.rangeWindow = rangeWindow;
exports.allHistoryWindow = allHistoryWindow;
exports.startOfNext = startOfNext;
exports.dayWindow = dayWindow;
exports.daysWindow = daysWindow;
exports.dateIn = dateIn;
exports.isInWindow = isInWindow;
/**
 * Report windows: one calendar day or a span of days in an IANA zone, a git range, or all history,
 * and whether an instant is inside one. Luxon does the zone arithmetic (it reads the tz database
 * through Intl), so DST days are 23 or 25 hours long without any offset math here.
 */
const luxon_js_1 = __webpack_require__(8080);
const userError_js_1 = __webpack_require__(40);
const timezones_js_1 = __webpack_require__(604);
/**
 * A window that cannot be read (a date that is not one, an unknown zone, --until before --since): a
 * usage error, as the flags (or the Action's inputs) that name the window are what is wrong.
 */
class WindowError extends userError_js_1.UsageError {
    name = 'WindowError';
}
exports.WindowError = WindowError;
exports.DAY_SECONDS = 86_400;
const DATE_FORM = /^\d{4}-\d{2}-\d{2}$/;
/** The zone, if Intl knows it. */
function assertTimezone(zone) {
    if (!(0, timezones_js_1.isKnownTimezone)(zone))
        throw new WindowError(`unknown time zone "${zone}" (accepted: ${timezones_js_1.TIMEZONE_FORM})`);
    return zone;
}
/** A git range (`origin/main..HEAD`): exactly the commits git lists for it. */
function rangeWindow(range, zone) {
    assertTimezone(zone);
    return { kind: 'range', label: range, timezone: zone, range };
}
/** All history reachable from the revisions walked. */
function allHistoryWindow(zone) {
    assertTimezone(zone);
    return { kind: 'all', label: 'all history', timezone: zone };
}
function startOfDay(date, zone, what) {
    if (!DATE_FORM.test(date))
        throw new WindowError(`${what} "${date}" is not a date (accepted: YYYY-MM-DD, e.g. 2026-04-12)`);
    const day = luxon_js_1.DateTime.fromISO(date, { zone });
    if (!day.isValid)
        throw new WindowError(`${what} "${date}" is not a calendar date (accepted: YYYY-MM-DD, a day the calendar has, e.g. 2026-04-12)`);
    return day.startOf('day');
}
/**
 * Where the day, week or month after the one that starts at `start` starts (windows and roll-up
 * periods alike). Not `start.plus(1 unit)`: where a DST change skips midnight (America/Santiago,
 * 2026-09-06), a day starts at 01:00, and the same time a unit later is an hour into the next one.
 */
function startOfNext(start, unit) {
    return start.plus({ [`${unit}s`]: 1 }).startOf(unit);
}
/** One calendar day: [start of `date`, start of the next day) in `zone`. */
function dayWindow(date, zone) {
    assertTimezone(zone);
    const start = startOfDay(date, zone, '--date');
    return { kind: 'day', label: date, timezone: zone, start: start.toSeconds(), end: startOfNext(start, 'day').toSeconds() };
}
/** Whole days from `since` through `until` (both included) in `zone`. */
function daysWindow(since, until, zone, today) {
    assertTimezone(zone);
    const start = startOfDay(since, zone, '--since');
    const last = startOfDay(until ?? today, zone, '--until');
    if (last < start)
        throw new WindowError(until === undefined ? `--since ${since} is after today (${today} in ${zone}), where the span ends without --until` : `--until ${until} is before --since ${since}`);
    const label = since === (until ?? today) ? since : `${since} to ${until ?? today}`;
    return { kind: since === (until ?? today) ? 'day' : 'days', label, timezone: zone, start: start.toSeconds(), end: startOfNext(last, 'day').toSeconds() };
}
/** The calendar date of an instant in a zone (`now` is passed in: the core reads no clock). */
function dateIn(zone, now, offsetDays = 0) {
    return luxon_js_1.DateTime.fromJSDate(now, { zone: assertTimezone(zone) }).plus({ days: offsetDays }).toISODate();
}
/** Whether an author time falls inside a window (ranges and all-history windows hold everything). */
function isInWindow(window, seconds) {
    return (window.start === undefined || seconds >= window.start) && (window.end === undefined || seconds < window.end);
}


/***/ }),

/***/ 604:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Time zone names: whether this machine knows one, and one name per zone, so that reports counted in
 * `UTC`, `Etc/UTC` and `utc` (or `US/Eastern` and `America/New_York`) are known to count the same
 * days. Pure: Intl only (no luxon: the config parser, which the hook loads, checks zones here).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TIMEZONE_FORM = void 0;
exports.isKnownTimezone = isKnownTimezone;
exports.canonicalZone = canonicalZone;
/** What a zone may be, for messages. */
exports.TIMEZONE_FORM = 'an IANA zone name such as America/New_York, Europe/Berlin or UTC';
/** Whether Intl knows the zone; UTC without asking (the first question loads ICU's zone data). */
function isKnownTimezone(zone) {
    if (zone === 'UTC')
        return true;
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
    }
    catch {
        return false;
    }
}
// Every spelling of UTC in the tz database. ICU maps them to `UTC` today (Node 20), but newer
// ECMA-402 keeps the identifier as written (only its case fixed), so they are named here.
const UTC_NAMES = new Set(['UTC', 'UCT', 'GMT', 'GMT0', 'GMT+0', 'GMT-0', 'Greenwich', 'Universal', 'Zulu'].flatMap((name) => [name, `Etc/${name}`].map((n) => n.toLowerCase())));
/**
 * The zone's canonical name (`utc` and `Etc/GMT` → `UTC`, `america/new_york` → `America/New_York`,
 * a link such as `US/Eastern` → its zone where Intl resolves links), or undefined when Intl does not
 * know the zone.
 */
function canonicalZone(zone) {
    if (UTC_NAMES.has(zone.toLowerCase()))
        return 'UTC';
    try {
        const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
        return UTC_NAMES.has(resolved.toLowerCase()) ? 'UTC' : resolved;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
;