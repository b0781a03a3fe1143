/**
 * What `git interpret-trailers --parse` printed, read back into trailers. Pure and without git: the
 * installed commit-msg script runs git itself, alongside Node's start-up, and hands the output over
 * on stdin (renderHookScript.ts), so the hook's usual path loads no child_process at all.
 */
import { TextDecoder } from 'node:util';
import type { Trailer } from '../trailers/trailerKeys.js';

/** Passed by the installed commit-msg script after the message file: git's parse is on stdin. */
export const TRAILERS_ON_STDIN = '--trailers-on-stdin';

/**
 * The line the hook script adds after git's output once `git interpret-trailers` has succeeded. It
 * cannot be a trailer (a trailer's key is letters, digits and dashes), and without it the output is
 * not trusted: an empty stdin must never pass for "no trailers".
 */
export const PARSED_END = '# git-leverage: parsed';

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

/** git's output without the closing line, or undefined when the line is missing (git failed). */
export function parsedOutput(stdin: Buffer): Buffer | undefined {
  const end = Buffer.from(`${PARSED_END}\n`);
  if (stdin.length < end.length || !stdin.subarray(stdin.length - end.length).equals(end)) return undefined;
  return stdin.subarray(0, stdin.length - end.length);
}

export function isAscii(bytes: Uint8Array): boolean {
  return !bytes.some((byte) => byte > 0x7f);
}

/** A decoder for a commit encoding git named (`i18n.commitEncoding`); UTF-8 when Node does not know it. */
export function decoder(encoding: string): TextDecoder {
  try {
    return new TextDecoder(encoding);
  } catch {
    return new TextDecoder('utf-8');
  }
}
