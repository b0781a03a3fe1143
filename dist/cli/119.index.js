"use strict";
exports.id = 119;
exports.ids = [119];
exports.modules = {

/***/ 4131:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.estimatorKind = estimatorKind;
exports.estimatorShares = estimatorShares;
const valueGrammar_js_1 = __webpack_require__(3144);
const ORDER = [...valueGrammar_js_1.ESTIMATOR_KINDS, 'unstated'];
/** The kind an `Estimated-By` value names (the grammar has already folded the three words to lower case). */
function estimatorKind(estimatedBy) {
    if (estimatedBy === undefined)
        return 'unstated';
    return valueGrammar_js_1.ESTIMATOR_KINDS.includes(estimatedBy) ? estimatedBy : 'human';
}
/**
 * The shares, in the order agent, human, team, unstated (kinds with no record left out); undefined
 * when no record says who estimated, so a record written without the trailer reads as before.
 */
function estimatorShares(record) {
    const byKind = new Map();
    let stated = false;
    let total = 0;
    for (const task of record.tasks) {
        for (const commit of task.commits) {
            if (commit.role !== 'record' || !commit.figures)
                continue;
            const kind = estimatorKind(commit.figures.estimatedBy);
            if (kind !== 'unstated')
                stated = true;
            const entry = byKind.get(kind) ?? { records: 0, humanMinutes: 0 };
            entry.records += 1;
            entry.humanMinutes += commit.figures.humanMinutes;
            byKind.set(kind, entry);
            total += commit.figures.humanMinutes;
        }
    }
    if (!stated || total === 0)
        return undefined;
    return ORDER.flatMap((kind) => {
        const entry = byKind.get(kind);
        return entry ? [{ kind, records: entry.records, humanMinutes: entry.humanMinutes, share: entry.humanMinutes / total }] : [];
    });
}


/***/ }),

/***/ 2210:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SIZE_BANDS = exports.RATIO_MEANING = exports.BAND_MINIMUM_PAIRS = exports.MINIMUM_PAIRS = void 0;
exports.bandOf = bandOf;
exports.median = median;
exports.averageRanks = averageRanks;
exports.rankCorrelation = rankCorrelation;
exports.summarizeCalibration = summarizeCalibration;
exports.describeBias = describeBias;
/** Pairs needed before anything overall is said (rank correlation, median ratio, calibrated figures). */
exports.MINIMUM_PAIRS = 10;
/** Pairs a size band needs before its own median is given (and applied by `report --calibrated`). */
exports.BAND_MINIMUM_PAIRS = 5;
/** What a ratio means, said wherever one is shown. */
exports.RATIO_MEANING = 'A ratio is actual / estimate: above 1, the work took longer than estimated (the estimates are too low); below 1, it took less (too high).';
/** The size bands of the estimate, in hours: where the compression bias shows (short tasks over-, long ones under-estimated). */
exports.SIZE_BANDS = [
    { band: 'under-1h', label: 'under 1 h', fromHours: 0, toHours: 1 },
    { band: '1-8h', label: '1 to 8 h', fromHours: 1, toHours: 8 },
    { band: '8-40h', label: '8 to 40 h', fromHours: 8, toHours: 40 },
    { band: '40h-plus', label: '40 h or more', fromHours: 40, toHours: null },
];
/** The band an estimate (minutes) falls in. */
function bandOf(estimateMinutes) {
    const hours = estimateMinutes / 60;
    const found = exports.SIZE_BANDS.find((band) => hours >= band.fromHours && (band.toHours === null || hours < band.toHours));
    return found?.band ?? '40h-plus';
}
/** The median of a non-empty list (the mean of the middle two for an even count). */
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
/** 1-based ranks, tied values sharing the average of the ranks they span. */
function averageRanks(values) {
    const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
    const ranks = new Array(values.length);
    let start = 0;
    while (start < order.length) {
        let end = start;
        while (end + 1 < order.length && order[end + 1].value === order[start].value)
            end += 1;
        const rank = (start + end) / 2 + 1;
        for (let at = start; at <= end; at += 1)
            ranks[order[at].index] = rank;
        start = end + 1;
    }
    return ranks;
}
/** Pearson's correlation; undefined when either side does not vary. */
function pearson(xs, ys) {
    const n = xs.length;
    const meanX = xs.reduce((sum, x) => sum + x, 0) / n;
    const meanY = ys.reduce((sum, y) => sum + y, 0) / n;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < n; i += 1) {
        const dx = xs[i] - meanX;
        const dy = ys[i] - meanY;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    return sxx === 0 || syy === 0 ? undefined : sxy / Math.sqrt(sxx * syy);
}
/** Spearman's rank correlation: Pearson's on the ranks, ties averaged (so it is right with ties, where 1 - 6Σd²/… is not). */
function rankCorrelation(xs, ys) {
    if (xs.length < 2)
        return undefined;
    return pearson(averageRanks(xs), averageRanks(ys));
}
function interval(rho, n) {
    if (n <= 3 || Math.abs(rho) >= 1)
        return null;
    const z = Math.atanh(rho);
    const half = 1.96 * Math.sqrt(1.06 / (n - 3));
    return [Math.tanh(z - half), Math.tanh(z + half)];
}
/** What the pairs say about the estimates (`minimumPairs` is a parameter for tests; the command uses MINIMUM_PAIRS). */
function summarizeCalibration(pairs, minimumPairs = exports.MINIMUM_PAIRS, bandMinimumPairs = exports.BAND_MINIMUM_PAIRS) {
    const ratio = (pair) => pair.actualMinutes / pair.estimateMinutes;
    const enough = pairs.length >= minimumPairs;
    const bands = exports.SIZE_BANDS.map((band) => {
        const inBand = pairs.filter((pair) => bandOf(pair.estimateMinutes) === band.band);
        return { ...band, pairs: inBand.length, medianRatio: inBand.length >= bandMinimumPairs ? median(inBand.map(ratio)) : null };
    });
    const rho = enough ? rankCorrelation(pairs.map((pair) => pair.estimateMinutes), pairs.map((pair) => pair.actualMinutes)) : undefined;
    return {
        pairs: pairs.length,
        minimumPairs,
        bandMinimumPairs,
        enough,
        rankCorrelation: rho ?? null,
        rankCorrelationInterval: rho === undefined ? null : interval(rho, pairs.length),
        medianRatio: enough && pairs.length > 0 ? median(pairs.map(ratio)) : null,
        bands,
    };
}
/** How far from 1 both end bands' medians must be before a bias is named: a fifth, so noise around 1 is not called one. */
const BIAS_MARGIN = 1.2;
/**
 * The compression bias in words, when the bands show it: the shortest band with a median took at
 * least a fifth less than estimated and the longest at least a fifth more (or the reverse, an
 * expansion). Undefined otherwise.
 */
function describeBias(summary) {
    const given = summary.bands.filter((band) => band.medianRatio !== null);
    const first = given[0];
    const last = given[given.length - 1];
    if (!summary.enough || first === undefined || last === undefined || first === last)
        return undefined;
    const [short, long] = [first.medianRatio, last.medianRatio];
    if (short <= 1 / BIAS_MARGIN && long >= BIAS_MARGIN)
        return `Compression bias: estimates ${first.label} ran short of their estimate (median ${short.toFixed(2)}), estimates ${last.label} ran long (${long.toFixed(2)}): short tasks are overestimated and long ones underestimated.`;
    if (short >= BIAS_MARGIN && long <= 1 / BIAS_MARGIN)
        return `The reverse of the usual compression: estimates ${first.label} ran long (median ${short.toFixed(2)}), estimates ${last.label} ran short (${long.toFixed(2)}).`;
    return undefined;
}


/***/ }),

/***/ 5275:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SUMMARY_FORMATS = void 0;
exports.checkSummaryFormat = checkSummaryFormat;
const userError_js_1 = __webpack_require__(40);
/** The formats `--summary` shortens. */
exports.SUMMARY_FORMATS = ['md', 'text'];
/** Throws a UsageError when `--summary` is asked for in a format it does not apply to. */
function checkSummaryFormat(format, summary) {
    if (!summary || exports.SUMMARY_FORMATS.includes(format))
        return;
    const instead = format === 'csv' ? ' (for a row a period instead of a row a task, use --by day, week or month)' : '';
    throw new userError_js_1.UsageError(`--summary applies to ${exports.SUMMARY_FORMATS.join(' and ')} output: a ${format} report always holds every task${instead}`);
}


/***/ }),

/***/ 819:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.writeChunks = writeChunks;
/**
 * Writes text made piece by piece (renderReportChunks) to a file or to standard output, each piece
 * written while the next is made: a long history's report is never held, copied or encoded whole.
 * Every command that writes a report or a file writes it here (report, demo, merge, dashboard).
 */
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const output_js_1 = __webpack_require__(6657);
/**
 * Writes `chunks` to `output` (a path from the command line, relative to the working folder; its
 * missing folders are created, as the Action's `output-file` does), or to standard output when
 * `output` is undefined. A file that cannot be written is a one-line OutputError naming it as the
 * user did; standard output's failures are its writer's (streamWriter). Errors raised while the
 * chunks are rendered pass through unchanged.
 */
async function writeChunks(chunks, output, context) {
    if (output === undefined) {
        // A closed pipe throws out of stdout at the next chunk, so rendering stops there too.
        for (const chunk of chunks)
            context.io.stdout(chunk);
        return;
    }
    const file = node_path_1.default.resolve(context.io.cwd, output);
    const fail = (error) => (0, output_js_1.outputError)(output, error);
    let handle;
    try {
        await (0, promises_1.mkdir)(node_path_1.default.dirname(file), { recursive: true });
        handle = await (0, promises_1.open)(file, 'w');
    }
    catch (error) {
        throw fail(error);
    }
    let written = Promise.resolve();
    try {
        for (const chunk of chunks) {
            await written;
            written = handle.write(chunk).catch((error) => Promise.reject(fail(error)));
        }
        await written;
    }
    finally {
        // Rendering failed with a write in flight: its outcome no longer matters, but must be awaited.
        await written.catch(() => undefined);
        await handle.close().catch((error) => Promise.reject(fail(error)));
    }
}


/***/ }),

/***/ 1784:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.commitKey = commitKey;
exports.sizeTasks = sizeTasks;
exports.referenceRate = referenceRate;
exports.formatHours = formatHours;
exports.judgeEstimate = judgeEstimate;
exports.checkEstimates = checkEstimates;
exports.flaggedSummary = flaggedSummary;
const formatNumbers_js_1 = __webpack_require__(139);
/** Where a commit's size is kept: repository label and sha. */
function commitKey(repo, sha) {
    return `${repo}\u0000${sha}`;
}
/**
 * Each task's change size: the changed lines of its commits (records and links; a copy reached
 * elsewhere is the same change, counted once). A commit that holds records of several tasks (a
 * squash commit listing them) cannot be shared out by lines, so its tasks are left unmeasured.
 */
function sizeTasks(tasks, linesByCommit) {
    const owners = new Map();
    const shared = new Set();
    for (const task of tasks) {
        for (const commit of task.commits) {
            const key = commitKey(commit.repo, commit.sha);
            const owner = owners.get(key);
            if (owner === undefined)
                owners.set(key, task);
            else if (owner !== task)
                shared.add(key);
        }
    }
    const sizes = new Map();
    for (const task of tasks) {
        const keys = new Map(task.commits.map((commit) => [commitKey(commit.repo, commit.sha), commit.sha.slice(0, 12)]));
        let lines = 0;
        let size;
        for (const [key, sha] of keys) {
            if (shared.has(key)) {
                size = { unmeasured: `its commit ${sha} also holds other tasks' records, so its lines cannot be shared out` };
                break;
            }
            const counted = linesByCommit.get(key);
            if (counted === undefined) {
                size = { unmeasured: `git has no change for its commit ${sha}` };
                break;
            }
            lines += counted;
        }
        sizes.set(task, size ?? { lines });
    }
    return sizes;
}
/** The median of log(hours per line) over the tasks with a change, as hours per line. */
function referenceRate(samples) {
    const logs = samples.filter((sample) => sample.lines > 0 && sample.humanMinutes > 0).map((sample) => Math.log(sample.humanMinutes / 60 / sample.lines));
    if (logs.length === 0)
        return { hoursPerLine: undefined, tasks: 0 };
    logs.sort((a, b) => a - b);
    const middle = logs.length >> 1;
    const median = logs.length % 2 === 1 ? logs[middle] : (logs[middle - 1] + logs[middle]) / 2;
    return { hoursPerLine: Math.exp(median), tasks: logs.length };
}
/** Hours for people: `480`, `1.5`, `0.25`, and two significant digits below 0.1 (`0.021`). */
function formatHours(hours) {
    if (hours >= 0.1 || hours === 0)
        return (0, formatNumbers_js_1.formatDecimal)(hours, hours >= 10 ? 0 : hours >= 1 ? 1 : 2, 0, true);
    const digits = Math.min(12, 1 - Math.floor(Math.log10(hours)));
    return (0, formatNumbers_js_1.formatDecimal)(hours, digits, 0, false);
}
function linesInWords(lines) {
    return `${(0, formatNumbers_js_1.formatTotal)(lines)} changed ${lines === 1 ? 'line' : 'lines'}`;
}
/** The verdict on one task, given its size and the reference (hoursPerLine undefined: too few tasks). */
function judgeEstimate(humanMinutes, size, reference, settings) {
    const hours = humanMinutes / 60;
    if ('unmeasured' in size)
        return { changedLines: null, expectedHours: null, ratio: null, flagged: false, reason: `not judged: ${size.unmeasured}` };
    const changedLines = size.lines;
    if (reference.hoursPerLine === undefined || reference.tasks < settings.minimumTasks) {
        return { changedLines, expectedHours: null, ratio: null, flagged: false, reason: `not enough history (${reference.tasks} ${reference.tasks === 1 ? 'task' : 'tasks'}, needs ${settings.minimumTasks})` };
    }
    if (changedLines === 0) {
        return { changedLines, expectedHours: null, ratio: null, flagged: false, reason: 'not judged: no changed lines left once binary files, lockfiles and generated, vendored or excluded files are set aside' };
    }
    const expectedHours = reference.hoursPerLine * changedLines;
    const ratio = hours / expectedHours;
    const flagged = ratio > settings.flagFactor || ratio < 1 / settings.flagFactor;
    const rate = `tasks here run about ${formatHours(reference.hoursPerLine)} h per line`;
    const said = `${formatHours(hours)} h for ${linesInWords(changedLines)}`;
    const reason = flagged
        ? `${said}; ${rate}, so about ${formatHours(expectedHours)} h (${ratio > 1 ? `${(0, formatNumbers_js_1.formatDecimal)(ratio, 1, 0, true)}x above` : `${(0, formatNumbers_js_1.formatDecimal)(1 / ratio, 1, 0, true)}x below`})`
        : `${said}: within ${(0, formatNumbers_js_1.formatDecimal)(settings.flagFactor, 2, 0, false)}x of the ${formatHours(expectedHours)} h its size suggests`;
    return { changedLines, expectedHours, ratio, flagged, reason };
}
/**
 * Judges every task of `tasks` against the reference made of `reference` (tasks of the window and
 * its look-back; the window's own tasks may be among them). Returns the verdicts in `tasks` order.
 */
function checkEstimates(tasks, reference, linesByCommit, settings) {
    const sizes = sizeTasks([...new Set([...tasks, ...reference])], linesByCommit);
    const samples = reference.flatMap((task) => {
        const size = sizes.get(task);
        return size !== undefined && 'lines' in size ? [{ humanMinutes: task.humanMinutes, lines: size.lines }] : [];
    });
    const rate = referenceRate(samples);
    const checks = tasks.map((task) => judgeEstimate(task.humanMinutes, sizes.get(task), rate, settings));
    return { checks, hoursPerLine: rate.tasks >= settings.minimumTasks ? rate.hoursPerLine : undefined, referenceTasks: rate.tasks };
}
/** The flagged tasks and the hours their estimates add to the total. */
function flaggedSummary(tasks) {
    const flagged = tasks.filter((task) => task.estimateCheck?.flagged === true);
    return { flagged, humanMinutes: flagged.reduce((sum, task) => sum + task.humanMinutes, 0) };
}


/***/ }),

/***/ 5985:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.agentBreakdown = agentBreakdown;
const leverageMetrics_js_1 = __webpack_require__(3817);
/**
 * The breakdown of a record's tasks, or undefined when they come from one agent only (every record
 * names the same agent, or none does): then there is nothing to break down, and the report reads as
 * it did before `Agent` existed.
 */
function agentBreakdown(tasks) {
    // Shares by the agent's key, and a cache from each spelling met to its share: one Map lookup a record.
    const byKey = new Map();
    const bySpelling = new Map();
    const shareOf = (spelling, time, sha) => {
        let share = bySpelling.get(spelling);
        if (share === undefined) {
            const key = spelling?.toLowerCase();
            share = byKey.get(key);
            if (share === undefined) {
                share = { key, agent: spelling, tasks: 0, records: 0, humanMinutes: 0, claudeMinutes: 0, supervisoryMinutes: undefined, supervisedHumanMinutes: 0, tokens: undefined, factor: 0, supervisoryFactor: undefined, firstTime: time, firstSha: sha };
                byKey.set(key, share);
            }
            bySpelling.set(spelling, share);
        }
        return share;
    };
    let tasksWithSeveralAgents = 0;
    const inTask = [];
    for (const task of tasks) {
        inTask.length = 0;
        for (const commit of task.commits) {
            const figures = commit.figures;
            if (commit.role !== 'record' || figures === undefined)
                continue;
            const share = shareOf(figures.agent, commit.authorTime, commit.sha);
            if (commit.authorTime < share.firstTime || (commit.authorTime === share.firstTime && commit.sha < share.firstSha)) {
                share.firstTime = commit.authorTime;
                share.firstSha = commit.sha;
                share.agent = figures.agent;
            }
            share.records += 1;
            (0, leverageMetrics_js_1.addFigures)(share, figures);
            if (!inTask.includes(share))
                inTask.push(share);
        }
        for (const share of inTask)
            share.tasks += 1;
        if (inTask.length > 1)
            tasksWithSeveralAgents += 1;
    }
    if (byKey.size < 2)
        return undefined;
    const shares = [...byKey.values()].map(({ key: _key, firstTime: _time, firstSha: _sha, ...share }) => ({
        ...share,
        factor: (0, leverageMetrics_js_1.factorOf)(share),
        supervisoryFactor: (0, leverageMetrics_js_1.supervisoryFactorOf)(share),
    }));
    shares.sort(compareShares);
    return { shares, tasksWithSeveralAgents };
}
/** Most hours first, then by name in code-unit order (the same on every machine); "not stated" last. */
function compareShares(a, b) {
    if (a.agent === undefined || b.agent === undefined)
        return a.agent === b.agent ? 0 : a.agent === undefined ? 1 : -1;
    const byHours = b.humanMinutes - a.humanMinutes;
    if (byHours !== 0)
        return byHours;
    return a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0;
}


/***/ }),

/***/ 3817:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HOURS_PER_WEEK = void 0;
exports.factorOf = factorOf;
exports.supervisoryFactorOf = supervisoryFactorOf;
exports.addFigures = addFigures;
exports.computeTotals = computeTotals;
/** A human-equivalent week. */
exports.HOURS_PER_WEEK = 40;
/** Factor: human-estimate minutes over agent minutes. */
function factorOf(row) {
    return row.humanMinutes / row.claudeMinutes;
}
/** Sup. Factor: the human minutes of the supervised records over their supervisory minutes. */
function supervisoryFactorOf(row) {
    return row.supervisoryMinutes === undefined ? undefined : row.supervisedHumanMinutes / row.supervisoryMinutes;
}
/** Adds one record's figures to a task's (or a roll-up share's) sums. */
function addFigures(row, figures) {
    row.humanMinutes += figures.humanMinutes;
    row.claudeMinutes += figures.claudeMinutes;
    if (figures.supervisoryMinutes !== undefined) {
        row.supervisoryMinutes = (row.supervisoryMinutes ?? 0) + figures.supervisoryMinutes;
        row.supervisedHumanMinutes += figures.humanMinutes;
    }
    if (figures.tokens !== undefined)
        row.tokens = (row.tokens ?? 0) + figures.tokens;
}
/** The totals of a set of tasks (or of their shares in one period). */
function computeTotals(rows) {
    let humanMinutes = 0;
    let claudeMinutes = 0;
    let supervisoryMinutes;
    let supervisedHumanMinutes = 0;
    let tokens;
    let tasksWithoutSupervision = 0;
    let tasksWithoutTokens = 0;
    for (const row of rows) {
        humanMinutes += row.humanMinutes;
        claudeMinutes += row.claudeMinutes;
        if (row.supervisoryMinutes === undefined)
            tasksWithoutSupervision += 1;
        else {
            supervisoryMinutes = (supervisoryMinutes ?? 0) + row.supervisoryMinutes;
            supervisedHumanMinutes += row.supervisedHumanMinutes;
        }
        if (row.tokens === undefined)
            tasksWithoutTokens += 1;
        else
            tokens = (tokens ?? 0) + row.tokens;
    }
    return {
        tasks: rows.length,
        humanMinutes,
        claudeMinutes,
        supervisoryMinutes,
        supervisedHumanMinutes,
        tokens,
        factor: claudeMinutes > 0 ? humanMinutes / claudeMinutes : undefined,
        supervisoryFactor: supervisoryMinutes ? supervisedHumanMinutes / supervisoryMinutes : undefined,
        weeks: humanMinutes / 60 / exports.HOURS_PER_WEEK,
        tasksWithoutSupervision,
        tasksWithoutTokens,
    };
}


/***/ }),

/***/ 8548:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createRecordBuilder = createRecordBuilder;
exports.buildRecord = buildRecord;
/**
 * Commits → tasks → totals. Pure: the counting rules of the README live here and only here.
 *
 * - a record (figures) or a link (Task/Task-Id only) joins the task of its Task-Id, else of its Task text;
 * - the same commit reached twice, or a cherry-picked/rebased copy of a record (same author, author
 *   date and leverage trailers), counts once;
 * - a record listed in a squash commit's message counts as a record of the squash commit, once
 *   even when its original commit is reached too (the sha the message names, or the same trailers);
 * - a commit whose trailers do not validate is skipped and listed, never guessed.
 */
const leverageMetrics_js_1 = __webpack_require__(3817);
/** The same leverage trailers: task, Task-Id and every figure. */
function sameFigures(other, figures) {
    return (other.task === figures.task &&
        (other.taskId ?? null) === (figures.taskId ?? null) &&
        other.humanMinutes === figures.humanMinutes &&
        other.claudeMinutes === figures.claudeMinutes &&
        (other.supervisoryMinutes ?? null) === (figures.supervisoryMinutes ?? null) &&
        (other.tokens ?? null) === (figures.tokens ?? null));
}
/**
 * The same record, however it was reached: author (e-mail, case-insensitively), author date and
 * figures. `counted` is a record already counted at the same author time.
 */
function sameRecord(counted, commit, figures) {
    return sameFigures(counted.verdict.figures, figures) && counted.authorEmail.toLowerCase() === commit.authorEmail.toLowerCase();
}
/**
 * A record listed in a squash commit and a record reached otherwise are the same record when their
 * leverage trailers are the same (the squash commit has its own author and date, so sameRecord's
 * cannot apply); two listed in the same squash commit are two records.
 */
function sameListedRecord(counted, commit, figures) {
    if (counted.embedded === undefined && commit.embedded === undefined)
        return false;
    if (counted.embedded !== undefined && commit.embedded !== undefined && counted.sha === commit.sha)
        return false;
    return sameFigures(counted.figures, figures);
}
/** Where records with the same leverage trailers are kept for sameListedRecord (a string made only once squash commits appear). */
function figuresKey(figures) {
    return JSON.stringify([figures.task, figures.taskId ?? null, figures.humanMinutes, figures.claudeMinutes, figures.supervisoryMinutes ?? null, figures.tokens ?? null]);
}
/** Whitespace other than single spaces: only then does normalising a task text change it. */
const UNNORMALISED_SPACE = /\s\s|[^\S ]/;
/** A task text as it groups tasks: runs of whitespace as one space. */
function normaliseText(task) {
    return UNNORMALISED_SPACE.test(task) ? task.replace(/\s+/g, ' ') : task;
}
/** Accumulates commits one at a time (so a collector can stream), then produces the record. */
function createRecordBuilder(options) {
    const seenShas = new Map();
    // Records counted, by author time (a number: no identity string is built per commit). Author
    // times rarely repeat, so most entries hold one commit; its TaskCommit is seenShas' entry.
    const recordsByTime = new Map();
    // Tasks by key (`id:<lower-case id>` / `text:<normalised text>`), split in two maps so a lookup
    // needs no key string; `rows` keeps the order in which tasks were first seen.
    const tasksById = new Map();
    const tasksByText = new Map();
    const rows = [];
    const links = [];
    const skipped = [];
    // Counted records by their leverage trailers (figuresKey), for records listed in squash commits:
    // made at the first such record (most histories have none), kept up to date from then on.
    let byFigures;
    function indexFigures() {
        const index = new Map();
        for (const row of rows)
            for (const counted of row.commits)
                addToIndex(index, counted);
        return index;
    }
    function addToIndex(index, counted) {
        const key = figuresKey(counted.figures);
        const same = index.get(key);
        if (same)
            same.push(counted);
        else
            index.set(key, [counted]);
    }
    /** The counted record `commit` is a copy of, if any; otherwise notes `commit` as counted. */
    function countedCopyOf(commit, taskCommit, figures) {
        // A listed record has the squash commit's author and date, shared by every record it lists.
        if (commit.embedded === undefined) {
            const counted = recordsByTime.get(commit.authorTime);
            if (counted === undefined)
                recordsByTime.set(commit.authorTime, commit);
            else {
                const original = Array.isArray(counted) ? counted.find((other) => sameRecord(other, commit, figures)) : sameRecord(counted, commit, figures) ? counted : undefined;
                if (original !== undefined)
                    return seenShas.get(original.sha);
                if (Array.isArray(counted))
                    counted.push(commit);
                else
                    recordsByTime.set(commit.authorTime, [counted, commit]);
            }
            if (byFigures === undefined)
                return undefined;
        }
        byFigures ??= indexFigures();
        const listed = byFigures.get(figuresKey(figures))?.find((other) => sameListedRecord(other, commit, figures));
        if (listed !== undefined)
            return listed;
        addToIndex(byFigures, taskCommit);
        return undefined;
    }
    function add(commit) {
        const embedded = commit.embedded;
        // A squash commit holds several records: each is told apart by its place in the message.
        const id = embedded === undefined ? commit.sha : `${commit.sha}#${embedded.index}`;
        const seen = seenShas.get(id) ?? (embedded?.sha !== undefined ? seenShas.get(embedded.sha) : undefined);
        if (seen !== undefined) {
            if ('role' in seen) {
                const { copies } = seen;
                // The same commit in another repository, or the original of a listed record (or the reverse).
                const again = seen.sha === commit.sha ? seen.repo === commit.repo || copies.some((c) => c.repo === commit.repo) : copies.some((c) => c.repo === commit.repo && c.sha === commit.sha);
                if (!again)
                    copies.push({ repo: commit.repo, sha: commit.sha });
            }
            return;
        }
        const verdict = commit.verdict;
        if (verdict.kind === 'invalid') {
            const entry = { repo: commit.repo, sha: commit.sha, subject: commit.subject, authorTime: commit.authorTime, problems: verdict.problems };
            if (embedded)
                entry.embedded = embedded;
            if (commit.note)
                entry.note = true;
            skipped.push(entry);
            seenShas.set(id, entry);
            return;
        }
        // A calibration pair (work done without an agent) is read by calibrate, never counted as leverage.
        if (verdict.kind === 'calibration')
            return;
        const taskCommit = {
            repo: commit.repo,
            sha: commit.sha,
            authorTime: commit.authorTime,
            subject: commit.subject,
            role: verdict.kind,
            figures: verdict.kind === 'record' ? verdict.figures : undefined,
            copies: [],
        };
        if (embedded)
            taskCommit.embedded = embedded;
        if (commit.note)
            taskCommit.note = true;
        seenShas.set(id, taskCommit);
        // The original commit a squash message names, reached later, is this record again.
        if (embedded?.sha !== undefined)
            seenShas.set(embedded.sha, taskCommit);
        if (verdict.kind === 'link') {
            links.push({ commit: taskCommit, task: verdict.task, taskId: verdict.taskId });
            return;
        }
        const figures = verdict.figures;
        const original = countedCopyOf(commit, taskCommit, figures);
        if (original !== undefined) {
            original.copies.push({ repo: commit.repo, sha: commit.sha });
            return;
        }
        addRecordToTask(taskCommit, figures);
    }
    /** Where a task is kept: by lower-case Task-Id, else by its text with whitespace normalised. */
    function taskSlot(task, taskId) {
        if (taskId !== undefined) {
            const key = taskId.toLowerCase();
            return { tasks: tasksById, key, rowKey: `id:${key}` };
        }
        const key = normaliseText(task ?? '');
        return { tasks: tasksByText, key, rowKey: `text:${key}` };
    }
    function findTask(task, taskId) {
        const { tasks, key } = taskSlot(task, taskId);
        return tasks.get(key);
    }
    function addRecordToTask(commit, figures) {
        const slot = taskSlot(figures.task, figures.taskId);
        const row = slot.tasks.get(slot.key);
        if (row === undefined) {
            const created = {
                key: slot.rowKey,
                task: figures.task,
                taskId: figures.taskId,
                humanMinutes: 0,
                claudeMinutes: 0,
                supervisoryMinutes: undefined,
                supervisedHumanMinutes: 0,
                tokens: undefined,
                factor: 0,
                supervisoryFactor: undefined,
                firstAuthorTime: commit.authorTime,
                lastAuthorTime: commit.authorTime,
                repositories: [commit.repo], // finish() replaces it unless the task is this one commit, reached once
                commits: [commit],
            };
            slot.tasks.set(slot.key, created);
            rows.push(created);
            addToRow(created, figures);
            return;
        }
        if (commit.authorTime < row.firstAuthorTime) {
            // The earliest record names the task (collectors walk newest first).
            row.firstAuthorTime = commit.authorTime;
            row.task = figures.task;
        }
        if (commit.authorTime > row.lastAuthorTime)
            row.lastAuthorTime = commit.authorTime;
        row.commits.push(commit);
        addToRow(row, figures);
    }
    /** Adds a record's figures to its task and keeps the task's factors current. */
    function addToRow(row, figures) {
        (0, leverageMetrics_js_1.addFigures)(row, figures);
        row.factor = (0, leverageMetrics_js_1.factorOf)(row);
        row.supervisoryFactor = (0, leverageMetrics_js_1.supervisoryFactorOf)(row);
    }
    function attachLinks() {
        const unmatched = [];
        if (links.length === 0)
            return unmatched;
        // Tasks by their text whatever their key, for a link with only Task text to find a task that has
        // a Task-Id: built only when such a link is not found otherwise (links usually carry Task-Id).
        let byText;
        const taskOfText = (text) => {
            if (!byText) {
                byText = new Map();
                for (const row of rows) {
                    const rowText = normaliseText(row.task);
                    if (!byText.has(rowText))
                        byText.set(rowText, row);
                }
            }
            return byText.get(normaliseText(text));
        };
        for (const link of links) {
            const row = findTask(link.task, link.taskId) ?? (link.taskId === undefined ? taskOfText(link.task ?? '') : undefined);
            if (row)
                row.commits.push(link.commit);
            else
                unmatched.push(link.commit);
        }
        return unmatched;
    }
    function finish() {
        const unmatchedLinks = attachLinks();
        for (let index = 0; index < rows.length; index += 1) {
            const row = rows[index];
            const commits = row.commits;
            const only = commits.length === 1 ? commits[0] : undefined;
            if (only !== undefined && only.copies.length === 0)
                continue; // most tasks: one commit, reached once
            commits.sort((a, b) => a.authorTime - b.authorTime || a.sha.localeCompare(b.sha));
            const repositories = new Set();
            for (const commit of commits) {
                repositories.add(commit.repo);
                for (const copy of commit.copies)
                    repositories.add(copy.repo);
            }
            row.repositories = [...repositories].sort();
        }
        sortRows(rows, options.sort);
        skipped.sort((a, b) => a.authorTime - b.authorTime || a.repo.localeCompare(b.repo) || a.sha.localeCompare(b.sha));
        return { tasks: rows, totals: (0, leverageMetrics_js_1.computeTotals)(rows), skipped, unmatchedLinks };
    }
    return { add, finish };
}
/** Convenience for callers that already hold every commit. */
function buildRecord(commits, options) {
    const builder = createRecordBuilder(options);
    for (const commit of commits)
        builder.add(commit);
    return builder.finish();
}
/** Task keys in code-unit order: the same on every machine, whatever its locale (localeCompare's is not). */
function compareKeys(a, b) {
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
function byTime(a, b) {
    return a.firstAuthorTime - b.firstAuthorTime || compareKeys(a, b);
}
/** Task Log order: by factor, descending, equal factors in the order the work was done (`--sort time`: that order alone). */
function sortRows(rows, sort) {
    rows.sort(sort === 'time' ? byTime : (a, b) => b.factor - a.factor || byTime(a, b));
}


/***/ }),

/***/ 9510:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NOT_STATED = void 0;
exports.renderAgentSection = renderAgentSection;
exports.agentSectionLines = agentSectionLines;
exports.agentSectionHtml = agentSectionHtml;
/**
 * The **By agent** section, under the Aggregate Statistics: each coding agent's tasks, hours, minutes
 * and factors (metrics/agentBreakdown.ts), in Markdown, plain text and HTML. Nothing when the records
 * come from one agent, so such a report reads exactly as before the `Agent` trailer.
 */
const agentBreakdown_js_1 = __webpack_require__(5985);
const formatNumbers_js_1 = __webpack_require__(139);
/** How records without `Agent` are named: parentheses, which the `Agent` grammar never accepts, so no agent can be called this. */
exports.NOT_STATED = '(not stated)';
const HEADER = ['Agent', 'Tasks', 'Human-equivalent hours', 'Agent minutes', 'Supervisory minutes', 'Tokens', 'Factor', 'Sup. Factor'];
/** A row's cells; `name` makes the agent's name safe for the target format. */
function cells(share, name) {
    return [
        share.agent === undefined ? exports.NOT_STATED : name(share.agent),
        (0, formatNumbers_js_1.formatTotal)(share.tasks),
        (0, formatNumbers_js_1.formatTotal)(share.humanMinutes / 60),
        (0, formatNumbers_js_1.formatTotal)(share.claudeMinutes),
        (0, formatNumbers_js_1.formatTotal)(share.supervisoryMinutes),
        (0, formatNumbers_js_1.formatTotal)(share.tokens),
        (0, formatNumbers_js_1.formatAverageFactor)(share.factor),
        (0, formatNumbers_js_1.formatAverageFactor)(share.supervisoryFactor),
    ];
}
/** What the table counts, in words: by record, and where a task is counted twice. */
function notes(breakdown, totalTasks, code) {
    const unstated = breakdown.shares.some((share) => share.agent === undefined);
    const lines = [
        `Hours, minutes, tokens and factors are those of each agent's own records, so the rows add up to the Aggregate Statistics.${unstated ? ` Records without an ${code('Agent')} trailer are counted as ${exports.NOT_STATED}.` : ''}`,
    ];
    const n = breakdown.tasksWithSeveralAgents;
    if (n > 0) {
        lines.push(`${(0, formatNumbers_js_1.formatTotal)(n)} ${n === 1 ? 'task has records' : 'tasks have records'} by more than one agent and ${n === 1 ? 'is' : 'are'} counted under each, so the Tasks column adds up to more than the ${(0, formatNumbers_js_1.formatTotal)(totalTasks)} tasks.`);
    }
    return lines;
}
const tableLine = (row) => `| ${row.join(' | ')} |`;
/** The section's Markdown (heading, table, notes), or undefined with one agent; `escape` is the renderer's inline escaping. */
function renderAgentSection(report, hashes, escape) {
    const breakdown = (0, agentBreakdown_js_1.agentBreakdown)(report.record.tasks);
    if (breakdown === undefined)
        return undefined;
    const table = [tableLine(HEADER), `|${HEADER.map(() => '---').join('|')}|`, ...breakdown.shares.map((share) => tableLine(cells(share, escape)))].join('\n');
    const listed = notes(breakdown, report.record.totals.tasks, (text) => `\`${text}\``).map((note) => `- ${note}`);
    return [`${hashes}# By agent`, table, listed.join('\n')].join('\n\n');
}
/**
 * The same section as plain lines for a terminal, or none with one agent. `align` is the text
 * renderer's column aligner (right-aligned columns given), `sanitize` strips control characters.
 */
function agentSectionLines(report, sanitize, align) {
    const breakdown = (0, agentBreakdown_js_1.agentBreakdown)(report.record.tasks);
    if (breakdown === undefined)
        return [];
    const aligned = align([HEADER, ...breakdown.shares.map((share) => cells(share, sanitize))], new Set([1, 2, 3, 4, 5, 6, 7]));
    return ['', 'By agent:', aligned[0], '-'.repeat(aligned[0].length), ...aligned.slice(1), ...notes(breakdown, report.record.totals.tasks, (text) => text)];
}
/** The section as HTML for the dashboard (`escapeHtml` is the page's), or '' with one agent. */
function agentSectionHtml(report, escapeHtml) {
    const breakdown = (0, agentBreakdown_js_1.agentBreakdown)(report.record.tasks);
    if (breakdown === undefined)
        return '';
    const row = (values, tag) => `<tr>${values.map((value, column) => `<${tag}${column > 0 ? ' class="num"' : ''}>${value}</${tag}>`).join('')}</tr>`;
    const body = breakdown.shares.map((share) => row(cells(share, (text) => text).map((cell) => escapeHtml(cell)), 'td'));
    const listed = notes(breakdown, report.record.totals.tasks, (text) => `<code>${text}</code>`).map((note) => `<li>${note}</li>`);
    return `<section class="agents" id="agents">
<h2>By agent</h2>
<div class="table-wrap"><table>
<thead>${row(HEADER.map(escapeHtml), 'th')}</thead>
<tbody>
${body.join('\n')}
</tbody>
</table></div>
<ul>
${listed.join('\n')}
</ul>
</section>
`;
}


/***/ }),

/***/ 3934:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.aggregateRows = aggregateRows;
const formatNumbers_js_1 = __webpack_require__(139);
function aggregateRows(totals, agentLabel) {
    return [
        ['Total tasks', (0, formatNumbers_js_1.formatTotal)(totals.tasks)],
        ['Total human-equivalent hours', (0, formatNumbers_js_1.formatTotal)(totals.humanMinutes / 60)],
        [`Total ${agentLabel} minutes`, (0, formatNumbers_js_1.formatTotal)(totals.claudeMinutes)],
        ['Total supervisory minutes', (0, formatNumbers_js_1.formatTotal)(totals.supervisoryMinutes)],
        ['Total tokens', (0, formatNumbers_js_1.formatTotal)(totals.tokens)],
        ['Weighted average leverage factor', (0, formatNumbers_js_1.formatAverageFactor)(totals.factor)],
        ['Weighted average supervisory leverage factor', (0, formatNumbers_js_1.formatAverageFactor)(totals.supervisoryFactor)],
    ];
}


/***/ }),

/***/ 7794:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.calibrationMethod = calibrationMethod;
exports.renderCalibratedSection = renderCalibratedSection;
exports.calibratedSectionLines = calibratedSectionLines;
const clipText_js_1 = __webpack_require__(9722);
const escapeMarkdown_js_1 = __webpack_require__(3068);
const formatNumbers_js_1 = __webpack_require__(139);
const summarizeCalibration_js_1 = __webpack_require__(2210);
const renderCalibration_js_1 = __webpack_require__(8480);
const TASK_CHARS = 80;
const TASK_HEADER = ['#', 'Task', 'Human Est.', 'Calibrated', 'Factor', 'Calibrated Factor'];
/** The method and what it rests on, in one paragraph (the same words in every format). */
function calibrationMethod(calibration) {
    const { summary } = calibration;
    const n = summary.pairs;
    if (!calibration.applied) {
        return `Not enough calibration pairs to calibrate: ${(0, formatNumbers_js_1.formatTotal)(n)} in ${calibration.scope} (${summary.minimumPairs} needed); every figure above is raw. A pair is a task done without an agent, with Human-Estimate and Human-Actual (git-leverage calibrate).`;
    }
    const bands = calibration.ratios
        .map((ratio) => ratio.source === 'band'
        ? `${ratio.label} ${(0, renderCalibration_js_1.formatRatio)(ratio.ratio)} (${(0, renderCalibration_js_1.pairsInWords)(ratio.pairs)})`
        : `${ratio.label} ${(0, renderCalibration_js_1.formatRatio)(ratio.ratio)} (the overall median: the band has ${(0, renderCalibration_js_1.pairsInWords)(summary.bands.find((band) => band.band === ratio.band)?.pairs ?? 0)}, ${summary.bandMinimumPairs} needed)`)
        .join('; ');
    return (`Calibrated: each record's Human-Estimate times the median actual/estimate of the calibration pairs in its size band, ` +
        `from ${(0, formatNumbers_js_1.formatTotal)(n)} pairs in ${calibration.scope}: ${bands}. ${summarizeCalibration_js_1.RATIO_MEANING} The raw figures above are unchanged.`);
}
function taskCells(task, index, calibration, label) {
    const calibrated = calibration.tasks[index];
    return [
        String(index + 1),
        label((0, clipText_js_1.truncateText)(task.task, TASK_CHARS)),
        (0, formatNumbers_js_1.formatHoursCell)(task.humanMinutes),
        calibrated ? (0, formatNumbers_js_1.formatHoursCell)(calibrated.calibratedMinutes) : '-',
        (0, formatNumbers_js_1.formatFactor)(task.factor),
        calibrated ? (0, formatNumbers_js_1.formatFactor)(calibrated.calibratedFactor) : '-',
    ];
}
function totalsRows(calibration) {
    const totals = calibration.totals;
    if (!totals)
        return [];
    return [
        ['Total human-equivalent hours', (0, formatNumbers_js_1.formatTotal)(totals.humanMinutes / 60), (0, formatNumbers_js_1.formatTotal)(totals.calibratedMinutes / 60)],
        ['Human-equivalent weeks (40 h)', (0, formatNumbers_js_1.formatDecimal)(totals.weeks, 1, 0, true), (0, formatNumbers_js_1.formatDecimal)(totals.calibratedWeeks, 1, 0, true)],
        ['Weighted average leverage factor', (0, formatNumbers_js_1.formatAverageFactor)(totals.factor), (0, formatNumbers_js_1.formatAverageFactor)(totals.calibratedFactor)],
    ];
}
const line = (cells) => `| ${cells.join(' | ')} |`;
const markdownTable = (header, rows) => [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
/** The section's Markdown (heading and body); undefined without `--calibrated` or without tasks. */
function renderCalibratedSection(report, hashes, options = {}) {
    const { calibration } = report;
    const { tasks } = report.record;
    if (!calibration || tasks.length === 0)
        return undefined;
    const parts = [`${hashes}# Calibrated estimates`];
    if (calibration.applied) {
        if (options.taskLog ?? true) {
            const shown = tasks.slice(0, options.maxTaskRows ?? tasks.length);
            parts.push(markdownTable(TASK_HEADER, shown.map((task, index) => taskCells(task, index, calibration, escapeMarkdown_js_1.escapeMarkdownInline))));
            if (shown.length < tasks.length)
                parts.push(`${(0, formatNumbers_js_1.formatTotal)(tasks.length - shown.length)} more tasks are left out to fit; the totals include them.`);
        }
        parts.push(markdownTable(['Metric', 'Raw', 'Calibrated'], totalsRows(calibration)));
    }
    parts.push((0, escapeMarkdown_js_1.escapeMarkdownInline)(calibrationMethod(calibration)));
    return parts.join('\n\n');
}
/** The same section as plain lines for a terminal (`sanitize` strips control characters). */
function calibratedSectionLines(report, sanitize, align, taskLog = true) {
    const { calibration } = report;
    const { tasks } = report.record;
    if (!calibration || tasks.length === 0)
        return [];
    const lines = ['', 'Calibrated estimates:'];
    if (calibration.applied) {
        if (taskLog) {
            const aligned = align([TASK_HEADER, ...tasks.map((task, index) => taskCells(task, index, calibration, sanitize))], new Set([0, 2, 3, 4, 5]));
            lines.push(aligned[0], '-'.repeat(aligned[0].length), ...aligned.slice(1), '');
        }
        lines.push(...align([['', 'Raw', 'Calibrated'], ...totalsRows(calibration)], new Set([1, 2])), '');
    }
    lines.push(calibrationMethod(calibration));
    return lines;
}


/***/ }),

/***/ 2900:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DASHBOARD_SCRIPT = void 0;
/**
 * The dashboard's own browser script, as text (the project's TypeScript has no DOM types; this runs
 * only in the page). It reads the data block with JSON.parse and writes commit text with
 * textContent only, never innerHTML, so no commit can inject markup or script.
 */
exports.DASHBOARD_SCRIPT = String.raw `(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('leverage-data').textContent);

  function fmt(value, digits) {
    if (value === null || value === undefined) return '-';
    return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  }
  function factor(value) {
    return value === null || value === undefined ? '-' : value.toLocaleString('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 1, useGrouping: false }) + 'x';
  }

  // Chart: hours per period as bars (left axis), the weighted factor as a line (right axis). It
  // follows its box's width (a phone turned, a window resized), and shows only as many period
  // labels as fit side by side at that width, so dates never overlap.
  var chartBox = document.getElementById('chart');
  if (data.periods.length > 0 && typeof uPlot === 'function') {
    var labels = data.periods.map(function (p) { return p.key; });
    var xs = data.periods.map(function (_, i) { return i; });
    var AXIS_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
    var measure = document.createElement('canvas').getContext('2d');
    measure.font = AXIS_FONT;
    var widestLabel = labels.reduce(function (most, label) { return Math.max(most, measure.measureText(label).width); }, 0);
    // Both y-axes start at 0 (a bar or a factor read against a cut axis looks larger than it is).
    var fromZero = function (u, min, max) { var range = uPlot.rangeNum(0, max > 0 ? max : 1, 0.1, true); return [0, range[1]]; };
    var chartHeight = function () { return chartBox.clientWidth < 500 ? 220 : 300; };
    var opts = {
      width: chartBox.clientWidth,
      height: chartHeight(),
      legend: { live: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false, range: [-0.5, Math.max(0.5, labels.length - 0.5)] }, h: { range: fromZero }, f: { range: fromZero } },
      axes: [
        {
          stroke: '#444',
          font: AXIS_FONT,
          splits: function () { return xs; },
          // One label every so many periods: as many as fit with 16 px between them.
          values: function (u, splits) {
            var slot = u.bbox.width / uPlot.pxRatio / Math.max(1, labels.length);
            var every = Math.max(1, Math.ceil((widestLabel + 16) / slot));
            return splits.map(function (v, i) { return i % every === 0 ? labels[v] : ''; });
          },
        },
        { scale: 'h', stroke: '#2563eb', font: AXIS_FONT, label: 'Human-equivalent hours' },
        { scale: 'f', side: 1, stroke: '#c2410c', font: AXIS_FONT, label: 'Weighted factor (x)', grid: { show: false } },
      ],
      series: [
        {},
        { label: 'Hours', scale: 'h', stroke: '#2563eb', fill: 'rgba(37,99,235,0.35)', width: 1, paths: uPlot.paths.bars({ size: [0.7, 60] }), points: { show: false } },
        { label: 'Factor', scale: 'f', stroke: '#c2410c', width: 2, spanGaps: false, points: { show: true, size: 6 } },
      ],
    };
    var hours = data.periods.map(function (p) { return p.tasks > 0 ? p.hours : null; });
    var factors = data.periods.map(function (p) { return p.factor; });
    var chart = new uPlot(opts, [xs, hours, factors], chartBox);
    // For whoever inspects the page (the browser test does): the uPlot instance.
    window.leverageChart = chart;
    var pending = false;
    var follow = function () {
      if (pending) return;
      pending = true;
      requestAnimationFrame(function () {
        pending = false;
        if (chartBox.clientWidth !== chart.width) chart.setSize({ width: chartBox.clientWidth, height: chartHeight() });
      });
    };
    if (typeof ResizeObserver === 'function') new ResizeObserver(follow).observe(chartBox);
    else window.addEventListener('resize', follow);
  } else {
    chartBox.textContent = 'No periods to chart.';
  }

  // Table: sortable by any column, filterable by repository and by text.
  var columns = [
    { key: 'rank', label: '#', num: true, get: function (t) { return t.rank; } },
    { key: 'date', label: 'Date', get: function (t) { return t.date; } },
    { key: 'task', label: 'Task', get: function (t) { return t.task.toLowerCase(); } },
    { key: 'repositories', label: 'Repositories', get: function (t) { return t.repositories.join(' ').toLowerCase(); } },
    { key: 'human', label: 'Human Est.', num: true, get: function (t) { return t.humanMinutes; } },
    { key: 'agent', label: data.agent, num: true, get: function (t) { return t.agentMinutes; } },
    { key: 'sup', label: 'Sup.', num: true, get: function (t) { return t.supervisoryMinutes === null ? -1 : t.supervisoryMinutes; } },
    { key: 'factor', label: 'Factor', num: true, get: function (t) { return t.factor; } },
    { key: 'supFactor', label: 'Sup. Factor', num: true, get: function (t) { return t.supervisoryFactor === null ? -1 : t.supervisoryFactor; } },
    { key: 'commits', label: 'Commits' },
  ];
  var table = document.getElementById('tasks');
  var head = table.createTHead().insertRow();
  var body = table.createTBody();
  var sort = { key: 'rank', dir: 1 };
  columns.forEach(function (column) {
    var th = document.createElement('th');
    th.scope = 'col';
    if (column.num) th.className = 'num';
    if (column.get) {
      // The button fills the cell (see .sortable in the style), so the whole header cell sorts.
      th.classList.add('sortable');
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = column.label;
      button.dataset.key = column.key;
      button.addEventListener('click', function () {
        sort = { key: column.key, dir: sort.key === column.key ? -sort.dir : (column.num && column.key !== 'rank' ? -1 : 1) };
        render();
      });
      th.appendChild(button);
    } else {
      th.textContent = column.label;
    }
    th.dataset.key = column.key;
    head.appendChild(th);
  });

  var repoSelect = document.getElementById('repo-filter');
  data.repositories.forEach(function (repo) {
    var option = document.createElement('option');
    option.value = repo;
    option.textContent = repo;
    repoSelect.appendChild(option);
  });
  var textInput = document.getElementById('text-filter');
  repoSelect.addEventListener('change', render);
  textInput.addEventListener('input', render);

  function cell(row, text, className) {
    var td = row.insertCell();
    td.textContent = text;
    if (className) td.className = className;
    return td;
  }

  function render() {
    var repo = repoSelect.value;
    var needle = textInput.value.trim().toLowerCase();
    var column = columns.filter(function (c) { return c.key === sort.key; })[0];
    var rows = data.tasks.filter(function (t) {
      if (repo && t.repositories.indexOf(repo) < 0) return false;
      if (!needle) return true;
      var hay = (t.task + ' ' + (t.taskId || '') + ' ' + t.repositories.join(' ') + ' ' + t.commits.map(function (c) { return c.sha; }).join(' ')).toLowerCase();
      return hay.indexOf(needle) >= 0;
    });
    rows.sort(function (a, b) {
      var x = column.get(a), y = column.get(b);
      return (x < y ? -1 : x > y ? 1 : a.rank - b.rank) * sort.dir;
    });
    Array.prototype.forEach.call(head.cells, function (th) {
      th.setAttribute('aria-sort', th.dataset.key === sort.key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none');
    });
    body.textContent = '';
    if (rows.length === 0) {
      var empty = cell(body.insertRow(), data.tasks.length === 0 ? 'No tasks in this report.' : 'No task matches these filters. Clear the search or pick another repository.', 'empty');
      empty.colSpan = columns.length;
    }
    rows.forEach(function (t) {
      var row = body.insertRow();
      cell(row, String(t.rank), 'num');
      cell(row, t.date);
      var taskCell = cell(row, t.task, 'task');
      if (t.taskId) {
        var id = document.createElement('span');
        id.className = 'task-id';
        id.textContent = t.taskId;
        taskCell.appendChild(id);
      }
      cell(row, t.repositories.join(', '));
      cell(row, fmt(t.humanMinutes / 60, 2) + 'h', 'num');
      cell(row, fmt(t.agentMinutes, 2) + 'm', 'num');
      cell(row, t.supervisoryMinutes === null ? '-' : fmt(t.supervisoryMinutes, 2) + 'm', 'num');
      cell(row, factor(t.factor), 'num');
      cell(row, factor(t.supervisoryFactor), 'num');
      var commits = row.insertCell();
      commits.className = 'commits';
      t.commits.forEach(function (c) {
        var link;
        // Only links the generator built (https://github.com/...) become anchors.
        if (c.url && c.url.indexOf('https://github.com/') === 0) {
          link = document.createElement('a');
          link.href = c.url;
          link.rel = 'noopener noreferrer';
        } else {
          link = document.createElement('code');
        }
        link.textContent = c.sha.slice(0, 7);
        link.title = c.repo + ': ' + c.subject;
        commits.appendChild(link);
        commits.appendChild(document.createTextNode(' '));
      });
    });
    document.getElementById('shown').textContent = rows.length + ' of ' + data.tasks.length + ' tasks';
  }
  render();
})();
`;


/***/ }),

/***/ 4651:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.escapeHtml = escapeHtml;
exports.jsonForScript = jsonForScript;
exports.renderDashboard = renderDashboard;
/**
 * `git-leverage dashboard` and `--format html`: one self-contained HTML file that works offline.
 * Pure: the report, its roll-up and the commit links in; the page out.
 *
 * Safety: every text from a commit reaches the page either HTML-escaped (server-rendered totals and
 * title) or as JSON inside a non-executed data block, with `<`, `>`, `&` and line separators written
 * as \u escapes so no `</script>` can close it; the page's script writes it with textContent only.
 * Either way its bidirectional controls are shown by name (`<U+202E>`), so none reorders what is read.
 * A Content-Security-Policy allows exactly the page's two inline scripts (by hash) and no network.
 */
const node_crypto_1 = __webpack_require__(7598);
const luxon_js_1 = __webpack_require__(8080);
const trailerSchema_js_1 = __webpack_require__(8460);
const escapeMarkdown_js_1 = __webpack_require__(3068);
const clipText_js_1 = __webpack_require__(9722);
const formatNumbers_js_1 = __webpack_require__(139);
const renderMarkdown_js_1 = __webpack_require__(6027);
const dashboardScript_js_1 = __webpack_require__(2900);
const agentSection_js_1 = __webpack_require__(9510);
const estimatorSection_js_1 = __webpack_require__(6567);
const estimateSection_js_1 = __webpack_require__(9497);
const uplotAsset_js_1 = __webpack_require__(2683);
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text for HTML element content or a quoted attribute; bidirectional controls are named (neutraliseBidi). */
function escapeHtml(text) {
    return (0, escapeMarkdown_js_1.neutraliseBidi)(text).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}
/** JSON that can sit inside `<script type="application/json">`: nothing in it can end the element. */
function jsonForScript(value) {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const scriptHash = (source) => `'sha256-${(0, node_crypto_1.createHash)('sha256').update(source, 'utf8').digest('base64')}'`;
function dashboardData(report, options) {
    const zone = report.window.timezone;
    const bases = options.commitBaseUrls ?? {};
    return {
        agent: (0, escapeMarkdown_js_1.neutraliseBidi)(report.agent),
        repositories: [...report.repositories].sort().map(escapeMarkdown_js_1.neutraliseBidi),
        periods: options.rollup.periods.map((period) => ({
            key: period.key,
            tasks: period.totals.tasks,
            hours: period.totals.humanMinutes / 60,
            factor: period.totals.factor ?? null,
        })),
        tasks: report.record.tasks.map((task, index) => ({
            rank: index + 1,
            date: luxon_js_1.DateTime.fromSeconds(task.firstAuthorTime, { zone }).toISODate(),
            task: (0, escapeMarkdown_js_1.neutraliseBidi)(task.task),
            taskId: task.taskId ?? null,
            repositories: task.repositories.map(escapeMarkdown_js_1.neutraliseBidi),
            humanMinutes: task.humanMinutes,
            agentMinutes: task.claudeMinutes,
            supervisoryMinutes: task.supervisoryMinutes ?? null,
            factor: task.factor,
            supervisoryFactor: task.supervisoryFactor ?? null,
            commits: task.commits.map((commit) => {
                const base = bases[commit.repo];
                return { repo: (0, escapeMarkdown_js_1.neutraliseBidi)(commit.repo), sha: commit.sha, subject: (0, escapeMarkdown_js_1.neutraliseBidi)(commit.subject), url: base && /^[0-9a-f]{7,64}$/.test(commit.sha) ? `${base}/commit/${commit.sha}` : null };
            }),
        })),
    };
}
const STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111827; }
body { margin: 0; background: #f8fafc; }
main { max-width: 1200px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.5rem; margin: 0 0 4px; overflow-wrap: anywhere; }
.subtitle { color: #4b5563; margin: 0 0 20px; }
.cards { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 12px; margin-bottom: 20px; }
@media (min-width: 1100px) { .cards { grid-template-columns: repeat(8, minmax(0, 1fr)); } }
.card { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 12px 14px; }
.card .value { font-size: 1.4rem; font-weight: 600; font-variant-numeric: tabular-nums; }
.card .name { color: #6b7280; font-size: 0.85rem; }
.notes { margin: -8px 0 20px; padding-left: 20px; color: #4b5563; font-size: 0.875rem; }
section { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 16px; margin-bottom: 20px; min-width: 0; }
h2 { font-size: 1.1rem; margin: 0 0 12px; }
#chart { min-height: 220px; }
.filters { display: flex; gap: 12px; flex-wrap: wrap; align-items: center; margin-bottom: 12px; }
.filters label { display: flex; gap: 6px; align-items: center; }
.filters .search { flex: 1 1 240px; max-width: 420px; }
.filters input { flex: 1; min-width: 0; padding: 6px 8px; }
.filters select { padding: 6px 8px; max-width: 60vw; }
#shown { color: #6b7280; }
/* The table scrolls inside its own box: the page never scrolls sideways, whatever the width. A
   shadow at an edge says more columns lie that way (the covers scroll with the table, and hide the
   shadow once its end is reached). */
.table-wrap {
  overflow-x: auto;
  background: linear-gradient(to right, #fff 30%, rgba(255,255,255,0)) left / 40px 100% no-repeat local,
    linear-gradient(to left, #fff 30%, rgba(255,255,255,0)) right / 40px 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, rgba(0,0,0,.18), rgba(0,0,0,0)) left / 14px 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,.18), rgba(0,0,0,0)) right / 14px 100% no-repeat scroll;
}
table { border-collapse: collapse; width: 100%; font-size: 0.875rem; }
th, td { border-bottom: 1px solid #e5e7eb; padding: 6px 8px; text-align: left; vertical-align: top; }
th { white-space: nowrap; }
/* The button is the whole header cell: all of it sorts, and it shows where the keyboard is. */
th.sortable { padding: 0; }
th.sortable button { all: unset; box-sizing: border-box; display: block; width: 100%; padding: 6px 8px; cursor: pointer; font-weight: 600; text-align: inherit; }
th.sortable button:hover { background: #f1f5f9; }
th.sortable button:focus-visible { outline: 2px solid #2563eb; outline-offset: -2px; background: #eff6ff; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.task { min-width: 12em; max-width: 420px; overflow-wrap: anywhere; }
td:nth-child(2) { white-space: nowrap; }
td.empty { padding: 24px 8px; text-align: center; color: #4b5563; }
.task-id { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 4px; background: #eef2ff; color: #3730a3; font-size: 0.75rem; }
td.commits a, td.commits code, .skipped code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.8rem; }
.skipped ul, .estimates ul { margin: 0; padding-left: 20px; }
.skipped li, .estimates li { margin-bottom: 6px; overflow-wrap: anywhere; }
footer { color: #6b7280; font-size: 0.8rem; }
@media (max-width: 600px) {
  main { padding: 12px; }
  section { padding: 12px; }
  .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; }
  .card .value { font-size: 1.15rem; }
}
`;
/** Skipped commits, as the Markdown lists them: where, what, and what would be accepted. Escaped. */
function skippedSection(report) {
    const { skipped } = report.record;
    if (skipped.length === 0)
        return '';
    const n = skipped.length;
    const items = skipped.map((commit) => `<li><code>${escapeHtml(commit.sha.slice(0, 12))}</code> in ${escapeHtml(commit.repo)} (${escapeHtml((0, clipText_js_1.truncateText)(commit.subject, 72))}): ${commit.problems.map((problem) => escapeHtml((0, trailerSchema_js_1.describeProblem)(problem))).join('; ')}</li>`);
    return `<section class="skipped" id="skipped">
<h2>Skipped commits</h2>
<p>${(0, formatNumbers_js_1.formatTotal)(n)} ${n === 1 ? 'commit carries' : 'commits carry'} leverage trailers that do not validate and ${n === 1 ? 'is' : 'are'} not counted:</p>
<ul>
${items.join('\n')}
</ul>
</section>
`;
}
/** The whole page. */
function renderDashboard(report, options) {
    const { totals } = report.record;
    const agent = escapeHtml(report.agent);
    const cards = [
        ['Tasks', (0, formatNumbers_js_1.formatTotal)(totals.tasks)],
        ['Human-equivalent hours', (0, formatNumbers_js_1.formatTotal)(totals.humanMinutes / 60)],
        ['Weeks at 40 hours', (0, formatNumbers_js_1.formatDecimal)(totals.weeks, 1, 1, true)],
        [`${agent} minutes`, (0, formatNumbers_js_1.formatTotal)(totals.claudeMinutes)],
        ['Supervisory minutes', (0, formatNumbers_js_1.formatTotal)(totals.supervisoryMinutes)],
        ['Weighted leverage factor', (0, formatNumbers_js_1.formatAverageFactor)(totals.factor)],
        ['Supervisory leverage factor', (0, formatNumbers_js_1.formatAverageFactor)(totals.supervisoryFactor)],
        ['Tokens', (0, formatNumbers_js_1.formatTotal)(totals.tokens)],
    ];
    const title = `Leverage: ${report.window.label}`;
    const notes = (0, renderMarkdown_js_1.coverageNotes)(report.record.totals);
    const unitWords = { day: 'day', week: 'ISO week', month: 'month' }[options.rollup.unit];
    const csp = `default-src 'none'; script-src ${scriptHash(uplotAsset_js_1.UPLOT_JS)} ${scriptHash(dashboardScript_js_1.DASHBOARD_SCRIPT)}; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="git-leverage">
<title>${escapeHtml(title)}</title>
<style>${uplotAsset_js_1.UPLOT_CSS}</style>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="subtitle">${escapeHtml(report.repositories.length === 1 ? `Repository ${report.repositories[0]}` : `${report.repositories.length} repositories`)} · days counted in ${escapeHtml(report.window.timezone)}</p>
<div class="cards">
${cards.map(([name, value]) => `<div class="card"><div class="value">${escapeHtml(value)}</div><div class="name">${name}</div></div>`).join('\n')}
</div>
${notes.length > 0 ? `<ul class="notes">\n${notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('\n')}\n</ul>\n` : ''}${(0, agentSection_js_1.agentSectionHtml)(report, escapeHtml)}${(0, estimatorSection_js_1.estimatorSectionHtml)(report, escapeHtml)}<section>
<h2>Human-equivalent hours and weighted factor per ${unitWords}</h2>
<div id="chart"></div>
</section>
<section>
<h2>Tasks</h2>
<div class="filters">
<label>Repository <select id="repo-filter"><option value="">all</option></select></label>
<label class="search">Search <input id="text-filter" type="search" placeholder="task, Task-Id, repository or commit"></label>
<span id="shown"></span>
</div>
<div class="table-wrap"><table id="tasks"></table></div>
</section>
${(0, estimateSection_js_1.estimateSectionHtml)(report, escapeHtml)}${skippedSection(report)}<footer>Made by git-leverage from commit trailers. Chart by uPlot ${escapeHtml(uplotAsset_js_1.UPLOT_VERSION)} (MIT), inlined: this file needs no network.</footer>
</main>
<script type="application/json" id="leverage-data">${jsonForScript(dashboardData(report, options))}</script>
<script>${uplotAsset_js_1.UPLOT_JS}</script>
<script>${dashboardScript_js_1.DASHBOARD_SCRIPT}</script>
</body>
</html>
`;
}


/***/ }),

/***/ 2683:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UPLOT_LICENSE = exports.UPLOT_CSS = exports.UPLOT_JS = exports.UPLOT_VERSION = void 0;
// Generated by vendorUplot.mjs from uplot@1.6.32 (MIT, https://github.com/leeoniya/uPlot). Do not edit.
exports.UPLOT_VERSION = "1.6.32";
exports.UPLOT_JS = "/*! https://github.com/leeoniya/uPlot (v1.6.32) */\nvar uPlot=function(){\"use strict\";const l=\"u-off\",e=\"u-label\",t=\"width\",n=\"height\",i=\"top\",o=\"bottom\",s=\"left\",r=\"right\",u=\"#000\",a=u+\"0\",f=\"mousemove\",c=\"mousedown\",h=\"mouseup\",d=\"mouseenter\",p=\"mouseleave\",m=\"dblclick\",g=\"change\",x=\"dppxchange\",w=\"--\",_=\"undefined\"!=typeof window,b=_?document:null,v=_?window:null,k=_?navigator:null;let y,M;function S(l,e){if(null!=e){let t=l.classList;!t.contains(e)&&t.add(e)}}function T(l,e){let t=l.classList;t.contains(e)&&t.remove(e)}function E(l,e,t){l.style[e]=t+\"px\"}function z(l,e,t,n){let i=b.createElement(l);return null!=e&&S(i,e),null!=t&&t.insertBefore(i,n),i}function D(l,e){return z(\"div\",l,e)}const P=new WeakMap;function A(e,t,n,i,o){let s=\"translate(\"+t+\"px,\"+n+\"px)\";s!=P.get(e)&&(e.style.transform=s,P.set(e,s),0>t||0>n||t>i||n>o?S(e,l):T(e,l))}const W=new WeakMap;function Y(l,e,t){let n=e+t;n!=W.get(l)&&(W.set(l,n),l.style.background=e,l.style.borderColor=t)}const C=new WeakMap;function H(l,e,t,n){let i=e+\"\"+t;i!=C.get(l)&&(C.set(l,i),l.style.height=t+\"px\",l.style.width=e+\"px\",l.style.marginLeft=n?-e/2+\"px\":0,l.style.marginTop=n?-t/2+\"px\":0)}const F={passive:!0},R={...F,capture:!0};function G(l,e,t,n){e.addEventListener(l,t,n?R:F)}function I(l,e,t){e.removeEventListener(l,t,F)}function L(l,e,t,n){let i;t=t||0;let o=2147483647>=(n=n||e.length-1);for(;n-t>1;)i=o?t+n>>1:sl((t+n)/2),l>e[i]?t=i:n=i;return l-e[t]>e[n]-l?n:t}function O(l){return(e,t,n)=>{let i=-1,o=-1;for(let o=t;n>=o;o++)if(l(e[o])){i=o;break}for(let i=n;i>=t;i--)if(l(e[i])){o=i;break}return[i,o]}}_&&function l(){let e=devicePixelRatio;y!=e&&(y=e,M&&I(g,M,l),M=matchMedia(`(min-resolution: ${y-.001}dppx) and (max-resolution: ${y+.001}dppx)`),G(g,M,l),v.dispatchEvent(new CustomEvent(x)))}();const N=l=>null!=l,j=l=>null!=l&&l>0,U=O(N),V=O(j);function B(l,e,t,n){let i=hl(l),o=hl(e);l==e&&(-1==i?(l*=t,e/=t):(l/=t,e*=t));let s=10==t?dl:pl,r=1==o?ul:sl,u=(1==i?sl:ul)(s(ol(l))),a=r(s(ol(e))),f=cl(t,u),c=cl(t,a);return 10==t&&(0>u&&(f=Al(f,-u)),0>a&&(c=Al(c,-a))),n||2==t?(l=f*i,e=c*o):(l=Pl(l,f),e=Dl(e,c)),[l,e]}function $(l,e,t,n){let i=B(l,e,t,n);return 0==l&&(i[0]=0),0==e&&(i[1]=0),i}const J=.1,q={mode:3,pad:J},K={pad:0,soft:null,mode:0},X={min:K,max:K};function Z(l,e,t,n){return Ol(t)?ll(l,e,t):(K.pad=t,K.soft=n?0:null,K.mode=n?3:0,ll(l,e,X))}function Q(l,e){return null==l?e:l}function ll(l,e,t){let n=t.min,i=t.max,o=Q(n.pad,0),s=Q(i.pad,0),r=Q(n.hard,-gl),u=Q(i.hard,gl),a=Q(n.soft,gl),f=Q(i.soft,-gl),c=Q(n.mode,0),h=Q(i.mode,0),d=e-l,p=dl(d),m=fl(ol(l),ol(e)),g=dl(m),x=ol(g-p);(1e-24>d||x>10)&&(d=0,0!=l&&0!=e||(d=1e-24,2==c&&a!=gl&&(o=0),2==h&&f!=-gl&&(s=0)));let w=d||m||1e3,_=dl(w),b=cl(10,sl(_)),v=Al(Pl(l-w*(0==d?0==l?.1:1:o),b/10),24),k=a>l||1!=c&&(3!=c||v>a)&&(2!=c||a>v)?gl:a,y=fl(r,k>v&&l>=k?k:al(k,v)),M=Al(Dl(e+w*(0==d?0==e?.1:1:s),b/10),24),S=e>f||1!=h&&(3!=h||f>M)&&(2!=h||M>f)?-gl:f,T=al(u,M>S&&S>=e?S:fl(S,M));return y==T&&0==y&&(T=100),[y,T]}const el=new Intl.NumberFormat(_?k.language:\"en-US\"),tl=l=>el.format(l),nl=Math,il=nl.PI,ol=nl.abs,sl=nl.floor,rl=nl.round,ul=nl.ceil,al=nl.min,fl=nl.max,cl=nl.pow,hl=nl.sign,dl=nl.log10,pl=nl.log2,ml=(l,e=1)=>nl.asinh(l/e),gl=1/0;function xl(l){return 1+(0|dl((l^l>>31)-(l>>31)))}function wl(l,e,t){return al(fl(l,e),t)}function _l(l){return\"function\"==typeof l}function bl(l){return _l(l)?l:()=>l}const vl=l=>l,kl=(l,e)=>e,yl=()=>null,Ml=()=>!0,Sl=(l,e)=>l==e,Tl=/\\.\\d*?(?=9{6,}|0{6,})/gm,El=l=>{if(Il(l)||Wl.has(l))return l;const e=\"\"+l,t=e.match(Tl);if(null==t)return l;let n=t[0].length-1;if(-1!=e.indexOf(\"e-\")){let[l,t]=e.split(\"e\");return+`${El(l)}e${t}`}return Al(l,n)};function zl(l,e){return El(Al(El(l/e))*e)}function Dl(l,e){return El(ul(El(l/e))*e)}function Pl(l,e){return El(sl(El(l/e))*e)}function Al(l,e=0){if(Il(l))return l;let t=10**e;return rl(l*t*(1+Number.EPSILON))/t}const Wl=new Map;function Yl(l){return((\"\"+l).split(\".\")[1]||\"\").length}function Cl(l,e,t,n){let i=[],o=n.map(Yl);for(let s=e;t>s;s++){let e=ol(s),t=Al(cl(l,s),e);for(let r=0;n.length>r;r++){let u=10==l?+`${n[r]}e${s}`:n[r]*t,a=(0>s?e:0)+(o[r]>s?o[r]:0),f=10==l?u:Al(u,a);i.push(f),Wl.set(f,a)}}return i}const Hl={},Fl=[],Rl=[null,null],Gl=Array.isArray,Il=Number.isInteger;function Ll(l){return\"string\"==typeof l}function Ol(l){let e=!1;if(null!=l){let t=l.constructor;e=null==t||t==Object}return e}function Nl(l){return null!=l&&\"object\"==typeof l}const jl=Object.getPrototypeOf(Uint8Array),Ul=\"__proto__\";function Vl(l,e=Ol){let t;if(Gl(l)){let n=l.find((l=>null!=l));if(Gl(n)||e(n)){t=Array(l.length);for(let n=0;l.length>n;n++)t[n]=Vl(l[n],e)}else t=l.slice()}else if(l instanceof jl)t=l.slice();else if(e(l)){t={};for(let n in l)n!=Ul&&(t[n]=Vl(l[n],e))}else t=l;return t}function Bl(l){let e=arguments;for(let t=1;e.length>t;t++){let n=e[t];for(let e in n)e!=Ul&&(Ol(l[e])?Bl(l[e],Vl(n[e])):l[e]=Vl(n[e]))}return l}function $l(l,e,t){for(let n,i=0,o=-1;e.length>i;i++){let s=e[i];if(s>o){for(n=s-1;n>=0&&null==l[n];)l[n--]=null;for(n=s+1;t>n&&null==l[n];)l[o=n++]=null}}}const Jl=\"undefined\"==typeof queueMicrotask?l=>Promise.resolve().then(l):queueMicrotask,ql=[\"January\",\"February\",\"March\",\"April\",\"May\",\"June\",\"July\",\"August\",\"September\",\"October\",\"November\",\"December\"],Kl=[\"Sunday\",\"Monday\",\"Tuesday\",\"Wednesday\",\"Thursday\",\"Friday\",\"Saturday\"];function Xl(l){return l.slice(0,3)}const Zl=Kl.map(Xl),Ql=ql.map(Xl),le={MMMM:ql,MMM:Ql,WWWW:Kl,WWW:Zl};function ee(l){return(10>l?\"0\":\"\")+l}const te={YYYY:l=>l.getFullYear(),YY:l=>(l.getFullYear()+\"\").slice(2),MMMM:(l,e)=>e.MMMM[l.getMonth()],MMM:(l,e)=>e.MMM[l.getMonth()],MM:l=>ee(l.getMonth()+1),M:l=>l.getMonth()+1,DD:l=>ee(l.getDate()),D:l=>l.getDate(),WWWW:(l,e)=>e.WWWW[l.getDay()],WWW:(l,e)=>e.WWW[l.getDay()],HH:l=>ee(l.getHours()),H:l=>l.getHours(),h:l=>{let e=l.getHours();return 0==e?12:e>12?e-12:e},AA:l=>12>l.getHours()?\"AM\":\"PM\",aa:l=>12>l.getHours()?\"am\":\"pm\",a:l=>12>l.getHours()?\"a\":\"p\",mm:l=>ee(l.getMinutes()),m:l=>l.getMinutes(),ss:l=>ee(l.getSeconds()),s:l=>l.getSeconds(),fff:l=>function(l){return(10>l?\"00\":100>l?\"0\":\"\")+l}(l.getMilliseconds())};function ne(l,e){e=e||le;let t,n=[],i=/\\{([a-z]+)\\}|[^{]+/gi;for(;t=i.exec(l);)n.push(\"{\"==t[0][0]?te[t[1]]:t[0]);return l=>{let t=\"\";for(let i=0;n.length>i;i++)t+=\"string\"==typeof n[i]?n[i]:n[i](l,e);return t}}const ie=(new Intl.DateTimeFormat).resolvedOptions().timeZone,oe=l=>l%1==0,se=[1,2,2.5,5],re=Cl(10,-32,0,se),ue=Cl(10,0,32,se),ae=ue.filter(oe),fe=re.concat(ue),ce=\"{YYYY}\",he=\"\\n\"+ce,de=\"{M}/{D}\",pe=\"\\n\"+de,me=pe+\"/{YY}\",ge=\"{aa}\",xe=\"{h}:{mm}\"+ge,we=\"\\n\"+xe,_e=\":{ss}\",be=null;function ve(l){let e=1e3*l,t=60*e,n=60*t,i=24*n,o=30*i,s=365*i;return[(1==l?Cl(10,0,3,se).filter(oe):Cl(10,-3,0,se)).concat([e,5*e,10*e,15*e,30*e,t,5*t,10*t,15*t,30*t,n,2*n,3*n,4*n,6*n,8*n,12*n,i,2*i,3*i,4*i,5*i,6*i,7*i,8*i,9*i,10*i,15*i,o,2*o,3*o,4*o,6*o,s,2*s,5*s,10*s,25*s,50*s,100*s]),[[s,ce,be,be,be,be,be,be,1],[28*i,\"{MMM}\",he,be,be,be,be,be,1],[i,de,he,be,be,be,be,be,1],[n,\"{h}\"+ge,me,be,pe,be,be,be,1],[t,xe,me,be,pe,be,be,be,1],[e,_e,me+\" \"+xe,be,pe+\" \"+xe,be,we,be,1],[l,_e+\".{fff}\",me+\" \"+xe,be,pe+\" \"+xe,be,we,be,1]],function(e){return(r,u,a,f,c,h)=>{let d=[],p=c>=s,m=c>=o&&s>c,g=e(a),x=Al(g*l,3),w=Pe(g.getFullYear(),p?0:g.getMonth(),m||p?1:g.getDate()),_=Al(w*l,3);if(m||p){let t=m?c/o:0,n=p?c/s:0,i=x==_?x:Al(Pe(w.getFullYear()+n,w.getMonth()+t,1)*l,3),r=new Date(rl(i/l)),u=r.getFullYear(),a=r.getMonth();for(let o=0;f>=i;o++){let s=Pe(u+n*o,a+t*o,1),r=s-e(Al(s*l,3));i=Al((+s+r)*l,3),i>f||d.push(i)}}else{let o=i>c?c:i,s=_+(sl(a)-sl(x))+Dl(x-_,o);d.push(s);let p=e(s),m=p.getHours()+p.getMinutes()/t+p.getSeconds()/n,g=c/n,w=h/r.axes[u]._space;for(;s=Al(s+c,1==l?0:3),f>=s;)if(g>1){let l=sl(Al(m+g,6))%24,t=e(s).getHours()-l;t>1&&(t=-1),s-=t*n,m=(m+g)%24,.7>Al((s-d[d.length-1])/c,3)*w||d.push(s)}else d.push(s)}return d}}]}const[ke,ye,Me]=ve(1),[Se,Te,Ee]=ve(.001);function ze(l,e){return l.map((l=>l.map(((t,n)=>0==n||8==n||null==t?t:e(1==n||0==l[8]?t:l[1]+t)))))}function De(l,e){return(t,n,i,o,s)=>{let r,u,a,f,c,h,d=e.find((l=>s>=l[0]))||e[e.length-1];return n.map((e=>{let t=l(e),n=t.getFullYear(),i=t.getMonth(),o=t.getDate(),s=t.getHours(),p=t.getMinutes(),m=t.getSeconds(),g=n!=r&&d[2]||i!=u&&d[3]||o!=a&&d[4]||s!=f&&d[5]||p!=c&&d[6]||m!=h&&d[7]||d[1];return r=n,u=i,a=o,f=s,c=p,h=m,g(t)}))}}function Pe(l,e,t){return new Date(l,e,t)}function Ae(l,e){return e(l)}function We(l,e){return(t,n,i,o)=>null==o?w:e(l(n))}Cl(2,-53,53,[1]);const Ye={show:!0,live:!0,isolate:!1,mount:()=>{},markers:{show:!0,width:2,stroke:function(l,e){let t=l.series[e];return t.width?t.stroke(l,e):t.points.width?t.points.stroke(l,e):null},fill:function(l,e){return l.series[e].fill(l,e)},dash:\"solid\"},idx:null,idxs:null,values:[]},Ce=[0,0];function He(l,e,t,n=!0){return l=>{0==l.button&&(!n||l.target==e)&&t(l)}}function Fe(l,e,t,n=!0){return l=>{(!n||l.target==e)&&t(l)}}const Re={show:!0,x:!0,y:!0,lock:!1,move:function(l,e,t){return Ce[0]=e,Ce[1]=t,Ce},points:{one:!1,show:function(l,e){let i=l.cursor.points,o=D(),s=i.size(l,e);E(o,t,s),E(o,n,s);let r=s/-2;E(o,\"marginLeft\",r),E(o,\"marginTop\",r);let u=i.width(l,e,s);return u&&E(o,\"borderWidth\",u),o},size:function(l,e){return l.series[e].points.size},width:0,stroke:function(l,e){let t=l.series[e].points;return t._stroke||t._fill},fill:function(l,e){let t=l.series[e].points;return t._fill||t._stroke}},bind:{mousedown:He,mouseup:He,click:He,dblclick:He,mousemove:Fe,mouseleave:Fe,mouseenter:Fe},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(l,e)=>{e.stopPropagation(),e.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(l,e,t,n,i)=>n-i,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Ge={show:!0,stroke:\"rgba(0,0,0,0.07)\",width:2},Ie=Bl({},Ge,{filter:kl}),Le=Bl({},Ie,{size:10}),Oe=Bl({},Ge,{show:!1}),Ne='12px system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Noto Sans\", sans-serif, \"Apple Color Emoji\", \"Segoe UI Emoji\", \"Segoe UI Symbol\", \"Noto Color Emoji\"',je=\"bold \"+Ne,Ue={show:!0,scale:\"x\",stroke:u,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:je,side:2,grid:Ie,ticks:Le,border:Oe,font:Ne,lineGap:1.5,rotate:0},Ve={show:!0,scale:\"x\",auto:!1,sorted:1,min:gl,max:-gl,idxs:[]};function Be(l,e){return e.map((l=>null==l?\"\":tl(l)))}function $e(l,e,t,n,i,o,s){let r=[],u=Wl.get(i)||0;for(let l=t=s?t:Al(Dl(t,i),u);n>=l;l=Al(l+i,u))r.push(Object.is(l,-0)?0:l);return r}function Je(l,e,t,n,i){const o=[],s=l.scales[l.axes[e].scale].log,r=sl((10==s?dl:pl)(t));i=cl(s,r),10==s&&(i=fe[L(i,fe)]);let u=t,a=i*s;10==s&&(a=fe[L(a,fe)]);do{o.push(u),u+=i,10!=s||Wl.has(u)||(u=Al(u,Wl.get(i))),a>u||(a=(i=u)*s,10==s&&(a=fe[L(a,fe)]))}while(n>=u);return o}function qe(l,e,t,n,i){let o=l.scales[l.axes[e].scale].asinh,s=n>o?Je(l,e,fl(o,t),n,i):[o],r=0>n||t>0?[]:[0];return(-o>t?Je(l,e,fl(o,-n),-t,i):[o]).reverse().map((l=>-l)).concat(r,s)}const Ke=/./,Xe=/[12357]/,Ze=/[125]/,Qe=/1/,lt=(l,e,t,n)=>l.map(((l,i)=>4==e&&0==l||i%n==0&&t.test(l.toExponential()[0>l?1:0])?l:null));function et(l,e,t){let n=l.axes[t],i=n.scale,o=l.scales[i],s=l.valToPos,r=n._space,u=s(10,i),a=s(9,i)-u<r?s(7,i)-u<r?s(5,i)-u<r?Qe:Ze:Xe:Ke;if(a==Qe){let l=ol(s(1,i)-u);if(r>l)return lt(e.slice().reverse(),o.distr,a,ul(r/l)).reverse()}return lt(e,o.distr,a,1)}function tt(l,e,t){let n=l.axes[t],i=n.scale,o=n._space,s=l.valToPos,r=ol(s(1,i)-s(2,i));return o>r?lt(e.slice().reverse(),3,Ke,ul(o/r)).reverse():e}function nt(l,e,t,n){return null==n?w:null==e?\"\":tl(e)}const it={show:!0,scale:\"y\",stroke:u,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:je,side:3,grid:Ie,ticks:Le,border:Oe,font:Ne,lineGap:1.5,rotate:0},ot={scale:null,auto:!0,sorted:0,min:gl,max:-gl},st=(l,e,t,n,i)=>i,rt={show:!0,auto:!0,sorted:0,gaps:st,alpha:1,facets:[Bl({},ot,{scale:\"x\"}),Bl({},ot,{scale:\"y\"})]},ut={scale:\"y\",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:st,alpha:1,points:{show:function(l,e){let{scale:t,idxs:n}=l.series[0],i=l._data[0],o=l.valToPos(i[n[0]],t,!0),s=l.valToPos(i[n[1]],t,!0);return ol(s-o)/(l.series[e].points.space*y)>=n[1]-n[0]},filter:null},values:null,min:gl,max:-gl,idxs:[],path:null,clip:null};function at(l,e,t){return t/10}const ft={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},ct=Bl({},ft,{time:!1,ori:1}),ht={};function dt(l){let e=ht[l];return e||(e={key:l,plots:[],sub(l){e.plots.push(l)},unsub(l){e.plots=e.plots.filter((e=>e!=l))},pub(l,t,n,i,o,s,r){for(let u=0;e.plots.length>u;u++)e.plots[u]!=t&&e.plots[u].pub(l,t,n,i,o,s,r)}},null!=l&&(ht[l]=e)),e}function pt(l,e,t){const n=l.mode,i=l.series[e],o=2==n?l._data[e]:l._data,s=l.scales,r=l.bbox;let u=o[0],a=2==n?o[1]:o[e],f=2==n?s[i.facets[0].scale]:s[l.series[0].scale],c=2==n?s[i.facets[1].scale]:s[i.scale],h=r.left,d=r.top,p=r.width,m=r.height,g=l.valToPosH,x=l.valToPosV;return 0==f.ori?t(i,u,a,f,c,g,x,h,d,p,m,kt,Mt,Tt,zt,Pt):t(i,u,a,f,c,x,g,d,h,m,p,yt,St,Et,Dt,At)}function mt(l,e){let t=0,n=0,i=Q(l.bands,Fl);for(let l=0;i.length>l;l++){let o=i[l];o.series[0]==e?t=o.dir:o.series[1]==e&&(n|=1==o.dir?1:2)}return[t,1==n?-1:2==n?1:3==n?2:0]}function gt(l,e,t,n,i){let o=l.series[e],s=l.scales[2==l.mode?o.facets[1].scale:o.scale];return-1==i?s.min:1==i?s.max:3==s.distr?1==s.dir?s.min:s.max:0}function xt(l,e,t,n,i,o){return pt(l,e,((l,e,s,r,u,a,f,c,h,d,p)=>{let m=l.pxRound;const g=0==r.ori?Mt:St;let x,w;1==r.dir*(0==r.ori?1:-1)?(x=t,w=n):(x=n,w=t);let _=m(a(e[x],r,d,c)),b=m(f(s[x],u,p,h)),v=m(a(e[w],r,d,c)),k=m(f(1==o?u.max:u.min,u,p,h)),y=new Path2D(i);return g(y,v,k),g(y,_,k),g(y,_,b),y}))}function wt(l,e,t,n,i,o){let s=null;if(l.length>0){s=new Path2D;const r=0==e?Tt:Et;let u=t;for(let e=0;l.length>e;e++){let t=l[e];if(t[1]>t[0]){let l=t[0]-u;l>0&&r(s,u,n,l,n+o),u=t[1]}}let a=t+i-u,f=10;a>0&&r(s,u,n-f/2,a,n+o+f)}return s}function _t(l,e,t,n,i,o,s){let r=[],u=l.length;for(let a=1==i?t:n;a>=t&&n>=a;a+=i)if(null===e[a]){let f=a,c=a;if(1==i)for(;++a<=n&&null===e[a];)c=a;else for(;--a>=t&&null===e[a];)c=a;let h=o(l[f]),d=c==f?h:o(l[c]),p=f-i;h=s>0||0>p||p>=u?h:o(l[p]);let m=c+i;d=0>s||0>m||m>=u?d:o(l[m]),h>d||r.push([h,d])}return r}function bt(l){return 0==l?vl:1==l?rl:e=>zl(e,l)}function vt(l){let e=0==l?kt:yt,t=0==l?(l,e,t,n,i,o)=>{l.arcTo(e,t,n,i,o)}:(l,e,t,n,i,o)=>{l.arcTo(t,e,i,n,o)},n=0==l?(l,e,t,n,i)=>{l.rect(e,t,n,i)}:(l,e,t,n,i)=>{l.rect(t,e,i,n)};return(l,i,o,s,r,u=0,a=0)=>{0==u&&0==a?n(l,i,o,s,r):(u=al(u,s/2,r/2),a=al(a,s/2,r/2),e(l,i+u,o),t(l,i+s,o,i+s,o+r,u),t(l,i+s,o+r,i,o+r,a),t(l,i,o+r,i,o,a),t(l,i,o,i+s,o,u),l.closePath())}}const kt=(l,e,t)=>{l.moveTo(e,t)},yt=(l,e,t)=>{l.moveTo(t,e)},Mt=(l,e,t)=>{l.lineTo(e,t)},St=(l,e,t)=>{l.lineTo(t,e)},Tt=vt(0),Et=vt(1),zt=(l,e,t,n,i,o)=>{l.arc(e,t,n,i,o)},Dt=(l,e,t,n,i,o)=>{l.arc(t,e,n,i,o)},Pt=(l,e,t,n,i,o,s)=>{l.bezierCurveTo(e,t,n,i,o,s)},At=(l,e,t,n,i,o,s)=>{l.bezierCurveTo(t,e,i,n,s,o)};function Wt(){return(l,e,t,n,i)=>pt(l,e,((e,o,s,r,u,a,f,c,h,d,p)=>{let m,g,{pxRound:x,points:w}=e;0==r.ori?(m=kt,g=zt):(m=yt,g=Dt);const _=Al(w.width*y,3);let b=(w.size-w.width)/2*y,v=Al(2*b,3),k=new Path2D,M=new Path2D,{left:S,top:T,width:E,height:z}=l.bbox;Tt(M,S-v,T-v,E+2*v,z+2*v);const D=l=>{if(null!=s[l]){let e=x(a(o[l],r,d,c)),t=x(f(s[l],u,p,h));m(k,e+b,t),g(k,e,t,b,0,2*il)}};if(i)i.forEach(D);else for(let l=t;n>=l;l++)D(l);return{stroke:_>0?k:null,fill:k,clip:M,flags:3}}))}function Yt(l){return(e,t,n,i,o,s)=>{n!=i&&(o!=n&&s!=n&&l(e,t,n),o!=i&&s!=i&&l(e,t,i),l(e,t,s))}}const Ct=Yt(Mt),Ht=Yt(St);function Ft(l){const e=Q(l?.alignGaps,0);return(l,t,n,i)=>pt(l,t,((o,s,r,u,a,f,c,h,d,p,m)=>{[n,i]=U(r,n,i);let g,x,w=o.pxRound,_=l=>w(f(l,u,p,h)),b=l=>w(c(l,a,m,d));0==u.ori?(g=Mt,x=Ct):(g=St,x=Ht);const v=u.dir*(0==u.ori?1:-1),k={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:1},y=k.stroke;let M=!1;if(i-n<4*p)for(let l=1==v?n:i;l>=n&&i>=l;l+=v){let e=r[l];null===e?M=!0:null!=e&&g(y,_(s[l]),b(e))}else{let e,t,o,a=e=>l.posToVal(e,u.key,!0),f=null,c=null,h=_(s[1==v?n:i]),d=_(s[n]),p=_(s[i]),m=a(1==v?d+1:p-1);for(let l=1==v?n:i;l>=n&&i>=l;l+=v){let n=s[l],i=(1==v?m>n:n>m)?h:_(n),o=r[l];i==h?null!=o?(t=o,null==f?(g(y,i,b(t)),e=f=c=t):f>t?f=t:t>c&&(c=t)):null===o&&(M=!0):(null!=f&&x(y,h,b(f),b(c),b(e),b(t)),null!=o?(t=o,g(y,i,b(t)),f=c=e=t):(f=c=null,null===o&&(M=!0)),h=i,m=a(h+v))}null!=f&&f!=c&&o!=h&&x(y,h,b(f),b(c),b(e),b(t))}let[S,T]=mt(l,t);if(null!=o.fill||0!=S){let e=k.fill=new Path2D(y),r=b(o.fillTo(l,t,o.min,o.max,S)),u=_(s[n]),a=_(s[i]);-1==v&&([a,u]=[u,a]),g(e,a,r),g(e,u,r)}if(!o.spanGaps){let a=[];M&&a.push(..._t(s,r,n,i,v,_,e)),k.gaps=a=o.gaps(l,t,n,i,a),k.clip=wt(a,u.ori,h,d,p,m)}return 0!=T&&(k.band=2==T?[xt(l,t,n,i,y,-1),xt(l,t,n,i,y,1)]:xt(l,t,n,i,y,T)),k}))}function Rt(l,e,t,n,i,o,s=gl){if(l.length>1){let r=null;for(let u=0,a=1/0;l.length>u;u++)if(void 0!==e[u]){if(null!=r){let e=ol(l[u]-l[r]);a>e&&(a=e,s=ol(t(l[u],n,i,o)-t(l[r],n,i,o)))}r=u}}return s}function Gt(l,e,t,n,i){const o=l.length;if(2>o)return null;const s=new Path2D;if(t(s,l[0],e[0]),2==o)n(s,l[1],e[1]);else{let t=Array(o),n=Array(o-1),r=Array(o-1),u=Array(o-1);for(let t=0;o-1>t;t++)r[t]=e[t+1]-e[t],u[t]=l[t+1]-l[t],n[t]=r[t]/u[t];t[0]=n[0];for(let l=1;o-1>l;l++)0===n[l]||0===n[l-1]||n[l-1]>0!=n[l]>0?t[l]=0:(t[l]=3*(u[l-1]+u[l])/((2*u[l]+u[l-1])/n[l-1]+(u[l]+2*u[l-1])/n[l]),isFinite(t[l])||(t[l]=0));t[o-1]=n[o-2];for(let n=0;o-1>n;n++)i(s,l[n]+u[n]/3,e[n]+t[n]*u[n]/3,l[n+1]-u[n]/3,e[n+1]-t[n+1]*u[n]/3,l[n+1],e[n+1])}return s}const It=new Set;function Lt(){for(let l of It)l.syncRect(!0)}_&&(G(\"resize\",v,Lt),G(\"scroll\",v,Lt,!0),G(x,v,(()=>{en.pxRatio=y})));const Ot=Ft(),Nt=Wt();function jt(l,e,t,n){return(n?[l[0],l[1]].concat(l.slice(2)):[l[0]].concat(l.slice(1))).map(((l,n)=>Ut(l,n,e,t)))}function Ut(l,e,t,n){return Bl({},0==e?t:n,l)}function Vt(l,e,t){return null==e?Rl:[e,t]}const Bt=Vt;function $t(l,e,t){return null==e?Rl:Z(e,t,J,!0)}function Jt(l,e,t,n){return null==e?Rl:B(e,t,l.scales[n].log,!1)}const qt=Jt;function Kt(l,e,t,n){return null==e?Rl:$(e,t,l.scales[n].log,!1)}const Xt=Kt;function Zt(l,e,t,n,i){let o=fl(xl(l),xl(e)),s=e-l,r=L(i/n*s,t);do{let l=t[r],e=n*l/s;if(e>=i&&17>=o+(5>l?Wl.get(l):0))return[l,e]}while(++r<t.length);return[0,0]}function Qt(l){let e,t;return[l=l.replace(/(\\d+)px/,((l,n)=>(e=rl((t=+n)*y))+\"px\")),e,t]}function ln(l){l.show&&[l.font,l.labelFont].forEach((l=>{let e=Al(l[2]*y,1);l[0]=l[0].replace(/[0-9.]+px/,e+\"px\"),l[1]=e}))}function en(u,g,_){const k={mode:Q(u.mode,1)},M=k.mode;function P(l,e,t,n){let i=e.valToPct(l);return n+t*(-1==e.dir?1-i:i)}function W(l,e,t,n){let i=e.valToPct(l);return n+t*(-1==e.dir?i:1-i)}function C(l,e,t,n){return 0==e.ori?P(l,e,t,n):W(l,e,t,n)}k.valToPosH=P,k.valToPosV=W;let F=!1;k.status=0;const R=k.root=D(\"uplot\");null!=u.id&&(R.id=u.id),S(R,u.class),u.title&&(D(\"u-title\",R).textContent=u.title);const O=z(\"canvas\"),K=k.ctx=O.getContext(\"2d\"),X=D(\"u-wrap\",R);G(\"click\",X,(l=>{l.target===el&&(Nn!=Gn||jn!=In)&&Zn.click(k,l)}),!0);const ll=k.under=D(\"u-under\",X);X.appendChild(O);const el=k.over=D(\"u-over\",X),tl=+Q((u=Vl(u)).pxAlign,1),sl=bt(tl);(u.plugins||[]).forEach((l=>{l.opts&&(u=l.opts(k,u)||u)}));const hl=u.ms||.001,pl=k.series=1==M?jt(u.series||[],Ve,ut,!1):function(l,e){return l.map(((l,t)=>0==t?{}:Bl({},e,l)))}(u.series||[null],rt),xl=k.axes=jt(u.axes||[],Ue,it,!0),vl=k.scales={},Tl=k.bands=u.bands||[];Tl.forEach((l=>{l.fill=bl(l.fill||null),l.dir=Q(l.dir,-1)}));const El=2==M?pl[1].facets[0].scale:pl[0].scale,Dl={axes:function(){for(let l=0;xl.length>l;l++){let e=xl[l];if(!e.show||!e._show)continue;let t,n,u=e.side,a=u%2,f=e.stroke(k,l),c=0==u||3==u?-1:1,[h,d]=e._found;if(null!=e.label){let s=rl((e._lpos+e.labelGap*c)*y);_n(e.labelFont[0],f,\"center\",2==u?i:o),K.save(),1==a?(t=n=0,K.translate(s,rl(lt+st/2)),K.rotate((3==u?-il:il)/2)):(t=rl(Qe+ot/2),n=s);let r=_l(e.label)?e.label(k,l,h,d):e.label;K.fillText(r,t,n),K.restore()}if(0==d)continue;let p=vl[e.scale],m=0==a?ot:st,g=0==a?Qe:lt,x=e._splits,w=2==p.distr?x.map((l=>pn[l])):x,_=2==p.distr?pn[x[1]]-pn[x[0]]:h,b=e.ticks,v=e.border,M=b.show?b.size:0,S=rl(M*y),T=rl((2==e.alignTo?e._size-M-e.gap:e.gap)*y),E=e._rotate*-il/180,z=sl(e._pos*y),D=z+(S+T)*c;n=0==a?D:0,t=1==a?D:0,_n(e.font[0],f,1==e.align?s:2==e.align?r:E>0?s:0>E?r:0==a?\"center\":3==u?r:s,E||1==a?\"middle\":2==u?i:o);let P=e.font[1]*e.lineGap,A=x.map((l=>sl(C(l,p,m,g)))),W=e._values;for(let l=0;W.length>l;l++){let e=W[l];if(null!=e){0==a?t=A[l]:n=A[l],e=\"\"+e;let i=-1==e.indexOf(\"\\n\")?[e]:e.split(/\\n/gm);for(let l=0;i.length>l;l++){let e=i[l];E?(K.save(),K.translate(t,n+l*P),K.rotate(E),K.fillText(e,0,0),K.restore()):K.fillText(e,t,n+l*P)}}}b.show&&zn(A,b.filter(k,w,l,d,_),a,u,z,S,Al(b.width*y,3),b.stroke(k,l),b.dash,b.cap);let Y=e.grid;Y.show&&zn(A,Y.filter(k,w,l,d,_),a,0==a?2:1,0==a?lt:Qe,0==a?st:ot,Al(Y.width*y,3),Y.stroke(k,l),Y.dash,Y.cap),v.show&&zn([z],[1],0==a?1:0,0==a?1:2,1==a?lt:Qe,1==a?st:ot,Al(v.width*y,3),v.stroke(k,l),v.dash,v.cap)}Ci(\"drawAxes\")},series:function(){if(Gt>0){let l=pl.some((l=>l._focus))&&dn!=Tt.alpha;l&&(K.globalAlpha=dn=Tt.alpha),pl.forEach(((l,e)=>{if(e>0&&l.show&&(kn(e,!1),kn(e,!0),null==l._paths)){let t=dn;dn!=l.alpha&&(K.globalAlpha=dn=l.alpha);let n=2==M?[0,g[e][0].length-1]:function(l){let e=wl(Lt-1,0,Gt-1),t=wl(en+1,0,Gt-1);for(;null==l[e]&&e>0;)e--;for(;null==l[t]&&Gt-1>t;)t++;return[e,t]}(g[e]);l._paths=l.paths(k,e,n[0],n[1]),dn!=t&&(K.globalAlpha=dn=t)}})),pl.forEach(((l,e)=>{if(e>0&&l.show){let t=dn;dn!=l.alpha&&(K.globalAlpha=dn=l.alpha),null!=l._paths&&yn(e,!1);{let t=null!=l._paths?l._paths.gaps:null,n=l.points.show(k,e,Lt,en,t),i=l.points.filter(k,e,n,t);(n||i)&&(l.points._paths=l.points.paths(k,e,Lt,en,i),yn(e,!0))}dn!=t&&(K.globalAlpha=dn=t),Ci(\"drawSeries\",e)}})),l&&(K.globalAlpha=dn=1)}}},Pl=(u.drawOrder||[\"axes\",\"series\"]).map((l=>Dl[l]));function Cl(l){const e=3==l.distr?e=>dl(e>0?e:l.clamp(k,e,l.min,l.max,l.key)):4==l.distr?e=>ml(e,l.asinh):100==l.distr?e=>l.fwd(e):l=>l;return t=>{let n=e(t),{_min:i,_max:o}=l;return(n-i)/(o-i)}}function Il(l){let e=vl[l];if(null==e){let t=(u.scales||Hl)[l]||Hl;if(null!=t.from){Il(t.from);let e=Bl({},vl[t.from],t,{key:l});e.valToPct=Cl(e),vl[l]=e}else{e=vl[l]=Bl({},l==El?ft:ct,t),e.key=l;let n=e.time,i=e.range,o=Gl(i);if((l!=El||2==M&&!n)&&(!o||null!=i[0]&&null!=i[1]||(i={min:null==i[0]?q:{mode:1,hard:i[0],soft:i[0]},max:null==i[1]?q:{mode:1,hard:i[1],soft:i[1]}},o=!1),!o&&Ol(i))){let l=i;i=(e,t,n)=>null==t?Rl:Z(t,n,l)}e.range=bl(i||(n?Bt:l==El?3==e.distr?qt:4==e.distr?Xt:Vt:3==e.distr?Jt:4==e.distr?Kt:$t)),e.auto=bl(!o&&e.auto),e.clamp=bl(e.clamp||at),e._min=e._max=null,e.valToPct=Cl(e)}}}Il(\"x\"),Il(\"y\"),1==M&&pl.forEach((l=>{Il(l.scale)})),xl.forEach((l=>{Il(l.scale)}));for(let l in u.scales)Il(l);const jl=vl[El],Ul=jl.distr;let $l,ql;0==jl.ori?(S(R,\"u-hz\"),$l=P,ql=W):(S(R,\"u-vt\"),$l=W,ql=P);const Kl={};for(let l in vl){let e=vl[l];null==e.min&&null==e.max||(Kl[l]={min:e.min,max:e.max},e.min=e.max=null)}const Xl=u.tzDate||(l=>new Date(rl(l/hl))),Zl=u.fmtDate||ne,Ql=1==hl?Me(Xl):Ee(Xl),le=De(Xl,ze(1==hl?ye:Te,Zl)),ee=We(Xl,Ae(\"{YYYY}-{MM}-{DD} {h}:{mm}{aa}\",Zl)),te=[],ie=k.legend=Bl({},Ye,u.legend),oe=k.cursor=Bl({},Re,{drag:{y:2==M}},u.cursor),se=ie.show,re=oe.show,ue=ie.markers;let ce,he,de;ie.idxs=te,ue.width=bl(ue.width),ue.dash=bl(ue.dash),ue.stroke=bl(ue.stroke),ue.fill=bl(ue.fill);let pe,me=[],ge=[],xe=!1,we={};if(ie.live){const l=pl[1]?pl[1].values:null;xe=null!=l,pe=xe?l(k,1,0):{_:0};for(let l in pe)we[l]=w}if(se)if(ce=z(\"table\",\"u-legend\",R),de=z(\"tbody\",null,ce),ie.mount(k,ce),xe){he=z(\"thead\",null,ce,de);let l=z(\"tr\",null,he);for(var _e in z(\"th\",null,l),pe)z(\"th\",e,l).textContent=_e}else S(ce,\"u-inline\"),ie.live&&S(ce,\"u-live\");const be={show:!0},ve={show:!1},Pe=new Map;function Ce(l,e,t,n=!0){const i=Pe.get(e)||{},o=oe.bind[l](k,e,t,n);o&&(G(l,e,i[l]=o),Pe.set(e,i))}function He(l,e){const t=Pe.get(e)||{};for(let n in t)null!=l&&n!=l||(I(n,e,t[n]),delete t[n]);null==l&&Pe.delete(e)}let Fe=0,Ge=0,Ie=0,Le=0,Oe=0,Ne=0,je=Oe,Ke=Ne,Xe=Ie,Ze=Le,Qe=0,lt=0,ot=0,st=0;k.bbox={};let ht=!1,pt=!1,mt=!1,xt=!1,wt=!1,_t=!1;function vt(l,e,t){(t||l!=k.width||e!=k.height)&&kt(l,e),An(!1),mt=!0,pt=!0,Jn()}function kt(l,e){k.width=Fe=Ie=l,k.height=Ge=Le=e,Oe=Ne=0,function(){let l=!1,e=!1,t=!1,n=!1;xl.forEach((i=>{if(i.show&&i._show){let{side:o,_size:s}=i,r=s+(null!=i.label?i.labelSize:0);r>0&&(o%2?(Ie-=r,3==o?(Oe+=r,n=!0):t=!0):(Le-=r,0==o?(Ne+=r,l=!0):e=!0))}})),Ct[0]=l,Ct[1]=t,Ct[2]=e,Ct[3]=n,Ie-=Rt[1]+Rt[3],Oe+=Rt[3],Le-=Rt[2]+Rt[0],Ne+=Rt[0]}(),function(){let l=Oe+Ie,e=Ne+Le,t=Oe,n=Ne;function i(i,o){switch(i){case 1:return l+=o,l-o;case 2:return e+=o,e-o;case 3:return t-=o,t+o;case 0:return n-=o,n+o}}xl.forEach((l=>{if(l.show&&l._show){let e=l.side;l._pos=i(e,l._size),null!=l.label&&(l._lpos=i(e,l.labelSize))}}))}();let t=k.bbox;Qe=t.left=zl(Oe*y,.5),lt=t.top=zl(Ne*y,.5),ot=t.width=zl(Ie*y,.5),st=t.height=zl(Le*y,.5)}const yt=3;if(k.setSize=function({width:l,height:e}){vt(l,e)},null==oe.dataIdx){let l=oe.hover,e=l.skip=new Set(l.skip??[]);e.add(void 0);let t=l.prox=bl(l.prox),n=l.bias??=0;oe.dataIdx=(l,i,o,s)=>{if(0==i)return o;let r=o,u=t(l,i,o,s)??gl,a=u>=0&&gl>u,f=0==jl.ori?Ie:Le,c=oe.left,h=g[0],d=g[i];if(e.has(d[o])){r=null;let l,t=null,i=null;if(0==n||-1==n)for(l=o;null==t&&l-- >0;)e.has(d[l])||(t=l);if(0==n||1==n)for(l=o;null==i&&l++<d.length;)e.has(d[l])||(i=l);if(null!=t||null!=i)if(a){let l=c-(null==t?-1/0:$l(h[t],jl,f,0)),e=(null==i?1/0:$l(h[i],jl,f,0))-c;l>e?e>u||(r=i):l>u||(r=t)}else r=null==i?t:null==t||o-t>i-o?i:t}else a&&ol(c-$l(h[o],jl,f,0))>u&&(r=null);return r}}const Mt=l=>{oe.event=l};oe.idxs=te,oe._lock=!1;let St=oe.points;St.show=bl(St.show),St.size=bl(St.size),St.stroke=bl(St.stroke),St.width=bl(St.width),St.fill=bl(St.fill);const Tt=k.focus=Bl({},u.focus||{alpha:.3},oe.focus),Et=Tt.prox>=0,zt=Et&&St.one;let Dt=[],Pt=[],At=[];function Wt(l,e){let t=St.show(k,e);if(t instanceof HTMLElement)return S(t,\"u-cursor-pt\"),S(t,l.class),A(t,-10,-10,Ie,Le),el.insertBefore(t,Dt[e]),t}function Yt(t,n){if(1==M||n>0){let l=1==M&&vl[t.scale].time,e=t.value;t.value=l?Ll(e)?We(Xl,Ae(e,Zl)):e||ee:e||nt,t.label=t.label||(l?\"Time\":\"Value\")}if(zt||n>0){t.width=null==t.width?1:t.width,t.paths=t.paths||Ot||yl,t.fillTo=bl(t.fillTo||gt),t.pxAlign=+Q(t.pxAlign,tl),t.pxRound=bt(t.pxAlign),t.stroke=bl(t.stroke||null),t.fill=bl(t.fill||null),t._stroke=t._fill=t._paths=t._focus=null;let l=function(l){return Al(1*(3+2*(l||1)),3)}(fl(1,t.width)),e=t.points=Bl({},{size:l,width:fl(1,.2*l),stroke:t.stroke,space:2*l,paths:Nt,_stroke:null,_fill:null},t.points);e.show=bl(e.show),e.filter=bl(e.filter),e.fill=bl(e.fill),e.stroke=bl(e.stroke),e.paths=bl(e.paths),e.pxAlign=t.pxAlign}if(se){let i=function(t,n){if(0==n&&(xe||!ie.live||2==M))return Rl;let i=[],o=z(\"tr\",\"u-series\",de,de.childNodes[n]);S(o,t.class),t.show||S(o,l);let s=z(\"th\",null,o);if(ue.show){let l=D(\"u-marker\",s);if(n>0){let e=ue.width(k,n);e&&(l.style.border=e+\"px \"+ue.dash(k,n)+\" \"+ue.stroke(k,n)),l.style.background=ue.fill(k,n)}}let r=D(e,s);for(var u in t.label instanceof HTMLElement?r.appendChild(t.label):r.textContent=t.label,n>0&&(ue.show||(r.style.color=t.width>0?ue.stroke(k,n):ue.fill(k,n)),Ce(\"click\",s,(l=>{if(oe._lock)return;Mt(l);let e=pl.indexOf(t);if((l.ctrlKey||l.metaKey)!=ie.isolate){let l=pl.some(((l,t)=>t>0&&t!=e&&l.show));pl.forEach(((t,n)=>{n>0&&oi(n,l?n==e?be:ve:be,!0,Fi.setSeries)}))}else oi(e,{show:!t.show},!0,Fi.setSeries)}),!1),Et&&Ce(d,s,(l=>{oe._lock||(Mt(l),oi(pl.indexOf(t),ai,!0,Fi.setSeries))}),!1)),pe){let l=z(\"td\",\"u-value\",o);l.textContent=\"--\",i.push(l)}return[o,i]}(t,n);me.splice(n,0,i[0]),ge.splice(n,0,i[1]),ie.values.push(null)}if(re){te.splice(n,0,null);let l=null;zt?0==n&&(l=Wt(t,n)):n>0&&(l=Wt(t,n)),Dt.splice(n,0,l),Pt.splice(n,0,0),At.splice(n,0,0)}Ci(\"addSeries\",n)}k.addSeries=function(l,e){e=null==e?pl.length:e,l=1==M?Ut(l,e,Ve,ut):Ut(l,e,{},rt),pl.splice(e,0,l),Yt(pl[e],e)},k.delSeries=function(l){if(pl.splice(l,1),se){ie.values.splice(l,1),ge.splice(l,1);let e=me.splice(l,1)[0];He(null,e.firstChild),e.remove()}re&&(te.splice(l,1),Dt.splice(l,1)[0].remove(),Pt.splice(l,1),At.splice(l,1)),Ci(\"delSeries\",l)};const Ct=[!1,!1,!1,!1];function Ht(l,e,t){let[n,i,o,s]=t,r=e%2,u=0;return 0==r&&(s||i)&&(u=0==e&&!n||2==e&&!o?rl(Ue.size/3):0),1==r&&(n||o)&&(u=1==e&&!i||3==e&&!s?rl(it.size/2):0),u}const Ft=k.padding=(u.padding||[Ht,Ht,Ht,Ht]).map((l=>bl(Q(l,Ht)))),Rt=k._padding=Ft.map(((l,e)=>l(k,e,Ct,0)));let Gt,Lt=null,en=null;const tn=1==M?pl[0].idxs:null;let nn,on,sn,rn,un,an,fn,cn,hn,dn,pn=null,mn=!1;function gn(l,e){if(k.data=k._data=g=null==l?[]:l,2==M){Gt=0;for(let l=1;pl.length>l;l++)Gt+=g[l][0].length}else{0==g.length&&(k.data=k._data=g=[[]]),pn=g[0],Gt=pn.length;let l=g;if(2==Ul){l=g.slice();let e=l[0]=Array(Gt);for(let l=0;Gt>l;l++)e[l]=l}k._data=g=l}if(An(!0),Ci(\"setData\"),2==Ul&&(mt=!0),!1!==e){let l=jl;l.auto(k,mn)?xn():ii(El,l.min,l.max),xt=xt||oe.left>=0,_t=!0,Jn()}}function xn(){let l,e;mn=!0,1==M&&(Gt>0?(Lt=tn[0]=0,en=tn[1]=Gt-1,l=g[0][Lt],e=g[0][en],2==Ul?(l=Lt,e=en):l==e&&(3==Ul?[l,e]=B(l,l,jl.log,!1):4==Ul?[l,e]=$(l,l,jl.log,!1):jl.time?e=l+rl(86400/hl):[l,e]=Z(l,e,J,!0))):(Lt=tn[0]=l=null,en=tn[1]=e=null)),ii(El,l,e)}function wn(l,e,t,n,i,o){l??=a,t??=Fl,n??=\"butt\",i??=a,o??=\"round\",l!=nn&&(K.strokeStyle=nn=l),i!=on&&(K.fillStyle=on=i),e!=sn&&(K.lineWidth=sn=e),o!=un&&(K.lineJoin=un=o),n!=an&&(K.lineCap=an=n),t!=rn&&K.setLineDash(rn=t)}function _n(l,e,t,n){e!=on&&(K.fillStyle=on=e),l!=fn&&(K.font=fn=l),t!=cn&&(K.textAlign=cn=t),n!=hn&&(K.textBaseline=hn=n)}function bn(l,e,t,n,i=0){if(n.length>0&&l.auto(k,mn)&&(null==e||null==e.min)){let e=Q(Lt,0),o=Q(en,n.length-1),s=null==t.min?function(l,e,t,n=0,i=!1){let o=i?V:U,s=i?j:N;[e,t]=o(l,e,t);let r=l[e],u=l[e];if(e>-1)if(1==n)r=l[e],u=l[t];else if(-1==n)r=l[t],u=l[e];else for(let n=e;t>=n;n++){let e=l[n];s(e)&&(r>e?r=e:e>u&&(u=e))}return[r??gl,u??-gl]}(n,e,o,i,3==l.distr):[t.min,t.max];l.min=al(l.min,t.min=s[0]),l.max=fl(l.max,t.max=s[1])}}k.setData=gn;const vn={min:null,max:null};function kn(l,e){let t=e?pl[l].points:pl[l];t._stroke=t.stroke(k,l),t._fill=t.fill(k,l)}function yn(l,e){let t=e?pl[l].points:pl[l],{stroke:n,fill:i,clip:o,flags:s,_stroke:r=t._stroke,_fill:u=t._fill,_width:a=t.width}=t._paths;a=Al(a*y,3);let f=null,c=a%2/2;e&&null==u&&(u=a>0?\"#fff\":r);let h=1==t.pxAlign&&c>0;if(h&&K.translate(c,c),!e){let l=Qe-a/2,e=lt-a/2,t=ot+a,n=st+a;f=new Path2D,f.rect(l,e,t,n)}e?Sn(r,a,t.dash,t.cap,u,n,i,s,o):function(l,e,t,n,i,o,s,r,u,a,f){let c=!1;0!=u&&Tl.forEach(((h,d)=>{if(h.series[0]==l){let l,p=pl[h.series[1]],m=g[h.series[1]],x=(p._paths||Hl).band;Gl(x)&&(x=1==h.dir?x[0]:x[1]);let w=null;p.show&&x&&function(l,e,t){for(e=Q(e,0),t=Q(t,l.length-1);t>=e;){if(null!=l[e])return!0;e++}return!1}(m,Lt,en)?(w=h.fill(k,d)||o,l=p._paths.clip):x=null,Sn(e,t,n,i,w,s,r,u,a,f,l,x),c=!0}})),c||Sn(e,t,n,i,o,s,r,u,a,f)}(l,r,a,t.dash,t.cap,u,n,i,s,f,o),h&&K.translate(-c,-c)}const Mn=3;function Sn(l,e,t,n,i,o,s,r,u,a,f,c){wn(l,e,t,n,i),(u||a||c)&&(K.save(),u&&K.clip(u),a&&K.clip(a)),c?(r&Mn)==Mn?(K.clip(c),f&&K.clip(f),En(i,s),Tn(l,o,e)):2&r?(En(i,s),K.clip(c),Tn(l,o,e)):1&r&&(K.save(),K.clip(c),f&&K.clip(f),En(i,s),K.restore(),Tn(l,o,e)):(En(i,s),Tn(l,o,e)),(u||a||c)&&K.restore()}function Tn(l,e,t){t>0&&(e instanceof Map?e.forEach(((l,e)=>{K.strokeStyle=nn=e,K.stroke(l)})):null!=e&&l&&K.stroke(e))}function En(l,e){e instanceof Map?e.forEach(((l,e)=>{K.fillStyle=on=e,K.fill(l)})):null!=e&&l&&K.fill(e)}function zn(l,e,t,n,i,o,s,r,u,a){let f=s%2/2;1==tl&&K.translate(f,f),wn(r,s,u,a,r),K.beginPath();let c,h,d,p,m=i+(0==n||3==n?-o:o);0==t?(h=i,p=m):(c=i,d=m);for(let n=0;l.length>n;n++)null!=e[n]&&(0==t?c=d=l[n]:h=p=l[n],K.moveTo(c,h),K.lineTo(d,p));K.stroke(),1==tl&&K.translate(-f,-f)}function Dn(l){let e=!0;return xl.forEach(((t,n)=>{if(!t.show)return;let i=vl[t.scale];if(null==i.min)return void(t._show&&(e=!1,t._show=!1,An(!1)));t._show||(e=!1,t._show=!0,An(!1));let o=t.side,s=o%2,{min:r,max:u}=i,[a,f]=function(l,e,t,n){let i,o=xl[l];if(n>0){let s=o._space=o.space(k,l,e,t,n);i=Zt(e,t,o._incrs=o.incrs(k,l,e,t,n,s),n,s)}else i=[0,0];return o._found=i}(n,r,u,0==s?Ie:Le);if(0==f)return;let c=t._splits=t.splits(k,n,r,u,a,f,2==i.distr),h=2==i.distr?c.map((l=>pn[l])):c,d=2==i.distr?pn[c[1]]-pn[c[0]]:a,p=t._values=t.values(k,t.filter(k,h,n,f,d),n,f,d);t._rotate=2==o?t.rotate(k,p,n,f):0;let m=t._size;t._size=ul(t.size(k,p,n,l)),null!=m&&t._size!=m&&(e=!1)})),e}function Pn(l){let e=!0;return Ft.forEach(((t,n)=>{let i=t(k,n,Ct,l);i!=Rt[n]&&(e=!1),Rt[n]=i})),e}function An(l){pl.forEach(((e,t)=>{t>0&&(e._paths=null,l&&(1==M?(e.min=null,e.max=null):e.facets.forEach((l=>{l.min=null,l.max=null}))))}))}let Wn,Yn,Cn,Hn,Fn,Rn,Gn,In,Ln,On,Nn,jn,Un=!1,Vn=!1,Bn=[];function $n(){Vn=!1;for(let l=0;Bn.length>l;l++)Ci(...Bn[l]);Bn.length=0}function Jn(){Un||(Jl(qn),Un=!0)}function qn(){if(ht&&(function(){for(let l in vl){let e=vl[l];null==Kl[l]&&(null==e.min||null!=Kl[El]&&e.auto(k,mn))&&(Kl[l]=vn)}for(let l in vl){let e=vl[l];null==Kl[l]&&null!=e.from&&null!=Kl[e.from]&&(Kl[l]=vn)}null!=Kl[El]&&An(!0);let l={};for(let e in Kl){let t=Kl[e];if(null!=t){let n=l[e]=Vl(vl[e],Nl);if(null!=t.min)Bl(n,t);else if(e!=El||2==M)if(0==Gt&&null==n.from){let l=n.range(k,null,null,e);n.min=l[0],n.max=l[1]}else n.min=gl,n.max=-gl}}if(Gt>0){pl.forEach(((e,t)=>{if(1==M){let n=e.scale,i=Kl[n];if(null==i)return;let o=l[n];if(0==t){let l=o.range(k,o.min,o.max,n);o.min=l[0],o.max=l[1],Lt=L(o.min,g[0]),en=L(o.max,g[0]),en-Lt>1&&(o.min>g[0][Lt]&&Lt++,g[0][en]>o.max&&en--),e.min=pn[Lt],e.max=pn[en]}else e.show&&e.auto&&bn(o,i,e,g[t],e.sorted);e.idxs[0]=Lt,e.idxs[1]=en}else if(t>0&&e.show&&e.auto){let[n,i]=e.facets,o=n.scale,s=i.scale,[r,u]=g[t],a=l[o],f=l[s];null!=a&&bn(a,Kl[o],n,r,n.sorted),null!=f&&bn(f,Kl[s],i,u,i.sorted),e.min=i.min,e.max=i.max}}));for(let e in l){let t=l[e],n=Kl[e];if(null==t.from&&(null==n||null==n.min)){let l=t.range(k,t.min==gl?null:t.min,t.max==-gl?null:t.max,e);t.min=l[0],t.max=l[1]}}}for(let e in l){let t=l[e];if(null!=t.from){let n=l[t.from];if(null==n.min)t.min=t.max=null;else{let l=t.range(k,n.min,n.max,e);t.min=l[0],t.max=l[1]}}}let e={},t=!1;for(let n in l){let i=l[n],o=vl[n];if(o.min!=i.min||o.max!=i.max){o.min=i.min,o.max=i.max;let l=o.distr;o._min=3==l?dl(o.min):4==l?ml(o.min,o.asinh):100==l?o.fwd(o.min):o.min,o._max=3==l?dl(o.max):4==l?ml(o.max,o.asinh):100==l?o.fwd(o.max):o.max,e[n]=t=!0}}if(t){pl.forEach(((l,t)=>{2==M?t>0&&e.y&&(l._paths=null):e[l.scale]&&(l._paths=null)}));for(let l in e)mt=!0,Ci(\"setScale\",l);re&&oe.left>=0&&(xt=_t=!0)}for(let l in Kl)Kl[l]=null}(),ht=!1),mt&&(function(){let l=!1,e=0;for(;!l;){e++;let t=Dn(e),n=Pn(e);l=e==yt||t&&n,l||(kt(k.width,k.height),pt=!0)}}(),mt=!1),pt){if(E(ll,s,Oe),E(ll,i,Ne),E(ll,t,Ie),E(ll,n,Le),E(el,s,Oe),E(el,i,Ne),E(el,t,Ie),E(el,n,Le),E(X,t,Fe),E(X,n,Ge),O.width=rl(Fe*y),O.height=rl(Ge*y),xl.forEach((({_el:e,_show:t,_size:n,_pos:i,side:o})=>{if(null!=e)if(t){let t=o%2==1;E(e,t?\"left\":\"top\",i-(3===o||0===o?n:0)),E(e,t?\"width\":\"height\",n),E(e,t?\"top\":\"left\",t?Ne:Oe),E(e,t?\"height\":\"width\",t?Le:Ie),T(e,l)}else S(e,l)})),nn=on=sn=un=an=fn=cn=hn=rn=null,dn=1,_i(!0),Oe!=je||Ne!=Ke||Ie!=Xe||Le!=Ze){An(!1);let l=Ie/Xe,e=Le/Ze;if(re&&!xt&&oe.left>=0){oe.left*=l,oe.top*=e,Cn&&A(Cn,rl(oe.left),0,Ie,Le),Hn&&A(Hn,0,rl(oe.top),Ie,Le);for(let t=0;Dt.length>t;t++){let n=Dt[t];null!=n&&(Pt[t]*=l,At[t]*=e,A(n,ul(Pt[t]),ul(At[t]),Ie,Le))}}if(ei.show&&!wt&&ei.left>=0&&ei.width>0){ei.left*=l,ei.width*=l,ei.top*=e,ei.height*=e;for(let l in ki)E(ti,l,ei[l])}je=Oe,Ke=Ne,Xe=Ie,Ze=Le}Ci(\"setSize\"),pt=!1}Fe>0&&Ge>0&&(K.clearRect(0,0,O.width,O.height),Ci(\"drawClear\"),Pl.forEach((l=>l())),Ci(\"draw\")),ei.show&&wt&&(ni(ei),wt=!1),re&&xt&&(xi(null,!0,!1),xt=!1),ie.show&&ie.live&&_t&&(mi(),_t=!1),F||(F=!0,k.status=1,Ci(\"ready\")),mn=!1,Un=!1}function Kn(l,e){let t=vl[l];if(null==t.from){if(0==Gt){let n=t.range(k,e.min,e.max,l);e.min=n[0],e.max=n[1]}if(e.min>e.max){let l=e.min;e.min=e.max,e.max=l}if(Gt>1&&null!=e.min&&null!=e.max&&1e-16>e.max-e.min)return;l==El&&2==t.distr&&Gt>0&&(e.min=L(e.min,g[0]),e.max=L(e.max,g[0]),e.min==e.max&&e.max++),Kl[l]=e,ht=!0,Jn()}}k.batch=function(l,e=!1){Un=!0,Vn=e,l(k),qn(),e&&Bn.length>0&&queueMicrotask($n)},k.redraw=(l,e)=>{mt=e||!1,!1!==l?ii(El,jl.min,jl.max):Jn()},k.setScale=Kn;let Xn=!1;const Zn=oe.drag;let Qn=Zn.x,li=Zn.y;re&&(oe.x&&(Wn=D(\"u-cursor-x\",el)),oe.y&&(Yn=D(\"u-cursor-y\",el)),0==jl.ori?(Cn=Wn,Hn=Yn):(Cn=Yn,Hn=Wn),Nn=oe.left,jn=oe.top);const ei=k.select=Bl({show:!0,over:!0,left:0,width:0,top:0,height:0},u.select),ti=ei.show?D(\"u-select\",ei.over?el:ll):null;function ni(l,e){if(ei.show){for(let e in l)ei[e]=l[e],e in ki&&E(ti,e,l[e]);!1!==e&&Ci(\"setSelect\")}}function ii(l,e,t){Kn(l,{min:e,max:t})}function oi(e,t,n,i){null!=t.focus&&function(l){if(l!=ui){let e=null==l,t=1!=Tt.alpha;pl.forEach(((n,i)=>{if(1==M||i>0){let o=e||0==i||i==l;n._focus=e?null:o,t&&function(l,e){pl[l].alpha=e,re&&null!=Dt[l]&&(Dt[l].style.opacity=e),se&&me[l]&&(me[l].style.opacity=e)}(i,o?1:Tt.alpha)}})),ui=l,t&&Jn()}}(e),null!=t.show&&pl.forEach(((n,i)=>{0>=i||e!=i&&null!=e||(n.show=t.show,function(e){if(pl[e].show)se&&T(me[e],l);else if(se&&S(me[e],l),re){let l=zt?Dt[0]:Dt[e];null!=l&&A(l,-10,-10,Ie,Le)}}(i),2==M?(ii(n.facets[0].scale,null,null),ii(n.facets[1].scale,null,null)):ii(n.scale,null,null),Jn())})),!1!==n&&Ci(\"setSeries\",e,t),i&&Ii(\"setSeries\",k,e,t)}let si,ri,ui;k.setSelect=ni,k.setSeries=oi,k.addBand=function(l,e){l.fill=bl(l.fill||null),l.dir=Q(l.dir,-1),Tl.splice(e=null==e?Tl.length:e,0,l)},k.setBand=function(l,e){Bl(Tl[l],e)},k.delBand=function(l){null==l?Tl.length=0:Tl.splice(l,1)};const ai={focus:!0};function fi(l,e,t){let n=vl[e];t&&(l=l/y-(1==n.ori?Ne:Oe));let i=Ie;1==n.ori&&(i=Le,l=i-l),-1==n.dir&&(l=i-l);let o=n._min,s=o+l/i*(n._max-o),r=n.distr;return 3==r?cl(10,s):4==r?((l,e=1)=>nl.sinh(l)*e)(s,n.asinh):100==r?n.bwd(s):s}function ci(l,e){E(ti,s,ei.left=l),E(ti,t,ei.width=e)}function hi(l,e){E(ti,i,ei.top=l),E(ti,n,ei.height=e)}se&&Et&&Ce(p,ce,(l=>{oe._lock||(Mt(l),null!=ui&&oi(null,ai,!0,Fi.setSeries))})),k.valToIdx=l=>L(l,g[0]),k.posToIdx=function(l,e){return L(fi(l,El,e),g[0],Lt,en)},k.posToVal=fi,k.valToPos=(l,e,t)=>0==vl[e].ori?P(l,vl[e],t?ot:Ie,t?Qe:0):W(l,vl[e],t?st:Le,t?lt:0),k.setCursor=(l,e,t)=>{Nn=l.left,jn=l.top,xi(null,e,t)};let di=0==jl.ori?ci:hi,pi=1==jl.ori?ci:hi;function mi(l,e){if(null!=l&&(l.idxs?l.idxs.forEach(((l,e)=>{te[e]=l})):(l=>void 0===l)(l.idx)||te.fill(l.idx),ie.idx=te[0]),se&&ie.live){for(let l=0;pl.length>l;l++)(l>0||1==M&&!xe)&&gi(l,te[l]);!function(){if(se&&ie.live)for(let l=2==M?1:0;pl.length>l;l++){if(0==l&&xe)continue;let e=ie.values[l],t=0;for(let n in e)ge[l][t++].firstChild.nodeValue=e[n]}}()}_t=!1,!1!==e&&Ci(\"setLegend\")}function gi(l,e){let t,n=pl[l],i=0==l&&2==Ul?pn:g[l];xe?t=n.values(k,l,e)??we:(t=n.value(k,null==e?null:i[e],l,e),t=null==t?we:{_:t}),ie.values[l]=t}function xi(l,e,t){let n;Ln=Nn,On=jn,[Nn,jn]=oe.move(k,Nn,jn),oe.left=Nn,oe.top=jn,re&&(Cn&&A(Cn,rl(Nn),0,Ie,Le),Hn&&A(Hn,0,rl(jn),Ie,Le)),si=gl,ri=null;let i=0==jl.ori?Ie:Le,o=1==jl.ori?Ie:Le;if(0>Nn||0==Gt||Lt>en){n=oe.idx=null;for(let l=0;pl.length>l;l++){let e=Dt[l];null!=e&&A(e,-10,-10,Ie,Le)}Et&&oi(null,ai,!0,null==l&&Fi.setSeries),ie.live&&(te.fill(n),_t=!0)}else{let l,e,t;1==M&&(l=0==jl.ori?Nn:jn,e=fi(l,El),n=oe.idx=L(e,g[0],Lt,en),t=$l(g[0][n],jl,i,0));let s=-10,r=-10,u=0,a=0,f=!0,c=\"\",h=\"\";for(let l=2==M?1:0;pl.length>l;l++){let d=pl[l],p=te[l],m=null==p?null:1==M?g[l][p]:g[l][1][p],x=oe.dataIdx(k,l,n,e),w=null==x?null:1==M?g[l][x]:g[l][1][x];if(_t=_t||w!=m||x!=p,te[l]=x,l>0&&d.show){let e=null==x?-10:x==n?t:$l(1==M?g[0][x]:g[l][0][x],jl,i,0),p=null==w?-10:ql(w,1==M?vl[d.scale]:vl[d.facets[1].scale],o,0);if(Et&&null!=w){let e=1==jl.ori?Nn:jn,t=ol(Tt.dist(k,l,x,p,e));if(si>t){let n=Tt.bias;if(0!=n){let i=fi(e,d.scale),o=0>i?-1:1;o!=(0>w?-1:1)||(1==o?1==n?i>w:w>i:1==n?w>i:i>w)||(si=t,ri=l)}else si=t,ri=l}}if(_t||zt){let t,n;0==jl.ori?(t=e,n=p):(t=p,n=e);let i,o,d,m,g,x,w=!0,_=St.bbox;if(null!=_){w=!1;let e=_(k,l);d=e.left,m=e.top,i=e.width,o=e.height}else d=t,m=n,i=o=St.size(k,l);if(x=St.fill(k,l),g=St.stroke(k,l),zt)l!=ri||si>Tt.prox||(s=d,r=m,u=i,a=o,f=w,c=x,h=g);else{let e=Dt[l];null!=e&&(Pt[l]=d,At[l]=m,H(e,i,o,w),Y(e,x,g),A(e,ul(d),ul(m),Ie,Le))}}}}if(zt){let l=Tt.prox;if(_t||(null==ui?l>=si:si>l||ri!=ui)){let l=Dt[0];null!=l&&(Pt[0]=s,At[0]=r,H(l,u,a,f),Y(l,c,h),A(l,ul(s),ul(r),Ie,Le))}}}if(ei.show&&Xn)if(null!=l){let[e,t]=Fi.scales,[n,s]=Fi.match,[r,u]=l.cursor.sync.scales,a=l.cursor.drag;if(Qn=a._x,li=a._y,Qn||li){let a,f,c,h,d,{left:p,top:m,width:g,height:x}=l.select,w=l.scales[r].ori,_=l.posToVal,b=null!=e&&n(e,r),v=null!=t&&s(t,u);b&&Qn?(0==w?(a=p,f=g):(a=m,f=x),c=vl[e],h=$l(_(a,r),c,i,0),d=$l(_(a+f,r),c,i,0),di(al(h,d),ol(d-h))):di(0,i),v&&li?(1==w?(a=p,f=g):(a=m,f=x),c=vl[t],h=ql(_(a,u),c,o,0),d=ql(_(a+f,u),c,o,0),pi(al(h,d),ol(d-h))):pi(0,o)}else yi()}else{let l=ol(Ln-Fn),e=ol(On-Rn);if(1==jl.ori){let t=l;l=e,e=t}Qn=Zn.x&&l>=Zn.dist,li=Zn.y&&e>=Zn.dist;let t,n,s=Zn.uni;null!=s?Qn&&li&&(Qn=l>=s,li=e>=s,Qn||li||(e>l?li=!0:Qn=!0)):Zn.x&&Zn.y&&(Qn||li)&&(Qn=li=!0),Qn&&(0==jl.ori?(t=Gn,n=Nn):(t=In,n=jn),di(al(t,n),ol(n-t)),li||pi(0,o)),li&&(1==jl.ori?(t=Gn,n=Nn):(t=In,n=jn),pi(al(t,n),ol(n-t)),Qn||di(0,i)),Qn||li||(di(0,0),pi(0,0))}if(Zn._x=Qn,Zn._y=li,null==l){if(t){if(null!=Ri){let[l,e]=Fi.scales;Fi.values[0]=null!=l?fi(0==jl.ori?Nn:jn,l):null,Fi.values[1]=null!=e?fi(1==jl.ori?Nn:jn,e):null}Ii(f,k,Nn,jn,Ie,Le,n)}if(Et){let l=t&&Fi.setSeries,e=Tt.prox;null==ui?si>e||oi(ri,ai,!0,l):si>e?oi(null,ai,!0,l):ri!=ui&&oi(ri,ai,!0,l)}}_t&&(ie.idx=n,mi()),!1!==e&&Ci(\"setCursor\")}k.setLegend=mi;let wi=null;function _i(l=!1){l?wi=null:(wi=el.getBoundingClientRect(),Ci(\"syncRect\",wi))}function bi(l,e,t,n,i,o){oe._lock||Xn&&null!=l&&0==l.movementX&&0==l.movementY||(vi(l,e,t,n,i,o,0,!1,null!=l),null!=l?xi(null,!0,!0):xi(e,!0,!1))}function vi(l,e,t,n,i,o,s,r,u){if(null==wi&&_i(!1),Mt(l),null!=l)t=l.clientX-wi.left,n=l.clientY-wi.top;else{if(0>t||0>n)return Nn=-10,void(jn=-10);let[l,s]=Fi.scales,r=e.cursor.sync,[u,a]=r.values,[f,c]=r.scales,[h,d]=Fi.match,p=e.axes[0].side%2==1,m=0==jl.ori?Ie:Le,g=1==jl.ori?Ie:Le,x=p?o:i,w=p?i:o,_=p?n:t,b=p?t:n;if(t=null!=f?h(l,f)?C(u,vl[l],m,0):-10:m*(_/x),n=null!=c?d(s,c)?C(a,vl[s],g,0):-10:g*(b/w),1==jl.ori){let l=t;t=n,n=l}}!u||null!=e&&e.cursor.event.type!=f||(t>1&&Ie-1>t||(t=zl(t,Ie)),n>1&&Le-1>n||(n=zl(n,Le))),r?(Fn=t,Rn=n,[Gn,In]=oe.move(k,t,n)):(Nn=t,jn=n)}Object.defineProperty(k,\"rect\",{get:()=>(null==wi&&_i(!1),wi)});const ki={width:0,height:0,left:0,top:0};function yi(){ni(ki,!1)}let Mi,Si,Ti,Ei;function zi(l,e,t,n,i,o){Xn=!0,Qn=li=Zn._x=Zn._y=!1,vi(l,e,t,n,i,o,0,!0,!1),null!=l&&(Ce(h,b,Di,!1),Ii(c,k,Gn,In,Ie,Le,null));let{left:s,top:r,width:u,height:a}=ei;Mi=s,Si=r,Ti=u,Ei=a}function Di(l,e,t,n,i,o){Xn=Zn._x=Zn._y=!1,vi(l,e,t,n,i,o,0,!1,!0);let{left:s,top:r,width:u,height:a}=ei,f=u>0||a>0,c=Mi!=s||Si!=r||Ti!=u||Ei!=a;if(f&&c&&ni(ei),Zn.setScale&&f&&c){let l=s,e=u,t=r,n=a;if(1==jl.ori&&(l=r,e=a,t=s,n=u),Qn&&ii(El,fi(l,El),fi(l+e,El)),li)for(let l in vl){let e=vl[l];l!=El&&null==e.from&&e.min!=gl&&ii(l,fi(t+n,l),fi(t,l))}yi()}else oe.lock&&(oe._lock=!oe._lock,xi(e,!0,null!=l));null!=l&&(He(h,b),Ii(h,k,Nn,jn,Ie,Le,null))}function Pi(l){oe._lock||(Mt(l),xn(),yi(),null!=l&&Ii(m,k,Nn,jn,Ie,Le,null))}function Ai(){xl.forEach(ln),vt(k.width,k.height,!0)}G(x,v,Ai);const Wi={};Wi.mousedown=zi,Wi.mousemove=bi,Wi.mouseup=Di,Wi.dblclick=Pi,Wi.setSeries=(l,e,t,n)=>{-1!=(t=(0,Fi.match[2])(k,e,t))&&oi(t,n,!0,!1)},re&&(Ce(c,el,zi),Ce(f,el,bi),Ce(d,el,(l=>{Mt(l),_i(!1)})),Ce(p,el,(function(l){if(oe._lock)return;Mt(l);let e=Xn;if(Xn){let l,e,t=!0,n=!0,i=10;0==jl.ori?(l=Qn,e=li):(l=li,e=Qn),l&&e&&(t=i>=Nn||Nn>=Ie-i,n=i>=jn||jn>=Le-i),l&&t&&(Nn=Gn>Nn?0:Ie),e&&n&&(jn=In>jn?0:Le),xi(null,!0,!0),Xn=!1}Nn=-10,jn=-10,te.fill(null),xi(null,!0,!0),e&&(Xn=e)})),Ce(m,el,Pi),It.add(k),k.syncRect=_i);const Yi=k.hooks=u.hooks||{};function Ci(l,e,t){Vn?Bn.push([l,e,t]):l in Yi&&Yi[l].forEach((l=>{l.call(null,k,e,t)}))}(u.plugins||[]).forEach((l=>{for(let e in l.hooks)Yi[e]=(Yi[e]||[]).concat(l.hooks[e])}));const Hi=(l,e,t)=>t,Fi=Bl({key:null,setSeries:!1,filters:{pub:Ml,sub:Ml},scales:[El,pl[1]?pl[1].scale:null],match:[Sl,Sl,Hi],values:[null,null]},oe.sync);2==Fi.match.length&&Fi.match.push(Hi),oe.sync=Fi;const Ri=Fi.key,Gi=dt(Ri);function Ii(l,e,t,n,i,o,s){Fi.filters.pub(l,e,t,n,i,o,s)&&Gi.pub(l,e,t,n,i,o,s)}function Li(){Ci(\"init\",u,g),gn(g||u.data,!1),Kl[El]?Kn(El,Kl[El]):xn(),wt=ei.show&&(ei.width>0||ei.height>0),xt=_t=!0,vt(u.width,u.height)}return Gi.sub(k),k.pub=function(l,e,t,n,i,o,s){Fi.filters.sub(l,e,t,n,i,o,s)&&Wi[l](null,e,t,n,i,o,s)},k.destroy=function(){Gi.unsub(k),It.delete(k),Pe.clear(),I(x,v,Ai),R.remove(),ce?.remove(),Ci(\"destroy\")},pl.forEach(Yt),xl.forEach((function(l,e){if(l._show=l.show,l.show){let t=vl[l.scale];null==t&&(l.scale=l.side%2?pl[1].scale:El,t=vl[l.scale]);let n=t.time;l.size=bl(l.size),l.space=bl(l.space),l.rotate=bl(l.rotate),Gl(l.incrs)&&l.incrs.forEach((l=>{!Wl.has(l)&&Wl.set(l,Yl(l))})),l.incrs=bl(l.incrs||(2==t.distr?ae:n?1==hl?ke:Se:fe)),l.splits=bl(l.splits||(n&&1==t.distr?Ql:3==t.distr?Je:4==t.distr?qe:$e)),l.stroke=bl(l.stroke),l.grid.stroke=bl(l.grid.stroke),l.ticks.stroke=bl(l.ticks.stroke),l.border.stroke=bl(l.border.stroke);let i=l.values;l.values=Gl(i)&&!Gl(i[0])?bl(i):n?Gl(i)?De(Xl,ze(i,Zl)):Ll(i)?function(l,e){let t=ne(e);return(e,n)=>n.map((e=>t(l(e))))}(Xl,i):i||le:i||Be,l.filter=bl(l.filter||(3>t.distr||10!=t.log?3==t.distr&&2==t.log?tt:kl:et)),l.font=Qt(l.font),l.labelFont=Qt(l.labelFont),l._size=l.size(k,null,e,0),l._space=l._rotate=l._incrs=l._found=l._splits=l._values=null,l._size>0&&(Ct[e]=!0,l._el=D(\"u-axis\",X))}})),_?_ instanceof HTMLElement?(_.appendChild(R),Li()):_(k,Li):Li(),k}en.assign=Bl,en.fmtNum=tl,en.rangeNum=Z,en.rangeLog=B,en.rangeAsinh=$,en.orient=pt,en.pxRatio=y,en.join=function(l,e){if(function(l){let e=l[0][0],t=e.length;for(let n=1;l.length>n;n++){let i=l[n][0];if(i.length!=t)return!1;if(i!=e)for(let l=0;t>l;l++)if(i[l]!=e[l])return!1}return!0}(l)){let e=l[0].slice();for(let t=1;l.length>t;t++)e.push(...l[t].slice(1));return function(l,e=100){const t=l.length;if(1>=t)return!0;let n=0,i=t-1;for(;i>=n&&null==l[n];)n++;for(;i>=n&&null==l[i];)i--;if(n>=i)return!0;const o=fl(1,sl((i-n+1)/e));for(let e=l[n],t=n+o;i>=t;t+=o){const n=l[t];if(null!=n){if(e>=n)return!1;e=n}}return!0}(e[0])||(e=function(l){let e=l[0],t=e.length,n=Array(t);for(let l=0;n.length>l;l++)n[l]=l;n.sort(((l,t)=>e[l]-e[t]));let i=[];for(let e=0;l.length>e;e++){let o=l[e],s=Array(t);for(let l=0;t>l;l++)s[l]=o[n[l]];i.push(s)}return i}(e)),e}let t=new Set;for(let e=0;l.length>e;e++){let n=l[e][0],i=n.length;for(let l=0;i>l;l++)t.add(n[l])}let n=[Array.from(t).sort(((l,e)=>l-e))],i=n[0].length,o=new Map;for(let l=0;i>l;l++)o.set(n[0][l],l);for(let t=0;l.length>t;t++){let s=l[t],r=s[0];for(let l=1;s.length>l;l++){let u=s[l],a=Array(i).fill(void 0),f=e?e[t][l]:1,c=[];for(let l=0;u.length>l;l++){let e=u[l],t=o.get(r[l]);null===e?0!=f&&(a[t]=e,2==f&&c.push(t)):a[t]=e}$l(a,c,i),n.push(a)}}return n},en.fmtDate=ne,en.tzDate=function(l,e){let t;return\"UTC\"==e||\"Etc/UTC\"==e?t=new Date(+l+6e4*l.getTimezoneOffset()):e==ie?t=l:(t=new Date(l.toLocaleString(\"en-US\",{timeZone:e})),t.setMilliseconds(l.getMilliseconds())),t},en.sync=dt;{en.addGap=function(l,e,t){let n=l[l.length-1];n&&n[0]==e?n[1]=t:l.push([e,t])},en.clipGaps=wt;let l=en.paths={points:Wt};l.linear=Ft,l.stepped=function(l){const e=Q(l.align,1),t=Q(l.ascDesc,!1),n=Q(l.alignGaps,0),i=Q(l.extend,!1);return(l,o,s,r)=>pt(l,o,((u,a,f,c,h,d,p,m,g,x,w)=>{[s,r]=U(f,s,r);let _=u.pxRound,{left:b,width:v}=l.bbox,k=l=>_(d(l,c,x,m)),M=l=>_(p(l,h,w,g)),S=0==c.ori?Mt:St;const T={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:1},E=T.stroke,z=c.dir*(0==c.ori?1:-1);let D=M(f[1==z?s:r]),P=k(a[1==z?s:r]),A=P,W=P;i&&-1==e&&(W=b,S(E,W,D)),S(E,P,D);for(let l=1==z?s:r;l>=s&&r>=l;l+=z){let t=f[l];if(null==t)continue;let n=k(a[l]),i=M(t);1==e?S(E,n,D):S(E,A,i),S(E,n,i),D=i,A=n}let Y=A;i&&1==e&&(Y=b+v,S(E,Y,D));let[C,H]=mt(l,o);if(null!=u.fill||0!=C){let e=T.fill=new Path2D(E),t=M(u.fillTo(l,o,u.min,u.max,C));S(e,Y,t),S(e,W,t)}if(!u.spanGaps){let i=[];i.push(..._t(a,f,s,r,z,k,n));let h=u.width*y/2,d=t||1==e?h:-h,p=t||-1==e?-h:h;i.forEach((l=>{l[0]+=d,l[1]+=p})),T.gaps=i=u.gaps(l,o,s,r,i),T.clip=wt(i,c.ori,m,g,x,w)}return 0!=H&&(T.band=2==H?[xt(l,o,s,r,E,-1),xt(l,o,s,r,E,1)]:xt(l,o,s,r,E,H)),T}))},l.bars=function(l){const e=Q((l=l||Hl).size,[.6,gl,1]),t=l.align||0,n=l.gap||0;let i=l.radius;i=null==i?[0,0]:\"number\"==typeof i?[i,0]:i;const o=bl(i),s=1-e[0],r=Q(e[1],gl),u=Q(e[2],1),a=Q(l.disp,Hl),f=Q(l.each,(()=>{})),{fill:c,stroke:h}=a;return(l,e,i,d)=>pt(l,e,((p,m,g,x,w,_,b,v,k,M,S)=>{let T,E,z=p.pxRound,D=t,P=n*y,A=r*y,W=u*y;0==x.ori?[T,E]=o(l,e):[E,T]=o(l,e);const Y=x.dir*(0==x.ori?1:-1);let C,H,F,R=0==x.ori?Tt:Et,G=0==x.ori?f:(l,e,t,n,i,o,s)=>{f(l,e,t,i,n,s,o)},I=Q(l.bands,Fl).find((l=>l.series[0]==e)),L=p.fillTo(l,e,p.min,p.max,null!=I?I.dir:0),O=z(b(L,w,S,k)),N=M,j=z(p.width*y),U=!1,V=null,B=null,$=null,J=null;null==c||0!=j&&null==h||(U=!0,V=c.values(l,e,i,d),B=new Map,new Set(V).forEach((l=>{null!=l&&B.set(l,new Path2D)})),j>0&&($=h.values(l,e,i,d),J=new Map,new Set($).forEach((l=>{null!=l&&J.set(l,new Path2D)}))));let{x0:q,size:K}=a;if(null!=q&&null!=K){D=1,m=q.values(l,e,i,d),2==q.unit&&(m=m.map((e=>l.posToVal(v+e*M,x.key,!0))));let t=K.values(l,e,i,d);H=2==K.unit?t[0]*M:_(t[0],x,M,v)-_(0,x,M,v),N=Rt(m,g,_,x,M,v,N),F=N-H+P}else N=Rt(m,g,_,x,M,v,N),F=N*s+P,H=N-F;1>F&&(F=0),H/2>j||(j=0),5>F&&(z=vl);let X=F>0;H=z(wl(N-F-(X?j:0),W,A)),C=(0==D?H/2:D==Y?0:H)-D*Y*((0==D?P/2:0)+(X?j/2:0));const Z={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},ll=U?null:new Path2D;let el=null;if(null!=I)el=l.data[I.series[1]];else{let{y0:t,y1:n}=a;null!=t&&null!=n&&(g=n.values(l,e,i,d),el=t.values(l,e,i,d))}let tl=T*H,nl=E*H;for(let t=1==Y?i:d;t>=i&&d>=t;t+=Y){let n=g[t];if(null==n)continue;if(null!=el){let l=el[t]??0;if(n-l==0)continue;O=b(l,w,S,k)}let i=_(2!=x.distr||null!=a?m[t]:t,x,M,v),o=b(Q(n,L),w,S,k),s=z(i-C),r=z(fl(o,O)),u=z(al(o,O)),f=r-u;if(null!=n){let i=0>n?nl:tl,o=0>n?tl:nl;U?(j>0&&null!=$[t]&&R(J.get($[t]),s,u+sl(j/2),H,fl(0,f-j),i,o),null!=V[t]&&R(B.get(V[t]),s,u+sl(j/2),H,fl(0,f-j),i,o)):R(ll,s,u+sl(j/2),H,fl(0,f-j),i,o),G(l,e,t,s-j/2,u,H+j,f)}}return j>0?Z.stroke=U?J:ll:U||(Z._fill=0==p.width?p._fill:p._stroke??p._fill,Z.width=0),Z.fill=U?B:ll,Z}))},l.spline=function(l){return function(l,e){const t=Q(e?.alignGaps,0);return(e,n,i,o)=>pt(e,n,((s,r,u,a,f,c,h,d,p,m,g)=>{[i,o]=U(u,i,o);let x,w,_,b=s.pxRound,v=l=>b(c(l,a,m,d)),k=l=>b(h(l,f,g,p));0==a.ori?(x=kt,_=Mt,w=Pt):(x=yt,_=St,w=At);const y=a.dir*(0==a.ori?1:-1);let M=v(r[1==y?i:o]),S=M,T=[],E=[];for(let l=1==y?i:o;l>=i&&o>=l;l+=y)if(null!=u[l]){let e=v(r[l]);T.push(S=e),E.push(k(u[l]))}const z={stroke:l(T,E,x,_,w,b),fill:null,clip:null,band:null,gaps:null,flags:1},D=z.stroke;let[P,A]=mt(e,n);if(null!=s.fill||0!=P){let l=z.fill=new Path2D(D),t=k(s.fillTo(e,n,s.min,s.max,P));_(l,S,t),_(l,M,t)}if(!s.spanGaps){let l=[];l.push(..._t(r,u,i,o,y,v,t)),z.gaps=l=s.gaps(e,n,i,o,l),z.clip=wt(l,a.ori,d,p,m,g)}return 0!=A&&(z.band=2==A?[xt(e,n,i,o,D,-1),xt(e,n,i,o,D,1)]:xt(e,n,i,o,D,A)),z}))}(Gt,l)}}return en}();\n";
exports.UPLOT_CSS = ".uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Noto Sans\", sans-serif, \"Apple Color Emoji\", \"Segoe UI Emoji\", \"Segoe UI Symbol\", \"Noto Color Emoji\";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: \":\";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline \"background\" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}";
exports.UPLOT_LICENSE = "The MIT License (MIT)\n\nCopyright (c) 2022 Leon Sorokin\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software and associated documentation files (the \"Software\"), to deal\nin the Software without restriction, including without limitation the rights\nto use, copy, modify, merge, publish, distribute, sublicense, and/or sell\ncopies of the Software, and to permit persons to whom the Software is\nfurnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in\nall copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\nFITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\nAUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\nLIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\nOUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN\nTHE SOFTWARE.";


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

/***/ 9497:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderEstimateSection = renderEstimateSection;
exports.estimateSectionLines = estimateSectionLines;
exports.estimateSectionHtml = estimateSectionHtml;
/**
 * The **Estimate check** section (docs/estimates.md): the tasks whose Human-Estimate is far from what
 * their change size suggests, each with its reason, and the hours they add to the total. Nothing when
 * no task is flagged, so a report without flags reads as it did before the check.
 */
const checkEstimates_js_1 = __webpack_require__(1784);
const clipText_js_1 = __webpack_require__(9722);
const escapeMarkdown_js_1 = __webpack_require__(3068);
const formatNumbers_js_1 = __webpack_require__(139);
const TASK_CHARS = 80;
/** The sentence above the list: how many, against what, and the hours they add. */
function estimateSummary(flagged, humanMinutes, report, reference) {
    const n = flagged.length;
    const factor = reference ? `${(0, formatNumbers_js_1.formatDecimal)(reference.flagFactor, 2, 0, false)}x` : 'far';
    const against = reference?.reports !== undefined ? ` (judged by ${(0, formatNumbers_js_1.formatTotal)(reference.reports)} reports, each against its own reference)` : reference ? ` (judged against ${(0, formatNumbers_js_1.formatTotal)(reference.tasks)} reference ${reference.tasks === 1 ? 'task' : 'tasks'}${reference.lookbackDays > 0 ? ` of this window and the ${(0, formatNumbers_js_1.formatTotal)(reference.lookbackDays)} days before it` : ''})` : '';
    const { totals } = report.record;
    return (`${(0, formatNumbers_js_1.formatTotal)(n)} of ${(0, formatNumbers_js_1.formatTotal)(totals.tasks)} ${totals.tasks === 1 ? 'task' : 'tasks'} ${n === 1 ? 'has an estimate' : 'have estimates'} more than ${factor} away from what ${n === 1 ? 'its' : 'their'} change size suggests${against}. ` +
        `${n === 1 ? 'Its estimate adds' : 'Their estimates add'} ${(0, formatNumbers_js_1.formatHoursCell)(humanMinutes)} of the ${(0, formatNumbers_js_1.formatHoursCell)(totals.humanMinutes)} total. Lines are a weak proxy for effort: a flag asks for a second look, it changes no figure.`);
}
/**
 * The section's Markdown (heading and body), or undefined when no task is flagged. At most
 * `maxItems` tasks are named (the rest are counted), so a report fitted to a comment shrinks here too.
 */
function renderEstimateSection(report, hashes, maxItems = Number.POSITIVE_INFINITY) {
    const { flagged, humanMinutes } = (0, checkEstimates_js_1.flaggedSummary)(report.record.tasks);
    if (flagged.length === 0)
        return undefined;
    const shown = flagged.slice(0, Math.max(0, maxItems));
    const lines = shown.map((task) => `- ${(0, escapeMarkdown_js_1.escapeMarkdownInline)((0, clipText_js_1.truncateText)(task.task, TASK_CHARS))}: ${(0, escapeMarkdown_js_1.escapeMarkdownInline)(task.estimateCheck?.reason ?? '')}`);
    if (shown.length < flagged.length)
        lines.push(`- ${(0, formatNumbers_js_1.formatTotal)(flagged.length - shown.length)} more flagged tasks are left out to fit; the JSON report holds every task's \`estimateCheck\`.`);
    return [`${hashes}# Estimate check`, estimateSummary(flagged, humanMinutes, report, report.estimateReference), ...(lines.length > 0 ? [lines.join('\n')] : [])].join('\n\n');
}
/** The same section as plain lines for a terminal (`sanitize` strips control characters); empty when none is flagged. */
function estimateSectionLines(report, sanitize) {
    const { flagged, humanMinutes } = (0, checkEstimates_js_1.flaggedSummary)(report.record.tasks);
    if (flagged.length === 0)
        return [];
    return [
        '',
        'Estimate check:',
        estimateSummary(flagged, humanMinutes, report, report.estimateReference),
        ...flagged.map((task) => `  ${(0, clipText_js_1.truncateText)(sanitize(task.task), TASK_CHARS)}: ${sanitize(task.estimateCheck?.reason ?? '')}`),
    ];
}
/** The same section for the dashboard, in the Markdown's words, every text HTML-escaped; empty when none is flagged. */
function estimateSectionHtml(report, escapeHtml) {
    const { flagged, humanMinutes } = (0, checkEstimates_js_1.flaggedSummary)(report.record.tasks);
    if (flagged.length === 0)
        return '';
    const items = flagged.map((task) => `<li>${escapeHtml((0, clipText_js_1.truncateText)(task.task, TASK_CHARS))}: ${escapeHtml(task.estimateCheck?.reason ?? '')}</li>`);
    return `<section class="estimates" id="estimates">
<h2>Estimate check</h2>
<p>${escapeHtml(estimateSummary(flagged, humanMinutes, report, report.estimateReference))}</p>
<ul>
${items.join('\n')}
</ul>
</section>
`;
}


/***/ }),

/***/ 6567:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderEstimatorSection = renderEstimatorSection;
exports.estimatorSectionLines = estimatorSectionLines;
exports.estimatorSectionHtml = estimatorSectionHtml;
/**
 * **Who estimated** (`Estimated-By`): the share of the Human-Estimate hours each kind of estimator
 * contributes, after the Aggregate Statistics. Only when a record says who estimated, so a record
 * written without the trailer (the published seed record) reads exactly as before.
 */
const estimatorShares_js_1 = __webpack_require__(4131);
const formatNumbers_js_1 = __webpack_require__(139);
const KIND_LABELS = {
    agent: 'agent',
    human: 'human (a person, named or not)',
    team: 'team',
    unstated: 'not stated',
};
const HEADER = ['Estimated by', 'Records', 'Human-equivalent hours', 'Share'];
function cells(share) {
    return [KIND_LABELS[share.kind], (0, formatNumbers_js_1.formatTotal)(share.records), (0, formatNumbers_js_1.formatTotal)(share.humanMinutes / 60), `${(0, formatNumbers_js_1.formatDecimal)(share.share * 100, 1, 0, false)}%`];
}
/** The section's Markdown, or undefined when no record carries Estimated-By. */
function renderEstimatorSection(report, hashes) {
    const shares = (0, estimatorShares_js_1.estimatorShares)(report.record);
    if (!shares)
        return undefined;
    const rows = [HEADER, ...shares.map(cells)];
    const table = [`| ${HEADER.join(' | ')} |`, `|---|${HEADER.slice(1).map(() => '---:').join('|')}|`, ...rows.slice(1).map((row) => `| ${row.join(' | ')} |`)].join('\n');
    return [`${hashes}# Who estimated`, table].join('\n\n');
}
/** The same as plain lines for a terminal; empty when no record carries Estimated-By. */
function estimatorSectionLines(report, align) {
    const shares = (0, estimatorShares_js_1.estimatorShares)(report.record);
    if (!shares)
        return [];
    return ['', 'Who estimated (share of the human-equivalent hours):', ...align([HEADER, ...shares.map(cells)], new Set([1, 2, 3]))];
}
/** The same as an HTML section for the dashboard; empty when no record carries Estimated-By. */
function estimatorSectionHtml(report, escapeHtml) {
    const shares = (0, estimatorShares_js_1.estimatorShares)(report.record);
    if (!shares)
        return '';
    const row = (values, tag) => `<tr>${values.map((value, column) => `<${tag}${column > 0 ? ' class="num"' : ''}>${escapeHtml(value)}</${tag}>`).join('')}</tr>`;
    return `<section class="estimators" id="estimators">
<h2>Who estimated</h2>
<div class="table-wrap"><table>
<thead>${row(HEADER, 'th')}</thead>
<tbody>
${shares.map((share) => row(cells(share), 'td')).join('\n')}
</tbody>
</table></div>
</section>
`;
}


/***/ }),

/***/ 139:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The number formats of the published Leverage Record (see test/fixtures/leverage-record-2026-04-12.md,
 * "What the figures obey"): 480.0x, 137.14x, 160h, 0.75h, 1,222.75, 4,129,000.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.roundTo = roundTo;
exports.formatDecimal = formatDecimal;
exports.formatFactor = formatFactor;
exports.formatAverageFactor = formatAverageFactor;
exports.formatHoursCell = formatHoursCell;
exports.formatMinutesCell = formatMinutesCell;
exports.formatTotal = formatTotal;
exports.countInWords = countInWords;
/** Rounds half away from zero on the decimal value, not on its binary approximation (1.005 → 1.01). */
function roundTo(value, digits) {
    if (!Number.isFinite(value))
        return value;
    const sign = value < 0 ? -1 : 1;
    const scale = 10 ** digits;
    const scaled = Math.abs(value) * scale;
    // Away from a half, the binary error of the product (< 1e-6 below 1e9) cannot change which way
    // it rounds, and an integer divided by a power of ten is the double nearest the decimal: the
    // string path below gives the same number, at a fraction of the cost over thousands of cells.
    if (scaled < 1e9 && Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6)
        return (sign * Math.round(scaled)) / scale;
    const [mantissa = '0', exponent = '0'] = Math.abs(value).toPrecision(15).split('e');
    const shifted = Math.round(Number(`${mantissa}e${Number(exponent) + digits}`));
    // Past 2^53 the shifted value has no fraction to round (and its text would be exponent form).
    return Number.isSafeInteger(shifted) ? sign * Number(`${shifted}e-${digits}`) : value;
}
// toLocaleString would build a new Intl.NumberFormat on every call; the few formats used are built
// once, and only for the numbers the plain path below leaves to Intl.
const formatters = new Map();
function formatWithIntl(value, maxDigits, minDigits, grouping) {
    const key = `${maxDigits}/${minDigits}/${grouping}`;
    let formatter = formatters.get(key);
    if (!formatter) {
        formatter = new Intl.NumberFormat('en-US', { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits, useGrouping: grouping });
        formatters.set(key, formatter);
    }
    return formatter.format(value);
}
/** Fixed-point text with at most `maxDigits` decimals and at least `minDigits`; optional thousands separators. */
function formatDecimal(value, maxDigits, minDigits, grouping) {
    const rounded = roundTo(value, maxDigits);
    // en-US digits by hand for the figures a record holds (a test holds this to Intl's output); Intl
    // for the rest (negative zero, huge values), which costs microseconds a cell.
    if (!(rounded >= 0 && rounded < 1e15) || Object.is(rounded, -0))
        return formatWithIntl(rounded, maxDigits, minDigits, grouping);
    let whole;
    let decimals;
    if (rounded < 1e9) {
        // Far below 2^53 the shortest text that reads back as `rounded` is the decimal it was rounded
        // to, trailing zeros gone: String gives it (V8 caches it, too), with no trimming loop.
        const plain = String(rounded);
        const point = plain.indexOf('.');
        whole = point < 0 ? plain : plain.slice(0, point);
        const digits = point < 0 ? 0 : plain.length - point - 1;
        decimals = digits >= minDigits ? (point < 0 ? '' : plain.slice(point)) : `${point < 0 ? '.' : plain.slice(point)}${'0'.repeat(minDigits - digits)}`;
    }
    else {
        // toFixed prints the exact digits: `rounded` is the double nearest a number of maxDigits decimals.
        const fixed = rounded.toFixed(maxDigits);
        const point = maxDigits > 0 ? fixed.length - maxDigits - 1 : fixed.length;
        let end = fixed.length;
        while (end > point + 1 + minDigits && fixed.charCodeAt(end - 1) === 48)
            end -= 1;
        if (end === point + 1)
            end = point;
        whole = fixed.slice(0, point);
        decimals = fixed.slice(point, end);
    }
    if (!grouping || whole.length <= 3)
        return whole + decimals;
    let grouped = whole.slice(0, ((whole.length - 1) % 3) + 1);
    for (let at = grouped.length; at < whole.length; at += 3)
        grouped += `,${whole.slice(at, at + 3)}`;
    return grouped + decimals;
}
/** Per-task factor: 2 decimals, trailing zeros dropped but one kept, no grouping: `4800.0x`, `137.14x`. */
function formatFactor(value) {
    return value === undefined ? '-' : `${formatDecimal(value, 2, 1, false)}x`;
}
/** Weighted averages: 1 decimal: `119.5x`, `524.0x`. */
function formatAverageFactor(value) {
    return value === undefined ? '-' : `${formatDecimal(value, 1, 1, false)}x`;
}
/** Hours without a forced decimal: `160h`, `1.5h`, `0.75h`. */
function formatHoursCell(minutes) {
    return `${formatDecimal(minutes / 60, 2, 0, true)}h`;
}
/** Minutes without a forced decimal: `20m`, `2.5m`; `-` when absent. */
function formatMinutesCell(minutes) {
    return minutes === undefined ? '-' : `${formatDecimal(minutes, 2, 0, true)}m`;
}
/** Totals: thousands separators, up to 2 decimals: `1,222.75`, `614`, `4,129,000`. */
function formatTotal(value) {
    return value === undefined ? '-' : formatDecimal(value, 2, 0, true);
}
const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** A count in English words up to 999 (`thirty-seven`); larger counts stay digits with separators. */
function countInWords(count) {
    if (!Number.isInteger(count) || count < 0 || count > 999)
        return formatTotal(count);
    if (count < 20)
        return ONES[count];
    if (count < 100) {
        const ones = count % 10;
        return `${TENS[Math.floor(count / 10)]}${ones ? `-${ONES[ones]}` : ''}`;
    }
    const rest = count % 100;
    return `${ONES[Math.floor(count / 100)]} hundred${rest ? ` and ${countInWords(rest)}` : ''}`;
}


/***/ }),

/***/ 5896:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.noteRecordsLine = noteRecordsLine;
const formatNumbers_js_1 = __webpack_require__(139);
/** Commits named at most; the rest are counted. */
const NAMED = 10;
/**
 * `2 records come from git notes (refs/notes/leverage): abc123456789, …`, or undefined when none
 * does (a report without notes stays as it was). `code` wraps each sha (Markdown's backticks).
 */
function noteRecordsLine(record, code) {
    let count = 0;
    const shas = new Set();
    for (const task of record.tasks) {
        for (const commit of task.commits) {
            if (commit.note !== true || commit.role !== 'record')
                continue;
            count += 1;
            shas.add(commit.sha.slice(0, 12));
        }
    }
    if (count === 0)
        return undefined;
    const named = [...shas].slice(0, NAMED).map(code);
    const more = shas.size > NAMED ? `, and ${(0, formatNumbers_js_1.formatTotal)(shas.size - NAMED)} more` : '';
    return `${(0, formatNumbers_js_1.formatTotal)(count)} ${count === 1 ? 'record comes from a git note' : 'records come from git notes'} (refs/notes/leverage): ${named.join(', ')}${more}.`;
}


/***/ }),

/***/ 8480:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CALIBRATE_FORMATS = void 0;
exports.formatRatio = formatRatio;
exports.pairsInWords = pairsInWords;
exports.pairsSentence = pairsSentence;
exports.renderCalibrationText = renderCalibrationText;
exports.renderCalibrationMarkdown = renderCalibrationMarkdown;
exports.renderCalibrationJson = renderCalibrationJson;
exports.renderCalibration = renderCalibration;
const summarizeCalibration_js_1 = __webpack_require__(2210);
const escapeMarkdown_js_1 = __webpack_require__(3068);
const formatNumbers_js_1 = __webpack_require__(139);
exports.CALIBRATE_FORMATS = ['text', 'md', 'json'];
const HOW_TO_RECORD = 'Record pairs on tasks a person does without an agent: `Human-Estimate` made before the work, `Human-Actual` after it (`git-leverage commit --task "…" --human 6h --actual 8h`).';
function formatRatio(ratio) {
    return ratio === null ? '-' : (0, formatNumbers_js_1.formatDecimal)(ratio, 2, 2, false);
}
function formatCorrelation(summary) {
    if (summary.rankCorrelation === null)
        return 'not defined (every estimate, or every actual, is the same)';
    const [low, high] = summary.rankCorrelationInterval ?? [];
    const range = low === undefined || high === undefined ? '' : ` (95% interval ${(0, formatNumbers_js_1.formatDecimal)(low, 2, 2, false)} to ${(0, formatNumbers_js_1.formatDecimal)(high, 2, 2, false)})`;
    return `${(0, formatNumbers_js_1.formatDecimal)(summary.rankCorrelation, 2, 2, false)}${range}`;
}
/** `1 pair`, `12 pairs`. */
function pairsInWords(n) {
    return `${(0, formatNumbers_js_1.formatTotal)(n)} ${n === 1 ? 'pair' : 'pairs'}`;
}
/** The sentence that says how many pairs there are, and whether that is enough. */
function pairsSentence(summary) {
    const n = summary.pairs;
    const pairs = `${(0, formatNumbers_js_1.formatTotal)(n)} calibration ${n === 1 ? 'pair' : 'pairs'}`;
    return summary.enough ? `${pairs}.` : `${pairs}: not enough pairs to judge the estimates (${summary.minimumPairs} needed).`;
}
function bandRows(summary) {
    return summary.bands.map((band) => [
        band.label,
        (0, formatNumbers_js_1.formatTotal)(band.pairs),
        band.medianRatio !== null ? formatRatio(band.medianRatio) : band.pairs === 0 ? '-' : `too few (${summary.bandMinimumPairs} needed)`,
    ]);
}
const BAND_HEADER = ['Estimate', 'Pairs', 'Median actual/estimate'];
function alignRows(rows, right) {
    const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
    return rows.map((row) => row.map((cell, column) => (right.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ').trimEnd());
}
function renderCalibrationText(report) {
    const { summary } = report;
    const lines = [`Calibration: ${report.window.label} (${report.window.timezone})`, '', pairsSentence(summary)];
    if (summary.enough) {
        lines.push(`Rank correlation of estimate and actual (Spearman): ${formatCorrelation(summary)}`, `Median actual/estimate: ${formatRatio(summary.medianRatio)} (${pairsInWords(summary.pairs)})`, '', ...alignRows([BAND_HEADER, ...bandRows(summary)], new Set([1])), '', summarizeCalibration_js_1.RATIO_MEANING);
        const bias = (0, summarizeCalibration_js_1.describeBias)(summary);
        if (bias)
            lines.push(bias);
    }
    else
        lines.push(HOW_TO_RECORD.replace(/`/g, ''));
    return `${lines.join('\n')}\n`;
}
function renderCalibrationMarkdown(report) {
    const { summary } = report;
    const sections = [`# Calibration: ${(0, escapeMarkdown_js_1.escapeMarkdownInline)(report.window.label)}`, pairsSentence(summary)];
    if (summary.enough) {
        sections.push(`| Measure | Value | Pairs |\n|---|---|---|\n| Rank correlation (Spearman) | ${formatCorrelation(summary)} | ${(0, formatNumbers_js_1.formatTotal)(summary.pairs)} |\n| Median actual/estimate | ${formatRatio(summary.medianRatio)} | ${(0, formatNumbers_js_1.formatTotal)(summary.pairs)} |`, [`| ${BAND_HEADER.join(' | ')} |`, '|---|---|---|', ...bandRows(summary).map((row) => `| ${row.join(' | ')} |`)].join('\n'), summarizeCalibration_js_1.RATIO_MEANING);
        const bias = (0, summarizeCalibration_js_1.describeBias)(summary);
        if (bias)
            sections.push(bias);
    }
    else
        sections.push(HOW_TO_RECORD);
    return `${sections.join('\n\n')}\n`;
}
/** The JSON document (schemaVersion 1): the summary, what a ratio means, and every pair. */
function renderCalibrationJson(report) {
    const json = {
        schemaVersion: 1,
        generator: 'git-leverage calibrate',
        window: report.window,
        repositories: report.repositories,
        ratioMeaning: summarizeCalibration_js_1.RATIO_MEANING,
        ...report.summary,
        pairList: report.pairs.map((pair) => ({
            repo: pair.repo,
            sha: pair.sha,
            authorDate: new Date(pair.authorTime * 1000).toISOString(),
            task: pair.task,
            taskId: pair.taskId ?? null,
            estimateMinutes: pair.estimateMinutes,
            actualMinutes: pair.actualMinutes,
            ratio: pair.actualMinutes / pair.estimateMinutes,
            estimatedBy: pair.estimatedBy ?? null,
        })),
    };
    return `${JSON.stringify(json, null, 2)}\n`;
}
function renderCalibration(report, format) {
    return format === 'json' ? renderCalibrationJson(report) : format === 'md' ? renderCalibrationMarkdown(report) : renderCalibrationText(report);
}


/***/ }),

/***/ 2736:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.mermaidLabel = mermaidLabel;
exports.axisTop = axisTop;
exports.renderChart = renderChart;
const rollUp_js_1 = __webpack_require__(26);
const escapeMarkdown_js_1 = __webpack_require__(3068);
const clipText_js_1 = __webpack_require__(9722);
const formatNumbers_js_1 = __webpack_require__(139);
const DEFAULT_LABEL_CHARS = 24;
const DEFAULT_MAX_BARS = 30;
/**
 * Text safe inside a Mermaid string (`"..."`) and inside a fenced Markdown block:
 * - one line (a newline would end the statement, a line of backticks would close the fence);
 * - `"` ends a string and Mermaid has no escape for it: it becomes `'`, as do backticks (which open
 *   Mermaid's Markdown strings);
 * - `%%` starts a comment or an `%%{init: ...}%%` directive that Mermaid looks for anywhere in the
 *   text: doubled percent signs are made single;
 * - `#name;` is decoded by Mermaid as an entity: `;` becomes `,`;
 * - `<` and `>` could be read as HTML by a renderer: they become single angle quotes;
 * - bidirectional controls would reorder the label: they are named (`‹U+202E›`, neutraliseBidi).
 */
function mermaidLabel(text, maxChars = DEFAULT_LABEL_CHARS) {
    const oneLine = (0, escapeMarkdown_js_1.neutraliseBidi)(text)
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
        .replace(/["`]/g, "'")
        .replace(/%+/g, '%')
        .replace(/;/g, ',')
        .replace(/</g, '‹')
        .replace(/>/g, '›');
    return (0, clipText_js_1.truncateText)(oneLine, maxChars) || '-';
}
const quoted = (text) => `"${text}"`;
const number = (value) => String((0, formatNumbers_js_1.roundTo)(value, 1));
function chartBlock(lines) {
    return ['```mermaid', 'xychart-beta', ...lines.map((line) => `    ${line}`), '```'].join('\n');
}
/** The smallest of 1, 2, 2.5 and 5 times a power of ten at or above the largest value (1 when none is above 0). */
function axisTop(values) {
    const largest = values.reduce((most, value) => Math.max(most, value), 0);
    if (!(largest > 0) || !Number.isFinite(largest))
        return 1;
    const magnitude = 10 ** Math.floor(Math.log10(largest));
    for (const step of [1, 2, 2.5, 5, 10]) {
        // toPrecision drops the binary tail of products such as 2.5 * 0.1.
        const top = Number((step * magnitude).toPrecision(12));
        if (top >= largest)
            return top;
    }
    return 10 * magnitude;
}
/** A y-axis from 0 to a round top above every value drawn on it (the values are drawn rounded, so the top is taken over those). */
const yAxis = (title, values) => `y-axis ${quoted(title)} 0 --> ${number(axisTop(values.map(Number)))}`;
/** The factor of each task, in Task Log order. */
function taskFactorChart(report, options) {
    const maxBars = options.maxBars ?? DEFAULT_MAX_BARS;
    const tasks = report.record.tasks.slice(0, maxBars);
    const more = report.record.tasks.length - tasks.length;
    const title = more > 0 ? `Leverage factor per task (first ${tasks.length} of ${report.record.tasks.length})` : 'Leverage factor per task';
    const labels = tasks.map((task, index) => quoted(mermaidLabel(`${index + 1}. ${task.task}`, options.maxLabelChars)));
    const factors = tasks.map((task) => number(task.factor));
    return chartBlock([`title ${quoted(title)}`, `x-axis [${labels.join(', ')}]`, yAxis('Factor (x)', factors), `bar [${factors.join(', ')}]`]);
}
/** Units tried, finest first, when the report asks for no roll-up or its roll-up is too long to draw. */
const CHART_UNITS = ['day', 'week', 'month'];
function readableRollup(report, options) {
    const maxBars = options.maxBars ?? DEFAULT_MAX_BARS;
    const asked = options.rollup;
    if (asked && asked.periods.length <= maxBars)
        return asked;
    const from = asked ? CHART_UNITS.indexOf(asked.unit) : 0;
    const units = CHART_UNITS.slice(from);
    let rollup = asked;
    for (const unit of units) {
        if (rollup?.unit === unit)
            continue;
        // A roll-up certain to be too long is not built: three years by day is a thousand periods.
        if (unit !== units[units.length - 1] && (0, rollUp_js_1.leastPeriodCount)(report, unit) > maxBars)
            continue;
        rollup = (0, rollUp_js_1.rollUp)(report, unit);
        if (rollup.periods.length <= maxBars)
            break;
    }
    return rollup ?? (0, rollUp_js_1.rollUp)(report, 'month');
}
/**
 * Two charts: hours per period (an empty period is a true 0 hours, so it stays: a gap in the work
 * shows), then the weighted factor of each period with records (an empty one has none, and is left
 * out as the dashboard leaves it out, rather than drawn as 0).
 */
function periodCharts(report, options) {
    const rollup = readableRollup(report, options);
    const maxBars = options.maxBars ?? DEFAULT_MAX_BARS;
    // Even by month a long history can be too wide to read: keep its latest periods.
    const periods = rollup.periods.slice(-maxBars);
    const shown = periods.length < rollup.periods.length ? ` (last ${periods.length})` : '';
    const label = (key) => quoted(mermaidLabel(key, options.maxLabelChars));
    const hours = periods.map((period) => number(period.totals.humanMinutes / 60));
    const withFactor = periods.flatMap((period) => (period.totals.tasks > 0 && period.totals.factor !== undefined ? [{ key: period.key, factor: number(period.totals.factor) }] : []));
    const factors = withFactor.map((period) => period.factor);
    const hoursChart = chartBlock([
        `title ${quoted(`Human-equivalent hours per ${rollup.unit}${shown}`)}`,
        `x-axis [${periods.map((period) => label(period.key)).join(', ')}]`,
        yAxis('Hours', hours),
        `bar [${hours.join(', ')}]`,
    ]);
    const empty = periods.length - withFactor.length;
    const factorTitle = `Weighted leverage factor per ${rollup.unit}${shown}${empty > 0 ? `, ${empty} without records left out` : ''}`;
    const factorChart = chartBlock([`title ${quoted(factorTitle)}`, `x-axis [${withFactor.map((period) => label(period.key)).join(', ')}]`, yAxis('Factor (x)', factors), `bar [${factors.join(', ')}]`]);
    // A window whose latest periods are all empty has hours (zeros) but no factor to draw.
    return withFactor.length > 0 ? `${hoursChart}\n\n${factorChart}` : hoursChart;
}
/**
 * The chart for a report as a fenced Markdown block (two blocks a blank line apart for a span of
 * periods), or undefined when there is nothing to draw (no task) or charts are off.
 */
function renderChart(report, kind, options = {}) {
    if (kind === 'none' || report.record.tasks.length === 0)
        return undefined;
    const perTask = report.window.kind === 'day' || report.window.kind === 'range';
    return perTask && !options.rollup ? taskFactorChart(report, options) : periodCharts(report, options);
}


/***/ }),

/***/ 8128:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.csvField = csvField;
exports.renderTaskCsv = renderTaskCsv;
exports.renderRollupCsv = renderRollupCsv;
exports.renderCsv = renderCsv;
/**
 * `--format csv`: RFC 4180 (comma-separated, CRLF line ends, fields with a comma, quote or line break
 * quoted, quotes doubled) with a header row: one row a task, or with a roll-up one row a period and
 * a totals row. Pure.
 *
 * Commit text is untrusted and a spreadsheet runs any cell that begins with `=`, `+`, `-` or `@` (and
 * some begin with a tab or carriage return) as a formula: such a cell gets a leading `'`, the
 * neutralisation OWASP recommends, which spreadsheets show as text and do not display. A spreadsheet
 * shows a cell's text as it is written, so its bidirectional controls are shown by name (`<U+202E>`,
 * neutraliseBidi) as in every other display of commit text; the JSON report keeps text exactly.
 */
const luxon_js_1 = __webpack_require__(8080);
const escapeMarkdown_js_1 = __webpack_require__(3068);
const formatNumbers_js_1 = __webpack_require__(139);
const FORMULA_START = /^[=+\-@\t\r]/;
/** One field: neutralised when a spreadsheet would read it as a formula (or reorder it), quoted when RFC 4180 needs it. */
function csvField(value) {
    if (value === undefined || value === null)
        return '';
    if (typeof value !== 'string')
        return String(value);
    // Numbers are ours, never commit text; only strings can smuggle a formula.
    let text = (0, escapeMarkdown_js_1.neutraliseBidi)(value);
    if (FORMULA_START.test(text))
        text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function csv(rows) {
    return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
const round = (value, digits) => (value === undefined ? undefined : (0, formatNumbers_js_1.roundTo)(value, digits));
/** One row a task, in Task Log order. */
function renderTaskCsv(report) {
    const zone = report.window.timezone;
    const header = ['rank', 'date', 'task', 'task_id', 'repositories', 'commits', 'human_hours', 'human_minutes', `${report.agent.toLowerCase()}_minutes`, 'supervisory_minutes', 'tokens', 'factor', 'supervisory_factor'];
    const rows = report.record.tasks.map((task, index) => [
        index + 1,
        luxon_js_1.DateTime.fromSeconds(task.firstAuthorTime, { zone }).toISODate(),
        task.task,
        task.taskId,
        task.repositories.join(' '),
        task.commits.map((commit) => commit.sha.slice(0, 12)).join(' '),
        round(task.humanMinutes / 60, 4),
        round(task.humanMinutes, 4),
        round(task.claudeMinutes, 4),
        round(task.supervisoryMinutes, 4),
        task.tokens,
        round(task.factor, 2),
        round(task.supervisoryFactor, 2),
    ]);
    return csv([header, ...rows]);
}
/** One row a period (empty figures for a period without records), then `total`. */
function renderRollupCsv(report, rollup) {
    const header = ['period', 'start_date', 'tasks', 'human_hours', `${report.agent.toLowerCase()}_minutes`, 'supervisory_minutes', 'tokens', 'factor', 'supervisory_factor', 'weeks'];
    const figures = (totals) => [
        totals.tasks,
        round(totals.humanMinutes / 60, 4),
        round(totals.claudeMinutes, 4),
        round(totals.supervisoryMinutes, 4),
        totals.tokens,
        round(totals.factor, 2),
        round(totals.supervisoryFactor, 2),
        round(totals.weeks, 4),
    ];
    const rows = rollup.periods.map((period) => [period.key, period.startDate, ...(period.totals.tasks === 0 ? [0, '', '', '', '', '', '', ''] : figures(period.totals))]);
    return csv([header, ...rows, ['total', rollup.periods[0]?.startDate ?? '', ...figures(rollup.totals)]]);
}
function renderCsv(report, rollup) {
    return rollup ? renderRollupCsv(report, rollup) : renderTaskCsv(report);
}


/***/ }),

/***/ 6027:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderTaskLogTable = renderTaskLogTable;
exports.renderAggregateTable = renderAggregateTable;
exports.ceilingAndFloor = ceilingAndFloor;
exports.renderHeadline = renderHeadline;
exports.coverageNotes = coverageNotes;
exports.renderSkippedList = renderSkippedList;
exports.renderMarkdown = renderMarkdown;
exports.renderMarkdownChunks = renderMarkdownChunks;
/**
 * The Leverage Record as GitHub-flavoured Markdown: title, headline, Task Log, Aggregate Statistics,
 * notes, skipped commits. The two tables match the published record cell for cell.
 */
const noteRecordsLine_js_1 = __webpack_require__(5896);
const leverageMetrics_js_1 = __webpack_require__(3817);
const renderChart_js_1 = __webpack_require__(2736);
const renderRollup_js_1 = __webpack_require__(9444);
const trailerSchema_js_1 = __webpack_require__(8460);
const aggregateRows_js_1 = __webpack_require__(3934);
const estimateSection_js_1 = __webpack_require__(9497);
const estimatorSection_js_1 = __webpack_require__(6567);
const calibratedSection_js_1 = __webpack_require__(7794);
const agentSection_js_1 = __webpack_require__(9510);
const escapeMarkdown_js_1 = __webpack_require__(3068);
const clipText_js_1 = __webpack_require__(9722);
const formatNumbers_js_1 = __webpack_require__(139);
const HEADLINE_TASK_CHARS = 80;
const tableLine = (cells) => `| ${cells.join(' | ')} |`;
function tableHead(header) {
    return `${tableLine(header)}\n|${header.map(() => '---').join('|')}|`;
}
function table(header, rows) {
    return [tableHead(header), ...rows.map(tableLine)].join('\n');
}
/** A Task Log line after its number: ` Task | Human Est. | Claude | Sup. | Factor | Sup. Factor |`. */
function taskLogLine(task) {
    return ` ${(0, escapeMarkdown_js_1.escapeMarkdownInline)(task.task)} | ${(0, formatNumbers_js_1.formatHoursCell)(task.humanMinutes)} | ${(0, formatNumbers_js_1.formatMinutesCell)(task.claudeMinutes)} | ${(0, formatNumbers_js_1.formatMinutesCell)(task.supervisoryMinutes)} | ${(0, formatNumbers_js_1.formatFactor)((0, leverageMetrics_js_1.factorOf)(task))} | ${(0, formatNumbers_js_1.formatFactor)((0, leverageMetrics_js_1.supervisoryFactorOf)(task))} |`;
}
/** Task Log lines a chunk: small enough (tens of kilobytes) that no chunk is one of V8's large objects. */
const TASK_LOG_LINES_A_CHUNK = 250;
/**
 * The Task Log table exactly as published (`| # | Task | Human Est. | Claude | Sup. | Factor | Sup.
 * Factor |`), in chunks of lines: a long history's table is megabytes, and as one string it was
 * built, copied and encoded whole, each time into memory the process had never touched (on the
 * benchmark's machine, where a fresh page costs microseconds, ~10 ms a copy).
 */
function* taskLogChunks(tasks, agent) {
    yield tableHead(['#', 'Task', 'Human Est.', agent, 'Sup.', 'Factor', 'Sup. Factor']);
    for (let start = 0; start < tasks.length; start += TASK_LOG_LINES_A_CHUNK) {
        const end = Math.min(start + TASK_LOG_LINES_A_CHUNK, tasks.length);
        let text = '';
        for (let index = start; index < end; index += 1)
            text += `\n| ${index + 1} |${taskLogLine(tasks[index])}`;
        yield text;
    }
}
/** The Task Log table as one string. */
function renderTaskLogTable(tasks, agent) {
    return [...taskLogChunks(tasks, agent)].join('');
}
/** The Aggregate Statistics table exactly as published. */
function renderAggregateTable(totals, agent) {
    return table(['Metric', 'Value'], (0, aggregateRows_js_1.aggregateRows)(totals, (0, escapeMarkdown_js_1.escapeMarkdownInline)(agent)));
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/**
 * The tasks at the top and the bottom of the factor order, ties going to the earlier work: what
 * sorting a copy by factor, then by time, would put first and last, found in one pass.
 */
function ceilingAndFloor(tasks) {
    let ceiling = tasks[0];
    let floor = ceiling;
    for (let index = 1; index < tasks.length; index += 1) {
        const task = tasks[index];
        if (task.factor > ceiling.factor || (task.factor === ceiling.factor && task.firstAuthorTime < ceiling.firstAuthorTime))
            ceiling = task;
        if (task.factor < floor.factor || (task.factor === floor.factor && task.firstAuthorTime >= floor.firstAuthorTime))
            floor = task;
    }
    return { ceiling, floor };
}
/** The window label as Markdown: defused like commit text unless the caller wrote it (`ownLabel`). */
function labelMarkdown(report, options) {
    return options.ownLabel ? (0, escapeMarkdown_js_1.escapeMarkdownKeepingReferences)(report.window.label) : (0, escapeMarkdown_js_1.escapeMarkdownInline)(report.window.label);
}
/**
 * One paragraph in the spirit of the published record: how many tasks, the weighted factor, the
 * hours and weeks, the agent's and the supervisor's minutes, and the ceiling and floor tasks.
 */
function renderHeadline(report, options = {}) {
    const { tasks, totals } = report.record;
    if (tasks.length === 0)
        return `No leverage records for ${labelMarkdown(report, options)}.`;
    const agent = (0, escapeMarkdown_js_1.escapeMarkdownInline)(report.agent);
    const taskWord = tasks.length === 1 ? 'task' : 'tasks';
    const parts = [
        `**${capitalise((0, formatNumbers_js_1.countInWords)(tasks.length))} ${taskWord} at ${(0, formatNumbers_js_1.formatAverageFactor)(totals.factor)} leverage.**`,
        `${(0, formatNumbers_js_1.formatTotal)(totals.humanMinutes / 60)} human-equivalent hours (${(0, formatNumbers_js_1.formatDecimal)(totals.weeks, 1, 0, true)} weeks at 40 hours)`,
        `in ${(0, formatNumbers_js_1.formatTotal)(totals.claudeMinutes)} ${agent} minutes`,
    ];
    if (totals.supervisoryMinutes !== undefined) {
        parts.push(`with ${(0, formatNumbers_js_1.formatTotal)(totals.supervisoryMinutes)} minutes of supervision (${(0, formatNumbers_js_1.formatAverageFactor)(totals.supervisoryFactor)} supervisory leverage).`);
    }
    else {
        parts[parts.length - 1] += '.';
    }
    const { ceiling, floor } = ceilingAndFloor(tasks);
    const named = (task) => `${(0, formatNumbers_js_1.formatFactor)(task.factor)} (${(0, escapeMarkdown_js_1.escapeMarkdownInline)((0, clipText_js_1.truncateText)(task.task, HEADLINE_TASK_CHARS))})`;
    if (tasks.length > 1)
        parts.push(`Ceiling: ${named(ceiling)}. Floor: ${named(floor)}.`);
    return parts.join(' ');
}
/** What the totals leave out, in words: tasks without supervisory minutes, or without tokens (the dashboard says the same). */
function coverageNotes(totals) {
    const notes = [];
    if (totals.tasksWithoutSupervision > 0) {
        const n = totals.tasksWithoutSupervision;
        notes.push(`${(0, formatNumbers_js_1.formatTotal)(n)} ${n === 1 ? 'task has' : 'tasks have'} no supervisory minutes (shown as -) and ${n === 1 ? 'is' : 'are'} left out of the supervisory average.`);
    }
    if (totals.tasksWithoutTokens > 0 && totals.tokens !== undefined) {
        const n = totals.tasksWithoutTokens;
        notes.push(`${(0, formatNumbers_js_1.formatTotal)(n)} ${n === 1 ? 'task records' : 'tasks record'} no tokens; the token total counts the others.`);
    }
    return notes;
}
function renderNotes(report, shownRows) {
    const { totals, tasks } = report.record;
    const notes = [];
    if (shownRows < tasks.length) {
        notes.push(`${(0, formatNumbers_js_1.formatTotal)(tasks.length - shownRows)} more tasks are left out of the Task Log to fit; the totals include them.`);
    }
    const fromNotes = (0, noteRecordsLine_js_1.noteRecordsLine)(report.record, (sha) => `\`${sha}\``);
    return [...notes, ...coverageNotes(totals), ...(fromNotes ? [fromNotes] : [])];
}
/** Skipped commits: where, what, and what would be accepted. */
function renderSkippedList(skipped) {
    const lines = skipped.map((commit) => {
        const problems = commit.problems.map((problem) => (0, escapeMarkdown_js_1.escapeMarkdownInline)((0, trailerSchema_js_1.describeProblem)(problem))).join('; ');
        const where = commit.note ? ', in its git note' : '';
        return `- \`${commit.sha.slice(0, 12)}\` in ${(0, escapeMarkdown_js_1.escapeMarkdownInline)(commit.repo)} (${(0, escapeMarkdown_js_1.escapeMarkdownInline)((0, clipText_js_1.truncateText)(commit.subject, 72))})${where}: ${problems}`;
    });
    return lines.join('\n');
}
function renderMarkdown(report, options = {}) {
    return [...renderMarkdownChunks(report, options)].join('');
}
/** renderMarkdown's text in pieces, in order, for a caller that writes them as they come (a long Task Log is megabytes). */
function* renderMarkdownChunks(report, options = {}) {
    const hashes = '#'.repeat(options.headingLevel ?? 1);
    const { record } = report;
    const shown = record.tasks.slice(0, options.maxTaskRows ?? record.tasks.length);
    // Sections, a blank line apart; the Task Log's is made as it is written.
    const sections = [`${hashes} Leverage Record: ${labelMarkdown(report, options)}`, renderHeadline(report, options)];
    const chart = (0, renderChart_js_1.renderChart)(report, options.chart ?? 'none', options.rollup ? { rollup: options.rollup } : {});
    if (chart)
        sections.push(chart);
    if (options.afterHeadline)
        sections.push(options.afterHeadline);
    if (options.rollup && options.rollup.periods.length > 0)
        sections.push(`${hashes}# ${(0, renderRollup_js_1.rollupHeading)(options.rollup)}`, (0, renderRollup_js_1.renderRollupTable)(options.rollup, report.agent));
    const withTaskLog = options.taskLog ?? true;
    if (record.tasks.length > 0) {
        if (withTaskLog)
            sections.push(`${hashes}# Task Log`, taskLogChunks(shown, report.agent));
        sections.push(`${hashes}# Aggregate Statistics`, renderAggregateTable(record.totals, report.agent));
        const notes = renderNotes(report, withTaskLog ? shown.length : record.tasks.length);
        if (notes.length > 0)
            sections.push(notes.map((note) => `- ${note}`).join('\n'));
        const agents = (0, agentSection_js_1.renderAgentSection)(report, hashes, escapeMarkdown_js_1.escapeMarkdownInline);
        if (agents)
            sections.push(agents);
        const estimates = (0, estimateSection_js_1.renderEstimateSection)(report, hashes, options.maxTaskRows);
        if (estimates)
            sections.push(estimates);
        const estimators = (0, estimatorSection_js_1.renderEstimatorSection)(report, hashes);
        if (estimators)
            sections.push(estimators);
        const calibrated = (0, calibratedSection_js_1.renderCalibratedSection)(report, hashes, { taskLog: withTaskLog, ...(options.maxTaskRows !== undefined ? { maxTaskRows: options.maxTaskRows } : {}) });
        if (calibrated)
            sections.push(calibrated);
    }
    if (record.skipped.length > 0) {
        const n = record.skipped.length;
        sections.push(`${hashes}# Skipped commits`, `${(0, formatNumbers_js_1.formatTotal)(n)} ${n === 1 ? 'commit carries' : 'commits carry'} leverage trailers that do not validate and ${n === 1 ? 'is' : 'are'} not counted:`, renderSkippedList(record.skipped));
    }
    let text = '';
    for (const [index, section] of sections.entries()) {
        if (index > 0)
            text += '\n\n';
        if (typeof section === 'string') {
            text += section;
            continue;
        }
        for (const chunk of section) {
            if (text !== '')
                yield text;
            text = chunk;
        }
    }
    yield `${text}\n`;
}


/***/ }),

/***/ 2008:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderReport = renderReport;
exports.renderReportChunks = renderReportChunks;
const choosePeriodUnit_js_1 = __webpack_require__(1282);
const rollUp_js_1 = __webpack_require__(26);
const renderDashboard_js_1 = __webpack_require__(4651);
const renderReportJson_js_1 = __webpack_require__(5394);
const renderCsv_js_1 = __webpack_require__(8128);
const renderMarkdown_js_1 = __webpack_require__(6027);
const renderText_js_1 = __webpack_require__(1737);
function renderReport(report, format, options = {}) {
    return [...renderReportChunks(report, format, options)].join('');
}
/**
 * renderReport's text in pieces, in order (the same bytes): Markdown and JSON, megabytes over a long
 * history, come a part at a time for a caller that writes them as they come; the other formats whole.
 */
function renderReportChunks(report, format, options = {}) {
    const rollup = options.by ? (0, rollUp_js_1.rollUp)(report, options.by) : undefined;
    const taskLog = !options.summary;
    switch (format) {
        case 'md': {
            const chart = options.chart ?? options.markdown?.chart;
            return (0, renderMarkdown_js_1.renderMarkdownChunks)(report, { ...options.markdown, ...(chart ? { chart } : {}), ...(rollup ? { rollup } : {}), ...(taskLog ? {} : { taskLog }) });
        }
        case 'json':
            return (0, renderReportJson_js_1.renderJsonChunks)(report, rollup ? { rollup } : {});
        case 'text':
            return [(0, renderText_js_1.renderText)(report, { ...(rollup ? { rollup } : {}), taskLog })];
        case 'csv':
            return [(0, renderCsv_js_1.renderCsv)(report, rollup)];
        case 'html':
            return [
                (0, renderDashboard_js_1.renderDashboard)(report, {
                    rollup: rollup ?? (0, rollUp_js_1.rollUp)(report, (0, choosePeriodUnit_js_1.choosePeriodUnit)(report)),
                    ...(options.commitBaseUrls ? { commitBaseUrls: options.commitBaseUrls } : {}),
                }),
            ];
    }
}


/***/ }),

/***/ 9444:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.rollupHeader = rollupHeader;
exports.periodCells = periodCells;
exports.rollupCells = rollupCells;
exports.renderRollupTable = renderRollupTable;
exports.rollupHeading = rollupHeading;
const escapeMarkdown_js_1 = __webpack_require__(3068);
const formatNumbers_js_1 = __webpack_require__(139);
/** Header of the roll-up table; the agent's label names its minutes column. */
function rollupHeader(agent) {
    return ['Date', 'Tasks', 'Human hours', `${agent} min`, 'Sup. min', 'Factor', 'Sup. Factor', 'Weeks'];
}
function figureCells(totals) {
    return [
        (0, formatNumbers_js_1.formatTotal)(totals.tasks),
        (0, formatNumbers_js_1.formatTotal)(totals.humanMinutes / 60),
        (0, formatNumbers_js_1.formatTotal)(totals.claudeMinutes),
        (0, formatNumbers_js_1.formatTotal)(totals.supervisoryMinutes),
        (0, formatNumbers_js_1.formatAverageFactor)(totals.factor),
        (0, formatNumbers_js_1.formatAverageFactor)(totals.supervisoryFactor),
        (0, formatNumbers_js_1.formatDecimal)(totals.weeks, 1, 1, true),
    ];
}
/** A period's cells; a period without records is an empty row (only its date), as the issue asks. */
function periodCells(period) {
    return period.totals.tasks === 0 ? [period.label, '', '', '', '', '', '', ''] : [period.label, ...figureCells(period.totals)];
}
/** Every row of the table: the periods, then `Total`. */
function rollupCells(rollup) {
    return [...rollup.periods.map(periodCells), ['Total', ...figureCells(rollup.totals)]];
}
/** GitHub-flavoured Markdown; the totals row is bold so it reads as a sum, not one more period. */
function renderRollupTable(rollup, agent) {
    const header = rollupHeader((0, escapeMarkdown_js_1.escapeMarkdownInline)(agent));
    const rows = rollupCells(rollup).map((cells, index, all) => (index === all.length - 1 ? cells.map((cell) => (cell ? `**${cell}**` : cell)) : cells));
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map(line)].join('\n');
}
/** Heading words for a roll-up: `By week (Monday to Sunday, America/New_York)`. */
function rollupHeading(rollup) {
    const unit = { day: 'By day', week: 'By week (Monday to Sunday', month: 'By month' }[rollup.unit];
    return rollup.unit === 'week' ? `${unit}, ${rollup.timezone})` : `${unit} (${rollup.timezone})`;
}


/***/ }),

/***/ 1737:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderText = renderText;
const trailerSchema_js_1 = __webpack_require__(8460);
const aggregateRows_js_1 = __webpack_require__(3934);
const noteRecordsLine_js_1 = __webpack_require__(5896);
const estimateSection_js_1 = __webpack_require__(9497);
const estimatorSection_js_1 = __webpack_require__(6567);
const calibratedSection_js_1 = __webpack_require__(7794);
const agentSection_js_1 = __webpack_require__(9510);
const escapeMarkdown_js_1 = __webpack_require__(3068);
const clipText_js_1 = __webpack_require__(9722);
const formatNumbers_js_1 = __webpack_require__(139);
const renderRollup_js_1 = __webpack_require__(9444);
// Strips C0/C1 controls (escape sequences start with ESC or CSI) and names bidirectional controls.
const sanitize = (text) => (0, escapeMarkdown_js_1.neutraliseBidi)(text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' '));
function alignRows(rows, rightAligned) {
    const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length))) ?? [];
    return rows.map((row) => row
        .map((cell, column) => {
        const pad = ' '.repeat((widths[column] ?? 0) - [...cell].length);
        return rightAligned.has(column) ? pad + cell : cell + pad;
    })
        .join('  ')
        .trimEnd());
}
function renderText(report, options = {}) {
    const { record, agent } = report;
    const width = options.taskWidth ?? 60;
    const lines = [`Leverage Record: ${sanitize(report.window.label)} (${report.window.timezone})`, ''];
    if (options.rollup && options.rollup.periods.length > 0) {
        const aligned = alignRows([(0, renderRollup_js_1.rollupHeader)(sanitize(agent)), ...(0, renderRollup_js_1.rollupCells)(options.rollup)], new Set([1, 2, 3, 4, 5, 6, 7]));
        const rule = '-'.repeat(aligned[0].length);
        lines.push(`${(0, renderRollup_js_1.rollupHeading)(options.rollup)}:`, aligned[0], rule, ...aligned.slice(1, -1), rule, aligned[aligned.length - 1], '');
    }
    if (record.tasks.length === 0)
        lines.push('No leverage records.');
    else {
        if (options.taskLog ?? true) {
            const header = ['#', 'Task', 'Human Est.', agent, 'Sup.', 'Factor', 'Sup. Factor'];
            const rows = record.tasks.map((task, index) => [
                String(index + 1),
                (0, clipText_js_1.truncateText)(sanitize(task.task), width),
                (0, formatNumbers_js_1.formatHoursCell)(task.humanMinutes),
                (0, formatNumbers_js_1.formatMinutesCell)(task.claudeMinutes),
                (0, formatNumbers_js_1.formatMinutesCell)(task.supervisoryMinutes),
                (0, formatNumbers_js_1.formatFactor)(task.factor),
                (0, formatNumbers_js_1.formatFactor)(task.supervisoryFactor),
            ]);
            const aligned = alignRows([header, ...rows], new Set([0, 2, 3, 4, 5, 6]));
            lines.push(aligned[0], '-'.repeat(aligned[0].length), ...aligned.slice(1), '');
        }
        const { totals } = record;
        lines.push(...alignRows((0, aggregateRows_js_1.aggregateRows)(totals, sanitize(agent)), new Set([1])));
        lines.push(...(0, agentSection_js_1.agentSectionLines)(report, sanitize, alignRows));
        lines.push(...(0, estimateSection_js_1.estimateSectionLines)(report, sanitize));
        lines.push(...(0, estimatorSection_js_1.estimatorSectionLines)(report, alignRows));
        lines.push(...(0, calibratedSection_js_1.calibratedSectionLines)(report, sanitize, alignRows, options.taskLog ?? true));
        const fromNotes = (0, noteRecordsLine_js_1.noteRecordsLine)(record, (sha) => sha);
        if (fromNotes)
            lines.push('', fromNotes);
    }
    if (record.skipped.length > 0) {
        lines.push('', `Skipped (${record.skipped.length}):`);
        for (const commit of record.skipped) {
            lines.push(`  ${commit.sha.slice(0, 12)} ${sanitize(commit.repo)}: ${(0, clipText_js_1.truncateText)(sanitize(commit.subject), 72)}${commit.note ? ' (in its git note)' : ''}`);
            for (const problem of commit.problems)
                lines.push(`    ${sanitize((0, trailerSchema_js_1.describeProblem)(problem))}`);
        }
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 5882:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.REPORT_FORMATS = void 0;
exports.parseReportFormat = parseReportFormat;
/**
 * The output formats' names, apart from the renderers: a command line or the Action checks
 * `--format` before anything is read, without loading the code that renders.
 */
exports.REPORT_FORMATS = ['md', 'json', 'text', 'csv', 'html'];
/** Accepts the names people type (`markdown`, `txt`) for the canonical ones. */
function parseReportFormat(name) {
    const aliases = { md: 'md', markdown: 'md', json: 'json', text: 'text', txt: 'text', csv: 'csv', html: 'html' };
    return aliases[name.toLowerCase()];
}


/***/ }),

/***/ 2414:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.estimatorsJson = estimatorsJson;
exports.calibrationJson = calibrationJson;
const summarizeCalibration_js_1 = __webpack_require__(2210);
function estimatorsJson(shares) {
    return shares.map((share) => ({ kind: share.kind, records: share.records, humanMinutes: share.humanMinutes, humanHours: share.humanMinutes / 60, share: share.share }));
}
function calibrationJson(calibration) {
    const { totals } = calibration;
    return {
        method: 'band-median',
        scope: calibration.scope,
        applied: calibration.applied,
        ratioMeaning: summarizeCalibration_js_1.RATIO_MEANING,
        ...calibration.summary,
        ratios: calibration.ratios,
        tasks: calibration.tasks.map((task, index) => ({
            rank: index + 1,
            key: task.key,
            humanMinutes: task.humanMinutes,
            calibratedMinutes: task.calibratedMinutes,
            calibratedHours: task.calibratedMinutes / 60,
            claudeMinutes: task.claudeMinutes,
            factor: task.factor,
            calibratedFactor: task.calibratedFactor,
        })),
        totals: totals && {
            ...totals,
            factor: totals.factor ?? null,
            calibratedFactor: totals.calibratedFactor ?? null,
        },
    };
}


/***/ }),

/***/ 5394:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.REPORT_SCHEMA_VERSION = void 0;
exports.toReportJson = toReportJson;
exports.renderJson = renderJson;
exports.renderJsonChunks = renderJsonChunks;
const agentBreakdown_js_1 = __webpack_require__(5985);
const estimatorShares_js_1 = __webpack_require__(4131);
const calibrationJson_js_1 = __webpack_require__(2414);
exports.REPORT_SCHEMA_VERSION = 1;
// A task's first author date is usually its first commit's: the last time converted is kept.
let lastIsoSeconds = Number.NaN;
let lastIso = '';
function isoTime(seconds) {
    if (seconds !== lastIsoSeconds) {
        lastIso = new Date(seconds * 1000).toISOString();
        lastIsoSeconds = seconds;
    }
    return lastIso;
}
function taskCommitJson(commit) {
    return {
        repo: commit.repo,
        sha: commit.sha,
        authorDate: isoTime(commit.authorTime),
        subject: commit.subject,
        role: commit.role,
        figures: commit.figures ?? null,
        copies: commit.copies,
        // Only on a record listed in a squash commit (sha, subject): a report without any stays as it was.
        ...(commit.embedded ? { embedded: commit.embedded } : {}),
        // Only on a record read from the commit's leverage note: a report without notes stays as it was.
        ...(commit.note ? { note: true } : {}),
    };
}
/** A Task Log row; `index` is its place in the Task Log (0-based). */
function taskJson(task, index) {
    return {
        rank: index + 1,
        key: task.key,
        task: task.task,
        taskId: task.taskId ?? null,
        humanMinutes: task.humanMinutes,
        humanHours: task.humanMinutes / 60,
        claudeMinutes: task.claudeMinutes,
        supervisoryMinutes: task.supervisoryMinutes ?? null,
        tokens: task.tokens ?? null,
        factor: task.factor,
        supervisoryFactor: task.supervisoryFactor ?? null,
        firstAuthorDate: isoTime(task.firstAuthorTime),
        repositories: task.repositories,
        commits: task.commits.map(taskCommitJson),
        // Only when the estimate check ran (docs/estimates.md).
        ...(task.estimateCheck ? { estimateCheck: task.estimateCheck } : {}),
    };
}
/** A roll-up's periods (`--by`): each period's totals, with the same nulls as `totals`. */
function periodsJson(rollup) {
    const figures = (totals) => ({
        tasks: totals.tasks,
        humanMinutes: totals.humanMinutes,
        humanHours: totals.humanMinutes / 60,
        claudeMinutes: totals.claudeMinutes,
        supervisoryMinutes: totals.supervisoryMinutes ?? null,
        tokens: totals.tokens ?? null,
        factor: totals.factor ?? null,
        supervisoryFactor: totals.supervisoryFactor ?? null,
        weeks: totals.weeks,
    });
    return rollup.periods.map((period) => ({
        period: period.key,
        label: period.label,
        startDate: period.startDate,
        start: period.start,
        end: period.end,
        ...figures(period.totals),
    }));
}
/** The `agents` member (docs/report-json.md): the breakdown by `Agent` trailer, with the same nulls as `totals`. */
function agentsJson(breakdown) {
    return {
        tasksWithSeveralAgents: breakdown.tasksWithSeveralAgents,
        byAgent: breakdown.shares.map((share) => ({
            agent: share.agent ?? null,
            tasks: share.tasks,
            records: share.records,
            humanMinutes: share.humanMinutes,
            humanHours: share.humanMinutes / 60,
            claudeMinutes: share.claudeMinutes,
            supervisoryMinutes: share.supervisoryMinutes ?? null,
            tokens: share.tokens ?? null,
            factor: share.factor,
            supervisoryFactor: share.supervisoryFactor ?? null,
        })),
    };
}
/**
 * The report as a plain JSON value (figures unrounded; renderers round). `agents` is the breakdown
 * by agent, made from the tasks unless given (renderJsonChunks makes the rest without the tasks).
 */
function toReportJson(report, options = {}, agents = (0, agentBreakdown_js_1.agentBreakdown)(report.record.tasks), estimators = (0, estimatorShares_js_1.estimatorShares)(report.record)) {
    const { record } = report;
    return {
        schemaVersion: exports.REPORT_SCHEMA_VERSION,
        generator: 'git-leverage',
        window: report.window,
        agent: report.agent,
        repositories: report.repositories,
        tasks: record.tasks.map(taskJson),
        totals: {
            ...record.totals,
            humanHours: record.totals.humanMinutes / 60,
            supervisoryMinutes: record.totals.supervisoryMinutes ?? null,
            tokens: record.totals.tokens ?? null,
            factor: record.totals.factor ?? null,
            supervisoryFactor: record.totals.supervisoryFactor ?? null,
        },
        // Only when the records name more than one agent: a report of one agent stays as it was.
        ...(agents ? { agents: agentsJson(agents) } : {}),
        skipped: record.skipped.map((commit) => ({ ...commit, authorDate: isoTime(commit.authorTime) })),
        unmatchedLinks: record.unmatchedLinks.map(taskCommitJson),
        ...(report.estimateReference ? { estimateReference: report.estimateReference } : {}),
        // Only when a record says who estimated, and with --calibrated: a report without either stays as it was.
        ...(estimators ? { estimators: (0, calibrationJson_js_1.estimatorsJson)(estimators) } : {}),
        ...(report.calibration ? { calibration: (0, calibrationJson_js_1.calibrationJson)(report.calibration) } : {}),
        ...(options.rollup ? { periodUnit: options.rollup.unit, periods: periodsJson(options.rollup) } : {}),
        commits: report.commits,
    };
}
function renderJson(report, options = {}) {
    return `${JSON.stringify(toReportJson(report, options), null, 2)}\n`;
}
/** Tasks or commits serialised per batch: a batch's text is a few MB, not the whole array's. */
const JSON_BATCH = 2000;
/**
 * `renderJson`'s text in pieces, for writing as it is made: the same bytes (a test compares them),
 * without holding a 160 MB string, its UTF-8 copy and every task's JSON object at once (merging
 * 1,000 reports). Members of the top-level object are serialised one by one, and the two long
 * arrays, `tasks` and `commits`, a batch at a time. A member is serialised inside a one-member object
 * (`{"tasks": batch}`) so JSON.stringify indents it at its depth in the report; the wrapper's
 * braces and brackets are cut off.
 */
function* renderJsonChunks(report, options = {}, batch = JSON_BATCH) {
    // Every member but the two long arrays, exactly as toReportJson makes it.
    const shell = toReportJson({ ...report, commits: [], record: { ...report.record, tasks: [] } }, options, (0, agentBreakdown_js_1.agentBreakdown)(report.record.tasks), (0, estimatorShares_js_1.estimatorShares)(report.record));
    const longArrays = {
        tasks: { items: report.record.tasks, map: taskJson },
        commits: { items: report.commits, map: (commit) => commit },
    };
    let first = true;
    for (const [key, value] of Object.entries(shell)) {
        const long = longArrays[key];
        if (long === undefined || long.items.length === 0) {
            const member = JSON.stringify({ [key]: value }, null, 2);
            if (member === '{}')
                continue; // undefined: JSON.stringify leaves the member out
            yield `${first ? '{\n' : ',\n'}${member.slice(2, -2)}`;
        }
        else {
            const open = `{\n  ${JSON.stringify(key)}: [\n`;
            yield `${first ? '{\n' : ',\n'}${open.slice(2)}`;
            for (let start = 0; start < long.items.length; start += batch) {
                const items = long.items.slice(start, start + batch).map((item, offset) => long.map(item, start + offset));
                const text = JSON.stringify({ [key]: items }, null, 2);
                yield `${start === 0 ? '' : ',\n'}${text.slice(open.length, -'\n  ]\n}'.length)}`;
            }
            yield '\n  ]';
        }
        first = false;
    }
    yield first ? '{}\n' : '\n}\n';
}


/***/ }),

/***/ 1282:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.choosePeriodUnit = choosePeriodUnit;
const DAY = 86_400;
function choosePeriodUnit(report) {
    // A loop, not Math.min(...times): a merged report can hold more commits than a call has arguments.
    let first = Infinity;
    let last = -Infinity;
    for (const commit of report.commits) {
        if (commit.authorTime < first)
            first = commit.authorTime;
        if (commit.authorTime > last)
            last = commit.authorTime;
    }
    const start = report.window.start ?? first;
    const end = report.window.end ?? last + 1;
    const days = Number.isFinite(start) && Number.isFinite(end) ? (end - start) / DAY : 0;
    if (days <= 62)
        return 'day';
    if (days <= 731)
        return 'week';
    return 'month';
}


/***/ }),

/***/ 6626:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PERIOD_UNITS = void 0;
/** The calendar periods a record rolls up by (apart from rollUp.ts, so option parsing does not load it). */
exports.PERIOD_UNITS = ['day', 'week', 'month'];


/***/ }),

/***/ 26:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RollupTooLongError = exports.MAX_PERIODS = void 0;
exports.leastPeriodCount = leastPeriodCount;
exports.rollUp = rollUp;
/**
 * Roll-ups: the record of each calendar day, ISO week or month of a report, counted in the report's
 * zone. Pure. Periods are cut from the report's own task rows: each record a task counted (copies
 * and duplicates already removed by the record builder) goes to the period of its author time, so a
 * task worked on over three days counts its hours on the day each hour was recorded. A period's
 * totals are computeTotals over its share of each task; the totals row is the report's own totals.
 */
const luxon_js_1 = __webpack_require__(8080);
const leverageMetrics_js_1 = __webpack_require__(3817);
const userError_js_1 = __webpack_require__(40);
const reportWindow_js_1 = __webpack_require__(7084);
/** Luxon's week is the ISO week (Monday first) unless locale weeks are asked for; they never are here. */
function periodStartOf(time, unit) {
    return time.startOf(unit);
}
/** A period's names, read off its first day (luxon's formatting is the slow part of a roll-up: a few calls a period). */
function describe(start, unit) {
    const startDate = start.toISODate();
    switch (unit) {
        case 'day':
            return { key: startDate, label: startDate, startDate };
        case 'week': {
            const week = String(start.weekNumber).padStart(2, '0');
            return { key: `${start.weekYear}-W${week}`, label: `${startDate} (W${week})`, startDate };
        }
        case 'month':
            return { key: startDate.slice(0, 7), label: startDate.slice(0, 7), startDate };
    }
}
/** Spans already found: a chart asks for one report's span once a unit it weighs. */
const spans = new WeakMap();
/** The first and last second a roll-up covers: the window's, widened to hold every record. */
function spanOf(report) {
    if (spans.has(report))
        return spans.get(report);
    const span = findSpan(report);
    spans.set(report, span);
    return span;
}
function findSpan(report) {
    let first = report.window.start;
    let last = report.window.end === undefined ? undefined : report.window.end - 1;
    // A task row knows its first and last record's times, so the span is read off the rows, not
    // their commits (one object a task: this runs once over every task, after git has exited).
    const { tasks } = report.record;
    for (let t = 0; t < tasks.length; t += 1) {
        const task = tasks[t];
        const taskFirst = task.firstAuthorTime;
        const taskLast = task.lastAuthorTime;
        if (first === undefined || taskFirst < first)
            first = taskFirst;
        if (last === undefined || taskLast > last)
            last = taskLast;
    }
    return first === undefined || last === undefined ? undefined : { first, last };
}
/** The longest a period can be (days of 25 hours, across a DST change). */
const LONGEST_PERIOD = { day: 25 * 3600, week: 7 * 25 * 3600, month: 31 * 25 * 3600 };
/** A number of periods the roll-up of `report` by `unit` has at least: tells, without building it, that one would be too long. */
function leastPeriodCount(report, unit) {
    const span = spanOf(report);
    return span ? Math.floor((span.last - span.first) / LONGEST_PERIOD[unit]) + 1 : 0;
}
/**
 * The most periods a roll-up has: 27 years of days, 190 years of weeks, 833 years of months. A
 * longer table or chart is not one anybody reads, and a typo'd window (`--since 1926`) should not
 * turn into a minute of work and megabytes of empty rows.
 */
exports.MAX_PERIODS = 10_000;
/** A roll-up asked for would be longer than MAX_PERIODS: the request is what is wrong (the CLI exits 2). */
class RollupTooLongError extends userError_js_1.UsageError {
    name = 'RollupTooLongError';
}
exports.RollupTooLongError = RollupTooLongError;
const COARSER = { day: 'by week or month, or ', week: 'by month, or ', month: '' };
/** Fails, saying what to do instead, when the roll-up from `firstStart` to `lastStart` by `unit` would have more than MAX_PERIODS periods. */
function checkPeriodCount(firstStart, lastStart, unit) {
    // Calendar arithmetic (luxon counts days, weeks and months in the zone): exact across DST changes.
    const count = Math.round(lastStart.diff(firstStart, unit).as(unit)) + 1;
    if (count <= exports.MAX_PERIODS)
        return;
    const span = `${firstStart.toISODate()} to ${lastStart.toISODate()}`;
    throw new RollupTooLongError(`a roll-up by ${unit} from ${span} would have ${count.toLocaleString('en-US')} rows (at most ${exports.MAX_PERIODS.toLocaleString('en-US')}): roll up ${COARSER[unit]}choose a shorter window`);
}
/** The period holding `time`: the last period starting at or before it (periods are sorted, contiguous). */
function periodIndex(periods, time) {
    let low = 0;
    let high = periods.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (periods[middle].start <= time)
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}
function noFigures() {
    return { humanMinutes: 0, claudeMinutes: 0, supervisoryMinutes: undefined, supervisedHumanMinutes: 0, tokens: undefined };
}
/** The period holding every record of `task`, or undefined when its records fall in more than one. */
function onlyPeriodOf(task, periods) {
    // Periods are contiguous: the first and the last record in one period put every record there.
    const index = periodIndex(periods, task.firstAuthorTime);
    return task.lastAuthorTime < periods[index].end ? index : undefined;
}
/** The share of `task` in each period its records fall in: the sum of its records there. */
function addSharesByPeriod(task, periods, sharesByPeriod) {
    const shares = new Map();
    for (const commit of task.commits) {
        if (commit.role !== 'record' || !commit.figures)
            continue;
        const index = periodIndex(periods, commit.authorTime);
        let share = shares.get(index);
        if (!share) {
            share = noFigures();
            shares.set(index, share);
            sharesByPeriod[index].push(share);
        }
        (0, leverageMetrics_js_1.addFigures)(share, commit.figures);
    }
}
/**
 * Rolls a report up by day, week or month. Periods run from the one holding the window's start to
 * the one holding its end (or the first and last record, for ranges and all history); periods
 * without records are kept, as empty periods are part of a trend.
 */
function rollUp(report, unit) {
    const zone = report.window.timezone;
    const periods = [];
    const span = spanOf(report);
    if (!span)
        return { unit, timezone: zone, periods, totals: report.record.totals };
    const { first, last } = span;
    const firstStart = periodStartOf(luxon_js_1.DateTime.fromSeconds(first, { zone }), unit);
    const lastStart = periodStartOf(luxon_js_1.DateTime.fromSeconds(last, { zone }), unit);
    checkPeriodCount(firstStart, lastStart, unit);
    for (let start = firstStart, next = (0, reportWindow_js_1.startOfNext)(start, unit); start <= lastStart; start = next, next = (0, reportWindow_js_1.startOfNext)(start, unit)) {
        periods.push({ ...describe(start, unit), start: start.toSeconds(), end: next.toSeconds(), totals: (0, leverageMetrics_js_1.computeTotals)([]) });
    }
    // Zone arithmetic once per period, not per commit: a commit finds its period by binary search.
    // Each task's share of a period is the sum of its records there, one share a task and period.
    const sharesByPeriod = periods.map(() => []);
    const { tasks } = report.record;
    for (let t = 0; t < tasks.length; t += 1) {
        const task = tasks[t];
        const index = onlyPeriodOf(task, periods);
        // A task whose records all fall in one period (nearly every task) shares all of it there: a
        // task row's figures are the sums of its records' figures.
        if (index !== undefined)
            sharesByPeriod[index].push(task);
        else
            addSharesByPeriod(task, periods, sharesByPeriod);
    }
    periods.forEach((period, index) => {
        const shares = sharesByPeriod[index];
        if (shares.length > 0)
            period.totals = (0, leverageMetrics_js_1.computeTotals)(shares);
    });
    return { unit, timezone: zone, periods, totals: report.record.totals };
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