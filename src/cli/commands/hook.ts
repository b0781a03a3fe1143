/**
 * `git-leverage hook install|uninstall|status|commit-msg|prepare-commit-msg`: the git hooks that
 * validate leverage trailers at commit time and write an agent's figures.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config/loadConfig.js';
import { openRepository } from '../../git/openRepository.js';
import { hookStatus, hooksDirectory, installHook, uninstallHook } from '../../hooks/installHooks.js';
import { hookEntryPath } from '../../hooks/packageRoot.js';
import { HOOK_NAMES, type HookName } from '../../hooks/renderHookScript.js';
import { runHook } from '../../hooks/runHook.js';
import { LEVERAGE_FIELDS } from '../../trailers/trailerSchema.js';
import type { CommandContext } from '../commandContext.js';
import { UsageError } from '../../userError.js';

interface RepoFlag {
  repo?: string;
}

async function hooksDirOf(flags: RepoFlag, context: CommandContext): Promise<{ root: string; hooksDir: string }> {
  const repo = await openRepository(flags.repo ?? '.', context.io.cwd);
  return { root: repo.root, hooksDir: await hooksDirectory(repo.root, context.io.env) };
}

export function registerHookCommand(program: Command, context: CommandContext): void {
  const { io } = context;
  const hook = program.command('hook').description('install, remove or run the git hooks that check and write leverage trailers');

  hook
    .command('install')
    .description('install the commit-msg hook (and prepare-commit-msg with --prepare) where git looks for hooks')
    .option('--prepare', 'also install prepare-commit-msg: LEVERAGE_* variables become trailers')
    .option('--measure', 'prepare-commit-msg also fills measured Claude-Minutes, Supervisory-Minutes and Tokens (implies --prepare)')
    .option('--repo <dir>', 'the repository (default: .)')
    .action(async (flags: RepoFlag & { prepare?: boolean; measure?: boolean }) => {
      const { root, hooksDir } = await hooksDirOf(flags, context);
      const config = await loadConfig(root);
      const entry = hookEntryPath();
      if (!existsSync(entry)) throw new UsageError(`${entry} is missing: build the package first (npm run build)`);
      const options = { node: process.execPath, entry, keys: LEVERAGE_FIELDS.map((field) => config.trailerOptions.keys[field]), measure: Boolean(flags.measure) };
      const hooks: HookName[] = flags.prepare || flags.measure ? ['commit-msg', 'prepare-commit-msg'] : ['commit-msg'];
      for (const name of hooks) io.stdout(`${await installHook(hooksDir, name, options)}\n`);
    });

  hook
    .command('uninstall')
    .description('remove our hooks and put back any hook they chained')
    .option('--repo <dir>', 'the repository (default: .)')
    .action(async (flags: RepoFlag) => {
      const { hooksDir } = await hooksDirOf(flags, context);
      for (const name of HOOK_NAMES) io.stdout(`${await uninstallHook(hooksDir, name)}\n`);
    });

  hook
    .command('status')
    .description('say which hooks are installed where')
    .option('--repo <dir>', 'the repository (default: .)')
    .action(async (flags: RepoFlag) => {
      const { root, hooksDir } = await hooksDirOf(flags, context);
      io.stdout(`hooks folder: ${hooksDir}${path.relative(root, hooksDir).startsWith('.git') ? '' : ' (core.hooksPath)'}\n`);
      for (const name of HOOK_NAMES) {
        const status = await hookStatus(hooksDir, name);
        const what =
          status.state === 'ours'
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
      .action(async (file: string, source: string | undefined) => {
        const code = await runHook([name, file, ...(source ? [source] : [])], { cwd: io.cwd, env: io.env, stderr: io.stderr, now: io.now });
        context.setExitCode(code);
      });
  }
}
