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
const packageRoot_js_1 = __webpack_require__(4892);
const renderHookScript_js_1 = __webpack_require__(7358);
const runHook_js_1 = __webpack_require__(222);
const trailerSchema_js_1 = __webpack_require__(8460);
const userError_js_1 = __webpack_require__(40);
async function hooksDirOf(flags, context) {
    const repo = await (0, openRepository_js_1.openRepository)(flags.repo ?? '.', context.io.cwd);
    return { root: repo.root, hooksDir: await (0, installHooks_js_1.hooksDirectory)(repo.root, context.io.env) };
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
        const config = await (0, loadConfig_js_1.loadConfig)(root);
        const entry = (0, packageRoot_js_1.hookEntryPath)();
        if (!(0, node_fs_1.existsSync)(entry))
            throw new userError_js_1.UsageError(`${entry} is missing: build the package first (npm run build)`);
        const options = { node: process.execPath, entry, keys: trailerSchema_js_1.LEVERAGE_FIELDS.map((field) => config.trailerOptions.keys[field]), measure: Boolean(flags.measure) };
        const hooks = flags.prepare || flags.measure ? ['commit-msg', 'prepare-commit-msg'] : ['commit-msg'];
        for (const name of hooks)
            io.stdout(`${await (0, installHooks_js_1.installHook)(hooksDir, name, options)}\n`);
    });
    hook
        .command('uninstall')
        .description('remove our hooks and put back any hook they chained')
        .option('--repo <dir>', 'the repository (default: .)')
        .action(async (flags) => {
        const { hooksDir } = await hooksDirOf(flags, context);
        for (const name of renderHookScript_js_1.HOOK_NAMES)
            io.stdout(`${await (0, installHooks_js_1.uninstallHook)(hooksDir, name)}\n`);
    });
    hook
        .command('status')
        .description('say which hooks are installed where')
        .option('--repo <dir>', 'the repository (default: .)')
        .action(async (flags) => {
        const { root, hooksDir } = await hooksDirOf(flags, context);
        io.stdout(`hooks folder: ${hooksDir}${node_path_1.default.relative(root, hooksDir).startsWith('.git') ? '' : ' (core.hooksPath)'}\n`);
        for (const name of renderHookScript_js_1.HOOK_NAMES) {
            const status = await (0, installHooks_js_1.hookStatus)(hooksDir, name);
            const what = status.state === 'ours'
                ? `git-leverage, running ${status.entry}${status.entryExists ? '' : ' (MISSING: install again)'}`
                : status.state === 'foreign'
                    ? 'another tool\'s hook (not git-leverage\'s)'
                    : 'not installed';
            io.stdout(`${name}: ${what}${status.chained ? `; chains ${status.chained}` : ''}\n`);
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

/***/ 8966:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COMMIT_KIND_ENV = void 0;
exports.retryCommand = retryCommand;
exports.shellQuote = shellQuote;
exports.lineOfTrailer = lineOfTrailer;
exports.formatRejection = formatRejection;
/**
 * The words of a refused commit, pure: every problem with the line of the message file it is on,
 * what is wrong and the accepted forms, then where git kept the message and the exact command that
 * brings it back into the editor, so nothing typed is lost.
 */
const clipText_js_1 = __webpack_require__(9722);
/**
 * Set by `git-leverage commit` and `annotate` for the git they run: `amend` when the commit is an amend,
 * `commit` otherwise. git does not tell commit-msg whether it is amending, and a retry without
 * `--amend` makes a new commit (or fails with "nothing added to commit").
 */
exports.COMMIT_KIND_ENV = 'GIT_LEVERAGE_COMMIT';
/** The command that brings the kept message back into the editor and commits exactly it. */
function retryCommand(file, advice, quote) {
    // `scissors` keeps the message's own comment-like lines and cuts git's template, which it puts
    // below a scissors line: the only mode with an editor that adds nothing and removes nothing.
    return ['git commit', advice.amend ? '--amend' : '', advice.keepsCommentLines ? '--cleanup=scissors' : '', '-e -F', quote(file)].filter(Boolean).join(' ');
}
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
        // A long value is quoted by its start and length: the message file holds it whole.
        const subject = problem.value === undefined ? problem.key : `${problem.key}: "${(0, clipText_js_1.clipValue)(problem.value)}"`;
        lines.push(`  ${where}${subject} ${problem.message}`, `      accepted: ${problem.accepted}`);
    }
    const retry = retryCommand(context.keptMessage, { amend: context.amend, keepsCommentLines: context.keepsCommentLines ?? false }, shellQuote);
    lines.push(`Your message is kept in ${context.keptMessage}${context.cleaned ? ', as git would have committed it' : ''}. Edit it and commit again with:`, `  ${retry}`, context.amend === undefined
        ? '(add --amend after git commit if you were amending; git commit --no-verify skips this check once.)'
        : '(git commit --no-verify skips this check once.)');
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 5871:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HookInstallError = void 0;
exports.hooksDirectory = hooksDirectory;
exports.hookStatus = hookStatus;
exports.installHook = installHook;
exports.uninstallHook = uninstallHook;
/**
 * Installs, removes and describes our hooks in the folder git really uses (`git rev-parse --git-path
 * hooks`, so core.hooksPath and worktrees are honoured). A hook that is not ours is never overwritten:
 * it is kept beside ours under CHAINED_SUFFIX and run first; uninstall puts it back as it was.
 */
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const runGit_js_1 = __webpack_require__(6033);
const renderHookScript_js_1 = __webpack_require__(7358);
/** The hooks folder git uses for the repository at `cwd` (absolute). */
async function hooksDirectory(cwd, env) {
    return (await (0, runGit_js_1.runGit)(['rev-parse', '--path-format=absolute', '--git-path', 'hooks'], cwd, undefined, env)).trim();
}
async function readIfFile(file) {
    const info = await (0, promises_1.lstat)(file).catch(() => undefined);
    if (!info)
        return undefined;
    // A symlink or a binary is someone else's hook; only a regular file can be ours.
    if (!info.isFile())
        return '';
    return (0, promises_1.readFile)(file, 'latin1');
}
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
    };
}
class HookInstallError extends Error {
    name = 'HookInstallError';
}
exports.HookInstallError = HookInstallError;
/** Installs one hook; returns what happened, for the user. */
async function installHook(hooksDir, hook, options) {
    await (0, promises_1.mkdir)(hooksDir, { recursive: true });
    const status = await hookStatus(hooksDir, hook);
    const script = (0, renderHookScript_js_1.renderHookScript)(hook, options);
    if (status.state === 'foreign') {
        if (status.chained) {
            throw new HookInstallError(`${status.file} is not ours and ${status.chained} already exists: move one of them away, then install again`);
        }
        await (0, promises_1.rename)(status.file, status.file + renderHookScript_js_1.CHAINED_SUFFIX);
    }
    await (0, promises_1.writeFile)(status.file, script, { mode: 0o755 });
    await (0, promises_1.chmod)(status.file, 0o755);
    if (status.state === 'foreign')
        return `${hook}: installed in ${status.file}; the existing hook is kept as ${status.file + renderHookScript_js_1.CHAINED_SUFFIX} and runs first`;
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
        await (0, promises_1.unlink)(status.file);
    if (status.chained) {
        await (0, promises_1.rename)(status.chained, status.file);
        return `${hook}: removed; restored the earlier hook ${status.file}`;
    }
    return status.state === 'ours' ? `${hook}: removed from ${status.file}` : `${hook}: not installed in ${hooksDir}`;
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

/***/ 2143:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PARSED_END = exports.TRAILERS_ON_STDIN = void 0;
exports.trailersOf = trailersOf;
exports.parsedOutput = parsedOutput;
exports.isAscii = isAscii;
exports.decoder = decoder;
/**
 * What `git interpret-trailers --parse` printed, read back into trailers. Pure and without git: the
 * installed commit-msg script runs git itself, alongside Node's start-up, and hands the output over
 * on stdin (renderHookScript.ts), so the hook's usual path loads no child_process at all.
 */
const node_util_1 = __webpack_require__(7975);
/** Passed by the installed commit-msg script after the message file: git's parse is on stdin. */
exports.TRAILERS_ON_STDIN = '--trailers-on-stdin';
/**
 * The line the hook script adds after git's output once `git interpret-trailers` has succeeded. It
 * cannot be a trailer (a trailer's key is letters, digits and dashes), and without it the output is
 * not trusted: an empty stdin must never pass for "no trailers".
 */
exports.PARSED_END = '# git-leverage: parsed';
/**
 * `--parse` prints each trailer on one line, unfolded, as key, separator, space, value: `Task: x`,
 * or `Task= x` in a repository whose `trailer.separators` is `=`. git takes as a key only letters,
 * digits and dashes (find_separator in git's trailer.c), so the first other character is the
 * separator, whichever `trailer.separators` set; values may hold separators (`Task: fix: x`).
 */
function trailersOf(text) {
    const trailers = [];
    for (const line of text.split('\n')) {
        const cut = line.search(/[^A-Za-z0-9-]/);
        if (cut <= 0)
            continue;
        trailers.push({ key: line.slice(0, cut), value: line.slice(cut + 1).trim() });
    }
    return trailers;
}
/** git's output without the closing line, or undefined when the line is missing (git failed). */
function parsedOutput(stdin) {
    const end = Buffer.from(`${exports.PARSED_END}\n`);
    if (stdin.length < end.length || !stdin.subarray(stdin.length - end.length).equals(end))
        return undefined;
    return stdin.subarray(0, stdin.length - end.length);
}
function isAscii(bytes) {
    return !bytes.some((byte) => byte > 0x7f);
}
/** A decoder for a commit encoding git named (`i18n.commitEncoding`); UTF-8 when Node does not know it. */
function decoder(encoding) {
    try {
        return new node_util_1.TextDecoder(encoding);
    }
    catch {
        return new node_util_1.TextDecoder('utf-8');
    }
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

/***/ 1300:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gitPaths = gitPaths;
exports.readMessageFile = readMessageFile;
exports.runCommitMsgHook = runCommitMsgHook;
/**
 * `commit-msg`: reads the message file with git's trailer parser, checks it against the policy and
 * the shared schema, and explains a refusal. Thin adapter over checkCommitMessage (pure).
 *
 * The modules that start git (readMessageTrailers, runGit) are imported only when needed: on the
 * installed hook's usual path the script has had git parse the message already, and loading
 * child_process alone would cost a tenth of Node's start-up (docs/hooks.md, "Speed").
 */
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const loadConfig_js_1 = __webpack_require__(6494);
const userError_js_1 = __webpack_require__(40);
const checkCommitMessage_js_1 = __webpack_require__(7094);
const formatRejection_js_1 = __webpack_require__(8966);
const parsedTrailers_js_1 = __webpack_require__(2143);
const strayLeverageLines_js_1 = __webpack_require__(1071);
/** Absolute paths of files in the git dir (honours worktrees and GIT_DIR). */
async function gitPaths(cwd, env, names) {
    const { runGit } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6033));
    const args = ['rev-parse', '--path-format=absolute', ...names.flatMap((name) => ['--git-path', name])];
    return (await runGit(args, cwd, undefined, env)).trimEnd().split('\n');
}
/**
 * The message as the installed script handed it over: git's `--parse` output of the cleaned message
 * (stdin) beside the file as written. Undefined when the script's git did not finish.
 */
async function messageFromScript(bytes, scriptOutput, io) {
    const parsed = (0, parsedTrailers_js_1.parsedOutput)(scriptOutput);
    if (!parsed)
        return undefined;
    // Keys, separators and line breaks are ASCII in every encoding git accepts for a message: only a
    // non-ASCII value needs `i18n.commitEncoding` (the raw text serves for line numbers alone).
    const encoding = (0, parsedTrailers_js_1.isAscii)(parsed) ? 'utf-8' : await (await __webpack_require__.e(/* import() */ 495).then(__webpack_require__.bind(__webpack_require__, 7495))).commitEncoding(parsed, io.cwd, io.env);
    const decode = (0, parsedTrailers_js_1.decoder)(encoding);
    return { cleaned: undefined, raw: decode.decode(bytes), trailers: (0, parsedTrailers_js_1.trailersOf)(decode.decode(parsed)), encoding };
}
/**
 * Reads the message file a hook was given; a file that cannot be read is one line naming it (a hook
 * run by hand with a wrong path), not a stack trace.
 */
async function readMessageFile(messageFile, cwd) {
    const file = node_path_1.default.resolve(cwd, messageFile);
    try {
        return await (0, promises_1.readFile)(file);
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : error.message;
        throw new userError_js_1.UserError(`cannot read the commit message file ${file}: ${why} (expected: hook commit-msg <file>, the file git passes to the hook)`);
    }
}
/**
 * Checks the message file; returns the exit code (0 accept, 1 refuse) after printing any refusal.
 * `scriptOutput`: what the installed hook script's git printed on stdin (renderHookScript.ts).
 */
async function runCommitMsgHook(messageFile, io, scriptOutput) {
    const config = await (0, loadConfig_js_1.loadConfig)(io.cwd);
    const bytes = await readMessageFile(messageFile, io.cwd);
    const needsState = config.require !== 'never';
    const { keys } = config.trailerOptions;
    // Only the policies other than `never` look at the subject, which needs the cleaned message.
    let message = scriptOutput && !needsState ? await messageFromScript(bytes, scriptOutput, io) : undefined;
    // A leverage line git did not read as a trailer needs the cleaned message to be placed (and
    // reported): git is asked to clean it only then, so the usual commit stays on the fast path.
    if (message && (0, strayLeverageLines_js_1.hasStrayCandidate)(message.raw, message.trailers, keys))
        message = undefined;
    message ??= await (await __webpack_require__.e(/* import() */ 495).then(__webpack_require__.bind(__webpack_require__, 7495))).readMessageTrailers(bytes, io.cwd, io.env);
    const subject = message.cleaned?.split('\n', 1)[0] ?? '';
    const [mergeHead = '', revertHead = ''] = needsState ? await gitPaths(io.cwd, io.env, ['MERGE_HEAD', 'REVERT_HEAD']) : [];
    const result = (0, checkCommitMessage_js_1.checkCommitMessage)({
        trailers: message.trailers,
        subject,
        merging: needsState && (0, node_fs_1.existsSync)(mergeHead),
        reverting: needsState && (0, node_fs_1.existsSync)(revertHead),
        message: message.cleaned,
    }, config.require, config.trailerOptions);
    const kind = io.env[formatRejection_js_1.COMMIT_KIND_ENV];
    // `git-leverage commit` checks the commit it made and says the warnings itself, once.
    if (result.ok) {
        if (result.warnings.length > 0 && kind !== 'commit' && kind !== 'amend')
            io.stderr((0, strayLeverageLines_js_1.formatWarnings)(result.warnings, 'in the message', 'the commit goes ahead, but report will not count lines git does not read as trailers'));
        return { code: 0, result };
    }
    const file = node_path_1.default.resolve(io.cwd, messageFile);
    const kept = await (await __webpack_require__.e(/* import() */ 796).then(__webpack_require__.t.bind(__webpack_require__, 796, 23))).keepRefusedMessage(file, bytes, message.encoding, io.cwd, io.env);
    io.stderr((0, formatRejection_js_1.formatRejection)(result.problems, {
        raw: kept.text,
        keptMessage: kept.file,
        messageFile,
        cleaned: kept.cleaned,
        amend: kind === 'amend' ? true : kind === 'commit' ? false : undefined,
        keepsCommentLines: kept.keepsCommentLines,
    }));
    return { code: 1, result };
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