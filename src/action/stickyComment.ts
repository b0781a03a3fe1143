/**
 * The sticky pull-request comment, as pure decisions: its hidden marker, which existing comment is
 * ours, and what to do with it. A comment is ours only when it carries the marker AND was written by
 * the token's identity: a look-alike marker typed by someone else into their own comment is never
 * taken over.
 */

/** The smallest shape of an issue comment the decisions need (GitHub's REST answer has more). */
export interface IssueComment {
  id: number;
  body?: string | null;
  user: { login: string; type?: string } | null;
  html_url?: string;
}

export type CommentAction =
  | { kind: 'create'; body: string }
  | { kind: 'update'; id: number; body: string }
  /** Already says exactly this: no write (and no notification). */
  | { kind: 'unchanged'; id: number }
  /** Nothing to say and nothing to correct (an empty pull request with comment-when-empty false). */
  | { kind: 'none' };

/** `<!-- git-leverage:<report id> -->`. Report ids are validated to letters, digits, `._-`, so the marker cannot be closed early. */
export function commentMarker(reportId: string): string {
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(reportId)) throw new Error(`invalid report id ${JSON.stringify(reportId)}`);
  return `<!-- git-leverage:${reportId} -->`;
}

/** The comment's body: the marker on its own first line, then the record's Markdown. */
export function commentBody(marker: string, markdown: string): string {
  return `${marker}\n${markdown}`;
}

/**
 * Whether a comment's author is `identity`. REST gives bots as `name[bot]`; the identity may be
 * written with or without the suffix (GraphQL and people differ), so a Bot account matches either.
 */
export function isAuthoredBy(comment: IssueComment, identity: string): boolean {
  const login = comment.user?.login.toLowerCase();
  if (login === undefined) return false;
  const wanted = identity.toLowerCase();
  if (login === wanted) return true;
  return comment.user?.type === 'Bot' && login.replace(/\[bot\]$/, '') === wanted.replace(/\[bot\]$/, '');
}

/** Our comments for this report, oldest first (GitHub ids grow with time). */
export function findStickyComments(comments: readonly IssueComment[], marker: string, identity: string): IssueComment[] {
  return comments.filter((comment) => isAuthoredBy(comment, identity) && (comment.body ?? '').includes(marker)).sort((a, b) => a.id - b.id);
}

/** What to do, given the comments of ours that exist and the body we would write. */
export function planComment(ours: readonly IssueComment[], body: string, hasRecords: boolean, commentWhenEmpty: boolean): CommentAction {
  const existing = ours[0];
  // An empty pull request still corrects a comment of an earlier run (its figures would be stale).
  if (!hasRecords && !commentWhenEmpty && existing === undefined) return { kind: 'none' };
  if (existing === undefined) return { kind: 'create', body };
  if ((existing.body ?? '') === body) return { kind: 'unchanged', id: existing.id };
  return { kind: 'update', id: existing.id, body };
}

/**
 * After creating, two concurrent runs may each have created one: keep the oldest, delete the others
 * (ours only). Returns the comment to keep and the ids to delete.
 */
export function resolveDuplicates(ours: readonly IssueComment[]): { keep: IssueComment | undefined; remove: number[] } {
  const [keep, ...rest] = [...ours].sort((a, b) => a.id - b.id);
  return { keep, remove: rest.map((comment) => comment.id) };
}
