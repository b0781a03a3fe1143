/**
 * Installs, removes and describes our hooks in the folder git really uses (`git rev-parse --git-path
 * hooks`, so core.hooksPath and worktrees are honoured). A hook that is not ours is never overwritten:
 * it is kept beside ours under CHAINED_SUFFIX and run first; uninstall puts it back as it was.
 */
import { existsSync } from 'node:fs';
import { chmod, lstat, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runGit } from '../git/runGit.js';
import { CHAINED_SUFFIX, ownHookName, renderHookScript, type HookName, type HookScriptOptions } from './renderHookScript.js';

export interface HookLocation {
  hooksDir: string;
}

/** The hooks folder git uses for the repository at `cwd` (absolute). */
export async function hooksDirectory(cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  return (await runGit(['rev-parse', '--path-format=absolute', '--git-path', 'hooks'], cwd, undefined, env)).trim();
}

export type HookState = 'absent' | 'ours' | 'foreign';

export interface HookStatus {
  hook: HookName;
  file: string;
  state: HookState;
  /** The foreign hook kept and run before ours, when there is one. */
  chained: string | undefined;
  /** The bundle our hook runs (ours only), and whether it is still there. */
  entry: string | undefined;
  entryExists: boolean;
}

async function readIfFile(file: string): Promise<string | undefined> {
  const info = await lstat(file).catch(() => undefined);
  if (!info) return undefined;
  // A symlink or a binary is someone else's hook; only a regular file can be ours.
  if (!info.isFile()) return '';
  return readFile(file, 'latin1');
}

export async function hookStatus(hooksDir: string, hook: HookName): Promise<HookStatus> {
  const file = path.join(hooksDir, hook);
  const text = await readIfFile(file);
  const chainedFile = file + CHAINED_SUFFIX;
  const chained = (await lstat(chainedFile).catch(() => undefined)) ? chainedFile : undefined;
  const ours = text !== undefined && ownHookName(text) === hook;
  const entry = ours ? /^entry='((?:[^']|'\\'')*)'$/m.exec(text)?.[1]?.replaceAll(`'\\''`, "'") : undefined;
  return {
    hook,
    file,
    state: text === undefined ? 'absent' : ours ? 'ours' : 'foreign',
    chained,
    entry,
    entryExists: entry !== undefined && existsSync(entry),
  };
}

export class HookInstallError extends Error {
  override name = 'HookInstallError';
}

/** Installs one hook; returns what happened, for the user. */
export async function installHook(hooksDir: string, hook: HookName, options: HookScriptOptions): Promise<string> {
  await mkdir(hooksDir, { recursive: true });
  const status = await hookStatus(hooksDir, hook);
  const script = renderHookScript(hook, options);
  if (status.state === 'foreign') {
    if (status.chained) {
      throw new HookInstallError(`${status.file} is not ours and ${status.chained} already exists: move one of them away, then install again`);
    }
    await rename(status.file, status.file + CHAINED_SUFFIX);
  }
  await writeFile(status.file, script, { mode: 0o755 });
  await chmod(status.file, 0o755);
  if (status.state === 'foreign') return `${hook}: installed in ${status.file}; the existing hook is kept as ${status.file + CHAINED_SUFFIX} and runs first`;
  if (status.state === 'ours') return `${hook}: updated in ${status.file}${status.chained ? ` (still chaining ${status.chained})` : ''}`;
  return `${hook}: installed in ${status.file}${status.chained ? ` (chaining ${status.chained})` : ''}`;
}

/** Removes our hook and puts back the one it chained; a hook that is not ours is left alone. */
export async function uninstallHook(hooksDir: string, hook: HookName): Promise<string> {
  const status = await hookStatus(hooksDir, hook);
  if (status.state === 'foreign') return `${hook}: ${status.file} is not git-leverage's; left alone`;
  if (status.state === 'ours') await unlink(status.file);
  if (status.chained) {
    await rename(status.chained, status.file);
    return `${hook}: removed; restored the earlier hook ${status.file}`;
  }
  return status.state === 'ours' ? `${hook}: removed from ${status.file}` : `${hook}: not installed in ${hooksDir}`;
}
