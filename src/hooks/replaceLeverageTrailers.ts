/**
 * A message with leverage trailers set: the given keys' old lines dropped, the new ones added by git
 * (`git interpret-trailers`), so a figure given again replaces the old one instead of making a second
 * (which the schema refuses). Used by `annotate` and by `commit --amend`.
 */
import { runGit } from '../git/runGit.js';
import type { Trailer } from '../trailers/trailerKeys.js';

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

/**
 * `message` with `trailers` in its trailer block, each replacing any line of the same key. The old
 * lines are dropped here, by whole key, because git's own `--if-exists replace` matches keys by
 * prefix (`Task` would replace `Task-Id`).
 */
export async function replaceLeverageTrailers(message: string, trailers: readonly Trailer[], cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  return runGit(
    ['interpret-trailers', '--no-divider', '--if-exists', 'add', ...trailers.flatMap((t) => ['--trailer', `${t.key}: ${t.value}`])],
    cwd,
    dropTrailers(message, trailers.map((t) => t.key)),
    env,
  );
}
