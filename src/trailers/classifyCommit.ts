/** A commit as git gave it → a commit read as leverage (its verdict), or nothing for most commits. */
import type { CommitFacts, LeverageCommit } from '../record/types.js';
import { readLeverageTrailers, type TrailerOptions } from './trailerSchema.js';

/** Reads a commit's leverage trailers; undefined when it has none. */
export function classifyCommit(commit: CommitFacts, options: TrailerOptions): LeverageCommit | undefined {
  const verdict = readLeverageTrailers(commit.trailers, options);
  if (verdict.kind === 'none') return undefined;
  const leverage: LeverageCommit = { repo: commit.repo, sha: commit.sha, authorName: commit.authorName, authorEmail: commit.authorEmail, authorTime: commit.authorTime, subject: commit.subject, verdict };
  if (commit.embedded) leverage.embedded = commit.embedded;
  return leverage;
}
