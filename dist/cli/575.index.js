export const id = 575;
export const ids = [575];
export const modules = {

/***/ 2575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerValidateCommand: () => (/* binding */ registerValidateCommand)
/* harmony export */ });
/* harmony import */ var _config_loadConfig_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6494);
/* harmony import */ var _git_openRepository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8054);
/* harmony import */ var _git_runGit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6033);
/* harmony import */ var _git_streamCommits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9598);
/* harmony import */ var _hooks_checkCommitMessage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7094);
/* harmony import */ var _time_reportWindow_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9059);
/* harmony import */ var _trailers_trailerSchema_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6387);
/* harmony import */ var _usageError_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2163);








function registerValidateCommand(program, context) {
    program
        .command('validate [range]')
        .description('check the leverage trailers of every commit in a range (default: @{upstream}..HEAD); exit 1 listing each bad commit')
        .option('--repo <dir>', 'the repository (default: .)')
        .action(async (given, flags) => {
        const { io } = context;
        const repo = await (0,_git_openRepository_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(flags.repo ?? '.', io.cwd);
        const config = await (0,_config_loadConfig_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z)(repo.root);
        let range = given;
        if (range === undefined) {
            const upstream = await (0,_git_runGit_js__WEBPACK_IMPORTED_MODULE_2__/* .runGitRaw */ .ig)(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'], repo.root, undefined, io.env);
            if (upstream.exitCode !== 0)
                throw new _usageError_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e('the current branch has no upstream: give a range, e.g. git-leverage validate origin/main..HEAD');
            range = '@{upstream}..HEAD';
        }
        if (range.startsWith('-'))
            throw new _usageError_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e(`"${range}" is not a range`);
        // The collector's reading of each commit's leverage trailers: what `report` will count.
        const leverage = new Map();
        for await (const commit of (0,_git_streamCommits_js__WEBPACK_IMPORTED_MODULE_3__/* .streamCommits */ .Tp)(repo, { window: (0,_time_reportWindow_js__WEBPACK_IMPORTED_MODULE_7__/* .rangeWindow */ .G$)(range, 'UTC'), revs: [], keys: config.trailerOptions.keys })) {
            leverage.set(commit.sha, commit.trailers);
        }
        // Every commit of the range, for the policy (merges, reverts, `Leverage: none`).
        const list = await (0,_git_runGit_js__WEBPACK_IMPORTED_MODULE_2__/* .runGit */ .EO)(['log', '-z', '--encoding=UTF-8', `--format=%H%x1f%P%x1f%s%x1f%(trailers:key=${_hooks_checkCommitMessage_js__WEBPACK_IMPORTED_MODULE_4__/* .NO_LEVERAGE_KEY */ .yw},valueonly,separator=%x1e)`, range, '--'], repo.root, undefined, io.env);
        let checked = 0;
        const bad = [];
        for (const entry of list.split('\0').filter(Boolean)) {
            const [sha = '', parents = '', subject = '', none = ''] = entry.split('\x1f');
            checked += 1;
            const trailers = [...(leverage.get(sha) ?? []), ...none.split('\x1e').filter(Boolean).map((value) => ({ key: _hooks_checkCommitMessage_js__WEBPACK_IMPORTED_MODULE_4__/* .NO_LEVERAGE_KEY */ .yw, value: value.trim() }))];
            const result = (0,_hooks_checkCommitMessage_js__WEBPACK_IMPORTED_MODULE_4__/* .checkCommitMessage */ .HH)({ trailers, subject, merging: parents.trim().includes(' '), reverting: false }, config.require, config.trailerOptions);
            if (!result.ok)
                bad.push(`${sha.slice(0, 12)} ${subject}\n${result.problems.map((p) => `    ${(0,_trailers_trailerSchema_js__WEBPACK_IMPORTED_MODULE_5__/* .describeProblem */ .BJ)(p)}`).join('\n')}`);
        }
        if (bad.length === 0) {
            io.stdout(`git-leverage: ${checked} commit${checked === 1 ? '' : 's'} in ${range} checked, all valid (require: ${config.require})\n`);
            return;
        }
        io.stderr(`git-leverage: ${bad.length} of ${checked} commits in ${range} have leverage trailers that do not pass (require: ${config.require}):\n${bad.map((b) => `  ${b}`).join('\n')}\n`);
        context.setExitCode(1);
    });
}


/***/ }),

/***/ 6494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ loadConfig)
/* harmony export */ });
/* unused harmony export CONFIG_FILE_NAMES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _resolveConfig_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6252);
/**
 * Finds and reads `.leverage.yml` (or `.leverage.yaml`) at a repository's top level, or an explicit
 * path. No file means the defaults.
 */



const CONFIG_FILE_NAMES = ['.leverage.yml', '.leverage.yaml'];
/** The parser (yaml + zod) is loaded only when there is a file to parse. */
async function parseConfigText(text, source) {
    const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(285)]).then(__webpack_require__.bind(__webpack_require__, 285));
    return parseConfig(text, source);
}
async function loadConfig(repoDir, explicitPath) {
    if (explicitPath !== undefined) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(explicitPath, 'utf8').catch((error) => {
            throw new _resolveConfig_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x(explicitPath, [error.code === 'ENOENT' ? 'file not found' : error.message]);
        });
        return parseConfigText(text, explicitPath);
    }
    for (const name of CONFIG_FILE_NAMES) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(repoDir, name);
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch(() => undefined);
        if (text !== undefined)
            return parseConfigText(text, node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(process.cwd(), file) || name);
    }
    return (0,_resolveConfig_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveConfig */ .p)();
}


/***/ }),

/***/ 7094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HH: () => (/* binding */ checkCommitMessage),
/* harmony export */   yw: () => (/* binding */ NO_LEVERAGE_KEY)
/* harmony export */ });
/* unused harmony export exemption */
/* harmony import */ var _trailers_trailerSchema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6387);
/**
 * The commit-msg decision, pure: a message's trailers (as git parsed them) and the policy in, a
 * verdict and the lines to show out. The same readLeverageTrailers the collector uses decides
 * validity, so what the hook accepts the report counts, and what the report would skip is refused.
 */

/** `Leverage: none` says a commit deliberately carries no record (for `require: always`). */
const NO_LEVERAGE_KEY = 'Leverage';
/** Merge, fixup/squash/amend! and revert commits never need a record of their own. */
function exemption(facts) {
    if (facts.merging || /^Merge (branch|remote-tracking branch|tag|pull request|commit) /.test(facts.subject))
        return 'a merge commit';
    if (/^(fixup|squash|amend)! /.test(facts.subject))
        return 'a fixup/squash commit';
    if (facts.reverting || /^Revert "/.test(facts.subject))
        return 'a revert';
    return undefined;
}
function saysNone(trailers) {
    return trailers.some((t) => t.key.toLowerCase() === NO_LEVERAGE_KEY.toLowerCase() && t.value.trim().toLowerCase() === 'none');
}
function checkCommitMessage(facts, policy, options) {
    const verdict = (0,_trailers_trailerSchema_js__WEBPACK_IMPORTED_MODULE_0__/* .readLeverageTrailers */ .Iy)(facts.trailers, options);
    const result = (problems, exempt) => ({ ok: problems.length === 0, verdict, problems, exemption: exempt });
    // Invalid trailers are refused under every policy: the report would skip them.
    if (verdict.kind === 'invalid')
        return result(verdict.problems);
    if (verdict.kind === 'record' || policy === 'never')
        return result([]);
    const exempt = exemption(facts);
    const { keys } = options;
    const recordForm = `${keys.task}, ${keys.humanEstimate} and ${keys.claudeMinutes} trailers in the last paragraph (see git-leverage commit --help)`;
    if (verdict.kind === 'link') {
        // `records`: a leverage trailer is there, so it must make a full record (a lone link is refused).
        if (exempt)
            return result([], exempt);
        return result([
            {
                key: keys.humanEstimate,
                value: undefined,
                message: `is missing: this repository's policy (require: ${policy}) wants a full record, not only ${keys.task}/${keys.taskId}`,
                accepted: recordForm,
            },
        ]);
    }
    if (policy === 'records' || exempt || saysNone(facts.trailers))
        return result([], exempt);
    return result([
        {
            key: keys.task,
            value: undefined,
            message: `and the other leverage trailers are missing: this repository's policy (require: always) wants a record on every commit`,
            accepted: `${recordForm}, or ${NO_LEVERAGE_KEY}: none for a commit without one`,
        },
    ]);
}


/***/ })

};
