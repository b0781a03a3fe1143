/**
 * The change sizes git has already measured, kept so a report asks git only for commits it never
 * measured before (docs/estimates.md, Cache). A commit's numstat does not change: its sha fixes its
 * tree and its first parent's (short of `git replace` or a new `binary` attribute, which the docs
 * say to delete the file after). A daily report re-reads nearly the same look-back every day.
 *
 * The file is `<common git dir>/git-leverage/change-sizes` (worktrees share it): a NUL-terminated
 * header naming the format and the numstat arguments, the body's length in bytes (NUL-terminated, so
 * a truncated file is told from a short one), then the body: exactly the bytes git printed (numstat
 * `-z`, one `\x01<sha>` header per commit) for the cached commits, which NumstatParser reads as it
 * reads git. Rows, not totals: exclusions are applied at every report, so changing them never needs
 * the cache cleared.
 *
 * Anything wrong (no file, another header, a truncated or unreadable file, a read-only folder, a
 * full disk) costs speed only: the file is ignored or left as it is, the commits go to git, nothing
 * is printed. A rewrite goes to a temporary file renamed over the old one, so concurrent reports
 * never leave a torn file (the last one wins).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Repository } from './openRepository.js';

/** The header's first words: a file whose header differs (another version, other arguments) is ignored and replaced. */
const FORMAT = 'git-leverage change sizes 1';

const NUL = 0;
const COMMIT_MARK = 1;
const SHA_LENGTHS: ReadonlySet<number> = new Set([40, 64]);

/** Where a repository's cache lives. */
export function changeSizeCachePath(repo: Pick<Repository, 'gitCommonDir'>): string {
  return path.join(repo.gitCommonDir, 'git-leverage', 'change-sizes');
}

/**
 * Calls `visit` with each commit's sha and where its output starts and ends in numstat `-z` output with
 * `%x01%H` headers; false when the output does not start with a commit. A header is `\x01`, a full
 * sha's length and NUL, at the start or after a NUL: a path that merely holds `\x01` is not one (a
 * renamed file's old path can look like one: keptCommits never writes such a commit, so a cache
 * file's headers are all real).
 */
function eachCommit(output: Buffer, visit: (sha: string, start: number, end: number) => void): boolean {
  let sha: string | undefined;
  let start = 0;
  for (let at = 0; at >= 0 && at < output.length; at = output.indexOf(COMMIT_MARK, at + 1)) {
    if (at > 0 && output[at - 1] !== NUL) continue;
    const end = output.indexOf(NUL, at);
    if (!SHA_LENGTHS.has(end - at - 1)) {
      if (at === 0) return false;
      continue;
    }
    if (sha !== undefined) visit(sha, start, at);
    sha = output.toString('latin1', at + 1, end);
    start = at;
  }
  if (sha !== undefined) visit(sha, start, output.length);
  return true;
}

/** Where each commit's output starts and ends, or undefined when it does not read as numstat output (or holds a sha twice). */
export function indexCommits(output: Buffer): Map<string, [number, number]> | undefined {
  const slices = new Map<string, [number, number]>();
  let twice = false;
  const valid = eachCommit(output, (sha, start, end) => {
    twice ||= slices.has(sha);
    slices.set(sha, [start, end]);
  });
  return valid && !twice ? slices : undefined;
}

/** The cached numstat output: the bytes git printed for the cached commits. */
export class CachedNumstat {
  constructor(readonly body: Buffer) {}

  /**
   * The commits of `shas` the cache holds, and their output as git printed it (headers and rows), in
   * as few pieces as they lie in: one pass over the headers, indexing only the commits asked for (a
   * day's report wants a few hundred commits of a cache that may hold a hundred thousand).
   */
  select(shas: Iterable<string>): { found: Set<string>; output: Buffer[] } {
    const wanted = new Set(shas);
    const found = new Set<string>();
    const output: Buffer[] = [];
    let runStart = 0;
    let runEnd = -1;
    eachCommit(this.body, (sha, start, end) => {
      if (!wanted.has(sha)) return;
      found.add(sha);
      if (start !== runEnd) {
        if (runEnd >= 0) output.push(this.body.subarray(runStart, runEnd));
        runStart = start;
      }
      runEnd = end;
    });
    if (runEnd >= 0) output.push(this.body.subarray(runStart, runEnd));
    return { found, output };
  }
}

/** No commit cached (no file, or one that is ignored). */
const NOTHING_CACHED = new CachedNumstat(Buffer.alloc(0));

function headerFor(args: readonly string[]): string {
  return `${FORMAT} ${args.join(' ')}\u0000`;
}

/** The cached numstat in a cache file's bytes, or nothing when they are not one written for `args`. */
function parseChangeSizeCache(bytes: Buffer, args: readonly string[]): CachedNumstat {
  const header = Buffer.from(headerFor(args));
  if (bytes.length < header.length || !bytes.subarray(0, header.length).equals(header)) return NOTHING_CACHED;
  const lengthEnd = bytes.indexOf(NUL, header.length);
  const length = lengthEnd < 0 ? Number.NaN : Number(bytes.toString('latin1', header.length, lengthEnd));
  if (!Number.isSafeInteger(length) || bytes.length - lengthEnd - 1 !== length) return NOTHING_CACHED;
  const body = bytes.subarray(lengthEnd + 1);
  // What keptCommits writes always starts with a commit's header and ends with a NUL.
  if (body.length === 0 || body[0] !== COMMIT_MARK || body[body.length - 1] !== NUL) return NOTHING_CACHED;
  return new CachedNumstat(body);
}

/**
 * The cached numstat of `repo` for numstat run with `args`; nothing when there is no valid cache.
 * Never rejects: a cache that cannot be read costs speed only.
 */
export async function readChangeSizeCache(repo: Pick<Repository, 'gitCommonDir'>, args: readonly string[]): Promise<CachedNumstat> {
  try {
    return parseChangeSizeCache(await readFile(changeSizeCachePath(repo)), args);
  } catch {
    return NOTHING_CACHED;
  }
}

/**
 * What of `output` (git's numstat for `asked`) can be kept: nothing unless every commit asked for is
 * found in it; then all but a shallow clone's boundary commits (git measured them against nothing)
 * and any commit in which a renamed file's old path reads as a header (`\x01`, 40 or 64 bytes and
 * NUL: eachCommit takes it for the next commit's start).
 */
function keptCommits(repo: Pick<Repository, 'shallowBoundary'>, output: Buffer, asked: readonly string[]): Buffer[] {
  const slices = indexCommits(output);
  if (slices === undefined || output[output.length - 1] !== NUL || asked.some((sha) => !slices.has(sha))) return [];
  const wanted = new Set(asked);
  const kept: Buffer[] = [];
  let pending: Buffer | undefined;
  for (const [sha, [start, end]] of slices) {
    // A header nobody asked for is a renamed file's old path: the commit it cut in two goes with it.
    if (pending !== undefined && wanted.has(sha)) kept.push(pending);
    pending = wanted.has(sha) && !repo.shallowBoundary.has(sha) ? output.subarray(start, end) : undefined;
  }
  if (pending !== undefined) kept.push(pending);
  return kept;
}

/**
 * Rewrites the cache: the commits of `cached`, then those of `output` (what git just printed for
 * `asked`, numstat run with `args`) that can be kept. Never rejects: a cache that cannot be written
 * (read-only, full, something in the way) only means the next report asks git again.
 */
export async function writeChangeSizeCache(repo: Pick<Repository, 'gitCommonDir' | 'shallowBoundary'>, args: readonly string[], cached: CachedNumstat, output: Buffer, asked: readonly string[]): Promise<void> {
  let temporary: string | undefined;
  try {
    const fresh = keptCommits(repo, output, asked);
    const added = fresh.reduce((sum, bytes) => sum + bytes.length, 0);
    if (added === 0) return;
    const file = changeSizeCachePath(repo);
    await mkdir(path.dirname(file), { recursive: true });
    temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(temporary, Buffer.concat([Buffer.from(`${headerFor(args)}${cached.body.length + added}\u0000`), cached.body, ...fresh]));
    await rename(temporary, file);
  } catch {
    if (temporary !== undefined) await rm(temporary, { force: true }).catch(() => undefined);
  }
}
