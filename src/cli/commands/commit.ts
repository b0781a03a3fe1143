/**
 * `git-leverage commit [git commit args...] --task ... --human ... --claude ...`: commits with the
 * leverage trailers added by git itself (`git commit --trailer`), values validated before git runs.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config/loadConfig.js';
import { openRepository } from '../../git/openRepository.js';
import type { CommandContext } from '../program.js';
import { UsageError } from '../usageError.js';
import { addLeverageOptions, checkFlagTrailers, runGitAttached, trailersFromFlags, type LeverageFlags } from './leverageFlags.js';

export function registerCommitCommand(program: Command, context: CommandContext): void {
  const command = program
    .command('commit')
    .description('git commit with leverage trailers: git-leverage commit -m "Ship it" --task "..." --human 160h --claude 20')
    .usage('[git commit options...] --task <text> --human <duration> --claude <minutes> [--sup <minutes>] [--tokens <count>] [--task-id <id>]')
    .allowUnknownOption()
    .allowExcessArguments()
    .helpOption('--leverage-help', 'show this help (-h is passed to git)');
  addLeverageOptions(command).action(async (flags: LeverageFlags, cmd: Command) => {
    const { io } = context;
    const repo = await openRepository('.', io.cwd);
    const config = await loadConfig(repo.root);
    const gitArgs = cmd.args;
    const trailers = trailersFromFlags(flags, config.trailerOptions);
    if (trailers.length === 0) throw new UsageError('no leverage figures given (--task, --human, --claude, ...): use git commit for a commit without them (git-leverage commit --leverage-help lists the options)');
    checkFlagTrailers(trailers, config.trailerOptions, gitArgs.includes('--amend'));
    const code = await runGitAttached(['commit', ...trailers.flatMap((t) => ['--trailer', `${t.key}: ${t.value}`]), ...gitArgs], io);
    context.setExitCode(code);
  });
}
