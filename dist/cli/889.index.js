"use strict";
exports.id = 889;
exports.ids = [889];
exports.modules = {

/***/ 1889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  measureForCommit: () => (/* binding */ measureForCommit)
});

// EXTERNAL MODULE: ./src/measure/measureWindow.ts
var measureWindow = __webpack_require__(9232);
// EXTERNAL MODULE: ./src/measure/measureRepository.ts + 5 modules
var measureRepository = __webpack_require__(8067);
// EXTERNAL MODULE: ./src/measure/logLine.ts
var logLine = __webpack_require__(9136);
;// CONCATENATED MODULE: ./src/measure/trailerFigures.ts
/** A measurement as trailer values: whole minutes (at least 1 when anything was measured) and the token total. */

const wholeMinutes = (ms) => Math.max(1, Math.round(ms / 60_000));
/** `undefined` when neither working time nor tokens were measured; a zero part is `undefined`. */
function trailerFigures(measurement) {
    const tokens = (0,logLine/* usageTotal */.M)(measurement.usage);
    if (measurement.claudeMs <= 0 && tokens <= 0)
        return undefined;
    return {
        claudeMinutes: wholeMinutes(measurement.claudeMs),
        supervisoryMinutes: measurement.supervisoryMs > 0 ? wholeMinutes(measurement.supervisoryMs) : undefined,
        tokens: tokens > 0 ? tokens : undefined,
    };
}

;// CONCATENATED MODULE: ./src/measure/measureForCommit.ts
/**
 * The figures `prepare-commit-msg` writes when measuring is on: Claude Code's work on this
 * repository since HEAD was committed (the whole log when there is no commit yet) until now.
 */



/**
 * Minutes are rounded to whole minutes, at least 1 when anything was measured; `undefined` when
 * nothing was (no logs, or no work of this repository in the window).
 */
async function measureForCommit(repoDir, options) {
    const env = options.env ?? process.env;
    const until = (options.now ?? new Date()).getTime();
    const since = (await (0,measureWindow/* headTime */.aT)(repoDir, env)) ?? Number.NEGATIVE_INFINITY;
    const outcome = await (0,measureRepository/* measureRepository */.N)({ repoDir, window: { since, until }, idleMinutes: options.idleMinutes, env });
    return trailerFigures(outcome.measurement);
}


/***/ })

};
;