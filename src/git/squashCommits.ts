/**
 * Squash commits' records: the commits a squash commit's message lists (trailers/squashMessage.ts),
 * each read as a record of the squash commit. git's trailer parser reads only a message's last
 * paragraph, so `%(trailers)` in the walk sees none of them (or only the last one's).
 *
 * Cost: the walk picks the candidates by subject as they pass (SQUASH_SUBJECT); only when there are
 * any, their bodies are read (`--no-walk --stdin`) and their listed messages are parsed by git in one
 * process (messagesTrailers.ts). A second walk to grep every message found them whatever their
 * subject, but cost the report a fifth of its time on a history with no squash commit at all.
 */
import type { CommitFacts } from '../record/types.js';
import { isSquashCommit, parseSquashMessage, type EmbeddedMessage } from '../trailers/squashMessage.js';
import { fieldOfKey, type Trailer } from '../trailers/trailerKeys.js';
import { parseTrailers, readInteger } from './decodeCommit.js';
import { startGitLog, type GitLog } from './gitLogProcess.js';
import { SQUASH_FIELD_COUNT, squashBodyArguments, type WalkOptions } from './logArguments.js';
import { readTrailersOfMessages } from './messagesTrailers.js';
import type { Repository } from './openRepository.js';
import { RecordSplitter } from './recordSplitter.js';

export interface SquashCommits {
  /** The squash commits found: their own trailer block is a listed commit's, so the walk leaves it. */
  shas: Set<string>;
  /** One per listed commit that carries leverage trailers, in history order then message order. */
  commits: CommitFacts[];
}

interface Candidate {
  facts: Omit<CommitFacts, 'trailers'>;
  listed: EmbeddedMessage[];
}

/** Reads a git process's output whole through a record splitter, then checks its exit. */
async function eachRecord(git: GitLog, fieldCount: number, onRecord: (buffer: Buffer, start: number, ends: readonly number[]) => void): Promise<void> {
  const splitter = new RecordSplitter(fieldCount);
  let complete = false;
  try {
    for await (const chunk of git.stdout) splitter.push(chunk, (buffer, start) => onRecord(buffer, start, splitter.ends));
    complete = true;
  } finally {
    if (!complete) git.stop();
  }
  await git.succeeded();
}

/** Which of `shas` (candidates the walk found) are squash commits, and the records they list. */
export async function readSquashCommits(repo: Repository, options: WalkOptions, shas: readonly string[]): Promise<SquashCommits> {
  const found: SquashCommits = { shas: new Set(), commits: [] };
  if (shas.length === 0) return found;
  const candidates: Candidate[] = [];
  await eachRecord(startGitLog(repo, squashBodyArguments(options.keys), `${shas.join('\n')}\n`), SQUASH_FIELD_COUNT, (buffer, start, ends) => {
    const [shaEnd, timeEnd, trailersEnd, nameEnd, emailEnd, subjectEnd, bodyEnd] = ends as [number, number, number, number, number, number, number];
    const squash = parseSquashMessage(buffer.toString('utf8', subjectEnd + 1, bodyEnd));
    if (squash === undefined) return;
    const ownLeverage = parseTrailers(buffer.toString('utf8', timeEnd + 1, trailersEnd), options.keys).length > 0;
    if (!isSquashCommit(squash, ownLeverage)) return;
    const facts = {
      repo: repo.label,
      sha: buffer.toString('latin1', start, shaEnd),
      authorName: buffer.toString('utf8', trailersEnd + 1, nameEnd),
      authorEmail: buffer.toString('utf8', nameEnd + 1, emailEnd),
      authorTime: readInteger(buffer, shaEnd + 1, timeEnd),
      subject: buffer.toString('utf8', emailEnd + 1, subjectEnd),
    };
    candidates.push({ facts, listed: squash.commits });
  });
  const messages = candidates.flatMap((candidate) => candidate.listed.map((listed) => listed.message));
  const parsed = await readTrailersOfMessages(messages, repo.root, process.env);
  let next = 0;
  for (const candidate of candidates) {
    for (const listed of candidate.listed) {
      const trailers = (parsed[next++] as Trailer[]).filter((trailer) => fieldOfKey(trailer.key, options.keys) !== undefined);
      if (trailers.length === 0) continue;
      const embedded = { index: listed.index, subject: listed.subject, ...(listed.sha ? { sha: listed.sha } : {}) };
      found.commits.push({ ...candidate.facts, trailers, embedded });
      // Its own trailer block, if any, is a listed commit's: counted once, as that commit's.
      found.shas.add(candidate.facts.sha);
    }
  }
  return found;
}
