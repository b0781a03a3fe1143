/**
 * The config's `estimates.exclude` globs as a test on paths. Apart from changedLines.ts so that
 * picomatch is loaded only by a repository whose config has globs.
 */
import picomatch from 'picomatch';

/** Tests paths against the config's `estimates.exclude` globs (patterns without a slash match a file name anywhere, as in .gitignore). */
export function createGlobFilter(globs: readonly string[]): (path: string) => boolean {
  // picomatch's `basename` applies to every pattern or none: a pattern with a slash needs it off.
  const anywhere = globs.filter((glob) => !glob.includes('/'));
  const rooted = globs.filter((glob) => glob.includes('/'));
  const tests = [...(anywhere.length > 0 ? [picomatch(anywhere, { dot: true, basename: true })] : []), ...(rooted.length > 0 ? [picomatch(rooted, { dot: true })] : [])];
  return (path) => tests.some((test) => test(path));
}
