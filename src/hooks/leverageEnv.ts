/**
 * LEVERAGE_* environment variables → leverage trailers, pure. This is how an agent that commits
 * records its own figures: it sets the variables, and prepare-commit-msg writes the trailers.
 */
import { readLeverageTrailers, type LeverageField, type Trailer, type TrailerOptions, type TrailerProblem } from '../trailers/trailerSchema.js';

export const LEVERAGE_ENV: Readonly<Record<LeverageField, string>> = {
  task: 'LEVERAGE_TASK',
  humanEstimate: 'LEVERAGE_HUMAN_ESTIMATE',
  claudeMinutes: 'LEVERAGE_CLAUDE_MINUTES',
  supervisoryMinutes: 'LEVERAGE_SUPERVISORY_MINUTES',
  tokens: 'LEVERAGE_TOKENS',
  taskId: 'LEVERAGE_TASK_ID',
  humanActual: 'LEVERAGE_HUMAN_ACTUAL',
  estimatedBy: 'LEVERAGE_ESTIMATED_BY',
  agent: 'LEVERAGE_AGENT',
};

export interface FieldTrailer extends Trailer {
  field: LeverageField;
}

/** The trailers the environment asks for (empty variables are unset), in the schema's field order. */
export function trailersFromEnv(env: NodeJS.ProcessEnv, options: TrailerOptions): FieldTrailer[] {
  const out: FieldTrailer[] = [];
  for (const [field, name] of Object.entries(LEVERAGE_ENV) as [LeverageField, string][]) {
    const value = env[name]?.trim();
    // A trailer value is one line: a newline would end it and start body text.
    if (value) out.push({ field, key: options.keys[field], value: value.replace(/\s*\n\s*/g, ' ') });
  }
  return out;
}

/** Bad values among the variables (a missing companion is not the variables' fault), named by variable. */
export function envValueProblems(trailers: readonly FieldTrailer[], options: TrailerOptions): string[] {
  const verdict = readLeverageTrailers(trailers, options);
  if (verdict.kind !== 'invalid') return [];
  return verdict.problems
    .filter((problem: TrailerProblem) => problem.value !== undefined)
    .map((problem) => {
      const field = trailers.find((t) => t.key === problem.key)?.field;
      return `${field ? LEVERAGE_ENV[field] : problem.key}="${problem.value}" ${problem.message} (accepted: ${problem.accepted})`;
    });
}
