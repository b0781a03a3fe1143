/**
 * The one schema of leverage trailers, shared by the collector, the commit-msg hook, the CLI's
 * writers and the Action. Input: the trailers git's own parser found in a message. Output: a verdict.
 * Each value is checked by the value grammar's own function (valueGrammar.ts), which owns the
 * forms, bounds and messages; this module decides what a message's trailers make together.
 */
import { fieldOfKey, type LeverageField, type Trailer, type TrailerKeys, type TrailerOptions } from './trailerKeys.js';
import { ACCEPTED_FORMS, checkTrailerValue } from './valueGrammar.js';
import { clipValue } from '../text/clipText.js';

// The key names live apart so that the stream parser can use them without the value grammar.
export { DEFAULT_TRAILER_KEYS, DEFAULT_TRAILER_OPTIONS, fieldOfKey, LEVERAGE_FIELDS } from './trailerKeys.js';
export type { LeverageField, Trailer, TrailerKeys, TrailerOptions } from './trailerKeys.js';

const RECORD_REQUIRES: readonly LeverageField[] = ['task', 'humanEstimate', 'claudeMinutes'];
const CALIBRATION_REQUIRES: readonly LeverageField[] = ['task', 'humanEstimate'];

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
  /** `Estimated-By` (`agent`, `human`, `team` or a name); absent when not written. */
  estimatedBy?: string;
  /** `Agent`, as written; absent when not written. */
  agent?: string;
}

/**
 * A task a person did without an agent, with the estimate made before and the time it took
 * (`Human-Actual`): what `calibrate` compares. It is not a leverage record (no agent worked).
 */
export interface CalibrationFigures {
  task: string;
  taskId: string | undefined;
  humanMinutes: number;
  humanActualMinutes: number;
  estimatedBy?: string;
}

export type TrailerVerdict =
  | { kind: 'none' }
  | { kind: 'link'; task: string | undefined; taskId: string | undefined }
  | { kind: 'record'; figures: LeverageFigures }
  | { kind: 'calibration'; figures: CalibrationFigures }
  | { kind: 'invalid'; problems: TrailerProblem[] };

/** The order problems are listed in: what the task is, then its figures, then what describes them. */
const CHECK_ORDER: readonly LeverageField[] = ['task', 'taskId', 'humanEstimate', 'humanActual', 'claudeMinutes', 'supervisoryMinutes', 'tokens', 'estimatedBy', 'agent'];

/**
 * Reads the leverage trailers among all of a message's trailers (as git parsed them) and decides:
 * no leverage trailers, a link (Task/Task-Id only), a record (an agent's work), a calibration pair
 * (Human-Estimate and Human-Actual, no agent), or invalid with every problem listed.
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
    // Estimated-By and Agent only describe a record: alone they do not make a commit a leverage
    // commit, so another tool's `Agent:` trailer on an ordinary commit is left alone.
    if (field !== 'estimatedBy' && field !== 'agent') found += 1;
  }
  if (found === 0) return { kind: 'none' };

  const data: Partial<Record<LeverageField, string | number>> = {};
  for (const field of CHECK_ORDER) {
    const text = values[field];
    if (text === undefined) continue;
    const checked = checkTrailerValue(field, text, options.hoursPerDay);
    if (checked.ok) data[field] = checked.value;
    else problems.push({ key: keys[field], value: text, message: checked.message, accepted: ACCEPTED_FORMS[field] });
  }
  const agentWorked = values.claudeMinutes !== undefined || values.supervisoryMinutes !== undefined || values.tokens !== undefined;
  const isCalibration = values.humanActual !== undefined && !agentWorked;
  const isRecord = !isCalibration && (agentWorked || values.humanEstimate !== undefined);
  const requires = isRecord ? RECORD_REQUIRES : isCalibration ? CALIBRATION_REQUIRES : [];
  for (const field of requires) {
    if (values[field] === undefined) {
      problems.push({
        key: keys[field],
        value: undefined,
        message: isRecord
          ? `is missing: a commit with figures needs ${RECORD_REQUIRES.map((f) => keys[f]).join(', ')}`
          : `is missing: a commit with ${keys.humanActual} needs ${CALIBRATION_REQUIRES.map((f) => keys[f]).join(' and ')}`,
        accepted: ACCEPTED_FORMS[field],
      });
    }
  }
  // The describing fields where they mean nothing; rare, so checked only when one is there.
  if (values.humanActual !== undefined || values.estimatedBy !== undefined || values.agent !== undefined) {
    problems.push(...misplacedProblems(values, keys, agentWorked, isRecord, isCalibration));
  }
  // A refused value always adds a problem, so problems alone decide.
  if (problems.length > 0) return { kind: 'invalid', problems };

  const task = data.task as string | undefined;
  const taskId = data.taskId as string | undefined;
  const described: { estimatedBy?: string; agent?: string } = {};
  if (data.estimatedBy !== undefined) described.estimatedBy = data.estimatedBy as string;
  if (data.agent !== undefined) described.agent = data.agent as string;
  if (isCalibration) {
    return {
      kind: 'calibration',
      figures: { task: task as string, taskId, humanMinutes: data.humanEstimate as number, humanActualMinutes: data.humanActual as number, ...described },
    };
  }
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
      ...described,
    },
  };
}

/** Human-Actual beside an agent's figures, Agent beside Human-Actual, Estimated-By or Agent on a link. */
function misplacedProblems(values: Partial<Record<LeverageField, string>>, keys: TrailerKeys, agentWorked: boolean, isRecord: boolean, isCalibration: boolean): TrailerProblem[] {
  const problems: TrailerProblem[] = [];
  const misplaced = (field: LeverageField, message: string) => {
    if (values[field] !== undefined) problems.push({ key: keys[field], value: values[field], message, accepted: ACCEPTED_FORMS[field] });
  };
  if (agentWorked) {
    misplaced('humanActual', `is the time a person took without an agent, and this commit records an agent's work (${keys.claudeMinutes}): leave ${keys.humanActual} out, or the agent's figures`);
  }
  if (isCalibration) misplaced('agent', `names the agent that worked, and a commit with ${keys.humanActual} records work done without one`);
  if (!isRecord && !isCalibration) {
    misplaced('estimatedBy', `says who made the ${keys.humanEstimate}, and this commit has none`);
    misplaced('agent', `names the agent of a record, and this commit has no figures (a link to a task carries only ${keys.task}/${keys.taskId})`);
  }
  return problems;
}

/** One problem as a single line: `Human-Estimate: "abc" is not a duration (accepted: ...)`. */
export function describeProblem(problem: TrailerProblem): string {
  const subject = problem.value === undefined ? problem.key : `${problem.key}: "${clipValue(problem.value)}"`;
  return `${subject} ${problem.message} (accepted: ${problem.accepted})`;
}
