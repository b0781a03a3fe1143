/**
 * Writes the sticky comment: list (every page), decide (stickyComment.ts), write, and after a create
 * settle a race with a concurrent run. A failed comment never fails the job: it becomes a warning
 * that says what to change.
 */
import { createComment, deleteComment, listComments, updateComment, type GitHubClient, type RepoRef } from './githubClient.js';
import { commentBody, findStickyComments, planComment, resolveDuplicates, type IssueComment } from './stickyComment.js';

export interface CommentRequest {
  repo: RepoRef;
  pullRequest: number;
  marker: string;
  markdown: string;
  identity: string;
  hasRecords: boolean;
  commentWhenEmpty: boolean;
}

export type CommentOutcome =
  | { kind: 'created' | 'updated' | 'unchanged'; comment: IssueComment | { id: number; html_url?: string } }
  | { kind: 'none' }
  | { kind: 'failed'; warning: string };

export const PERMISSION_HELP =
  'The token cannot write pull-request comments. Give the job `permissions: pull-requests: write`. ' +
  'Pull requests from forks get a read-only token whatever the workflow asks: compute the record in the `pull_request` job ' +
  '(the job summary has it) and post the comment from a `workflow_run` job (or use `pull_request_target`, which must not run the fork\'s code); docs/action.md shows the recipe.';

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** A warning that explains a failed comment (never the token, never the request headers). */
export function describeCommentFailure(error: unknown): string {
  const status = statusOf(error);
  const message = (error as Error | undefined)?.message ?? String(error);
  if (status === 403 || status === 404) return `Could not write the pull-request comment (HTTP ${status}: ${message}). ${PERMISSION_HELP}`;
  if (status === 422) return `GitHub refused the pull-request comment (HTTP 422: ${message}); the job summary holds the record.`;
  return `Could not write the pull-request comment (${status ? `HTTP ${status}: ` : ''}${message}); the job summary holds the record.`;
}

export async function publishComment(client: GitHubClient, request: CommentRequest): Promise<CommentOutcome> {
  const { repo, pullRequest, marker, identity } = request;
  const body = commentBody(marker, request.markdown);
  try {
    const ours = findStickyComments(await listComments(client, repo, pullRequest), marker, identity);
    const action = planComment(ours, body, request.hasRecords, request.commentWhenEmpty);
    switch (action.kind) {
      case 'none':
        return { kind: 'none' };
      case 'unchanged':
        return { kind: 'unchanged', comment: ours[0] as IssueComment };
      case 'update':
        return { kind: 'updated', comment: await updateComment(client, repo, action.id, action.body) };
      case 'create': {
        const created = await createComment(client, repo, pullRequest, action.body);
        // Two runs of one pull request at once may both have created: keep the oldest, remove ours that follow.
        const author = created.user?.login ?? identity;
        const { keep, remove } = resolveDuplicates(findStickyComments(await listComments(client, repo, pullRequest), marker, author));
        for (const id of remove) await deleteComment(client, repo, id);
        if (keep && keep.id !== created.id) return { kind: 'updated', comment: await updateComment(client, repo, keep.id, body) };
        return { kind: 'created', comment: created };
      }
    }
  } catch (error) {
    return { kind: 'failed', warning: describeCommentFailure(error) };
  }
}
