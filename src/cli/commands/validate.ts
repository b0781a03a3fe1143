/**
 * `git-leverage validate [<range>]`: checks every commit of a range (default `@{upstream}..HEAD`)
 * with the commit-msg hook's own check, reading trailers through the report's collector, and exits 1
 * listing each bad commit: the check for CI and for pre-push.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config/loadConfig.js';
import { openRepository } from '../../git/openRepository.js';
import { runGit, runGitRaw } from '../../git/runGit.js';
import { streamCommits } from '../../git/streamCommits.js';
import { checkCommitMessage, NO_LEVERAGE_KEY } from '../../hooks/checkCommitMessage.js';
import { rangeWindow } from '../../window/reportWindow.js';
import { describeProblem, type Trailer } from '../../trailers/trailerSchema.js';
import type { CommandContext } from '../commandContext.js';
import { UsageError } from '../../userError.js';
import { neutraliseBidi } from '../../render/escapeMarkdown.js';
import { truncateText } from '../../text/clipText.js';

export function registerValidateCommand(program: Command, context: CommandContext): void {
  program
    .command('validate [range]')
    .description('check the leverage trailers of every commit in a range (default: @{upstream}..HEAD); exit 1 listing each bad commit')
    .option('--repo <dir>', 'the repository (default: .)')
    .action(async (given: string | undefined, flags: { repo?: string }) => {
      const { io } = context;
      const repo = await openRepository(flags.repo ?? '.', io.cwd);
      const config = await loadConfig(repo.root);
      let range = given;
      if (range === undefined) {
        const upstream = await runGitRaw(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'], repo.root, undefined, io.env);
        if (upstream.exitCode !== 0) throw new UsageError('the current branch has no upstream: give a range, e.g. git-leverage validate origin/main..HEAD');
        range = '@{upstream}..HEAD';
      }
      if (range.startsWith('-')) throw new UsageError(`"${range}" is not a range`);
      // The collector's reading of each commit's leverage trailers: what `report` will count.
      const leverage = new Map<string, Trailer[]>();
      for await (const batch of streamCommits(repo, { window: rangeWindow(range, 'UTC'), revs: [], keys: config.trailerOptions.keys })) {
        for (const commit of batch) leverage.set(commit.sha, commit.trailers);
      }
      // Every commit of the range, for the policy (merges, reverts, `Leverage: none`).
      const list = await runGit(
        ['log', '-z', '--encoding=UTF-8', `--format=%H%x1f%P%x1f%s%x1f%(trailers:key=${NO_LEVERAGE_KEY},valueonly,separator=%x1e)%x1f%B`, range, '--'],
        repo.root,
        undefined,
        io.env,
      );
      let checked = 0;
      const bad: string[] = [];
      const warned: string[] = [];
      for (const entry of list.split('\0').filter(Boolean)) {
        const [sha = '', parents = '', subject = '', none = '', ...body] = entry.split('\x1f');
        checked += 1;
        const trailers = [...(leverage.get(sha) ?? []), ...none.split('\x1e').filter(Boolean).map((value) => ({ key: NO_LEVERAGE_KEY, value: value.trim() }))];
        const message = body.join('\x1f');
        const result = checkCommitMessage({ trailers, subject, merging: parents.trim().includes(' '), reverting: false, message }, config.require, config.trailerOptions);
        // Commit text to a terminal: cut, and bidirectional controls named, as every renderer shows it.
        const head = `${sha.slice(0, 12)} ${neutraliseBidi(truncateText(subject, 72))}`;
        if (!result.ok) bad.push(`${head}\n${result.problems.map((p) => `    ${neutraliseBidi(describeProblem(p))}`).join('\n')}`);
        if (result.warnings.length > 0) warned.push(`${head}\n${result.warnings.map((w) => `    ${w}`).join('\n')}`);
      }
      if (warned.length > 0) {
        // Not a failure (the hook lets these commits through under this policy), but report will not count those lines.
        io.stderr(
          `git-leverage: warning: ${warned.length} commit${warned.length === 1 ? ' has' : 's have'} leverage lines that git does not read as trailers (report will not count them):\n${warned.map((w) => `  ${w}`).join('\n')}\n`,
        );
      }
      if (bad.length === 0) {
        const also = warned.length > 0 ? `, ${warned.length} with warnings` : '';
        io.stdout(`git-leverage: ${checked} commit${checked === 1 ? '' : 's'} in ${range} checked, all valid${also} (require: ${config.require})\n`);
        return;
      }
      io.stderr(`git-leverage: ${bad.length} of ${checked} commits in ${range} have leverage trailers that do not pass (require: ${config.require}):\n${bad.map((b) => `  ${b}`).join('\n')}\n`);
      context.setExitCode(1);
    });
}
