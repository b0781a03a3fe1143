import { describe, expect, it } from 'vitest';
import { commentBody, commentMarker, findStickyComments, isAuthoredBy, planComment, resolveDuplicates, type IssueComment } from '../../src/action/stickyComment.js';

const MARKER = commentMarker('record');
const bot = { login: 'github-actions[bot]', type: 'Bot' };
const comment = (id: number, user: IssueComment['user'], body: string): IssueComment => ({ id, user, body });

describe('sticky comment decisions', () => {
  it('the marker is hidden, names the report, and cannot be built from an id that would close it', () => {
    expect(MARKER).toBe('<!-- git-leverage:record -->');
    expect(() => commentMarker('x -->')).toThrow();
    expect(commentBody(MARKER, '## Record\n')).toBe('<!-- git-leverage:record -->\n## Record\n');
  });

  it('a comment is ours by marker AND author; a bot login matches with or without [bot]', () => {
    expect(isAuthoredBy(comment(1, bot, ''), 'github-actions[bot]')).toBe(true);
    expect(isAuthoredBy(comment(1, bot, ''), 'github-actions')).toBe(true);
    expect(isAuthoredBy(comment(1, { login: 'github-actions', type: 'User' }, ''), 'github-actions[bot]')).toBe(false);
    expect(isAuthoredBy(comment(1, { login: 'Octo-Bot', type: 'User' }, ''), 'octo-bot')).toBe(true);
    expect(isAuthoredBy(comment(1, null, ''), 'github-actions[bot]')).toBe(false);
    const comments = [
      comment(5, { login: 'mallory', type: 'User' }, `${MARKER}\nmine now`),
      comment(7, bot, `${MARKER}\nrecord`),
      comment(6, bot, 'a different bot comment'),
      comment(3, bot, `<!-- git-leverage:other -->\nanother report`),
    ];
    expect(findStickyComments(comments, MARKER, 'github-actions[bot]').map((c) => c.id)).toEqual([7]);
  });

  it('create, update, unchanged, or nothing for an empty pull request', () => {
    const ours = [comment(7, bot, `${MARKER}\nold`)];
    expect(planComment([], 'new', true, true)).toEqual({ kind: 'create', body: 'new' });
    expect(planComment(ours, 'new', true, true)).toEqual({ kind: 'update', id: 7, body: 'new' });
    expect(planComment(ours, `${MARKER}\nold`, true, true)).toEqual({ kind: 'unchanged', id: 7 });
    expect(planComment([], 'empty', false, false)).toEqual({ kind: 'none' });
    // An earlier comment with figures is corrected even when empty pull requests get no comment.
    expect(planComment(ours, 'empty', false, false)).toEqual({ kind: 'update', id: 7, body: 'empty' });
    expect(planComment([], 'empty', false, true)).toEqual({ kind: 'create', body: 'empty' });
  });

  it('after a race, the oldest comment stays and the later ones go', () => {
    expect(resolveDuplicates([comment(9, bot, ''), comment(4, bot, ''), comment(6, bot, '')])).toEqual({ keep: comment(4, bot, ''), remove: [6, 9] });
    expect(resolveDuplicates([])).toEqual({ keep: undefined, remove: [] });
  });
});
