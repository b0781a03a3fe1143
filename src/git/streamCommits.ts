/**
 * Streams a repository's history out of `git log` and yields the commits that carry leverage
 * trailers and were authored in the window, in batches (one per chunk of git's output that holds
 * any). Commits without leverage trailers are dropped as they pass, so memory stays flat however
 * long the history. git parses the trailers itself (`%(trailers)`), so git's rules hold (last
 * paragraph only, folded lines, `trailer.separators`). Commits whose subject is a squash commit's are
 * noted as they pass; the records their messages list come from squashCommits.ts after the walk.
 * So are commits with a leverage note (noteRecords.ts), read with the walk when the repository has
 * any (`%N`): after the walk git parses every note at once, and a note's records replace the commit's.
 */
import type { CommitFacts } from '../record/types.js';
import { isInWindow } from '../window/reportWindow.js';
import { commitFactsAt, decodeCommit, isSquashSubjectAt, readInteger } from './decodeCommit.js';
import { startGitLog, type GitLog } from './gitLogProcess.js';
import { commitFieldCount, DATE_FIELD_COUNT, datePassArguments, detailPassArguments, gitLogArguments, readsDatesFirst, type WalkOptions } from './logArguments.js';
import type { Repository } from './openRepository.js';
import { noteRecords, readNotes, type NotedCommit } from './noteRecords.js';
import { RecordSplitter } from './recordSplitter.js';
import { ShallowBoundaryWatch } from './shallowBoundary.js';
import { readSquashCommits } from './squashCommits.js';

export interface StreamOptions extends WalkOptions {
  /** Seconds since the epoch: a window well before it is walked in two passes (readsDatesFirst). */
  now?: number;
}

/**
 * The leverage commits of `repo` in the window. Throws ShallowHistoryError when the walk reaches a
 * shallow clone's boundary inside the window, GitError when git fails.
 */
export async function* streamCommits(repo: Repository, options: StreamOptions): AsyncGenerator<CommitFacts[]> {
  if (!repo.hasCommits && options.window.range === undefined) return;
  const boundary = new ShallowBoundaryWatch(repo, options.window);
  const squash: SquashWatch = { candidates: [], held: [], noted: [] };
  if (readsDatesFirst(options.window, options.now)) {
    const shas = await shasInWindow(repo, options, boundary);
    boundary.check();
    // Never an empty input: given no commit, `git log --stdin` would show HEAD's history.
    if (shas.length > 0) yield* readCommits(repo, options, startGitLog(repo, detailPassArguments(repo, options.keys), `${shas.join('\n')}\n`), undefined, squash);
  } else {
    yield* readCommits(repo, options, startGitLog(repo, gitLogArguments(repo, options)), boundary, squash);
    boundary.check();
  }
  if (squash.noted.length > 0) {
    const fromNotes = await readNotedCommits(repo, options, squash);
    if (fromNotes.length > 0) yield fromNotes;
  }
  if (squash.candidates.length === 0) return;
  const found = await readSquashCommits(repo, options, squash.candidates);
  // A squash commit's own trailer block is a listed commit's: counted once, as that commit's.
  const held = squash.held.filter((commit) => !found.shas.has(commit.sha));
  if (held.length > 0) yield held;
  if (found.commits.length > 0) yield found.commits;
}

/** What the walk notes for squash commits: the candidates in the window, and their own records until they are known; and the commits with a note. */
interface SquashWatch {
  candidates: string[];
  held: CommitFacts[];
  noted: NotedWalkCommit[];
}

/** A commit of the window with a leverage note, and what it would be without one. */
interface NotedWalkCommit extends NotedCommit {
  own: CommitFacts | undefined;
  squashCandidate: boolean;
}

/**
 * The records of the noted commits (one git process for every note); a commit whose note is not
 * read as figures goes back to the walk's reading of its message (a squash candidate again).
 */
async function readNotedCommits(repo: Repository, options: WalkOptions, watch: SquashWatch): Promise<CommitFacts[]> {
  const readings = await readNotes(
    watch.noted.map((noted) => noted.text),
    repo.root,
    process.env,
    options.keys,
  );
  const found: CommitFacts[] = [];
  watch.noted.forEach((noted, index) => {
    const records = noteRecords(noted, readings[index] as (typeof readings)[number], options.keys);
    if (records !== undefined) found.push(...records);
    else if (noted.squashCandidate) {
      watch.candidates.push(noted.facts.sha);
      if (noted.own) watch.held.push(noted.own);
    } else if (noted.own) found.push(noted.own);
  });
  return found;
}

/** Reads a git log to its end (or stops git when the reader leaves early), then checks git's exit. */
async function* readToEnd(git: GitLog): AsyncGenerator<Buffer> {
  let complete = false;
  try {
    yield* git.stdout;
    complete = true;
  } finally {
    if (!complete) git.stop();
  }
  await git.succeeded();
}

/** The first pass of two: the shas of the commits authored in the window, from `%H %at`. */
async function shasInWindow(repo: Repository, options: WalkOptions, boundary: ShallowBoundaryWatch): Promise<string[]> {
  const splitter = new RecordSplitter(DATE_FIELD_COUNT);
  const { ends } = splitter;
  const shas: string[] = [];
  for await (const chunk of readToEnd(startGitLog(repo, datePassArguments(repo, options)))) {
    splitter.push(chunk, (buffer, start) => {
      const authorTime = readInteger(buffer, (ends[0] as number) + 1, ends[1] as number);
      const inWindow = isInWindow(options.window, authorTime);
      if (!inWindow && !boundary.watching) return;
      const sha = buffer.toString('latin1', start, ends[0]);
      if (boundary.watching) boundary.see(sha, authorTime);
      if (inWindow) shas.push(sha);
    });
  }
  return shas;
}

/** The leverage commits in one `git log` of the commit format; squash candidates (by subject) go to `squash`. */
async function* readCommits(repo: Repository, options: WalkOptions, git: GitLog, boundary: ShallowBoundaryWatch | undefined, squash: SquashWatch): AsyncGenerator<CommitFacts[]> {
  const splitter = new RecordSplitter(commitFieldCount(repo));
  const { ends } = splitter;
  const watch = boundary?.watching ? boundary : undefined;
  const notes = repo.hasNotes === true;
  for await (const chunk of readToEnd(git)) {
    const batch: CommitFacts[] = [];
    splitter.push(chunk, (buffer, start) => {
      watch?.see(buffer.toString('latin1', start, ends[0]), readInteger(buffer, (ends[0] as number) + 1, ends[1] as number));
      const commit = decodeCommit({ buffer, start, ends }, repo.label, options.window, options.keys);
      const squashCandidate = isSquashSubjectAt(buffer, (ends[4] as number) + 1, ends[5] as number) && isInWindow(options.window, readInteger(buffer, (ends[0] as number) + 1, ends[1] as number));
      // A note's field: empty (the NUL right after the subject's) for a commit without one.
      if (notes && (ends[6] as number) > (ends[5] as number) + 1) {
        const facts = commitFactsAt({ buffer, start, ends }, repo.label);
        if (isInWindow(options.window, facts.authorTime)) squash.noted.push({ facts, text: buffer.toString('utf8', (ends[5] as number) + 1, ends[6] as number), own: commit, squashCandidate });
      } else if (squashCandidate) {
        squash.candidates.push(buffer.toString('latin1', start, ends[0]));
        if (commit) squash.held.push(commit);
      } else if (commit) batch.push(commit);
    });
    if (batch.length > 0) yield batch;
  }
}
