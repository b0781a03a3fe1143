import { describe, expect, it } from 'vitest';
import { EventError, planFromEvent } from '../../src/action/planFromEvent.js';

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const ZERO = '0'.repeat(40);
const none = { date: undefined, since: undefined, until: undefined, range: undefined };
const prPayload = { number: 12, pull_request: { number: 12, base: { sha: BASE }, head: { sha: HEAD } } };

describe('planFromEvent', () => {
  it('pull_request and pull_request_target: base..head of the payload, fetching the head as refs/pull/N/head', () => {
    for (const event of ['pull_request', 'pull_request_target']) {
      const plan = planFromEvent(event, prPayload, none);
      expect(plan.flags).toEqual({ range: `${BASE}..${HEAD}` });
      expect(plan.label).toBe('pull request #12 (aaaaaaa..bbbbbbb)');
      expect(plan.pullRequest).toBe(12);
      expect(plan.needs).toEqual([
        { rev: BASE, refspec: BASE },
        { rev: HEAD, refspec: '+refs/pull/12/head:refs/remotes/pull/12/head' },
      ]);
    }
  });

  it('an explicit window wins, and a pull request still gets its comment', () => {
    const plan = planFromEvent('pull_request', prPayload, { ...none, since: '2026-04-01', until: '2026-04-30' });
    expect(plan.flags).toEqual({ since: '2026-04-01', until: '2026-04-30' });
    expect(plan.pullRequest).toBe(12);
    expect(plan.needs).toEqual([]);
  });

  it('push: before..after', () => {
    const plan = planFromEvent('push', { ref: 'refs/heads/feature', before: BASE, after: HEAD, repository: { default_branch: 'main' } }, none);
    expect(plan.flags).toEqual({ range: `${BASE}..${HEAD}` });
    expect(plan.label).toBe('push to feature (aaaaaaa..bbbbbbb)');
    expect(plan.pullRequest).toBeUndefined();
  });

  it('push of a new branch (before is all zeros): the commits the default branch does not have', () => {
    const plan = planFromEvent('push', { ref: 'refs/heads/feature', before: ZERO, after: HEAD, created: true, repository: { default_branch: 'main' } }, none);
    expect(plan.flags).toEqual({ range: `refs/remotes/origin/main..${HEAD}` });
    expect(plan.needs[0]).toEqual({ rev: 'refs/remotes/origin/main', refspec: '+refs/heads/main:refs/remotes/origin/main' });
  });

  it('push creating the default branch itself: everything it holds; a deleted branch: nothing', () => {
    expect(planFromEvent('push', { ref: 'refs/heads/main', before: ZERO, after: HEAD, repository: { default_branch: 'main' } }, none).flags).toEqual({ range: HEAD });
    expect(planFromEvent('push', { ref: 'refs/heads/old', before: HEAD, after: ZERO, deleted: true }, none).skip).toContain('deleted refs/heads/old');
  });

  it('schedule and workflow_dispatch: yesterday unless a window is given', () => {
    expect(planFromEvent('schedule', {}, none)).toMatchObject({ defaultDay: 'yesterday', flags: {} });
    expect(planFromEvent('workflow_dispatch', {}, none)).toMatchObject({ defaultDay: 'yesterday', flags: {} });
    expect(planFromEvent('workflow_dispatch', {}, { ...none, date: '2026-04-12' })).toMatchObject({ defaultDay: undefined, flags: { date: '2026-04-12' } });
  });

  it('workflow_run: the pull request is looked up by the run head commit, never taken from the payload list', () => {
    const plan = planFromEvent('workflow_run', { workflow_run: { head_sha: HEAD, pull_requests: [{ number: 99 }] } }, none);
    expect(plan.pullRequest).toBeUndefined();
    expect(plan.pullRequestHeadSha).toBe(HEAD);
  });

  it('a pull request payload without shas is an error that says what is missing', () => {
    expect(() => planFromEvent('pull_request', { number: 3, pull_request: { number: 3, head: { sha: HEAD } } }, none)).toThrow(EventError);
    expect(() => planFromEvent('pull_request', { number: 3, pull_request: { number: 3, head: { sha: HEAD } } }, none)).toThrow(/pull_request\.base\.sha/);
  });
});
