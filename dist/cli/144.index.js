"use strict";
exports.id = 144;
exports.ids = [144];
exports.modules = {

/***/ 317:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readReports = readReports;
exports.registerMergeCommand = registerMergeCommand;
/**
 * `git-leverage merge a.json b.json ...`: JSON reports made anywhere (one CI job per repository)
 * combined into one report, rendered in any format. The files are read here; the merge is pure.
 */
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
const commander_1 = __webpack_require__(8909);
const mergeReports_js_1 = __webpack_require__(5833);
const readReportJson_js_1 = __webpack_require__(2450);
const renderReport_js_1 = __webpack_require__(2008);
const reportFormats_js_1 = __webpack_require__(5882);
const periodUnits_js_1 = __webpack_require__(6626);
const userError_js_1 = __webpack_require__(40);
const writeChunks_js_1 = __webpack_require__(819);
const checkSummaryFormat_js_1 = __webpack_require__(5275);
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
            text = (0, node_fs_1.readFileSync)(node_path_1.default.resolve(cwd, file), 'utf8');
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
            inputs.push((0, readReportJson_js_1.parseReportJson)(text, file));
        }
        catch (error) {
            if (!(error instanceof readReportJson_js_1.ReportJsonError))
                throw error;
            problems.push(error.message);
        }
    }
    if (filesByVersion.size > 1) {
        const groups = [...filesByVersion].map(([version, names]) => `schemaVersion ${version}: ${names.join(', ')}`);
        problems.unshift(`reports of different schema versions cannot be merged (make them with the same git-leverage):\n  ${groups.join('\n  ')}`);
    }
    if (problems.length > 0)
        throw new readReportJson_js_1.ReportJsonError(problems.join('\n'));
    return inputs;
}
function registerMergeCommand(program, context) {
    program
        .command('merge')
        .description('combine JSON reports (e.g. one per repository) into one report; the same commit or Task-Id counts once')
        .argument('<reports...>', 'JSON reports written by report --format json (or the Action with format: json)')
        .addOption(new commander_1.Option('--format <format>', `output format: ${reportFormats_js_1.REPORT_FORMATS.join(', ')}`).default('md'))
        .addOption(new commander_1.Option('--by <period>', 'roll the merged record up by calendar period').choices(periodUnits_js_1.PERIOD_UNITS))
        .option('--summary', 'headline, chart and roll-up without the Task Log (md and text)')
        .addOption(new commander_1.Option('--chart <kind>', 'chart in Markdown output').choices(['mermaid', 'none']).default('mermaid'))
        .addOption(new commander_1.Option('--sort <order>', 'Task Log order').choices(['factor', 'time']))
        .option('-o, --output <file>', 'write the merged report to a file instead of standard output')
        .action(async (files, flags) => {
        const format = (0, reportFormats_js_1.parseReportFormat)(flags.format);
        if (!format)
            throw new userError_js_1.UsageError(`unknown --format "${flags.format}" (accepted: ${reportFormats_js_1.REPORT_FORMATS.join(', ')})`);
        (0, checkSummaryFormat_js_1.checkSummaryFormat)(format, flags.summary);
        const inputs = await readReports(files, context.io.cwd);
        const report = (0, mergeReports_js_1.mergeReports)(inputs, flags.sort ? { sort: flags.sort } : {});
        const options = { ...(flags.chart ? { chart: flags.chart } : {}), ...(flags.by ? { by: flags.by } : {}), ...(flags.summary ? { summary: true } : {}) };
        // 1,000 reports make a 160 MB JSON report: written as it is serialised, not held whole.
        await (0, writeChunks_js_1.writeChunks)((0, renderReport_js_1.renderReportChunks)(report, format, options), flags.output, context);
    });
}


/***/ }),

/***/ 9543:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.combineChecks = combineChecks;
exports.mergeEstimateChecks = mergeEstimateChecks;
/**
 * The estimate checks of merged reports (docs/estimates.md, Merged reports). Merge reads no git, so
 * it cannot measure a change again: each report's verdicts are kept, attached to the merged tasks by
 * task key. A report that judged every commit of a merged task judged the whole task: its verdict is
 * kept (the first such report's). A task whose parts come from several reports and that no report
 * saw whole (a Task-Id worked on in two repositories, each with its own report and reference) is not
 * judged again: it is flagged when any part was, and its reason names each part's. Pure.
 */
const checkEstimates_js_1 = __webpack_require__(1784);
const sameCheck = (a, b) => a.changedLines === b.changedLines && a.expectedHours === b.expectedHours && a.ratio === b.ratio && a.flagged === b.flagged && a.reason === b.reason;
/** Whether a report's task held every commit of the merged `task` (or a copy of it). */
function coversTask(judged, task) {
    return task.commits.every((commit) => judged.commits.has((0, checkEstimates_js_1.commitKey)(commit.repo, commit.sha)) || commit.copies.some((copy) => judged.commits.has((0, checkEstimates_js_1.commitKey)(copy.repo, copy.sha))));
}
/** One verdict for a merged task from the reports' (in the order of the reports). */
function combineChecks(task, judged) {
    const whole = judged.find((part) => coversTask(part, task));
    if (whole !== undefined)
        return whole.check;
    const parts = judged.map((part) => part.check);
    const distinct = parts.filter((part, index) => parts.findIndex((other) => sameCheck(other, part)) === index);
    return {
        changedLines: null,
        expectedHours: null,
        ratio: null,
        flagged: distinct.some((part) => part.flagged),
        reason: `${judged.length === 1 ? 'judged on part of its commits only' : `judged in parts by ${judged.length} reports, none of which saw the whole task`}: ${distinct.map((part) => part.reason).join('; ')}`,
    };
}
/** The reference of the merged report: the one every report shares, or what they have in common. */
function mergedReference(references, unchecked) {
    const [first] = references;
    const same = JSON.stringify(first);
    if (unchecked === 0 && references.every((reference) => JSON.stringify(reference) === same))
        return first;
    const factors = [...new Set(references.map((reference) => reference.flagFactor))].sort((a, b) => a - b);
    const notes = [...new Set(references.flatMap((reference) => reference.notes))];
    if (factors.length > 1)
        notes.push(`the reports flag at different factors (${factors.map((factor) => `${factor}x`).join(', ')}); each flagged task's reason says how far it is`);
    if (unchecked > 0)
        notes.push(`${unchecked} of the merged reports ran no estimate check`);
    return {
        hoursPerLine: null,
        tasks: references.reduce((sum, reference) => sum + reference.tasks, 0),
        minimumTasks: Math.max(...references.map((reference) => reference.minimumTasks)),
        flagFactor: factors[0],
        lookbackDays: Math.max(...references.map((reference) => reference.lookbackDays)),
        notes,
        reports: references.reduce((sum, reference) => sum + (reference.reports ?? 1), 0),
    };
}
/**
 * Sets `estimateCheck` on every merged task from the reports' checks (by task key) and returns the
 * merged report's reference; undefined (and no check set) when no report ran the check.
 */
function mergeEstimateChecks(tasks, inputs) {
    const checked = inputs.filter((input) => input.estimateReference !== undefined);
    if (checked.length === 0)
        return undefined;
    const parts = new Map();
    for (const input of checked) {
        for (const [key, judged] of input.estimateChecks ?? []) {
            const list = parts.get(key);
            if (list === undefined)
                parts.set(key, [judged]);
            else
                list.push(judged);
        }
    }
    for (const task of tasks) {
        const list = parts.get(task.key);
        task.estimateCheck = list === undefined ? { changedLines: null, expectedHours: null, ratio: null, flagged: false, reason: 'not judged: no merged report checked it' } : combineChecks(task, list);
    }
    return mergedReference(checked.map((input) => input.estimateReference), inputs.length - checked.length);
}


/***/ }),

/***/ 5833:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MergeError = void 0;
exports.mergeReports = mergeReports;
/**
 * Reports made anywhere (one CI job per repository, one laptop per person) → one report. Pure.
 *
 * A JSON report carries the commits it was built from, so merging is feeding every report's commits
 * to the one record builder: the same commit reached through two reports, a cherry-picked copy of a
 * record, and a Task-Id worked on in several repositories count exactly as they would if one
 * collector had read every repository. No second aggregation lives here.
 */
const buildRecord_js_1 = __webpack_require__(8548);
const mergeEstimateChecks_js_1 = __webpack_require__(9543);
const luxon_js_1 = __webpack_require__(8080);
const timezones_js_1 = __webpack_require__(604);
const userError_js_1 = __webpack_require__(40);
class MergeError extends userError_js_1.UserError {
    name = 'MergeError';
}
exports.MergeError = MergeError;
/** How a report is named in messages: its file when the reader knew it, else its position. */
function nameOf(input, index) {
    return input.source ?? `report #${index + 1}`;
}
/**
 * The zone the merged report is counted in. Reports counted in different zones put the same instant
 * on different days: merging them would give a record whose days mean nothing. Zones are compared by
 * their canonical names (`UTC`, `Etc/UTC` and `utc` are one zone), and the merged report keeps the
 * name as written when every report wrote the same one. Refused, naming every file under its zone.
 */
function commonTimezone(inputs) {
    const byZone = new Map();
    const unknown = [];
    inputs.forEach((input, index) => {
        const zone = input.window.timezone;
        const canonical = (0, timezones_js_1.canonicalZone)(zone);
        if (canonical === undefined) {
            unknown.push(`${nameOf(input, index)}: unknown time zone "${zone}"`);
            return;
        }
        const group = byZone.get(canonical) ?? { written: new Set(), names: [] };
        group.written.add(zone);
        group.names.push(nameOf(input, index));
        byZone.set(canonical, group);
    });
    if (unknown.length > 0) {
        throw new MergeError(`reports counted in a time zone this machine does not know cannot be merged (accepted: an IANA zone name such as America/New_York or UTC):\n  ${unknown.join('\n  ')}`);
    }
    if (byZone.size > 1) {
        const groups = [...byZone.values()].map(({ written, names }) => `${[...written].join(' = ')}: ${names.join(', ')}`);
        throw new MergeError(`reports counted in different time zones cannot be merged (make them with the same --timezone or config timezone):\n  ${groups.join('\n  ')}`);
    }
    const [canonical, { written }] = [...byZone][0];
    return written.size === 1 ? inputs[0].window.timezone : canonical;
}
/** The smallest window that covers every report's: the same one when they agree. */
function mergedWindow(inputs, timezone) {
    const windows = inputs.map((input) => input.window);
    const first = windows[0];
    const same = (w) => w.kind === first.kind && w.label === first.label && w.start === first.start && w.end === first.end && w.range === first.range;
    if (windows.every(same))
        return { ...first, timezone };
    if (windows.every((w) => w.start !== undefined && w.end !== undefined)) {
        const start = Math.min(...windows.map((w) => w.start));
        const end = Math.max(...windows.map((w) => w.end));
        const firstDay = luxon_js_1.DateTime.fromSeconds(start, { zone: timezone }).toISODate();
        const lastDay = luxon_js_1.DateTime.fromSeconds(end, { zone: timezone }).minus({ days: 1 }).toISODate();
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
    const record = (0, buildRecord_js_1.buildRecord)(commits, { sort: options.sort ?? 'factor' });
    const estimateReference = (0, mergeEstimateChecks_js_1.mergeEstimateChecks)(record.tasks, inputs);
    return {
        window: mergedWindow(inputs, timezone),
        agent: mergedAgent(inputs),
        repositories: [...repositories],
        commits,
        record,
        ...(estimateReference ? { estimateReference } : {}),
    };
}


/***/ }),

/***/ 2450:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ReportJsonError = void 0;
exports.parseReportJson = parseReportJson;
exports.reportInputOf = reportInputOf;
/**
 * Reads JSON reports (renderReportJson.ts writes them) back into what the record builder takes:
 * checked by one zod schema, with a one-line error naming the file and what is wrong. Used by merge
 * and the Action's merge mode.
 *
 * zod alone is fast enough: on merge's benchmark (1,000 reports x 100 tasks, 100,005 commits) a
 * hand-written validator that skipped zod saved 4 % (--summary) to 8 % (--format json) of the
 * merge's CPU time and nothing measurable in wall time: less than a second validator must earn.
 */
const z = __importStar(__webpack_require__(4147));
const checkEstimates_js_1 = __webpack_require__(1784);
const userError_js_1 = __webpack_require__(40);
const renderReportJson_js_1 = __webpack_require__(5394);
// Bounds are the JSON's own, not the trailer grammar's: a report written by any version of this
// schema is read, and what the trailer schema accepts (finite, positive minutes; whole tokens up to
// a trillion) is inside them.
const figuresSchema = z.object({
    task: z.string(),
    taskId: z.string().optional(),
    humanMinutes: z.number().positive(),
    claudeMinutes: z.number().positive(),
    supervisoryMinutes: z.number().positive().optional(),
    tokens: z.number().int().nonnegative().optional(),
    estimatedBy: z.string().optional(),
    agent: z.string().optional(),
});
const problemSchema = z.object({ key: z.string(), value: z.string().optional(), message: z.string(), accepted: z.string() });
/** A commit listed in a squash commit's message (optional: reports before it have none). */
const embeddedSchema = z.object({ index: z.number().int().positive(), subject: z.string(), sha: z.string().regex(/^[0-9a-f]{7,64}$/).optional() });
const leverageCommitSchema = z.object({
    repo: z.string(),
    sha: z.string().regex(/^[0-9a-f]{7,64}$/),
    authorName: z.string(),
    authorEmail: z.string(),
    authorTime: z.number().int(),
    subject: z.string(),
    verdict: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('record'), figures: figuresSchema }),
        z.object({ kind: z.literal('link'), task: z.string().optional(), taskId: z.string().optional() }),
        z.object({
            kind: z.literal('calibration'),
            figures: z.object({
                task: z.string(),
                taskId: z.string().optional(),
                humanMinutes: z.number().positive(),
                humanActualMinutes: z.number().positive(),
                estimatedBy: z.string().optional(),
            }),
        }),
        z.object({ kind: z.literal('invalid'), problems: z.array(problemSchema) }),
    ]),
    embedded: embeddedSchema.optional(),
    /** Read from the commit's leverage note (optional: reports before notes have none). */
    note: z.literal(true).optional(),
});
/** A task's estimate check and what it was judged against (docs/estimates.md; optional: only when the check ran). */
const estimateCheckSchema = z.object({
    changedLines: z.number().int().nonnegative().nullable(),
    expectedHours: z.number().nonnegative().nullable(),
    ratio: z.number().nonnegative().nullable(),
    flagged: z.boolean(),
    reason: z.string(),
});
const estimateReferenceSchema = z.object({
    hoursPerLine: z.number().positive().nullable(),
    tasks: z.number().int().nonnegative(),
    minimumTasks: z.number().int().positive(),
    flagFactor: z.number().gt(1),
    lookbackDays: z.number().int().nonnegative(),
    notes: z.array(z.string()),
    reports: z.number().int().positive().optional(),
});
/** What a reader of a JSON report needs back: its window, labels and the commits it was built from. */
const reportInputSchema = z.object({
    schemaVersion: z.literal(renderReportJson_js_1.REPORT_SCHEMA_VERSION),
    window: z.object({
        kind: z.enum(['day', 'days', 'range', 'all']),
        label: z.string(),
        timezone: z.string(),
        start: z.number().optional(),
        end: z.number().optional(),
        range: z.string().optional(),
    }),
    agent: z.string(),
    repositories: z.array(z.string()),
    commits: z.array(leverageCommitSchema),
    // Of the tasks, only their estimate checks and the commits judged: merge rebuilds every figure from the commits.
    tasks: z
        .array(z.object({
        key: z.string(),
        commits: z.array(z.object({ repo: z.string(), sha: z.string(), copies: z.array(z.object({ repo: z.string(), sha: z.string() })).optional() })).optional(),
        estimateCheck: estimateCheckSchema.optional(),
    }))
        .optional(),
    estimateReference: estimateReferenceSchema.optional(),
});
class ReportJsonError extends userError_js_1.UserError {
    name = 'ReportJsonError';
}
exports.ReportJsonError = ReportJsonError;
/** Reads a JSON report's text back (for merge); the error names `source` and what is wrong. */
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
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * A parsed JSON report → what merge reads from it. The schema version is checked first, so a report
 * of another version gets that error rather than one about a field that version names differently.
 */
function reportInputOf(data, source) {
    if (!isObject(data) || data.schemaVersion === undefined) {
        throw new ReportJsonError(`${source}: not a git-leverage report: no schemaVersion (accepted: a report written by git-leverage report --format json)`);
    }
    if (data.schemaVersion !== renderReportJson_js_1.REPORT_SCHEMA_VERSION) {
        throw new ReportJsonError(`${source}: schemaVersion ${JSON.stringify(data.schemaVersion)} is not supported; this git-leverage reads schemaVersion ${renderReportJson_js_1.REPORT_SCHEMA_VERSION}`);
    }
    const parsed = reportInputSchema.safeParse(data);
    if (!parsed.success) {
        const [issue, ...more] = parsed.error.issues;
        const others = more.length === 0 ? '' : ` (and ${more.length} more ${more.length === 1 ? 'problem' : 'problems'})`;
        throw new ReportJsonError(`${source}: not a git-leverage report: ${issue?.path.join('.') || '(top level)'}: ${issue?.message}${others}`);
    }
    const { window, agent, repositories, commits, tasks, estimateReference } = parsed.data;
    if (estimateReference === undefined)
        return { window, agent, repositories, commits: commits, source };
    const estimateChecks = new Map();
    for (const task of tasks ?? []) {
        if (task.estimateCheck === undefined)
            continue;
        const judged = (task.commits ?? []).flatMap((commit) => [(0, checkEstimates_js_1.commitKey)(commit.repo, commit.sha), ...(commit.copies ?? []).map((copy) => (0, checkEstimates_js_1.commitKey)(copy.repo, copy.sha))]);
        estimateChecks.set(task.key, { check: task.estimateCheck, commits: new Set(judged) });
    }
    return { window, agent, repositories, commits: commits, source, estimateReference, estimateChecks };
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


/***/ }),

/***/ 4147:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   array: () => (/* reexport safe */ zod__WEBPACK_IMPORTED_MODULE_0__.YOg),
/* harmony export */   boolean: () => (/* reexport safe */ zod__WEBPACK_IMPORTED_MODULE_0__.zMY),
/* harmony export */   discriminatedUnion: () => (/* reexport safe */ zod__WEBPACK_IMPORTED_MODULE_0__.gMt),
/* harmony export */   "enum": () => (/* reexport safe */ zod__WEBPACK_IMPORTED_MODULE_0__.k5n),
/* harmony export */   literal: () => (/* reexport safe */ zod__WEBPACK_IMPORTED_MODULE_0__.euz),
/* harmony export */   number: () => (/* reexport safe */ zod__WEBPACK_IMPORTED_MODULE_0__.aig),
/* harmony export */   object: () => (/* reexport safe */ zod__WEBPACK_IMPORTED_MODULE_0__.Ikc),
/* harmony export */   string: () => (/* reexport safe */ zod__WEBPACK_IMPORTED_MODULE_0__.YjP)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);
// zod as the bundles take it: only the functions below. An ES module on purpose. ncc compiles our
// TypeScript to CommonJS (scripts/build.mjs), and a CommonJS `require('zod')` gets zod's CommonJS
// build whole, every locale with it (1 MB: importing the config parser took ~115 ms on Node 20,
// ~75 ms through this file). Imported from an ES module, zod's ES build is picked, and webpack keeps
// what these names need (the English messages too: zod's schemas load them). Name a function here
// and in zod.d.mts before using it; schemas are built at module load, so a name missing here fails
// every test that imports them.



/***/ })

};
;