/**
 * Commit text is untrusted. These make it safe inside GitHub-flavoured Markdown while it still reads
 * exactly as written once rendered (checked against cmark-gfm in the tests).
 */

/** Characters with meaning in inline Markdown or in a table row; escaped with a backslash. */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~]/g;
/** HTML-significant characters become entities, so no tag, comment or entity can be opened. */
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** `@name` and `@org/team` at a word start would notify people; a zero-width space stops that. */
const MENTION = /(^|[^\w`])@(?=[A-Za-z0-9])/g;
const ZERO_WIDTH_SPACE = '\u200b';
/** `#123` and `GH-123` would cross-reference issues; a zero-width space stops that too. */
const ISSUE_REFERENCE = /(?<!\w)(?:#|GH-)(?=\d)/gi;
const MARKDOWN_SIGNIFICANT = /[\\`*_[\]|~]/;
const CONTROL = /[\u0000-\u001f\u007f]/;
const HTML_SIGNIFICANT = /[&<>]/;
/** Every character (or `GH-`) one of escapeMarkdownInline's replacements acts on. */
const ESCAPABLE = /[\u0000-\u001f\u007f@#&<>\\`*_[\]|~]|gh-/i;
/** ESCAPABLE less issue references: what only the other passes act on. */
const ESCAPABLE_BUT_REFERENCES = /[\u0000-\u001f\u007f@&<>\\`*_[\]|~]/;

/**
 * One line of inline Markdown (a table cell, a list item): newlines folded to spaces, Markdown and
 * HTML neutralised, mentions and issue references defused.
 */
export function escapeMarkdownInline(text: string): string {
  // Most task names hold none of what the replacements below look for, or only an issue reference
  // (`(#123)`): a pass runs only when its characters are there. The order of the passes is what is tested.
  if (!ESCAPABLE.test(text)) return text;
  if (!ESCAPABLE_BUT_REFERENCES.test(text)) return defuseIssueReferences(text);
  let escaped = text;
  if (CONTROL.test(escaped)) escaped = escaped.replace(/[\r\n\t\f\v]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
  if (escaped.includes('@')) escaped = escaped.replace(MENTION, `$1@${ZERO_WIDTH_SPACE}`);
  escaped = defuseIssueReferences(escaped);
  if (HTML_SIGNIFICANT.test(escaped)) escaped = escaped.replace(/[&<>]/g, (char) => HTML_ENTITIES[char] as string);
  return MARKDOWN_SIGNIFICANT.test(escaped) ? escaped.replace(MARKDOWN_PUNCTUATION, '\\$&') : escaped;
}

/**
 * A zero-width space after each issue reference's `#` or `GH-`. Matches are stitched together by
 * hand: `replace` with a `$&` pattern costs twice as much, and nearly every task name of a squash-
 * merged history ends in `(#123)`.
 */
function defuseIssueReferences(text: string): string {
  let defused = '';
  let copied = 0;
  ISSUE_REFERENCE.lastIndex = 0;
  for (let match = ISSUE_REFERENCE.exec(text); match !== null; match = ISSUE_REFERENCE.exec(text)) {
    const end = match.index + match[0].length;
    defused += text.slice(copied, end) + ZERO_WIDTH_SPACE;
    copied = end;
  }
  return copied === 0 ? text : defused + text.slice(copied);
}

/** Shortens text to `max` characters (by code point), ending with an ellipsis when cut. */
export function truncateText(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}
