/**
 * The GitHub REST API, the only outside service the Action talks to: an Octokit with octokit's retry
 * (5xx, with backoff) and throttling (primary and secondary rate limits) plugins, and the few calls
 * the sticky comment needs. Thin: the decisions are in stickyComment.ts.
 */
import { GitHub, getOctokitOptions } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import type { IssueComment } from './stickyComment.js';

const Client = GitHub.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof Client>;

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface ClientLog {
  warning: (message: string) => void;
  debug: (message: string) => void;
}

/** Rate-limited requests are retried twice, then fail (and the comment step warns). */
const RATE_LIMIT_RETRIES = 2;

/**
 * The client's waits, in milliseconds. Production keeps octokit's own (no value given); tests pass
 * NO_WAITS, so a retried request or a rate limit is exercised without sleeping.
 */
export interface GitHubWaits {
  /** plugin-retry: a 5xx is retried after (attempt)² times this (octokit: 1000). */
  retryUnit: number;
  /** plugin-throttling: a rate limit's retry-after, in seconds, times this (octokit: 1000). */
  rateLimitUnit: number;
  /** plugin-throttling: the least time between two writes (octokit: 1000), and between two that notify, such as a new comment (octokit: 3000). */
  writeSpacing: number;
  notificationSpacing: number;
}

export const NO_WAITS: GitHubWaits = { retryUnit: 0, rateLimitUnit: 0, writeSpacing: 0, notificationSpacing: 0 };

/** Octokit options for the given waits; none for octokit's defaults (its write limiters are shared by every client of the process). */
function waitOptions(waits: GitHubWaits | undefined) {
  if (waits === undefined) return { retry: {}, throttle: {} };
  return {
    retry: { retryAfterBaseValue: waits.retryUnit },
    throttle: {
      retryAfterBaseValue: waits.rateLimitUnit,
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: waits.writeSpacing }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: waits.notificationSpacing }),
    },
  };
}

export function createGitHubClient(token: string, baseUrl: string, log: ClientLog, waits?: GitHubWaits): GitHubClient {
  const onLimit = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    const again = retryCount < RATE_LIMIT_RETRIES;
    log.warning(`GitHub ${kind} rate limit on ${options.method} ${options.url}: ${again ? `retrying in ${retryAfter} s` : 'giving up'}`);
    return again;
  };
  const timing = waitOptions(waits);
  return new Client({
    ...getOctokitOptions(token, { baseUrl }),
    log: { debug: () => undefined, info: () => undefined, warn: (message: string) => log.debug(message), error: (message: string) => log.debug(message) },
    throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary'), ...timing.throttle },
    retry: { retries: 3, ...timing.retry },
  });
}

/**
 * The login the token writes comments as. GraphQL's `viewer` answers for installation tokens too
 * (REST's GET /user does not: "Resource not accessible by integration"); if it cannot be asked,
 * GITHUB_TOKEN's identity is assumed.
 */
export async function tokenIdentity(client: GitHubClient, log: ClientLog): Promise<string> {
  try {
    const answer = await client.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    if (typeof answer?.viewer?.login === 'string' && answer.viewer.login !== '') return answer.viewer.login;
  } catch (error) {
    log.debug(`could not ask GitHub who the token is (${(error as Error).message}); assuming github-actions[bot]`);
  }
  return 'github-actions[bot]';
}

interface RestComment {
  id: number;
  body?: string | null;
  user: { login: string; type: string } | null;
  html_url: string;
}

const toComment = (comment: RestComment): IssueComment => ({
  id: comment.id,
  body: comment.body ?? null,
  user: comment.user ? { login: comment.user.login, type: comment.user.type } : null,
  html_url: comment.html_url,
});

/** Every comment of an issue or pull request, page by page (100 a page). */
export async function listComments(client: GitHubClient, repo: RepoRef, issueNumber: number): Promise<IssueComment[]> {
  const comments = await client.paginate(client.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
  return comments.map(toComment);
}

export async function createComment(client: GitHubClient, repo: RepoRef, issueNumber: number, body: string): Promise<IssueComment> {
  return toComment((await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body })).data);
}

export async function updateComment(client: GitHubClient, repo: RepoRef, commentId: number, body: string): Promise<IssueComment> {
  return toComment((await client.rest.issues.updateComment({ ...repo, comment_id: commentId, body })).data);
}

export async function deleteComment(client: GitHubClient, repo: RepoRef, commentId: number): Promise<void> {
  await client.rest.issues.deleteComment({ ...repo, comment_id: commentId });
}

/** The open pull request whose head is `sha` (the workflow_run recipe), or undefined. */
export async function findPullRequestByHead(client: GitHubClient, repo: RepoRef, sha: string): Promise<number | undefined> {
  for await (const page of client.paginate.iterator(client.rest.pulls.list, { ...repo, state: 'open', per_page: 100 })) {
    const match = page.data.find((pull) => pull.head.sha === sha);
    if (match) return match.number;
  }
  return undefined;
}

/** A pull request a commit belongs to, as GET /repos/{o}/{r}/commits/{sha}/pulls lists it. */
export interface CommitPullRequest {
  number: number;
  /** When it was merged; null while open or when closed without merging. */
  mergedAt: string | null;
  /** The branch it was merged into. */
  baseRef: string;
}

/** The pull requests `sha` belongs to: merged with it, or holding it among their commits. */
export async function listPullRequestsOfCommit(client: GitHubClient, repo: RepoRef, sha: string): Promise<CommitPullRequest[]> {
  const pulls = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, { ...repo, commit_sha: sha, per_page: 100 });
  return pulls.map((pull) => ({ number: pull.number, mergedAt: pull.merged_at, baseRef: pull.base.ref }));
}

/** A pull request's commit with its full message (GitHub lists at most 250). */
export interface PullRequestCommit {
  sha: string;
  message: string;
}

export async function listPullRequestCommits(client: GitHubClient, repo: RepoRef, pullNumber: number): Promise<PullRequestCommit[]> {
  const commits = await client.paginate(client.rest.pulls.listCommits, { ...repo, pull_number: pullNumber, per_page: 100 });
  return commits.map((commit) => ({ sha: commit.sha, message: commit.commit.message }));
}
