/**
 * prepare-commit-msg with measuring on never writes a figure that commit-msg refuses: a measured
 * value outside the trailer value grammar's bounds (a corrupt token count, a corrupt turn duration)
 * is left out with one warning, and the other figures are written. Real temporary repositories and
 * session logs; both hooks run in-process, so no build is needed.
 */
import { readFile, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MEASURE_ENV, runPrepareCommitMsgHook } from '../../src/hooks/runPrepareCommitMsgHook.js';
import { runCommitMsgHook } from '../../src/hooks/runCommitMsgHook.js';
import { createTempRepo, removeTempDirs, type TempRepo } from '../helpers/tempRepo.js';
import { projectFolder, SessionLog, usage, writeLog } from '../measure/sessionLog.js';

afterAll(removeTempDirs);

const NOW = new Date('2026-07-01T14:00:00Z');
const MESSAGE = 'three\n\nTask: t3\nHuman-Estimate: 2h\n';

/** A repository (with one commit at 12:00 when `committed`) whose Claude Code logs hold `log`, and the env the hooks run with. */
async function measuredRepo(committed: boolean, write: (log: SessionLog) => void): Promise<{ repo: TempRepo; env: NodeJS.ProcessEnv }> {
  const repo = await createTempRepo();
  const env = { ...repo.env, TZ: 'UTC', [MEASURE_ENV]: '1', CLAUDE_CONFIG_DIR: path.join(repo.env.HOME as string, 'claude'), CODEX_HOME: path.join(repo.env.HOME as string, 'none') };
  if (committed) await repo.commit({ message: 'one\n', date: '2026-07-01T12:00:00Z' });
  const root = await realpath(repo.dir);
  const log = new SessionLog('h', root);
  write(log);
  await writeLog(path.join(env.CLAUDE_CONFIG_DIR as string, 'projects', projectFolder(root), 'h.jsonl'), log.text());
  return { repo, env };
}

/** Runs prepare-commit-msg then commit-msg on MESSAGE, as git would: the message file, stderr of both, and commit-msg's exit code. */
async function commitHooks(repo: TempRepo, env: NodeJS.ProcessEnv) {
  const file = path.join(repo.dir, '.git', 'COMMIT_EDITMSG');
  await writeFile(file, MESSAGE);
  let stderr = '';
  const io = { cwd: repo.dir, env, stderr: (text: string) => (stderr += text) };
  const prepared = await runPrepareCommitMsgHook(file, 'message', { ...io, now: () => NOW });
  const message = await readFile(file, 'utf8');
  const checked = (await runCommitMsgHook(file, io)).code;
  return { prepared, checked, message, stderr };
}

describe('prepare-commit-msg: measured figures beyond the grammar\'s bounds are left out', () => {
  it('2,000,000,000,001 tokens: no Tokens trailer, one warning, the minutes are written and commit-msg accepts', async () => {
    const { repo, env } = await measuredRepo(true, (log) =>
      log.prompt('2026-07-01T13:00:00.000Z').assistant('2026-07-01T13:05:00.000Z', { id: 'big', requestId: 'rq', usage: usage(2_000_000_000_000, 1) }),
    );
    const run = await commitHooks(repo, env);
    expect(run.prepared).toBe(0);
    expect(run.message).toMatch(/^Claude-Minutes: \d/m);
    expect(run.message).toMatch(/^Agent: claude-code$/m);
    expect(run.message).not.toMatch(/^Tokens:/m);
    expect(run.stderr).toBe(
      'git-leverage: warning: measured Tokens: 2000000000001 is more than 1,000,000,000,000 tokens; a commit records at most a trillion tokens; left out of the message (type it by hand, or check the session logs with git-leverage measure --explain)\n',
    );
    expect(run.checked).toBe(0);
  });

  it('a turn of 11,000 hours with no earlier commit: no Claude-Minutes (nor Agent), the tokens are written', async () => {
    const { repo, env } = await measuredRepo(false, (log) =>
      log
        .prompt('2026-07-01T13:00:00.000Z')
        .assistant('2026-07-01T13:05:00.000Z', { id: 'm1', requestId: 'r1', usage: usage(100, 20) })
        .turnDuration('2026-07-01T13:10:00.000Z', 11_000 * 3_600_000),
    );
    const run = await commitHooks(repo, env);
    expect(run.prepared).toBe(0);
    expect(run.message).toMatch(/^Tokens: 120$/m);
    expect(run.message).not.toMatch(/^(Claude-Minutes|Agent):/m);
    expect(run.stderr.split('\n')[0]).toMatch(
      /^git-leverage: warning: measured Claude-Minutes: \d+ is more than 10,000 hours; the agent minutes are at most 10,000 hours; left out of the message \(type it by hand, or check the session logs with git-leverage measure --explain\)$/,
    );
    // The record now lacks Claude-Minutes: commit-msg says so about the person's message, not about a measured value.
    expect(run.checked).toBe(1);
    expect(run.stderr).toContain('Claude-Minutes');
    expect(run.stderr).toContain('is missing');
  });
});
