/**
 * Commit text is untrusted. These make it safe inside GitHub-flavoured Markdown while it still reads
 * exactly as written once rendered (checked against cmark-gfm in the tests), neutralise what would
 * reorder it on any screen, and shorten what would flood a message. The JSON report keeps commit text
 * exactly: it is data, not display.
 */

/**
 * Characters with meaning in inline Markdown or in a table row; escaped with a backslash. `$` opens
 * math on GitHub (`$x$`), which would show a formula where the commit says dollars.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~$]/g;
/** HTML-significant characters become entities, so no tag, comment or entity can be opened. */
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/**
 * `@name` and `@org/team` after anything but a letter, digit or `_` would notify people (a backtick
 * too: backticks are escaped, so no code span hides it); a zero-width space stops that.
 */
const MENTION = /(^|\W)@(?=[A-Za-z0-9])/g;
const ZERO_WIDTH_SPACE = '\u200b';
/** An issue or pull-request page's address, after its scheme or `www`: `//host/owner/repo/issues/4`. */
const ISSUE_PATH = String.raw`[^\s/?#]+\/[^\s/?#]+\/[^\s/?#]+\/(?:issues|pull|discussions)\/\d`;
/**
 * What GitHub turns into a cross-reference (which notifies the issue: "mentioned this issue"), each
 * matched up to where a zero-width space breaks it: `#123`, `GH-123`, `owner/repo#123`, and an issue
 * or pull request's address (`https:` or `www` then the space: no autolink, so no link to the issue).
 * Commit SHAs are left as links: a reference to a commit notifies nobody.
 */
const ISSUE_REFERENCE = new RegExp(
  [
    // Each alternative starts with a literal and looks behind only then: a lookbehind first would
    // run at every position of every task name.
    String.raw`#(?<!\w#)(?=\d)`,
    String.raw`GH-(?<!\wGH-)(?=\d)`,
    String.raw`#(?<=[\w.-]\/[\w.-]+#)(?=\d)`,
    String.raw`https?:(?<![\w.+-]https?:)(?=\/\/${ISSUE_PATH})`,
    String.raw`www(?<![\w./-]www)(?=\.${ISSUE_PATH})`,
  ].join('|'),
  'gi',
);
/**
 * Bidirectional controls: embeddings, overrides, isolates and marks. In any text they reorder what a
 * reader sees against what is written ("Trojan Source", CVE-2021-42574).
 */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const HAS_BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const MARKDOWN_SIGNIFICANT = /[\\`*_[\]|~$]/;
const CONTROL = /[\u0000-\u001f\u007f]/;
const HTML_SIGNIFICANT = /[&<>]/;
/** Every character (or `GH-`, `://`, `www.`) one of escapeMarkdownInline's replacements acts on. */
const ESCAPABLE = /[\u0000-\u001f\u007f@#&<>\\`*_[\]|~$\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|gh-|:\/\/|www\./i;
/** ESCAPABLE less issue references: what only the other passes act on. */
const ESCAPABLE_BUT_REFERENCES = /[\u0000-\u001f\u007f@&<>\\`*_[\]|~$\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Each bidirectional control as its visible name (`<U+202E>`), so text reads in the order it is
 * written and the reader sees that something was there. Every renderer that shows commit text
 * (Markdown, text, CSV, the dashboard, chart labels) passes it through this one function.
 */
export function neutraliseBidi(text: string): string {
  if (!HAS_BIDI_CONTROL.test(text)) return text;
  return text.replace(BIDI_CONTROL, (char) => `<U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}>`);
}

/**
 * One line of inline Markdown (a table cell, a list item) from commit text: newlines folded to
 * spaces, bidirectional controls named, Markdown and HTML neutralised, mentions and issue references
 * defused.
 */
export function escapeMarkdownInline(text: string): string {
  return escapeInline(text, true);
}

/**
 * escapeMarkdownInline for text this tool wrote itself around names it was given (the Action's window
 * label, `pull request #7 (…)`): the same, except that issue references stay links, as they were meant.
 */
export function escapeMarkdownKeepingReferences(text: string): string {
  return escapeInline(text, false);
}

function escapeInline(text: string, defuse: boolean): string {
  // Most task names hold none of what the replacements below look for, or only an issue reference
  // (`(#123)`): a pass runs only when its characters are there. The order of the passes is what is tested.
  if (!ESCAPABLE.test(text)) return text;
  if (!ESCAPABLE_BUT_REFERENCES.test(text)) return defuse ? defuseIssueReferences(text) : text;
  let escaped = text;
  if (CONTROL.test(escaped)) escaped = escaped.replace(/[\r\n\t\f\v]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
  escaped = neutraliseBidi(escaped);
  if (escaped.includes('@')) escaped = escaped.replace(MENTION, `$1@${ZERO_WIDTH_SPACE}`);
  if (defuse) escaped = defuseIssueReferences(escaped);
  if (HTML_SIGNIFICANT.test(escaped)) escaped = escaped.replace(/[&<>]/g, (char) => HTML_ENTITIES[char] as string);
  return MARKDOWN_SIGNIFICANT.test(escaped) ? escaped.replace(MARKDOWN_PUNCTUATION, '\\$&') : escaped;
}

/**
 * A zero-width space at the end of each issue reference's match (after `#`, `GH-`, `https:`, `www`).
 * Matches are stitched together by hand: `replace` with a `$&` pattern costs twice as much, and
 * nearly every task name of a squash-merged history ends in `(#123)`.
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
