"use strict";
exports.id = 992;
exports.ids = [992];
exports.modules = {

/***/ 6992:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.measureForCommit = measureForCommit;
/**
 * The figures `prepare-commit-msg` writes when measuring is on: every agent's work on this
 * repository (Claude Code and Codex; minutes are the union of their working intervals, tokens their
 * sum) since HEAD was committed (the whole log before the first commit) until now.
 */
const measureWindow_js_1 = __webpack_require__(9232);
const measureRepository_js_1 = __webpack_require__(8848);
const trailerFigures_js_1 = __webpack_require__(3198);
/**
 * Minutes are rounded to whole minutes, at least 1 when anything was measured; `undefined` when
 * nothing was (no logs, or no work of this repository in the window).
 */
async function measureForCommit(repoDir, options) {
    const env = options.env ?? process.env;
    const until = (options.now ?? new Date()).getTime();
    const since = (await (0, measureWindow_js_1.headTime)(repoDir, env)) ?? Number.NEGATIVE_INFINITY;
    const outcome = await (0, measureRepository_js_1.measureRepository)({ repoDir, window: { since, until }, idleMinutes: options.idleMinutes, env });
    return (0, trailerFigures_js_1.trailerFigures)(outcome.measurement);
}


/***/ }),

/***/ 3198:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AGENT_TRAILER_VALUES = void 0;
exports.trailerFigures = trailerFigures;
/** A measurement as trailer values: whole minutes (at least 1 when anything was measured), the token total, and the agent. */
const logLine_js_1 = __webpack_require__(9136);
/** How each agent is named in an `Agent` trailer. */
exports.AGENT_TRAILER_VALUES = { claude: 'claude-code', codex: 'codex' };
const wholeMinutes = (ms) => Math.max(1, Math.round(ms / 60_000));
/** Whether a session adds anything to the figures: working time in the window, or tokens. */
const contributes = (s) => s.turns.some((t) => t.counted.some((i) => i.end > i.start)) || (0, logLine_js_1.usageTotal)(s.usage) > 0;
/**
 * The agent whose sessions the figures come from, or undefined when two agents' do: the minutes are
 * then the union of both agents' work, and naming one would credit it with the other's time.
 */
function soleAgent(measurement) {
    const agents = new Set(measurement.sessions.filter(contributes).map((s) => s.agent ?? 'claude'));
    return agents.size === 1 ? exports.AGENT_TRAILER_VALUES[[...agents][0]] : undefined;
}
/** `undefined` when neither working time nor tokens were measured; a zero part is `undefined`. */
function trailerFigures(measurement) {
    const tokens = (0, logLine_js_1.usageTotal)(measurement.usage);
    if (measurement.claudeMs <= 0 && tokens <= 0)
        return undefined;
    const agent = soleAgent(measurement);
    return {
        claudeMinutes: wholeMinutes(measurement.claudeMs),
        supervisoryMinutes: measurement.supervisoryMs > 0 ? wholeMinutes(measurement.supervisoryMs) : undefined,
        tokens: tokens > 0 ? tokens : undefined,
        ...(agent === undefined ? {} : { agent }),
    };
}


/***/ })

};
;