/**
 * The `git log` commands the collector runs: what each commit is printed as, where the walk starts,
 * and how far back it goes. Also the floor the report's benchmark measures against.
 */
import type { ReportWindow } from '../record/types.js';
import { LEVERAGE_FIELDS, TRAILER_KEY_PATTERN, type TrailerKeys } from '../trailers/trailerKeys.js';
import { NOTES_REF, type Repository } from './openRepository.js';

/** What a walk is asked for: the window, the revisions when the window is not a range, the trailer keys. */
export interface WalkOptions {
  window: ReportWindow;
  /** Revisions to walk when the window is not a range (default: all local branches and HEAD). */
  revs: readonly string[];
  keys: TrailerKeys;
}

/** Fields of one commit in COMMIT_FORMAT's output, in order (decodeCommit.ts reads them). */
export const COMMIT_FIELD_COUNT = 6;
/** With leverage notes (Repository.hasNotes): the commit's note in refs/notes/leverage (`%N`) is a seventh. */
export const NOTED_FIELD_COUNT = COMMIT_FIELD_COUNT + 1;

/** Fields of one commit in the walk of `repo`. */
export function commitFieldCount(repo: Pick<Repository, 'hasNotes'>): number {
  return repo.hasNotes ? NOTED_FIELD_COUNT : COMMIT_FIELD_COUNT;
}
/** Fields of one commit in the first pass of a two-pass walk: sha and author time. */
export const DATE_FIELD_COUNT = 2;
/** Between two trailers, and between a trailer's key and value, in `%(trailers)`. */
export const TRAILER_SEPARATOR = '\x1e';
export const KEY_VALUE_SEPARATOR = '\x1f';

/** Every `git log` here: NUL-terminated records, nothing a user's config adds. */
const LOG = ['log', '-z', '--no-color', '--no-show-signature'];

/**
 * Environment of the collector's `git log`. Writing to a pipe, git flushes after every commit;
 * GIT_FLUSH=0 lets it fill its buffer first (the benchmark's floors run with it too).
 */
export const GIT_LOG_ENV: Readonly<Record<string, string>> = { GIT_FLUSH: '0' };

/**
 * `%(trailers)` with only the leverage trailers: git matches `key=` case-insensitively, as
 * fieldOfKey does, so Signed-off-by and friends never reach the reader. A key outside
 * TRAILER_KEY_PATTERN (the config accepts none) leaves the choosing to the decoder.
 */
function trailersPlaceholder(keys: TrailerKeys): string {
  const names = LEVERAGE_FIELDS.map((field) => keys[field]);
  const onlyOurs = names.every((name) => TRAILER_KEY_PATTERN.test(name)) ? names.map((name) => `key=${name},`).join('') : '';
  return `%(trailers:${onlyOurs}only,unfold,separator=%x1e,key_value_separator=%x1f)`;
}

/**
 * sha, author time, trailers, author name and email, subject (--encoding: git's default output
 * encoding is the repository's i18n.commitEncoding, not UTF-8); with `notes`, the commit's leverage
 * note last. `--notes=<ref>` alone shows that ref's notes only (not core.notesRef's or
 * notes.displayRef's), and `%N` prints a NUL in a note blob as a line break (a test holds git to both).
 */
function commitFormat(keys: TrailerKeys, notes: boolean): string[] {
  const fields = ['%H', '%at', trailersPlaceholder(keys), '%an', '%ae', '%s', ...(notes ? ['%N'] : [])];
  return [...LOG, '--encoding=UTF-8', ...(notes ? [`--notes=${NOTES_REF}`] : []), `--format=${fields.join('%x00')}`];
}

/**
 * `--since` for a window starting at `start`. git limits by committer date, and a commit's
 * committer date is never before its author date in practice, so the window's start is a safe lower
 * bound (no --until: a commit authored in the window but rebased later has a later committer date).
 * git reads `@N` as a timestamp only from N = 100,000,000 (1973-03-03) on, and an ISO date before
 * 1970 not at all: a window starting earlier walks without a lower bound.
 */
function sinceArguments(start: number | undefined): string[] {
  return start !== undefined && start >= 100_000_000 ? [`--since=@${Math.floor(start)}`] : [];
}

/** What the walk starts from: the window's range, the configured revisions, or the local branches and HEAD. */
export function revisionArguments(repo: Pick<Repository, 'hasCommits'>, options: WalkOptions): string[] {
  if (options.window.range !== undefined) return [options.window.range];
  if (options.revs.length > 0) return [...options.revs];
  return ['--branches', ...(repo.hasCommits ? ['HEAD'] : [])];
}

/** A one-pass walk: every commit since the window's start, with its leverage trailers. */
export function gitLogArguments(repo: Pick<Repository, 'hasCommits' | 'hasNotes'>, options: WalkOptions): string[] {
  return [...commitFormat(options.keys, repo.hasNotes === true), ...sinceArguments(options.window.start), ...revisionArguments(repo, options), '--'];
}

/** The first pass of a two-pass walk: every commit since the window's start, with its author time. */
export function datePassArguments(repo: Pick<Repository, 'hasCommits'>, options: WalkOptions): string[] {
  return [...LOG, '--format=%H%x00%at', ...sinceArguments(options.window.start), ...revisionArguments(repo, options), '--'];
}

/** The second pass: the commits named on standard input, and nothing they lead to. */
export function detailPassArguments(repo: Pick<Repository, 'hasNotes'>, keys: TrailerKeys): string[] {
  return [...commitFormat(keys, repo.hasNotes === true), '--no-walk=unsorted', '--stdin'];
}

/** Fields of one commit in squashBodyArguments' output: the commit format's, then the raw message. */
export const SQUASH_FIELD_COUNT = COMMIT_FIELD_COUNT + 1;

/**
 * The squash candidates named on standard input (git/squashCommits.ts), in the commit format with
 * their whole message (`%B`) last. No notes: a commit with a leverage note is never a candidate.
 */
export function squashBodyArguments(keys: TrailerKeys): string[] {
  const format = commitFormat(keys, false);
  const last = format.length - 1;
  return [...format.slice(0, last), `${format[last] as string}%x00%B`, '--no-walk=unsorted', '--stdin'];
}

/**
 * Whether the walk reads authors' dates first (`%H %at`, as cheap as git log gets) and then asks git
 * for the trailers of only the commits in the window. git cannot stop a walk at a window's end
 * (rebased commits carry later committer dates), so a day deep in the past is found only by walking
 * every newer commit: one pass would have git parse each of those messages for trailers, the second
 * pass re-reads just the window's. Two passes pay off when the window covers at most a fifth of the
 * time since its start; without `now` (seconds), one pass.
 */
export function readsDatesFirst(window: Pick<ReportWindow, 'start' | 'end'>, now: number | undefined): boolean {
  const { start, end } = window;
  return start !== undefined && end !== undefined && now !== undefined && (end - start) * 5 <= now - start;
}
