/**
 * The commit-msg decision, pure: a message's trailers (as git parsed them) and the policy in, a
 * verdict and the lines to show out. The same readLeverageTrailers the collector uses decides
 * validity, so what the hook accepts the report counts, and what the report would skip is refused.
 */
import { readLeverageTrailers, type Trailer, type TrailerOptions, type TrailerProblem, type TrailerVerdict } from '../trailers/trailerSchema.js';

export type RequirePolicy = 'never' | 'records' | 'always';

/** `Leverage: none` says a commit deliberately carries no record (for `require: always`). */
export const NO_LEVERAGE_KEY = 'Leverage';

export interface MessageFacts {
  trailers: readonly Trailer[];
  /** First line of the cleaned message. */
  subject: string;
  /** A merge is being committed (MERGE_HEAD exists). */
  merging: boolean;
  /** A revert is being committed (REVERT_HEAD exists), whatever the subject says. */
  reverting: boolean;
}

export interface CheckResult {
  ok: boolean;
  verdict: TrailerVerdict;
  /** Why the commit is refused; empty when ok. */
  problems: TrailerProblem[];
  /** Why the policy did not apply (exempt commit), for messages. */
  exemption: string | undefined;
}

/** Merge, fixup/squash/amend! and revert commits never need a record of their own. */
export function exemption(facts: Pick<MessageFacts, 'subject' | 'merging' | 'reverting'>): string | undefined {
  if (facts.merging || /^Merge (branch|remote-tracking branch|tag|pull request|commit) /.test(facts.subject)) return 'a merge commit';
  if (/^(fixup|squash|amend)! /.test(facts.subject)) return 'a fixup/squash commit';
  if (facts.reverting || /^Revert "/.test(facts.subject)) return 'a revert';
  return undefined;
}

function saysNone(trailers: readonly Trailer[]): boolean {
  return trailers.some((t) => t.key.toLowerCase() === NO_LEVERAGE_KEY.toLowerCase() && t.value.trim().toLowerCase() === 'none');
}

export function checkCommitMessage(facts: MessageFacts, policy: RequirePolicy, options: TrailerOptions): CheckResult {
  const verdict = readLeverageTrailers(facts.trailers, options);
  const result = (problems: TrailerProblem[], exempt?: string): CheckResult => ({ ok: problems.length === 0, verdict, problems, exemption: exempt });
  // Invalid trailers are refused under every policy: the report would skip them.
  if (verdict.kind === 'invalid') return result(verdict.problems);
  if (verdict.kind === 'record' || policy === 'never') return result([]);
  const exempt = exemption(facts);
  const { keys } = options;
  const recordForm = `${keys.task}, ${keys.humanEstimate} and ${keys.claudeMinutes} trailers in the last paragraph (see git-leverage commit --help)`;
  if (verdict.kind === 'link') {
    // `records`: a leverage trailer is there, so it must make a full record (a lone link is refused).
    if (exempt) return result([], exempt);
    return result([
      {
        key: keys.humanEstimate,
        value: undefined,
        message: `is missing: this repository's policy (require: ${policy}) wants a full record, not only ${keys.task}/${keys.taskId}`,
        accepted: recordForm,
      },
    ]);
  }
  if (policy === 'records' || exempt || saysNone(facts.trailers)) return result([], exempt);
  return result([
    {
      key: keys.task,
      value: undefined,
      message: `and the other leverage trailers are missing: this repository's policy (require: always) wants a record on every commit`,
      accepted: `${recordForm}, or ${NO_LEVERAGE_KEY}: none for a commit without one`,
    },
  ]);
}
