/** The lines `git interpret-trailers --parse` prints, read back as trailers (the hook and the squash reader alike). */
import type { Trailer } from './trailerKeys.js';

/**
 * `--parse` prints each trailer on one line, unfolded, as key, separator, space, value: `Task: x`,
 * or `Task= x` in a repository whose `trailer.separators` is `=`. git takes as a key only letters,
 * digits and dashes (find_separator in git's trailer.c), so the first other character is the
 * separator, whichever `trailer.separators` set; values may hold separators (`Task: fix: x`).
 */
export function trailersOf(text: string): Trailer[] {
  const trailers: Trailer[] = [];
  for (const line of text.split('\n')) {
    const cut = line.search(/[^A-Za-z0-9-]/);
    if (cut <= 0) continue;
    trailers.push({ key: line.slice(0, cut), value: line.slice(cut + 1).trim() });
  }
  return trailers;
}
