/**
 * Size limits, through the Action's run() in-process: a comment is at most 65,536 characters and a job
 * summary at most 1 MiB. The record keeps its totals and says how many task rows were left out.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedGitEnv } from '../../src/git/isolatedGitEnv.js';
import { createTempRepo, removeTempDirs, type TempRepo } from '../helpers/tempRepo.js';
import { FakeGitHub } from './helpers/fakeGitHub.js';
import { pullRequestPayload } from './helpers/fixtures.js';
import { runAction } from './helpers/runAction.js';

const api = new FakeGitHub();
afterAll(async () => {
  await api.stop();
  await removeTempDirs();
});

/** Many commits in one `git fast-import` (real git objects, written in one process). */
async function importCommits(repo: TempRepo, messages: string[], firstTime: number): Promise<void> {
  const parts: string[] = [];
  messages.forEach((message, index) => {
    const when = `${firstTime + index * 60} +0000`;
    const bytes = Buffer.byteLength(message);
    parts.push(`commit refs/heads/main\nmark :${index + 1}\nauthor Demo <demo@x.invalid> ${when}\ncommitter Demo <demo@x.invalid> ${when}\ndata ${bytes}\n${message}\n`);
    if (index > 0) parts.push(`from :${index}\n`);
    parts.push(`M 644 inline file-${index}.txt\ndata 2\n${index % 10}\n\n`);
  });
  const child = spawn('git', ['fast-import', '--quiet'], { cwd: repo.dir, env: isolatedGitEnv(process.env), stdio: ['pipe', 'ignore', 'inherit'] });
  child.stdin.end(parts.join(''));
  const code = await new Promise((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`git fast-import exited ${code}`);
  await repo.git('checkout', '--quiet', '-f', 'main');
}

const longTask = (index: number) => `Task ${String(index).padStart(4, '0')} ${'lorem ipsum dolor sit amet '.repeat(70)}`.slice(0, 1900);

describe('oversize records', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    await api.start();
    repo = await createTempRepo({ name: 'big' });
    const start = Date.UTC(2026, 3, 12, 0, 5) / 1000;
    // 600 tasks of ~1,900 characters: ~1.2 MB of Task Log, over both limits.
    await importCommits(
      repo,
      Array.from({ length: 600 }, (_, index) => `Work ${index}\n\nTask: ${longTask(index)}\nHuman-Estimate: ${1 + (index % 9)}h\nClaude-Minutes: ${5 + (index % 11)}\n`),
      start,
    );
  }, 120_000);

  it('trims task rows to fit, keeps the totals and says how many rows were left out', async () => {
    const base = (await repo.git('rev-list', '--max-parents=0', 'HEAD')).trim();
    const head = (await repo.git('rev-parse', 'HEAD')).trim();
    const run = await runAction({ workspace: repo.dir, eventName: 'pull_request', payload: pullRequestPayload({ base, head, number: 3 }), apiUrl: api.url });
    expect(run.code, run.log).toBe(0);
    expect(run.outputs.tasks).toBe('599');

    const [comment] = api.commentsOf(3);
    const body = comment?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.length).toBeGreaterThan(60_000); // as many rows as fit, not a handful
    const shownInComment = body.match(/^\| \d+ \| Task /gm)?.length ?? 0;
    expect(body).toContain(`- ${599 - shownInComment} more tasks are left out of the Task Log to fit; the totals include them.`);
    expect(body).toContain('| Total tasks | 599 |');
    expect(body.startsWith('<!-- git-leverage:record -->\n')).toBe(true);

    const summaryBytes = Buffer.byteLength(run.summary);
    expect(summaryBytes).toBeLessThanOrEqual(1024 * 1024);
    expect(summaryBytes).toBeGreaterThan(1000 * 1024);
    const shownInSummary = run.summary.match(/^\| \d+ \| Task /gm)?.length ?? 0;
    expect(shownInSummary).toBeGreaterThan(shownInComment);
    expect(run.summary).toContain(`- ${599 - shownInSummary} more tasks are left out of the Task Log to fit; the totals include them.`);
    expect(run.summary).toContain('| Total tasks | 599 |');

    // A step output holds at most 1 MiB: the JSON report (~3 MB here) is left out with a warning.
    expect(run.outputs.json).toBe('');
    expect(run.commands.filter((c) => c.command === 'warning').map((c) => c.message).join('\n')).toContain('write it with format: json and output-file');
  });
});
