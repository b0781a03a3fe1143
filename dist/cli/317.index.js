"use strict";
exports.id = 317;
exports.ids = [317];
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
const luxon_js_1 = __webpack_require__(8080);
const canonicalZone_js_1 = __webpack_require__(1688);
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
        const canonical = (0, canonicalZone_js_1.canonicalZone)(zone);
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
    return {
        window: mergedWindow(inputs, timezone),
        agent: mergedAgent(inputs),
        repositories: [...repositories],
        commits,
        record: (0, buildRecord_js_1.buildRecord)(commits, { sort: options.sort ?? 'factor' }),
    };
}


/***/ }),

/***/ 2450:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


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
const zod_1 = __webpack_require__(924);
const userError_js_1 = __webpack_require__(40);
const renderReportJson_js_1 = __webpack_require__(5394);
// Bounds are the JSON's own, not the trailer grammar's: a report written by any version of this
// schema is read, and what the trailer schema accepts (finite, positive minutes; whole tokens up to
// a trillion) is inside them.
const figuresSchema = zod_1.z.object({
    task: zod_1.z.string(),
    taskId: zod_1.z.string().optional(),
    humanMinutes: zod_1.z.number().positive(),
    claudeMinutes: zod_1.z.number().positive(),
    supervisoryMinutes: zod_1.z.number().positive().optional(),
    tokens: zod_1.z.number().int().nonnegative().optional(),
});
const problemSchema = zod_1.z.object({ key: zod_1.z.string(), value: zod_1.z.string().optional(), message: zod_1.z.string(), accepted: zod_1.z.string() });
const leverageCommitSchema = zod_1.z.object({
    repo: zod_1.z.string(),
    sha: zod_1.z.string().regex(/^[0-9a-f]{7,64}$/),
    authorName: zod_1.z.string(),
    authorEmail: zod_1.z.string(),
    authorTime: zod_1.z.number().int(),
    subject: zod_1.z.string(),
    verdict: zod_1.z.discriminatedUnion('kind', [
        zod_1.z.object({ kind: zod_1.z.literal('record'), figures: figuresSchema }),
        zod_1.z.object({ kind: zod_1.z.literal('link'), task: zod_1.z.string().optional(), taskId: zod_1.z.string().optional() }),
        zod_1.z.object({ kind: zod_1.z.literal('invalid'), problems: zod_1.z.array(problemSchema) }),
    ]),
});
/** What a reader of a JSON report needs back: its window, labels and the commits it was built from. */
const reportInputSchema = zod_1.z.object({
    schemaVersion: zod_1.z.literal(renderReportJson_js_1.REPORT_SCHEMA_VERSION),
    window: zod_1.z.object({
        kind: zod_1.z.enum(['day', 'days', 'range', 'all']),
        label: zod_1.z.string(),
        timezone: zod_1.z.string(),
        start: zod_1.z.number().optional(),
        end: zod_1.z.number().optional(),
        range: zod_1.z.string().optional(),
    }),
    agent: zod_1.z.string(),
    repositories: zod_1.z.array(zod_1.z.string()),
    commits: zod_1.z.array(leverageCommitSchema),
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
    const { window, agent, repositories, commits } = parsed.data;
    return { window, agent, repositories, commits: commits, source };
}


/***/ }),

/***/ 1688:
/***/ ((__unused_webpack_module, exports) => {


/**
 * One name per time zone, so that reports counted in `UTC`, `Etc/UTC` and `utc` (or `US/Eastern`
 * and `America/New_York`) are known to count the same days. Pure: Intl only.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.canonicalZone = canonicalZone;
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