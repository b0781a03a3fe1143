/**
 * What a leverage trailer value may be: the grammars, the bounds, the accepted forms and the
 * message for each way a value can be wrong. The one home of these rules, shared by the collector,
 * the commit-msg hook, the CLI's writers and the Action (through trailerSchema.ts).
 *
 * Plain functions, not a validation library: each value is one short string checked by one regular
 * expression and a bound, and the hook loads this on every commit (its budget is Node's bare
 * start-up). The parsers return `undefined` for what they do not read; `checkTrailerValue` says why.
 */
import type { LeverageField } from './trailerKeys.js';

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const UNIT_PARTS = new RegExp(String.raw`^(?:(${NUMBER})\s*d)?\s*(?:(${NUMBER})\s*h)?\s*(?:(${NUMBER})\s*m)?$`, 'i');
const BARE_NUMBER = new RegExp(`^${NUMBER}$`);

/**
 * The sane range of each figure, so that a typo cannot outweigh a whole history. Minutes for the
 * durations, tokens for Tokens; every bound is inclusive.
 *
 * - Human estimate, 1 minute to 10,000 hours: 10,000 h is five working years (2,000 h a year), more
 *   than any one task a commit records; below a minute the hours column would read `0h`.
 * - Agent and supervisory minutes, 0.1 minute to 10,000 hours: 0.1 is what a measured sub-minute
 *   session is written as (prepare-commit-msg), and the Task Log shows minutes to two decimals, so
 *   a smaller value would read `0m` beside a factor in the millions.
 * - Tokens, 0 to 1,000,000,000,000: a thousand times the largest agent session seen in practice, and
 *   far enough below 2^53 that thousands of such commits still add up exactly.
 */
export const FIGURE_BOUNDS = {
  humanMinutes: { min: 1, max: 600_000 },
  agentMinutes: { min: 0.1, max: 600_000 },
  tokens: { max: 1e12 },
} as const;

const TASK_MAX_LENGTH = 2000;

/** What a person may write, shown in every rejection. */
export const ACCEPTED_FORMS: Readonly<Record<LeverageField, string>> = {
  task: 'one line of text describing the task',
  taskId: 'a short id of letters, digits and . _ / # : - (at most 64 characters), e.g. NOTIF-12',
  humanEstimate: 'hours or a duration: 160h, 1.5h, 0.75h, 90m, 1h30m, 2d (a bare number means hours), from 1 minute to 10,000 hours',
  claudeMinutes: 'minutes: 20, 2.5, 20m, 1h5m (a bare number means minutes), from 0.1 minute to 10,000 hours',
  supervisoryMinutes: 'minutes: 20, 2.5, 20m, 1h5m (a bare number means minutes), from 0.1 minute to 10,000 hours',
  tokens: 'a whole number of tokens: 412000, 412k, 1.2M, 4,129,000, at most 1,000,000,000,000',
  humanActual: 'hours or a duration a person actually took: 6h, 1.5h, 90m, 1h30m, 2d (a bare number means hours), from 1 minute to 10,000 hours',
  estimatedBy: 'agent, human, team, or the name of who estimated (one line, at most 100 characters)',
  agent: 'the coding agent that worked: claude-code, codex, or another short name (letters, digits, spaces, . _ -; at most 40 characters)',
};

/** The kinds of estimator `Estimated-By` names; any other value is a person's name. */
export const ESTIMATOR_KINDS = ['agent', 'human', 'team'] as const;
const ESTIMATED_BY_MAX_LENGTH = 100;
const AGENT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,39}$/;

/**
 * Parses a duration into minutes. `bareUnit` says what a number without a unit means.
 * Days are `hoursPerDay` hours long.
 */
export function parseDurationMinutes(text: string, bareUnit: 'h' | 'm', hoursPerDay: number): number | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  if (BARE_NUMBER.test(value)) return Number(value) * (bareUnit === 'h' ? 60 : 1);
  const match = UNIT_PARTS.exec(value);
  if (!match) return undefined;
  const [, days, hours, minutes] = match;
  if (days === undefined && hours === undefined && minutes === undefined) return undefined;
  return Number(days ?? 0) * hoursPerDay * 60 + Number(hours ?? 0) * 60 + Number(minutes ?? 0);
}

const TOKEN_SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };
const TOKENS_PLAIN = /^\d{1,3}(?:,\d{3})+$|^\d+$/;
const TOKENS_SUFFIXED = /^(\d+(?:\.\d+)?)\s*([kmb])$/i;

/** Parses a token count: `412000`, `412k`, `1.2M`, `4,129,000`. Only whole numbers are tokens. */
export function parseTokens(text: string): number | undefined {
  const value = text.trim();
  if (TOKENS_PLAIN.test(value)) return Number(value.replaceAll(',', ''));
  const match = TOKENS_SUFFIXED.exec(value);
  if (!match) return undefined;
  const [, amount = '', suffix = ''] = match;
  const tokens = Number(`${amount}e${Math.log10(TOKEN_SUFFIX[suffix.toLowerCase()] ?? 1)}`);
  return Number.isInteger(tokens) ? tokens : undefined;
}

/** Task-Id: short, printable, no spaces, so it can be matched across repositories. */
export const TASK_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/#:-]{0,63}$/;

/** A trailer value read: what it stands for (text trimmed, figures in minutes or tokens), or what is wrong with it. */
export type ValueCheck = { ok: true; value: string | number } | { ok: false; message: string };

const refuse = (message: string): ValueCheck => ({ ok: false, message });

/** How each duration field is read and bounded, and how a message names it. */
const DURATIONS = {
  humanEstimate: { bareUnit: 'h', bounds: FIGURE_BOUNDS.humanMinutes, least: '1 minute', subject: 'the human estimate is', zero: 'the human estimate' },
  humanActual: { bareUnit: 'h', bounds: FIGURE_BOUNDS.humanMinutes, least: '1 minute', subject: 'the actual time is', zero: 'the actual time' },
  claudeMinutes: { bareUnit: 'm', bounds: FIGURE_BOUNDS.agentMinutes, least: '0.1 minute', subject: 'the agent minutes are', zero: 'the agent minutes' },
  supervisoryMinutes: {
    bareUnit: 'm',
    bounds: FIGURE_BOUNDS.agentMinutes,
    least: '0.1 minute',
    subject: 'supervisory minutes are',
    zero: 'supervisory minutes (omit the trailer when nobody supervised)',
  },
} as const;

function checkDuration(field: keyof typeof DURATIONS, text: string, hoursPerDay: number): ValueCheck {
  const { bareUnit, bounds, least, subject, zero } = DURATIONS[field];
  const minutes = parseDurationMinutes(text, bareUnit, hoursPerDay);
  if (minutes === undefined) return refuse('is not a duration');
  if (!(minutes > 0)) return refuse(`is not more than zero; ${zero} must be more than zero`);
  if (minutes < bounds.min) return refuse(`is less than ${least}; ${subject} at least ${least}`);
  if (minutes > bounds.max) return refuse(`is more than 10,000 hours; ${subject} at most 10,000 hours`);
  return { ok: true, value: minutes };
}

/**
 * Checks one leverage trailer value as written. A refusal's message reads after the value
 * (`"abc" is not a duration`); `ACCEPTED_FORMS[field]` says what would have been read.
 */
export function checkTrailerValue(field: LeverageField, text: string, hoursPerDay: number): ValueCheck {
  switch (field) {
    case 'task': {
      const task = text.trim();
      if (task.length === 0) return refuse('is empty');
      if (task.length > TASK_MAX_LENGTH) return refuse('is longer than 2,000 characters');
      return { ok: true, value: task };
    }
    case 'taskId': {
      const id = text.trim();
      return TASK_ID_PATTERN.test(id) ? { ok: true, value: id } : refuse('is not a valid task id');
    }
    case 'tokens': {
      const tokens = parseTokens(text);
      if (tokens === undefined) return refuse('is not a token count');
      if (tokens > FIGURE_BOUNDS.tokens.max) return refuse('is more than 1,000,000,000,000 tokens; a commit records at most a trillion tokens');
      return { ok: true, value: tokens };
    }
    case 'estimatedBy': {
      const by = text.trim();
      if (by.length === 0) return refuse('is empty');
      if (by.length > ESTIMATED_BY_MAX_LENGTH) return refuse('is longer than 100 characters');
      // The three kinds are words of the format: one spelling, whatever the case written.
      const kind = ESTIMATOR_KINDS.find((k) => k === by.toLowerCase());
      return { ok: true, value: kind ?? by };
    }
    case 'agent': {
      const agent = text.trim();
      return AGENT_PATTERN.test(agent) ? { ok: true, value: agent } : refuse('is not an agent name');
    }
    default:
      return checkDuration(field, text, hoursPerDay);
  }
}
