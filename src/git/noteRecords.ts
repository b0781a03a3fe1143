/**
 * Leverage notes: figures kept in refs/notes/leverage beside a commit rather than in its message,
 * to add figures to a commit that has none, or correct a pushed one, without rewriting history
 * (docs/notes.md). A note holds leverage trailer lines as a message would, in one of two forms:
 *
 * - one record: trailer lines (`Task: …`, `Human-Estimate: 3h`, …), with or without a title;
 * - several records: the squash listing form parseSquashMessage reads (a title, then `* subject`
 *   bullets, each followed by a blank line and that commit's message with its trailer block).
 *
 * A note that carries a leverage trailer (or `Leverage: none`) replaces every record of its commit,
 * those of its message and those a squash message lists: it is a correction. A note with neither is
 * not read as figures (`validate` says so). The walk reads the notes with the commits (`%N`,
 * logArguments.ts); git parses all of them here in one process (messagesTrailers.ts).
 */
import type { CommitFacts } from '../record/types.js';
import { isSquashCommit, parseSquashMessage } from '../trailers/squashMessage.js';
import { fieldOfKey, saysNoLeverage, type Trailer, type TrailerKeys } from '../trailers/trailerKeys.js';
import { readTrailersOfMessages } from './messagesTrailers.js';

/**
 * git never reads trailers from a message's first paragraph (its title), so a note made only of
 * trailer lines would hold none: each note is parsed below this title.
 */
const NOTE_TITLE = 'git-leverage note\n\n';

/** A commit of the walk that has a leverage note: its facts, and the note's text. */
export interface NotedCommit {
  facts: Omit<CommitFacts, 'trailers'>;
  text: string;
}

/** A commit listed in a note of the listing form, with the trailers git reads from its message. */
export interface NoteListedCommit {
  index: number;
  subject: string;
  trailers: Trailer[];
}

/** A note as git reads it: its own trailers, and the listed commits when it has the listing form. */
export interface NoteReading {
  /** Every trailer of the note's last paragraph, leverage or not. */
  trailers: Trailer[];
  /** The listing form's commits (each one a record of the noted commit); undefined for one record. */
  listed?: NoteListedCommit[];
}

const isLeverage = (keys: TrailerKeys) => (trailer: Trailer) => fieldOfKey(trailer.key, keys) !== undefined;

/** Each note's reading, in order, parsed with git's rules (the repository's `trailer.*` config) in one git process. */
export async function readNotes(texts: readonly string[], cwd: string, env: NodeJS.ProcessEnv, keys: TrailerKeys): Promise<NoteReading[]> {
  const squashes = texts.map((text) => parseSquashMessage(text));
  const messages = texts.flatMap((text, index) => [NOTE_TITLE + text, ...(squashes[index]?.commits.map((listed) => listed.message) ?? [])]);
  const parsed = await readTrailersOfMessages(messages, cwd, env);
  let next = 0;
  return texts.map((_, index) => {
    const trailers = parsed[next++] as Trailer[];
    const squash = squashes[index];
    if (squash === undefined) return { trailers };
    const listed = squash.commits.map((commit) => ({ index: commit.index, subject: commit.subject, trailers: parsed[next++] as Trailer[] }));
    // As the hook reads a message: a bulleted note whose bullets carry no leverage trailer is one record with a list.
    const listing = isSquashCommit(squash, trailers.some(isLeverage(keys))) && (squash.format === 'git' || listed.some((commit) => commit.trailers.some(isLeverage(keys))));
    return listing ? { trailers, listed } : { trailers };
  });
}

/** Whether a note is read as figures: it carries a leverage trailer, or says `Leverage: none` (the commit has no record). */
export function noteCounts(reading: NoteReading, keys: TrailerKeys): boolean {
  const own = reading.listed ? reading.listed.flatMap((commit) => commit.trailers) : reading.trailers;
  return own.some(isLeverage(keys)) || saysNoLeverage(reading.trailers);
}

/**
 * The records a noted commit has, pure: one per listed commit that carries leverage trailers, or the
 * note's own leverage trailers; none for `Leverage: none`. Undefined when the note is not read as
 * figures, so the commit keeps its own.
 */
export function noteRecords(noted: NotedCommit, reading: NoteReading, keys: TrailerKeys): CommitFacts[] | undefined {
  if (!noteCounts(reading, keys)) return undefined;
  const ours = isLeverage(keys);
  if (reading.listed === undefined) {
    const trailers = reading.trailers.filter(ours);
    return trailers.length > 0 ? [{ ...noted.facts, trailers, note: true }] : [];
  }
  return reading.listed.flatMap((listed) => {
    const trailers = listed.trailers.filter(ours);
    return trailers.length > 0 ? [{ ...noted.facts, trailers, embedded: { index: listed.index, subject: listed.subject }, note: true as const }] : [];
  });
}
