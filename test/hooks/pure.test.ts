/** The pure parts: policy decisions, the refusal text, trailer replacement, the hook script's fast path. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dropTrailers } from '../../src/hooks/replaceLeverageTrailers.js';
import { readCommitArgs } from '../../src/cli/commands/leverageFlags.js';
import { checkCommitMessage, exemption } from '../../src/hooks/checkCommitMessage.js';
import { formatRejection, lineOfTrailer, retryCommand, shellQuote } from '../../src/hooks/formatRejection.js';
import { cleanupModeOf } from '../../src/hooks/keepRefusedMessage.js';
import { describeStray, findStrayLeverageLines, lineSpan } from '../../src/hooks/strayLeverageLines.js';
import { PARSED_END, parsedOutput } from '../../src/hooks/parsedTrailers.js';
import { trailersOf } from '../../src/trailers/trailerLines.js';
import { renderHookScript } from '../../src/hooks/renderHookScript.js';
import { DEFAULT_TRAILER_KEYS, DEFAULT_TRAILER_OPTIONS } from '../../src/trailers/trailerSchema.js';

const facts = (trailers: Record<string, string>, subject = 'Work') => ({
  trailers: Object.entries(trailers).map(([key, value]) => ({ key, value })),
  subject,
  merging: false,
  reverting: false,
});

describe('checkCommitMessage', () => {
  it('applies each policy', () => {
    const check = (t: Record<string, string>, policy: 'never' | 'records' | 'always', subject?: string) => checkCommitMessage(facts(t, subject), policy, DEFAULT_TRAILER_OPTIONS).ok;
    expect([check({}, 'never'), check({}, 'records'), check({}, 'always')]).toEqual([true, true, false]);
    expect([check({ 'Task-Id': 'A-1' }, 'never'), check({ 'Task-Id': 'A-1' }, 'records'), check({ 'Task-Id': 'A-1' }, 'always')]).toEqual([true, false, false]);
    expect(check({ Leverage: 'None' }, 'always')).toBe(true);
    expect(check({ Leverage: 'later' }, 'always')).toBe(false);
    expect(check({}, 'always', 'fixup! Work')).toBe(true);
    expect(check({ Task: 'x', 'Claude-Minutes': 'soon' }, 'never')).toBe(false);
  });

  it('a lone link under require: records names every trailer a record still needs', () => {
    const problems = (t: Record<string, string>) => checkCommitMessage(facts(t), 'records', DEFAULT_TRAILER_OPTIONS).problems.map((p) => `${p.key} ${p.message}`);
    expect(problems({ Task: 'Only link' })).toEqual(["Human-Estimate and Claude-Minutes are missing: this repository's policy (require: records) wants a full record, not only Task/Task-Id"]);
    expect(problems({ 'Task-Id': 'A-1' })).toEqual(["Task, Human-Estimate and Claude-Minutes are missing: this repository's policy (require: records) wants a full record, not only Task/Task-Id"]);
  });

  it('knows exempt commits by state or by git\'s own subjects', () => {
    expect(exemption({ subject: 'anything', merging: true, reverting: false })).toBe('a merge commit');
    expect(exemption({ subject: "Merge branch 'side'", merging: false, reverting: false })).toBe('a merge commit');
    expect(exemption({ subject: 'Revert "Work"', merging: false, reverting: false })).toBe('a revert');
    expect(exemption({ subject: 'squash! Work', merging: false, reverting: false })).toBe('a fixup/squash commit');
    expect(exemption({ subject: 'Reverting nothing', merging: false, reverting: false })).toBeUndefined();
  });
});

describe('formatRejection', () => {
  it('names the line, the accepted form and a retry command with a quoted path', () => {
    const raw = 'Work\n\nTask: x\nhuman-estimate : soon\nClaude-Minutes: 5\n';
    expect(lineOfTrailer(raw, 'Human-Estimate')).toBe(4);
    const text = formatRejection(
      [{ key: 'Human-Estimate', value: 'soon', message: 'is not a duration', accepted: '160h' }],
      { raw, keptMessage: "/tmp/it's here/COMMIT_EDITMSG", messageFile: '.git/COMMIT_EDITMSG' },
    );
    expect(text).toContain('.git/COMMIT_EDITMSG:4: Human-Estimate: "soon" is not a duration\n      accepted: 160h');
    expect(text).toContain(`git commit -e -F '/tmp/it'\\''s here/COMMIT_EDITMSG'`);
    expect(shellQuote('/plain/path')).toBe('/plain/path');
  });
});

describe('dropTrailers', () => {
  it('drops whole keys (and folded lines) in the last paragraph only, never a key that merely starts the same', () => {
    const message = 'Work\n\nTask: in the body\n\nTask: Old\n  folded\nTask-Id: A-1\nClaude-Minutes: 3\n';
    expect(dropTrailers(message, ['Task', 'Claude-Minutes'])).toBe('Work\n\nTask: in the body\n\nTask-Id: A-1\n');
  });
});

describe('the commit-msg script decides in sh', () => {
  const script = renderHookScript('commit-msg', { node: '/nonexistent/node', entry: '/nonexistent/entry.js', keys: ['Task', 'Agent-Minutes'], measure: false });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'git-leverage-script-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'commit-msg'), script, { mode: 0o755 });
  const run = (message: string): number => {
    writeFileSync(path.join(dir, 'msg'), message);
    try {
      execFileSync('sh', ['commit-msg', 'msg'], { cwd: dir, stdio: 'pipe' });
      return 0;
    } catch (error) {
      return (error as { status: number }).status;
    }
  };
  it('exits 0 without Node when no configured key starts a line, and goes on to Node (here: missing, exit 1) when one does', () => {
    expect(run('Plain\n\nTasks were done: all\n')).toBe(0);
    expect(run('Plain\n\nClaude-Minutes: 5\n')).toBe(0);
    expect(run('Work\n\nagent-minutes = 5\n')).toBe(1);
    expect(run('Work\n\nTASK: x\r\n')).toBe(1);
    writeFileSync(path.join(dir, '.leverage.yml'), 'require: "always"\n');
    expect(run('Plain\n')).toBe(1);
  });
});

describe('reading what git interpret-trailers --parse printed', () => {
  it('cuts each line at the first character a key cannot have, whatever trailer.separators is', () => {
    // `Task= x` is how git prints a trailer when trailer.separators is `=` alone; values keep their separators.
    expect(trailersOf('Task= Fix: the parser\nHuman-Estimate# 2h\nClaude-Minutes: 5 \nEmpty: \nCo-authored-by: A <a@x>\n')).toEqual([
      { key: 'Task', value: 'Fix: the parser' },
      { key: 'Human-Estimate', value: '2h' },
      { key: 'Claude-Minutes', value: '5' },
      { key: 'Empty', value: '' },
      { key: 'Co-authored-by', value: 'A <a@x>' },
    ]);
    expect(trailersOf(`\n${PARSED_END}\n`)).toEqual([]);
  });

  it("trusts the hook script's output only when it ends with the line git's success adds", () => {
    expect(parsedOutput(Buffer.from(`Task: x\n${PARSED_END}\n`))?.toString()).toBe('Task: x\n');
    expect(parsedOutput(Buffer.from(`${PARSED_END}\n`))?.toString()).toBe('');
    expect(parsedOutput(Buffer.from('Task: x\n'))).toBeUndefined();
    expect(parsedOutput(Buffer.alloc(0))).toBeUndefined();
  });
});

describe('leverage lines git will not read as trailers', () => {
  const trailers = (...keys: string[]) => keys.map((key) => ({ key, value: 'x' }));
  const stray = (message: string, read: string[] = []) => findStrayLeverageLines(message, trailers(...read), DEFAULT_TRAILER_KEYS);

  it('finds them above another paragraph, in the subject paragraph, and in a last paragraph of prose', () => {
    expect(stray('Work\n\nTask: x\nHuman-Estimate: 2h\nClaude-Minutes: 5\n\nMore notes.\n')).toEqual([
      { lines: [3, 4, 5], keys: ['Task', 'Human-Estimate', 'Claude-Minutes'], place: 'not-last' },
    ]);
    expect(stray('Task: x\nHuman-Estimate: 2h\nClaude-Minutes: 5\n')).toEqual([{ lines: [1, 2, 3], keys: ['Task', 'Human-Estimate', 'Claude-Minutes'], place: 'subject' }]);
    expect(stray('Work\n\nWe did it.\nTokens: 12k\n')).toEqual([{ lines: [4], keys: ['Tokens'], place: 'last-not-trailers' }]);
  });

  it('leaves out lines of a field git did read, prose that is not key-colon, and other keys', () => {
    expect(stray('Work\n\nTask: quoted in the body\n\nTask: x\nHuman-Estimate: 2h\nClaude-Minutes: 5\n', ['Task', 'Human-Estimate', 'Claude-Minutes'])).toEqual([]);
    expect(stray('Work\n\nTokens/s doubled, Task list done.\nSigned-off-by: A <a@x>\n')).toEqual([]);
  });

  it('says where and why in one line', () => {
    const [group] = stray('Work\n\nTask: x\nHuman-Estimate: 2h\n\nMore.\n');
    expect(describeStray(group!)).toEqual({
      where: 'lines 3-4',
      message:
        "(Task, Human-Estimate) look like leverage trailers, but git will not read them: they are not in the message's last paragraph, and git reads trailers only from there; move them to the end, after a blank line",
    });
    expect(lineSpan([3, 4, 5, 8])).toBe('lines 3-5, 8');
    expect(lineSpan([2])).toBe('line 2');
  });

  it('warns under require: never; refuses under records and always when git reads no leverage trailer; warns beside a record', () => {
    const message = 'Work\n\nTask: x\nHuman-Estimate: 2h\nClaude-Minutes: 5\n\nMore notes.\n';
    const check = (policy: 'never' | 'records' | 'always', facts: Partial<Parameters<typeof checkCommitMessage>[0]> = {}) =>
      checkCommitMessage({ trailers: [], subject: 'Work', merging: false, reverting: false, message, ...facts }, policy, DEFAULT_TRAILER_OPTIONS);
    expect(check('never')).toMatchObject({ ok: true, warnings: [expect.stringMatching(/^lines 3-5 \(Task, Human-Estimate, Claude-Minutes\) look like/)] });
    expect(check('records')).toMatchObject({ ok: false, problems: [{ key: 'lines 3-5' }] });
    expect(check('always')).toMatchObject({ ok: false, problems: [{ key: 'lines 3-5' }] });
    expect(check('records', { subject: 'fixup! Work' })).toMatchObject({ ok: true, exemption: 'a fixup/squash commit' });
    const withRecord = `Work\n\nTokens: 5k\n\nMore.\n\nTask: x\nHuman-Estimate: 2h\nClaude-Minutes: 5\n`;
    const recordTrailers = [
      { key: 'Task', value: 'x' },
      { key: 'Human-Estimate', value: '2h' },
      { key: 'Claude-Minutes', value: '5' },
    ];
    expect(check('always', { message: withRecord, trailers: recordTrailers })).toMatchObject({ ok: true, warnings: [expect.stringMatching(/^line 3 \(Tokens\) looks like/)] });
  });
});

describe('the retry of a refused commit', () => {
  it('follows git: the cleanup mode from commit.cleanup and whether an editor was used', () => {
    expect([cleanupModeOf(undefined, true), cleanupModeOf(undefined, false), cleanupModeOf('default', true)]).toEqual(['strip', 'whitespace', 'strip']);
    expect([cleanupModeOf('scissors', true), cleanupModeOf('scissors', false), cleanupModeOf('verbatim', true)]).toEqual(['scissors', 'whitespace', 'verbatim']);
  });

  it('carries --amend when the commit was an amend, and keeps comment-like lines with --cleanup=scissors', () => {
    expect(retryCommand('/r/.git/COMMIT_EDITMSG', { amend: true, keepsCommentLines: false }, shellQuote)).toBe('git commit --amend -e -F /r/.git/COMMIT_EDITMSG');
    expect(retryCommand('/r/.git/COMMIT_EDITMSG', { amend: false, keepsCommentLines: true }, shellQuote)).toBe('git commit --cleanup=scissors -e -F /r/.git/COMMIT_EDITMSG');
    const problem = [{ key: 'Task', value: undefined, message: 'is missing', accepted: 'a line' }];
    const unknown = formatRejection(problem, { raw: '', keptMessage: '/k', messageFile: 'k', amend: undefined });
    expect(unknown).toContain('(add --amend after git commit if you were amending;');
    expect(formatRejection(problem, { raw: '', keptMessage: '/k', messageFile: 'k', amend: true })).toContain('  git commit --amend -e -F /k\n(git commit --no-verify');
  });
});

describe('readCommitArgs', () => {
  it('knows an amend and a given message in the forms git takes', () => {
    expect(readCommitArgs(['--amend', '--no-edit'])).toEqual({ amend: true, message: false, edit: false });
    expect(readCommitArgs(['-am', 'Subject'])).toEqual({ amend: false, message: true, edit: undefined });
    expect(readCommitArgs(['-mSubject', '--amend'])).toEqual({ amend: true, message: true, edit: undefined });
    expect(readCommitArgs(['--message=x'])).toMatchObject({ message: true });
    expect(readCommitArgs(['-C', 'HEAD', '-e'])).toEqual({ amend: false, message: true, edit: true });
    expect(readCommitArgs(['-uno', '-v', '--', '-m'])).toEqual({ amend: false, message: false, edit: undefined });
    // A value is never read as an option: `-m --amend` is a message that says --amend.
    expect(readCommitArgs(['-m', '--amend'])).toEqual({ amend: false, message: true, edit: undefined });
  });
});
