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
import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { loadConfig } from '../../config/loadConfig.js';
import { openRepository } from '../../git/openRepository.js';
import { runGit } from '../../git/runGit.js';
import { COMMIT_KIND_ENV } from '../../hooks/formatRejection.js';
import { replaceLeverageTrailers } from '../../hooks/replaceLeverageTrailers.js';
import { gitPaths } from '../../hooks/runCommitMsgHook.js';
import type { CommandContext } from '../commandContext.js';
import { UsageError } from '../../userError.js';
import { addLeverageOptions, checkFlagTrailers, readCommitArgs, runGitAttached, trailersFromFlags, warnAboutHead, type LeverageFlags } from './leverageFlags.js';

export function registerCommitCommand(program: Command, context: CommandContext): void {
  const command = program
    .command('commit')
    .description('git commit with leverage trailers: git-leverage commit -m "Ship it" --task "..." --human 160h --claude 20')
    .usage('[git commit options...] --task <text> --human <duration> --claude <minutes> [--sup <minutes>] [--tokens <count>] [--task-id <id>]')
    .allowUnknownOption()
    .allowExcessArguments()
    // `-h` is git commit's own (its usage); `--help` is ours, as for every command.
    .helpOption('--help', 'display help for command')
    .addOption(new Option('--leverage-help', 'the same as --help (kept for scripts that use it)').hideHelp());
  addLeverageOptions(command).action(async (flags: LeverageFlags & { leverageHelp?: boolean }, cmd: Command) => {
    if (flags.leverageHelp) {
      cmd.outputHelp();
      return;
    }
    const { io } = context;
    const repo = await openRepository('.', io.cwd);
    const config = await loadConfig(repo.root);
    const gitArgs = cmd.args;
    const trailers = trailersFromFlags(flags, config.trailerOptions);
    if (trailers.length === 0) throw new UsageError('no leverage figures given (--task, --human, --claude, ...): use git commit for a commit without them (git-leverage commit --help lists the options)');
    const given = readCommitArgs(gitArgs);
    checkFlagTrailers(trailers, config.trailerOptions, given.amend);
    if (!given.message && !given.amend && given.edit === false) {
      throw new UsageError('--no-edit without a message: give the subject with -m "..." (the trailers alone would become the subject, which git does not read as trailers)');
    }
    const lines = trailers.map((t) => `${t.key}: ${t.value}`);
    let messageArgs: string[];
    if (given.message) {
      messageArgs = lines.flatMap((line) => ['--trailer', line]);
    } else {
      const [file = ''] = await gitPaths(repo.root, io.env, ['LEVERAGE_EDITMSG']);
      if (given.amend) {
        const head = await runGit(['log', '-1', '--encoding=UTF-8', '--format=%B', 'HEAD'], repo.root, undefined, io.env);
        await writeFile(file, await replaceLeverageTrailers(head.replace(/\n+$/, '\n'), trailers, repo.root, io.env));
        // `git commit --amend` opens the editor unless told not to; `-F` alone would not.
        messageArgs = ['-F', file, ...(given.edit === undefined ? ['--edit'] : [])];
      } else {
        await writeFile(file, `\n\n${lines.join('\n')}\n`);
        messageArgs = ['--template', file];
      }
    }
    const env = { ...io.env, [COMMIT_KIND_ENV]: given.amend ? 'amend' : 'commit' };
    const code = await runGitAttached(['commit', ...messageArgs, ...gitArgs], { ...io, env });
    if (code === 0) await warnAboutHead(repo.root, config.trailerOptions, io);
    else if (!given.message && !given.amend) io.stderr('git-leverage: (without -m, the message needs a subject on its first line, above the trailers; an unedited message is not committed)\n');
    context.setExitCode(code);
  });
}
