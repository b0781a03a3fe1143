"use strict";
exports.id = 486;
exports.ids = [486];
exports.modules = {

/***/ 8486:
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
// EXTERNAL MODULE: ./src/hooks/parsedTrailers.ts
var parsedTrailers = __webpack_require__(2143);
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
            ...run.slice(0, -1),
            "# git reads the message's trailers while Node starts (two cores work at once): the message is",
            '# cut at the `git commit -v` scissors line, cleaned as git will store it, and parsed by git\'s own',
            '# trailer parser. The closing line tells Node that git finished; without it Node runs git itself.',
            `{ LC_ALL=C sed '/^. -\\{24\\} >8 -\\{24\\}$/,$d' "$1" | git stripspace --strip-comments | git interpret-trailers --parse --no-divider && echo '${parsedTrailers/* PARSED_END */.C7}'; } |`,
            `  "$node" "$entry" ${hook} "$1" ${parsedTrailers/* TRAILERS_ON_STDIN */.SX}`,
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
    return (await (0,runGit.runGit)(['rev-parse', '--path-format=absolute', '--git-path', 'hooks'], cwd, undefined, env)).trim();
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



function packageRoot(fromUrl = require("url").pathToFileURL(__filename).href) {
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

// EXTERNAL MODULE: ./src/userError.ts
var userError = __webpack_require__(40);
// EXTERNAL MODULE: ./src/hooks/runCommitMsgHook.ts + 1 modules
var runCommitMsgHook = __webpack_require__(8302);
;// CONCATENATED MODULE: ./src/hooks/runHook.ts
/**
 * Dispatches a hook invocation (`commit-msg <file>`, `prepare-commit-msg <file> [source] [sha]`) to its runner.
 * prepare-commit-msg is imported on demand: it loads child_process, which the commit-msg hook's
 * usual path does without (runCommitMsgHook.ts). Errors the user can act on (config, git) are one
 * class, UserError, so recognising them loads nothing either.
 */



async function runHook(argv, io) {
    const [hook, file, source] = argv;
    try {
        if (hook === 'commit-msg' && file)
            return (await (0,runCommitMsgHook/* runCommitMsgHook */.p)(file, io, source === parsedTrailers/* TRAILERS_ON_STDIN */.SX ? io.readStdin?.() : undefined)).code;
        if (hook === 'prepare-commit-msg' && file)
            return await (await __webpack_require__.e(/* import() */ 494).then(__webpack_require__.bind(__webpack_require__, 4113))).runPrepareCommitMsgHook(file, source, io);
        io.stderr('git-leverage hook: expected commit-msg <file> or prepare-commit-msg <file> [source] [sha]\n');
        return 2;
    }
    catch (error) {
        if (error instanceof userError/* UserError */.y) {
            io.stderr(`git-leverage (${hook} hook): ${error.message}\n`);
            return 1;
        }
        throw error;
    }
}

// EXTERNAL MODULE: ./src/trailers/trailerSchema.ts + 1 modules
var trailerSchema = __webpack_require__(6387);
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


/***/ })

};
;