/** The pure parts: policy decisions, the refusal text, trailer replacement, the hook script's fast path. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dropTrailers } from '../../src/cli/commands/annotate.js';
import { checkCommitMessage, exemption } from '../../src/hooks/checkCommitMessage.js';
import { codeCacheDir } from '../../src/codeCache.js';
import { formatRejection, lineOfTrailer, shellQuote } from '../../src/hooks/formatRejection.js';
import { PARSED_END, parsedOutput, trailersOf } from '../../src/hooks/parsedTrailers.js';
import { renderHookScript } from '../../src/hooks/renderHookScript.js';
import { DEFAULT_TRAILER_OPTIONS } from '../../src/trailers/trailerSchema.js';

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

describe('where the hook keeps its V8 code cache', () => {
  it('uses XDG_CACHE_HOME, else ~/.cache, never a relative folder, and nothing when switched off', () => {
    expect(codeCacheDir({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/me' })).toBe(path.join('/x/cache', 'git-leverage'));
    expect(codeCacheDir({ XDG_CACHE_HOME: 'relative', HOME: '/home/me' })).toBe(path.join('/home/me', '.cache', 'git-leverage'));
    expect(codeCacheDir({ HOME: 'relative' })).toBeUndefined();
    expect(codeCacheDir({})).toBeUndefined();
    expect(codeCacheDir({ HOME: '/home/me', GIT_LEVERAGE_NO_CODE_CACHE: '1' })).toBeUndefined();
  });
});
