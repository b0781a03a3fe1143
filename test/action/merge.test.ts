/**
 * An organisation's matrix, with the Action's run() in-process: one run per repository writes a JSON
 * report (`format: json`, `output-file`), and a final run merges the folder of reports into one record.
 * Also the fork recipe's second half: a workflow_run job that merges the artifact and comments on the
 * pull request found by the run's head commit.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempRepo, leverageMessage, makeTempDir, removeTempDirs } from '../helpers/tempRepo.js';
import { FakeGitHub } from './helpers/fakeGitHub.js';
import { rec, schedulePayload } from './helpers/fixtures.js';
import { runAction, type ActionRun } from './helpers/runAction.js';

const api = new FakeGitHub();
let reports: string;

beforeAll(async () => {
  await api.start();
  const apiRepo = await createTempRepo({ name: 'api' });
  const webRepo = await createTempRepo({ name: 'web' });
  await apiRepo.commit({ message: rec('Notification service', '80h', '35', { 'Task-Id': 'NOTIF-1', 'Supervisory-Minutes': '5', Tokens: '412k' }), date: '2026-04-12T10:00:00Z' });
  await apiRepo.commit({ message: rec('Outside the window', '9h', '9'), date: '2026-04-13T10:00:00Z' });
  await webRepo.commit({ message: leverageMessage('Wire the notification UI', { 'Task-Id': 'NOTIF-1' }), date: '2026-04-12T11:00:00Z' });
  await webRepo.commit({ message: rec('Landing page', '4h', '30', { 'Supervisory-Minutes': '3' }), date: '2026-04-12T12:00:00Z' });

  // The artifacts as actions/download-artifact leaves them: a folder per artifact.
  reports = path.join(await makeTempDir('git-leverage-artifacts-'), 'reports');
  for (const repo of [apiRepo, webRepo]) {
    const name = path.basename(repo.dir);
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'schedule',
      payload: schedulePayload(),
      inputs: { date: '2026-04-12', timezone: 'Europe/Berlin', mode: 'none', format: 'json', 'output-file': path.join(reports, `leverage-${name}`, `${name}.json`) },
    });
    expect(run.code, run.log).toBe(0);
    expect(run.summary).toBe(''); // mode none
  }
}, 120_000);
afterAll(async () => {
  await api.stop();
  await removeTempDirs();
});

function expectSucceeded(run: ActionRun): void {
  expect(run.code, run.log).toBe(0);
  expect(run.commands.filter((command) => command.command === 'error' || command.command === 'warning')).toEqual([]);
}

describe('json reports per repository, then merge', () => {
  it('each run wrote its report: schema version 1, its own repository, the day in the zone', async () => {
    const apiReport = JSON.parse(await readFile(path.join(reports, 'leverage-api', 'api.json'), 'utf8'));
    expect(apiReport).toMatchObject({ schemaVersion: 1, repositories: ['api'], window: { kind: 'day', label: '2026-04-12', timezone: 'Europe/Berlin' } });
    expect(apiReport.tasks.map((task: { task: string }) => task.task)).toEqual(['Notification service']);
  });

  it('merge mode combines the folder into one record: the Task-Id across repositories is one task, a report read twice counts once', async () => {
    // The same report a second time (an artifact downloaded twice) changes nothing.
    await mkdir(path.join(reports, 'again'), { recursive: true });
    await copyFile(path.join(reports, 'leverage-web', 'web.json'), path.join(reports, 'again', 'web-copy.json'));
    const workspace = path.dirname(reports);
    const run = await runAction({ workspace, eventName: 'workflow_dispatch', payload: {}, inputs: { merge: 'reports', 'output-file': 'merged.json', format: 'json' } });
    expectSucceeded(run);
    expect(run.log).toContain('merged 3 reports from reports');
    expect(run.summary).toContain('## Leverage Record: 2026-04-12');
    expect(run.summary).toContain('| 1 | Notification service | 80h | 35m | 5m | 137.14x | 960.0x |');
    expect(run.summary).toContain('| 2 | Landing page | 4h | 30m | 3m | 8.0x | 80.0x |');
    expect(run.summary).not.toContain('Outside the window');
    expect(run.outputs).toMatchObject({ tasks: '2', 'human-hours': '84', 'claude-minutes': '65', 'supervisory-minutes': '8', tokens: '412000' });
    const merged = JSON.parse(await readFile(path.join(workspace, 'merged.json'), 'utf8'));
    // Reports are read in path order (again/ first), so only the set is asserted.
    expect([...merged.repositories].sort()).toEqual(['api', 'web']);
    expect([...merged.tasks[0].repositories].sort()).toEqual(['api', 'web']);
  });

  it('workflow_run (the fork recipe): merges the artifact and comments on the pull request found by the head commit', async () => {
    const headSha = 'c0ffee'.padEnd(40, '0');
    api.pulls = [
      { number: 40, head: { sha: 'f'.repeat(40) }, state: 'open' },
      { number: 41, head: { sha: headSha }, state: 'open' },
    ];
    const payload = {
      action: 'completed',
      // The payload's own list is not trusted (empty for forks); the head commit is.
      workflow_run: { id: 99, event: 'pull_request', conclusion: 'success', head_sha: headSha, head_branch: 'feature', pull_requests: [] },
      repository: { name: 'widgets', full_name: 'acme/widgets', owner: { login: 'acme' }, default_branch: 'main' },
    };
    const run = await runAction({ workspace: path.dirname(reports), eventName: 'workflow_run', payload, inputs: { merge: 'reports' }, apiUrl: api.url });
    expectSucceeded(run);
    expect(api.calls('GET', /\/pulls$/)).toHaveLength(1);
    const [comment] = api.commentsOf(41);
    expect(comment?.body.startsWith('<!-- git-leverage:record -->\n## Leverage Record: 2026-04-12')).toBe(true);
    expect(comment?.body).toContain('Landing page');
    expect(run.summary).toContain('Landing page');
  });

  it('workflow_run: a window label read from the artifact (which a fork writes) is defused like commit text', async () => {
    const headSha = 'f00d'.padEnd(40, '0');
    api.pulls = [{ number: 42, head: { sha: headSha }, state: 'open' }];
    const forged = path.join(await makeTempDir('git-leverage-forged-'), 'reports');
    await mkdir(forged);
    const report = JSON.parse(await readFile(path.join(reports, 'leverage-api', 'api.json'), 'utf8'));
    report.window.label = 'pull request #1 for acme/widgets#2 @octocat';
    await writeFile(path.join(forged, 'api.json'), JSON.stringify(report));
    const payload = {
      action: 'completed',
      workflow_run: { id: 100, event: 'pull_request', conclusion: 'success', head_sha: headSha, head_branch: 'fork', pull_requests: [] },
      repository: { name: 'widgets', full_name: 'acme/widgets', owner: { login: 'acme' }, default_branch: 'main' },
    };
    const run = await runAction({ workspace: path.dirname(forged), eventName: 'workflow_run', payload, inputs: { merge: 'reports' }, apiUrl: api.url });
    expectSucceeded(run);
    const [comment] = api.commentsOf(42);
    expect(comment?.body).toContain('## Leverage Record: pull request #\u200b1 for acme/widgets#\u200b2 @\u200boctocat\n');
  });

  it('an empty folder and reports of different zones are clear errors', async () => {
    const empty = await makeTempDir('git-leverage-empty-');
    await mkdir(path.join(empty, 'reports'));
    const none = await runAction({ workspace: empty, eventName: 'workflow_dispatch', payload: {}, inputs: { merge: 'reports' } });
    expect(none.code).toBe(1);
    expect(none.commands.find((c) => c.command === 'error')?.message).toContain('merge: no .json reports in reports');

    const tokyo = await createTempRepo({ name: 'tokyo' });
    await tokyo.commit({ message: rec('Tokyo work', '1h', '10'), date: '2026-04-12T10:00:00+09:00' });
    const zoned = await runAction({
      workspace: tokyo.dir,
      eventName: 'schedule',
      payload: {},
      inputs: { date: '2026-04-12', timezone: 'Asia/Tokyo', mode: 'none', format: 'json', 'output-file': path.join(empty, 'reports', 'tokyo.json') },
    });
    expect(zoned.code).toBe(0);
    await copyFile(path.join(reports, 'leverage-api', 'api.json'), path.join(empty, 'reports', 'api.json'));
    const mixed = await runAction({ workspace: empty, eventName: 'workflow_dispatch', payload: {}, inputs: { merge: 'reports' } });
    expect(mixed.code).toBe(1);
    expect(mixed.commands.find((c) => c.command === 'error')?.message).toContain('different time zones');
  });
});
