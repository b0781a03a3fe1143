/**
 * The commits a squash commit's message lists, pure. Squash merging keeps the work of several
 * commits in one message, but git's trailer parser reads only the message's last paragraph, so each
 * listed commit's trailer block would be lost. Three forms are recognised:
 *
 * - GitHub's default squash message (and GitLab's `%{all_commits}` in a squash template, which has
 *   the same shape): the title, then each commit's message as a bullet (`* subject`, a blank line,
 *   its body and trailer block), blank lines between them, then `---------` and the
 *   `Co-authored-by:` lines when there are co-authors.
 * - git's `merge --squash` (`Squashed commit of the following:`): per commit a `commit <sha>` line,
 *   `Author:`/`Date:` (and `Merge:`) header lines, a blank line, then the message indented by four
 *   spaces.
 *
 * Each embedded message is handed back as it was committed (bullet or indent removed), for git to
 * read its trailer block with its own rules (git/squashCommits.ts, the commit-msg hook).
 */

/** One commit listed in a squash commit's message. */
export interface EmbeddedMessage {
  /** 1-based place in the squash message. */
  index: number;
  /** First line of the embedded message. */
  subject: string;
  /** The embedded message as it was committed, ending in a newline. */
  message: string;
  /** The original commit's sha, when the format names it (`git merge --squash`). */
  sha?: string;
}

export interface SquashMessage {
  format: 'github' | 'git';
  commits: EmbeddedMessage[];
}

const GIT_COMMIT_LINE = /^commit ([0-9a-f]{40}|[0-9a-f]{64})$/;
const GIT_HEADER_LINE = /^(Author|Date|Merge|Commit|AuthorDate|CommitDate): /;
const BULLET = /^\* (.*)$/;
/** The line GitHub writes between the listed commits and the Co-authored-by lines. */
const GITHUB_RULE = /^-{9}$/;

function embedded(index: number, lines: string[], sha?: string): EmbeddedMessage | undefined {
  let end = lines.length;
  while (end > 0 && (lines[end - 1] as string).trim() === '') end -= 1;
  let start = 0;
  while (start < end && (lines[start] as string).trim() === '') start += 1;
  if (start === end) return undefined;
  const kept = lines.slice(start, end);
  return { index, subject: (kept[0] as string).trim(), message: `${kept.join('\n')}\n`, ...(sha ? { sha } : {}) };
}

/** git's `merge --squash` form: `commit <sha>`, header lines, a blank line, the message indented by four spaces. */
function gitSquash(lines: string[]): EmbeddedMessage[] {
  const found: EmbeddedMessage[] = [];
  let at = 0;
  while (at < lines.length) {
    const head = GIT_COMMIT_LINE.exec(lines[at] as string);
    if (!head || !GIT_HEADER_LINE.test(lines[at + 1] ?? '')) {
      at += 1;
      continue;
    }
    at += 1;
    while (at < lines.length && GIT_HEADER_LINE.test(lines[at] as string)) at += 1;
    const body: string[] = [];
    // The message: indented lines and blank ones (git's cleanup strips a blank line's indent); an
    // unindented line ends it (the next `commit` line, or text the committer added).
    for (; at < lines.length; at += 1) {
      const line = lines[at] as string;
      if (line.startsWith('    ')) body.push(line.slice(4));
      else if (line.trim() === '') body.push('');
      else break;
    }
    const message = embedded(found.length + 1, body, head[1]);
    if (message) found.push(message);
  }
  return found;
}

/**
 * The bullet form: after the title paragraph, each paragraph that starts with `* ` begins a listed
 * commit; it runs to the next such paragraph, GitHub's `---------` line, or the end. A `* ` line
 * inside a paragraph is the body's own list. Text before the first bullet (a description) is no commit's.
 */
function bulletSquash(lines: string[]): EmbeddedMessage[] {
  const found: EmbeddedMessage[] = [];
  let at = 0;
  while (at < lines.length && (lines[at] as string).trim() !== '') at += 1; // the title
  let current: string[] | undefined;
  const close = () => {
    const message = current && embedded(found.length + 1, current);
    if (message) found.push(message);
    current = undefined;
  };
  for (; at < lines.length; at += 1) {
    const line = lines[at] as string;
    if (GITHUB_RULE.test(line)) break;
    const bullet = (lines[at - 1] ?? '').trim() === '' ? BULLET.exec(line) : null;
    if (bullet) {
      close();
      current = [bullet[1] as string];
    } else current?.push(line);
  }
  close();
  return found;
}

/**
 * The commits listed in `message` (a commit message as git stores it), or undefined when it lists
 * none. The git form is tried first: its `commit <sha>` lines are unambiguous.
 */
export function parseSquashMessage(message: string): SquashMessage | undefined {
  const lines = message.replace(/\r\n/g, '\n').split('\n');
  const git = gitSquash(lines);
  if (git.length > 0) return { format: 'git', commits: git };
  const bullets = bulletSquash(lines);
  return bullets.length > 0 ? { format: 'github', commits: bullets } : undefined;
}

/**
 * Whether a message read as `squash` is a squash commit whose records are its listed commits' (its
 * own trailer block is then the last listed commit's, or Co-authored-by lines). A body with a single
 * bullet paragraph above the commit's own leverage trailers is an ordinary commit with a list.
 */
export function isSquashCommit(squash: SquashMessage, ownLeverage: boolean): boolean {
  return squash.format === 'git' || squash.commits.length >= 2 || !ownLeverage;
}

/**
 * The subjects a squash commit is looked for by, as the collector's walk sees only subjects and the
 * last paragraph's trailers (reading every body would cost the report a second walk): git's
 * `Squashed commit of the following:`, and a pull or merge request number at the end, as GitHub's
 * squash subject `Title (#12)` and a GitLab squash template `%{title} (%{local_reference})`
 * (`Title (!12)`) have it. git/decodeCommit.ts tests the same on bytes (isSquashSubjectAt).
 */
export const SQUASH_SUBJECT = /^Squashed commit of the following:|\((#|!)[0-9]+\)$/;
