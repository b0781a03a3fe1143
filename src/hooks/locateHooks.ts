/**
 * Where git runs a repository's hooks from, and why: `core.hooksPath` from whichever config scope set
 * it last (local, worktree, global, system, or `git -c`), else the git dir's own `hooks` folder. Other
 * tools (husky, Codex, company setups) set core.hooksPath, so `hook install`, `uninstall` and `status`
 * must name the folder and the setting, and know the folders git no longer runs (hooks of ours left
 * there check nothing).
 */
import path from 'node:path';
import { runGit, runGitRaw } from '../git/runGit.js';

/** One `core.hooksPath` value as git reports it, in the order git reads them (the last one wins). */
export interface HooksPathSetting {
  /** git's scope name: `system`, `global`, `local`, `worktree` or `command`. */
  scope: string;
  /** The config file that holds it (absolute), or undefined for `git -c` and GIT_CONFIG_* variables. */
  file: string | undefined;
  /** The folder it names, absolute (relative values are relative to the working tree's top level). */
  dir: string;
}

export interface HooksLocation {
  /** The working tree's top level (the git dir of a bare repository). */
  root: string;
  /** The git dir shared by every worktree. */
  commonDir: string;
  /** The folder git runs hooks from (absolute), as `git rev-parse --git-path hooks` says. */
  hooksDir: string;
  /** The core.hooksPath setting that chose hooksDir; undefined when git uses its own folder. */
  setBy: HooksPathSetting | undefined;
  /** The git dir's own hooks folder (`<common git dir>/hooks`). */
  defaultDir: string;
  /** Folders git would use but for a setting that overrides them: hooks there never run here. */
  unusedDirs: string[];
  /** Every core.hooksPath value, in git's reading order (the last one is setBy). */
  settings: readonly HooksPathSetting[];
  /**
   * hooksDir lies outside the working tree and the git dir: other repositories may run hooks from
   * it (a global core.hooksPath is shared by every repository that does not override it).
   */
  shared: boolean;
}

function isInside(dir: string, parent: string): boolean {
  const relative = path.relative(parent, dir);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/**
 * Parses `git config --show-scope --show-origin --type=path -z --get-all core.hooksPath` (NUL-separated
 * scope, origin, value triples) into settings, in git's reading order.
 */
export function parseHooksPathSettings(output: string, root: string): HooksPathSetting[] {
  const fields = output.split('\0');
  const settings: HooksPathSetting[] = [];
  for (let i = 0; i + 2 < fields.length; i += 3) {
    const [scope, origin, value] = [fields[i] as string, fields[i + 1] as string, fields[i + 2] as string];
    if (value === '') continue;
    // git prints a local file relative to the folder it ran in (the top level here).
    const file = origin.startsWith('file:') ? path.resolve(root, origin.slice('file:'.length)) : undefined;
    settings.push({ scope, file, dir: path.resolve(root, value) });
  }
  return settings;
}

/** Whether `dir` lies outside the working tree and the git dir, so other repositories may share it. */
export function outsideRepository(location: Pick<HooksLocation, 'root' | 'commonDir'>, dir: string): boolean {
  return !isInside(dir, location.root) && !isInside(dir, location.commonDir);
}

/** Builds the location from git's answers (pure: the adapter below asks git). */
export function hooksLocationFrom(answers: { root: string; hooksDir: string; commonDir: string; settings: readonly HooksPathSetting[] }): HooksLocation {
  const { root, hooksDir, commonDir, settings } = answers;
  const defaultDir = path.join(commonDir, 'hooks');
  // git reads every value and keeps the last: the earlier ones, and git's own folder, are not run.
  const setBy = settings[settings.length - 1];
  const earlier = setBy ? [defaultDir, ...settings.slice(0, -1).map((setting) => setting.dir)] : [];
  const unusedDirs = [...new Set(earlier)].filter((dir) => dir !== hooksDir && dir !== setBy?.dir);
  return { root, commonDir, hooksDir, setBy, defaultDir, unusedDirs, settings, shared: outsideRepository({ root, commonDir }, hooksDir) };
}

/** `core.hooksPath, set in the global config /home/me/.gitconfig`, for messages. */
export function describeSetting(setting: HooksPathSetting): string {
  if (!setting.file) return 'core.hooksPath, set on the command line (git -c or GIT_CONFIG_* variables)';
  return `core.hooksPath, set in the ${setting.scope} config ${setting.file}`;
}

/** The folder and why git uses it, in one phrase: `/repo/githooks (core.hooksPath, set in ...)`. */
export function describeHooksLocation(location: HooksLocation): string {
  if (!location.setBy) return `${location.hooksDir} (the repository's own hooks folder; core.hooksPath is not set)`;
  return `${location.hooksDir} (${describeSetting(location.setBy)})`;
}

/** Asks git where the repository at `root` (its top level) runs hooks from. */
export async function locateHooks(root: string, env: NodeJS.ProcessEnv): Promise<HooksLocation> {
  const [hooksDir, commonDir] = (await runGit(['rev-parse', '--path-format=absolute', '--git-path', 'hooks', '--git-common-dir'], root, undefined, env)).split('\n');
  // Exit 1 with no output means the key is not set anywhere.
  const config = await runGitRaw(['config', '--show-scope', '--show-origin', '--type=path', '-z', '--get-all', 'core.hooksPath'], root, undefined, env);
  const settings = config.exitCode === 0 ? parseHooksPathSettings(config.stdout, root) : [];
  return hooksLocationFrom({ root, hooksDir: hooksDir as string, commonDir: commonDir as string, settings });
}
