/**
 * The text of a note in refs/notes/leverage that carries a merged pull request's records onto the
 * commit that landed it. Pure. The collector reads notes as it reads messages, so the form is one it
 * already knows: a single record is just its trailer lines; several are GitHub's squash listing
 * (trailers/squashMessage.ts parseSquashMessage), each listed commit its subject and its trailers.
 */
import type { Trailer } from '../trailers/trailerKeys.js';

/** A pull request's commit that carries a record: its subject and its leverage trailers only. */
export interface NoteRecord {
  subject: string;
  trailers: readonly Trailer[];
}

const trailerLines = (trailers: readonly Trailer[]) => trailers.map((trailer) => `${trailer.key}: ${trailer.value}`).join('\n');

/**
 * The note for the records of pull request `pullRequest`. Bodies are left out: a body paragraph that
 * starts with `* ` or a `---------` line would split or end the listing, and a note carries figures.
 */
export function leverageNoteText(pullRequest: number, records: readonly NoteRecord[]): string {
  if (records.length === 0) throw new RangeError('a leverage note needs at least one record');
  if (records.length === 1) return `${trailerLines((records[0] as NoteRecord).trailers)}\n`;
  const listed = records.map((record) => `* ${record.subject.replace(/\s+/g, ' ').trim() || '(no subject)'}\n\n${trailerLines(record.trailers)}\n`);
  return `Leverage records of #${pullRequest}\n\n${listed.join('\n')}`;
}
