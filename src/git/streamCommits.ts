/**
 * Streams history out of `git log` and yields the commits that carry leverage trailers, one at a
 * time. Memory stays flat however long the history: commits without leverage trailers, or outside
 * the window, are dropped as they pass. Trailers are parsed by git itself (`%(trailers)`), so git's
 * rules hold (last paragraph only, folded lines, `trailer.separators`).
 */
import { spawn } from 'node:child_process';
import type { CommitFacts, ReportWindow } from '../record/types.js';
import { isInWindow } from '../time/reportWindow.js';
import { fieldOfKey, type Trailer, type TrailerKeys } from '../trailers/trailerKeys.js';
import type { Repository } from './openRepository.js';
import { GitError } from './runGit.js';

const TRAILER_SEPARATOR = '\x1e';
const KEY_VALUE_SEPARATOR = '\x1f';
/** Field order of one commit; `-z` puts a NUL between commits, `%x00` between fields. */
const FIELDS = ['%H', '%at', `%(trailers:only,unfold,separator=%x1e,key_value_separator=%x1f)`, '%an', '%ae', '%s'];
const FIELD_COUNT = FIELDS.length;

/**
 * Environment the collector's `git log` runs with. Writing to a pipe, git flushes after every
 * commit; GIT_FLUSH=0 lets it fill its buffer first, so the parser reads a few large chunks instead
 * of one small chunk per commit (100,000 of them on a long history, each a trip through the stream
 * machinery) and git makes as many fewer write calls.
 */
export const GIT_LOG_ENV: Readonly<Record<string, string>> = { GIT_FLUSH: '0' };

export class ShallowHistoryError extends Error {
  override name = 'ShallowHistoryError';
}

export interface StreamOptions {
  window: ReportWindow;
  /** Revisions to walk when the window is not a range (default: all local branches and HEAD). */
  revs: readonly string[];
  keys: TrailerKeys;
}

/** The arguments of the `git log` the collector runs (also used by the benchmark as the floor). */
export function gitLogArguments(repo: Repository, options: StreamOptions): string[] {
  // --encoding: git's default output encoding is the repository's i18n.commitEncoding, not UTF-8.
  const args = ['log', '-z', '--no-color', '--no-show-signature', '--encoding=UTF-8', `--format=${FIELDS.join('%x00')}`];
  const { window } = options;
  // git limits by committer date, and a commit's committer date is never before its author date in
  // practice, so the day's start is a safe lower bound. No --until: a commit authored on the day but
  // rebased or cherry-picked later has a later committer date and would be lost.
  if (window.start !== undefined) args.push(`--since=@${Math.floor(window.start)}`);
  args.push(...revisionArguments(repo, options), '--');
  return args;
}

/** What the walk starts from: the window's range, the configured revisions, or the local branches and HEAD. */
export function revisionArguments(repo: Repository, options: StreamOptions): string[] {
  if (options.window.range !== undefined) return [options.window.range];
  if (options.revs.length > 0) return [...options.revs];
  return ['--branches', ...(repo.hasCommits ? ['HEAD'] : [])];
}

function parseTrailers(text: string, keys: TrailerKeys): Trailer[] {
  const trailers: Trailer[] = [];
  for (const entry of text.split(TRAILER_SEPARATOR)) {
    const cut = entry.indexOf(KEY_VALUE_SEPARATOR);
    if (cut < 0) continue;
    const key = entry.slice(0, cut);
    // Only leverage trailers travel on: Signed-off-by and friends are not ours to carry.
    if (fieldOfKey(key, keys)) trailers.push({ key, value: entry.slice(cut + 1).trim() });
  }
  return trailers;
}

/**
 * Yields the commits in `repo` that carry any leverage trailer and whose author date is in the window.
 * Throws ShallowHistoryError when the walk reaches a shallow clone's boundary (history is missing).
 */
export async function* streamCommits(repo: Repository, options: StreamOptions): AsyncGenerator<CommitFacts> {
  if (!repo.hasCommits && options.window.range === undefined) return;
  const args = gitLogArguments(repo, options);
  const child = spawn('git', args, { cwd: repo.root, env: { ...process.env, ...GIT_LOG_ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk.slice(0, 4096);
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(new GitError(error.code === 'ENOENT' ? 'git is not installed or not on PATH' : `could not run git: ${error.message}`)),
    );
    child.on('close', (code) => resolve(code));
  });
  exited.catch(() => undefined);

  // With -z every field, and every commit, ends in a NUL: a commit is FIELD_COUNT NUL-terminated
  // fields. Most commits carry no leverage trailer, so the parser works on offsets into git's own
  // chunks and turns bytes into strings only for the commits it keeps.
  const ends = new Array<number>(FIELD_COUNT).fill(0);
  /** A commit the last chunk cut short: its pieces, and how many of its fields they hold. */
  let partial: Buffer[] = [];
  let partialFields = 0;
  let reachedBoundary: string | undefined;
  const read = (buffer: Buffer, start: number): CommitFacts | undefined => {
    if (repo.shallowBoundary.size > 0) {
      const sha = buffer.toString('latin1', start, ends[0]);
      if (repo.shallowBoundary.has(sha)) reachedBoundary = sha;
    }
    return toCommit(buffer, start, ends, repo, options);
  };
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      let start = 0;
      if (partial.length > 0) {
        // Finish the cut commit first: find the NULs it still lacks in this chunk.
        let missing = FIELD_COUNT - partialFields;
        let next = 0;
        for (let nul = chunk.indexOf(0); missing > 0 && nul >= 0; nul = chunk.indexOf(0, next)) {
          missing -= 1;
          next = nul + 1;
        }
        if (missing > 0) {
          partial.push(chunk);
          partialFields = FIELD_COUNT - missing;
          continue;
        }
        const whole = Buffer.concat([...partial, chunk.subarray(0, next)]);
        partial = [];
        findFieldEnds(whole, 0, ends);
        const commit = read(whole, 0);
        if (commit) yield commit;
        start = next;
      }
      for (let found = findFieldEnds(chunk, start, ends); found === FIELD_COUNT; found = findFieldEnds(chunk, start, ends)) {
        const commit = read(chunk, start);
        if (commit) yield commit;
        start = (ends[FIELD_COUNT - 1] as number) + 1;
      }
      if (start < chunk.length) {
        partial = [chunk.subarray(start)];
        partialFields = findFieldEnds(chunk, start, ends);
      }
    }
  } finally {
    if (child.exitCode === null) child.kill();
  }
  const code = await exited;
  if (code !== 0) {
    const message = stderr.trim().replace(/^fatal: /, '');
    const hint = repo.shallowBoundary.size > 0 ? ` ${repo.given} is a shallow clone: fetch the missing history with \`git fetch --unshallow\` (in GitHub Actions, actions/checkout with \`fetch-depth: 0\`).` : '';
    throw new GitError(`git log failed in ${repo.given}: ${message || `exit code ${code}`}.${hint}`, stderr, code);
  }
  if (reachedBoundary !== undefined) {
    throw new ShallowHistoryError(
      `${repo.given} is a shallow clone whose history stops at ${reachedBoundary.slice(0, 12)}, inside the report's window, so commits may be missing. ` +
        'Fetch the full history with `git fetch --unshallow` (in GitHub Actions: actions/checkout with `fetch-depth: 0`).',
    );
  }
}

/** Finds the NUL ending each of a commit's fields from `start`; returns how many it found (FIELD_COUNT: a whole commit). */
function findFieldEnds(buffer: Buffer, start: number, ends: number[]): number {
  let from = start;
  for (let field = 0; field < FIELD_COUNT; field += 1) {
    const nul = buffer.indexOf(0, from);
    if (nul < 0) return field;
    ends[field] = nul;
    from = nul + 1;
  }
  return FIELD_COUNT;
}

/** The commit whose fields end at `ends`, if it carries leverage trailers and was authored in the window. */
function toCommit(buffer: Buffer, start: number, ends: readonly number[], repo: Repository, options: StreamOptions): CommitFacts | undefined {
  const [shaEnd, timeEnd, trailersEnd, nameEnd, emailEnd, subjectEnd] = ends as [number, number, number, number, number, number];
  // Most commits carry no trailers at all: leave before decoding anything.
  if (trailersEnd === timeEnd + 1) return undefined;
  const time = Number(buffer.toString('latin1', shaEnd + 1, timeEnd));
  if (!isInWindow(options.window, time)) return undefined;
  const trailers = parseTrailers(buffer.toString('utf8', timeEnd + 1, trailersEnd), options.keys);
  if (trailers.length === 0) return undefined;
  return {
    repo: repo.label,
    sha: buffer.toString('latin1', start, shaEnd),
    authorName: buffer.toString('utf8', trailersEnd + 1, nameEnd),
    authorEmail: buffer.toString('utf8', nameEnd + 1, emailEnd),
    authorTime: time,
    subject: buffer.toString('utf8', emailEnd + 1, subjectEnd),
    trailers,
  };
}
