export const id = 224;
export const ids = [224];
export const modules = {

/***/ 2224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerHookCommand: () => (/* binding */ registerHookCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/loadConfig.ts
var loadConfig = __webpack_require__(6494);
// EXTERNAL MODULE: ./src/git/openRepository.ts
var openRepository = __webpack_require__(8054);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/git/runGit.ts
var runGit = __webpack_require__(6033);
;// CONCATENATED MODULE: ./src/hooks/renderHookScript.ts
/**
 * The hook scripts git runs, pure text. They decide in POSIX sh, before any Node starts, whether
 * there is anything to do: a commit without leverage trailers (the usual case) costs one grep.
 */
const HOOK_NAMES = ['commit-msg', 'prepare-commit-msg'];
/** A line every hook of ours carries; a hook without it is someone else's and never overwritten. */
const HOOK_MARKER = '# git-leverage-hook:';
/** A hook that was there before install is kept under this suffix and run first. */
const CHAINED_SUFFIX = '.git-leverage-chained';
const ENV_NAMES = [
    'LEVERAGE_TASK',
    'LEVERAGE_HUMAN_ESTIMATE',
    'LEVERAGE_CLAUDE_MINUTES',
    'LEVERAGE_SUPERVISORY_MINUTES',
    'LEVERAGE_TOKENS',
    'LEVERAGE_TASK_ID',
];
function sq(text) {
    return `'${text.replaceAll("'", `'\\''`)}'`;
}
const CONFIG_FILES = '.leverage.yml .leverage.yaml';
function renderHookScript(hook, options) {
    const head = [
        '#!/bin/sh',
        `${HOOK_MARKER} ${hook} v1`,
        '# Installed by `git-leverage hook install`; `git-leverage hook uninstall` removes it and puts back',
        `# any hook that was here before (kept meanwhile as ${hook}${CHAINED_SUFFIX}, and run first).`,
        `node=${sq(options.node)}`,
        `entry=${sq(options.entry)}`,
        `chained="$0${CHAINED_SUFFIX}"`,
        'if [ -x "$chained" ]; then "$chained" "$@" || exit $?; fi',
    ];
    const run = [
        '[ -x "$node" ] || node=node',
        'if [ ! -f "$entry" ]; then',
        `  echo "git-leverage: $entry is gone (package moved or removed): run git-leverage hook install again, or git-leverage hook uninstall" >&2`,
        '  exit 1',
        'fi',
        `exec "$node" "$entry" ${hook} "$@"`,
    ];
    if (hook === 'commit-msg') {
        const keys = [...options.keys].map((key) => key.replace(/[^A-Za-z0-9-]/g, '')).join('|');
        return `${[
            ...head,
            '# Node starts only when it has work: the message has a leverage trailer, the policy is',
            '# `require: always`, or the configuration changed since install (keys may have been renamed).',
            '# The usual case (no configuration file) costs one grep.',
            'config=',
            'for file in .leverage.yml .leverage.yaml; do [ -f "$file" ] && config="$config $file"; done',
            `if [ -z "$config" ] || { ! LC_ALL=C grep -qsE '^[[:space:]]*require:[[:space:]]*["'"'"']?always' $config && ! for file in $config; do [ "$file" -nt "$0" ] && break; false; done; }; then`,
            `  LC_ALL=C grep -qiE '^(${keys})[[:space:]]*[^-[:alnum:][:space:]]' "$1" || exit 0`,
            'fi',
            ...run,
        ].join('\n')}\n`;
    }
    return `${[
        ...head,
        `measure=${options.measure ? 1 : 0}`,
        '# Node starts only when an agent set LEVERAGE_* variables or measuring is on.',
        `if [ -z "${ENV_NAMES.map((name) => `\${${name}-}`).join('')}" ] && [ "$measure" != 1 ] &&`,
        `  ! LC_ALL=C grep -qsE '^[[:space:]]*measure:[[:space:]]*true' ${CONFIG_FILES}; then`,
        '  exit 0',
        'fi',
        '[ "$measure" = 1 ] && GIT_LEVERAGE_MEASURE=1 && export GIT_LEVERAGE_MEASURE',
        ...run,
    ].join('\n')}\n`;
}
/** Which hook a script is, if it is ours. */
function ownHookName(text) {
    const match = new RegExp(`^${HOOK_MARKER} (\\S+)`, 'm').exec(text);
    return HOOK_NAMES.find((name) => name === match?.[1]);
}

;// CONCATENATED MODULE: ./src/hooks/installHooks.ts
/**
 * Installs, removes and describes our hooks in the folder git really uses (`git rev-parse --git-path
 * hooks`, so core.hooksPath and worktrees are honoured). A hook that is not ours is never overwritten:
 * it is kept beside ours under CHAINED_SUFFIX and run first; uninstall puts it back as it was.
 */





/** The hooks folder git uses for the repository at `cwd` (absolute). */
async function hooksDirectory(cwd, env) {
    return (await (0,runGit/* runGit */.EO)(['rev-parse', '--path-format=absolute', '--git-path', 'hooks'], cwd, undefined, env)).trim();
}
async function readIfFile(file) {
    const info = await (0,promises_.lstat)(file).catch(() => undefined);
    if (!info)
        return undefined;
    // A symlink or a binary is someone else's hook; only a regular file can be ours.
    if (!info.isFile())
        return '';
    return (0,promises_.readFile)(file, 'latin1');
}
async function hookStatus(hooksDir, hook) {
    const file = external_node_path_default().join(hooksDir, hook);
    const text = await readIfFile(file);
    const chainedFile = file + CHAINED_SUFFIX;
    const chained = (await (0,promises_.lstat)(chainedFile).catch(() => undefined)) ? chainedFile : undefined;
    const ours = text !== undefined && ownHookName(text) === hook;
    const entry = ours ? /^entry='((?:[^']|'\\'')*)'$/m.exec(text)?.[1]?.replaceAll(`'\\''`, "'") : undefined;
    return {
        hook,
        file,
        state: text === undefined ? 'absent' : ours ? 'ours' : 'foreign',
        chained,
        entry,
        entryExists: entry !== undefined && (0,external_node_fs_.existsSync)(entry),
    };
}
class HookInstallError extends Error {
    name = 'HookInstallError';
}
/** Installs one hook; returns what happened, for the user. */
async function installHook(hooksDir, hook, options) {
    await (0,promises_.mkdir)(hooksDir, { recursive: true });
    const status = await hookStatus(hooksDir, hook);
    const script = renderHookScript(hook, options);
    if (status.state === 'foreign') {
        if (status.chained) {
            throw new HookInstallError(`${status.file} is not ours and ${status.chained} already exists: move one of them away, then install again`);
        }
        await (0,promises_.rename)(status.file, status.file + CHAINED_SUFFIX);
    }
    await (0,promises_.writeFile)(status.file, script, { mode: 0o755 });
    await (0,promises_.chmod)(status.file, 0o755);
    if (status.state === 'foreign')
        return `${hook}: installed in ${status.file}; the existing hook is kept as ${status.file + CHAINED_SUFFIX} and runs first`;
    if (status.state === 'ours')
        return `${hook}: updated in ${status.file}${status.chained ? ` (still chaining ${status.chained})` : ''}`;
    return `${hook}: installed in ${status.file}${status.chained ? ` (chaining ${status.chained})` : ''}`;
}
/** Removes our hook and puts back the one it chained; a hook that is not ours is left alone. */
async function uninstallHook(hooksDir, hook) {
    const status = await hookStatus(hooksDir, hook);
    if (status.state === 'foreign')
        return `${hook}: ${status.file} is not git-leverage's; left alone`;
    if (status.state === 'ours')
        await (0,promises_.unlink)(status.file);
    if (status.chained) {
        await (0,promises_.rename)(status.chained, status.file);
        return `${hook}: removed; restored the earlier hook ${status.file}`;
    }
    return status.state === 'ours' ? `${hook}: removed from ${status.file}` : `${hook}: not installed in ${hooksDir}`;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/hooks/packageRoot.ts
/**
 * Where this package is installed, found from the running file (src/ under tests, dist/ bundled):
 * the hooks point at its dist/hook bundle by absolute path, so they work whatever PATH git runs with.
 */



function packageRoot(fromUrl = import.meta.url) {
    let dir = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(fromUrl));
    for (;;) {
        const manifest = external_node_path_default().join(dir, 'package.json');
        if ((0,external_node_fs_.existsSync)(manifest)) {
            try {
                if (JSON.parse((0,external_node_fs_.readFileSync)(manifest, 'utf8')).name === 'git-leverage')
                    return dir;
            }
            catch {
                // not ours (dist/package.json only says "type"); keep walking up
            }
        }
        const parent = external_node_path_default().dirname(dir);
        if (parent === dir)
            throw new Error(`cannot find the git-leverage package above ${(0,external_node_url_.fileURLToPath)(fromUrl)}`);
        dir = parent;
    }
}
/** The bundle the installed hooks run. */
function hookEntryPath(root = packageRoot()) {
    return external_node_path_default().join(root, 'dist', 'hook', 'index.js');
}

// EXTERNAL MODULE: ./src/config/resolveConfig.ts
var resolveConfig = __webpack_require__(6252);
// EXTERNAL MODULE: ./src/hooks/runCommitMsgHook.ts + 1 modules
var runCommitMsgHook = __webpack_require__(8302);
// EXTERNAL MODULE: ./src/trailers/trailerSchema.ts + 1 modules
var trailerSchema = __webpack_require__(6387);
;// CONCATENATED MODULE: ./src/hooks/leverageEnv.ts
/**
 * LEVERAGE_* environment variables → leverage trailers, pure. This is how an agent that commits
 * records its own figures: it sets the variables, and prepare-commit-msg writes the trailers.
 */

const LEVERAGE_ENV = {
    task: 'LEVERAGE_TASK',
    humanEstimate: 'LEVERAGE_HUMAN_ESTIMATE',
    claudeMinutes: 'LEVERAGE_CLAUDE_MINUTES',
    supervisoryMinutes: 'LEVERAGE_SUPERVISORY_MINUTES',
    tokens: 'LEVERAGE_TOKENS',
    taskId: 'LEVERAGE_TASK_ID',
};
/** The trailers the environment asks for (empty variables are unset), in the schema's field order. */
function trailersFromEnv(env, options) {
    const out = [];
    for (const [field, name] of Object.entries(LEVERAGE_ENV)) {
        const value = env[name]?.trim();
        // A trailer value is one line: a newline would end it and start body text.
        if (value)
            out.push({ field, key: options.keys[field], value: value.replace(/\s*\n\s*/g, ' ') });
    }
    return out;
}
/** Bad values among the variables (a missing companion is not the variables' fault), named by variable. */
function envValueProblems(trailers, options) {
    const verdict = (0,trailerSchema/* readLeverageTrailers */.Iy)(trailers, options);
    if (verdict.kind !== 'invalid')
        return [];
    return verdict.problems
        .filter((problem) => problem.value !== undefined)
        .map((problem) => {
        const field = trailers.find((t) => t.key === problem.key)?.field;
        return `${field ? LEVERAGE_ENV[field] : problem.key}="${problem.value}" ${problem.message} (accepted: ${problem.accepted})`;
    });
}

;// CONCATENATED MODULE: ./src/hooks/loadMeasure.ts
async function loadMeasure() {
    return (await Promise.all(/* import() */[__webpack_require__.e(198), __webpack_require__.e(889)]).then(__webpack_require__.bind(__webpack_require__, 1889))).measureForCommit;
}

// EXTERNAL MODULE: ./src/hooks/readMessageTrailers.ts
var readMessageTrailers = __webpack_require__(7495);
;// CONCATENATED MODULE: ./src/hooks/runPrepareCommitMsgHook.ts
/**
 * `prepare-commit-msg`: adds the trailers an agent asked for through LEVERAGE_* variables, and the
 * measured figures when measuring is on, to the message git is preparing. A trailer the message
 * already has is never added twice nor overwritten (so `--amend` keeps what is there).
 */








/** Set by a hook installed with `--measure`. */
const MEASURE_ENV = 'GIT_LEVERAGE_MEASURE';
/** Returns the exit code; a bad LEVERAGE_* value stops the commit before the editor opens. */
async function runPrepareCommitMsgHook(messageFile, source, io) {
    // A merge or squash message describes other commits' work: figures there would count it twice.
    if (source === 'merge' || source === 'squash')
        return 0;
    const config = await (0,loadConfig/* loadConfig */.Z)(io.cwd);
    const options = config.trailerOptions;
    const wanted = trailersFromEnv(io.env, options);
    const problems = envValueProblems(wanted, options);
    if (problems.length > 0) {
        io.stderr(`git-leverage: commit stopped: ${problems.map((p) => `\n  ${p}`).join('')}\n`);
        return 1;
    }
    const measure = config.measure || io.env[MEASURE_ENV] === '1';
    if (wanted.length === 0 && !measure)
        return 0;
    const file = external_node_path_default().resolve(io.cwd, messageFile);
    const message = await (0,readMessageTrailers/* readMessageTrailers */.k)(await (0,promises_.readFile)(file), io.cwd, io.env);
    const present = new Set(message.trailers.map((t) => (0,trailerSchema/* fieldOfKey */.F_)(t.key, options.keys)).filter((f) => f !== undefined));
    const adding = wanted.filter((t) => !present.has(t.field));
    // Measured figures only complete a commit that is meant to be a record (it names its task or
    // estimate): added to every commit they would make each one without a Task fail commit-msg.
    const has = (field) => present.has(field) || adding.some((t) => t.field === field);
    if (measure && (has('task') || has('humanEstimate') || has('taskId'))) {
        const measureForCommit = await loadMeasure();
        const figures = await measureForCommit(io.cwd, { idleMinutes: config.idleMinutes, env: io.env, now: io.now() });
        if (figures) {
            const measured = [
                ['claudeMinutes', figures.claudeMinutes],
                ['supervisoryMinutes', figures.supervisoryMinutes],
                ['tokens', figures.tokens],
            ];
            for (const [field, value] of measured) {
                if (value !== undefined && value > 0 && !has(field))
                    adding.push({ field, key: options.keys[field], value: formatMeasured(field, value) });
            }
        }
    }
    if (adding.length === 0)
        return 0;
    // `--if-exists add`, never doNothing/replace: git compares keys by prefix, so an existing `Task`
    // would swallow a new `Task-Id`. What is already there was filtered out above, by whole key.
    await (0,runGit/* runGit */.EO)(['interpret-trailers', '--in-place', '--no-divider', '--if-exists', 'add', ...adding.flatMap((t) => ['--trailer', `${t.key}: ${t.value}`]), file], io.cwd, undefined, io.env);
    return 0;
}
function formatMeasured(field, value) {
    if (field === 'tokens')
        return String(Math.round(value));
    // Minutes to one decimal: the grammar accepts decimals, and a sub-minute session is not zero.
    return String(Math.max(0.1, Math.round(value * 10) / 10));
}

;// CONCATENATED MODULE: ./src/hooks/runHook.ts
/** Dispatches a hook invocation (`commit-msg <file>`, `prepare-commit-msg <file> [source] [sha]`) to its runner. */




async function runHook(argv, io) {
    const [hook, file, source] = argv;
    try {
        if (hook === 'commit-msg' && file)
            return (await (0,runCommitMsgHook/* runCommitMsgHook */.p)(file, io)).code;
        if (hook === 'prepare-commit-msg' && file)
            return await runPrepareCommitMsgHook(file, source, io);
        io.stderr('git-leverage hook: expected commit-msg <file> or prepare-commit-msg <file> [source] [sha]\n');
        return 2;
    }
    catch (error) {
        if (error instanceof resolveConfig/* ConfigError */.x || error instanceof runGit/* GitError */.XS) {
            io.stderr(`git-leverage (${hook} hook): ${error.message}\n`);
            return 1;
        }
        throw error;
    }
}

// EXTERNAL MODULE: ./src/cli/usageError.ts
var usageError = __webpack_require__(2163);
;// CONCATENATED MODULE: ./src/cli/commands/hook.ts
/**
 * `git-leverage hook install|uninstall|status|commit-msg|prepare-commit-msg`: the git hooks that
 * validate leverage trailers at commit time and write an agent's figures.
 */










async function hooksDirOf(flags, context) {
    const repo = await (0,openRepository/* openRepository */.h_)(flags.repo ?? '.', context.io.cwd);
    return { root: repo.root, hooksDir: await hooksDirectory(repo.root, context.io.env) };
}
function registerHookCommand(program, context) {
    const { io } = context;
    const hook = program.command('hook').description('install, remove or run the git hooks that check and write leverage trailers');
    hook
        .command('install')
        .description('install the commit-msg hook (and prepare-commit-msg with --prepare) where git looks for hooks')
        .option('--prepare', 'also install prepare-commit-msg: LEVERAGE_* variables become trailers')
        .option('--measure', 'prepare-commit-msg also fills measured Claude-Minutes, Supervisory-Minutes and Tokens (implies --prepare)')
        .option('--repo <dir>', 'the repository (default: .)')
        .action(async (flags) => {
        const { root, hooksDir } = await hooksDirOf(flags, context);
        const config = await (0,loadConfig/* loadConfig */.Z)(root);
        const entry = hookEntryPath();
        if (!(0,external_node_fs_.existsSync)(entry))
            throw new usageError/* UsageError */.e(`${entry} is missing: build the package first (npm run build)`);
        const options = { node: process.execPath, entry, keys: trailerSchema/* LEVERAGE_FIELDS */.yR.map((field) => config.trailerOptions.keys[field]), measure: Boolean(flags.measure) };
        const hooks = flags.prepare || flags.measure ? ['commit-msg', 'prepare-commit-msg'] : ['commit-msg'];
        for (const name of hooks)
            io.stdout(`${await installHook(hooksDir, name, options)}\n`);
    });
    hook
        .command('uninstall')
        .description('remove our hooks and put back any hook they chained')
        .option('--repo <dir>', 'the repository (default: .)')
        .action(async (flags) => {
        const { hooksDir } = await hooksDirOf(flags, context);
        for (const name of HOOK_NAMES)
            io.stdout(`${await uninstallHook(hooksDir, name)}\n`);
    });
    hook
        .command('status')
        .description('say which hooks are installed where')
        .option('--repo <dir>', 'the repository (default: .)')
        .action(async (flags) => {
        const { root, hooksDir } = await hooksDirOf(flags, context);
        io.stdout(`hooks folder: ${hooksDir}${external_node_path_default().relative(root, hooksDir).startsWith('.git') ? '' : ' (core.hooksPath)'}\n`);
        for (const name of HOOK_NAMES) {
            const status = await hookStatus(hooksDir, name);
            const what = status.state === 'ours'
                ? `git-leverage, running ${status.entry}${status.entryExists ? '' : ' (MISSING: install again)'}`
                : status.state === 'foreign'
                    ? 'another tool\'s hook (not git-leverage\'s)'
                    : 'not installed';
            io.stdout(`${name}: ${what}${status.chained ? `; chains ${status.chained}` : ''}\n`);
        }
    });
    for (const name of HOOK_NAMES) {
        hook
            .command(`${name} <file> [source] [sha]`)
            .description(`run the ${name} check as git would (for husky, lefthook and other hook managers)`)
            .action(async (file, source) => {
            const code = await runHook([name, file, ...(source ? [source] : [])], { cwd: io.cwd, env: io.env, stderr: io.stderr, now: io.now });
            context.setExitCode(code);
        });
    }
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


/***/ }),

/***/ 7495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseTrailersWithGit),
/* harmony export */   k: () => (/* binding */ readMessageTrailers)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _git_runGit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6033);
/**
 * Reads a commit message file the way git will store it and parses its trailers with git's own
 * parser, so the commit-msg hook sees exactly what `%(trailers)` will show the collector later.
 *
 * Where `git interpret-trailers` on a message file and `%(trailers)` on the stored commit can differ,
 * and what is done about it:
 * - cleanup: the hook runs before git cleans the message. We clean it as an edited message is cleaned
 *   (scissors cut, comment lines removed, blank lines collapsed, trailing whitespace and CR removed)
 *   with `git stripspace`, and parse the cleaned text; see cleanAndParse for the other modes.
 * - comment lines (core.commentChar): `git stripspace --strip-comments` reads the same setting git
 *   commit does; in whitespace/verbatim mode they stay, and both parsers skip them alike.
 * - the `---` divider: `interpret-trailers` by default ends the message at a `---` line (patch
 *   e-mails), `%(trailers)` does not (measured on git 2.39: `Task: x` above `---\nnotes` is a trailer
 *   for the former only). So the hook passes `--no-divider`; the agreement test pins it.
 * - trailer.separators and encoding: both read the repository's config; the file is bytes in
 *   `i18n.commitEncoding`, decoded here as the collector asks git to re-encode (UTF-8).
 */



/** The scissors line of `git commit -v` (`# ------------------------ >8 ------------------------`). */
const SCISSORS = /^. -{24} >8 -{24}$/m;
/** `i18n.commitEncoding`: only asked for when the message is not plain ASCII (one git call saved). */
async function commitEncoding(bytes, cwd, env) {
    if (!bytes.some((byte) => byte > 0x7f))
        return 'utf-8';
    const result = await (0,_git_runGit_js__WEBPACK_IMPORTED_MODULE_2__/* .runGitRaw */ .ig)(['config', '--get', 'i18n.commitEncoding'], cwd, undefined, env);
    return result.stdout.trim() || 'utf-8';
}
function decoder(encoding) {
    try {
        return new node_util__WEBPACK_IMPORTED_MODULE_1__.TextDecoder(encoding);
    }
    catch {
        return new node_util__WEBPACK_IMPORTED_MODULE_1__.TextDecoder('utf-8');
    }
}
/** Parses trailers out of (cleaned) message bytes with `git interpret-trailers --parse`. */
async function parseTrailersWithGit(message, cwd, env, encoding = 'utf-8') {
    const result = await (0,_git_runGit_js__WEBPACK_IMPORTED_MODULE_2__/* .runGitBytes */ .jR)(['interpret-trailers', '--parse', '--no-divider'], cwd, message, env);
    if (result.exitCode !== 0)
        throw new Error(`git interpret-trailers failed: ${result.stderr.trim()}`);
    return trailersOf(decoder(encoding).decode(result.stdout));
}
/** --parse normalises every trailer to `key: value` on one line (unfolded). */
function trailersOf(text) {
    return text
        .split('\n')
        .filter((line) => line.includes(':'))
        .map((line) => {
        const cut = line.indexOf(':');
        return { key: line.slice(0, cut).trim(), value: line.slice(cut + 1).trim() };
    });
}
/** Reads a message file's bytes and returns its trailers as git will see them once committed. */
async function readMessageTrailers(bytes, cwd, env) {
    const [encoding, { cleaned: cleanedBytes, parsed }] = await Promise.all([commitEncoding(bytes, cwd, env), cleanAndParse(bytes, cwd, env)]);
    const decode = decoder(encoding);
    return { cleaned: decode.decode(cleanedBytes), raw: decode.decode(bytes), trailers: trailersOf(decode.decode(parsed)), encoding };
}
/**
 * Cleans message bytes as `git commit` does after an editor session (`--cleanup=strip`, or scissors
 * with -v) and parses the result: `git stripspace --strip-comments | git interpret-trailers --parse
 * --no-divider`, both started at once (two git start-ups overlap instead of adding up), keeping the
 * cleaned text too. The other cleanup modes keep comment lines, a scissors line or a CR, but git's
 * trailer parser skips comment lines, stops at a scissors line and trims values in every case, so the
 * trailers come out the same whichever mode the commit uses; not asking git for the mode saves a process.
 */
function cleanAndParse(bytes, cwd, env) {
    const cut = SCISSORS.exec(bytes.toString('latin1'));
    const input = cut ? bytes.subarray(0, cut.index) : bytes;
    return new Promise((resolve, reject) => {
        const clean = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['stripspace', '--strip-comments'], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
        const parse = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['interpret-trailers', '--parse', '--no-divider'], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
        const cleaned = [];
        const parsed = [];
        let stderr = '';
        let open = 2;
        const failed = (error) => reject(new Error(`could not run git: ${error.message}`));
        clean.on('error', failed);
        parse.on('error', failed);
        clean.stderr.on('data', (chunk) => (stderr += chunk.toString('utf8')));
        parse.stderr.on('data', (chunk) => (stderr += chunk.toString('utf8')));
        clean.stdout.on('data', (chunk) => {
            cleaned.push(chunk);
            parse.stdin.write(chunk);
        });
        clean.stdout.on('end', () => parse.stdin.end());
        parse.stdout.on('data', (chunk) => parsed.push(chunk));
        const done = (code) => {
            if (code !== 0)
                reject(new Error(`git stripspace | interpret-trailers failed: ${stderr.trim() || `exit code ${code}`}`));
            else if (--open === 0)
                resolve({ cleaned: Buffer.concat(cleaned), parsed: Buffer.concat(parsed) });
        };
        clean.on('close', done);
        parse.on('close', done);
        clean.stdin.end(input);
    });
}


/***/ }),

/***/ 8302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ gitPaths),
  p: () => (/* binding */ runCommitMsgHook)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/loadConfig.ts
var loadConfig = __webpack_require__(6494);
// EXTERNAL MODULE: ./src/git/runGit.ts
var runGit = __webpack_require__(6033);
// EXTERNAL MODULE: ./src/hooks/checkCommitMessage.ts
var checkCommitMessage = __webpack_require__(7094);
;// CONCATENATED MODULE: ./src/hooks/formatRejection.ts
/** Quotes a path for a POSIX shell (what the user will paste). */
function shellQuote(text) {
    return /^[A-Za-z0-9_./:@%+=-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
/** 1-based line of the last line of `raw` that starts with `key` and a separator, if any. */
function lineOfTrailer(raw, key) {
    const lines = raw.split('\n');
    const wanted = key.toLowerCase();
    for (let i = lines.length - 1; i >= 0; i -= 1) {
        const match = /^([A-Za-z0-9][A-Za-z0-9-]*)\s*[^A-Za-z0-9\s-]/.exec(lines[i]);
        if (match && match[1].toLowerCase() === wanted)
            return i + 1;
    }
    return undefined;
}
function formatRejection(problems, context) {
    const lines = [`git-leverage: commit refused: ${problems.length === 1 ? 'a leverage trailer needs' : `${problems.length} leverage trailer problems need`} fixing.`];
    for (const problem of problems) {
        const line = problem.value === undefined ? undefined : lineOfTrailer(context.raw, problem.key);
        const where = line === undefined ? '' : `${context.messageFile}:${line}: `;
        const subject = problem.value === undefined ? problem.key : `${problem.key}: "${problem.value}"`;
        lines.push(`  ${where}${subject} ${problem.message}`, `      accepted: ${problem.accepted}`);
    }
    lines.push(`Your message is kept in ${context.keptMessage}. Edit it and commit again with:`, `  git commit -e -F ${shellQuote(context.keptMessage)}`, '(git commit --no-verify skips this check once.)');
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/hooks/readMessageTrailers.ts
var readMessageTrailers = __webpack_require__(7495);
;// CONCATENATED MODULE: ./src/hooks/runCommitMsgHook.ts
/**
 * `commit-msg`: reads the message file with git's trailer parser, checks it against the policy and
 * the shared schema, and explains a refusal. Thin adapter over checkCommitMessage (pure).
 */








/** Absolute paths of files in the git dir (honours worktrees and GIT_DIR). */
async function gitPaths(cwd, env, names) {
    const args = ['rev-parse', '--path-format=absolute', ...names.flatMap((name) => ['--git-path', name])];
    return (await (0,runGit/* runGit */.EO)(args, cwd, undefined, env)).trimEnd().split('\n');
}
/** Checks the message file; returns the exit code (0 accept, 1 refuse) after printing any refusal. */
async function runCommitMsgHook(messageFile, io) {
    const config = await (0,loadConfig/* loadConfig */.Z)(io.cwd);
    const bytes = await (0,promises_.readFile)(external_node_path_default().resolve(io.cwd, messageFile));
    const message = await (0,readMessageTrailers/* readMessageTrailers */.k)(bytes, io.cwd, io.env);
    const subject = message.cleaned.split('\n', 1)[0] ?? '';
    const needsState = config.require !== 'never';
    const [mergeHead = '', revertHead = ''] = needsState ? await gitPaths(io.cwd, io.env, ['MERGE_HEAD', 'REVERT_HEAD']) : [];
    const result = (0,checkCommitMessage/* checkCommitMessage */.HH)({ trailers: message.trailers, subject, merging: needsState && (0,external_node_fs_.existsSync)(mergeHead), reverting: needsState && (0,external_node_fs_.existsSync)(revertHead) }, config.require, config.trailerOptions);
    if (result.ok)
        return { code: 0, result };
    const [keptMessage = messageFile] = await gitPaths(io.cwd, io.env, ['COMMIT_EDITMSG']);
    io.stderr(formatRejection(result.problems, { raw: message.raw, keptMessage, messageFile }));
    return { code: 1, result };
}


/***/ })

};
