"use strict";
exports.id = 441;
exports.ids = [441];
exports.modules = {

/***/ 2441:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.upstreamContainingHead = upstreamContainingHead;
exports.registerAnnotateCommand = registerAnnotateCommand;
/**
 * `git-leverage annotate [--amend] [--force] --task ... --human ...`: adds or replaces leverage
 * trailers on HEAD's message. Without --amend it prints the new message; with it, HEAD is rewritten,
 * unless HEAD is already on its upstream branch (rewriting pushed history) and --force is not given.
 */
const promises_1 = __webpack_require__(1455);
const loadConfig_js_1 = __webpack_require__(6494);
const openRepository_js_1 = __webpack_require__(8054);
const runGit_js_1 = __webpack_require__(6033);
const formatRejection_js_1 = __webpack_require__(8966);
const readMessageTrailers_js_1 = __webpack_require__(7495);
const replaceLeverageTrailers_js_1 = __webpack_require__(7819);
const runCommitMsgHook_js_1 = __webpack_require__(1300);
const trailerSchema_js_1 = __webpack_require__(8460);
const userError_js_1 = __webpack_require__(40);
const leverageFlags_js_1 = __webpack_require__(4407);
/** The upstream branch that already contains HEAD, if any. */
async function upstreamContainingHead(cwd, env) {
    const upstream = await (0, runGit_js_1.runGitRaw)(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'], cwd, undefined, env);
    if (upstream.exitCode !== 0)
        return undefined;
    const contained = await (0, runGit_js_1.runGitRaw)(['merge-base', '--is-ancestor', 'HEAD', '@{upstream}'], cwd, undefined, env);
    return contained.exitCode === 0 ? upstream.stdout.trim() : undefined;
}
function registerAnnotateCommand(program, context) {
    const command = program
        .command('annotate')
        .description("add or replace leverage trailers on HEAD's message (prints it; --amend rewrites HEAD)")
        .option('--amend', 'rewrite HEAD with the new message (git commit --amend --only)')
        .option('--force', 'rewrite HEAD even when it is already on its upstream branch');
    (0, leverageFlags_js_1.addLeverageOptions)(command).action(async (flags) => {
        const { io } = context;
        const repo = await (0, openRepository_js_1.openRepository)('.', io.cwd);
        if (!repo.hasCommits)
            throw new userError_js_1.UsageError('there is no HEAD commit to annotate yet');
        const config = await (0, loadConfig_js_1.loadConfig)(repo.root);
        const options = config.trailerOptions;
        const trailers = (0, leverageFlags_js_1.trailersFromFlags)(flags, options);
        if (trailers.length === 0)
            throw new userError_js_1.UsageError('no leverage figures given (--task, --human, --claude, --sup, --tokens, --task-id)');
        (0, leverageFlags_js_1.checkFlagTrailers)(trailers, options, true);
        const message = (await (0, runGit_js_1.runGit)(['log', '-1', '--encoding=UTF-8', '--format=%B', 'HEAD'], repo.root, undefined, io.env)).replace(/\n+$/, '\n');
        // A figure given again replaces the old one.
        const annotated = await (0, replaceLeverageTrailers_js_1.replaceLeverageTrailers)(message, trailers, repo.root, io.env);
        const parsed = await (0, readMessageTrailers_js_1.parseTrailersWithGit)(Buffer.from(annotated), repo.root, io.env);
        const verdict = (0, trailerSchema_js_1.readLeverageTrailers)(parsed, options);
        if (verdict.kind === 'invalid') {
            throw new userError_js_1.UsageError(`HEAD's message with these figures would not validate:\n${verdict.problems.map((p) => `  ${(0, trailerSchema_js_1.describeProblem)(p)}`).join('\n')}`);
        }
        io.stderr((0, leverageFlags_js_1.messageWarnings)(annotated, parsed, options, "in HEAD's message", 'the figures are added all the same: git commit --amend to move those lines'));
        if (!flags.amend) {
            io.stdout(annotated);
            return;
        }
        const upstream = await upstreamContainingHead(repo.root, io.env);
        if (upstream && !flags.force) {
            io.stderr(`git-leverage: HEAD is already on ${upstream}: amending it would rewrite a commit others may have. ` +
                'Record the figures on your next commit instead, or pass --force (and push with --force-with-lease).\n');
            context.setExitCode(1);
            return;
        }
        const [file = ''] = await (0, runCommitMsgHook_js_1.gitPaths)(repo.root, io.env, ['LEVERAGE_EDITMSG']);
        await (0, promises_1.writeFile)(file, annotated);
        // The hook cannot tell an amend from a commit: told, a refusal's retry carries --amend.
        const env = { ...io.env, [formatRejection_js_1.COMMIT_KIND_ENV]: 'amend' };
        const code = await (0, leverageFlags_js_1.runGitAttached)(['commit', '--amend', '--only', '--quiet', '--allow-empty', '--cleanup=verbatim', '-F', file], { ...io, env, cwd: repo.root });
        context.setExitCode(code);
    });
}


/***/ })

};
;