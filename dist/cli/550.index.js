"use strict";
exports.id = 550;
exports.ids = [550];
exports.modules = {

/***/ 2575:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.registerValidateCommand = registerValidateCommand;
const loadConfig_js_1 = __webpack_require__(6494);
const openRepository_js_1 = __webpack_require__(8054);
const runGit_js_1 = __webpack_require__(6033);
const streamCommits_js_1 = __webpack_require__(9598);
const checkCommitMessage_js_1 = __webpack_require__(7094);
const reportWindow_js_1 = __webpack_require__(7084);
const trailerSchema_js_1 = __webpack_require__(8460);
const userError_js_1 = __webpack_require__(40);
function registerValidateCommand(program, context) {
    program
        .command('validate [range]')
        .description('check the leverage trailers of every commit in a range (default: @{upstream}..HEAD); exit 1 listing each bad commit')
        .option('--repo <dir>', 'the repository (default: .)')
        .action(async (given, flags) => {
        const { io } = context;
        const repo = await (0, openRepository_js_1.openRepository)(flags.repo ?? '.', io.cwd);
        const config = await (0, loadConfig_js_1.loadConfig)(repo.root);
        let range = given;
        if (range === undefined) {
            const upstream = await (0, runGit_js_1.runGitRaw)(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'], repo.root, undefined, io.env);
            if (upstream.exitCode !== 0)
                throw new userError_js_1.UsageError('the current branch has no upstream: give a range, e.g. git-leverage validate origin/main..HEAD');
            range = '@{upstream}..HEAD';
        }
        if (range.startsWith('-'))
            throw new userError_js_1.UsageError(`"${range}" is not a range`);
        // The collector's reading of each commit's leverage trailers: what `report` will count.
        const leverage = new Map();
        for await (const batch of (0, streamCommits_js_1.streamCommits)(repo, { window: (0, reportWindow_js_1.rangeWindow)(range, 'UTC'), revs: [], keys: config.trailerOptions.keys })) {
            for (const commit of batch)
                leverage.set(commit.sha, commit.trailers);
        }
        // Every commit of the range, for the policy (merges, reverts, `Leverage: none`).
        const list = await (0, runGit_js_1.runGit)(['log', '-z', '--encoding=UTF-8', `--format=%H%x1f%P%x1f%s%x1f%(trailers:key=${checkCommitMessage_js_1.NO_LEVERAGE_KEY},valueonly,separator=%x1e)%x1f%B`, range, '--'], repo.root, undefined, io.env);
        let checked = 0;
        const bad = [];
        const warned = [];
        for (const entry of list.split('\0').filter(Boolean)) {
            const [sha = '', parents = '', subject = '', none = '', ...body] = entry.split('\x1f');
            checked += 1;
            const trailers = [...(leverage.get(sha) ?? []), ...none.split('\x1e').filter(Boolean).map((value) => ({ key: checkCommitMessage_js_1.NO_LEVERAGE_KEY, value: value.trim() }))];
            const message = body.join('\x1f');
            const result = (0, checkCommitMessage_js_1.checkCommitMessage)({ trailers, subject, merging: parents.trim().includes(' '), reverting: false, message }, config.require, config.trailerOptions);
            const head = `${sha.slice(0, 12)} ${subject}`;
            if (!result.ok)
                bad.push(`${head}\n${result.problems.map((p) => `    ${(0, trailerSchema_js_1.describeProblem)(p)}`).join('\n')}`);
            if (result.warnings.length > 0)
                warned.push(`${head}\n${result.warnings.map((w) => `    ${w}`).join('\n')}`);
        }
        if (warned.length > 0) {
            // Not a failure (the hook lets these commits through under this policy), but report will not count those lines.
            io.stderr(`git-leverage: warning: ${warned.length} commit${warned.length === 1 ? ' has' : 's have'} leverage lines that git does not read as trailers (report will not count them):\n${warned.map((w) => `  ${w}`).join('\n')}\n`);
        }
        if (bad.length === 0) {
            const also = warned.length > 0 ? `, ${warned.length} with warnings` : '';
            io.stdout(`git-leverage: ${checked} commit${checked === 1 ? '' : 's'} in ${range} checked, all valid${also} (require: ${config.require})\n`);
            return;
        }
        io.stderr(`git-leverage: ${bad.length} of ${checked} commits in ${range} have leverage trailers that do not pass (require: ${config.require}):\n${bad.map((b) => `  ${b}`).join('\n')}\n`);
        context.setExitCode(1);
    });
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


/***/ })

};
;