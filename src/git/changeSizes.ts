/**
 * The git side of the estimate check: the changed lines of the commits that carry records, from
 * git's own numstat, in one `git log --no-walk --stdin` per repository after the walk for the commits
 * never measured before (the others are read from git/changeSizeCache.ts), and the
 * `linguist-generated`/`linguist-vendored` attributes of the paths seen, in one `git check-attr`.
 * What counts is decided by estimates/changedLines.ts.
 *
 * A merge commit is measured against its first parent (what the merge brought to the line it was
 * merged into: a record on a merge commit stands for its branch's work); a root commit against the
 * empty tree. Renames are followed (-M), so moving a file costs only the lines that changed.
 *
 * Measured on the 100,000-commit benchmark (docs/estimates.md, Speed): numstat of its 10,081 record
 * commits costs about as much git time as the whole walk, nearly all of it reading trees and blobs
 * out of deltas; rename detection and the Node side are small. Running numstat beside the walk
 * (`git diff-tree --stdin`, fed as the walk finds records) gained nothing measurable on two shared
 * cores, so it runs after the walk.
 */
import { countChangedLines, type NumstatRow, type PathAttributes } from '../estimates/changedLines.js';
import { readChangeSizeCache, writeChangeSizeCache } from './changeSizeCache.js';
import { startGitLog } from './gitLogProcess.js';
import type { Repository } from './openRepository.js';
import { GitError, runGitRaw } from './runGit.js';

/**
 * numstat of the commits on standard input and nothing else. Options a user's config could change
 * are set: renames on, no external diff or textconv (they change the counts), whole-tree paths.
 * Two settings for speed (docs/estimates.md, Speed): `--no-walk` (sorted) has git read the commits
 * newest first, as the walk met them, whatever order they are given in (the Task Log's), so
 * neighbouring commits share their delta bases; and git's cache of inflated delta bases is cut from
 * its 96 MiB default to 16 MiB, since numstat reads a few trees and blobs of each commit about once
 * and a large cache mostly costs page faults. On the benchmark's 10,081 record commits the two took
 * numstat from ~1.1 s to ~0.57 s and its peak memory from 164 MB to 70 MB (the report's peak is git's).
 */
export const NUMSTAT_ARGUMENTS: readonly string[] = [
  '-c', 'core.deltaBaseCacheLimit=16m',
  'log', '-z', '--no-color', '--no-show-signature', '--no-walk', '--stdin',
  '--numstat', '-M', '--root', '--diff-merges=first-parent', '--no-ext-diff', '--no-textconv', '--no-relative',
  '--format=%x01%H',
];

const ROW = /^(\d+|-)\t(\d+|-)\t/;

/** Splits numstat's NUL-separated output, chunk by chunk, into each commit's rows. */
export class NumstatParser {
  readonly rows = new Map<string, NumstatRow[]>();
  private carry: Buffer = Buffer.alloc(0);
  private current: NumstatRow[] | undefined;
  /** A rename's counts, waiting for its two paths (1: the old path comes next, 2: the new one). */
  private rename: { added: number | undefined; deleted: number | undefined; stage: 1 | 2 } | undefined;

  push(chunk: Buffer): void {
    const buffer = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
    let start = 0;
    for (let end = buffer.indexOf(0, start); end >= 0; end = buffer.indexOf(0, start)) {
      this.token(buffer.toString('utf8', start, end));
      start = end + 1;
    }
    this.carry = buffer.subarray(start);
  }

  private token(text: string): void {
    if (this.rename !== undefined) {
      if (this.rename.stage === 1) this.rename.stage = 2;
      else {
        this.current?.push({ added: this.rename.added, deleted: this.rename.deleted, path: text });
        this.rename = undefined;
      }
      return;
    }
    const token = text.startsWith('\n') ? text.slice(1) : text;
    if (token.startsWith('\u0001')) {
      this.current = [];
      this.rows.set(token.slice(1), this.current);
      return;
    }
    const match = ROW.exec(token);
    if (match === null) return;
    const added = match[1] === '-' ? undefined : Number(match[1]);
    const deleted = match[2] === '-' ? undefined : Number(match[2]);
    const path = token.slice(match[0].length);
    if (path === '') this.rename = { added, deleted, stage: 1 };
    else this.current?.push({ added, deleted, path });
  }
}

/** The `linguist-generated` and `linguist-vendored` attributes of `paths`, from the work tree's `.gitattributes`. */
export async function readPathAttributes(repo: Repository, paths: readonly string[]): Promise<Map<string, PathAttributes>> {
  const attributes = new Map<string, PathAttributes>();
  if (paths.length === 0) return attributes;
  const result = await runGitRaw(['check-attr', '-z', '--stdin', 'linguist-generated', 'linguist-vendored'], repo.root, `${paths.join('\u0000')}\u0000`);
  if (result.exitCode !== 0) throw new GitError(`git check-attr failed in ${repo.given}: ${result.stderr.trim() || `exit code ${result.exitCode}`}`, result.stderr, result.exitCode);
  const fields = result.stdout.split('\u0000');
  for (let index = 0; index + 2 < fields.length; index += 3) {
    const path = fields[index] as string;
    const value = fields[index + 2];
    // `linguist-generated` alone is "set"; `=true` is the value GitHub documents; `-x` and `=false` turn it off.
    const on = value === 'set' || value === 'true';
    const entry = attributes.get(path) ?? { generated: false, vendored: false };
    if (fields[index + 1] === 'linguist-generated') entry.generated = on;
    else entry.vendored = on;
    attributes.set(path, entry);
  }
  return attributes;
}

/**
 * The changed lines that count of each commit in `shas` (by sha), in at most two git processes
 * however many commits: numstat for those the cache (git/changeSizeCache.ts) does not hold (none
 * when it holds them all), then check-attr for the paths seen. What git measured is added to the cache.
 */
export async function readChangeSizes(repo: Repository, shas: readonly string[], exclude: readonly string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const parser = new NumstatParser();
  const cached = await readChangeSizeCache(repo, NUMSTAT_ARGUMENTS);
  const { found, output: cachedOutput } = cached.select(shas);
  for (const bytes of cachedOutput) parser.push(bytes);
  const missing = shas.filter((sha) => !found.has(sha));
  // An empty --stdin would show HEAD, hence no git at all when every commit is cached.
  if (missing.length > 0) {
    const git = startGitLog(repo, NUMSTAT_ARGUMENTS, `${missing.join('\n')}\n`);
    const output: Buffer[] = [];
    for await (const chunk of git.stdout) {
      parser.push(chunk as Buffer);
      output.push(chunk as Buffer);
    }
    await git.succeeded();
    await writeChangeSizeCache(repo, NUMSTAT_ARGUMENTS, cached, Buffer.concat(output), missing);
  }
  const paths = new Set<string>();
  for (const rows of parser.rows.values()) for (const row of rows) if (row.added !== undefined) paths.add(row.path);
  const attributes = await readPathAttributes(repo, [...paths]);
  const excludedByConfig = exclude.length === 0 ? () => false : (await import('../estimates/globFilter.js')).createGlobFilter(exclude);
  for (const [sha, rows] of parser.rows) sizes.set(sha, countChangedLines(rows, attributes, excludedByConfig));
  return sizes;
}
