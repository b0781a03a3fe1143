export const id = 317;
export const ids = [317];
export const modules = {

/***/ 317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readReports: () => (/* binding */ readReports),
/* harmony export */   registerMergeCommand: () => (/* binding */ registerMergeCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8179);
/* harmony import */ var _merge_mergeReports_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5833);
/* harmony import */ var _render_reportJson_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5898);
/* harmony import */ var _render_renderReport_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3666);
/* harmony import */ var _rollup_rollUp_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(26);
/* harmony import */ var _usageError_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2163);
/**
 * `git-leverage merge a.json b.json ...`: JSON reports made anywhere (one CI job per repository)
 * combined into one report, rendered in any format. The files are read here; the merge is pure.
 */








/** The top-level `schemaVersion` of a report's text, cheaply (the full parse reports anything else wrong). */
function schemaVersionOf(text) {
    return /"schemaVersion"\s*:\s*([^,}\s]+)/.exec(text.slice(0, 4096))?.[1] ?? 'none';
}
/**
 * Reads and parses every file, one at a time so only one file's text is held at once (1,000 reports
 * are 175 MB of text: holding them all doubles the memory and the garbage collector's work). Every
 * unreadable or invalid file is reported at once; reports of different schema versions are named
 * together, grouped by version.
 */
async function readReports(files, cwd) {
    const problems = [];
    const filesByVersion = new Map();
    const inputs = [];
    for (const file of files) {
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, file), 'utf8');
        }
        catch (error) {
            const code = error.code;
            problems.push(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : error.message})`);
            continue;
        }
        const version = schemaVersionOf(text);
        // A file with no readable version is left to the parse, which says what is wrong with it.
        if (version !== 'none')
            filesByVersion.set(version, [...(filesByVersion.get(version) ?? []), file]);
        if (filesByVersion.size > 1)
            continue; // the version error below says it all
        try {
            inputs.push((0,_render_reportJson_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReportJson */ .AL)(text, file));
        }
        catch (error) {
            if (!(error instanceof _render_reportJson_js__WEBPACK_IMPORTED_MODULE_4__/* .ReportJsonError */ .hq))
                throw error;
            problems.push(error.message);
        }
    }
    if (filesByVersion.size > 1) {
        const groups = [...filesByVersion].map(([version, names]) => `schemaVersion ${version}: ${names.join(', ')}`);
        problems.unshift(`reports of different schema versions cannot be merged (make them with the same git-leverage):\n  ${groups.join('\n  ')}`);
    }
    if (problems.length > 0)
        throw new _render_reportJson_js__WEBPACK_IMPORTED_MODULE_4__/* .ReportJsonError */ .hq(problems.join('\n'));
    return inputs;
}
function registerMergeCommand(program, context) {
    program
        .command('merge')
        .description('combine JSON reports (e.g. one per repository) into one report; the same commit or Task-Id counts once')
        .argument('<reports...>', 'JSON reports written by report --format json (or the Action with format: json)')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_2__/* .Option */ .c$('--format <format>', `output format: ${_render_renderReport_js__WEBPACK_IMPORTED_MODULE_5__/* .REPORT_FORMATS */ .EL.join(', ')}`).default('md'))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_2__/* .Option */ .c$('--by <period>', 'roll the merged record up by calendar period').choices(_rollup_rollUp_js__WEBPACK_IMPORTED_MODULE_6__/* .PERIOD_UNITS */ .a))
        .option('--summary', 'headline, chart and roll-up without the Task Log')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_2__/* .Option */ .c$('--chart <kind>', 'chart in Markdown output').choices(['mermaid', 'none']).default('mermaid'))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_2__/* .Option */ .c$('--sort <order>', 'Task Log order').choices(['factor', 'time']))
        .option('-o, --output <file>', 'write the merged report to a file instead of standard output')
        .action(async (files, flags) => {
        const format = (0,_render_renderReport_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReportFormat */ .n3)(flags.format);
        if (!format)
            throw new _usageError_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .e(`unknown --format "${flags.format}" (accepted: ${_render_renderReport_js__WEBPACK_IMPORTED_MODULE_5__/* .REPORT_FORMATS */ .EL.join(', ')})`);
        const inputs = await readReports(files, context.io.cwd);
        const report = (0,_merge_mergeReports_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeReports */ .C)(inputs, flags.sort ? { sort: flags.sort } : {});
        const options = { ...(flags.chart ? { chart: flags.chart } : {}), ...(flags.by ? { by: flags.by } : {}), ...(flags.summary ? { summary: true } : {}) };
        const text = (0,_render_renderReport_js__WEBPACK_IMPORTED_MODULE_5__/* .renderReport */ .B1)(report, format, options);
        if (flags.output)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.io.cwd, flags.output), text);
        else
            context.io.stdout(text);
    });
}


/***/ })

};
