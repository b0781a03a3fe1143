/**
 * The Action's run() in-process, with the environment a runner gives it, against real git
 * repositories and a fake GitHub API on 127.0.0.1 (the only thing faked; its retry and rate-limit
 * waits are zero). bundle.test.ts runs the built dist/index.js end to end.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTempRepo, removeTempDirs } from '../helpers/tempRepo.js';
import { FakeGitHub } from './helpers/fakeGitHub.js';
import { checkout, createPullRequestOrigin, pullRequestPayload, rec, schedulePayload, type PullRequestFixture } from './helpers/fixtures.js';
import { runAction, SECRET_TOKEN, type ActionRun } from './helpers/runAction.js';

const api = new FakeGitHub();
const MARKER = '<!-- git-leverage:record -->';
let pr: PullRequestFixture;
let workspace: string;

beforeAll(async () => {
  await api.start();
  pr = await createPullRequestOrigin([
    { message: rec('Implement the notification service', '80h', '35', { 'Supervisory-Minutes': '5', Tokens: '412k', 'Task-Id': 'NOTIF-1' }), date: '2026-04-12T09:00:00Z' },
    { message: rec('Ping @octocat and close #12 <!-- --> from commit text', '2h', '10'), date: '2026-04-12T10:00:00Z' },
    { message: 'A commit without trailers\n', date: '2026-04-12T11:00:00Z' },
  ]);
  workspace = (await checkout(pr.origin, pr.head)).dir;
});
afterAll(async () => {
  await api.stop();
  await removeTempDirs();
});
beforeEach(() => api.reset());

const runOnPullRequest = (inputs: Record<string, string> = {}, options: { fork?: boolean; dir?: string } = {}) =>
  runAction({ workspace: options.dir ?? workspace, eventName: 'pull_request', payload: pullRequestPayload(pr, options), inputs, apiUrl: api.url });

function warnings(run: ActionRun): string[] {
  return run.commands.filter((command) => command.command === 'warning').map((command) => command.message);
}

function expectSucceeded(run: ActionRun): void {
  expect(run.commands.filter((command) => command.command === 'error'), run.log).toEqual([]);
  expect(run.code, run.log).toBe(0);
}

describe('the Action on a pull request', () => {
  it('first run creates the comment with the marker; its author is the token (asked through GraphQL viewer)', async () => {
    const run = await runOnPullRequest();
    expectSucceeded(run);
    const comments = api.commentsOf(pr.number);
    expect(comments).toHaveLength(1);
    const [comment] = comments;
    expect(comment?.user.login).toBe('github-actions[bot]');
    expect(comment?.body.startsWith(`${MARKER}\n## Leverage Record: pull request #7 (`)).toBe(true);
    // The PR's two records, not main's earlier one; the commit without trailers adds nothing.
    expect(comment?.body).toContain('| 1 | Implement the notification service | 80h | 35m | 5m | 137.14x | 960.0x |');
    expect(comment?.body).not.toContain('Already on main');
    expect(comment?.body).toContain('```mermaid\nxychart-beta'); // config chart defaults to mermaid
    expect(api.calls('POST', /^\/graphql$/)).toHaveLength(1);
    expect(run.outputs['comment-id']).toBe(String(comment?.id));
    // The token was sent to the API, and nowhere else.
    expect(api.requests.every((request) => request.headers.authorization === `token ${SECRET_TOKEN}`)).toBe(true);
  });

  it('commit text cannot ping, cross-reference, or close the hidden marker', async () => {
    const run = await runOnPullRequest();
    expectSucceeded(run);
    const body = api.commentsOf(pr.number)[0]?.body ?? '';
    // GitHub notifies nobody for text in a code block: the Mermaid chart's labels may keep `@name`.
    const [, chart, ...after] = body.split(/^```.*$/m);
    expect(after).toHaveLength(1); // one fenced block (the chart), closed where it should be
    expect(chart).toContain('xychart-beta');
    const prose = body.replace(/^```mermaid\n[\s\S]*?\n```$/m, '');
    // Outside the chart (whose axis range is written `0 --> N`), only the marker's own end.
    expect(prose.split('-->')).toHaveLength(2);
    expect(prose).not.toMatch(/(^|[^\w`])@octocat/);
    expect(body).toContain('@\u200boctocat');
    expect(body).toContain('#\u200b12');
    expect(body).toContain('&lt;!-- --&gt;');
  });

  it('second run updates the same comment in place', async () => {
    await runOnPullRequest();
    const [first] = api.commentsOf(pr.number);
    first!.body = `${MARKER}\nan outdated record`;
    const run = await runOnPullRequest();
    expectSucceeded(run);
    expect(api.commentsOf(pr.number)).toHaveLength(1);
    expect(api.calls('PATCH', new RegExp(`/issues/comments/${first?.id}$`))).toHaveLength(1);
    expect(api.calls('POST', /\/comments$/)).toHaveLength(1); // only the first run's
    expect(api.commentsOf(pr.number)[0]?.body).toContain('Implement the notification service');
    // A third run with nothing new writes nothing.
    api.requests.length = 0;
    const third = await runOnPullRequest();
    expectSucceeded(third);
    expect(api.calls('PATCH', /comments/)).toHaveLength(0);
    expect(api.calls('POST', /comments/)).toHaveLength(0);
  });

  it("leaves a look-alike marker in another user's comment alone", async () => {
    const mallory = api.seedComment(pr.number, { login: 'mallory', type: 'User' }, `${MARKER}\nI typed the marker to get my text updated by the bot`);
    const lookalikeBot = api.seedComment(pr.number, { login: 'other-app[bot]', type: 'Bot' }, `${MARKER}\nanother app`);
    const run = await runOnPullRequest();
    expectSucceeded(run);
    expect(api.calls('PATCH', /comments/)).toHaveLength(0);
    expect(api.calls('DELETE', /comments/)).toHaveLength(0);
    const comments = api.commentsOf(pr.number);
    expect(comments).toHaveLength(3);
    expect(comments.find((c) => c.id === mallory.id)?.body).toContain('I typed the marker');
    expect(comments.find((c) => c.id === lookalikeBot.id)?.body).toContain('another app');
    expect(comments[2]?.user.login).toBe('github-actions[bot]');
  });

  it('finds its comment among 300 others (pagination) and updates it', async () => {
    for (let i = 0; i < 250; i += 1) api.seedComment(pr.number, { login: `user${i % 7}`, type: 'User' }, `comment ${i}`);
    const ours = api.seedComment(pr.number, { login: 'github-actions[bot]', type: 'Bot' }, `${MARKER}\nold record`);
    for (let i = 0; i < 49; i += 1) api.seedComment(pr.number, { login: 'reviewer', type: 'User' }, `later ${i} ${MARKER}`);
    const run = await runOnPullRequest();
    expectSucceeded(run);
    const pages = api.calls('GET', /\/issues\/7\/comments$/).map((request) => request.query.get('page') ?? '1');
    expect(pages).toEqual(['1', '2', '3']);
    expect(api.calls('POST', /comments/)).toHaveLength(0);
    expect(api.calls('PATCH', new RegExp(`/issues/comments/${ours.id}$`))).toHaveLength(1);
    expect(api.commentsOf(pr.number)).toHaveLength(300);
  });

  it('a fork (read-only token, 403) degrades to the job summary with a warning; the job does not fail', async () => {
    api.readOnly = true;
    const run = await runOnPullRequest({}, { fork: true });
    expect(run.code, run.log).toBe(0);
    expect(api.calls('POST', /\/comments$/)).toHaveLength(1);
    expect(api.commentsOf(pr.number)).toHaveLength(0);
    expect(run.summary).toContain('| 1 | Implement the notification service | 80h | 35m | 5m | 137.14x | 960.0x |');
    const [warning] = warnings(run);
    expect(warning).toContain('HTTP 403');
    expect(warning).toContain('Resource not accessible by integration');
    expect(warning).toContain('pull-requests: write');
    expect(warning).toContain('workflow_run');
    expect(warning).toContain('pull_request_target');
    expect(run.outputs.tasks).toBe('2');
  });

  it('a 500 is retried and the comment is written', async () => {
    api.failNext({ method: 'GET', path: /\/issues\/7\/comments$/, status: 500, body: { message: 'Server Error' } });
    api.failNext({ method: 'POST', path: /\/issues\/7\/comments$/, status: 502, body: { message: 'Bad Gateway' } });
    const run = await runOnPullRequest();
    expectSucceeded(run);
    expect(warnings(run)).toEqual([]);
    expect(api.calls('POST', /\/issues\/7\/comments$/)).toHaveLength(2);
    expect(api.calls('GET', /\/issues\/7\/comments$/).length).toBeGreaterThanOrEqual(2);
    expect(api.commentsOf(pr.number)).toHaveLength(1);
  });

  // The waits are injected (zero here): these limits say an hour and a minute, and the test does not sleep.
  it('a primary rate limit (403, x-ratelimit-remaining 0) is waited out and retried', async () => {
    api.failNext({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      status: 403,
      body: { message: 'API rate limit exceeded for installation.' },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) },
    });
    const run = await runOnPullRequest();
    expectSucceeded(run);
    expect(api.calls('POST', /\/issues\/7\/comments$/)).toHaveLength(2);
    expect(api.commentsOf(pr.number)).toHaveLength(1);
    expect(warnings(run).join('\n')).toMatch(/GitHub primary rate limit on POST \S+\/comments: retrying in 3[56]\d\d s/);
  });

  it('a secondary rate limit (403 with retry-after) is waited out and retried; a third in a row gives up with a warning', async () => {
    const secondary = { method: 'POST', path: /\/issues\/7\/comments$/, status: 403, body: { message: 'You have exceeded a secondary rate limit.' }, headers: { 'retry-after': '60' } };
    api.failNext(secondary);
    const retried = await runOnPullRequest();
    expectSucceeded(retried);
    expect(warnings(retried)).toEqual([expect.stringMatching(/^GitHub secondary rate limit on POST \S+: retrying in 60 s$/)]);
    expect(api.commentsOf(pr.number)).toHaveLength(1);

    api.reset();
    api.failNext({ ...secondary, times: 3 });
    const gaveUp = await runOnPullRequest();
    expect(gaveUp.code, gaveUp.log).toBe(0); // a failed comment never fails the job
    expect(api.calls('POST', /\/issues\/7\/comments$/)).toHaveLength(3);
    expect(api.commentsOf(pr.number)).toHaveLength(0);
    const said = warnings(gaveUp);
    expect(said.slice(0, 3)).toEqual([expect.stringContaining('retrying in 60 s'), expect.stringContaining('retrying in 60 s'), expect.stringContaining('giving up')]);
    expect(said[3]).toContain('HTTP 403');
  });

  it('output-file in html: a self-contained dashboard whose commits link to the repository on GitHub', async () => {
    const run = await runOnPullRequest({ mode: 'none', 'output-file': 'site/index.html', format: 'html' });
    expectSucceeded(run);
    expect(api.requests).toEqual([]);
    const { readFile } = await import('node:fs/promises');
    const html = await readFile(run.outputs['report-file'] ?? '', 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).not.toMatch(/<script[^>]+src=/i); // nothing loaded from elsewhere
  });

  it('mode summary writes no comment; comment-when-empty false posts nothing for a pull request without records', async () => {
    const summaryOnly = await runOnPullRequest({ mode: 'summary' });
    expectSucceeded(summaryOnly);
    expect(api.requests).toEqual([]);
    expect(summaryOnly.summary).toContain('## Leverage Record: pull request #7');

    const empty = await runAction({
      workspace,
      eventName: 'pull_request',
      payload: pullRequestPayload({ base: pr.base, head: pr.base, number: 8 }),
      inputs: { 'comment-when-empty': 'false' },
      apiUrl: api.url,
    });
    expectSucceeded(empty);
    expect(api.calls('POST', /comments/)).toHaveLength(0);
    expect(empty.summary).toContain('No leverage records for pull request #8');

    const short = await runAction({ workspace, eventName: 'pull_request', payload: pullRequestPayload({ base: pr.base, head: pr.base, number: 8 }), apiUrl: api.url });
    expectSucceeded(short);
    expect(api.commentsOf(8)[0]?.body).toBe(`${MARKER}\n## Leverage Record: pull request #8 (${pr.base.slice(0, 7)}..${pr.base.slice(0, 7)})\n\nNo leverage records for pull request #8 (${pr.base.slice(0, 7)}..${pr.base.slice(0, 7)}).\n`);
  });

  it('writes the outputs, and the token appears in no output but the runner\'s mask command', async () => {
    const run = await runOnPullRequest({ 'output-file': 'out/leverage.json', format: 'json' });
    expectSucceeded(run);
    expect(run.outputs).toMatchObject({
      tasks: '2',
      'human-hours': '82',
      'claude-minutes': '45',
      'supervisory-minutes': '5',
      tokens: '412000',
      leverage: '109.33',
      'supervisory-leverage': '960',
    });
    expect(JSON.parse(run.outputs.json ?? '').totals.tasks).toBe(2);
    expect(run.outputs.markdown?.trimEnd()).toBe(run.summary.trimEnd());
    expect(run.outputs['report-file']).toMatch(/out\/leverage\.json$/);
    const everything = [run.summary, JSON.stringify(run.outputs), ...api.requests.map((r) => JSON.stringify(r.body))].join('\n');
    expect(everything).not.toContain(SECRET_TOKEN);
    // The log holds it once, first: `::add-mask::`, which the runner consumes so its logs show *** instead.
    expect(run.commands[0]).toEqual({ command: 'add-mask', message: SECRET_TOKEN });
    expect(run.log.split('\n').filter((line) => line.includes(SECRET_TOKEN))).toEqual([`::add-mask::${SECRET_TOKEN}`]);
  });
});

describe('history and windows', () => {
  it('a shallow checkout (fetch-depth 1) is deepened from origin and reports the same record', async () => {
    const shallow = await checkout(pr.origin, pr.head, 1, 'shallow');
    expect((await shallow.git('rev-parse', '--is-shallow-repository')).trim()).toBe('true');
    const run = await runOnPullRequest({ mode: 'summary' }, { dir: shallow.dir });
    expectSucceeded(run);
    expect(run.outputs.tasks).toBe('2');
    expect(run.summary).toContain('Implement the notification service');
  });

  it('a shallow checkout that cannot be deepened fails with the fetch-depth: 0 fix', async () => {
    const shallow = await checkout(pr.origin, pr.head, 1, 'unreachable');
    await shallow.git('remote', 'set-url', 'origin', `file://${shallow.dir}-gone`);
    const run = await runOnPullRequest({ mode: 'summary' }, { dir: shallow.dir });
    expect(run.code).toBe(1);
    const errors = run.commands.filter((command) => command.command === 'error').map((command) => command.message);
    expect(errors.join('\n')).toContain('fetch-depth: 0');
  });

  it('pull_request_target with the base branch checked out: the head commits are fetched as refs/pull/N/head', async () => {
    const base = await checkout(pr.origin, 'main', 0, 'target', 'main');
    await expect(base.git('cat-file', '-e', `${pr.head}^{commit}`)).rejects.toThrow();
    const run = await runAction({ workspace: base.dir, eventName: 'pull_request_target', payload: pullRequestPayload(pr, { fork: true }), apiUrl: api.url });
    expectSucceeded(run);
    expect(run.log).toContain(`fetching ${pr.head.slice(0, 12)} from origin`);
    expect(run.outputs.tasks).toBe('2');
    expect(api.commentsOf(pr.number)).toHaveLength(1);
  });

  it('push: the pushed commits; a force push whose old head is gone compares with the default branch', async () => {
    const pushPayload = (before: string) => ({
      ref: 'refs/heads/feature',
      before,
      after: pr.head,
      created: false,
      deleted: false,
      forced: before.startsWith('dead'),
      repository: { name: 'widgets', full_name: 'acme/widgets', owner: { login: 'acme' }, default_branch: 'main' },
      head_commit: { id: pr.head },
    });
    const firstOfPr = (await checkout(pr.origin, pr.head)).git;
    const middle = (await firstOfPr('rev-parse', `${pr.head}~1`)).trim();
    const push = await runAction({ workspace, eventName: 'push', payload: pushPayload(middle), apiUrl: api.url });
    expectSucceeded(push);
    expect(push.outputs.tasks).toBe('0'); // the last pushed commit carries no trailers
    expect(push.summary).toContain(`No leverage records for push to feature (${middle.slice(0, 7)}..${pr.head.slice(0, 7)})`);

    const forced = await runAction({ workspace, eventName: 'push', payload: pushPayload(`dead${'0'.repeat(36)}`), apiUrl: api.url });
    expectSucceeded(forced);
    expect(warnings(forced).join('\n')).toContain('reporting branch feature (main..');
    expect(forced.outputs.tasks).toBe('2');
    expect(api.requests).toEqual([]);
  });

  it('a scheduled run reports yesterday in the configured zone', async () => {
    const daily = await createTempRepo({ name: 'daily' });
    await daily.commit({ message: rec('On the 10th', '1h', '20'), date: '2026-04-10T12:00:00-04:00' });
    await daily.commit({ message: rec('Late on the 11th in New York', '4h', '20'), date: '2026-04-11T23:30:00-04:00' });
    await daily.commit({ message: rec('Early on the 12th in New York', '8h', '20'), date: '2026-04-12T00:30:00-04:00' });
    const run = await runAction({
      workspace: daily.dir,
      eventName: 'schedule',
      payload: schedulePayload(),
      inputs: { timezone: 'America/New_York' },
      apiUrl: api.url,
      // 02:00 UTC on the 13th is 22:00 on the 12th in New York: yesterday there is the 11th.
      now: '2026-04-13T02:00:00Z',
    });
    expectSucceeded(run);
    expect(run.summary).toContain('## Leverage Record: 2026-04-11');
    expect(run.summary).toContain('Late on the 11th in New York');
    expect(run.summary).not.toContain('Early on the 12th');
    expect(run.outputs.tasks).toBe('1');
    expect(api.requests).toEqual([]); // mode defaults to summary off pull requests
  });

  it('fail-on-invalid fails the step after writing the record that lists the skipped commit', async () => {
    const repo = await createTempRepo({ name: 'invalid' });
    await repo.commit({ message: rec('Valid', '1h', '10'), date: '2026-04-12T10:00:00Z' });
    await repo.commit({ message: rec('Bad estimate', 'soon', '10'), date: '2026-04-12T11:00:00Z' });
    const inputs = { date: '2026-04-12', timezone: 'UTC' };
    const lenient = await runAction({ workspace: repo.dir, eventName: 'workflow_dispatch', payload: {}, inputs });
    expect(lenient.code).toBe(0);
    expect(warnings(lenient).join('\n')).toContain('1 commit carries leverage trailers that do not validate');
    const strict = await runAction({ workspace: repo.dir, eventName: 'workflow_dispatch', payload: {}, inputs: { ...inputs, 'fail-on-invalid': 'true' } });
    expect(strict.code).toBe(1);
    expect(strict.summary).toContain('Skipped commits');
  });

  it('invalid inputs are all reported at once', async () => {
    const run = await runAction({ workspace, eventName: 'schedule', payload: {}, inputs: { mode: 'loud', date: '12/04/2026', 'fail-on-invalid': 'yes' } });
    expect(run.code).toBe(1);
    const error = run.commands.find((command) => command.command === 'error')?.message ?? '';
    expect(error).toContain('mode: "loud"');
    expect(error).toContain('date: "12/04/2026"');
    expect(error).toContain('fail-on-invalid: "yes"');
  });
});
