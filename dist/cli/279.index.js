"use strict";
exports.id = 279;
exports.ids = [279];
exports.modules = {

/***/ 279:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createGlobFilter = createGlobFilter;
/**
 * The config's `estimates.exclude` globs as a test on paths. Apart from changedLines.ts so that
 * picomatch is loaded only by a repository whose config has globs.
 */
const picomatch_1 = __importDefault(__webpack_require__(4006));
/** Tests paths against the config's `estimates.exclude` globs (patterns without a slash match a file name anywhere, as in .gitignore). */
function createGlobFilter(globs) {
    // picomatch's `basename` applies to every pattern or none: a pattern with a slash needs it off.
    const anywhere = globs.filter((glob) => !glob.includes('/'));
    const rooted = globs.filter((glob) => glob.includes('/'));
    const tests = [...(anywhere.length > 0 ? [(0, picomatch_1.default)(anywhere, { dot: true, basename: true })] : []), ...(rooted.length > 0 ? [(0, picomatch_1.default)(rooted, { dot: true })] : [])];
    return (path) => tests.some((test) => test(path));
}


/***/ })

};
;