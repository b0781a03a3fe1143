/**
 * The prepare-commit-msg hook (hook install --measure) names the agent whose logs it measured:
 * `Agent: codex` from Codex's logs, `Agent: claude-code` from Claude Code's, none when both worked,
 * and never over an Agent the message or LEVERAGE_AGENT already has. Real repositories, real
 * `git commit`, logs in each agent's own line shapes.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGitRaw } from '../../src/git/runGit.js';
import { removeTempDirs } from '../helpers/tempRepo.js';
import { commitMessage, headMessage, hookedRepo, reportVerdictOfHead } from '../hooks/helpers.js';
import { CodexLog, sessionFile } from '../measure/codexLog.js';
import { projectFolder, SessionLog, usage, writeLog } from '../measure/sessionLog.js';

afterAll(removeTempDirs);

const MIN = 60_000;

/**
 * A repository with the measuring hook, a first commit two hours ago, and the logs asked for:
 * Codex [55, 40] minutes ago (15 minutes, 500 + 50 tokens), Claude Code [30, 20] minutes ago (10
 * minutes, 3,000 tokens). Returns how to commit with the agent's variables.
 */
async function measuredRepo(logs: { codex?: boolean; claude?: boolean }) {
  const repo = await hookedRepo(['--measure']);
  const root = await realpath(repo.dir);
  const now = Date.now();
  const ago = (minutes: number): string => new Date(now - minutes * MIN).toISOString();
  await runGitRaw(['commit', '--quiet', '--allow-empty', '--no-verify', '-m', 'start'], repo.dir, undefined, { ...repo.env, GIT_AUTHOR_DATE: ago(120), GIT_COMMITTER_DATE: ago(120) });
  const home = repo.env.HOME as string;
  const codexHome = path.join(home, '.codex');
  if (logs.codex) {
    const codex = new CodexLog('c1', root).meta(ago(56)).taskStarted(ago(55)).prompt(ago(55)).tokens(ago(50), { input: 500, cached: 100, output: 50 }).taskComplete(ago(40));
    await writeLog(sessionFile(codexHome, ago(56).slice(0, 19), 'c1'), codex.text());
  }
  if (logs.claude) {
    const claude = new SessionLog('s1', root).prompt(ago(30)).assistant(ago(25), { id: 'msg_1', requestId: 'req_1', usage: usage(1000, 2000) }).turnDuration(ago(20), 10 * MIN);
    await writeLog(path.join(home, '.claude', 'projects', projectFolder(root), 's1.jsonl'), claude.text());
  }
  const env = { LEVERAGE_TASK: 'Parser', LEVERAGE_HUMAN_ESTIMATE: '2h', CODEX_HOME: codexHome, GIT_AUTHOR_DATE: ago(0), GIT_COMMITTER_DATE: ago(0) };
  return { repo, env };
}

describe('the measuring hook writes Agent', () => {
  it('Codex logs alone: Agent: codex, and the report reads it as the record\'s agent', async () => {
    const { repo, env } = await measuredRepo({ codex: true });
    const run = await commitMessage(repo, 'Parser\n', [], env);
    expect(run.exitCode, run.stderr).toBe(0);
    const message = await headMessage(repo);
    expect(message).toMatch(/^Claude-Minutes: 15$/m);
    expect(message).toMatch(/^Tokens: 550$/m);
    expect(message.match(/^Agent: .*$/gm)).toEqual(['Agent: codex']);
    expect(await reportVerdictOfHead(repo)).toMatchObject({ kind: 'record', figures: { agent: 'codex', claudeMinutes: 15 } });
  });

  it('Claude Code logs alone: Agent: claude-code', async () => {
    const { repo, env } = await measuredRepo({ claude: true });
    const run = await commitMessage(repo, 'Parser\n', [], env);
    expect(run.exitCode, run.stderr).toBe(0);
    const message = await headMessage(repo);
    expect(message).toMatch(/^Claude-Minutes: 10$/m);
    expect(message.match(/^Agent: .*$/gm)).toEqual(['Agent: claude-code']);
  });

  it('both agents worked: no Agent (the minutes, 15 + 10, belong to neither alone)', async () => {
    const { repo, env } = await measuredRepo({ codex: true, claude: true });
    const run = await commitMessage(repo, 'Parser\n', [], env);
    expect(run.exitCode, run.stderr).toBe(0);
    const message = await headMessage(repo);
    expect(message).toMatch(/^Claude-Minutes: 25$/m);
    expect(message).not.toMatch(/^Agent:/m);
  });

  it('never over an Agent already given (LEVERAGE_AGENT, or the message), nor beside minutes it did not measure', async () => {
    const viaEnv = await measuredRepo({ codex: true });
    const fromEnv = await commitMessage(viaEnv.repo, 'Parser\n', [], { ...viaEnv.env, LEVERAGE_AGENT: 'codex-cloud' });
    expect(fromEnv.exitCode, fromEnv.stderr).toBe(0);
    const first = await headMessage(viaEnv.repo);
    expect(first).toMatch(/^Claude-Minutes: 15$/m);
    expect(first.match(/^Agent: .*$/gm)).toEqual(['Agent: codex-cloud']);

    const inMessage = await measuredRepo({ codex: true });
    const written = await commitMessage(inMessage.repo, 'Parser\n\nAgent: aider\n', [], inMessage.env);
    expect(written.exitCode, written.stderr).toBe(0);
    const second = await headMessage(inMessage.repo);
    expect(second).toMatch(/^Claude-Minutes: 15$/m);
    expect(second.match(/^Agent: .*$/gm)).toEqual(['Agent: aider']);

    // The person wrote the minutes: the logs' agent says nothing about them.
    const ownMinutes = await measuredRepo({ codex: true });
    const own = await commitMessage(ownMinutes.repo, 'Parser\n\nClaude-Minutes: 40\n', [], ownMinutes.env);
    expect(own.exitCode, own.stderr).toBe(0);
    const last = await headMessage(ownMinutes.repo);
    expect(last).toMatch(/^Claude-Minutes: 40$/m);
    expect(last).toMatch(/^Tokens: 550$/m);
    expect(last).not.toMatch(/^Agent:/m);
  });
});
