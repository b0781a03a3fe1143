/**
 * `git-leverage annotate --note [<commit>]`: writes the commit's leverage note (git/noteRecords.ts)
 * instead of rewriting its message, so a pushed commit's figures can be added or corrected on a
 * protected branch. The note is one record: the figures it held (or, without a note, those of the
 * commit's message), with the flags' figures replacing the same fields.
 */
import { NOTES_REF, type Repository } from '../../git/openRepository.js';
import { readNotes } from '../../git/noteRecords.js';
import { runGit, runGitRaw } from '../../git/runGit.js';
import { parseTrailersWithGit } from '../../hooks/readMessageTrailers.js';
import { isSquashCommit, parseSquashMessage } from '../../trailers/squashMessage.js';
import { describeProblem, fieldOfKey, readLeverageTrailers, type Trailer, type TrailerOptions } from '../../trailers/trailerSchema.js';
import { UsageError } from '../../userError.js';
import type { CliIo } from '../commandContext.js';

/** The trailers of `base` with each of `given` replacing the trailer of the same field (in place), the others added at the end. Pure. */
export function mergeNoteTrailers(base: readonly Trailer[], given: readonly Trailer[], options: TrailerOptions): Trailer[] {
  const fieldOf = (trailer: Trailer) => fieldOfKey(trailer.key, options.keys);
  const byField = new Map(given.map((trailer) => [fieldOf(trailer), trailer]));
  const merged: Trailer[] = [];
  for (const trailer of base) {
    const field = fieldOf(trailer);
    if (field === undefined) continue;
    const replacement = byField.get(field);
    if (replacement === undefined) merged.push(trailer);
    else if (!merged.includes(replacement)) merged.push(replacement);
  }
  for (const trailer of given) if (!merged.includes(trailer)) merged.push(trailer);
  return merged;
}

/** The commit `revision` names, as a full sha; a one-line error otherwise. */
async function resolveCommit(repo: Repository, revision: string, env: NodeJS.ProcessEnv): Promise<string> {
  const accepted = 'a commit: a sha, a branch, HEAD~2, …';
  if (revision.startsWith('-')) throw new UsageError(`--note "${revision}" is not a commit (accepted: ${accepted})`);
  const resolved = await runGitRaw(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], repo.root, undefined, env);
  if (resolved.exitCode !== 0) throw new UsageError(`--note "${revision}" is not a commit of ${repo.given} (accepted: ${accepted})`);
  return resolved.stdout.trim();
}

/** The leverage trailers a new note starts from: the commit's note, else its message's (none for a squash commit: a note replaces all its records). */
async function baseTrailers(repo: Repository, sha: string, options: TrailerOptions, env: NodeJS.ProcessEnv): Promise<Trailer[]> {
  const short = sha.slice(0, 12);
  const note = await runGitRaw(['notes', `--ref=${NOTES_REF}`, 'show', sha], repo.root, undefined, env);
  if (note.exitCode === 0) {
    const [reading] = await readNotes([note.stdout], repo.root, env, options.keys);
    if (reading?.listed) throw new UsageError(`the note on ${short} holds several records (the listing form): edit it with git notes --ref=leverage edit ${short}`);
    return reading?.trailers ?? [];
  }
  const message = await runGit(['log', '-1', '--encoding=UTF-8', '--format=%B', sha], repo.root, undefined, env);
  const trailers = await parseTrailersWithGit(Buffer.from(message), repo.root, env);
  const squash = parseSquashMessage(message);
  const ownLeverage = trailers.some((trailer) => fieldOfKey(trailer.key, options.keys) !== undefined);
  return squash && isSquashCommit(squash, ownLeverage) ? [] : trailers;
}

/** Writes the note with `given` figures on `revision`; prints the note, and where it went. */
export async function annotateNote(repo: Repository, revision: string, given: readonly Trailer[], options: TrailerOptions, io: CliIo): Promise<void> {
  const sha = await resolveCommit(repo, revision, io.env);
  const trailers = mergeNoteTrailers(await baseTrailers(repo, sha, options, io.env), given, options);
  const verdict = readLeverageTrailers(trailers, options);
  if (verdict.kind === 'invalid') {
    throw new UsageError(`the note on ${sha.slice(0, 12)} with these figures would not validate:\n${verdict.problems.map((p) => `  ${describeProblem(p)}`).join('\n')}`);
  }
  const text = trailers.map((trailer) => `${trailer.key}: ${trailer.value}\n`).join('');
  // -f: a note already there is this one's base, and is replaced.
  await runGit(['notes', `--ref=${NOTES_REF}`, 'add', '-f', '-F', '-', sha], repo.root, text, io.env);
  io.stdout(text);
  io.stderr(`git-leverage: note written on ${sha.slice(0, 12)} in ${NOTES_REF}; share it with git push origin ${NOTES_REF} (see docs/notes.md)\n`);
}
