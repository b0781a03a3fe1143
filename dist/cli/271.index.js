"use strict";
exports.id = 271;
exports.ids = [271];
exports.modules = {

/***/ 3241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readReports: () => (/* binding */ readReports),
  registerMergeCommand: () => (/* binding */ registerMergeCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: ./src/record/buildRecord.ts
var buildRecord = __webpack_require__(8548);
// EXTERNAL MODULE: ./src/time/luxon.ts
var luxon = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/userError.ts
var userError = __webpack_require__(40);
;// CONCATENATED MODULE: ./src/merge/mergeReports.ts
/**
 * Reports made anywhere (one CI job per repository, one laptop per person) → one report. Pure.
 *
 * A JSON report carries the commits it was built from, so merging is feeding every report's commits
 * to the one record builder: the same commit reached through two reports, a cherry-picked copy of a
 * record, and a Task-Id worked on in several repositories count exactly as they would if one
 * collector had read every repository. No second aggregation lives here.
 */



class MergeError extends userError/* UserError */.y {
    name = 'MergeError';
}
/** How a report is named in messages: its file when the reader knew it, else its position. */
function nameOf(input, index) {
    return input.source ?? `report #${index + 1}`;
}
/**
 * Reports counted in different zones put the same instant on different days: merging them would
 * give a record whose days mean nothing. Refused, naming every file under its zone.
 */
function commonTimezone(inputs) {
    const byZone = new Map();
    inputs.forEach((input, index) => {
        const names = byZone.get(input.window.timezone) ?? [];
        names.push(nameOf(input, index));
        byZone.set(input.window.timezone, names);
    });
    if (byZone.size > 1) {
        const groups = [...byZone].map(([zone, names]) => `${zone}: ${names.join(', ')}`);
        throw new MergeError(`reports counted in different time zones cannot be merged (make them with the same --timezone or config timezone):\n  ${groups.join('\n  ')}`);
    }
    return inputs[0]?.window.timezone;
}
/** The smallest window that covers every report's: the same one when they agree. */
function mergedWindow(inputs, timezone) {
    const windows = inputs.map((input) => input.window);
    const first = windows[0];
    const same = (w) => w.kind === first.kind && w.label === first.label && w.start === first.start && w.end === first.end && w.range === first.range;
    if (windows.every(same))
        return { ...first };
    if (windows.every((w) => w.start !== undefined && w.end !== undefined)) {
        const start = Math.min(...windows.map((w) => w.start));
        const end = Math.max(...windows.map((w) => w.end));
        const firstDay = luxon/* DateTime */.c.fromSeconds(start, { zone: timezone }).toISODate();
        const lastDay = luxon/* DateTime */.c.fromSeconds(end, { zone: timezone }).minus({ days: 1 }).toISODate();
        return firstDay === lastDay
            ? { kind: 'day', label: firstDay, timezone, start, end }
            : { kind: 'days', label: `${firstDay} to ${lastDay}`, timezone, start, end };
    }
    // Ranges and all-history windows have no common span: say which windows were combined.
    const labels = [...new Set(windows.map((w) => w.label))];
    const label = labels.length <= 3 ? labels.join(', ') : `${labels.length} windows merged`;
    return { kind: 'all', label, timezone };
}
/** Agents labelled differently in different repositories are all named (`Claude / Codex`). */
function mergedAgent(inputs) {
    return [...new Set(inputs.map((input) => input.agent))].join(' / ');
}
/**
 * Merges JSON reports (read with parseReportJson) into one report. Throws MergeError when there is
 * nothing to merge or the reports were counted in different time zones.
 */
function mergeReports(inputs, options = {}) {
    if (inputs.length === 0)
        throw new MergeError('no reports to merge');
    const timezone = commonTimezone(inputs);
    const repositories = new Set();
    const commits = [];
    // The same commit of the same repository, reached through two reports, is kept once in the
    // merged report's commit list too, so merging merged reports again changes nothing.
    // Keyed by repository, then sha: no key string is built per commit.
    const seen = new Map();
    for (const input of inputs) {
        for (const repo of input.repositories)
            repositories.add(repo);
        for (const commit of input.commits) {
            let shas = seen.get(commit.repo);
            if (shas === undefined)
                seen.set(commit.repo, (shas = new Set()));
            else if (shas.has(commit.sha))
                continue;
            shas.add(commit.sha);
            commits.push(commit);
        }
    }
    return {
        window: mergedWindow(inputs, timezone),
        agent: mergedAgent(inputs),
        repositories: [...repositories],
        commits,
        record: (0,buildRecord/* buildRecord */.kA)(commits, { sort: options.sort ?? 'factor' }),
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(0);
// EXTERNAL MODULE: ./src/render/reportJson.ts
var reportJson = __webpack_require__(5898);
;// CONCATENATED MODULE: ./src/render/readReportJson.ts
/**
 * Reads JSON reports (reportJson.ts writes them) back into what the record builder takes: checked
 * with zod, and a clear error naming the file and what is wrong. Used by merge and the Action.
 */



const figuresSchema = schemas/* object */.Ikc({
    task: schemas/* string */.YjP(),
    taskId: schemas/* string */.YjP().optional(),
    humanMinutes: schemas/* number */.aig().positive(),
    claudeMinutes: schemas/* number */.aig().positive(),
    supervisoryMinutes: schemas/* number */.aig().positive().optional(),
    tokens: schemas/* number */.aig().int().nonnegative().optional(),
});
const problemSchema = schemas/* object */.Ikc({ key: schemas/* string */.YjP(), value: schemas/* string */.YjP().optional(), message: schemas/* string */.YjP(), accepted: schemas/* string */.YjP() });
const leverageCommitSchema = schemas/* object */.Ikc({
    repo: schemas/* string */.YjP(),
    sha: schemas/* string */.YjP().regex(/^[0-9a-f]{7,64}$/),
    authorName: schemas/* string */.YjP(),
    authorEmail: schemas/* string */.YjP(),
    authorTime: schemas/* number */.aig().int(),
    subject: schemas/* string */.YjP(),
    verdict: schemas/* discriminatedUnion */.gMt('kind', [
        schemas/* object */.Ikc({ kind: schemas/* literal */.euz('record'), figures: figuresSchema }),
        schemas/* object */.Ikc({ kind: schemas/* literal */.euz('link'), task: schemas/* string */.YjP().optional(), taskId: schemas/* string */.YjP().optional() }),
        schemas/* object */.Ikc({ kind: schemas/* literal */.euz('invalid'), problems: schemas/* array */.YOg(problemSchema) }),
    ]),
});
/** What a reader of a JSON report needs back: its window, labels and the commits it was built from. */
const reportInputSchema = schemas/* object */.Ikc({
    schemaVersion: schemas/* number */.aig().int(),
    window: schemas/* object */.Ikc({
        kind: schemas/* enum */.k5n(['day', 'days', 'range', 'all']),
        label: schemas/* string */.YjP(),
        timezone: schemas/* string */.YjP(),
        start: schemas/* number */.aig().optional(),
        end: schemas/* number */.aig().optional(),
        range: schemas/* string */.YjP().optional(),
    }),
    agent: schemas/* string */.YjP(),
    repositories: schemas/* array */.YOg(schemas/* string */.YjP()),
    commits: schemas/* array */.YOg(leverageCommitSchema),
});
class ReportJsonError extends userError/* UserError */.y {
    name = 'ReportJsonError';
}
/** Reads a JSON report back (for merge), checking its schema version first so the error is the useful one. */
function parseReportJson(text, source) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new ReportJsonError(`${source}: not JSON (${error.message})`);
    }
    return reportInputOf(data, source);
}
/**
 * A parsed JSON report → what merge reads from it. Reports as git-leverage writes them take the fast
 * path (`fastReportInput`); anything else goes through the zod schema, which accepts or names the
 * first field that is wrong.
 */
function reportInputOf(data, source) {
    const version = data?.schemaVersion;
    if (version !== reportJson/* REPORT_SCHEMA_VERSION */.WI) {
        throw new ReportJsonError(`${source}: schemaVersion ${JSON.stringify(version)} is not supported; this git-leverage reads schemaVersion ${reportJson/* REPORT_SCHEMA_VERSION */.WI}`);
    }
    const fast = fastReportInput(data, source);
    if (fast)
        return fast;
    const parsed = reportInputSchema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ReportJsonError(`${source}: not a git-leverage report: ${issue?.path.join('.') || '(top level)'}: ${issue?.message}`);
    }
    const { window, agent, repositories, commits } = parsed.data;
    return { window, agent, repositories, commits: commits, source };
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value) => typeof value === 'number' && Number.isFinite(value);
const isPositive = (value) => isFiniteNumber(value) && value > 0;
const isOptionalString = (value) => value === undefined || typeof value === 'string';
const isOptionalNumber = (value) => value === undefined || isFiniteNumber(value);
const SHA_PATTERN = /^[0-9a-f]{7,64}$/;
const WINDOW_KINDS = new Set(['day', 'days', 'range', 'all']);
/**
 * True when the object's own keys are `keys` in that order, optional ones (bit i of `optional` set)
 * possibly absent, and no other key.
 */
function hasKeysInOrder(value, keys, optional = 0) {
    let next = 0;
    for (const key in value) {
        while (next < keys.length && keys[next] !== key) {
            if ((optional & (1 << next)) === 0)
                return false;
            next += 1;
        }
        if (next === keys.length)
            return false;
        next += 1;
    }
    for (; next < keys.length; next += 1)
        if ((optional & (1 << next)) === 0)
            return false;
    return true;
}
const COMMIT_KEYS = ['repo', 'sha', 'authorName', 'authorEmail', 'authorTime', 'subject', 'verdict'];
const RECORD_KEYS = ['kind', 'figures'];
const LINK_KEYS = ['kind', 'task', 'taskId'];
const INVALID_KEYS = ['kind', 'problems'];
const FIGURES_KEYS = ['task', 'taskId', 'humanMinutes', 'claudeMinutes', 'supervisoryMinutes', 'tokens'];
const PROBLEM_KEYS = ['key', 'value', 'message', 'accepted'];
function isFastFigures(figures) {
    if (!isObject(figures) || !hasKeysInOrder(figures, FIGURES_KEYS, 0b110010))
        return false;
    const tokens = figures.tokens;
    return (typeof figures.task === 'string' &&
        isOptionalString(figures.taskId) &&
        isPositive(figures.humanMinutes) &&
        isPositive(figures.claudeMinutes) &&
        (figures.supervisoryMinutes === undefined || isPositive(figures.supervisoryMinutes)) &&
        (tokens === undefined || (Number.isSafeInteger(tokens) && tokens >= 0)));
}
function isFastProblem(problem) {
    return (isObject(problem) &&
        hasKeysInOrder(problem, PROBLEM_KEYS, 0b10) &&
        typeof problem.key === 'string' &&
        isOptionalString(problem.value) &&
        typeof problem.message === 'string' &&
        typeof problem.accepted === 'string');
}
function isFastVerdict(verdict) {
    if (!isObject(verdict))
        return false;
    switch (verdict.kind) {
        case 'record':
            return hasKeysInOrder(verdict, RECORD_KEYS) && isFastFigures(verdict.figures);
        case 'link':
            return hasKeysInOrder(verdict, LINK_KEYS, 0b110) && isOptionalString(verdict.task) && isOptionalString(verdict.taskId);
        case 'invalid':
            return hasKeysInOrder(verdict, INVALID_KEYS) && Array.isArray(verdict.problems) && verdict.problems.every(isFastProblem);
        default:
            return false;
    }
}
function isFastCommit(commit) {
    return (isObject(commit) &&
        hasKeysInOrder(commit, COMMIT_KEYS) &&
        typeof commit.repo === 'string' &&
        typeof commit.sha === 'string' &&
        SHA_PATTERN.test(commit.sha) &&
        typeof commit.authorName === 'string' &&
        typeof commit.authorEmail === 'string' &&
        Number.isSafeInteger(commit.authorTime) &&
        typeof commit.subject === 'string' &&
        isFastVerdict(commit.verdict));
}
/** The report's input as the schema would give it back, or undefined when the zod path must decide. */
function fastReportInput(data, source) {
    const { window, agent, repositories, commits } = data;
    if (!isObject(window) || typeof agent !== 'string' || !Array.isArray(repositories) || !Array.isArray(commits))
        return undefined;
    const { kind, label, timezone, start, end, range } = window;
    if (!WINDOW_KINDS.has(kind) || typeof label !== 'string' || typeof timezone !== 'string')
        return undefined;
    if (!isOptionalNumber(start) || !isOptionalNumber(end) || !isOptionalString(range))
        return undefined;
    if (!repositories.every((repo) => typeof repo === 'string'))
        return undefined;
    for (let index = 0; index < commits.length; index += 1)
        if (!isFastCommit(commits[index]))
            return undefined;
    // The window as zod gives it: the schema's keys only, in the schema's order.
    const readWindow = { kind, label, timezone };
    if (start !== undefined)
        readWindow.start = start;
    if (end !== undefined)
        readWindow.end = end;
    if (range !== undefined)
        readWindow.range = range;
    return { window: readWindow, agent, repositories: repositories, commits: commits, source };
}

// EXTERNAL MODULE: ./src/render/renderReport.ts + 12 modules
var renderReport = __webpack_require__(7281);
// EXTERNAL MODULE: ./src/render/reportFormats.ts
var reportFormats = __webpack_require__(5882);
// EXTERNAL MODULE: ./src/rollup/periodUnits.ts
var periodUnits = __webpack_require__(6626);
// EXTERNAL MODULE: ./src/cli/usageError.ts
var usageError = __webpack_require__(2163);
// EXTERNAL MODULE: ./src/cli/writeChunks.ts
var writeChunks = __webpack_require__(819);
;// CONCATENATED MODULE: ./src/cli/commands/merge.ts
/**
 * `git-leverage merge a.json b.json ...`: JSON reports made anywhere (one CI job per repository)
 * combined into one report, rendered in any format. The files are read here; the merge is pure.
 */










/** The top-level `schemaVersion` of a report's text, cheaply (the full parse reports anything else wrong). */
function schemaVersionOf(text) {
    return /"schemaVersion"\s*:\s*([^,}\s]+)/.exec(text.slice(0, 4096))?.[1] ?? 'none';
}
/**
 * Reads and parses every file, one at a time so only one file's text is held at once (1,000 reports
 * are 175 MB of text: holding them all doubles the memory and the garbage collector's work). Every
 * unreadable or invalid file is reported at once; reports of different schema versions are named
 * together, grouped by version.
 *
 * Files are read synchronously: from the page cache, 1,000 reports take 70 ms that way against about
 * 200 ms through fs.promises one after the other, and reading a few ahead concurrently while parsing
 * (4, 8 or 16 in flight) used more CPU than it saved in wall time (docs/benchmarks.md).
 */
async function readReports(files, cwd) {
    const problems = [];
    const filesByVersion = new Map();
    const inputs = [];
    for (const file of files) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(cwd, file), 'utf8');
        }
        catch (error) {
            const code = error.code;
            problems.push(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : error.message})`);
            continue;
        }
        const version = schemaVersionOf(text);
        // A file with no readable version is left to the parse, which says what is wrong with it.
        if (version !== 'none') {
            const names = filesByVersion.get(version);
            if (names)
                names.push(file);
            else
                filesByVersion.set(version, [file]);
        }
        if (filesByVersion.size > 1)
            continue; // the version error below says it all
        try {
            inputs.push(parseReportJson(text, file));
        }
        catch (error) {
            if (!(error instanceof ReportJsonError))
                throw error;
            problems.push(error.message);
        }
    }
    if (filesByVersion.size > 1) {
        const groups = [...filesByVersion].map(([version, names]) => `schemaVersion ${version}: ${names.join(', ')}`);
        problems.unshift(`reports of different schema versions cannot be merged (make them with the same git-leverage):\n  ${groups.join('\n  ')}`);
    }
    if (problems.length > 0)
        throw new ReportJsonError(problems.join('\n'));
    return inputs;
}
function registerMergeCommand(program, context) {
    program
        .command('merge')
        .description('combine JSON reports (e.g. one per repository) into one report; the same commit or Task-Id counts once')
        .argument('<reports...>', 'JSON reports written by report --format json (or the Action with format: json)')
        .addOption(new esm/* Option */.c$('--format <format>', `output format: ${reportFormats/* REPORT_FORMATS */.E.join(', ')}`).default('md'))
        .addOption(new esm/* Option */.c$('--by <period>', 'roll the merged record up by calendar period').choices(periodUnits/* PERIOD_UNITS */.a))
        .option('--summary', 'headline, chart and roll-up without the Task Log')
        .addOption(new esm/* Option */.c$('--chart <kind>', 'chart in Markdown output').choices(['mermaid', 'none']).default('mermaid'))
        .addOption(new esm/* Option */.c$('--sort <order>', 'Task Log order').choices(['factor', 'time']))
        .option('-o, --output <file>', 'write the merged report to a file instead of standard output')
        .action(async (files, flags) => {
        const format = (0,reportFormats/* parseReportFormat */.n)(flags.format);
        if (!format)
            throw new usageError/* UsageError */.e(`unknown --format "${flags.format}" (accepted: ${reportFormats/* REPORT_FORMATS */.E.join(', ')})`);
        const inputs = await readReports(files, context.io.cwd);
        const report = mergeReports(inputs, flags.sort ? { sort: flags.sort } : {});
        const options = { ...(flags.chart ? { chart: flags.chart } : {}), ...(flags.by ? { by: flags.by } : {}), ...(flags.summary ? { summary: true } : {}) };
        // 1,000 reports make a 160 MB JSON report: written as it is serialised, not held whole.
        await (0,writeChunks/* writeChunks */.a)((0,renderReport.renderReportChunks)(report, format, options), flags.output, context);
    });
}


/***/ }),

/***/ 819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ writeChunks)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Writes text made piece by piece (renderReportChunks) to a file or to standard output, each piece
 * written while the next is made: a long history's report is never held, copied or encoded whole.
 */


async function writeChunks(chunks, output, context) {
    if (output === undefined) {
        for (const chunk of chunks)
            context.io.stdout(chunk);
        return;
    }
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.io.cwd, output), 'w');
    try {
        let written = Promise.resolve();
        for (const chunk of chunks) {
            await written;
            written = handle.write(chunk);
        }
        await written;
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 5882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ REPORT_FORMATS),
/* harmony export */   n: () => (/* binding */ parseReportFormat)
/* harmony export */ });
/**
 * The output formats' names, apart from the renderers: a command line or the Action checks
 * `--format` before anything is read, without loading the code that renders.
 */
const REPORT_FORMATS = ['md', 'json', 'text', 'csv', 'html'];
/** Accepts the names people type (`markdown`, `txt`) for the canonical ones. */
function parseReportFormat(name) {
    const aliases = { md: 'md', markdown: 'md', json: 'json', text: 'text', txt: 'text', csv: 'csv', html: 'html' };
    return aliases[name.toLowerCase()];
}


/***/ }),

/***/ 6626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ PERIOD_UNITS)
/* harmony export */ });
/** The calendar periods a record rolls up by (apart from rollUp.ts, so option parsing does not load it). */
const PERIOD_UNITS = ['day', 'week', 'month'];


/***/ }),

/***/ 4847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ fieldOfKey),
/* harmony export */   bz: () => (/* binding */ TRAILER_KEY_PATTERN),
/* harmony export */   jY: () => (/* binding */ DEFAULT_TRAILER_KEYS),
/* harmony export */   yR: () => (/* binding */ LEVERAGE_FIELDS)
/* harmony export */ });
/* unused harmony export DEFAULT_TRAILER_OPTIONS */
/**
 * The names of the leverage trailers and how a key is recognised. Kept apart from the zod schema
 * (trailerSchema.ts) so that reading history, which only needs to know which trailers are ours,
 * does not load the validator: the CLI loads zod while git is already walking.
 */
const LEVERAGE_FIELDS = ['task', 'humanEstimate', 'claudeMinutes', 'supervisoryMinutes', 'tokens', 'taskId'];
/**
 * What a configured trailer key may be: letters, digits and dashes. Nothing in it ends git's
 * `%(trailers:key=…)` option, so the collector can ask git to filter by it.
 */
const TRAILER_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
const DEFAULT_TRAILER_KEYS = {
    task: 'Task',
    humanEstimate: 'Human-Estimate',
    claudeMinutes: 'Claude-Minutes',
    supervisoryMinutes: 'Supervisory-Minutes',
    tokens: 'Tokens',
    taskId: 'Task-Id',
};
const DEFAULT_TRAILER_OPTIONS = { keys: DEFAULT_TRAILER_KEYS, hoursPerDay: 8 };
/** Each configured key set's lower-cased keys, and its own spellings where they agree with them. */
const keyLookups = new WeakMap();
function keyLookup(keys) {
    let lookup = keyLookups.get(keys);
    if (lookup)
        return lookup;
    lookup = new Map();
    for (const field of LEVERAGE_FIELDS) {
        const lower = keys[field].toLowerCase();
        if (!lookup.has(lower))
            lookup.set(lower, field);
    }
    // The spelling as configured, which is how nearly every trailer is written, is found without
    // lower-casing (a string per trailer, on every commit of a long history).
    for (const field of LEVERAGE_FIELDS)
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


/***/ })

};
;