/**
 * dist/index.js as a workflow runs it: it stands alone (copied with action.yml into a folder with no
 * node_modules anywhere above it, it runs and writes the record: a bundle that still imported a
 * package would fail here), and on a pull request it writes the runner's files, masks the token and
 * comments through the (fake) GitHub API with octokit's real waits. The rest of the Action's
 * behaviour is tested in-process (action.test.ts).
 */
import { cp, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempRepo, makeTempDir, removeTempDirs } from '../helpers/tempRepo.js';
import { FakeGitHub } from './helpers/fakeGitHub.js';
import { checkout, createPullRequestOrigin, pullRequestPayload, rec } from './helpers/fixtures.js';
import { REPO_ROOT, runBundle, SECRET_TOKEN } from './helpers/runAction.js';

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(async () => {
  await api.stop();
  await removeTempDirs();
});

describe('the bundle', () => {
  it('runs with node_modules out of reach', async () => {
    const copy = await makeTempDir('git-leverage-bundle-');
    await cp(path.join(REPO_ROOT, 'dist'), path.join(copy, 'dist'), { recursive: true });
    await cp(path.join(REPO_ROOT, 'action.yml'), path.join(copy, 'action.yml'));
    for (let dir = copy; dir !== path.dirname(dir); dir = path.dirname(dir)) expect(await readdir(dir)).not.toContain('node_modules');

    const repo = await createTempRepo();
    await repo.commit({ message: rec('Standalone bundle', '3h', '15'), date: '2026-04-12T12:00:00Z' });
    const run = await runBundle({ workspace: repo.dir, eventName: 'workflow_dispatch', payload: {}, inputs: { date: '2026-04-12' }, bundle: path.join(copy, 'dist', 'index.js') });
    expect(run.code, run.log).toBe(0);
    expect(run.summary).toContain('| 1 | Standalone bundle | 3h | 15m | - | 12.0x | - |');
    expect(run.outputs.leverage).toBe('12');
  });

  it('on a pull request: comments with the marker, writes the summary and GITHUB_OUTPUT, and prints the token only to mask it', async () => {
    const pr = await createPullRequestOrigin([{ message: rec('Implement the notification service', '80h', '35', { 'Supervisory-Minutes': '5' }), date: '2026-04-12T09:00:00Z' }]);
    const workspace = await checkout(pr.origin, pr.head);
    const run = await runBundle({ workspace: workspace.dir, eventName: 'pull_request', payload: pullRequestPayload(pr), apiUrl: api.url });
    expect(run.code, run.log).toBe(0);
    expect(run.commands.filter((command) => command.command === 'error' || command.command === 'warning')).toEqual([]);
    const [comment] = api.commentsOf(pr.number);
    expect(comment?.body.startsWith('<!-- git-leverage:record -->\n## Leverage Record: pull request #7 (')).toBe(true);
    expect(comment?.body).toContain('| 1 | Implement the notification service | 80h | 35m | 5m | 137.14x | 960.0x |');
    expect(run.summary).toContain('| 1 | Implement the notification service | 80h | 35m | 5m | 137.14x | 960.0x |');
    expect(run.outputs).toMatchObject({ tasks: '1', 'comment-id': String(comment?.id) });
    expect(run.outputs.markdown?.trimEnd()).toBe(run.summary.trimEnd());
    expect(api.requests.every((request) => request.headers.authorization === `token ${SECRET_TOKEN}`)).toBe(true);
    // stdout holds it once: `::add-mask::`, which the runner consumes so its logs show *** instead.
    expect([run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n')).not.toContain(SECRET_TOKEN);
    expect(run.stdout.split('\n').filter((line) => line.includes(SECRET_TOKEN))).toEqual([`::add-mask::${SECRET_TOKEN}`]);
  });

  it('action.yml runs dist/index.js on node24 and declares every input run() reads and every output it writes', async () => {
    const action = parse(await readFile(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
      runs: { using: string; main: string };
      inputs: Record<string, { description: string; default?: string }>;
      outputs: Record<string, { description: string }>;
      branding: { icon: string; color: string };
    };
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding.icon).toBeTruthy();
    const { INPUT_NAMES } = await import('../../src/action/readInputs.js');
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}');
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(10);
    const source = await readFile(path.join(REPO_ROOT, 'src/action/run.ts'), 'utf8');
    const { REPORT_OUTPUT_NAMES } = await import('../../src/action/reportOutputs.js');
    const written = [...REPORT_OUTPUT_NAMES, ...[...source.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1])];
    expect(Object.keys(action.outputs).sort()).toEqual([...new Set(written)].sort());
  });
});

describe('the repository around the Action', () => {
  const workflow = async (name: string) => parse(await readFile(path.join(REPO_ROOT, '.github', 'workflows', name), 'utf8')) as Record<string, any>;

  it('leverage.yml uses the Action from this repository on pull requests and on a daily schedule, with the permissions and full history it needs', async () => {
    const leverage = await workflow('leverage.yml');
    expect(Object.keys(leverage.on)).toEqual(expect.arrayContaining(['pull_request', 'schedule']));
    expect(leverage.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const steps = leverage.jobs.leverage.steps as Array<Record<string, any>>;
    expect(steps.find((step) => String(step.uses).startsWith('actions/checkout'))?.with).toEqual({ 'fetch-depth': 0 });
    expect(steps.some((step) => step.uses === './')).toBe(true);
  });

  it('ci.yml installs, lints, typechecks, bundles and tests; check-dist.yml fails on a stale dist/', async () => {
    const ci = await workflow('ci.yml');
    const runs = (ci.jobs.test.steps as Array<{ run?: string }>).map((step) => step.run ?? '');
    for (const command of ['npm ci', 'npm run lint', 'npm run typecheck', 'npm run build', 'npm test']) expect(runs.some((run) => run.includes(command))).toBe(true);
    const checkDist = await workflow('check-dist.yml');
    const script = (checkDist.jobs['check-dist'].steps as Array<{ run?: string }>).map((step) => step.run ?? '').join('\n');
    expect(script).toContain('npm run build');
    expect(script).toContain('git status --porcelain -- dist/');
    expect(script).toContain('exit 1');
  });

  it('docs/action.md documents every input and output', async () => {
    const docs = await readFile(path.join(REPO_ROOT, 'docs', 'action.md'), 'utf8');
    const action = parse(await readFile(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: object; outputs: object };
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(docs).toContain(`\`${name}\``);
    expect(docs).toContain('fetch-depth: 0');
    expect(docs).toContain('pull-requests: write');
    expect(docs).toContain('@github/local-action');
  });
});
