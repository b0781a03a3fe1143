/**
 * `git-leverage annotate [--amend] [--force] --task ... --human ...`: adds or replaces leverage
 * trailers on HEAD's message. Without --amend it prints the new message; with it, HEAD is rewritten,
 * unless HEAD is already on its upstream branch (rewriting pushed history) and --force is not given.
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { loadConfig } from '../../config/loadConfig.js';
import { openRepository } from '../../git/openRepository.js';
import { runGit, runGitRaw } from '../../git/runGit.js';
import { parseTrailersWithGit } from '../../hooks/readMessageTrailers.js';
import { gitPaths } from '../../hooks/runCommitMsgHook.js';
import { describeProblem, readLeverageTrailers } from '../../trailers/trailerSchema.js';
import type { CommandContext } from '../program.js';
import { UsageError } from '../usageError.js';
import { addLeverageOptions, checkFlagTrailers, runGitAttached, trailersFromFlags, type LeverageFlags } from './leverageFlags.js';

/** The upstream branch that already contains HEAD, if any. */
export async function upstreamContainingHead(cwd: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const upstream = await runGitRaw(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'], cwd, undefined, env);
  if (upstream.exitCode !== 0) return undefined;
  const contained = await runGitRaw(['merge-base', '--is-ancestor', 'HEAD', '@{upstream}'], cwd, undefined, env);
  return contained.exitCode === 0 ? upstream.stdout.trim() : undefined;
}

/** Removes the lines (and folded continuations) of the given trailer keys from the last paragraph. */
export function dropTrailers(message: string, keys: readonly string[]): string {
  const lines = message.replace(/\n+$/, '').split('\n');
  let start = lines.length;
  while (start > 0 && (lines[start - 1] as string).trim() !== '') start -= 1;
  if (start === 0) return message;
  const wanted = new Set(keys.map((key) => key.toLowerCase()));
  const kept = lines.slice(0, start);
  let dropping = false;
  for (const line of lines.slice(start)) {
    if (/^\s/.test(line) && dropping) continue;
    const key = /^([A-Za-z0-9][A-Za-z0-9-]*)\s*[^A-Za-z0-9\s-]/.exec(line)?.[1];
    dropping = key !== undefined && wanted.has(key.toLowerCase());
    if (!dropping) kept.push(line);
  }
  return `${kept.join('\n').replace(/\n+$/, '')}\n`;
}

export function registerAnnotateCommand(program: Command, context: CommandContext): void {
  const command = program
    .command('annotate')
    .description("add or replace leverage trailers on HEAD's message (prints it; --amend rewrites HEAD)")
    .option('--amend', 'rewrite HEAD with the new message (git commit --amend --only)')
    .option('--force', 'rewrite HEAD even when it is already on its upstream branch');
  addLeverageOptions(command).action(async (flags: LeverageFlags & { amend?: boolean; force?: boolean }) => {
    const { io } = context;
    const repo = await openRepository('.', io.cwd);
    if (!repo.hasCommits) throw new UsageError('there is no HEAD commit to annotate yet');
    const config = await loadConfig(repo.root);
    const options = config.trailerOptions;
    const trailers = trailersFromFlags(flags, options);
    if (trailers.length === 0) throw new UsageError('no leverage figures given (--task, --human, --claude, --sup, --tokens, --task-id)');
    checkFlagTrailers(trailers, options, true);

    const message = (await runGit(['log', '-1', '--encoding=UTF-8', '--format=%B', 'HEAD'], repo.root, undefined, io.env)).replace(/\n+$/, '\n');
    // A figure given again replaces the old one: its lines are dropped here, by whole key, because
    // git's own `--if-exists replace` matches keys by prefix (`Task` would replace `Task-Id`).
    const annotated = await runGit(
      ['interpret-trailers', '--no-divider', '--if-exists', 'add', ...trailers.flatMap((t) => ['--trailer', `${t.key}: ${t.value}`])],
      repo.root,
      dropTrailers(message, trailers.map((t) => t.key)),
      io.env,
    );
    const verdict = readLeverageTrailers(await parseTrailersWithGit(Buffer.from(annotated), repo.root, io.env), options);
    if (verdict.kind === 'invalid') {
      throw new UsageError(`HEAD's message with these figures would not validate:\n${verdict.problems.map((p) => `  ${describeProblem(p)}`).join('\n')}`);
    }
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
    const code = await runGitAttached(['commit', '--amend', '--only', '--quiet', '--allow-empty', '--cleanup=verbatim', '-F', file], { ...io, cwd: repo.root });
    context.setExitCode(code);
  });
}
