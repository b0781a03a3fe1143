/**
 * `git-leverage hook install|uninstall|status|commit-msg|prepare-commit-msg`: the git hooks that
 * validate leverage trailers at commit time and write an agent's figures.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config/loadConfig.js';
import { openRepository } from '../../git/openRepository.js';
import { HookInstallError, hookStatus, installHook, uninstallHook, type HookStatus, type InstallOutcome } from '../../hooks/installHooks.js';
import { describeHooksLocation, locateHooks, outsideRepository, type HooksLocation } from '../../hooks/locateHooks.js';
import { hookEntryPath } from '../../hooks/packageRoot.js';
import { HOOK_NAMES, type HookName } from '../../hooks/renderHookScript.js';
import { runHook } from '../../hooks/runHook.js';
import { LEVERAGE_FIELDS } from '../../trailers/trailerSchema.js';
import type { CommandContext } from '../commandContext.js';
import { UserError } from '../../userError.js';

interface RepoFlag {
  repo?: string;
}

interface SharedFlag {
  shared?: boolean;
}

const SHARED_HELP = 'also when the hooks folder (core.hooksPath) is outside this repository, so other repositories use it too';
const CALL_FROM_THEIR_HOOK = 'call `git-leverage hook commit-msg "$1"` from the commit-msg hook there (docs/hooks.md, "Beside other tools\' hooks")';

async function locate(flags: RepoFlag, context: CommandContext): Promise<{ root: string; location: HooksLocation }> {
  const repo = await openRepository(flags.repo ?? '.', context.io.cwd);
  return { root: repo.root, location: await locateHooks(repo.root, context.io.env) };
}

function listed(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** `installed commit-msg and prepare-commit-msg` / `updated commit-msg, installed prepare-commit-msg`. */
function installSummary(outcomes: readonly InstallOutcome[]): string {
  return (['updated', 'installed'] as const)
    .map((action) => ({ action, hooks: outcomes.filter((outcome) => outcome.action === action).map((outcome) => outcome.hook) }))
    .filter((group) => group.hooks.length > 0)
    .map((group) => `${group.action} ${listed(group.hooks)}`)
    .join(', ');
}

interface DeadHooks {
  dir: string;
  /** Outside this repository: other repositories may still run them. */
  shared: boolean;
  hooks: HookStatus[];
}

/** Ours in folders git no longer runs for this repository (left behind when a tool set core.hooksPath). */
async function deadHooks(location: HooksLocation): Promise<DeadHooks[]> {
  const found: DeadHooks[] = [];
  for (const dir of location.unusedDirs) {
    const hooks = (await Promise.all(HOOK_NAMES.map((name) => hookStatus(dir, name)))).filter((status) => status.state === 'ours');
    if (hooks.length > 0) found.push({ dir, shared: outsideRepository(location, dir), hooks });
  }
  return found;
}

function installCommand(hooks: readonly HookStatus[], shared: boolean): string {
  const prepare = hooks.some((status) => status.hook === 'prepare-commit-msg');
  const measure = hooks.some((status) => status.measure);
  return `git-leverage hook install${measure ? ' --measure' : prepare ? ' --prepare' : ''}${shared ? ' --shared' : ''}`;
}

export function registerHookCommand(program: Command, context: CommandContext): void {
  const { io } = context;
  const hook = program.command('hook').description('install, remove or run the git hooks that check and write leverage trailers');

  hook
    .command('install')
    .description('install the commit-msg hook (and prepare-commit-msg with --prepare) where git looks for hooks, chaining any hook already there')
    .option('--prepare', 'also install prepare-commit-msg: LEVERAGE_* variables become trailers')
    .option('--measure', 'prepare-commit-msg also fills measured Claude-Minutes, Supervisory-Minutes and Tokens (implies --prepare)')
    .option('--shared', `install ${SHARED_HELP}`)
    .option('--repo <dir>', 'the repository (default: .)')
    .action(async (flags: RepoFlag & SharedFlag & { prepare?: boolean; measure?: boolean }) => {
      const { root, location } = await locate(flags, context);
      if (location.shared && !flags.shared) {
        // A global core.hooksPath (Codex, company setups) is every repository's hooks folder: adding
        // ours there changes commits everywhere, so it takes an explicit flag.
        throw new HookInstallError(
          `git runs this repository's hooks from ${describeHooksLocation(location)}, outside this repository: installing there would add git-leverage's hooks to every repository that uses that folder. Add --shared to install there anyway, or ${CALL_FROM_THEIR_HOOK}`,
        );
      }
      const config = await loadConfig(root);
      const entry = hookEntryPath();
      // Not the user's command line but the package: a plain error (exit 1), not a usage error.
      if (!existsSync(entry)) throw new UserError(`${entry} is missing: build the package first (npm run build), or install git-leverage again`);
      const options = { node: process.execPath, entry, keys: LEVERAGE_FIELDS.map((field) => config.trailerOptions.keys[field]), measure: Boolean(flags.measure) };
      const names: HookName[] = flags.prepare || flags.measure ? ['commit-msg', 'prepare-commit-msg'] : ['commit-msg'];
      const outcomes: InstallOutcome[] = [];
      for (const name of names) outcomes.push(await installHook(location.hooksDir, name, options));
      io.stdout(`${installSummary(outcomes)} in ${describeHooksLocation(location)}\n`);
      for (const outcome of outcomes) {
        if (outcome.keptNow) io.stdout(`  ${outcome.hook}: the hook that was there is kept as ${outcome.chained} and runs first; either can refuse the commit\n`);
        else if (outcome.chained) io.stdout(`  ${outcome.hook}: still runs ${outcome.chained} first\n`);
      }
      // husky v9 writes every file of .husky/_ again when it installs: ours would be overwritten.
      if (path.basename(location.hooksDir) === '_' && path.basename(path.dirname(location.hooksDir)) === '.husky') {
        io.stdout('  note: husky rewrites this folder when it installs; put `npx --no -- git-leverage hook commit-msg "$1"` in .husky/commit-msg instead (docs/hooks.md)\n');
      }
      // Ours left in a folder git no longer runs (installed before a tool set core.hooksPath) would
      // only mislead: moved here, they are removed there and what they chained is put back. A
      // folder other repositories use is never touched from here.
      for (const dead of await deadHooks(location)) {
        for (const status of dead.hooks) {
          if (dead.shared || !names.includes(status.hook)) continue;
          const result = await uninstallHook(dead.dir, status.hook);
          io.stdout(`  ${status.hook}: removed git-leverage's copy from ${dead.dir}, which git no longer runs${result.result === 'restored' ? ', and put back the hook it chained' : ''}\n`);
        }
      }
    });

  hook
    .command('uninstall')
    .description('remove our hooks and put back any hook they chained')
    .option('--shared', `remove ours ${SHARED_HELP}`)
    .option('--repo <dir>', 'the repository (default: .)')
    .action(async (flags: RepoFlag & SharedFlag) => {
      const { location } = await locate(flags, context);
      const { hooksDir } = location;
      for (const name of HOOK_NAMES) {
        const status = await hookStatus(hooksDir, name);
        if (location.shared && !flags.shared && (status.state === 'ours' || status.chained)) {
          io.stdout(`${name}: left in ${hooksDir}, which other repositories use too (${describeHooksLocation(location)}); add --shared to remove it from there\n`);
          continue;
        }
        const outcome = await uninstallHook(hooksDir, name);
        const said = {
          restored: `${name}: removed; restored the earlier hook ${outcome.file}`,
          removed: `${name}: removed from ${outcome.file}`,
          foreign: `${name}: ${outcome.file} is not git-leverage's; left alone`,
          absent: `${name}: not installed in ${hooksDir}`,
        }[outcome.result];
        io.stdout(`${said}\n`);
      }
      // Copies left where git no longer looks (this repository's own folders only).
      for (const dead of await deadHooks(location)) {
        if (dead.shared) continue;
        for (const status of dead.hooks) {
          const outcome = await uninstallHook(dead.dir, status.hook);
          io.stdout(`${status.hook}: also removed from ${dead.dir} (git no longer runs it)${outcome.result === 'restored' ? `; restored the earlier hook ${outcome.file}` : ''}\n`);
        }
      }
    });

  hook
    .command('status')
    .description('say where git runs hooks from and why, which are ours, and what they chain')
    .option('--repo <dir>', 'the repository (default: .)')
    .action(async (flags: RepoFlag) => {
      const { location } = await locate(flags, context);
      io.stdout(`hooks folder: ${describeHooksLocation(location)}\n`);
      if (location.shared) io.stdout('  outside this repository: every repository that uses this folder runs the same hooks\n');
      for (const name of HOOK_NAMES) {
        const status = await hookStatus(location.hooksDir, name);
        const what =
          status.state === 'ours'
            ? `git-leverage, running ${status.entry}${status.entryExists ? '' : ' (MISSING: install again)'}${status.chained ? `; chains ${status.chained} (runs first)` : ''}`
            : status.state === 'foreign'
              ? `another tool's hook (not git-leverage's)${status.chained ? `; ${status.chained}, kept by an earlier git-leverage install, is run by nothing now` : ''}`
              : `not installed${status.chained ? `; ${status.chained}, kept by an earlier git-leverage install, is run by nothing now` : ''}`;
        io.stdout(`${name}: ${what}\n`);
      }
      for (const dead of await deadHooks(location)) {
        const names = listed(dead.hooks.map((status) => status.hook));
        const fix = dead.shared
          ? 'they still run in repositories that use that folder; `git-leverage hook uninstall --shared` run where that folder is in use removes them'
          : `fix: ${installCommand(dead.hooks, location.shared)} (installs in ${location.hooksDir}, chaining what is there, and removes these)${location.shared ? `, or ${CALL_FROM_THEIR_HOOK}` : ''}`;
        io.stdout(`warning: git-leverage's ${names} in ${dead.dir} never run${dead.shared ? ' in this repository' : ''}: git runs hooks from ${describeHooksLocation(location)}; ${fix}\n`);
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
