"use strict";
exports.id = 741;
exports.ids = [741];
exports.modules = {

/***/ 2741:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.registerDashboardCommand = registerDashboardCommand;
/**
 * `git-leverage dashboard`: the report of a span of days as one self-contained HTML file (totals,
 * a chart of hours and factor per period, a sortable and filterable task table, commit links when
 * the remote is on GitHub). Collecting is the report command's; rendering is renderDashboard's.
 */
const commander_1 = __webpack_require__(8909);
const renderReport_js_1 = __webpack_require__(2008);
const periodUnits_js_1 = __webpack_require__(6626);
const readCommitBaseUrls_js_1 = __webpack_require__(1288);
const writeChunks_js_1 = __webpack_require__(819);
const report_js_1 = __webpack_require__(4595);
function registerDashboardCommand(program, context) {
    const command = program.command('dashboard').description('write an offline HTML dashboard: totals, hours and factor per period, a sortable task table');
    (0, report_js_1.addWindowOptions)(command)
        .addOption(new commander_1.Option('--by <period>', 'period of the chart (default: day up to two months, week up to two years, else month)').choices(periodUnits_js_1.PERIOD_UNITS))
        .option('-o, --output <file>', 'the HTML file to write', 'leverage.html')
        .action(async (flags) => {
        const { io } = context;
        const { report, repositories } = await (0, report_js_1.collectFromFlags)({ ...flags, repo: flags.repo ?? [], format: 'html' }, io);
        const html = (0, renderReport_js_1.renderReport)(report, 'html', { ...(flags.by ? { by: flags.by } : {}), commitBaseUrls: await (0, readCommitBaseUrls_js_1.readCommitBaseUrls)(repositories) });
        await (0, writeChunks_js_1.writeChunks)([html], flags.output, context);
        const tasks = report.record.tasks.length;
        io.stderr(`git-leverage: wrote ${flags.output} (${tasks} task${tasks === 1 ? '' : 's'}, ${Math.round(html.length / 1024)} KiB)\n`);
    });
}


/***/ })

};
;