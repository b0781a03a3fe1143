/**
 * The names of the leverage trailers and how a key is recognised. Kept apart from the zod schema
 * (trailerSchema.ts) so that reading history, which only needs to know which trailers are ours,
 * does not load the validator: the CLI loads zod while git is already walking.
 */
export const LEVERAGE_FIELDS = ['task', 'humanEstimate', 'claudeMinutes', 'supervisoryMinutes', 'tokens', 'taskId'] as const;
export type LeverageField = (typeof LEVERAGE_FIELDS)[number];
export type TrailerKeys = Record<LeverageField, string>;

export const DEFAULT_TRAILER_KEYS: TrailerKeys = {
  task: 'Task',
  humanEstimate: 'Human-Estimate',
  claudeMinutes: 'Claude-Minutes',
  supervisoryMinutes: 'Supervisory-Minutes',
  tokens: 'Tokens',
  taskId: 'Task-Id',
};

export interface Trailer {
  key: string;
  value: string;
}

export interface TrailerOptions {
  keys: TrailerKeys;
  hoursPerDay: number;
}

export const DEFAULT_TRAILER_OPTIONS: TrailerOptions = { keys: DEFAULT_TRAILER_KEYS, hoursPerDay: 8 };

/** Which leverage field a trailer key names, matched case-insensitively as git matches keys. */
export function fieldOfKey(key: string, keys: TrailerKeys): LeverageField | undefined {
  const wanted = key.trim().toLowerCase();
  return LEVERAGE_FIELDS.find((field) => keys[field].toLowerCase() === wanted);
}
