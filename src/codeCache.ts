/**
 * Runs a CommonJS bundle (dist/cli/cli.js or dist/hook/hook.js, and the chunks it loads) from a V8
 * code cache, so that a run does not compile again what the last one compiled: the CLI's commander,
 * zod, luxon and renderers; the hook's zod, schema and, with a `.leverage.yml`, yaml. Node 20 has no
 * `module.enableCompileCache` (Node 22), and this is the same thing by hand, `vm.Script` with
 * `cachedData`. Measured in bench/hook (docs/hooks.md, "Speed") and docs/benchmarks.md.
 *
 * - The caches are the user's own files, in `$XDG_CACHE_HOME/git-leverage` (else `~/.cache/...`):
 *   bytecode is code, so it never lives in a folder others can write (no /tmp), nor in the package
 *   (read-only when installed globally, and dist/ is compared with a fresh build in CI).
 * - V8 checks a cache against its own version and flags and rejects it otherwise, but of the source
 *   it checks only the length; so the caches of one build sit in a folder named after the bundle's
 *   kind, the content of all its files (the id scripts/build.mjs writes on the bundle's first line),
 *   the Node version and the architecture: `<kind>-<id>-node<version>-<arch>/<file>.v8cache`.
 * - A missing or rejected cache is written when the process exits (after the bundle ran, so the
 *   functions it compiled are in it), through a temporary file and a rename; any failure to read or
 *   write one only costs the compile it would have saved. Then the newest few folders of the kind
 *   are kept.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';

/** A bundle's first line: `// git-leverage <kind> bundle <id>`, the id a hash of the build's files. */
export const BUNDLE_ID_LINE = /^\/\/ git-leverage (cli|hook) bundle ([0-9a-f]{16,64})\n/;

/** Set to 1 to run without the cache (to compare, or to rule it out). */
export const NO_CODE_CACHE_ENV = 'GIT_LEVERAGE_NO_CODE_CACHE';

/** Cache folders kept of each kind (the newest): a few, for several installs or Node versions used in turn. */
export const CODE_CACHES_KEPT = 4;

/**
 * Where the caches live (`$XDG_CACHE_HOME/git-leverage`, `~/.cache/git-leverage`, on Windows
 * `%LOCALAPPDATA%\git-leverage`), or undefined for none. A relative path is ignored, as XDG says.
 */
export function codeCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env[NO_CODE_CACHE_ENV] === '1') return undefined;
  const absolute = (dir: string | undefined) => (dir && path.isAbsolute(dir) ? dir : undefined);
  const base = absolute(env.XDG_CACHE_HOME) ?? (absolute(env.HOME) ? path.join(env.HOME as string, '.cache') : absolute(env.LOCALAPPDATA));
  return base === undefined ? undefined : path.join(base, 'git-leverage');
}

/** The folder of one build's caches for this Node. */
export function codeCacheFolder(dir: string, kind: string, id: string): string {
  return path.join(dir, `${kind}-${id}-node${process.version}-${process.arch}`);
}

function save(pending: readonly [Script, string][], folder: string, kind: string): void {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    for (const [script, file] of pending) {
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
      renameSync(temporary, file);
    }
    const parent = path.dirname(folder);
    const folders = readdirSync(parent)
      .filter((name) => name.startsWith(`${kind}-`))
      .map((name) => ({ dir: path.join(parent, name), written: statSync(path.join(parent, name)).mtimeMs }))
      .sort((a, b) => b.written - a.written);
    for (const old of folders.slice(CODE_CACHES_KEPT)) if (old.dir !== folder) rmSync(old.dir, { recursive: true, force: true });
  } catch {
    // No cache this time: the next run compiles and tries again.
  }
}

/**
 * Runs a CommonJS bundle as Node would (`require`, `module`, `__dirname` of its own file), and the
 * chunks it requires (`./<name>.js` beside it), each through its cache.
 */
export function runWithCodeCache(bundle: string, cacheDir: string | undefined): void {
  const dir = path.dirname(bundle);
  const main = readFileSync(bundle, 'utf8');
  const [, kind, id] = BUNDLE_ID_LINE.exec(main) ?? [];
  const folder = kind && id && cacheDir ? codeCacheFolder(cacheDir, kind, id) : undefined;
  const pending: [Script, string][] = [];
  const loaded = new Map<string, unknown>();
  const nodeRequire = createRequire(bundle);

  const load = (file: string, source: string): unknown => {
    const cacheFile = folder && path.join(folder, `${path.basename(file)}.v8cache`);
    let cachedData: Buffer | undefined;
    try {
      if (cacheFile) cachedData = readFileSync(cacheFile);
    } catch {
      // none yet
    }
    // The wrapper adds no line, so line numbers in stack traces hold.
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
    if (cacheFile && (!cachedData || script.cachedDataRejected)) pending.push([script, cacheFile]);
    const module = { exports: {} };
    loaded.set(file, module.exports);
    (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, require, module, file, dir);
    loaded.set(file, module.exports);
    return module.exports;
  };
  // The bundle requires node's modules and its own chunks (`require("./" + chunk)`), nothing else.
  const require = (request: string): unknown => {
    if (!/^\.\/[\w.-]+\.js$/.test(request)) return nodeRequire(request);
    const file = path.join(dir, request);
    return loaded.has(file) ? loaded.get(file) : load(file, readFileSync(file, 'utf8'));
  };
  if (folder) process.once('exit', () => pending.length > 0 && save(pending, folder, kind as string));
  load(bundle, main);
}
