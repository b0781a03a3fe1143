/**
 * Which commits a run reports on, chosen from the workflow event and the inputs. Pure: the event
 * payload is a value, the clock is not read (the day is resolved later, once the zone is known).
 *
 * - pull_request, pull_request_target: the pull request's commits, base.sha..head.sha of the payload.
 * - push: the pushed commits, before..after; a new branch (before is all zeros) is compared with the
 *   default branch, a new default branch reports everything it holds.
 * - schedule, workflow_dispatch and anything else: yesterday in the zone, unless date/since/range say otherwise.
 * - workflow_run: the pull request whose head is the run's head commit (the fork recipe); reports
 *   come from `merge`.
 */
import type { WindowRequest } from '../window/windowRequest.js';
import type { ActionInputs } from './readInputs.js';

export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'] as const;

const ZERO_SHA = /^0+$/;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** A commit the collector needs present in the local repository, and how to fetch it from origin. */
export interface NeededCommit {
  rev: string;
  /** What `git fetch origin` is given to bring the commit in. */
  refspec: string;
}

export interface RunPlan {
  /** Window flags for resolveWindow (range, date, since/until); no flags means "the default day". */
  flags: Pick<WindowRequest, 'date' | 'since' | 'until' | 'range'>;
  /** With no window flags: report yesterday (scheduled runs) in the zone. */
  defaultDay: 'yesterday' | undefined;
  /** Label of the window for people, when the range itself would be two bare shas. */
  label: string | undefined;
  /** Commits to bring in before reading history (shallow or partial checkouts). */
  needs: NeededCommit[];
  /** The pull request to comment on, when the event names one. */
  pullRequest: number | undefined;
  /** workflow_run: the head commit whose open pull request is to be found through the API. */
  pullRequestHeadSha: string | undefined;
  /** Nothing to report (a deleted branch), and why. */
  skip: string | undefined;
  /** What to read instead when `needs` cannot be had (a force push whose old head is gone). */
  fallback?: RunPlan;
}

export class EventError extends Error {
  override name = 'EventError';
}

type Payload = Record<string, unknown>;

function objectAt(value: unknown, ...path: string[]): Payload | undefined {
  let node: unknown = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Payload)[key];
  }
  return node !== null && typeof node === 'object' ? (node as Payload) : undefined;
}

function stringAt(value: unknown, ...path: string[]): string | undefined {
  const parent = objectAt(value, ...path.slice(0, -1));
  const leaf = parent?.[path[path.length - 1] as string];
  return typeof leaf === 'string' ? leaf : undefined;
}

function shaAt(payload: unknown, what: string, ...path: string[]): string {
  const sha = stringAt(payload, ...path);
  if (sha === undefined || !SHA.test(sha)) throw new EventError(`the event payload has no ${what} (${path.join('.')}); is GITHUB_EVENT_PATH the event of this run?`);
  return sha;
}

const short = (sha: string) => sha.slice(0, 7);
const bySha = (sha: string): NeededCommit => ({ rev: sha, refspec: sha });

type WindowInputs = Pick<ActionInputs, 'date' | 'since' | 'until' | 'range'>;

function explicitWindow(inputs: WindowInputs): RunPlan['flags'] | undefined {
  if (inputs.range) return { range: inputs.range };
  if (inputs.since) return { since: inputs.since, ...(inputs.until ? { until: inputs.until } : {}) };
  if (inputs.date) return { date: inputs.date };
  return undefined;
}

const EMPTY: RunPlan = { flags: {}, defaultDay: undefined, label: undefined, needs: [], pullRequest: undefined, pullRequestHeadSha: undefined, skip: undefined };

export function planFromEvent(eventName: string, payload: Payload, inputs: WindowInputs): RunPlan {
  const explicit = explicitWindow(inputs);
  if ((PULL_REQUEST_EVENTS as readonly string[]).includes(eventName)) {
    const number = objectAt(payload, 'pull_request')?.number ?? payload.number;
    if (typeof number !== 'number') throw new EventError(`the ${eventName} payload has no pull request number (pull_request.number)`);
    if (explicit) return { ...EMPTY, flags: explicit, pullRequest: number };
    const base = shaAt(payload, 'base commit', 'pull_request', 'base', 'sha');
    const head = shaAt(payload, 'head commit', 'pull_request', 'head', 'sha');
    return {
      ...EMPTY,
      flags: { range: `${base}..${head}` },
      label: `pull request #${number} (${short(base)}..${short(head)})`,
      // A fork's head commit is not on origin's branches, but GitHub serves it as refs/pull/N/head.
      needs: [bySha(base), { rev: head, refspec: `+refs/pull/${number}/head:refs/remotes/pull/${number}/head` }],
      pullRequest: number,
    };
  }
  if (explicit) return { ...EMPTY, flags: explicit };
  if (eventName === 'push') {
    const after = shaAt(payload, 'pushed commit', 'after');
    const ref = stringAt(payload, 'ref') ?? '';
    if (payload.deleted === true || ZERO_SHA.test(after)) return { ...EMPTY, skip: `the push deleted ${ref || 'a ref'}: no commits to report` };
    const before = stringAt(payload, 'before') ?? '';
    const defaultBranch = stringAt(payload, 'repository', 'default_branch');
    const branch = ref.replace(/^refs\/heads\//, '');
    const sinceDefaultBranch = (what: string): RunPlan => {
      if (defaultBranch === undefined || branch === defaultBranch) {
        return { ...EMPTY, flags: { range: after }, label: `${what} ${branch || after} (${short(after)})`, needs: [bySha(after)] };
      }
      const base = `refs/remotes/origin/${defaultBranch}`;
      return {
        ...EMPTY,
        flags: { range: `${base}..${after}` },
        label: `${what} ${branch} (${defaultBranch}..${short(after)})`,
        needs: [{ rev: base, refspec: `+refs/heads/${defaultBranch}:${base}` }, bySha(after)],
      };
    };
    if (!ZERO_SHA.test(before) && SHA.test(before)) {
      return {
        ...EMPTY,
        flags: { range: `${before}..${after}` },
        label: `push to ${branch} (${short(before)}..${short(after)})`,
        needs: [bySha(before), bySha(after)],
        // A force push may leave `before` nowhere to fetch from: then compare with the default branch.
        fallback: branch === defaultBranch ? undefined : sinceDefaultBranch('branch'),
      };
    }
    // A new branch: its commits are those the default branch does not have.
    return sinceDefaultBranch('new branch');
  }
  if (eventName === 'workflow_run') {
    // workflow_run.pull_requests is empty for forks and may name pull requests of other repositories:
    // the pull request is found by its head commit, through the API, in this repository.
    const headSha = stringAt(payload, 'workflow_run', 'head_sha');
    return { ...EMPTY, defaultDay: 'yesterday', pullRequestHeadSha: headSha !== undefined && SHA.test(headSha) ? headSha : undefined };
  }
  return { ...EMPTY, defaultDay: 'yesterday' };
}
