/**
 * How many lines of a commit say something about effort: git's numstat rows, less binary files,
 * lockfiles, files `.gitattributes` marks `linguist-generated` or `linguist-vendored`, and the
 * config's `estimates.exclude` globs. Pure: the git adapter (git/changeSizes.ts) supplies the rows
 * and the attributes.
 */
/** One numstat row: lines added and deleted (undefined for a binary file), and the path after the change. */
export interface NumstatRow {
  added: number | undefined;
  deleted: number | undefined;
  path: string;
}

/**
 * Lockfiles, by file name: written by a package manager, never by hand, and often thousands of
 * lines for a one-line version bump.
 */
export const LOCKFILE_NAMES: ReadonlySet<string> = new Set([
  'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb', 'deno.lock', // JavaScript
  'Cargo.lock', // Rust
  'go.sum', 'go.work.sum', // Go
  'poetry.lock', 'Pipfile.lock', 'pdm.lock', 'uv.lock', 'pylock.toml', // Python
  'Gemfile.lock', // Ruby (Bundler)
  'composer.lock', // PHP
  'mix.lock', // Elixir
  'pubspec.lock', // Dart
  'Podfile.lock', 'Package.resolved', // Swift, CocoaPods
  'packages.lock.json', // .NET (NuGet)
  'gradle.lockfile', // Gradle
  'flake.lock', // Nix
  'conan.lock', // C/C++ (Conan)
  'stack.yaml.lock', 'cabal.project.freeze', // Haskell
]);

/** Why a path is left out, in the words docs/estimates.md uses; undefined when it counts. */
export type Exclusion = 'binary' | 'lockfile' | 'generated' | 'vendored' | 'config';

/** What `.gitattributes` says of a path (git check-attr). */
export interface PathAttributes {
  generated: boolean;
  vendored: boolean;
}

/** Whether a path is a lockfile (by its file name). */
export function isLockfile(path: string): boolean {
  return LOCKFILE_NAMES.has(path.slice(path.lastIndexOf('/') + 1));
}

/** Why `row` says nothing about effort, or undefined when its lines count. */
export function exclusionOf(row: NumstatRow, attributes: PathAttributes | undefined, excludedByConfig: (path: string) => boolean): Exclusion | undefined {
  if (row.added === undefined || row.deleted === undefined) return 'binary';
  if (isLockfile(row.path)) return 'lockfile';
  if (attributes?.generated) return 'generated';
  if (attributes?.vendored) return 'vendored';
  if (excludedByConfig(row.path)) return 'config';
  return undefined;
}

/** Added + deleted lines of the rows that count. */
export function countChangedLines(rows: readonly NumstatRow[], attributes: ReadonlyMap<string, PathAttributes>, excludedByConfig: (path: string) => boolean): number {
  let lines = 0;
  for (const row of rows) {
    if (exclusionOf(row, attributes.get(row.path), excludedByConfig) === undefined) lines += (row.added as number) + (row.deleted as number);
  }
  return lines;
}
