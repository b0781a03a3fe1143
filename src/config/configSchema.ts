/**
 * `.leverage.yml`: the one configuration of the CLI, the hooks and the Action. Pure: parsing text
 * into a validated config, with every problem located by line.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import * as z from './zod.mjs';
import { DEFAULT_TRAILER_KEYS, LEVERAGE_FIELDS, TRAILER_KEY_PATTERN, type LeverageField, type TrailerKeys } from '../trailers/trailerKeys.js';
import { ConfigError, resolveConfig, type ResolvedConfig } from './resolveConfig.js';
import { isKnownTimezone, TIMEZONE_FORM } from '../window/timezones.js';

// Defaults and the error live apart so a run without a config file loads neither yaml nor zod.
export { ConfigError, resolveConfig, type ResolvedConfig } from './resolveConfig.js';

const trailerKey = z.string().regex(TRAILER_KEY_PATTERN, 'a trailer key is letters, digits and dashes, e.g. Human-Estimate');

/**
 * Two fields with one key (`claudeMinutes: Task`) would leave one of them unreadable, and every
 * commit would be skipped with a message that names neither: refused at the field that takes a key
 * already taken, naming the field that has it. Keys are compared without case, as git compares
 * them; a field that is not renamed keeps its default key.
 */
function refuseSharedKeys(renamed: Partial<TrailerKeys>, ctx: z.RefinementCtx): void {
  const owner = new Map<string, LeverageField>();
  // Fields keeping their default are placed first, so the message lands on the renamed one.
  const order = [...LEVERAGE_FIELDS.filter((field) => renamed[field] === undefined), ...LEVERAGE_FIELDS.filter((field) => renamed[field] !== undefined)];
  for (const field of order) {
    const key = renamed[field] ?? DEFAULT_TRAILER_KEYS[field];
    const other = owner.get(key.toLowerCase());
    if (other === undefined) {
      owner.set(key.toLowerCase(), field);
      continue;
    }
    const otherKey = renamed[other] ?? DEFAULT_TRAILER_KEYS[other];
    const otherSaid = renamed[other] === undefined ? `its default key "${otherKey}"` : `"${otherKey}"`;
    ctx.addIssue({
      code: 'custom',
      path: [field],
      message: `"${key}" is also the key of ${other} (${otherSaid}); each field needs its own key (git matches keys without regard to case)`,
    });
  }
}

/** The estimate check (docs/estimates.md): a second opinion on every Human-Estimate from its change's size. */
const estimatesSchema = z
  .object({
    check: z.boolean().describe('Judge every estimate against its change size (default true)').optional(),
    lookbackDays: z.number().int().nonnegative().max(3650).describe('Days before a day window whose tasks join the reference (default 90)').optional(),
    flagFactor: z.number().gt(1).max(1000).describe('Flag an estimate this many times above or below what its size suggests (default 4)').optional(),
    minimumTasks: z.number().int().min(1).describe('Reference tasks needed before anything is judged (default 10)').optional(),
    exclude: z.array(z.string().min(1)).describe('Globs of paths whose lines say nothing about effort, e.g. docs/generated/**').optional(),
  })
  .strict()
  .describe('The estimate check: a second opinion on every Human-Estimate from its change size');

export const configSchema = z
  .object({
    timezone: z
      .string()
      .refine(isKnownTimezone, { error: (issue) => `"${String(issue.input)}" is not a time zone this machine knows (accepted: ${TIMEZONE_FORM})` })
      .describe('IANA time zone the days of a report are counted in, e.g. America/New_York')
      .optional(),
    hoursPerDay: z.number().positive().max(24).describe('Hours in a day of `Human-Estimate: 2d` (default 8)').optional(),
    revs: z.array(z.string().min(1)).min(1).describe('What history to walk (git revisions); default all local branches and HEAD').optional(),
    sort: z.enum(['factor', 'time']).describe('Task Log order: factor (descending) or time').optional(),
    agent: z.string().min(1).max(40).describe('Label of the agent column (default Claude)').optional(),
    trailers: z
      .object(Object.fromEntries(LEVERAGE_FIELDS.map((field) => [field, trailerKey.optional()])) as Record<keyof TrailerKeys, z.ZodOptional<typeof trailerKey>>)
      .strict()
      .superRefine(refuseSharedKeys)
      .describe('Renamed trailer keys')
      .optional(),
    require: z.enum(['never', 'records', 'always']).describe('commit-msg policy: never (default), records, always').optional(),
    measure: z.boolean().describe('Fill Claude-Minutes, Supervisory-Minutes and Tokens from the agents\' session logs (Claude Code, Codex) at commit time').optional(),
    idleMinutes: z.number().positive().describe('A gap longer than this means nobody was there (default 5)').optional(),
    chart: z.enum(['mermaid', 'none']).describe('Chart in Markdown output').optional(),
    estimates: estimatesSchema.optional(),
  })
  .strict();

export type LeverageConfig = z.infer<typeof configSchema>;

/** The YAML node at a path, to say which line a problem is on. */
function nodeAt(root: Node | null, path: readonly PropertyKey[]): { node: Node | undefined; keyNode: Node | undefined } {
  let node: Node | undefined = root ?? undefined;
  let keyNode: Node | undefined;
  for (const part of path) {
    if (!node || !isMap(node)) return { node: undefined, keyNode };
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === part);
    if (!pair) return { node: undefined, keyNode };
    keyNode = pair.key as Node;
    node = (pair.value as Node | null) ?? undefined;
  }
  return { node, keyNode };
}

/**
 * Parses `.leverage.yml` text. Unknown keys and bad values are errors that name the key and its line.
 * `source` names the file in messages.
 */
export function parseConfig(text: string, source: string): ResolvedConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (node: Node | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
  if (doc.errors.length > 0) {
    throw new ConfigError(
      source,
      doc.errors.map((error) => `line ${lineCounter.linePos(error.pos[0]).line}: ${error.message.split('\n')[0]}`),
    );
  }
  const data: unknown = doc.toJS() ?? {};
  const parsed = configSchema.safeParse(data);
  if (parsed.success) return resolveConfig(parsed.data);
  const problems = parsed.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const { keyNode } = nodeAt(doc.contents, [...issue.path, key]);
        const line = lineOf(keyNode);
        const known = issue.path.length === 0 ? Object.keys(configSchema.shape) : issue.path[0] === 'estimates' ? Object.keys(estimatesSchema.shape) : LEVERAGE_FIELDS;
        return `${line ? `line ${line}: ` : ''}unknown key "${[...issue.path, key].join('.')}" (known keys: ${known.join(', ')})`;
      });
    }
    const { node, keyNode } = nodeAt(doc.contents, issue.path);
    const line = lineOf(keyNode ?? node);
    return [`${line ? `line ${line}: ` : ''}${issue.path.join('.') || '(top level)'}: ${issue.message}`];
  });
  const lineNumber = (problem: string) => Number(/^line (\d+)/.exec(problem)?.[1] ?? Infinity);
  throw new ConfigError(source, problems.sort((a, b) => lineNumber(a) - lineNumber(b)));
}
