"use strict";
exports.id = 406;
exports.ids = [406];
exports.modules = {

/***/ 6494:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CONFIG_FILE_NAMES = void 0;
exports.loadConfig = loadConfig;
/**
 * Finds and reads `.leverage.yml` (or `.leverage.yaml`) at a repository's top level, or an explicit
 * path. No file means the defaults.
 */
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const resolveConfig_js_1 = __webpack_require__(6252);
exports.CONFIG_FILE_NAMES = ['.leverage.yml', '.leverage.yaml'];
/** The parser (yaml + zod) is loaded only when there is a file to parse. */
async function parseConfigText(text, source) {
    const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(285)]).then(__webpack_require__.t.bind(__webpack_require__, 285, 23));
    return parseConfig(text, source);
}
async function loadConfig(repoDir, explicitPath) {
    if (explicitPath !== undefined) {
        const text = await (0, promises_1.readFile)(explicitPath, 'utf8').catch((error) => {
            throw new resolveConfig_js_1.ConfigError(explicitPath, [error.code === 'ENOENT' ? 'file not found' : error.message]);
        });
        return parseConfigText(text, explicitPath);
    }
    for (const name of exports.CONFIG_FILE_NAMES) {
        const file = node_path_1.default.join(repoDir, name);
        // Synchronous: most repositories have no such file, and a failed open is microseconds, where
        // the asynchronous one is a trip through libuv's thread pool before git can start.
        if (!(0, node_fs_1.existsSync)(file))
            continue;
        const text = await (0, promises_1.readFile)(file, 'utf8').catch(() => undefined);
        if (text !== undefined)
            return parseConfigText(text, node_path_1.default.relative(process.cwd(), file) || name);
    }
    return (0, resolveConfig_js_1.resolveConfig)();
}


/***/ }),

/***/ 6252:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ConfigError = void 0;
exports.resolveConfig = resolveConfig;
/**
 * The configuration as the rest of the code reads it, with every default filled in. Kept apart from
 * the schema (configSchema.ts, which needs yaml and zod) so that a repository without
 * `.leverage.yml`, the common case, loads neither.
 */
const trailerKeys_js_1 = __webpack_require__(4847);
const userError_js_1 = __webpack_require__(40);
function resolveConfig(config = {}) {
    return {
        timezone: config.timezone,
        trailerOptions: { keys: { ...trailerKeys_js_1.DEFAULT_TRAILER_KEYS, ...config.trailers }, hoursPerDay: config.hoursPerDay ?? 8 },
        revs: config.revs,
        sort: config.sort ?? 'factor',
        agent: config.agent ?? 'Claude',
        require: config.require ?? 'never',
        measure: config.measure ?? false,
        idleMinutes: config.idleMinutes ?? 5,
        chart: config.chart ?? 'mermaid',
        estimates: {
            check: config.estimates?.check ?? true,
            lookbackDays: config.estimates?.lookbackDays ?? 90,
            flagFactor: config.estimates?.flagFactor ?? 4,
            minimumTasks: config.estimates?.minimumTasks ?? 10,
            exclude: config.estimates?.exclude ?? [],
        },
    };
}
class ConfigError extends userError_js_1.UserError {
    source;
    problems;
    constructor(source, problems) {
        super(`${source}: invalid configuration\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        this.source = source;
        this.problems = problems;
        this.name = 'ConfigError';
    }
}
exports.ConfigError = ConfigError;


/***/ }),

/***/ 8054:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RepositoryError = exports.NOTES_REF = void 0;
exports.openRepository = openRepository;
exports.labelRepositories = labelRepositories;
/**
 * Turns a path the user typed into a repository the collector can walk, or a clear error: missing
 * path, not a repository, no commits yet. Shallow clones are detected here and checked by the walk.
 */
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const runGit_js_1 = __webpack_require__(6033);
const userError_js_1 = __webpack_require__(40);
/** Where leverage notes are kept: `git notes --ref=leverage`. */
exports.NOTES_REF = 'refs/notes/leverage';
class RepositoryError extends userError_js_1.UserError {
    name = 'RepositoryError';
}
exports.RepositoryError = RepositoryError;
async function openRepository(given, cwd) {
    const absolute = node_path_1.default.resolve(cwd, given);
    const info = (0, node_fs_1.statSync)(absolute, { throwIfNoEntry: false });
    if (!info)
        throw new RepositoryError(`repository path ${given} does not exist`);
    if (!info.isDirectory())
        throw new RepositoryError(`repository path ${given} is not a folder`);
    // One git process for every question: with --revs-only, HEAD's commit is printed when there is
    // one, and nothing (not an error) when HEAD is unborn; then the notes ref's full name, last, when it exists.
    const questions = ['--git-dir', '--is-shallow-repository', '--git-path', 'shallow', '--revs-only', 'HEAD^{commit}', '--symbolic-full-name', exports.NOTES_REF];
    let probe = await (0, runGit_js_1.runGitRaw)(['rev-parse', '--path-format=absolute', '--show-toplevel', ...questions], absolute);
    // A bare repository has no work tree to name (git refuses the question): asked again without it,
    // its git dir is its root.
    if (probe.exitCode !== 0 && probe.stderr.includes('work tree'))
        probe = await (0, runGit_js_1.runGitRaw)(['rev-parse', '--path-format=absolute', ...questions], absolute);
    if (probe.exitCode !== 0) {
        throw new RepositoryError(`${given} is not a git repository (${probe.stderr.trim().replace(/^fatal: /, '') || 'git rev-parse failed'})`);
    }
    // Without a top level (bare), the first line is the git dir.
    const lines = probe.stdout.trimEnd().split('\n');
    const hasNotes = lines[lines.length - 1] === exports.NOTES_REF;
    if (hasNotes)
        lines.pop();
    const headCommit = /^[0-9a-f]{40,64}$/.test(lines[lines.length - 1] ?? '') ? lines.pop() : undefined;
    const shallowFile = lines.pop();
    const isShallow = lines.pop() === 'true';
    const root = lines[0];
    const branches = headCommit !== undefined ? '' : (await (0, runGit_js_1.runGitRaw)(['for-each-ref', '--count=1', '--format=%(objectname)', 'refs/heads'], absolute)).stdout.trim();
    let shallowBoundary = new Set();
    if (isShallow) {
        const text = await (0, promises_1.readFile)(shallowFile, 'utf8').catch((error) => {
            throw new runGit_js_1.GitError(`cannot read ${shallowFile}: ${error.message}`);
        });
        shallowBoundary = new Set(text.split('\n').filter(Boolean));
    }
    return {
        given,
        folder: absolute,
        root,
        label: node_path_1.default.basename(root.replace(/\/\.git$/, '')),
        hasCommits: headCommit !== undefined || branches !== '',
        shallowBoundary,
        gitCommonDir: node_path_1.default.dirname(shallowFile),
        hasNotes,
    };
}
/** Unique labels: the folder name, or the path as given when two repositories share a name. */
function labelRepositories(repositories) {
    const counts = new Map();
    for (const repo of repositories)
        counts.set(repo.label, (counts.get(repo.label) ?? 0) + 1);
    return repositories.map((repo) => ((counts.get(repo.label) ?? 0) > 1 ? { ...repo, label: repo.given } : repo));
}


/***/ }),

/***/ 6033:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitError = void 0;
exports.runGitRaw = runGitRaw;
exports.runGitBytes = runGitBytes;
exports.runGit = runGit;
/**
 * Small, bounded git calls (rev-parse, config, worktree lists). History is never read through here:
 * see streamCommits.ts. Not simple-git: loading it costs ~100 ms here, as much as Node's own start-up,
 * on a path (report, hooks) whose budget is measured against `node -e 0`.
 */
const node_child_process_1 = __webpack_require__(1421);
const userError_js_1 = __webpack_require__(40);
class GitError extends userError_js_1.UserError {
    stderr;
    exitCode;
    name = 'GitError';
    constructor(message, stderr = '', exitCode = null) {
        super(message);
        this.stderr = stderr;
        this.exitCode = exitCode;
    }
}
exports.GitError = GitError;
function execGit(args, cwd, input, env, encoding) {
    return new Promise((resolve, reject) => {
        const child = (0, node_child_process_1.execFile)('git', args, { cwd, env: env ?? process.env, maxBuffer: 64 * 1024 * 1024, encoding }, (error, stdout, stderr) => {
            if (error && typeof error.code !== 'number') {
                reject(new GitError(error.code === 'ENOENT' ? 'git is not installed or not on PATH' : `could not run git: ${error.message}`));
                return;
            }
            resolve({ stdout, stderr: stderr.toString(), exitCode: error ? error.code : 0 });
        });
        if (input !== undefined)
            child.stdin?.end(input);
    });
}
/** Runs git with an argument array (never a shell string). Resolves with the exit code; rejects only if git cannot start. */
async function runGitRaw(args, cwd, input, env) {
    return (await execGit(args, cwd, input, env, 'utf8'));
}
/** As runGitRaw, with stdout as bytes: for output in a commit's own encoding (the hook decodes it). */
async function runGitBytes(args, cwd, input, env) {
    return (await execGit(args, cwd, input, env, 'buffer'));
}
/** Runs git and returns stdout; a non-zero exit becomes a GitError carrying git's own words. */
async function runGit(args, cwd, input, env) {
    const result = await runGitRaw(args, cwd, input, env);
    if (result.exitCode !== 0) {
        throw new GitError(`git ${args[0]} failed in ${cwd}: ${result.stderr.trim() || `exit code ${result.exitCode}`}`, result.stderr, result.exitCode);
    }
    return result.stdout;
}


/***/ }),

/***/ 9722:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Commit-written text cut to a length for display: a task in a headline, a subject in a list, a
 * value quoted in a message. Used by the renderers, the hooks and the trailer messages alike.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MESSAGE_VALUE_CHARS = void 0;
exports.truncateText = truncateText;
exports.clipValue = clipValue;
/** Shortens text to `max` characters (by code point), ending with an ellipsis when cut. */
function truncateText(text, max) {
    const chars = [...text.replace(/\s+/g, ' ').trim()];
    return chars.length <= max ? chars.join('') : `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}
/** The longest commit-written value a message quotes whole. */
exports.MESSAGE_VALUE_CHARS = 100;
/**
 * A commit-written value as a message quotes it: whole when short; otherwise its start, an ellipsis
 * and its full length (`Fix the…` and `(102,400 characters)`), so a 100 KB value floods no terminal
 * and no report. Characters are counted by code point, as truncateText cuts.
 */
function clipValue(text, max = exports.MESSAGE_VALUE_CHARS) {
    // A value within `max` UTF-16 units is within `max` code points: most values skip the count.
    if (text.length <= max)
        return text;
    const length = [...text].length;
    return length <= max ? text : `${truncateText(text, max)} (${length.toLocaleString('en-US')} characters)`;
}


/***/ }),

/***/ 6376:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The commits a squash commit's message lists, pure. Squash merging keeps the work of several
 * commits in one message, but git's trailer parser reads only the message's last paragraph, so each
 * listed commit's trailer block would be lost. Three forms are recognised:
 *
 * - GitHub's default squash message (and GitLab's `%{all_commits}` in a squash template, which has
 *   the same shape): the title, then each commit's message as a bullet (`* subject`, a blank line,
 *   its body and trailer block), blank lines between them, then `---------` and the
 *   `Co-authored-by:` lines when there are co-authors.
 * - git's `merge --squash` (`Squashed commit of the following:`): per commit a `commit <sha>` line,
 *   `Author:`/`Date:` (and `Merge:`) header lines, a blank line, then the message indented by four
 *   spaces.
 *
 * Each embedded message is handed back as it was committed (bullet or indent removed), for git to
 * read its trailer block with its own rules (git/squashCommits.ts, the commit-msg hook).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SQUASH_SUBJECT = void 0;
exports.parseSquashMessage = parseSquashMessage;
exports.isSquashCommit = isSquashCommit;
const GIT_COMMIT_LINE = /^commit ([0-9a-f]{40}|[0-9a-f]{64})$/;
const GIT_HEADER_LINE = /^(Author|Date|Merge|Commit|AuthorDate|CommitDate): /;
const BULLET = /^\* (.*)$/;
/** The line GitHub writes between the listed commits and the Co-authored-by lines. */
const GITHUB_RULE = /^-{9}$/;
function embedded(index, lines, sha) {
    let end = lines.length;
    while (end > 0 && lines[end - 1].trim() === '')
        end -= 1;
    let start = 0;
    while (start < end && lines[start].trim() === '')
        start += 1;
    if (start === end)
        return undefined;
    const kept = lines.slice(start, end);
    return { index, subject: kept[0].trim(), message: `${kept.join('\n')}\n`, ...(sha ? { sha } : {}) };
}
/** git's `merge --squash` form: `commit <sha>`, header lines, a blank line, the message indented by four spaces. */
function gitSquash(lines) {
    const found = [];
    let at = 0;
    while (at < lines.length) {
        const head = GIT_COMMIT_LINE.exec(lines[at]);
        if (!head || !GIT_HEADER_LINE.test(lines[at + 1] ?? '')) {
            at += 1;
            continue;
        }
        at += 1;
        while (at < lines.length && GIT_HEADER_LINE.test(lines[at]))
            at += 1;
        const body = [];
        // The message: indented lines and blank ones (git's cleanup strips a blank line's indent); an
        // unindented line ends it (the next `commit` line, or text the committer added).
        for (; at < lines.length; at += 1) {
            const line = lines[at];
            if (line.startsWith('    '))
                body.push(line.slice(4));
            else if (line.trim() === '')
                body.push('');
            else
                break;
        }
        const message = embedded(found.length + 1, body, head[1]);
        if (message)
            found.push(message);
    }
    return found;
}
/**
 * The bullet form: after the title paragraph, each paragraph that starts with `* ` begins a listed
 * commit; it runs to the next such paragraph, GitHub's `---------` line, or the end. A `* ` line
 * inside a paragraph is the body's own list. Text before the first bullet (a description) is no commit's.
 */
function bulletSquash(lines) {
    const found = [];
    let at = 0;
    while (at < lines.length && lines[at].trim() !== '')
        at += 1; // the title
    let current;
    const close = () => {
        const message = current && embedded(found.length + 1, current);
        if (message)
            found.push(message);
        current = undefined;
    };
    for (; at < lines.length; at += 1) {
        const line = lines[at];
        if (GITHUB_RULE.test(line))
            break;
        const bullet = (lines[at - 1] ?? '').trim() === '' ? BULLET.exec(line) : null;
        if (bullet) {
            close();
            current = [bullet[1]];
        }
        else
            current?.push(line);
    }
    close();
    return found;
}
/**
 * The commits listed in `message` (a commit message as git stores it), or undefined when it lists
 * none. The git form is tried first: its `commit <sha>` lines are unambiguous.
 */
function parseSquashMessage(message) {
    const lines = message.replace(/\r\n/g, '\n').split('\n');
    const git = gitSquash(lines);
    if (git.length > 0)
        return { format: 'git', commits: git };
    const bullets = bulletSquash(lines);
    return bullets.length > 0 ? { format: 'github', commits: bullets } : undefined;
}
/**
 * Whether a message read as `squash` is a squash commit whose records are its listed commits' (its
 * own trailer block is then the last listed commit's, or Co-authored-by lines). A body with a single
 * bullet paragraph above the commit's own leverage trailers is an ordinary commit with a list.
 */
function isSquashCommit(squash, ownLeverage) {
    return squash.format === 'git' || squash.commits.length >= 2 || !ownLeverage;
}
/**
 * The subjects a squash commit is looked for by, as the collector's walk sees only subjects and the
 * last paragraph's trailers (reading every body would cost the report a second walk): git's
 * `Squashed commit of the following:`, and a pull or merge request number at the end, as GitHub's
 * squash subject `Title (#12)` and a GitLab squash template `%{title} (%{local_reference})`
 * (`Title (!12)`) have it. git/decodeCommit.ts tests the same on bytes (isSquashSubjectAt).
 */
exports.SQUASH_SUBJECT = /^Squashed commit of the following:|\((#|!)[0-9]+\)$/;


/***/ }),

/***/ 4847:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_TRAILER_OPTIONS = exports.NO_LEVERAGE_KEY = exports.DEFAULT_TRAILER_KEYS = exports.TRAILER_KEY_PATTERN = exports.LEVERAGE_FIELDS = void 0;
exports.fieldOfKey = fieldOfKey;
exports.saysNoLeverage = saysNoLeverage;
/**
 * The names of the leverage trailers and how a key is recognised. Kept apart from the values'
 * grammar and verdicts (valueGrammar.ts, trailerSchema.ts): asking git for the trailers, which
 * needs only the keys, depends on nothing else.
 */
/**
 * The leverage trailers. The last three say more about a record and never make one: `humanActual`
 * (how long a person took, for calibration), `estimatedBy` (who made the estimate), `agent` (which
 * coding agent worked).
 */
exports.LEVERAGE_FIELDS = ['task', 'humanEstimate', 'claudeMinutes', 'supervisoryMinutes', 'tokens', 'taskId', 'humanActual', 'estimatedBy', 'agent'];
/**
 * What a configured trailer key may be: letters, digits and dashes. Nothing in it ends git's
 * `%(trailers:key=…)` option, so the collector can ask git to filter by it.
 */
exports.TRAILER_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
exports.DEFAULT_TRAILER_KEYS = {
    task: 'Task',
    humanEstimate: 'Human-Estimate',
    claudeMinutes: 'Claude-Minutes',
    supervisoryMinutes: 'Supervisory-Minutes',
    tokens: 'Tokens',
    taskId: 'Task-Id',
    humanActual: 'Human-Actual',
    estimatedBy: 'Estimated-By',
    agent: 'Agent',
};
/** `Leverage: none` says a commit deliberately carries no record (the hook's `require: always`, a note withdrawing figures). */
exports.NO_LEVERAGE_KEY = 'Leverage';
exports.DEFAULT_TRAILER_OPTIONS = { keys: exports.DEFAULT_TRAILER_KEYS, hoursPerDay: 8 };
/** Each configured key set's lower-cased keys, and its own spellings where they agree with them. */
const keyLookups = new WeakMap();
function keyLookup(keys) {
    let lookup = keyLookups.get(keys);
    if (lookup)
        return lookup;
    lookup = new Map();
    for (const field of exports.LEVERAGE_FIELDS) {
        const lower = keys[field].toLowerCase();
        if (!lookup.has(lower))
            lookup.set(lower, field);
    }
    // The spelling as configured, which is how nearly every trailer is written, is found without
    // lower-casing (a string per trailer, on every commit of a long history).
    for (const field of exports.LEVERAGE_FIELDS)
        if (lookup.get(keys[field].toLowerCase()) === field)
            lookup.set(keys[field], field);
    keyLookups.set(keys, lookup);
    return lookup;
}
/** Which leverage field a trailer key names, matched case-insensitively as git matches keys. */
function fieldOfKey(key, keys) {
    const lookup = keyLookup(keys);
    return lookup.get(key) ?? lookup.get(key.trim().toLowerCase());
}
/** Whether the trailers say `Leverage: none`, matched without regard to case. */
function saysNoLeverage(trailers) {
    return trailers.some((t) => t.key.toLowerCase() === exports.NO_LEVERAGE_KEY.toLowerCase() && t.value.trim().toLowerCase() === 'none');
}


/***/ }),

/***/ 6104:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.trailersOf = trailersOf;
/**
 * `--parse` prints each trailer on one line, unfolded, as key, separator, space, value: `Task: x`,
 * or `Task= x` in a repository whose `trailer.separators` is `=`. git takes as a key only letters,
 * digits and dashes (find_separator in git's trailer.c), so the first other character is the
 * separator, whichever `trailer.separators` set; values may hold separators (`Task: fix: x`).
 */
function trailersOf(text) {
    const trailers = [];
    for (const line of text.split('\n')) {
        const cut = line.search(/[^A-Za-z0-9-]/);
        if (cut <= 0)
            continue;
        trailers.push({ key: line.slice(0, cut), value: line.slice(cut + 1).trim() });
    }
    return trailers;
}


/***/ }),

/***/ 8460:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LEVERAGE_FIELDS = exports.fieldOfKey = exports.DEFAULT_TRAILER_OPTIONS = exports.DEFAULT_TRAILER_KEYS = void 0;
exports.readLeverageTrailers = readLeverageTrailers;
exports.describeProblem = describeProblem;
/**
 * The one schema of leverage trailers, shared by the collector, the commit-msg hook, the CLI's
 * writers and the Action. Input: the trailers git's own parser found in a message. Output: a verdict.
 * Each value is checked by the value grammar's own function (valueGrammar.ts), which owns the
 * forms, bounds and messages; this module decides what a message's trailers make together.
 */
const trailerKeys_js_1 = __webpack_require__(4847);
const valueGrammar_js_1 = __webpack_require__(3144);
const clipText_js_1 = __webpack_require__(9722);
// The key names live apart so that the stream parser can use them without the value grammar.
var trailerKeys_js_2 = __webpack_require__(4847);
Object.defineProperty(exports, "DEFAULT_TRAILER_KEYS", ({ enumerable: true, get: function () { return trailerKeys_js_2.DEFAULT_TRAILER_KEYS; } }));
Object.defineProperty(exports, "DEFAULT_TRAILER_OPTIONS", ({ enumerable: true, get: function () { return trailerKeys_js_2.DEFAULT_TRAILER_OPTIONS; } }));
Object.defineProperty(exports, "fieldOfKey", ({ enumerable: true, get: function () { return trailerKeys_js_2.fieldOfKey; } }));
Object.defineProperty(exports, "LEVERAGE_FIELDS", ({ enumerable: true, get: function () { return trailerKeys_js_2.LEVERAGE_FIELDS; } }));
const RECORD_REQUIRES = ['task', 'humanEstimate', 'claudeMinutes'];
const CALIBRATION_REQUIRES = ['task', 'humanEstimate'];
/** The order problems are listed in: what the task is, then its figures, then what describes them. */
const CHECK_ORDER = ['task', 'taskId', 'humanEstimate', 'humanActual', 'claudeMinutes', 'supervisoryMinutes', 'tokens', 'estimatedBy', 'agent'];
/**
 * Reads the leverage trailers among all of a message's trailers (as git parsed them) and decides:
 * no leverage trailers, a link (Task/Task-Id only), a record (an agent's work), a calibration pair
 * (Human-Estimate and Human-Actual, no agent), or invalid with every problem listed.
 */
function readLeverageTrailers(trailers, options) {
    const { keys } = options;
    const values = {};
    const problems = [];
    let found = 0;
    for (const trailer of trailers) {
        const field = (0, trailerKeys_js_1.fieldOfKey)(trailer.key, keys);
        if (!field)
            continue;
        if (values[field] !== undefined) {
            problems.push({
                key: keys[field],
                value: trailer.value,
                message: `appears a second time (first "${(0, clipText_js_1.clipValue)(String(values[field]))}"); a commit carries each leverage trailer once`,
                accepted: valueGrammar_js_1.ACCEPTED_FORMS[field],
            });
            continue;
        }
        values[field] = trailer.value;
        // Estimated-By and Agent only describe a record: alone they do not make a commit a leverage
        // commit, so another tool's `Agent:` trailer on an ordinary commit is left alone.
        if (field !== 'estimatedBy' && field !== 'agent')
            found += 1;
    }
    if (found === 0)
        return { kind: 'none' };
    const data = {};
    for (const field of CHECK_ORDER) {
        const text = values[field];
        if (text === undefined)
            continue;
        const checked = (0, valueGrammar_js_1.checkTrailerValue)(field, text, options.hoursPerDay);
        if (checked.ok)
            data[field] = checked.value;
        else
            problems.push({ key: keys[field], value: text, message: checked.message, accepted: valueGrammar_js_1.ACCEPTED_FORMS[field] });
    }
    const agentWorked = values.claudeMinutes !== undefined || values.supervisoryMinutes !== undefined || values.tokens !== undefined;
    const isCalibration = values.humanActual !== undefined && !agentWorked;
    const isRecord = !isCalibration && (agentWorked || values.humanEstimate !== undefined);
    const requires = isRecord ? RECORD_REQUIRES : isCalibration ? CALIBRATION_REQUIRES : [];
    for (const field of requires) {
        if (values[field] === undefined) {
            problems.push({
                key: keys[field],
                value: undefined,
                message: isRecord
                    ? `is missing: a commit with figures needs ${RECORD_REQUIRES.map((f) => keys[f]).join(', ')}`
                    : `is missing: a commit with ${keys.humanActual} needs ${CALIBRATION_REQUIRES.map((f) => keys[f]).join(' and ')}`,
                accepted: valueGrammar_js_1.ACCEPTED_FORMS[field],
            });
        }
    }
    // The describing fields where they mean nothing; rare, so checked only when one is there.
    if (values.humanActual !== undefined || values.estimatedBy !== undefined || values.agent !== undefined) {
        problems.push(...misplacedProblems(values, keys, agentWorked, isRecord, isCalibration));
    }
    // A refused value always adds a problem, so problems alone decide.
    if (problems.length > 0)
        return { kind: 'invalid', problems };
    const task = data.task;
    const taskId = data.taskId;
    const described = {};
    if (data.estimatedBy !== undefined)
        described.estimatedBy = data.estimatedBy;
    if (data.agent !== undefined)
        described.agent = data.agent;
    if (isCalibration) {
        return {
            kind: 'calibration',
            figures: { task: task, taskId, humanMinutes: data.humanEstimate, humanActualMinutes: data.humanActual, ...described },
        };
    }
    if (!isRecord)
        return { kind: 'link', task, taskId };
    return {
        kind: 'record',
        figures: {
            task: task,
            taskId,
            humanMinutes: data.humanEstimate,
            claudeMinutes: data.claudeMinutes,
            supervisoryMinutes: data.supervisoryMinutes,
            tokens: data.tokens,
            ...described,
        },
    };
}
/** Human-Actual beside an agent's figures, Agent beside Human-Actual, Estimated-By or Agent on a link. */
function misplacedProblems(values, keys, agentWorked, isRecord, isCalibration) {
    const problems = [];
    const misplaced = (field, message) => {
        if (values[field] !== undefined)
            problems.push({ key: keys[field], value: values[field], message, accepted: valueGrammar_js_1.ACCEPTED_FORMS[field] });
    };
    if (agentWorked) {
        misplaced('humanActual', `is the time a person took without an agent, and this commit records an agent's work (${keys.claudeMinutes}): leave ${keys.humanActual} out, or the agent's figures`);
    }
    if (isCalibration)
        misplaced('agent', `names the agent that worked, and a commit with ${keys.humanActual} records work done without one`);
    if (!isRecord && !isCalibration) {
        misplaced('estimatedBy', `says who made the ${keys.humanEstimate}, and this commit has none`);
        misplaced('agent', `names the agent of a record, and this commit has no figures (a link to a task carries only ${keys.task}/${keys.taskId})`);
    }
    return problems;
}
/** One problem as a single line: `Human-Estimate: "abc" is not a duration (accepted: ...)`. */
function describeProblem(problem) {
    const subject = problem.value === undefined ? problem.key : `${problem.key}: "${(0, clipText_js_1.clipValue)(problem.value)}"`;
    return `${subject} ${problem.message} (accepted: ${problem.accepted})`;
}


/***/ }),

/***/ 3144:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TASK_ID_PATTERN = exports.ESTIMATOR_KINDS = exports.ACCEPTED_FORMS = exports.FIGURE_BOUNDS = void 0;
exports.parseDurationMinutes = parseDurationMinutes;
exports.parseTokens = parseTokens;
exports.checkTrailerValue = checkTrailerValue;
const NUMBER = String.raw `\d+(?:\.\d+)?`;
const UNIT_PARTS = new RegExp(String.raw `^(?:(${NUMBER})\s*d)?\s*(?:(${NUMBER})\s*h)?\s*(?:(${NUMBER})\s*m)?$`, 'i');
const BARE_NUMBER = new RegExp(`^${NUMBER}$`);
/**
 * The sane range of each figure, so that a typo cannot outweigh a whole history. Minutes for the
 * durations, tokens for Tokens; every bound is inclusive.
 *
 * - Human estimate, 1 minute to 10,000 hours: 10,000 h is five working years (2,000 h a year), more
 *   than any one task a commit records; below a minute the hours column would read `0h`.
 * - Agent and supervisory minutes, 0.1 minute to 10,000 hours: 0.1 is what a measured sub-minute
 *   session is written as (prepare-commit-msg), and the Task Log shows minutes to two decimals, so
 *   a smaller value would read `0m` beside a factor in the millions.
 * - Tokens, 0 to 1,000,000,000,000: a thousand times the largest agent session seen in practice, and
 *   far enough below 2^53 that thousands of such commits still add up exactly.
 */
exports.FIGURE_BOUNDS = {
    humanMinutes: { min: 1, max: 600_000 },
    agentMinutes: { min: 0.1, max: 600_000 },
    tokens: { max: 1e12 },
};
const TASK_MAX_LENGTH = 2000;
/** What a person may write, shown in every rejection. */
exports.ACCEPTED_FORMS = {
    task: 'one line of text describing the task',
    taskId: 'a short id of letters, digits and . _ / # : - (at most 64 characters), e.g. NOTIF-12',
    humanEstimate: 'hours or a duration: 160h, 1.5h, 0.75h, 90m, 1h30m, 2d (a bare number means hours), from 1 minute to 10,000 hours',
    claudeMinutes: 'minutes: 20, 2.5, 20m, 1h5m (a bare number means minutes), from 0.1 minute to 10,000 hours',
    supervisoryMinutes: 'minutes: 20, 2.5, 20m, 1h5m (a bare number means minutes), from 0.1 minute to 10,000 hours',
    tokens: 'a whole number of tokens: 412000, 412k, 1.2M, 4,129,000, at most 1,000,000,000,000',
    humanActual: 'hours or a duration a person actually took: 6h, 1.5h, 90m, 1h30m, 2d (a bare number means hours), from 1 minute to 10,000 hours',
    estimatedBy: 'agent, human, team, or the name of who estimated (one line, at most 100 characters)',
    agent: 'the coding agent that worked: claude-code, codex, or another short name (letters, digits, spaces, . _ -; at most 40 characters)',
};
/** The kinds of estimator `Estimated-By` names; any other value is a person's name. */
exports.ESTIMATOR_KINDS = ['agent', 'human', 'team'];
const ESTIMATED_BY_MAX_LENGTH = 100;
const AGENT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,39}$/;
/**
 * Parses a duration into minutes. `bareUnit` says what a number without a unit means.
 * Days are `hoursPerDay` hours long.
 */
function parseDurationMinutes(text, bareUnit, hoursPerDay) {
    const value = text.trim();
    if (value === '')
        return undefined;
    if (BARE_NUMBER.test(value))
        return Number(value) * (bareUnit === 'h' ? 60 : 1);
    const match = UNIT_PARTS.exec(value);
    if (!match)
        return undefined;
    const [, days, hours, minutes] = match;
    if (days === undefined && hours === undefined && minutes === undefined)
        return undefined;
    return Number(days ?? 0) * hoursPerDay * 60 + Number(hours ?? 0) * 60 + Number(minutes ?? 0);
}
const TOKEN_SUFFIX = { k: 1e3, m: 1e6, b: 1e9 };
const TOKENS_PLAIN = /^\d{1,3}(?:,\d{3})+$|^\d+$/;
const TOKENS_SUFFIXED = /^(\d+(?:\.\d+)?)\s*([kmb])$/i;
/** Parses a token count: `412000`, `412k`, `1.2M`, `4,129,000`. Only whole numbers are tokens. */
function parseTokens(text) {
    const value = text.trim();
    if (TOKENS_PLAIN.test(value))
        return Number(value.replaceAll(',', ''));
    const match = TOKENS_SUFFIXED.exec(value);
    if (!match)
        return undefined;
    const [, amount = '', suffix = ''] = match;
    const tokens = Number(`${amount}e${Math.log10(TOKEN_SUFFIX[suffix.toLowerCase()] ?? 1)}`);
    return Number.isInteger(tokens) ? tokens : undefined;
}
/** Task-Id: short, printable, no spaces, so it can be matched across repositories. */
exports.TASK_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/#:-]{0,63}$/;
const refuse = (message) => ({ ok: false, message });
/** How each duration field is read and bounded, and how a message names it. */
const DURATIONS = {
    humanEstimate: { bareUnit: 'h', bounds: exports.FIGURE_BOUNDS.humanMinutes, least: '1 minute', subject: 'the human estimate is', zero: 'the human estimate' },
    humanActual: { bareUnit: 'h', bounds: exports.FIGURE_BOUNDS.humanMinutes, least: '1 minute', subject: 'the actual time is', zero: 'the actual time' },
    claudeMinutes: { bareUnit: 'm', bounds: exports.FIGURE_BOUNDS.agentMinutes, least: '0.1 minute', subject: 'the agent minutes are', zero: 'the agent minutes' },
    supervisoryMinutes: {
        bareUnit: 'm',
        bounds: exports.FIGURE_BOUNDS.agentMinutes,
        least: '0.1 minute',
        subject: 'supervisory minutes are',
        zero: 'supervisory minutes (omit the trailer when nobody supervised)',
    },
};
function checkDuration(field, text, hoursPerDay) {
    const { bareUnit, bounds, least, subject, zero } = DURATIONS[field];
    const minutes = parseDurationMinutes(text, bareUnit, hoursPerDay);
    if (minutes === undefined)
        return refuse('is not a duration');
    if (!(minutes > 0))
        return refuse(`is not more than zero; ${zero} must be more than zero`);
    if (minutes < bounds.min)
        return refuse(`is less than ${least}; ${subject} at least ${least}`);
    if (minutes > bounds.max)
        return refuse(`is more than 10,000 hours; ${subject} at most 10,000 hours`);
    return { ok: true, value: minutes };
}
/**
 * Checks one leverage trailer value as written. A refusal's message reads after the value
 * (`"abc" is not a duration`); `ACCEPTED_FORMS[field]` says what would have been read.
 */
function checkTrailerValue(field, text, hoursPerDay) {
    switch (field) {
        case 'task': {
            const task = text.trim();
            if (task.length === 0)
                return refuse('is empty');
            if (task.length > TASK_MAX_LENGTH)
                return refuse('is longer than 2,000 characters');
            return { ok: true, value: task };
        }
        case 'taskId': {
            const id = text.trim();
            return exports.TASK_ID_PATTERN.test(id) ? { ok: true, value: id } : refuse('is not a valid task id');
        }
        case 'tokens': {
            const tokens = parseTokens(text);
            if (tokens === undefined)
                return refuse('is not a token count');
            if (tokens > exports.FIGURE_BOUNDS.tokens.max)
                return refuse('is more than 1,000,000,000,000 tokens; a commit records at most a trillion tokens');
            return { ok: true, value: tokens };
        }
        case 'estimatedBy': {
            const by = text.trim();
            if (by.length === 0)
                return refuse('is empty');
            if (by.length > ESTIMATED_BY_MAX_LENGTH)
                return refuse('is longer than 100 characters');
            // The three kinds are words of the format: one spelling, whatever the case written.
            const kind = exports.ESTIMATOR_KINDS.find((k) => k === by.toLowerCase());
            return { ok: true, value: kind ?? by };
        }
        case 'agent': {
            const agent = text.trim();
            return AGENT_PATTERN.test(agent) ? { ok: true, value: agent } : refuse('is not an agent name');
        }
        default:
            return checkDuration(field, text, hoursPerDay);
    }
}


/***/ })

};
;