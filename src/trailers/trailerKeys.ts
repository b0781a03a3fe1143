/**
 * The names of the leverage trailers and how a key is recognised. Kept apart from the values'
 * grammar and verdicts (valueGrammar.ts, trailerSchema.ts): asking git for the trailers, which
 * needs only the keys, depends on nothing else.
 */
/**
 * The leverage trailers. The last three say more about a record and never make one: `humanActual`
 * (how long a person took, for calibration), `estimatedBy` (who made the estimate), `agent` (which
 * coding agent worked).
 */
export const LEVERAGE_FIELDS = ['task', 'humanEstimate', 'claudeMinutes', 'supervisoryMinutes', 'tokens', 'taskId', 'humanActual', 'estimatedBy', 'agent'] as const;
export type LeverageField = (typeof LEVERAGE_FIELDS)[number];
export type TrailerKeys = Record<LeverageField, string>;

/**
 * What a configured trailer key may be: letters, digits and dashes. Nothing in it ends git's
 * `%(trailers:key=…)` option, so the collector can ask git to filter by it.
 */
export const TRAILER_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

export const DEFAULT_TRAILER_KEYS: TrailerKeys = {
  task: 'Task',
  humanEstimate: 'Human-Estimate',
  claudeMinutes: 'Claude-Minutes',
  supervisoryMinutes: 'Supervisory-Minutes',
  tokens: 'Tokens',
  taskId: 'Task-Id',
  humanActual: 'Human-Actual',
  estimatedBy: 'Estimated-By',
  agent: 'Agent',
};

/** `Leverage: none` says a commit deliberately carries no record (the hook's `require: always`, a note withdrawing figures). */
export const NO_LEVERAGE_KEY = 'Leverage';

export interface Trailer {
  key: string;
  value: string;
}

export interface TrailerOptions {
  keys: TrailerKeys;
  hoursPerDay: number;
}

export const DEFAULT_TRAILER_OPTIONS: TrailerOptions = { keys: DEFAULT_TRAILER_KEYS, hoursPerDay: 8 };

/** Each configured key set's lower-cased keys, and its own spellings where they agree with them. */
const keyLookups = new WeakMap<TrailerKeys, Map<string, LeverageField>>();

function keyLookup(keys: TrailerKeys): Map<string, LeverageField> {
  let lookup = keyLookups.get(keys);
  if (lookup) return lookup;
  lookup = new Map();
  for (const field of LEVERAGE_FIELDS) {
    const lower = keys[field].toLowerCase();
    if (!lookup.has(lower)) lookup.set(lower, field);
  }
  // The spelling as configured, which is how nearly every trailer is written, is found without
  // lower-casing (a string per trailer, on every commit of a long history).
  for (const field of LEVERAGE_FIELDS) if (lookup.get(keys[field].toLowerCase()) === field) lookup.set(keys[field], field);
  keyLookups.set(keys, lookup);
  return lookup;
}

/** Which leverage field a trailer key names, matched case-insensitively as git matches keys. */
export function fieldOfKey(key: string, keys: TrailerKeys): LeverageField | undefined {
  const lookup = keyLookup(keys);
  return lookup.get(key) ?? lookup.get(key.trim().toLowerCase());
}

/** Whether the trailers say `Leverage: none`, matched without regard to case. */
export function saysNoLeverage(trailers: readonly Trailer[]): boolean {
  return trailers.some((t) => t.key.toLowerCase() === NO_LEVERAGE_KEY.toLowerCase() && t.value.trim().toLowerCase() === 'none');
}
