/**
 * Installs, removes and describes our hooks in one hooks folder (the CLI picks which: see
 * locateHooks.ts). A hook that is not ours is never overwritten: it is kept beside ours under
 * CHAINED_SUFFIX and run first; uninstall puts it back as it was (a rename: same bytes, same mode).
 */
import { existsSync } from 'node:fs';
import { chmod, lstat, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../userError.js';
import { CHAINED_SUFFIX, ownHookName, renderHookScript, type HookName, type HookScriptOptions } from './renderHookScript.js';

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
  /** Ours, installed with --measure. */
  measure: boolean;
}

async function readIfFile(file: string): Promise<string | undefined> {
  const info = await lstat(file).catch(() => undefined);
  if (!info) return undefined;
  // A symlink or a binary is someone else's hook; only a regular file can be ours.
  if (!info.isFile()) return '';
  return readFile(file, 'latin1');
}

/** What is in `hooksDir` for one hook: ours, another tool's, or nothing, and what it chains. */
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
    measure: ours && /^measure=1$/m.test(text),
  };
}

/** A hook that cannot be installed without losing another one (the CLI prints the message alone). */
export class HookInstallError extends UserError {
  override name = 'HookInstallError';
}

export interface InstallOutcome {
  hook: HookName;
  file: string;
  /** `installed` where there was none of ours, `updated` where ours was refreshed. */
  action: 'installed' | 'updated';
  /** The other tool's hook ours runs first, if any; `keptNow` when this install moved it aside. */
  chained: string | undefined;
  keptNow: boolean;
}

/** Installs one hook in `hooksDir`, keeping (and chaining) a hook that is not ours. */
export async function installHook(hooksDir: string, hook: HookName, options: HookScriptOptions): Promise<InstallOutcome> {
  await mkdir(hooksDir, { recursive: true });
  const status = await hookStatus(hooksDir, hook);
  const script = renderHookScript(hook, options);
  const keptNow = status.state === 'foreign';
  if (keptNow) {
    if (status.chained) {
      throw new HookInstallError(`${status.file} is not git-leverage's and ${status.chained} already exists: move one of them away, then install again`);
    }
    await rename(status.file, status.file + CHAINED_SUFFIX);
  }
  await writeFile(status.file, script, { mode: 0o755 });
  await chmod(status.file, 0o755);
  return {
    hook,
    file: status.file,
    action: status.state === 'ours' ? 'updated' : 'installed',
    chained: keptNow ? status.file + CHAINED_SUFFIX : status.chained,
    keptNow,
  };
}

export interface UninstallOutcome {
  hook: HookName;
  file: string;
  /** removed: ours deleted; restored: ours deleted and the chained hook put back; foreign: not ours, left alone. */
  result: 'removed' | 'restored' | 'foreign' | 'absent';
}

/** Removes our hook and puts back the one it chained; a hook that is not ours is left alone. */
export async function uninstallHook(hooksDir: string, hook: HookName): Promise<UninstallOutcome> {
  const status = await hookStatus(hooksDir, hook);
  if (status.state === 'foreign') return { hook, file: status.file, result: 'foreign' };
  if (status.state === 'ours') await unlink(status.file);
  if (status.chained) {
    await rename(status.chained, status.file);
    return { hook, file: status.file, result: 'restored' };
  }
  return { hook, file: status.file, result: status.state === 'ours' ? 'removed' : 'absent' };
}
