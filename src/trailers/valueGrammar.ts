/**
 * The grammars of leverage trailer values. Pure string → number parsers that return `undefined` for
 * anything they do not accept, so the zod schema (trailerSchema.ts) owns the error messages.
 */

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const UNIT_PARTS = new RegExp(String.raw`^(?:(${NUMBER})\s*d)?\s*(?:(${NUMBER})\s*h)?\s*(?:(${NUMBER})\s*m)?$`, 'i');
const BARE_NUMBER = new RegExp(`^${NUMBER}$`);

/** What a person may write, shown in every rejection. */
export const ACCEPTED_FORMS = {
  humanEstimate: 'hours or a duration: 160h, 1.5h, 0.75h, 90m, 1h30m, 2d (a bare number means hours)',
  minutes: 'minutes: 20, 2.5, 20m, 1h5m (a bare number means minutes)',
  tokens: 'a whole number of tokens: 412000, 412k, 1.2M, 4,129,000',
  task: 'one line of text describing the task',
  taskId: 'a short id of letters, digits and . _ / # : - (at most 64 characters), e.g. NOTIF-12',
} as const;

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
