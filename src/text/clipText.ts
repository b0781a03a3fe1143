/**
 * Commit-written text cut to a length for display: a task in a headline, a subject in a list, a
 * value quoted in a message. Used by the renderers, the hooks and the trailer messages alike.
 */

/** Shortens text to `max` characters (by code point), ending with an ellipsis when cut. */
export function truncateText(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}

/** The longest commit-written value a message quotes whole. */
export const MESSAGE_VALUE_CHARS = 100;

/**
 * A commit-written value as a message quotes it: whole when short; otherwise its start, an ellipsis
 * and its full length (`Fix the…` and `(102,400 characters)`), so a 100 KB value floods no terminal
 * and no report. Characters are counted by code point, as truncateText cuts.
 */
export function clipValue(text: string, max = MESSAGE_VALUE_CHARS): string {
  // A value within `max` UTF-16 units is within `max` code points: most values skip the count.
  if (text.length <= max) return text;
  const length = [...text].length;
  return length <= max ? text : `${truncateText(text, max)} (${length.toLocaleString('en-US')} characters)`;
}
