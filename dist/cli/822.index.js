"use strict";
exports.id = 822;
exports.ids = [822];
exports.modules = {

/***/ 3822:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readTrailersOfMessages = readTrailersOfMessages;
/**
 * The trailers of many messages, parsed by git's own parser (`git interpret-trailers --parse`, so
 * git's rules hold: the last paragraph only, folded lines, `trailer.separators`) in one git process
 * rather than one per message. interpret-trailers reads any number of files and prints their
 * trailers one after the other; a boundary file between two messages, whose only trailer is ours,
 * tells where one message's trailers end.
 */
const promises_1 = __webpack_require__(1455);
const node_os_1 = __importDefault(__webpack_require__(8161));
const node_path_1 = __importDefault(__webpack_require__(6760));
const trailerLines_js_1 = __webpack_require__(6104);
const runGit_js_1 = __webpack_require__(6033);
/** The boundary's key: no leverage key, and a title paragraph above it so git reads it as a trailer. */
const BOUNDARY_KEY = 'Git-Leverage-Boundary';
/** Files per git process: far below any system's limit on a command line's length. */
const FILES_PER_PROCESS = 400;
/**
 * Each message's trailers, in order. `cwd` is the repository (its `trailer.*` configuration applies);
 * messages are UTF-8 text as the collector reads them (`--encoding=UTF-8`).
 */
async function readTrailersOfMessages(messages, cwd, env) {
    if (messages.length === 0)
        return [];
    // The boundary must use a separator the repository accepts: `trailer.separators`' first, as git prints.
    const configured = await (0, runGit_js_1.runGitRaw)(['config', '--get', 'trailer.separators'], cwd, undefined, env);
    const separator = configured.exitCode === 0 && configured.stdout.trim() !== '' ? configured.stdout.replace(/\n$/, '')[0] : ':';
    const dir = await (0, promises_1.mkdtemp)(node_path_1.default.join(node_os_1.default.tmpdir(), 'git-leverage-trailers-')).catch((error) => {
        throw new runGit_js_1.GitError(`cannot make a temporary folder in ${node_os_1.default.tmpdir()} for git to parse squash commits' messages (${error.code ?? error.message}): set TMPDIR to a writable folder`);
    });
    try {
        const boundary = node_path_1.default.join(dir, 'boundary');
        await (0, promises_1.writeFile)(boundary, `git-leverage\n\n${BOUNDARY_KEY}${separator} end\n`);
        const files = await Promise.all(messages.map(async (message, index) => {
            const file = node_path_1.default.join(dir, `message-${index}`);
            await (0, promises_1.writeFile)(file, message);
            return file;
        }));
        const result = [];
        for (let start = 0; start < files.length; start += FILES_PER_PROCESS) {
            const batch = files.slice(start, start + FILES_PER_PROCESS);
            const args = ['interpret-trailers', '--parse', '--no-divider', ...batch.flatMap((file) => [file, boundary])];
            const parsed = await (0, runGit_js_1.runGitBytes)(args, cwd, undefined, env);
            if (parsed.exitCode !== 0)
                throw new runGit_js_1.GitError(`git interpret-trailers failed in ${cwd}: ${parsed.stderr.trim() || `exit code ${parsed.exitCode}`}`);
            let current = [];
            for (const trailer of (0, trailerLines_js_1.trailersOf)(parsed.stdout.toString('utf8'))) {
                if (trailer.key === BOUNDARY_KEY) {
                    result.push(current);
                    current = [];
                }
                else
                    current.push(trailer);
            }
        }
        if (result.length !== messages.length)
            throw new runGit_js_1.GitError(`git interpret-trailers printed ${result.length} messages' trailers for ${messages.length}`);
        return result;
    }
    finally {
        await (0, promises_1.rm)(dir, { recursive: true, force: true });
    }
}


/***/ })

};
;