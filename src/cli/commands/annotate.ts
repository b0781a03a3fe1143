/**
 * `git-leverage annotate [--amend] [--force] --task ... --human ...`: adds or replaces leverage
 * trailers on HEAD's message. Without --amend it prints the new message; with it, HEAD is rewritten,
 * unless HEAD is already on its upstream branch (rewriting pushed history) and --force is not given.
 * With --note [<commit>], the figures go to the commit's leverage note instead (annotateNote.ts).
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { loadConfig } from '../../config/loadConfig.js';
import { openRepository } from '../../git/openRepository.js';
import { runGit, runGitRaw } from '../../git/runGit.js';
import { COMMIT_KIND_ENV } from '../../hooks/formatRejection.js';
import { parseTrailersWithGit } from '../../hooks/readMessageTrailers.js';
import { replaceLeverageTrailers } from '../../hooks/replaceLeverageTrailers.js';
import { gitPaths } from '../../hooks/runCommitMsgHook.js';
import { describeProblem, readLeverageTrailers } from '../../trailers/trailerSchema.js';
import type { CommandContext } from '../commandContext.js';
import { UsageError } from '../../userError.js';
import { annotateNote } from './annotateNote.js';
import { addLeverageOptions, checkFlagTrailers, messageWarnings, runGitAttached, trailersFromFlags, type LeverageFlags } from './leverageFlags.js';

/** The upstream branch that already contains HEAD, if any. */
export async function upstreamContainingHead(cwd: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const upstream = await runGitRaw(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'], cwd, undefined, env);
  if (upstream.exitCode !== 0) return undefined;
  const contained = await runGitRaw(['merge-base', '--is-ancestor', 'HEAD', '@{upstream}'], cwd, undefined, env);
  return contained.exitCode === 0 ? upstream.stdout.trim() : undefined;
}

export function registerAnnotateCommand(program: Command, context: CommandContext): void {
  const command = program
    .command('annotate')
    .description("add or replace leverage trailers on HEAD's message (prints it; --amend rewrites HEAD)")
    .option('--amend', 'rewrite HEAD with the new message (git commit --amend --only)')
    .option('--force', 'rewrite HEAD even when it is already on its upstream branch')
    .option('--note [commit]', "write the figures to the commit's note in refs/notes/leverage (default HEAD) instead: no commit is rewritten, the note replaces the commit's figures in reports");
  addLeverageOptions(command).action(async (flags: LeverageFlags & { amend?: boolean; force?: boolean; note?: string | true }) => {
    const { io } = context;
    if (flags.note !== undefined && (flags.amend || flags.force)) throw new UsageError('--note writes a note and rewrites no commit: leave out --amend and --force');
    const repo = await openRepository('.', io.cwd);
    if (!repo.hasCommits) throw new UsageError('there is no HEAD commit to annotate yet');
    const config = await loadConfig(repo.root);
    const options = config.trailerOptions;
    const trailers = trailersFromFlags(flags, options);
    if (trailers.length === 0) throw new UsageError('no leverage figures given (--task, --human, --claude, --sup, --tokens, --task-id)');
    checkFlagTrailers(trailers, options, true);
    if (flags.note !== undefined) {
      await annotateNote(repo, flags.note === true ? 'HEAD' : flags.note, trailers, options, io);
      return;
    }

    const message = (await runGit(['log', '-1', '--encoding=UTF-8', '--format=%B', 'HEAD'], repo.root, undefined, io.env)).replace(/\n+$/, '\n');
    // A figure given again replaces the old one.
    const annotated = await replaceLeverageTrailers(message, trailers, repo.root, io.env);
    const parsed = await parseTrailersWithGit(Buffer.from(annotated), repo.root, io.env);
    const verdict = readLeverageTrailers(parsed, options);
    if (verdict.kind === 'invalid') {
      throw new UsageError(`HEAD's message with these figures would not validate:\n${verdict.problems.map((p) => `  ${describeProblem(p)}`).join('\n')}`);
    }
    io.stderr(messageWarnings(annotated, parsed, options, "in HEAD's message", 'the figures are added all the same: git commit --amend to move those lines'));
    if (!flags.amend) {
      io.stdout(annotated);
      return;
    }
    const upstream = await upstreamContainingHead(repo.root, io.env);
    if (upstream && !flags.force) {
      io.stderr(
        `git-leverage: HEAD is already on ${upstream}: amending it would rewrite a commit others may have. ` +
          'Record the figures on your next commit instead, or pass --force (and push with --force-with-lease).\n',
      );
      context.setExitCode(1);
      return;
    }
    const [file = ''] = await gitPaths(repo.root, io.env, ['LEVERAGE_EDITMSG']);
    await writeFile(file, annotated);
    // The hook cannot tell an amend from a commit: told, a refusal's retry carries --amend.
    const env = { ...io.env, [COMMIT_KIND_ENV]: 'amend' };
    const code = await runGitAttached(['commit', '--amend', '--only', '--quiet', '--allow-empty', '--cleanup=verbatim', '-F', file], { ...io, env, cwd: repo.root });
    context.setExitCode(code);
  });
}
