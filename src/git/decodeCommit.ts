/**
 * One record of the collector's `git log` (logArguments.ts: sha, author time, trailers, author name,
 * author e-mail, subject) → the commit's facts, or nothing for a commit that carries no leverage
 * trailer or was authored outside the window (most commits: left before anything is decoded).
 */
import type { CommitFacts, ReportWindow } from '../record/types.js';
import { fieldOfKey, type Trailer, type TrailerKeys } from '../trailers/trailerKeys.js';
import { isInWindow } from '../window/reportWindow.js';
import { KEY_VALUE_SEPARATOR, TRAILER_SEPARATOR } from './logArguments.js';

/** The decimal integer in `buffer[start, end)` (an author time), read without making a string. */
export function readInteger(buffer: Buffer, start: number, end: number): number {
  const negative = buffer[start] === 0x2d;
  let value = 0;
  for (let at = negative ? start + 1 : start; at < end; at += 1) value = value * 10 + ((buffer[at] as number) - 0x30);
  return negative ? -value : value;
}

const SQUASHED = Buffer.from('Squashed commit of the following:');

/**
 * Whether the subject in `buffer[start, end)` is one a squash commit is looked for by (SQUASH_SUBJECT
 * in trailers/squashMessage.ts, which a test holds this to): tested on bytes, as it runs on every
 * commit of the walk.
 */
export function isSquashSubjectAt(buffer: Buffer, start: number, end: number): boolean {
  if (end - start >= SQUASHED.length && buffer.compare(SQUASHED, 0, SQUASHED.length, start, start + SQUASHED.length) === 0) return true;
  if (buffer[end - 1] !== 0x29) return false; // `)`
  let at = end - 2;
  while (at > start && (buffer[at] as number) >= 0x30 && (buffer[at] as number) <= 0x39) at -= 1;
  if (at === end - 2 || at <= start) return false;
  return (buffer[at] === 0x23 || buffer[at] === 0x21) && buffer[at - 1] === 0x28; // `#` or `!`, then `(`
}

/** `%(trailers)` text → the leverage trailers in it (git was asked for ours only; fieldOfKey still decides). */
export function parseTrailers(text: string, keys: TrailerKeys): Trailer[] {
  const trailers: Trailer[] = [];
  for (const entry of text.split(TRAILER_SEPARATOR)) {
    const cut = entry.indexOf(KEY_VALUE_SEPARATOR);
    if (cut < 0) continue;
    const key = entry.slice(0, cut);
    if (fieldOfKey(key, keys)) trailers.push({ key, value: entry.slice(cut + 1).trim() });
  }
  return trailers;
}

/** Where the record being decoded sits: its buffer, first byte and the NUL ending each field. */
export interface RecordAt {
  buffer: Buffer;
  start: number;
  ends: readonly number[];
}

/** The facts of the commit at `record` but its trailers: for a commit kept whatever its message says (a noted one). */
export function commitFactsAt({ buffer, start, ends }: RecordAt, repo: string): Omit<CommitFacts, 'trailers'> {
  const [shaEnd, timeEnd, trailersEnd, nameEnd, emailEnd, subjectEnd] = ends as [number, number, number, number, number, number];
  return {
    repo,
    sha: buffer.toString('latin1', start, shaEnd),
    authorName: buffer.toString('utf8', trailersEnd + 1, nameEnd),
    authorEmail: buffer.toString('utf8', nameEnd + 1, emailEnd),
    authorTime: readInteger(buffer, shaEnd + 1, timeEnd),
    subject: buffer.toString('utf8', emailEnd + 1, subjectEnd),
  };
}

/** The commit at `record`, if it carries leverage trailers and was authored in the window. */
export function decodeCommit({ buffer, start, ends }: RecordAt, repo: string, window: ReportWindow, keys: TrailerKeys): CommitFacts | undefined {
  // Indexed rather than destructured: this runs on every commit of a long history.
  const shaEnd = ends[0] as number;
  const timeEnd = ends[1] as number;
  const trailersEnd = ends[2] as number;
  if (trailersEnd === timeEnd + 1) return undefined; // no leverage trailer
  const authorTime = readInteger(buffer, shaEnd + 1, timeEnd);
  if (!isInWindow(window, authorTime)) return undefined;
  const trailers = parseTrailers(buffer.toString('utf8', timeEnd + 1, trailersEnd), keys);
  if (trailers.length === 0) return undefined;
  const nameEnd = ends[3] as number;
  const emailEnd = ends[4] as number;
  return {
    repo,
    sha: buffer.toString('latin1', start, shaEnd),
    authorName: buffer.toString('utf8', trailersEnd + 1, nameEnd),
    authorEmail: buffer.toString('utf8', nameEnd + 1, emailEnd),
    authorTime,
    subject: buffer.toString('utf8', emailEnd + 1, ends[5] as number),
    trailers,
  };
}
