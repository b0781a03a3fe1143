/**
 * `write-notes`: on a push to the default branch, a pushed commit that carries no leverage records
 * but landed a merged pull request whose commits did (a squash with an edited message, a rebase that
 * dropped the trailers) gets those records as a note in refs/notes/leverage, pushed to origin. The
 * records survive whatever message the merge wrote.
 *
 * A pull request's records are left out when they are already on the branch: its commits reachable
 * from the pushed head (a merge commit), or a pushed commit with the same figures (a rebase). An
 * existing note is never overwritten. Every failure (API, permissions, push) is a warning: the
 * report of this run is already written.
 */
import { NOTES_REF } from '../git/openRepository.js';
import { readTrailersOfMessages } from '../git/messagesTrailers.js';
import { runGitRaw } from '../git/runGit.js';
import type { LeverageCommit } from '../record/types.js';
import { fieldOfKey, type TrailerOptions } from '../trailers/trailerKeys.js';
import { readLeverageTrailers, type LeverageFigures } from '../trailers/trailerSchema.js';
import { gitComplaint } from './fetchNotes.js';
import { listPullRequestCommits, listPullRequestsOfCommit, type GitHubClient, type RepoRef } from './githubClient.js';
import { leverageNoteText, type NoteRecord } from './leverageNote.js';

export interface NotesLog {
  info: (message: string) => void;
  warning: (message: string) => void;
}

export interface WriteNotesRequest {
  /** The repository (the workspace's checkout of `repo`). */
  dir: string;
  repo: RepoRef;
  client: GitHubClient;
  /** The pushed commits, `before..after`. */
  range: string;
  defaultBranch: string;
  /** The commits of the range that carry leverage trailers (the report's): they need no note. */
  carried: readonly LeverageCommit[];
  trailerOptions: TrailerOptions;
  log: NotesLog;
  env?: NodeJS.ProcessEnv;
}

export interface WriteNotesOutcome {
  /** Commit → note text, as written and pushed. */
  written: Map<string, string>;
}

export const NOTES_PERMISSION_HELP =
  'write-notes needs a token that can push: give the job `permissions: contents: write` (and `pull-requests: read` to list a commit\'s pull requests); ' +
  'a push from a fork\'s workflow gets a read-only token whatever it asks.';

/** How many times a push rejected because origin's notes moved (another run) is fetched, redone and retried. */
const PUSH_ATTEMPTS = 3;

/** GitHub Actions' own identity, for the notes commit when the runner has none configured. */
const BOT_IDENTITY = ['-c', 'user.name=github-actions[bot]', '-c', 'user.email=41898282+github-actions[bot]@users.noreply.github.com'];

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** A warning for a failed API call (never the token or the headers). */
export function describeNotesFailure(what: string, error: unknown): string {
  const status = statusOf(error);
  const message = (error as Error | undefined)?.message ?? String(error);
  const help = status === 403 || status === 404 ? ` ${NOTES_PERMISSION_HELP}` : '';
  return `write-notes: could not ${what} (${status ? `HTTP ${status}: ` : ''}${message}); no notes written.${help}`;
}

/** What makes two records the same record: their figures (the squash rule of the collector). */
const figuresKey = (figures: LeverageFigures) => JSON.stringify(Object.entries(figures).sort(([a], [b]) => a.localeCompare(b)));

async function git(request: WriteNotesRequest, args: string[], input?: string) {
  return runGitRaw(args, request.dir, input, request.env);
}

/** Commits that already have a note in refs/notes/leverage (`git notes list`: note blob, then commit). */
async function annotatedCommits(request: WriteNotesRequest): Promise<Set<string>> {
  const listed = await git(request, ['notes', `--ref=${NOTES_REF}`, 'list']);
  return new Set(listed.exitCode === 0 ? listed.stdout.split('\n').map((line) => line.split(' ')[1] ?? '').filter(Boolean) : []);
}

async function isAncestor(request: WriteNotesRequest, sha: string, of: string): Promise<boolean> {
  return (await git(request, ['merge-base', '--is-ancestor', sha, of])).exitCode === 0;
}

/** The records of a pull request's commits that are not on the branch yet, read with git's trailer rules. */
async function pullRequestRecords(request: WriteNotesRequest, pullRequest: number, head: string, onBranch: Set<string>): Promise<NoteRecord[]> {
  const commits = await listPullRequestCommits(request.client, request.repo, pullRequest);
  const parsed = await readTrailersOfMessages(
    commits.map((commit) => commit.message),
    request.dir,
    request.env ?? process.env,
  );
  const records: NoteRecord[] = [];
  let invalid = 0;
  for (const [index, commit] of commits.entries()) {
    const trailers = (parsed[index] ?? []).filter((trailer) => fieldOfKey(trailer.key, request.trailerOptions.keys) !== undefined);
    const verdict = readLeverageTrailers(trailers, request.trailerOptions);
    if (verdict.kind === 'invalid') invalid += 1;
    if (verdict.kind !== 'record') continue;
    if (onBranch.has(figuresKey(verdict.figures)) || (await isAncestor(request, commit.sha, head))) continue;
    records.push({ subject: commit.message.split('\n', 1)[0] ?? '', trailers });
  }
  if (invalid > 0) request.log.info(`write-notes: #${pullRequest} has ${invalid} commit${invalid === 1 ? '' : 's'} whose leverage trailers do not validate: left out of its note`);
  return records;
}

/** Adds the notes (skipping commits that have one by now), then pushes; redone on a rejected push. */
async function addAndPush(request: WriteNotesRequest, notes: Map<string, string>): Promise<Map<string, string>> {
  const identity = (await git(request, ['config', '--get', 'user.email'])).exitCode === 0 ? [] : BOT_IDENTITY;
  for (let attempt = 1; ; attempt += 1) {
    const existing = await annotatedCommits(request);
    const written = new Map<string, string>();
    for (const [sha, text] of notes) {
      if (existing.has(sha)) {
        request.log.info(`write-notes: ${sha.slice(0, 12)} already has a note in ${NOTES_REF}: left as it is (a note is never overwritten)`);
        continue;
      }
      const added = await git(request, [...identity, 'notes', `--ref=${NOTES_REF}`, 'add', '-F', '-', sha], text);
      if (added.exitCode !== 0) throw new Error(`git notes add failed for ${sha.slice(0, 12)}: ${gitComplaint(added.stderr, added.exitCode)}`);
      written.set(sha, text);
    }
    if (written.size === 0) return written;
    const pushed = await git(request, ['push', '--quiet', '--no-verify', 'origin', `${NOTES_REF}:${NOTES_REF}`]);
    if (pushed.exitCode === 0) return written;
    const rejected = /\[rejected\]|non-fast-forward|fetch first|stale info/.test(pushed.stderr);
    if (!rejected || attempt >= PUSH_ATTEMPTS) {
      const denied = /403|denied|not allowed|permission/i.test(pushed.stderr);
      throw new Error(`could not push ${NOTES_REF} to origin (${gitComplaint(pushed.stderr, pushed.exitCode)})${denied ? `. ${NOTES_PERMISSION_HELP}` : ''}`);
    }
    // Another run pushed notes meanwhile: start again from origin's, so no note of theirs is lost.
    request.log.info(`write-notes: origin's ${NOTES_REF} moved while writing: fetching it and writing again`);
    const fetched = await git(request, ['fetch', '--no-tags', '--quiet', 'origin', `+${NOTES_REF}:${NOTES_REF}`]);
    if (fetched.exitCode !== 0) throw new Error(`could not fetch ${NOTES_REF} from origin (${gitComplaint(fetched.stderr, fetched.exitCode)})`);
  }
}

/**
 * Writes and pushes the notes of the pushed commits that need one. Never throws: every failure is
 * a warning, and the outcome lists what was written.
 */
export async function writeNotes(request: WriteNotesRequest): Promise<WriteNotesOutcome> {
  const { log } = request;
  const none: WriteNotesOutcome = { written: new Map() };
  const head = request.range.split('..').pop() as string;
  const listed = await git(request, ['rev-list', request.range, '--']);
  if (listed.exitCode !== 0) {
    log.warning(`write-notes: cannot list the pushed commits ${request.range} (${gitComplaint(listed.stderr, listed.exitCode)}): no notes written`);
    return none;
  }
  const carried = new Set(request.carried.map((commit) => commit.sha));
  const onBranch = new Set(request.carried.flatMap((commit) => (commit.verdict.kind === 'record' ? [figuresKey(commit.verdict.figures)] : [])));
  const annotated = await annotatedCommits(request);
  // Oldest first, so that of a pull request's pushed commits the first to land takes the note.
  const candidates = listed.stdout.split('\n').filter((sha) => sha && !carried.has(sha)).reverse();
  const notes = new Map<string, string>();
  const seen = new Set<number>();
  try {
    for (const sha of candidates) {
      if (annotated.has(sha)) {
        log.info(`write-notes: ${sha.slice(0, 12)} already has a note in ${NOTES_REF}: left as it is (a note is never overwritten)`);
        continue;
      }
      const pulls = await listPullRequestsOfCommit(request.client, request.repo, sha);
      const merged = pulls.find((pull) => pull.mergedAt !== null && pull.baseRef === request.defaultBranch);
      if (merged === undefined || seen.has(merged.number)) continue;
      seen.add(merged.number);
      const records = await pullRequestRecords(request, merged.number, head, onBranch);
      if (records.length === 0) {
        log.info(`write-notes: ${sha.slice(0, 12)} landed #${merged.number}, whose commits carry no records that are not on ${request.defaultBranch} already`);
        continue;
      }
      notes.set(sha, leverageNoteText(merged.number, records));
      log.info(`write-notes: ${sha.slice(0, 12)} landed #${merged.number}: a note with its ${records.length} record${records.length === 1 ? '' : 's'}`);
    }
  } catch (error) {
    log.warning(describeNotesFailure('list the pull requests of the pushed commits', error));
    return none;
  }
  if (notes.size === 0) {
    log.info(`write-notes: no pushed commit needs a note`);
    return none;
  }
  try {
    const written = await addAndPush(request, notes);
    if (written.size > 0) log.info(`write-notes: pushed ${written.size} note${written.size === 1 ? '' : 's'} to origin's ${NOTES_REF}`);
    return { written };
  } catch (error) {
    log.warning(`write-notes: ${(error as Error).message}`);
    return none;
  }
}
