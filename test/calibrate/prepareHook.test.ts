/**
 * prepare-commit-msg and who estimated: an estimate the agent supplies through
 * LEVERAGE_HUMAN_ESTIMATE is marked `Estimated-By: agent` unless someone is named; a calibration
 * pair (Human-Actual) never gets measured agent figures, which would make it invalid. Real
 * repositories, the installed hook bundle, real `git commit`.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGitRaw } from '../../src/git/runGit.js';
import { removeTempDirs } from '../helpers/tempRepo.js';
import { projectFolder, SessionLog, usage, writeLog } from '../measure/sessionLog.js';
import { commitMessage, headMessage, hookedRepo, reportVerdictOfHead } from '../hooks/helpers.js';

afterAll(removeTempDirs);

const AGENT = { LEVERAGE_TASK: 'Agent task', LEVERAGE_HUMAN_ESTIMATE: '3h', LEVERAGE_CLAUDE_MINUTES: '7' };

describe('prepare-commit-msg: Estimated-By', () => {
  it('an estimate from LEVERAGE_HUMAN_ESTIMATE is the agent\'s: Estimated-By: agent, read by the report', async () => {
    const repo = await hookedRepo(['--prepare']);
    const run = await commitMessage(repo, 'Agent commit\n', [], AGENT);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(await headMessage(repo)).toBe('Agent commit\n\nTask: Agent task\nHuman-Estimate: 3h\nClaude-Minutes: 7\nEstimated-By: agent\n\n');
    expect(await reportVerdictOfHead(repo)).toMatchObject({ kind: 'record', figures: { humanMinutes: 180, estimatedBy: 'agent' } });
  });

  it('LEVERAGE_ESTIMATED_BY names someone else: that is kept, not agent', async () => {
    const repo = await hookedRepo(['--prepare']);
    const run = await commitMessage(repo, 'Agent commit\n', [], { ...AGENT, LEVERAGE_ESTIMATED_BY: 'Ada Lovelace' });
    expect(run.exitCode, run.stderr).toBe(0);
    expect((await headMessage(repo)).match(/^Estimated-By: .*$/gm)).toEqual(['Estimated-By: Ada Lovelace']);
  });

  it('an estimate the message already has is not the agent\'s: nothing is added', async () => {
    const repo = await hookedRepo(['--prepare']);
    const run = await commitMessage(repo, 'Own estimate\n\nTask: Mine\nHuman-Estimate: 5h\n', [], AGENT);
    expect(run.exitCode, run.stderr).toBe(0);
    const message = await headMessage(repo);
    expect(message).toContain('Human-Estimate: 5h');
    expect(message).not.toContain('Estimated-By');
  });

  it('a calibration pair from the variables (Human-Actual, no agent) gets no Estimated-By: agent', async () => {
    const repo = await hookedRepo(['--prepare']);
    const run = await commitMessage(repo, 'By hand\n', [], { LEVERAGE_TASK: 'By hand', LEVERAGE_HUMAN_ESTIMATE: '3h', LEVERAGE_HUMAN_ACTUAL: '4h' });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(await headMessage(repo)).not.toContain('Estimated-By');
    expect(await reportVerdictOfHead(repo)).toMatchObject({ kind: 'calibration', figures: { humanMinutes: 180, humanActualMinutes: 240 } });
  });
});

/** A repository with the measuring hook and ten minutes of Claude Code work since its last commit. */
async function measuredRepo() {
  const repo = await hookedRepo(['--measure']);
  const root = await realpath(repo.dir);
  const now = Date.now();
  const iso = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
  await runGitRaw(['commit', '--quiet', '--allow-empty', '--no-verify', '-m', 'start'], repo.dir, undefined, { ...repo.env, GIT_AUTHOR_DATE: iso(120), GIT_COMMITTER_DATE: iso(120) });
  const log = new SessionLog('s1', root);
  log.prompt(iso(60)).assistant(iso(55), { id: 'msg_1', requestId: 'req_1', usage: usage(1000, 2000) }).turnDuration(iso(50), 10 * 60_000);
  await writeLog(path.join(repo.env.HOME as string, '.claude', 'projects', projectFolder(root), 's1.jsonl'), log.text());
  return { repo, dates: { GIT_AUTHOR_DATE: iso(0), GIT_COMMITTER_DATE: iso(0) } };
}

describe('prepare-commit-msg: measuring never turns a calibration pair into an invalid commit', () => {
  it('a message with Human-Actual gets no measured minutes, tokens or agent', async () => {
    const { repo, dates } = await measuredRepo();
    const pair = await commitMessage(repo, 'Migration by hand\n\nTask: Migration by hand\nHuman-Estimate: 6h\nHuman-Actual: 9h\n', [], dates);
    expect(pair.exitCode, pair.stderr).toBe(0);
    expect(await headMessage(repo)).not.toMatch(/^(Claude-Minutes|Tokens|Agent|Estimated-By):/m);
    expect(await reportVerdictOfHead(repo)).toMatchObject({ kind: 'calibration', figures: { humanMinutes: 360, humanActualMinutes: 540 } });
  });

  it('the same logs do fill a record: the pair was spared by its Human-Actual, not by the logs', async () => {
    const { repo, dates } = await measuredRepo();
    const record = await commitMessage(repo, 'Agent work\n\nTask: Agent work\nHuman-Estimate: 2h\n', [], dates);
    expect(record.exitCode, record.stderr).toBe(0);
    expect(await headMessage(repo)).toMatch(/^Claude-Minutes: [1-9]\d*$/m);
  });
});
