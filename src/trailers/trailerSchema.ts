/**
 * The one schema of leverage trailers, shared by the collector, the commit-msg hook, the CLI's
 * writers and the Action. Input: the trailers git's own parser found in a message. Output: a verdict.
 * Each value is checked by the value grammar's own function (valueGrammar.ts), which owns the
 * forms, bounds and messages; this module decides what a message's trailers make together.
 */
import { fieldOfKey, type LeverageField, type Trailer, type TrailerOptions } from './trailerKeys.js';
import { ACCEPTED_FORMS, checkTrailerValue } from './valueGrammar.js';
import { clipValue } from '../text/clipText.js';

// The key names live apart so that the stream parser can use them without the value grammar.
export { DEFAULT_TRAILER_KEYS, DEFAULT_TRAILER_OPTIONS, fieldOfKey, LEVERAGE_FIELDS } from './trailerKeys.js';
export type { LeverageField, Trailer, TrailerKeys, TrailerOptions } from './trailerKeys.js';

/** Fields whose presence makes a commit a record (and so requires Task, Human-Estimate, Claude-Minutes). */
const FIGURE_FIELDS: readonly LeverageField[] = ['humanEstimate', 'claudeMinutes', 'supervisoryMinutes', 'tokens'];
const RECORD_REQUIRES: readonly LeverageField[] = ['task', 'humanEstimate', 'claudeMinutes'];

/** One thing wrong with a message's leverage trailers, said so a person can fix it. */
export interface TrailerProblem {
  /** The trailer key as configured (`Human-Estimate`), or as written when it was written. */
  key: string;
  /** The value as written, when there was one. */
  value: string | undefined;
  message: string;
  accepted: string;
}

export interface LeverageFigures {
  task: string;
  taskId: string | undefined;
  humanMinutes: number;
  claudeMinutes: number;
  supervisoryMinutes: number | undefined;
  tokens: number | undefined;
}

export type TrailerVerdict =
  | { kind: 'none' }
  | { kind: 'link'; task: string | undefined; taskId: string | undefined }
  | { kind: 'record'; figures: LeverageFigures }
  | { kind: 'invalid'; problems: TrailerProblem[] };

/** The order problems are listed in: what the task is, then its figures. */
const CHECK_ORDER: readonly LeverageField[] = ['task', 'taskId', 'humanEstimate', 'claudeMinutes', 'supervisoryMinutes', 'tokens'];

/**
 * Reads the leverage trailers among all of a message's trailers (as git parsed them) and decides:
 * no leverage trailers, a link (Task/Task-Id only), a record, or invalid with every problem listed.
 */
export function readLeverageTrailers(trailers: readonly Trailer[], options: TrailerOptions): TrailerVerdict {
  const { keys } = options;
  const values: Partial<Record<LeverageField, string>> = {};
  const problems: TrailerProblem[] = [];
  let found = 0;
  for (const trailer of trailers) {
    const field = fieldOfKey(trailer.key, keys);
    if (!field) continue;
    if (values[field] !== undefined) {
      problems.push({
        key: keys[field],
        value: trailer.value,
        message: `appears a second time (first "${clipValue(String(values[field]))}"); a commit carries each leverage trailer once`,
        accepted: ACCEPTED_FORMS[field],
      });
      continue;
    }
    values[field] = trailer.value;
    found += 1;
  }
  if (found === 0 && problems.length === 0) return { kind: 'none' };

  const data: Partial<Record<LeverageField, string | number>> = {};
  for (const field of CHECK_ORDER) {
    const text = values[field];
    if (text === undefined) continue;
    const checked = checkTrailerValue(field, text, options.hoursPerDay);
    if (checked.ok) data[field] = checked.value;
    else problems.push({ key: keys[field], value: text, message: checked.message, accepted: ACCEPTED_FORMS[field] });
  }
  const isRecord = FIGURE_FIELDS.some((field) => values[field] !== undefined);
  if (isRecord) {
    for (const field of RECORD_REQUIRES) {
      if (values[field] === undefined) {
        problems.push({
          key: keys[field],
          value: undefined,
          message: `is missing: a commit with figures needs ${RECORD_REQUIRES.map((f) => keys[f]).join(', ')}`,
          accepted: ACCEPTED_FORMS[field],
        });
      }
    }
  }
  // A refused value always adds a problem, so problems alone decide.
  if (problems.length > 0) return { kind: 'invalid', problems };

  const task = data.task as string | undefined;
  const taskId = data.taskId as string | undefined;
  if (!isRecord) return { kind: 'link', task, taskId };
  return {
    kind: 'record',
    figures: {
      task: task as string,
      taskId,
      humanMinutes: data.humanEstimate as number,
      claudeMinutes: data.claudeMinutes as number,
      supervisoryMinutes: data.supervisoryMinutes as number | undefined,
      tokens: data.tokens as number | undefined,
    },
  };
}

/** One problem as a single line: `Human-Estimate: "abc" is not a duration (accepted: ...)`. */
export function describeProblem(problem: TrailerProblem): string {
  const subject = problem.value === undefined ? problem.key : `${problem.key}: "${clipValue(problem.value)}"`;
  return `${subject} ${problem.message} (accepted: ${problem.accepted})`;
}
