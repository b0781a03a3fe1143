/**
 * The commit-msg decision, pure: a message's trailers (as git parsed them) and the policy in, a
 * verdict and the lines to show out. The same readLeverageTrailers the collector uses decides
 * validity, so what the hook accepts the report counts, and what the report would skip is refused.
 */
import { readLeverageTrailers, type Trailer, type TrailerOptions, type TrailerProblem, type TrailerVerdict } from '../trailers/trailerSchema.js';
import { describeStray, findStrayLeverageLines } from './strayLeverageLines.js';
import { NO_LEVERAGE_KEY, saysNoLeverage } from '../trailers/trailerKeys.js';

export type RequirePolicy = 'never' | 'records' | 'always';

// The key lives with the other trailer keys; re-exported for the hook's callers.
export { NO_LEVERAGE_KEY } from '../trailers/trailerKeys.js';

export interface MessageFacts {
  trailers: readonly Trailer[];
  /** First line of the cleaned message. */
  subject: string;
  /** A merge is being committed (MERGE_HEAD exists). */
  merging: boolean;
  /** A revert is being committed (REVERT_HEAD exists), whatever the subject says. */
  reverting: boolean;
  /**
   * The whole message as git stores it, when known: leverage lines outside the trailer block are
   * looked for in it (strayLeverageLines.ts). Undefined: not looked for.
   */
  message?: string | undefined;
}

export interface CheckResult {
  ok: boolean;
  verdict: TrailerVerdict;
  /** Why the commit is refused; empty when ok. */
  problems: TrailerProblem[];
  /** Why the policy did not apply (exempt commit), for messages. */
  exemption: string | undefined;
  /**
   * What does not stop the commit but loses data: leverage lines git will not read as trailers.
   * Each is one line, `lines 3-5 (Task, …) look like leverage trailers, but …`.
   */
  warnings: string[];
}

/** Merge, fixup/squash/amend! and revert commits never need a record of their own. */
export function exemption(facts: Pick<MessageFacts, 'subject' | 'merging' | 'reverting'>): string | undefined {
  if (facts.merging || /^Merge (branch|remote-tracking branch|tag|pull request|commit) /.test(facts.subject)) return 'a merge commit';
  if (/^(fixup|squash|amend)! /.test(facts.subject)) return 'a fixup/squash commit';
  if (facts.reverting || /^Revert "/.test(facts.subject)) return 'a revert';
  return undefined;
}

/**
 * Leverage lines that git will not read as trailers (a record typed above another paragraph, or as
 * the subject) are a warning under `require: never`: the commit may be meant as it is. Under
 * `records` and `always` they are refused when git reads no leverage trailer at all from the message
 * (the record would be lost whole), unless the commit is exempt; beside trailers git does read, they
 * stay a warning (a body may quote `Task: …`).
 */
export function checkCommitMessage(facts: MessageFacts, policy: RequirePolicy, options: TrailerOptions): CheckResult {
  const verdict = readLeverageTrailers(facts.trailers, options);
  const { keys } = options;
  const stray = facts.message === undefined ? [] : findStrayLeverageLines(facts.message, facts.trailers, keys).map(describeStray);
  const warnings = stray.map((s) => `${s.where} ${s.message}`);
  const result = (problems: TrailerProblem[], exempt?: string): CheckResult => ({ ok: problems.length === 0, verdict, problems, exemption: exempt, warnings });
  // Invalid trailers are refused under every policy: the report would skip them.
  if (verdict.kind === 'invalid') return result(verdict.problems);
  if (verdict.kind === 'record' || verdict.kind === 'calibration' || policy === 'never') return result([]);
  const exempt = exemption(facts);
  const recordForm = `${keys.task}, ${keys.humanEstimate} and ${keys.claudeMinutes} trailers in the last paragraph (see git-leverage commit --help)`;
  if (verdict.kind === 'link') {
    // `records`: a leverage trailer is there, so it must make a full record (a lone link is refused).
    if (exempt) return result([], exempt);
    // A link holds no figure (a figure would make it a record, or invalid); it may lack Task too.
    const missing = [...(verdict.task === undefined ? [keys.task] : []), keys.humanEstimate, keys.claudeMinutes];
    return result([
      {
        key: `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`,
        value: undefined,
        message: `are missing: this repository's policy (require: ${policy}) wants a full record, not only ${keys.task}/${keys.taskId}`,
        accepted: recordForm,
      },
    ]);
  }
  if (exempt) return result([], exempt);
  if (saysNoLeverage(facts.trailers)) return result([]);
  if (stray.length > 0) {
    // The lines are there, git will not read them: say that, not "missing".
    return {
      ...result(stray.map((s) => ({ key: s.where, value: undefined, message: s.message, accepted: recordForm }))),
      warnings: [],
    };
  }
  if (policy === 'records') return result([]);
  return result([
    {
      key: keys.task,
      value: undefined,
      message: `and the other leverage trailers are missing: this repository's policy (require: always) wants a record on every commit`,
      accepted: `${recordForm}, or ${NO_LEVERAGE_KEY}: none for a commit without one`,
    },
  ]);
}

/** A commit listed in a squash message (trailers/squashMessage.ts), with the trailers git reads from its message. */
export interface ListedMessage {
  index: number;
  subject: string;
  trailers: readonly Trailer[];
}

/**
 * The commit-msg decision for a squash message: the report counts each listed commit's trailer block
 * as a record (git/squashCommits.ts), so each is checked as a commit of its own, and the squash
 * message's own last paragraph (a listed commit's, or Co-authored-by lines) is not. Under `never`
 * only invalid blocks are refused, as for any commit. Each problem names the listed commit it is in.
 */
export function checkSquashMessage(listed: readonly ListedMessage[], policy: RequirePolicy, options: TrailerOptions): CheckResult {
  const problems: TrailerProblem[] = [];
  let verdict: TrailerVerdict = { kind: 'none' };
  for (const commit of listed) {
    const one = checkCommitMessage({ trailers: commit.trailers, subject: commit.subject, merging: false, reverting: false }, policy, options);
    if (verdict.kind === 'none' || (one.verdict.kind === 'invalid' && verdict.kind !== 'invalid')) verdict = one.verdict;
    const where = ` (in listed commit ${commit.index}, "${commit.subject}")`;
    for (const problem of one.problems) problems.push({ ...problem, message: `${problem.message}${where}` });
  }
  return { ok: problems.length === 0, verdict, problems, exemption: undefined, warnings: [] };
}
