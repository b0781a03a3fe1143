/**
 * The folder for Node's compile cache of git-leverage (see startBundle.ts):
 * `$XDG_CACHE_HOME/git-leverage`, else `~/.cache/git-leverage`, else (Windows)
 * `%LOCALAPPDATA%\git-leverage`; undefined when none of them is an absolute path, as XDG asks.
 * Never the folder Node picks by itself (`os.tmpdir()`): compiled code is code, so it lives only in
 * a folder that is the user's own, and with no such folder there is no cache.
 */
import path from 'node:path';

export function compileCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  const absolute = (dir: string | undefined) => (dir && path.isAbsolute(dir) ? dir : undefined);
  const home = absolute(env.HOME);
  const base = absolute(env.XDG_CACHE_HOME) ?? (home ? path.join(home, '.cache') : absolute(env.LOCALAPPDATA));
  return base === undefined ? undefined : path.join(base, 'git-leverage');
}
