/**
 * The Action's inputs, read once into one typed value. Every problem is reported at once, each naming
 * the input, what was given and what is accepted. Pure: the reader of a raw input is passed in
 * (`core.getInput` in the Action, a record in tests).
 */
import * as z from '../config/zod.mjs';
import { parseReportFormat, REPORT_FORMATS, type ReportFormat } from '../render/reportFormats.js';

export const ACTION_MODES = ['summary', 'comment', 'both', 'none'] as const;
export type ActionMode = (typeof ACTION_MODES)[number];

/** Names of the inputs, as action.yml declares them. */
export const INPUT_NAMES = [
  'github-token',
  'mode',
  'date',
  'since',
  'until',
  'timezone',
  'range',
  'config',
  'repositories',
  'fail-on-invalid',
  'comment-when-empty',
  'report-id',
  'comment-author',
  'format',
  'output-file',
  'merge',
  'write-notes',
] as const;
export type InputName = (typeof INPUT_NAMES)[number];

export interface ActionInputs {
  token: string;
  /** undefined: `both` on pull requests, `summary` otherwise. */
  mode: ActionMode | undefined;
  date: string | undefined;
  since: string | undefined;
  until: string | undefined;
  timezone: string | undefined;
  range: string | undefined;
  config: string | undefined;
  /** Paths in the workspace; at least one (`.`). */
  repositories: string[];
  failOnInvalid: boolean;
  commentWhenEmpty: boolean;
  /** Names the report in the comment's hidden marker: one sticky comment per pull request and report id. */
  reportId: string;
  /** Whose comments count as ours; undefined: the token's own identity. */
  commentAuthor: string | undefined;
  /** Format of `output-file`. */
  format: ReportFormat;
  outputFile: string | undefined;
  /** A folder of JSON reports to merge instead of reading git. */
  merge: string | undefined;
  /** On a push to the default branch, write merged pull requests' records as notes (writeNotes.ts). */
  writeNotes: boolean;
}

export class InputError extends Error {
  override name = 'InputError';
  constructor(readonly problems: string[]) {
    super(`invalid inputs:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

const optional = z
  .string()
  .transform((value) => value.trim())
  .transform((value) => (value === '' ? undefined : value));

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const optionalDate = optional.refine((value) => value === undefined || DATE.test(value), 'is not a date (accepted: YYYY-MM-DD, e.g. 2026-04-12)');

/** YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts them; empty means the default. */
function booleanInput(fallback: boolean) {
  return z
    .string()
    .transform((value) => value.trim())
    .refine((value) => /^(|true|True|TRUE|false|False|FALSE)$/.test(value), 'is not a boolean (accepted: true or false)')
    .transform((value) => (value === '' ? fallback : value.toLowerCase() === 'true'));
}

const inputSchema = z.object({
  'github-token': z.string().transform((value) => value.trim()),
  mode: optional
    .transform((value) => (value === 'auto' ? undefined : value))
    .refine((value) => value === undefined || (ACTION_MODES as readonly string[]).includes(value), `is not a mode (accepted: ${ACTION_MODES.join(', ')}, or empty for both on pull requests and summary otherwise)`)
    .transform((value) => value as ActionMode | undefined),
  date: optionalDate,
  since: optionalDate,
  until: optionalDate,
  timezone: optional,
  range: optional.refine((value) => value === undefined || !value.startsWith('-'), 'is not a git range (accepted: A..B, e.g. origin/main..HEAD)'),
  config: optional,
  repositories: z.string().transform((value) =>
    value
      .split(/[\n,]/)
      .map((line) => line.trim())
      .filter(Boolean),
  ),
  'fail-on-invalid': booleanInput(false),
  'comment-when-empty': booleanInput(true),
  'report-id': optional.refine(
    (value) => value === undefined || /^[A-Za-z0-9._-]{1,64}$/.test(value),
    'is not a report id (accepted: up to 64 letters, digits, dots, dashes and underscores, e.g. backend)',
  ),
  'comment-author': optional.refine((value) => value === undefined || /^[A-Za-z0-9-]+(\[bot\])?$/.test(value), 'is not a GitHub login (e.g. github-actions[bot])'),
  format: optional.refine((value) => value === undefined || parseReportFormat(value) !== undefined, `is not a format (accepted: ${REPORT_FORMATS.join(', ')})`),
  'output-file': optional,
  merge: optional,
  'write-notes': booleanInput(false),
});

/**
 * Reads and validates every input. `read(name)` returns the raw text of an input, empty when unset
 * (as `core.getInput` does).
 */
export function readInputs(read: (name: InputName) => string): ActionInputs {
  const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, read(name)]));
  const parsed = inputSchema.safeParse(raw);
  if (!parsed.success) {
    throw new InputError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        return `${name}: "${name === 'github-token' ? '***' : raw[name]}" ${issue.message}`;
      }),
    );
  }
  const value = parsed.data;
  const problems: string[] = [];
  const windows = [value.date && 'date', value.since && 'since', value.range && 'range'].filter(Boolean);
  if (windows.length > 1) problems.push(`${windows.join(' and ')} cannot be combined: choose one window`);
  if (value.until && !value.since) problems.push('until needs since (a span of whole days)');
  if (problems.length > 0) throw new InputError(problems);
  return {
    token: value['github-token'],
    mode: value.mode,
    date: value.date,
    since: value.since,
    until: value.until,
    timezone: value.timezone,
    range: value.range,
    config: value.config,
    repositories: value.repositories.length > 0 ? value.repositories : ['.'],
    failOnInvalid: value['fail-on-invalid'],
    commentWhenEmpty: value['comment-when-empty'],
    reportId: value['report-id'] ?? 'record',
    commentAuthor: value['comment-author'],
    format: value.format === undefined ? 'md' : (parseReportFormat(value.format) as ReportFormat),
    outputFile: value['output-file'],
    merge: value.merge,
    writeNotes: value['write-notes'],
  };
}
