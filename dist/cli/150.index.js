"use strict";
exports.id = 150;
exports.ids = [150];
exports.modules = {

/***/ 6150:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.registerHookCommand = registerHookCommand;
/**
 * `git-leverage hook install|uninstall|status|commit-msg|prepare-commit-msg`: the git hooks that
 * validate leverage trailers at commit time and write an agent's figures.
 */
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
const loadConfig_js_1 = __webpack_require__(6494);
const openRepository_js_1 = __webpack_require__(8054);
const installHooks_js_1 = __webpack_require__(5871);
const locateHooks_js_1 = __webpack_require__(1598);
const packageRoot_js_1 = __webpack_require__(4892);
const renderHookScript_js_1 = __webpack_require__(7358);
const runHook_js_1 = __webpack_require__(222);
const trailerSchema_js_1 = __webpack_require__(8460);
const userError_js_1 = __webpack_require__(40);
const SHARED_HELP = 'also when the hooks folder (core.hooksPath) is outside this repository, so other repositories use it too';
const CALL_FROM_THEIR_HOOK = 'call `git-leverage hook commit-msg "$1"` from the commit-msg hook there (docs/hooks.md, "Beside other tools\' hooks")';
async function locate(flags, context) {
    const repo = await (0, openRepository_js_1.openRepository)(flags.repo ?? '.', context.io.cwd);
    return { root: repo.root, location: await (0, locateHooks_js_1.locateHooks)(repo.root, context.io.env) };
}
function listed(names) {
    return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
/** `installed commit-msg and prepare-commit-msg` / `updated commit-msg, installed prepare-commit-msg`. */
function installSummary(outcomes) {
    return ['updated', 'installed']
        .map((action) => ({ action, hooks: outcomes.filter((outcome) => outcome.action === action).map((outcome) => outcome.hook) }))
        .filter((group) => group.hooks.length > 0)
        .map((group) => `${group.action} ${listed(group.hooks)}`)
        .join(', ');
}
/** Ours in folders git no longer runs for this repository (left behind when a tool set core.hooksPath). */
async function deadHooks(location) {
    const found = [];
    for (const dir of location.unusedDirs) {
        const hooks = (await Promise.all(renderHookScript_js_1.HOOK_NAMES.map((name) => (0, installHooks_js_1.hookStatus)(dir, name)))).filter((status) => status.state === 'ours');
        if (hooks.length > 0)
            found.push({ dir, shared: (0, locateHooks_js_1.outsideRepository)(location, dir), hooks });
    }
    return found;
}
function installCommand(hooks, shared) {
    const prepare = hooks.some((status) => status.hook === 'prepare-commit-msg');
    const measure = hooks.some((status) => status.measure);
    return `git-leverage hook install${measure ? ' --measure' : prepare ? ' --prepare' : ''}${shared ? ' --shared' : ''}`;
}
function registerHookCommand(program, context) {
    const { io } = context;
    const hook = program.command('hook').description('install, remove or run the git hooks that check and write leverage trailers');
    hook
        .command('install')
        .description('install the commit-msg hook (and prepare-commit-msg with --prepare) where git looks for hooks, chaining any hook already there')
        .option('--prepare', 'also install prepare-commit-msg: LEVERAGE_* variables become trailers')
        .option('--measure', 'prepare-commit-msg also fills measured Claude-Minutes, Supervisory-Minutes and Tokens (implies --prepare)')
        .option('--shared', `install ${SHARED_HELP}`)
        .option('--repo <dir>', 'the repository (default: .)')
        .action(async (flags) => {
        const { root, location } = await locate(flags, context);
        if (location.shared && !flags.shared) {
            // A global core.hooksPath (Codex, company setups) is every repository's hooks folder: adding
            // ours there changes commits everywhere, so it takes an explicit flag.
            throw new installHooks_js_1.HookInstallError(`git runs this repository's hooks from ${(0, locateHooks_js_1.describeHooksLocation)(location)}, outside this repository: installing there would add git-leverage's hooks to every repository that uses that folder. Add --shared to install there anyway, or ${CALL_FROM_THEIR_HOOK}`);
        }
        const config = await (0, loadConfig_js_1.loadConfig)(root);
        const entry = (0, packageRoot_js_1.hookEntryPath)();
        // Not the user's command line but the package: a plain error (exit 1), not a usage error.
        if (!(0, node_fs_1.existsSync)(entry))
            throw new userError_js_1.UserError(`${entry} is missing: build the package first (npm run build), or install git-leverage again`);
        const options = { node: process.execPath, entry, keys: trailerSchema_js_1.LEVERAGE_FIELDS.map((field) => config.trailerOptions.keys[field]), measure: Boolean(flags.measure) };
        const names = flags.prepare || flags.measure ? ['commit-msg', 'prepare-commit-msg'] : ['commit-msg'];
        const outcomes = [];
        for (const name of names)
            outcomes.push(await (0, installHooks_js_1.installHook)(location.hooksDir, name, options));
        io.stdout(`${installSummary(outcomes)} in ${(0, locateHooks_js_1.describeHooksLocation)(location)}\n`);
        for (const outcome of outcomes) {
            if (outcome.keptNow)
                io.stdout(`  ${outcome.hook}: the hook that was there is kept as ${outcome.chained} and runs first; either can refuse the commit\n`);
            else if (outcome.chained)
                io.stdout(`  ${outcome.hook}: still runs ${outcome.chained} first\n`);
        }
        // husky v9 writes every file of .husky/_ again when it installs: ours would be overwritten.
        if (node_path_1.default.basename(location.hooksDir) === '_' && node_path_1.default.basename(node_path_1.default.dirname(location.hooksDir)) === '.husky') {
            io.stdout('  note: husky rewrites this folder when it installs; put `npx --no -- git-leverage hook commit-msg "$1"` in .husky/commit-msg instead (docs/hooks.md)\n');
        }
        // Ours left in a folder git no longer runs (installed before a tool set core.hooksPath) would
        // only mislead: moved here, they are removed there and what they chained is put back. A
        // folder other repositories use is never touched from here.
        for (const dead of await deadHooks(location)) {
            for (const status of dead.hooks) {
                if (dead.shared || !names.includes(status.hook))
                    continue;
                const result = await (0, installHooks_js_1.uninstallHook)(dead.dir, status.hook);
                io.stdout(`  ${status.hook}: removed git-leverage's copy from ${dead.dir}, which git no longer runs${result.result === 'restored' ? ', and put back the hook it chained' : ''}\n`);
            }
        }
    });
    hook
        .command('uninstall')
        .description('remove our hooks and put back any hook they chained')
        .option('--shared', `remove ours ${SHARED_HELP}`)
        .option('--repo <dir>', 'the repository (default: .)')
        .action(async (flags) => {
        const { location } = await locate(flags, context);
        const { hooksDir } = location;
        for (const name of renderHookScript_js_1.HOOK_NAMES) {
            const status = await (0, installHooks_js_1.hookStatus)(hooksDir, name);
            if (location.shared && !flags.shared && (status.state === 'ours' || status.chained)) {
                io.stdout(`${name}: left in ${hooksDir}, which other repositories use too (${(0, locateHooks_js_1.describeHooksLocation)(location)}); add --shared to remove it from there\n`);
                continue;
            }
            const outcome = await (0, installHooks_js_1.uninstallHook)(hooksDir, name);
            const said = {
                restored: `${name}: removed; restored the earlier hook ${outcome.file}`,
                removed: `${name}: removed from ${outcome.file}`,
                foreign: `${name}: ${outcome.file} is not git-leverage's; left alone`,
                absent: `${name}: not installed in ${hooksDir}`,
            }[outcome.result];
            io.stdout(`${said}\n`);
        }
        // Copies left where git no longer looks (this repository's own folders only).
        for (const dead of await deadHooks(location)) {
            if (dead.shared)
                continue;
            for (const status of dead.hooks) {
                const outcome = await (0, installHooks_js_1.uninstallHook)(dead.dir, status.hook);
                io.stdout(`${status.hook}: also removed from ${dead.dir} (git no longer runs it)${outcome.result === 'restored' ? `; restored the earlier hook ${outcome.file}` : ''}\n`);
            }
        }
    });
    hook
        .command('status')
        .description('say where git runs hooks from and why, which are ours, and what they chain')
        .option('--repo <dir>', 'the repository (default: .)')
        .action(async (flags) => {
        const { location } = await locate(flags, context);
        io.stdout(`hooks folder: ${(0, locateHooks_js_1.describeHooksLocation)(location)}\n`);
        if (location.shared)
            io.stdout('  outside this repository: every repository that uses this folder runs the same hooks\n');
        for (const name of renderHookScript_js_1.HOOK_NAMES) {
            const status = await (0, installHooks_js_1.hookStatus)(location.hooksDir, name);
            const what = status.state === 'ours'
                ? `git-leverage, running ${status.entry}${status.entryExists ? '' : ' (MISSING: install again)'}${status.chained ? `; chains ${status.chained} (runs first)` : ''}`
                : status.state === 'foreign'
                    ? `another tool's hook (not git-leverage's)${status.chained ? `; ${status.chained}, kept by an earlier git-leverage install, is run by nothing now` : ''}`
                    : `not installed${status.chained ? `; ${status.chained}, kept by an earlier git-leverage install, is run by nothing now` : ''}`;
            io.stdout(`${name}: ${what}\n`);
        }
        for (const dead of await deadHooks(location)) {
            const names = listed(dead.hooks.map((status) => status.hook));
            const fix = dead.shared
                ? 'they still run in repositories that use that folder; `git-leverage hook uninstall --shared` run where that folder is in use removes them'
                : `fix: ${installCommand(dead.hooks, location.shared)} (installs in ${location.hooksDir}, chaining what is there, and removes these)${location.shared ? `, or ${CALL_FROM_THEIR_HOOK}` : ''}`;
            io.stdout(`warning: git-leverage's ${names} in ${dead.dir} never run${dead.shared ? ' in this repository' : ''}: git runs hooks from ${(0, locateHooks_js_1.describeHooksLocation)(location)}; ${fix}\n`);
        }
    });
    for (const name of renderHookScript_js_1.HOOK_NAMES) {
        hook
            .command(`${name} <file> [source] [sha]`)
            .description(`run the ${name} check as git would (for husky, lefthook and other hook managers)`)
            .action(async (file, source) => {
            const code = await (0, runHook_js_1.runHook)([name, file, ...(source ? [source] : [])], { cwd: io.cwd, env: io.env, stderr: io.stderr, now: io.now });
            context.setExitCode(code);
        });
    }
}


/***/ }),

/***/ 5871:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HookInstallError = void 0;
exports.hookStatus = hookStatus;
exports.installHook = installHook;
exports.uninstallHook = uninstallHook;
/**
 * Installs, removes and describes our hooks in one hooks folder (the CLI picks which: see
 * locateHooks.ts). A hook that is not ours is never overwritten: it is kept beside ours under
 * CHAINED_SUFFIX and run first; uninstall puts it back as it was (a rename: same bytes, same mode).
 */
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const userError_js_1 = __webpack_require__(40);
const renderHookScript_js_1 = __webpack_require__(7358);
async function readIfFile(file) {
    const info = await (0, promises_1.lstat)(file).catch(() => undefined);
    if (!info)
        return undefined;
    // A symlink or a binary is someone else's hook; only a regular file can be ours.
    if (!info.isFile())
        return '';
    return (0, promises_1.readFile)(file, 'latin1');
}
/** What is in `hooksDir` for one hook: ours, another tool's, or nothing, and what it chains. */
async function hookStatus(hooksDir, hook) {
    const file = node_path_1.default.join(hooksDir, hook);
    const text = await readIfFile(file);
    const chainedFile = file + renderHookScript_js_1.CHAINED_SUFFIX;
    const chained = (await (0, promises_1.lstat)(chainedFile).catch(() => undefined)) ? chainedFile : undefined;
    const ours = text !== undefined && (0, renderHookScript_js_1.ownHookName)(text) === hook;
    const entry = ours ? /^entry='((?:[^']|'\\'')*)'$/m.exec(text)?.[1]?.replaceAll(`'\\''`, "'") : undefined;
    return {
        hook,
        file,
        state: text === undefined ? 'absent' : ours ? 'ours' : 'foreign',
        chained,
        entry,
        entryExists: entry !== undefined && (0, node_fs_1.existsSync)(entry),
        measure: ours && /^measure=1$/m.test(text),
    };
}
/** A hook that cannot be installed without losing another one (the CLI prints the message alone). */
class HookInstallError extends userError_js_1.UserError {
    name = 'HookInstallError';
}
exports.HookInstallError = HookInstallError;
/** Installs one hook in `hooksDir`, keeping (and chaining) a hook that is not ours. */
async function installHook(hooksDir, hook, options) {
    await (0, promises_1.mkdir)(hooksDir, { recursive: true });
    const status = await hookStatus(hooksDir, hook);
    const script = (0, renderHookScript_js_1.renderHookScript)(hook, options);
    const keptNow = status.state === 'foreign';
    if (keptNow) {
        if (status.chained) {
            throw new HookInstallError(`${status.file} is not git-leverage's and ${status.chained} already exists: move one of them away, then install again`);
        }
        await (0, promises_1.rename)(status.file, status.file + renderHookScript_js_1.CHAINED_SUFFIX);
    }
    await (0, promises_1.writeFile)(status.file, script, { mode: 0o755 });
    await (0, promises_1.chmod)(status.file, 0o755);
    return {
        hook,
        file: status.file,
        action: status.state === 'ours' ? 'updated' : 'installed',
        chained: keptNow ? status.file + renderHookScript_js_1.CHAINED_SUFFIX : status.chained,
        keptNow,
    };
}
/** Removes our hook and puts back the one it chained; a hook that is not ours is left alone. */
async function uninstallHook(hooksDir, hook) {
    const status = await hookStatus(hooksDir, hook);
    if (status.state === 'foreign')
        return { hook, file: status.file, result: 'foreign' };
    if (status.state === 'ours')
        await (0, promises_1.unlink)(status.file);
    if (status.chained) {
        await (0, promises_1.rename)(status.chained, status.file);
        return { hook, file: status.file, result: 'restored' };
    }
    return { hook, file: status.file, result: status.state === 'ours' ? 'removed' : 'absent' };
}


/***/ }),

/***/ 1598:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseHooksPathSettings = parseHooksPathSettings;
exports.outsideRepository = outsideRepository;
exports.hooksLocationFrom = hooksLocationFrom;
exports.describeSetting = describeSetting;
exports.describeHooksLocation = describeHooksLocation;
exports.locateHooks = locateHooks;
/**
 * Where git runs a repository's hooks from, and why: `core.hooksPath` from whichever config scope set
 * it last (local, worktree, global, system, or `git -c`), else the git dir's own `hooks` folder. Other
 * tools (husky, Codex, company setups) set core.hooksPath, so `hook install`, `uninstall` and `status`
 * must name the folder and the setting, and know the folders git no longer runs (hooks of ours left
 * there check nothing).
 */
const node_path_1 = __importDefault(__webpack_require__(6760));
const runGit_js_1 = __webpack_require__(6033);
function isInside(dir, parent) {
    const relative = node_path_1.default.relative(parent, dir);
    return relative === '' || (relative !== '..' && !relative.startsWith(`..${node_path_1.default.sep}`) && !node_path_1.default.isAbsolute(relative));
}
/**
 * Parses `git config --show-scope --show-origin --type=path -z --get-all core.hooksPath` (NUL-separated
 * scope, origin, value triples) into settings, in git's reading order.
 */
function parseHooksPathSettings(output, root) {
    const fields = output.split('\0');
    const settings = [];
    for (let i = 0; i + 2 < fields.length; i += 3) {
        const [scope, origin, value] = [fields[i], fields[i + 1], fields[i + 2]];
        if (value === '')
            continue;
        // git prints a local file relative to the folder it ran in (the top level here).
        const file = origin.startsWith('file:') ? node_path_1.default.resolve(root, origin.slice('file:'.length)) : undefined;
        settings.push({ scope, file, dir: node_path_1.default.resolve(root, value) });
    }
    return settings;
}
/** Whether `dir` lies outside the working tree and the git dir, so other repositories may share it. */
function outsideRepository(location, dir) {
    return !isInside(dir, location.root) && !isInside(dir, location.commonDir);
}
/** Builds the location from git's answers (pure: the adapter below asks git). */
function hooksLocationFrom(answers) {
    const { root, hooksDir, commonDir, settings } = answers;
    const defaultDir = node_path_1.default.join(commonDir, 'hooks');
    // git reads every value and keeps the last: the earlier ones, and git's own folder, are not run.
    const setBy = settings[settings.length - 1];
    const earlier = setBy ? [defaultDir, ...settings.slice(0, -1).map((setting) => setting.dir)] : [];
    const unusedDirs = [...new Set(earlier)].filter((dir) => dir !== hooksDir && dir !== setBy?.dir);
    return { root, commonDir, hooksDir, setBy, defaultDir, unusedDirs, settings, shared: outsideRepository({ root, commonDir }, hooksDir) };
}
/** `core.hooksPath, set in the global config /home/me/.gitconfig`, for messages. */
function describeSetting(setting) {
    if (!setting.file)
        return 'core.hooksPath, set on the command line (git -c or GIT_CONFIG_* variables)';
    return `core.hooksPath, set in the ${setting.scope} config ${setting.file}`;
}
/** The folder and why git uses it, in one phrase: `/repo/githooks (core.hooksPath, set in ...)`. */
function describeHooksLocation(location) {
    if (!location.setBy)
        return `${location.hooksDir} (the repository's own hooks folder; core.hooksPath is not set)`;
    return `${location.hooksDir} (${describeSetting(location.setBy)})`;
}
/** Asks git where the repository at `root` (its top level) runs hooks from. */
async function locateHooks(root, env) {
    const [hooksDir, commonDir] = (await (0, runGit_js_1.runGit)(['rev-parse', '--path-format=absolute', '--git-path', 'hooks', '--git-common-dir'], root, undefined, env)).split('\n');
    // Exit 1 with no output means the key is not set anywhere.
    const config = await (0, runGit_js_1.runGitRaw)(['config', '--show-scope', '--show-origin', '--type=path', '-z', '--get-all', 'core.hooksPath'], root, undefined, env);
    const settings = config.exitCode === 0 ? parseHooksPathSettings(config.stdout, root) : [];
    return hooksLocationFrom({ root, hooksDir: hooksDir, commonDir: commonDir, settings });
}


/***/ }),

/***/ 4892:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.packageRoot = packageRoot;
exports.hookEntryPath = hookEntryPath;
/**
 * Where this package is installed, found from the running file (src/ under tests, dist/ bundled):
 * the hooks point at its dist/hook bundle by absolute path, so they work whatever PATH git runs with.
 */
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
const node_url_1 = __webpack_require__(3136);
function packageRoot(fromUrl = require("url").pathToFileURL(__filename).href) {
    let dir = node_path_1.default.dirname((0, node_url_1.fileURLToPath)(fromUrl));
    for (;;) {
        const manifest = node_path_1.default.join(dir, 'package.json');
        if ((0, node_fs_1.existsSync)(manifest)) {
            try {
                if (JSON.parse((0, node_fs_1.readFileSync)(manifest, 'utf8')).name === 'git-leverage')
                    return dir;
            }
            catch {
                // not ours (dist/package.json only says "type"); keep walking up
            }
        }
        const parent = node_path_1.default.dirname(dir);
        if (parent === dir)
            throw new Error(`cannot find the git-leverage package above ${(0, node_url_1.fileURLToPath)(fromUrl)}`);
        dir = parent;
    }
}
/** The bundle the installed hooks run. */
function hookEntryPath(root = packageRoot()) {
    return node_path_1.default.join(root, 'dist', 'hook', 'index.js');
}


/***/ }),

/***/ 7358:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ENV_NAMES = exports.CHAINED_SUFFIX = exports.HOOK_MARKER = exports.HOOK_NAMES = void 0;
exports.renderHookScript = renderHookScript;
exports.ownHookName = ownHookName;
/**
 * The hook scripts git runs, pure text. They decide in POSIX sh, before any Node starts, whether
 * there is anything to do: a commit without leverage trailers (the usual case) costs one grep.
 */
const parsedTrailers_js_1 = __webpack_require__(2143);
exports.HOOK_NAMES = ['commit-msg', 'prepare-commit-msg'];
/** A line every hook of ours carries; a hook without it is someone else's and never overwritten. */
exports.HOOK_MARKER = '# git-leverage-hook:';
/** A hook that was there before install is kept under this suffix and run first. */
exports.CHAINED_SUFFIX = '.git-leverage-chained';
exports.ENV_NAMES = [
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
        `${exports.HOOK_MARKER} ${hook} v1`,
        '# Installed by `git-leverage hook install`; `git-leverage hook uninstall` removes it and puts back',
        `# any hook that was here before (kept meanwhile as ${hook}${exports.CHAINED_SUFFIX}, and run first).`,
        `node=${sq(options.node)}`,
        `entry=${sq(options.entry)}`,
        `chained="$0${exports.CHAINED_SUFFIX}"`,
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
            ...run.slice(0, -1),
            "# git reads the message's trailers while Node starts (two cores work at once): the message is",
            '# cut at the `git commit -v` scissors line, cleaned as git will store it, and parsed by git\'s own',
            '# trailer parser. The closing line tells Node that git finished; without it Node runs git itself.',
            `{ LC_ALL=C sed '/^. -\\{24\\} >8 -\\{24\\}$/,$d' "$1" | git stripspace --strip-comments | git interpret-trailers --parse --no-divider && echo '${parsedTrailers_js_1.PARSED_END}'; } |`,
            `  "$node" "$entry" ${hook} "$1" ${parsedTrailers_js_1.TRAILERS_ON_STDIN}`,
        ].join('\n')}\n`;
    }
    return `${[
        ...head,
        `measure=${options.measure ? 1 : 0}`,
        '# Node starts only when an agent set LEVERAGE_* variables or measuring is on.',
        `if [ -z "${exports.ENV_NAMES.map((name) => `\${${name}-}`).join('')}" ] && [ "$measure" != 1 ] &&`,
        `  ! LC_ALL=C grep -qsE '^[[:space:]]*measure:[[:space:]]*true' ${CONFIG_FILES}; then`,
        '  exit 0',
        'fi',
        '[ "$measure" = 1 ] && GIT_LEVERAGE_MEASURE=1 && export GIT_LEVERAGE_MEASURE',
        ...run,
    ].join('\n')}\n`;
}
/** Which hook a script is, if it is ours. */
function ownHookName(text) {
    const match = new RegExp(`^${exports.HOOK_MARKER} (\\S+)`, 'm').exec(text);
    return exports.HOOK_NAMES.find((name) => name === match?.[1]);
}


/***/ }),

/***/ 222:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runHook = runHook;
/**
 * Dispatches a hook invocation (`commit-msg <file>`, `prepare-commit-msg <file> [source] [sha]`) to its runner.
 * prepare-commit-msg is imported on demand: it loads child_process, which the commit-msg hook's
 * usual path does without (runCommitMsgHook.ts). Errors the user can act on (config, git) are one
 * class, UserError, so recognising them loads nothing either.
 */
const userError_js_1 = __webpack_require__(40);
const parsedTrailers_js_1 = __webpack_require__(2143);
const runCommitMsgHook_js_1 = __webpack_require__(1300);
async function runHook(argv, io) {
    const [hook, file, source] = argv;
    try {
        if (hook === 'commit-msg' && file)
            return (await (0, runCommitMsgHook_js_1.runCommitMsgHook)(file, io, source === parsedTrailers_js_1.TRAILERS_ON_STDIN ? io.readStdin?.() : undefined)).code;
        if (hook === 'prepare-commit-msg' && file)
            return await (await __webpack_require__.e(/* import() */ 473).then(__webpack_require__.t.bind(__webpack_require__, 3473, 23))).runPrepareCommitMsgHook(file, source, io);
        io.stderr('git-leverage hook: expected commit-msg <file> or prepare-commit-msg <file> [source] [sha]\n');
        return 2;
    }
    catch (error) {
        if (error instanceof userError_js_1.UserError) {
            io.stderr(`git-leverage (${hook} hook): ${error.message}\n`);
            return 1;
        }
        throw error;
    }
}


/***/ })

};
;