/**
 * The hook and the report agree: every message goes through the installed commit-msg hook in a real
 * commit, then is read back from history by the collector (streamCommits + classifyCommit). What the
 * hook accepted is read back with the same verdict and figures; what it refused, committed anyway with
 * --no-verify, is what the report skips.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommitMsgHook } from '../../src/hooks/runCommitMsgHook.js';
import type { TrailerVerdict } from '../../src/trailers/trailerSchema.js';
import { removeTempDirs, type TempRepo } from '../helpers/tempRepo.js';
import { commitMessage, hookedRepo, reportVerdictOfHead } from './helpers.js';
import { rm, writeFile } from 'node:fs/promises';
import { PARSED_END } from '../../src/hooks/parsedTrailers.js';

afterAll(removeTempDirs);

const msg = (pairs: Record<string, string>, subject = 'Subject') =>
  `${subject}\n\nBody text.\n\n${Object.entries(pairs)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n`;

/** The messages of the core's trailer tests (test/core/trailerSchema.test.ts), and git's edge cases. */
const CORPUS: [string, string][] = [
  ['no leverage trailers', msg({ 'Signed-off-by': 'A <a@x>', 'Co-authored-by': 'B <b@x>' })],
  ['full record, every grammar', msg({ Task: 'Ship it', 'Human-Estimate': '1h30m', 'Claude-Minutes': '2.5', 'Supervisory-Minutes': '1h', Tokens: '4,129,000', 'Task-Id': 'SHIP-1' })],
  ['keys in any case', msg({ task: 'x', 'HUMAN-ESTIMATE': '2h', 'claude-minutes': '5' })],
  ['link by Task-Id', msg({ 'Task-Id': 'NOTIF-1' })],
  ['link by Task', msg({ Task: 'Notification service' })],
  ['figures without a task', msg({ Tokens: '5k' })],
  ['bad values', msg({ Task: 'x', 'Human-Estimate': 'a while', 'Claude-Minutes': '0', Tokens: 'many' })],
  ['a key twice', `${msg({ Task: 'x', 'Human-Estimate': '2h', 'Claude-Minutes': '5' })}human-estimate: 3h\n`],
  ['bad task id', msg({ Task: 'y', 'Task-Id': 'two words' })],
  ['leverage lines in the body, not the last paragraph', 'Subject\n\nTask: body text\nHuman-Estimate: 99h\n\nJust a closing paragraph.\n'],
  [
    'folded value mixed with Signed-off-by',
    'Subject\n\nTask: not a trailer, this paragraph is body text\nHuman-Estimate: 99h\n\nTask: Folded task text\n  that continues here\nSigned-off-by: Ada <ada@example.com>\nHuman-Estimate: 2h\nClaude-Minutes: 10\n',
  ],
  ['a --- divider before the trailers', 'Subject\n\nbody\n---\nTask: x\nHuman-Estimate: two\nClaude-Minutes: 5\n'],
  ['a --- divider after the trailers', 'Subject\n\nTask: x\nHuman-Estimate: 2h\nClaude-Minutes: 5\n---\nnotes\n'],
  ['comment lines between trailers', 'Subject\n\nTask: x\n# a comment git strips\nHuman-Estimate: 2h\nClaude-Minutes: 5\n'],
  ['a trailing comment block', 'Subject\n\nTask: x\nHuman-Estimate: 2h\nClaude-Minutes: bad\n\n# Please enter the commit message\n#\n# On branch main\n'],
  ['CRLF line endings', 'Subject\r\n\r\nTask: Windows editor\r\nHuman-Estimate: 3h\r\nClaude-Minutes: 9\r\n'],
  ['trailing spaces and blank lines', 'Subject  \n\n\n\nTask: x   \nHuman-Estimate: 2h \nClaude-Minutes: 5\n\n\n'],
  ['an empty value', msg({ Task: '', 'Human-Estimate': '2h', 'Claude-Minutes': '5' })],
  ['= without trailer.separators is not a trailer', 'Subject\n\nTask = x\nHuman-Estimate = bogus\n'],
  ['values holding the separator', msg({ Task: 'Fix: the parser: again', 'Human-Estimate': '2h', 'Claude-Minutes': '5', 'Task-Id': 'FIX:1' })],
  // Parsed as it is, git would take this line for a trailer: cleaned (as stored), it is the subject.
  ['leading blank lines', '\n\nTask: only a subject\n'],
];

function summary(verdict: TrailerVerdict): unknown {
  return verdict.kind === 'invalid' ? { kind: 'invalid', keys: verdict.problems.map((p) => p.key).sort() } : verdict;
}

describe('the hook and the report agree', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    repo = await hookedRepo();
  });

  it.each(CORPUS)('%s', async (_name, message) => {
    // What the hook decided, in-process on the same file (the code the bundle runs)...
    const file = path.join(path.dirname(repo.dir), 'agreement-message');
    await writeFile(file, message);
    const inProcess = await runCommitMsgHook(file, { cwd: repo.dir, env: repo.env, stderr: () => undefined });
    // ...and through the installed hook in a real commit.
    const commit = await commitMessage(repo, message);
    expect(commit.exitCode === 0, commit.stderr).toBe(inProcess.code === 0);
    if (commit.exitCode !== 0) {
      expect(inProcess.result.verdict.kind).toBe('invalid');
      // Refused at commit time ⇒ skipped by the report when it gets in anyway.
      expect((await commitMessage(repo, message, ['--no-verify'])).exitCode).toBe(0);
      expect((await reportVerdictOfHead(repo)).kind).toBe('invalid');
      return;
    }
    expect(summary(await reportVerdictOfHead(repo))).toEqual(summary(inProcess.result.verdict));
  });

  it('honours trailer.separators (`Task = x`) alike at commit time and in the report', async () => {
    await repo.git('config', 'trailer.separators', ':=');
    try {
      const ok = await commitMessage(repo, 'Subject\n\nTask = Equals separated\nHuman-Estimate = 3h\nClaude-Minutes = 9\n');
      expect(ok.exitCode, ok.stderr).toBe(0);
      expect(await reportVerdictOfHead(repo)).toMatchObject({ kind: 'record', figures: { task: 'Equals separated', humanMinutes: 180, claudeMinutes: 9 } });
      const bad = await commitMessage(repo, 'Subject\n\nTask = x\nHuman-Estimate = bogus\nClaude-Minutes = 9\n');
      expect(bad.exitCode).not.toBe(0);
      expect(bad.stderr).toContain('COMMIT_EDITMSG:4: Human-Estimate: "bogus" is not a duration');
    } finally {
      await repo.git('config', '--unset', 'trailer.separators');
    }
  });

  it('honours a trailer.separators of `=` alone, where git prints `Task= x` (values may hold colons)', async () => {
    await repo.git('config', 'trailer.separators', '=');
    try {
      const ok = await commitMessage(repo, 'Subject\n\nTask = Fix: the parser\nHuman-Estimate = 3h\nClaude-Minutes= 9\n');
      expect(ok.exitCode, ok.stderr).toBe(0);
      expect(await reportVerdictOfHead(repo)).toMatchObject({ kind: 'record', figures: { task: 'Fix: the parser', humanMinutes: 180, claudeMinutes: 9 } });
      const bad = await commitMessage(repo, 'Subject\n\nTask = x\nHuman-Estimate = bogus\nClaude-Minutes = 9\n');
      expect(bad.exitCode).not.toBe(0);
      expect(bad.stderr).toContain('COMMIT_EDITMSG:4: Human-Estimate: "bogus" is not a duration');
      // `:` is not a separator there: `Task: x` is body text for git, so for the hook and the report.
      expect((await commitMessage(repo, 'Subject\n\nTask: x\nHuman-Estimate: bogus\n')).exitCode).toBe(0);
      expect(await reportVerdictOfHead(repo)).toEqual({ kind: 'none' });
    } finally {
      await repo.git('config', '--unset', 'trailer.separators');
    }
  });
});

describe("the installed script hands git's parse to Node on stdin", () => {
  let repo: TempRepo;
  let file: string;
  beforeAll(async () => {
    repo = await hookedRepo();
    file = path.join(path.dirname(repo.dir), 'script-message');
    await writeFile(file, 'Plain subject\n\nNo trailers here.\n');
  });
  const io = () => ({ cwd: repo.dir, env: repo.env, stderr: () => undefined });

  it("judges the trailers git printed, once git's closing line is there", async () => {
    const run = await runCommitMsgHook(file, io(), Buffer.from(`Task: x\nHuman-Estimate: bogus\nClaude-Minutes: 5\n${PARSED_END}\n`));
    expect(run.code).toBe(1);
    expect(run.result.verdict.kind).toBe('invalid');
  });

  it('without the closing line (git failed in the script) reads the file with git itself', async () => {
    const run = await runCommitMsgHook(file, io(), Buffer.from('Task: x\nHuman-Estimate: bogus\n'));
    expect(run).toMatchObject({ code: 0, result: { verdict: { kind: 'none' } } });
  });

  it('is not used under a policy that looks at the subject (it needs the cleaned message)', async () => {
    await writeFile(path.join(repo.dir, '.leverage.yml'), 'require: records\n');
    try {
      const run = await runCommitMsgHook(file, io(), Buffer.from(`Task-Id: X-1\n${PARSED_END}\n`));
      expect(run).toMatchObject({ code: 0, result: { verdict: { kind: 'none' } } });
    } finally {
      await rm(path.join(repo.dir, '.leverage.yml'));
    }
  });
});
