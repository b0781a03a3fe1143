/**
 * Who estimated (`Estimated-By`): what share of a record's Human-Estimate hours each kind of
 * estimator contributes. Pure; computed from the records themselves, so a merged report says the same.
 */
import type { LeverageRecord } from '../record/types.js';
import { ESTIMATOR_KINDS } from '../trailers/valueGrammar.js';

/** `agent`, `human`, `team` as written; a person's name counts as `human`; `unstated` when the record has no Estimated-By. */
export type EstimatorKind = (typeof ESTIMATOR_KINDS)[number] | 'unstated';

export interface EstimatorShare {
  kind: EstimatorKind;
  /** Records (commits with figures) of this kind. */
  records: number;
  humanMinutes: number;
  /** humanMinutes over the record's total, 0 to 1. */
  share: number;
}

const ORDER: readonly EstimatorKind[] = [...ESTIMATOR_KINDS, 'unstated'];

/** The kind an `Estimated-By` value names (the grammar has already folded the three words to lower case). */
export function estimatorKind(estimatedBy: string | undefined): EstimatorKind {
  if (estimatedBy === undefined) return 'unstated';
  return (ESTIMATOR_KINDS as readonly string[]).includes(estimatedBy) ? (estimatedBy as EstimatorKind) : 'human';
}

/**
 * The shares, in the order agent, human, team, unstated (kinds with no record left out); undefined
 * when no record says who estimated, so a record written without the trailer reads as before.
 */
export function estimatorShares(record: LeverageRecord): EstimatorShare[] | undefined {
  const byKind = new Map<EstimatorKind, { records: number; humanMinutes: number }>();
  let stated = false;
  let total = 0;
  for (const task of record.tasks) {
    for (const commit of task.commits) {
      if (commit.role !== 'record' || !commit.figures) continue;
      const kind = estimatorKind(commit.figures.estimatedBy);
      if (kind !== 'unstated') stated = true;
      const entry = byKind.get(kind) ?? { records: 0, humanMinutes: 0 };
      entry.records += 1;
      entry.humanMinutes += commit.figures.humanMinutes;
      byKind.set(kind, entry);
      total += commit.figures.humanMinutes;
    }
  }
  if (!stated || total === 0) return undefined;
  return ORDER.flatMap((kind) => {
    const entry = byKind.get(kind);
    return entry ? [{ kind, records: entry.records, humanMinutes: entry.humanMinutes, share: entry.humanMinutes / total }] : [];
  });
}
