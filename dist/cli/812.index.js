export const id = 812;
export const ids = [812];
export const modules = {

/***/ 7812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerCommitCommand: () => (/* binding */ registerCommitCommand)
/* harmony export */ });
/* harmony import */ var _config_loadConfig_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6494);
/* harmony import */ var _git_openRepository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8054);
/* harmony import */ var _usageError_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2163);
/* harmony import */ var _leverageFlags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4407);




function registerCommitCommand(program, context) {
    const command = program
        .command('commit')
        .description('git commit with leverage trailers: git-leverage commit -m "Ship it" --task "..." --human 160h --claude 20')
        .usage('[git commit options...] --task <text> --human <duration> --claude <minutes> [--sup <minutes>] [--tokens <count>] [--task-id <id>]')
        .allowUnknownOption()
        .allowExcessArguments()
        .helpOption('--leverage-help', 'show this help (-h is passed to git)');
    (0,_leverageFlags_js__WEBPACK_IMPORTED_MODULE_2__/* .addLeverageOptions */ .HY)(command).action(async (flags, cmd) => {
        const { io } = context;
        const repo = await (0,_git_openRepository_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)('.', io.cwd);
        const config = await (0,_config_loadConfig_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z)(repo.root);
        const gitArgs = cmd.args;
        const trailers = (0,_leverageFlags_js__WEBPACK_IMPORTED_MODULE_2__/* .trailersFromFlags */ .Oy)(flags, config.trailerOptions);
        if (trailers.length === 0)
            throw new _usageError_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e('no leverage figures given (--task, --human, --claude, ...): use git commit for a commit without them (git-leverage commit --leverage-help lists the options)');
        (0,_leverageFlags_js__WEBPACK_IMPORTED_MODULE_2__/* .checkFlagTrailers */ .Hf)(trailers, config.trailerOptions, gitArgs.includes('--amend'));
        const code = await (0,_leverageFlags_js__WEBPACK_IMPORTED_MODULE_2__/* .runGitAttached */ .m3)(['commit', ...trailers.flatMap((t) => ['--trailer', `${t.key}: ${t.value}`]), ...gitArgs], io);
        context.setExitCode(code);
    });
}


/***/ }),

/***/ 4407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HY: () => (/* binding */ addLeverageOptions),
/* harmony export */   Hf: () => (/* binding */ checkFlagTrailers),
/* harmony export */   Oy: () => (/* binding */ trailersFromFlags),
/* harmony export */   m3: () => (/* binding */ runGitAttached)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _trailers_trailerSchema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6387);
/* harmony import */ var _git_runGit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6033);
/* harmony import */ var _usageError_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2163);
/**
 * The leverage options shared by `commit` and `annotate` (--task, --human, --claude, --sup, --tokens,
 * --task-id), turned into trailers and validated with the shared schema before git runs.
 */




const FLAG_FIELDS = [
    ['task', 'task'],
    ['human', 'humanEstimate'],
    ['claude', 'claudeMinutes'],
    ['sup', 'supervisoryMinutes'],
    ['tokens', 'tokens'],
    ['taskId', 'taskId'],
];
function addLeverageOptions(command) {
    return command
        .option('--task <text>', 'Task: one line describing the task')
        .option('--human <duration>', 'Human-Estimate: 160h, 1.5h, 90m, 2d (bare number = hours)')
        .option('--claude <minutes>', 'Claude-Minutes: 20, 2.5, 1h5m (bare number = minutes)')
        .option('--sup <minutes>', 'Supervisory-Minutes')
        .option('--tokens <count>', 'Tokens: 412000, 412k, 1.2M')
        .option('--task-id <id>', 'Task-Id, e.g. NOTIF-12');
}
/** The trailers the flags ask for, with the configured keys. */
function trailersFromFlags(flags, options) {
    return FLAG_FIELDS.filter(([flag]) => flags[flag] !== undefined).map(([flag, field]) => ({ key: options.keys[field], value: String(flags[flag]).trim() }));
}
/**
 * Validates the flags' trailers. `partial`: the message may already carry the other trailers (amend,
 * annotate), so only bad values are errors; otherwise a record must be complete too.
 */
function checkFlagTrailers(trailers, options, partial) {
    const verdict = (0,_trailers_trailerSchema_js__WEBPACK_IMPORTED_MODULE_1__/* .readLeverageTrailers */ .Iy)(trailers, options);
    if (verdict.kind !== 'invalid')
        return;
    const problems = verdict.problems.filter((problem) => !partial || problem.value !== undefined);
    if (problems.length > 0)
        throw new _usageError_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`leverage figures do not validate:\n${problems.map((p) => `  ${(0,_trailers_trailerSchema_js__WEBPACK_IMPORTED_MODULE_1__/* .describeProblem */ .BJ)(p)}`).join('\n')}`);
}
/**
 * Runs git with the user's terminal when there is one (the editor needs it), else with its output
 * handed to the CLI's streams. Resolves with git's exit code.
 */
function runGitAttached(args, io) {
    const tty = Boolean(process.stdin.isTTY && process.stdout.isTTY);
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, { cwd: io.cwd, env: io.env, stdio: tty ? 'inherit' : ['inherit', 'pipe', 'pipe'] });
        child.stdout?.setEncoding('utf8').on('data', (text) => io.stdout(text));
        child.stderr?.setEncoding('utf8').on('data', (text) => io.stderr(text));
        child.on('error', (error) => reject(new _git_runGit_js__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS(`could not run git: ${error.message}`)));
        child.on('close', (code) => resolve(code ?? 1));
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


/***/ })

};
