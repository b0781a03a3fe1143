/**
 * Streams history out of `git log` and yields the commits that carry leverage trailers, one at a
 * time. Memory stays flat however long the history: commits without leverage trailers, or outside
 * the window, are dropped as they pass. Trailers are parsed by git itself (`%(trailers)`), so git's
 * rules hold (last paragraph only, folded lines, `trailer.separators`).
 */
import { spawn } from 'node:child_process';
import type { CommitFacts, ReportWindow } from '../record/types.js';
import { isInWindow } from '../time/reportWindow.js';
import { fieldOfKey, type Trailer, type TrailerKeys } from '../trailers/trailerSchema.js';
import type { Repository } from './openRepository.js';
import { GitError } from './runGit.js';

const TRAILER_SEPARATOR = '\x1e';
const KEY_VALUE_SEPARATOR = '\x1f';
/** Field order of one commit; `-z` puts a NUL between commits, `%x00` between fields. */
const FIELDS = ['%H', '%at', `%(trailers:only,unfold,separator=%x1e,key_value_separator=%x1f)`, '%an', '%ae', '%s'];
const FIELD_COUNT = FIELDS.length;

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
  if (window.range !== undefined) args.push(window.range);
  else if (options.revs.length > 0) args.push(...options.revs);
  else args.push('--branches', ...(repo.hasCommits ? ['HEAD'] : []));
  args.push('--');
  return args;
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
  const child = spawn('git', args, { cwd: repo.root, stdio: ['ignore', 'pipe', 'pipe'] });
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

  // With -z every field, and every commit, ends in a NUL: the output is a flat run of fields.
  const fields: Buffer[] = [];
  let pending: Buffer | undefined;
  let reachedBoundary: string | undefined;
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      const buffer = pending ? Buffer.concat([pending, chunk]) : chunk;
      let start = 0;
      for (let nul = buffer.indexOf(0); nul >= 0; nul = buffer.indexOf(0, start)) {
        fields.push(buffer.subarray(start, nul));
        start = nul + 1;
        if (fields.length < FIELD_COUNT) continue;
        const sha = (fields[0] as Buffer).toString('latin1');
        if (repo.shallowBoundary.has(sha)) reachedBoundary = sha;
        const commit = toCommit(fields, repo, options);
        fields.length = 0;
        if (commit) yield commit;
      }
      // Fields already split point into `buffer`; keep them and the unfinished tail alive by copy.
      for (let i = 0; i < fields.length; i += 1) fields[i] = Buffer.from(fields[i] as Buffer);
      pending = start < buffer.length ? Buffer.from(buffer.subarray(start)) : undefined;
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

function toCommit(fields: readonly Buffer[], repo: Repository, options: StreamOptions): CommitFacts | undefined {
  const [sha, authorTime, trailerText, authorName, authorEmail, subject] = fields as [Buffer, Buffer, Buffer, Buffer, Buffer, Buffer];
  // Most commits carry no trailers at all: leave before decoding anything else.
  if (trailerText.length === 0) return undefined;
  const time = Number(authorTime.toString('latin1'));
  if (!isInWindow(options.window, time)) return undefined;
  const trailers = parseTrailers(trailerText.toString('utf8'), options.keys);
  if (trailers.length === 0) return undefined;
  return {
    repo: repo.label,
    sha: sha.toString('latin1'),
    authorName: authorName.toString('utf8'),
    authorEmail: authorEmail.toString('utf8'),
    authorTime: time,
    subject: subject.toString('utf8'),
    trailers,
  };
}
