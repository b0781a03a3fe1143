/**
 * The one schema of leverage trailers, shared by the collector, the commit-msg hook, the CLI's
 * writers and the Action. Input: the trailers git's own parser found in a message. Output: a verdict.
 *
 * Written with zod's functional build (`zod/mini`: the same zod 4 core, checks, issues and
 * messages, without the method-chaining layer classic zod adds to every schema). The commit-msg
 * hook loads this schema on every commit with leverage trailers, and its budget is measured against
 * Node's bare start-up: classic zod cost it ~5 ms more (bench/hook, docs/hooks.md "Speed").
 */
import * as z from 'zod/mini';
import { fieldOfKey, type LeverageField, type Trailer, type TrailerOptions } from './trailerKeys.js';
import { ACCEPTED_FORMS, parseDurationMinutes, parseTokens, TASK_ID_PATTERN } from './valueGrammar.js';

// The key names live apart so that the stream parser can use them without loading zod.
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

const ACCEPTED: Record<LeverageField, string> = {
  task: ACCEPTED_FORMS.task,
  humanEstimate: ACCEPTED_FORMS.humanEstimate,
  claudeMinutes: ACCEPTED_FORMS.minutes,
  supervisoryMinutes: ACCEPTED_FORMS.minutes,
  tokens: ACCEPTED_FORMS.tokens,
  taskId: ACCEPTED_FORMS.taskId,
};

/** A custom issue from a transform (zod/mini's transforms report through the payload). */
function fail(ctx: z.core.ParsePayload, input: string, message: string): never {
  ctx.issues.push({ code: 'custom', message, input });
  return z.NEVER;
}

function positiveDuration(bareUnit: 'h' | 'm', hoursPerDay: number, what: string) {
  return z.pipe(
    z.string(),
    z.transform((text: string, ctx) => {
      const minutes = parseDurationMinutes(text, bareUnit, hoursPerDay);
      if (minutes === undefined) return fail(ctx, text, 'is not a duration');
      if (!(minutes > 0)) return fail(ctx, text, `is not more than zero; ${what} must be more than zero`);
      return minutes;
    }),
  );
}

function buildSchema(hoursPerDay: number) {
  return z.object({
    task: z.optional(z.string().check(z.trim(), z.minLength(1, 'is empty'), z.maxLength(2000, 'is longer than 2,000 characters'))),
    taskId: z.optional(z.string().check(z.trim(), z.regex(TASK_ID_PATTERN, 'is not a valid task id'))),
    humanEstimate: z.optional(positiveDuration('h', hoursPerDay, 'the human estimate')),
    claudeMinutes: z.optional(positiveDuration('m', hoursPerDay, 'the agent minutes')),
    supervisoryMinutes: z.optional(positiveDuration('m', hoursPerDay, 'supervisory minutes (omit the trailer when nobody supervised)')),
    tokens: z.optional(
      z.pipe(
        z.string(),
        z.transform((text: string, ctx) => {
          const tokens = parseTokens(text);
          return tokens === undefined ? fail(ctx, text, 'is not a token count') : tokens;
        }),
      ),
    ),
  });
}

/** zod's verdict on one trailer value: the value it stands for, or what is wrong with it. */
type FieldVerdict = { ok: true; value: string | number } | { ok: false; messages: string[] };

/** Verdicts on figure texts kept per schema: enough for any real history's distinct estimates, bounded for any other. */
const REMEMBERED_FIGURES = 4096;

/**
 * The schema of one `hoursPerDay`, and a field-by-field check through its own field schemas. A
 * commit is checked field by field rather than as one object: most of a long history's cost in
 * zod was the object's own layer (a payload and a result a field, absent ones included), and
 * figure texts repeat (`16h`, `2.5`, `412k`), so zod's verdict on each is remembered. zod still
 * decides every value, with the same messages.
 */
class LeverageSchema {
  readonly object: ReturnType<typeof buildSchema>;
  /** The fields in the schema's order: problems are listed in it. */
  readonly fields: readonly LeverageField[];
  private readonly remembered = new Map<LeverageField, Map<string, FieldVerdict>>();

  constructor(hoursPerDay: number) {
    this.object = buildSchema(hoursPerDay);
    this.fields = Object.keys(this.object.shape) as LeverageField[];
    for (const field of FIGURE_FIELDS) this.remembered.set(field, new Map());
  }

  check(field: LeverageField, text: string): FieldVerdict {
    const remembered = this.remembered.get(field);
    const known = remembered?.get(text);
    if (known) return known;
    const parsed = z.safeParse(this.object.shape[field], text);
    const verdict: FieldVerdict = parsed.success ? { ok: true, value: parsed.data as string | number } : { ok: false, messages: parsed.error.issues.map((issue) => issue.message) };
    if (remembered && remembered.size < REMEMBERED_FIGURES) remembered.set(text, verdict);
    return verdict;
  }
}

const schemaCache = new Map<number, LeverageSchema>();

function schemaOf(hoursPerDay: number): LeverageSchema {
  let schema = schemaCache.get(hoursPerDay);
  if (!schema) {
    schema = new LeverageSchema(hoursPerDay);
    schemaCache.set(hoursPerDay, schema);
  }
  return schema;
}

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
        message: `appears a second time (first "${values[field]}"); a commit carries each leverage trailer once`,
        accepted: ACCEPTED[field],
      });
      continue;
    }
    values[field] = trailer.value;
    found += 1;
  }
  if (found === 0 && problems.length === 0) return { kind: 'none' };

  const schema = schemaOf(options.hoursPerDay);
  const data: Partial<Record<LeverageField, string | number>> = {};
  for (const field of schema.fields) {
    const text = values[field];
    if (text === undefined) continue;
    const verdict = schema.check(field, text);
    if (verdict.ok) {
      data[field] = verdict.value;
      continue;
    }
    for (const message of verdict.messages) problems.push({ key: keys[field], value: text, message, accepted: ACCEPTED[field] });
  }
  const isRecord = FIGURE_FIELDS.some((field) => values[field] !== undefined);
  if (isRecord) {
    for (const field of RECORD_REQUIRES) {
      if (values[field] === undefined) {
        problems.push({
          key: keys[field],
          value: undefined,
          message: `is missing: a commit with figures needs ${RECORD_REQUIRES.map((f) => keys[f]).join(', ')}`,
          accepted: ACCEPTED[field],
        });
      }
    }
  }
  // A value zod rejects always comes with at least one message, so problems hold every rejection.
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
  const subject = problem.value === undefined ? problem.key : `${problem.key}: "${problem.value}"`;
  return `${subject} ${problem.message} (accepted: ${problem.accepted})`;
}
