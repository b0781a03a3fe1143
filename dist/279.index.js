export const id = 279;
export const ids = [279];
export const modules = {

/***/ 279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGlobFilter: () => (/* binding */ createGlobFilter)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The config's `estimates.exclude` globs as a test on paths. Apart from changedLines.ts so that
 * picomatch is loaded only by a repository whose config has globs.
 */

/** Tests paths against the config's `estimates.exclude` globs (patterns without a slash match a file name anywhere, as in .gitignore). */
function createGlobFilter(globs) {
    // picomatch's `basename` applies to every pattern or none: a pattern with a slash needs it off.
    const anywhere = globs.filter((glob) => !glob.includes('/'));
    const rooted = globs.filter((glob) => glob.includes('/'));
    const tests = [...(anywhere.length > 0 ? [picomatch__WEBPACK_IMPORTED_MODULE_0___default()(anywhere, { dot: true, basename: true })] : []), ...(rooted.length > 0 ? [picomatch__WEBPACK_IMPORTED_MODULE_0___default()(rooted, { dot: true })] : [])];
    return (path) => tests.some((test) => test(path));
}


/***/ })

};
