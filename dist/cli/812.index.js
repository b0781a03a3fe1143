"use strict";
exports.id = 812;
exports.ids = [812];
exports.modules = {

/***/ 7812:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.registerCommitCommand = registerCommitCommand;
/**
 * `git-leverage commit [git commit args...] --task ... --human ... --claude ...`: commits with the
 * leverage trailers, values validated before git runs, and says afterwards what report will not count.
 *
 * Where the trailers go depends on where git takes the message from:
 * - a message is given (`-m`, `-F`, `-C`, ...): git adds them itself (`git commit --trailer`);
 * - `--amend` without one: git would reuse HEAD's message and append the trailers after the ones it
 *   has (duplicates, which the schema refuses), so HEAD's message is given with each figure replaced,
 *   by whole key (replaceLeverageTrailers.ts), and the editor opens as `git commit --amend` opens it;
 * - no message at all: the editor opens on a template with an empty subject line, a blank line and
 *   the trailers. git's own `--trailer` would put them on the first line, where a subject typed on
 *   top joins them into the subject paragraph (git never reads trailers there); and a template left
 *   unedited makes git abort ("you did not edit the message") instead of committing the trailers as
 *   the subject.
 */
const promises_1 = __webpack_require__(1455);
const commander_1 = __webpack_require__(8909);
const loadConfig_js_1 = __webpack_require__(6494);
const openRepository_js_1 = __webpack_require__(8054);
const runGit_js_1 = __webpack_require__(6033);
const formatRejection_js_1 = __webpack_require__(8966);
const replaceLeverageTrailers_js_1 = __webpack_require__(7819);
const runCommitMsgHook_js_1 = __webpack_require__(1300);
const userError_js_1 = __webpack_require__(40);
const leverageFlags_js_1 = __webpack_require__(4407);
function registerCommitCommand(program, context) {
    const command = program
        .command('commit')
        .description('git commit with leverage trailers: git-leverage commit -m "Ship it" --task "..." --human 160h --claude 20')
        .usage('[git commit options...] --task <text> --human <duration> --claude <minutes> [--sup <minutes>] [--tokens <count>] [--task-id <id>]')
        .allowUnknownOption()
        .allowExcessArguments()
        // `-h` is git commit's own (its usage); `--help` is ours, as for every command.
        .helpOption('--help', 'display help for command')
        .addOption(new commander_1.Option('--leverage-help', 'the same as --help (kept for scripts that use it)').hideHelp());
    (0, leverageFlags_js_1.addLeverageOptions)(command).action(async (flags, cmd) => {
        if (flags.leverageHelp) {
            cmd.outputHelp();
            return;
        }
        const { io } = context;
        const repo = await (0, openRepository_js_1.openRepository)('.', io.cwd);
        const config = await (0, loadConfig_js_1.loadConfig)(repo.root);
        const gitArgs = cmd.args;
        const trailers = (0, leverageFlags_js_1.trailersFromFlags)(flags, config.trailerOptions);
        if (trailers.length === 0)
            throw new userError_js_1.UsageError('no leverage figures given (--task, --human, --claude, ...): use git commit for a commit without them (git-leverage commit --help lists the options)');
        const given = (0, leverageFlags_js_1.readCommitArgs)(gitArgs);
        (0, leverageFlags_js_1.checkFlagTrailers)(trailers, config.trailerOptions, given.amend);
        if (!given.message && !given.amend && given.edit === false) {
            throw new userError_js_1.UsageError('--no-edit without a message: give the subject with -m "..." (the trailers alone would become the subject, which git does not read as trailers)');
        }
        const lines = trailers.map((t) => `${t.key}: ${t.value}`);
        let messageArgs;
        if (given.message) {
            messageArgs = lines.flatMap((line) => ['--trailer', line]);
        }
        else {
            const [file = ''] = await (0, runCommitMsgHook_js_1.gitPaths)(repo.root, io.env, ['LEVERAGE_EDITMSG']);
            if (given.amend) {
                const head = await (0, runGit_js_1.runGit)(['log', '-1', '--encoding=UTF-8', '--format=%B', 'HEAD'], repo.root, undefined, io.env);
                await (0, promises_1.writeFile)(file, await (0, replaceLeverageTrailers_js_1.replaceLeverageTrailers)(head.replace(/\n+$/, '\n'), trailers, repo.root, io.env));
                // `git commit --amend` opens the editor unless told not to; `-F` alone would not.
                messageArgs = ['-F', file, ...(given.edit === undefined ? ['--edit'] : [])];
            }
            else {
                await (0, promises_1.writeFile)(file, `\n\n${lines.join('\n')}\n`);
                messageArgs = ['--template', file];
            }
        }
        const env = { ...io.env, [formatRejection_js_1.COMMIT_KIND_ENV]: given.amend ? 'amend' : 'commit' };
        const code = await (0, leverageFlags_js_1.runGitAttached)(['commit', ...messageArgs, ...gitArgs], { ...io, env });
        if (code === 0)
            await (0, leverageFlags_js_1.warnAboutHead)(repo.root, config.trailerOptions, io);
        else if (!given.message && !given.amend)
            io.stderr('git-leverage: (without -m, the message needs a subject on its first line, above the trailers; an unedited message is not committed)\n');
        context.setExitCode(code);
    });
}


/***/ })

};
;