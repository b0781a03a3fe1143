"use strict";
exports.id = 205;
exports.ids = [205];
exports.modules = {

/***/ 5773:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.appliedRatios = appliedRatios;
exports.calibrateRecord = calibrateRecord;
const leverageMetrics_js_1 = __webpack_require__(3817);
const summarizeCalibration_js_1 = __webpack_require__(2210);
/** The ratio each band applies: its own median when it has one, else the overall median. */
function appliedRatios(summary) {
    if (summary.medianRatio === null)
        return [];
    return summary.bands.map((band) => band.medianRatio !== null
        ? { band: band.band, label: band.label, ratio: band.medianRatio, source: 'band', pairs: band.pairs }
        : { band: band.band, label: band.label, ratio: summary.medianRatio, source: 'overall', pairs: summary.pairs });
}
/** A task's calibrated minutes: each of its records' estimates times its band's ratio. */
function calibratedMinutesOf(task, ratioOf) {
    let minutes = 0;
    for (const commit of task.commits)
        if (commit.role === 'record' && commit.figures)
            minutes += commit.figures.humanMinutes * ratioOf(commit.figures.humanMinutes);
    return minutes;
}
/** The calibrated figures of `record` from `summary`, or the reason there are none (`applied: false`). */
function calibrateRecord(record, summary, scope) {
    const ratios = appliedRatios(summary);
    if (ratios.length === 0)
        return { scope, summary, applied: false, ratios, tasks: [], totals: null };
    const byBand = new Map(ratios.map((ratio) => [ratio.band, ratio.ratio]));
    const ratioOf = (minutes) => byBand.get((0, summarizeCalibration_js_1.bandOf)(minutes));
    const tasks = record.tasks.map((task) => {
        const calibratedMinutes = calibratedMinutesOf(task, ratioOf);
        return { key: task.key, humanMinutes: task.humanMinutes, calibratedMinutes, claudeMinutes: task.claudeMinutes, factor: task.factor, calibratedFactor: calibratedMinutes / task.claudeMinutes };
    });
    const { totals } = record;
    const calibratedMinutes = tasks.reduce((sum, task) => sum + task.calibratedMinutes, 0);
    return {
        scope,
        summary,
        applied: true,
        ratios,
        tasks,
        totals: {
            humanMinutes: totals.humanMinutes,
            calibratedMinutes,
            claudeMinutes: totals.claudeMinutes,
            factor: totals.factor,
            calibratedFactor: totals.claudeMinutes > 0 ? calibratedMinutes / totals.claudeMinutes : undefined,
            weeks: totals.weeks,
            calibratedWeeks: calibratedMinutes / 60 / leverageMetrics_js_1.HOURS_PER_WEEK,
        },
    };
}


/***/ }),

/***/ 3936:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.calibrationPairs = calibrationPairs;
/**
 * The calibration pairs among `commits`, oldest first. A commit reached twice (two repositories
 * sharing history, two revisions) or a cherry-picked copy (same author, author date and figures)
 * counts once, and so does a pair listed in a squash commit whose original is reached too, as the
 * record builder counts records: a pair counted twice would weigh twice.
 */
function calibrationPairs(commits) {
    const seen = new Set();
    const pairs = [];
    for (const commit of commits) {
        if (commit.verdict.kind !== 'calibration')
            continue;
        const figures = commit.verdict.figures;
        const at = commit.embedded === undefined ? commit.sha : `${commit.sha}#${commit.embedded.index}`;
        const same = JSON.stringify([commit.authorEmail.toLowerCase(), commit.authorTime, figures.task, figures.taskId ?? null, figures.humanMinutes, figures.humanActualMinutes]);
        // A pair listed in a squash commit that names its original is the original reached again.
        const original = commit.embedded?.sha;
        if (seen.has(at) || seen.has(same) || (original !== undefined && seen.has(original)))
            continue;
        seen.add(at);
        seen.add(same);
        if (original !== undefined)
            seen.add(original);
        pairs.push({
            repo: commit.repo,
            sha: commit.sha,
            authorTime: commit.authorTime,
            task: figures.task,
            taskId: figures.taskId,
            estimateMinutes: figures.humanMinutes,
            actualMinutes: figures.humanActualMinutes,
            ...(figures.estimatedBy !== undefined ? { estimatedBy: figures.estimatedBy } : {}),
        });
    }
    return pairs.sort((a, b) => a.authorTime - b.authorTime || (a.sha < b.sha ? -1 : a.sha > b.sha ? 1 : 0));
}


/***/ }),

/***/ 5205:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectCalibrationPairs = collectCalibrationPairs;
exports.calibrationWindow = calibrationWindow;
exports.calibrationScope = calibrationScope;
exports.calibrateReport = calibrateReport;
const shallowBoundary_js_1 = __webpack_require__(4166);
const streamCommits_js_1 = __webpack_require__(9598);
const classifyCommit_js_1 = __webpack_require__(7277);
const calibrationPairs_js_1 = __webpack_require__(3936);
const calibrateRecord_js_1 = __webpack_require__(5773);
const summarizeCalibration_js_1 = __webpack_require__(2210);
const reportWindow_js_1 = __webpack_require__(7084);
async function collectCalibrationPairs({ repositories, window, config, revs, now, windows }) {
    const options = { window, revs: revs ?? config.revs ?? [], keys: config.trailerOptions.keys, ...(now ? { now: now.getTime() / 1000 } : {}) };
    const commits = [];
    const invalid = new Set();
    // One repository at a time, as the report's walk.
    for (const repo of repositories) {
        const own = windows?.get(repo);
        for await (const batch of (0, streamCommits_js_1.streamCommits)(repo, own ? { ...options, window: own } : options)) {
            for (const facts of batch) {
                const commit = (0, classifyCommit_js_1.classifyCommit)(facts, config.trailerOptions);
                if (commit?.verdict.kind === 'calibration')
                    commits.push(commit);
                else if (commit?.verdict.kind === 'invalid')
                    invalid.add(`${commit.sha}#${commit.embedded?.index ?? 0}`);
            }
        }
    }
    return { pairs: (0, calibrationPairs_js_1.calibrationPairs)(commits), invalid: invalid.size };
}
/**
 * The window `report --calibrated` reads its pairs from: all history reachable from the walked
 * revisions, up to the end of the report's window when it has one (so the calibrated figures of a
 * past day do not move as later pairs are recorded). A range's pairs are the branches', not the
 * range's: a pull request rarely holds enough.
 */
function calibrationWindow(window) {
    return { kind: 'all', label: 'all history', timezone: window.timezone, ...(window.end !== undefined ? { end: window.end } : {}) };
}
/** The pairs' scope in words: `all history up to 2026-04-12` (the window's last day in its zone), or `all history`. */
function calibrationScope(window) {
    if (window.end === undefined)
        return 'all history';
    return `all history up to ${(0, reportWindow_js_1.dateIn)(window.timezone, new Date((window.end - 1) * 1000))}`;
}
/**
 * What `report --calibrated` adds to `report`: the pairs of its repositories over calibrationWindow
 * (read from the report's own commits when it already covers all history), summarised and applied.
 * A shallow clone gives the pairs it holds: its walk starts after the commits where its history
 * stops (it would fail on them), and the scope says from when.
 */
async function calibrateReport(report, request) {
    const window = calibrationWindow(report.window);
    if (report.window.kind === 'all')
        return (0, calibrateRecord_js_1.calibrateRecord)(report.record, (0, summarizeCalibration_js_1.summarizeCalibration)((0, calibrationPairs_js_1.calibrationPairs)(report.commits)), calibrationScope(window));
    const windows = new Map();
    const cut = [];
    for (const repo of request.repositories) {
        const stop = await (0, shallowBoundary_js_1.shallowHistoryStop)(repo);
        if (stop === undefined)
            continue;
        windows.set(repo, { ...window, start: stop + 1 });
        cut.push(`${repo.label} from ${(0, reportWindow_js_1.dateIn)(window.timezone, new Date(stop * 1000))}, where its shallow clone's history stops`);
    }
    const { pairs } = await collectCalibrationPairs({ ...request, window, windows });
    return (0, calibrateRecord_js_1.calibrateRecord)(report.record, (0, summarizeCalibration_js_1.summarizeCalibration)(pairs), `${calibrationScope(window)}${cut.length > 0 ? ` (${cut.join('; ')})` : ''}`);
}


/***/ })

};
;