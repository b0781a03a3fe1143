/**
 * What `git interpret-trailers --parse` printed, read back into trailers. Pure and without git: the
 * installed commit-msg script runs git itself, alongside Node's start-up, and hands the output over
 * on stdin (renderHookScript.ts), so the hook's usual path loads no child_process at all.
 */
import { TextDecoder } from 'node:util';

/** Passed by the installed commit-msg script after the message file: git's parse is on stdin. */
export const TRAILERS_ON_STDIN = '--trailers-on-stdin';

/**
 * The line the hook script adds after git's output once `git interpret-trailers` has succeeded. It
 * cannot be a trailer (a trailer's key is letters, digits and dashes), and without it the output is
 * not trusted: an empty stdin must never pass for "no trailers".
 */
export const PARSED_END = '# git-leverage: parsed';


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
