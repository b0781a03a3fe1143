/**
 * Streams history out of `git log` and yields the commits that carry leverage trailers, one at a
 * time. Memory stays flat however long the history: commits without leverage trailers, or outside
 * the window, are dropped as they pass. Trailers are parsed by git itself (`%(trailers)`), so git's
 * rules hold (last paragraph only, folded lines, `trailer.separators`).
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { closeSync, openSync, readSync, rmSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { CommitFacts, ReportWindow } from '../record/types.js';
import { isInWindow, type WindowBounds } from '../time/windowBasics.js';
import { fieldOfKey, LEVERAGE_FIELDS, TRAILER_KEY_PATTERN, type Trailer, type TrailerKeys } from '../trailers/trailerKeys.js';
import type { Repository } from './openRepository.js';
import { GitError } from './runGit.js';
import { UserError } from '../userError.js';

const TRAILER_SEPARATOR = '\x1e';
const KEY_VALUE_SEPARATOR = '\x1f';
/** Fields of one commit, in order (see logFields); `-z` puts a NUL between commits, `%x00` between fields. */
const FIELD_COUNT = 6;
/** Every `git log` here: NUL-terminated records, nothing a user's config adds. */
const LOG = ['log', '-z', '--no-color', '--no-show-signature'];
/**
 * `%(trailers)` with only the leverage trailers: git matches `key=` case-insensitively, as
 * fieldOfKey does, so Signed-off-by and friends (on a third of a long history's commits, against a
 * tenth carrying ours) never reach the reader. A key outside TRAILER_KEY_PATTERN (the config accepts
 * none; a caller of this module could pass one) leaves the choosing to parseTrailers.
 */
function trailersPlaceholder(keys: TrailerKeys): string {
  const names = LEVERAGE_FIELDS.map((field) => keys[field]);
  const onlyOurs = names.every((name) => TRAILER_KEY_PATTERN.test(name)) ? names.map((name) => `key=${name},`).join('') : '';
  return `%(trailers:${onlyOurs}only,unfold,separator=%x1e,key_value_separator=%x1f)`;
}

/** The commit's facts: sha, author time, trailers, author name and email, subject (--encoding: git's default output encoding is the repository's i18n.commitEncoding, not UTF-8). */
function logFields(keys: TrailerKeys): string[] {
  return [...LOG, '--encoding=UTF-8', `--format=${['%H', '%at', trailersPlaceholder(keys), '%an', '%ae', '%s'].join('%x00')}`];
}

/**
 * Environment the collector's `git log` runs with. Writing to anything but a regular file (a pipe,
 * /dev/null), git flushes after every commit; GIT_FLUSH=0 lets it fill its buffer first. The
 * collector's git writes to a file (startGitLog), where git buffers anyway; the benchmark's floors
 * run with this too, so they are the fastest git can be.
 */
export const GIT_LOG_ENV: Readonly<Record<string, string>> = { GIT_FLUSH: '0' };

export class ShallowHistoryError extends UserError {
  override name = 'ShallowHistoryError';
}

export interface StreamOptions {
  /**
   * The window whose commits are kept. It may still be being worked out when the walk starts (a
   * promise: the reader waits for it before it keeps anything); git is then told `bounds`.
   */
  window: ReportWindow | Promise<ReportWindow>;
  /** What git is told: the window's range, or author-time bounds that hold it. Default: the window's own; required with a window still being worked out. */
  bounds?: WindowBounds;
  /** Revisions to walk when the window is not a range (default: all local branches and HEAD). */
  revs: readonly string[];
  keys: TrailerKeys;
  /** Seconds since the epoch: lets the walk choose two passes for a window well in the past (readsDatesFirst). */
  now?: number;
}

/** What the git commands of a walk depend on: the window (or only its bounds), revisions, keys, time. */
export type GitWalkOptions = Omit<StreamOptions, 'window'> & Partial<Pick<StreamOptions, 'window'>>;

/** What git is told about the window. */
function boundsOf(options: GitWalkOptions): WindowBounds {
  if (options.bounds) return options.bounds;
  if (options.window === undefined || options.window instanceof Promise) throw new TypeError('git needs the bounds of a window still being worked out');
  return options.window;
}

/** The arguments of the `git log` the collector runs (also used by the benchmark as the floor). */
export function gitLogArguments(repo: Pick<Repository, 'hasCommits'>, options: GitWalkOptions): string[] {
  const args = logFields(options.keys);
  const { start } = boundsOf(options);
  // git limits by committer date, and a commit's committer date is never before its author date in
  // practice, so the window's start (or its bounds', up to a day earlier) is a safe lower bound. No --until: a commit authored on the day but
  // rebased or cherry-picked later has a later committer date and would be lost.
  if (start !== undefined) args.push(`--since=@${Math.floor(start)}`);
  args.push(...revisionArguments(repo, options), '--');
  return args;
}

/** What the walk starts from: the window's range, the configured revisions, or the local branches and HEAD. */
export function revisionArguments(repo: Pick<Repository, 'hasCommits'>, options: GitWalkOptions): string[] {
  const { range } = boundsOf(options);
  if (range !== undefined) return [range];
  if (options.revs.length > 0) return [...options.revs];
  return ['--branches', ...(repo.hasCommits ? ['HEAD'] : [])];
}

function parseTrailers(text: string, keys: TrailerKeys): Trailer[] {
  const trailers: Trailer[] = [];
  // Walked with indexOf rather than split. git has already left out other trailers (logFields);
  // fieldOfKey still decides, so a key git was not asked to filter by is dropped here.
  for (let from = 0; from < text.length; ) {
    let end = text.indexOf(TRAILER_SEPARATOR, from);
    if (end < 0) end = text.length;
    const cut = text.indexOf(KEY_VALUE_SEPARATOR, from);
    if (cut >= 0 && cut < end) {
      const key = text.slice(from, cut);
      // Only leverage trailers travel on: Signed-off-by and friends are not ours to carry.
      if (fieldOfKey(key, keys)) trailers.push({ key, value: text.slice(cut + 1, end).trim() });
    }
    from = end + 1;
  }
  return trailers;
}

/**
 * Whether the walk reads authors' dates first (`%H %at`, as cheap as git log gets) and then asks git
 * for the trailers of only the commits in the window. git cannot stop a walk at a window's end
 * (rebased commits carry later committer dates), so a day deep in the past is found only by walking
 * every newer commit: one pass would have git parse each of those messages for trailers, the
 * second pass re-reads just the window's. A window through (or near) `now` holds most of what the
 * walk sees, and there one pass is cheaper: two passes pay off when the window covers at most a
 * fifth of the time since its start. Without `now`, one pass.
 */
export function readsDatesFirst(window: WindowBounds, now: number | undefined): boolean {
  const { start, end } = window;
  return start !== undefined && end !== undefined && now !== undefined && (end - start) * 5 <= now - start;
}

/** The first pass of a two-pass walk: every commit since the window's start, with its author time. */
export function datePassArguments(repo: Pick<Repository, 'hasCommits'>, options: GitWalkOptions): string[] {
  return [...LOG, '--format=%H%x00%at', `--since=@${Math.floor(boundsOf(options).start ?? 0)}`, ...revisionArguments(repo, options), '--'];
}

/** The second pass: the commits named on standard input, and nothing they lead to. */
function detailPassArguments(keys: TrailerKeys): string[] {
  return [...logFields(keys), '--no-walk=unsorted', '--stdin'];
}

/**
 * Yields the commits in `repo` that carry any leverage trailer and whose author date is in the
 * window, in batches: the commits of one block of git's output together (each trip through an async
 * generator costs a promise and a result object; per commit, that was a fifth of a long history's
 * garbage). Batches are never empty. git starts at once, when this is called, not at the first read: the caller can load the rest of
 * its code while git walks. Throws ShallowHistoryError when the walk reaches a shallow clone's
 * boundary (history is missing).
 */
export function streamCommits(repo: Repository, options: StreamOptions, ahead?: WalkAhead): AsyncGenerator<CommitFacts[]> {
  if (!repo.hasCommits && boundsOf(options).range === undefined) return noCommits();
  const { twoPasses, args } = firstPass(repo.hasCommits, options);
  const git = ahead?.take(repo, args) ?? startGitLog(repo.root, args);
  return twoPasses ? walkTwoPasses(repo, options, git) : walkOnePass(repo, options, git);
}

/** The walk's first (often only) `git log`: its arguments, and whether a second pass follows. */
function firstPass(hasCommits: boolean, options: GitWalkOptions): { twoPasses: boolean; args: string[] } {
  const repo = { hasCommits };
  const twoPasses = readsDatesFirst(boundsOf(options), options.now);
  return { twoPasses, args: twoPasses ? datePassArguments(repo, options) : gitLogArguments(repo, options) };
}

/**
 * A walk's first `git log`, started from what the command line says alone: before the repository is
 * opened (one `git rev-parse`, tens of milliseconds where starting a process is slow) and its config
 * read. It assumes the defaults (trailer keys, revisions, a repository with commits); the walk takes
 * it only if it is exactly the command it would start, in the same folder, and ends it otherwise.
 */
export interface WalkAhead {
  /** git, if `args` are the walk's own for `repo` (else git is ended): once. */
  take: (repo: Repository, args: readonly string[]) => GitLog | undefined;
  /** Ends git unless a walk took it. */
  discard: () => void;
}

export function startWalkAhead(dir: string, options: GitWalkOptions): WalkAhead {
  const { args } = firstPass(true, options);
  let git: GitLog | undefined = startGitLog(dir, args);
  const discard = () => {
    git?.discard();
    git = undefined;
  };
  return {
    take: (repo, wanted) => {
      const same = git !== undefined && repo.folder === dir && wanted.length === args.length && wanted.every((arg, index) => arg === args[index]);
      const taken = same ? git : undefined;
      if (!same) discard();
      git = undefined;
      return taken;
    },
    discard,
  };
}

async function* noCommits(): AsyncGenerator<CommitFacts[]> {}

async function* walkOnePass(repo: Repository, options: StreamOptions, git: GitLog): AsyncGenerator<CommitFacts[]> {
  const boundary = new BoundaryWatch(repo);
  yield* readCommits(repo, options, git, boundary);
  boundary.check();
}

async function* walkTwoPasses(repo: Repository, options: StreamOptions, dates: GitLog): AsyncGenerator<CommitFacts[]> {
  // The second pass starts now and waits for its commits on standard input: its start-up (the
  // process, git's own set-up) overlaps the first pass instead of following it.
  const details = startGitLog(repo.root, detailPassArguments(options.keys), LATER);
  let detailsFed = false;
  try {
    const boundary = new BoundaryWatch(repo);
    const inWindow = await shasInWindow(repo, dates, options.window, boundary);
    boundary.check();
    // Never an empty input: given no commit, `git log --stdin` would show HEAD's history.
    if (inWindow.length === 0) return;
    details.feed(`${inWindow.join('\n')}\n`);
    detailsFed = true;
    yield* readCommits(repo, options, details, boundary);
  } finally {
    if (!detailsFed) details.discard();
  }
}

/** The first pass of two: the shas of the commits authored in the window, from `%H %at`; checks git's exit. */
async function shasInWindow(repo: Repository, dates: GitLog, windowToBe: ReportWindow | Promise<ReportWindow>, boundary: BoundaryWatch): Promise<string[]> {
  const splitter = new RecordSplitter(2);
  const { ends } = splitter;
  const inWindow: string[] = [];
  let readToEnd = false;
  try {
    // Inside the try: a window that cannot be worked out (an unknown zone) ends git too.
    const window = await windowToBe;
    for await (const chunk of dates.stdout) {
      splitter.push(chunk, (buffer, start) => {
        boundary.see(buffer, start, ends[0] as number, ends[1] as number, window);
        if (isInWindow(window, readInteger(buffer, (ends[0] as number) + 1, ends[1] as number))) inWindow.push(buffer.toString('latin1', start, ends[0]));
      });
    }
    readToEnd = true;
  } finally {
    if (!readToEnd) dates.stop();
  }
  await dates.succeeded(repo);
  return inWindow;
}

/** The leverage commits in one `git log` of FIELDS, as git writes them; checks git's exit. */
async function* readCommits(repo: Repository, options: StreamOptions, git: GitLog, boundary: BoundaryWatch): AsyncGenerator<CommitFacts[]> {
  const splitter = new RecordSplitter(FIELD_COUNT);
  const { ends } = splitter;
  let kept: CommitFacts[] = [];
  let readToEnd = false;
  try {
    // Inside the try: a window that cannot be worked out (an unknown zone) ends git too.
    const window = await options.window;
    for await (const chunk of git.stdout) {
      splitter.push(chunk, (buffer, start) => {
        boundary.see(buffer, start, ends[0] as number, ends[1] as number, window);
        const commit = toCommit(buffer, start, ends, repo, window, options.keys);
        if (commit) kept.push(commit);
      });
      if (kept.length > 0) {
        yield kept;
        kept = [];
      }
    }
    readToEnd = true;
  } finally {
    // The reader stopped early (an error, or it had what it wanted): git need not go on.
    if (!readToEnd) git.stop();
  }
  await git.succeeded(repo);
}

/** A running `git log`: its output, and whether it ended well. */
interface GitLog {
  stdout: AsyncIterable<Buffer>;
  /** Resolves when git exits 0; otherwise rejects with a GitError carrying git's message. */
  succeeded: (repo: Repository) => Promise<void>;
  /** Ends git if it is still running. */
  stop: () => void;
  /** Gives git its standard input, when it was started to wait for it (LATER). */
  feed: (input: string) => void;
  /** Ends git and lets go of its output, for a git whose output will not be read. */
  discard: () => void;
}

/**
 * A new file of the user's own for git's output: created exclusively (`wx`: never an existing file,
 * nor a link planted in its place), readable by no one else. Its name need not be unguessable,
 * only unused: a name taken is tried again with another. Math.random, not node:crypto, which
 * costs ~7 ms to load, on the path of every report before git starts.
 */
function createOutputFile(): { output: number; outputPath: string } {
  for (let attempt = 1; ; attempt += 1) {
    const outputPath = path.join(os.tmpdir(), `git-leverage-${process.pid}-${Math.random().toString(36).slice(2)}.log`);
    try {
      return { output: openSync(outputPath, 'wx+', 0o600), outputPath };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 10) continue;
      throw new GitError(`cannot create a temporary file for git's output in ${os.tmpdir()}: ${(error as Error).message} (set TMPDIR to a writable folder)`);
    }
  }
}

/** startGitLog's input when it is given afterwards, through GitLog.feed. */
const LATER = Symbol('input given later');

/**
 * git writes into a temporary file that the reader follows, not into a pipe. Through a pipe git
 * stops whenever the reader pauses (a garbage collection, a burst of commits to classify) for
 * longer than the pipe's ~100 KB takes git to fill (~5 ms): on 100,000 commits that made the walk
 * ~15% slower than git alone. A file never fills, and is read back in large blocks. The file is
 * unlinked at once where the system allows it (so nothing is left behind, even if the process is
 * killed), else when the reader is done.
 */
function startGitLog(cwd: string, args: readonly string[], input?: string | typeof LATER): GitLog {
  const { output, outputPath } = createOutputFile();
  let unlinked = false;
  try {
    unlinkSync(outputPath);
    unlinked = true;
  } catch {
    // Windows keeps an open file: it goes when closed (below).
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    closeSync(output);
    if (!unlinked) rmSync(outputPath, { force: true });
  };
  let child: ChildProcessByStdio<Writable, null, Readable>;
  try {
    child = spawn('git', args, { cwd, env: { ...process.env, ...GIT_LOG_ENV }, stdio: ['pipe', output, 'pipe'] }) as ChildProcessByStdio<Writable, null, Readable>;
  } catch (error) {
    release();
    throw error;
  }
  // git reports its own failures by exit code; a stdin it closed early must not crash the reader.
  child.stdin.on('error', () => undefined);
  if (input !== LATER) child.stdin.end(input);
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk.slice(0, 4096);
  });
  let ended = false;
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', (error: NodeJS.ErrnoException) => {
      ended = true;
      reject(new GitError(error.code === 'ENOENT' ? 'git is not installed or not on PATH' : `could not run git: ${error.message}`));
    });
    child.on('exit', () => (ended = true));
    child.on('close', (code) => resolve(code));
  });
  exited.catch(() => undefined);
  const stop = () => {
    if (child.exitCode === null) child.kill();
  };
  return {
    stdout: followOutput(output, () => ended, release),
    stop,
    feed: (text) => child.stdin.end(text),
    discard: () => {
      stop();
      release();
    },
    succeeded: async (repo) => {
      const code = await exited;
      if (code === 0) return;
      const message = stderr.trim().replace(/^fatal: /, '');
      const hint = repo.shallowBoundary.size > 0 ? ` ${repo.given} is a shallow clone: fetch the missing history with \`git fetch --unshallow\` (in GitHub Actions, actions/checkout with \`fetch-depth: 0\`).` : '';
      throw new GitError(`git log failed in ${repo.given}: ${message || `exit code ${code}`}.${hint}`, stderr, code);
    },
  };
}

/** Large enough that a long history is a few hundred reads, small enough to keep memory flat. */
const READ_BLOCK = 1 << 20;

/**
 * The file git writes, block by block as it grows, until git has exited and all of it is read. One
 * block of memory serves every read (fresh megabytes a read made V8 collect garbage twice as
 * often): a block is the reader's only until it asks for the next.
 */
async function* followOutput(fd: number, hasEnded: () => boolean, release: () => void): AsyncGenerator<Buffer> {
  let position = 0;
  const block = Buffer.allocUnsafe(READ_BLOCK);
  try {
    for (;;) {
      // Asked before reading: when git had ended by then, an empty read means the end.
      const ended = hasEnded();
      // Synchronous: a read of the page cache is a copy, quicker than a trip through libuv's
      // thread pool (hundreds of them over a walk, each waking a thread on git's core).
      const bytesRead = readSync(fd, block, 0, block.length, position);
      if (bytesRead > 0) {
        position += bytesRead;
        yield block.subarray(0, bytesRead);
        continue;
      }
      if (ended) return;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  } finally {
    release();
  }
}


/**
 * Notes when a walk reaches a commit where a shallow clone's history is cut off, authored in the
 * window or after its start (git walks from bounds that may start a day earlier): its missing
 * parents may be in the window.
 */
class BoundaryWatch {
  private reached: string | undefined;
  constructor(private readonly repo: Repository) {}

  /** Looks at the commit whose sha is `buffer[start, shaEnd)` and whose author time ends at `timeEnd`. */
  see(buffer: Buffer, start: number, shaEnd: number, timeEnd: number, window: ReportWindow): void {
    if (this.repo.shallowBoundary.size === 0) return;
    const sha = buffer.toString('latin1', start, shaEnd);
    if (!this.repo.shallowBoundary.has(sha)) return;
    if (window.start === undefined || readInteger(buffer, shaEnd + 1, timeEnd) >= window.start) this.reached = sha;
  }

  check(): void {
    if (this.reached === undefined) return;
    throw new ShallowHistoryError(
      `${this.repo.given} is a shallow clone whose history stops at ${this.reached.slice(0, 12)}, inside the report's window, so commits may be missing. ` +
        'Fetch the full history with `git fetch --unshallow` (in GitHub Actions: actions/checkout with `fetch-depth: 0`).',
    );
  }
}

/**
 * Cuts git's `-z` output into records of `fieldCount` NUL-terminated fields, whatever the chunk
 * boundaries. Records are handed on as offsets into git's own chunks (`ends` holds each field's
 * NUL): most commits carry no leverage trailer, and bytes become strings only for what is kept.
 * `onRecord` must take what it keeps out of the buffer before it returns: chunks are reused.
 */
class RecordSplitter {
  readonly ends: number[];
  /** A record the last chunk cut short: its pieces, and how many of its fields they hold. */
  private partial: Buffer[] = [];
  private partialFields = 0;

  constructor(private readonly fieldCount: number) {
    this.ends = new Array<number>(fieldCount).fill(0);
  }

  push(chunk: Buffer, onRecord: (buffer: Buffer, start: number) => void): void {
    const { fieldCount, ends } = this;
    let start = 0;
    if (this.partial.length > 0) {
      // Finish the cut record first: find the NULs it still lacks in this chunk.
      let missing = fieldCount - this.partialFields;
      let next = 0;
      for (let nul = chunk.indexOf(0); missing > 0 && nul >= 0; nul = chunk.indexOf(0, next)) {
        missing -= 1;
        next = nul + 1;
      }
      if (missing > 0) {
        this.partial.push(Buffer.from(chunk));
        this.partialFields = fieldCount - missing;
        return;
      }
      const whole = Buffer.concat([...this.partial, chunk.subarray(0, next)]);
      this.partial = [];
      this.findFieldEnds(whole, 0);
      onRecord(whole, 0);
      start = next;
    }
    while (this.findFieldEnds(chunk, start) === fieldCount) {
      onRecord(chunk, start);
      start = (ends[fieldCount - 1] as number) + 1;
    }
    if (start < chunk.length) {
      // A copy: the chunk's memory is reused for the next one.
      this.partial = [Buffer.from(chunk.subarray(start))];
      this.partialFields = this.findFieldEnds(chunk, start);
    }
  }

  /** Finds the NUL ending each field from `start`; returns how many it found (fieldCount: a whole record). */
  private findFieldEnds(buffer: Buffer, start: number): number {
    const { fieldCount, ends } = this;
    let from = start;
    for (let field = 0; field < fieldCount; field += 1) {
      const nul = buffer.indexOf(0, from);
      if (nul < 0) return field;
      ends[field] = nul;
      from = nul + 1;
    }
    return fieldCount;
  }
}

/** The decimal integer in `buffer[start, end)` (an author time), read without making a string. */
function readInteger(buffer: Buffer, start: number, end: number): number {
  const negative = buffer[start] === 0x2d;
  let value = 0;
  for (let at = negative ? start + 1 : start; at < end; at += 1) value = value * 10 + ((buffer[at] as number) - 0x30);
  return negative ? -value : value;
}

/** The commit whose fields end at `ends`, if it carries leverage trailers and was authored in the window. */
function toCommit(buffer: Buffer, start: number, ends: readonly number[], repo: Repository, window: ReportWindow, keys: TrailerKeys): CommitFacts | undefined {
  // Indexed, not destructured: array destructuring runs the iterator protocol, and on every one of
  // 100,000 commits that garbage was a third of the walk's collections.
  const shaEnd = ends[0] as number;
  const timeEnd = ends[1] as number;
  const trailersEnd = ends[2] as number;
  // Most commits carry no leverage trailer (git left the others out): leave before decoding anything.
  if (trailersEnd === timeEnd + 1) return undefined;
  const time = readInteger(buffer, shaEnd + 1, timeEnd);
  if (!isInWindow(window, time)) return undefined;
  const trailers = parseTrailers(buffer.toString('utf8', timeEnd + 1, trailersEnd), keys);
  if (trailers.length === 0) return undefined;
  const nameEnd = ends[3] as number;
  const emailEnd = ends[4] as number;
  const subjectEnd = ends[5] as number;
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
