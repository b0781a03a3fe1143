"use strict";
exports.id = 59;
exports.ids = [59];
exports.modules = {

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* reexport safe */ luxon__WEBPACK_IMPORTED_MODULE_0__.c9)
/* harmony export */ });
/* harmony import */ var luxon__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8714);
/**
 * Luxon, as every module here uses it: imported from this file, so its settings hold everywhere.
 * The locale is fixed: every date we print is ISO text or a numeric format, and without one luxon
 * asks Intl for the machine's locale at its first date arithmetic (~10 ms of loading ICU at
 * start-up), whose numbering system could even change the digits of a period's name.
 */

luxon__WEBPACK_IMPORTED_MODULE_0__/* .Settings */ .wB.defaultLocale = 'en-US';



/***/ }),

/***/ 9059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dateIn: () => (/* binding */ dateIn),
/* harmony export */   dayWindow: () => (/* binding */ dayWindow),
/* harmony export */   daysWindow: () => (/* binding */ daysWindow)
/* harmony export */ });
/* harmony import */ var _luxon_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);
/* harmony import */ var _windowBasics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6238);
/**
 * Calendar days in an IANA time zone, as instants. Luxon does the zone arithmetic (it reads the
 * tz database through Intl), so DST days are 23 or 25 hours long without any offset math here.
 */


const DATE_FORM = /^\d{4}-\d{2}-\d{2}$/;
function startOfDay(date, zone, what) {
    if (!DATE_FORM.test(date))
        throw new _windowBasics_js__WEBPACK_IMPORTED_MODULE_1__/* .WindowError */ .xM(`${what} "${date}" is not a date (accepted: YYYY-MM-DD, e.g. 2026-04-12)`);
    const day = _luxon_js__WEBPACK_IMPORTED_MODULE_0__/* .DateTime */ .c.fromISO(date, { zone });
    if (!day.isValid)
        throw new _windowBasics_js__WEBPACK_IMPORTED_MODULE_1__/* .WindowError */ .xM(`${what} "${date}" is not a calendar date (${day.invalidExplanation ?? day.invalidReason})`);
    return day.startOf('day');
}
/** One calendar day: [start of `date`, start of the next day) in `zone`. */
function dayWindow(date, zone) {
    (0,_windowBasics_js__WEBPACK_IMPORTED_MODULE_1__/* .assertTimezone */ .o5)(zone);
    const start = startOfDay(date, zone, '--date');
    return { kind: 'day', label: date, timezone: zone, start: start.toSeconds(), end: start.plus({ days: 1 }).toSeconds() };
}
/** Whole days from `since` through `until` (both included) in `zone`. */
function daysWindow(since, until, zone, today) {
    (0,_windowBasics_js__WEBPACK_IMPORTED_MODULE_1__/* .assertTimezone */ .o5)(zone);
    const start = startOfDay(since, zone, '--since');
    const last = startOfDay(until ?? today, zone, '--until');
    if (last < start)
        throw new _windowBasics_js__WEBPACK_IMPORTED_MODULE_1__/* .WindowError */ .xM(`--until ${until} is before --since ${since}`);
    const label = since === (until ?? today) ? since : `${since} to ${until ?? today}`;
    return { kind: since === (until ?? today) ? 'day' : 'days', label, timezone: zone, start: start.toSeconds(), end: last.plus({ days: 1 }).toSeconds() };
}
/** The calendar date of an instant in a zone (`now` is passed in: the core reads no clock). */
function dateIn(zone, now, offsetDays = 0) {
    return _luxon_js__WEBPACK_IMPORTED_MODULE_0__/* .DateTime */ .c.fromJSDate(now, { zone: (0,_windowBasics_js__WEBPACK_IMPORTED_MODULE_1__/* .assertTimezone */ .o5)(zone) }).plus({ days: offsetDays }).toISODate();
}


/***/ })

};
;