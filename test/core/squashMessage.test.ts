/**
 * The squash message forms, pure: GitHub's default squash message (bullets, `---------`,
 * Co-authored-by), GitLab's `%{all_commits}`, git's `merge --squash`, and ordinary messages that
 * merely contain a list.
 */
import { describe, expect, it } from 'vitest';
import { isSquashSubjectAt } from '../../src/git/decodeCommit.js';
import { isSquashCommit, parseSquashMessage, SQUASH_SUBJECT } from '../../src/trailers/squashMessage.js';

const GITHUB = `Parser and docs (#12)

* Add parser

Body of the parser work.
* not a new commit: a list inside the body

Task: Parser
Human-Estimate: 3h
Claude-Minutes: 20

* Write docs

Task: Docs
Human-Estimate: 1h
Claude-Minutes: 10

---------

Co-authored-by: Bo Example <bo@example.com>
`;

const SHA1 = 'a'.repeat(40);
const SHA2 = 'b'.repeat(40);
const GIT = `Squashed commit of the following:

commit ${SHA2}
Author: Ann Example <ann@example.com>
Date:   Sun Apr 12 10:00:00 2026 +0000

    Write docs

    Task: Docs
    Human-Estimate: 1h
    Claude-Minutes: 10

commit ${SHA1}
Author: Ann Example <ann@example.com>
Date:   Sun Apr 12 09:00:00 2026 +0000

    Add parser
    
    Task: Parser
    Human-Estimate: 3h
    Claude-Minutes: 20
`;

describe('parseSquashMessage', () => {
  it("reads GitHub's bullets up to the ---------, each message as committed", () => {
    const squash = parseSquashMessage(GITHUB);
    expect(squash?.format).toBe('github');
    expect(squash?.commits).toEqual([
      {
        index: 1,
        subject: 'Add parser',
        message: 'Add parser\n\nBody of the parser work.\n* not a new commit: a list inside the body\n\nTask: Parser\nHuman-Estimate: 3h\nClaude-Minutes: 20\n',
      },
      { index: 2, subject: 'Write docs', message: 'Write docs\n\nTask: Docs\nHuman-Estimate: 1h\nClaude-Minutes: 10\n' },
    ]);
  });

  it("reads git's merge --squash form, unindented, with the original shas (blank lines with or without their indent)", () => {
    const squash = parseSquashMessage(GIT);
    expect(squash?.format).toBe('git');
    expect(squash?.commits.map((c) => [c.index, c.sha, c.subject])).toEqual([
      [1, SHA2, 'Write docs'],
      [2, SHA1, 'Add parser'],
    ]);
    expect(squash?.commits[1]?.message).toBe('Add parser\n\nTask: Parser\nHuman-Estimate: 3h\nClaude-Minutes: 20\n');
  });

  it("reads GitLab's %{all_commits} (a squash template such as `%{title}\\n\\n%{all_commits}`): the same bullets", () => {
    const squash = parseSquashMessage('Resolve "Parser"\n\n* Add parser\n\nTask: Parser\nHuman-Estimate: 3h\nClaude-Minutes: 20\n\n* Fix typo\n');
    expect(squash?.commits.map((c) => c.subject)).toEqual(['Add parser', 'Fix typo']);
  });

  it('finds nothing in an ordinary message, and takes a single bullet above own trailers for a list', () => {
    expect(parseSquashMessage('Fix it\n\nTask: x\nHuman-Estimate: 1h\nClaude-Minutes: 5\n')).toBeUndefined();
    // The subject itself is never a listed commit.
    expect(parseSquashMessage('* odd subject\n\nbody\n')).toBeUndefined();
    const list = parseSquashMessage('Fix it\n\n* changed the parser\n\nTask: x\nHuman-Estimate: 1h\nClaude-Minutes: 5\n');
    expect(list?.commits).toHaveLength(1);
    expect(isSquashCommit(list!, true)).toBe(false);
    expect(isSquashCommit(list!, false)).toBe(true);
    expect(isSquashCommit(parseSquashMessage(GITHUB)!, true)).toBe(true);
  });

  it('the walk picks candidates by subject: the byte test agrees with SQUASH_SUBJECT', () => {
    const subjects = ['Parser work (#12)', 'Title (!7)', 'Squashed commit of the following:', 'Squashed commit of the following: and more', '(#1)', 'x (#)', 'x #12)', 'x (#12) ', 'x (12)', 'x (#1a2)', 'Fix (#12', 'plain', '', ')', 'Squashed commit', 'é (#3)'];
    for (const subject of subjects) {
      // Inside a larger buffer, as in git's output: bytes around the subject must not count.
      const buffer = Buffer.from(`(#9)\0${subject}\0Squashed`);
      const start = 5;
      expect([subject, isSquashSubjectAt(buffer, start, start + Buffer.byteLength(subject))]).toEqual([subject, SQUASH_SUBJECT.test(subject)]);
    }
  });
});
