/**
 * write-notes and the notes fetch, end to end: run() in-process against the fake GitHub API, with a
 * REAL bare remote in a temporary folder that the workspace was cloned from and pushes notes to.
 */
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gitComplaint } from '../../src/action/fetchNotes.js';
import { leverageNoteText } from '../../src/action/leverageNote.js';
import { readTrailersOfMessages } from '../../src/git/messagesTrailers.js';
import { runGit, runGitRaw } from '../../src/git/runGit.js';
import { parseSquashMessage } from '../../src/trailers/squashMessage.js';
import { createTempRepo, makeTempDir, removeTempDirs, repoAt, type TempRepo } from '../helpers/tempRepo.js';
import { FakeGitHub } from './helpers/fakeGitHub.js';
import { rec } from './helpers/fixtures.js';
import { runAction, type ActionRun } from './helpers/runAction.js';

const api = new FakeGitHub();
const NOTES = 'refs/notes/leverage';
const MERGED_AT = '2026-04-12T15:00:00Z';

beforeAll(() => api.start());
afterAll(async () => {
  await api.stop();
  await removeTempDirs();
});
beforeEach(() => api.reset());

const PR_MESSAGES = [
  rec('Parse the export format', '6h', '20', { 'Task-Id': 'EXP-1' }),
  `Write the exporter\n\nIt streams rows.\n\n* a body list\n\n---------\n\nTask: Write the exporter\nHuman-Estimate: 1d\nClaude-Minutes: 45\nSigned-off-by: Dev <dev@example.com>\n`,
  'Fix a typo\n',
];

interface Landed {
  bare: string;
  env: NodeJS.ProcessEnv;
  base: string;
  head: string;
  /** The pull request's commits (on a branch that was deleted: not on the remote). */
  prShas: string[];
}

/** A remote whose main landed pull request #12 (`messages`) as `how`; the branch is gone. */
async function landedOrigin(messages: string[], how: 'squash' | 'merge', mainMessage = 'Add the exporter (#12)\n'): Promise<Landed> {
  const work = await createTempRepo({ name: 'work' });
  const base = await work.commit({ message: 'Start\n', date: '2026-04-10T09:00:00Z' });
  await work.git('checkout', '--quiet', '-b', 'feature');
  const prShas: string[] = [];
  for (const [index, message] of messages.entries()) prShas.push(await work.commit({ message, date: `2026-04-11T1${index}:00:00Z` }));
  await work.git('checkout', '--quiet', 'main');
  const dated = { ...work.env, GIT_AUTHOR_DATE: MERGED_AT, GIT_COMMITTER_DATE: MERGED_AT };
  const tree = (await work.git('rev-parse', `${prShas[prShas.length - 1]}^{tree}`)).trim();
  const parents = how === 'squash' ? ['-p', base] : ['-p', base, '-p', prShas[prShas.length - 1] as string];
  const head = (await runGit(['commit-tree', tree, ...parents, '-m', mainMessage.trimEnd()], work.dir, undefined, dated)).trim();
  await work.git('update-ref', 'refs/heads/main', head);
  const bare = path.join(await makeTempDir('git-leverage-bare-'), 'widgets.git');
  await runGit(['init', '--quiet', '--bare', '--initial-branch=main', bare], work.dir, undefined, work.env);
  await work.git('push', '--quiet', bare, 'main');
  return { bare, env: work.env, base, head, prShas };
}

/** A workspace as actions/checkout leaves it: a clone of the remote at `rev` (depth 1 by default). */
async function cloneOf(bare: string, rev: string, depth = 1): Promise<TempRepo> {
  const dir = path.join(await makeTempDir('git-leverage-ws-'), 'widgets');
  await runGit(['clone', '--quiet', '--no-checkout', ...(depth > 0 ? [`--depth=${depth}`] : []), `file://${bare}`, dir], path.dirname(dir));
  const workspace = repoAt(dir);
  await workspace.git('checkout', '--quiet', '--detach', rev);
  return workspace;
}

function registerPullRequest(landed: Landed, messages: string[], number = 12): void {
  api.commitPulls.set(landed.head, [{ number, state: 'closed', merged_at: MERGED_AT, base: { ref: 'main' } }]);
  api.pullCommits.set(
    number,
    landed.prShas.map((sha, index) => ({ sha, commit: { message: (messages[index] as string).trimEnd() } })),
  );
}

const pushPayload = (landed: Pick<Landed, 'base' | 'head'>) => ({
  ref: 'refs/heads/main',
  before: landed.base,
  after: landed.head,
  repository: { name: 'widgets', full_name: 'acme/widgets', default_branch: 'main' },
});

const runPush = (workspace: string, landed: Landed, inputs: Record<string, string> = { 'write-notes': 'true' }) =>
  runAction({ workspace, eventName: 'push', payload: pushPayload(landed), inputs, apiUrl: api.url });

async function remoteNote(landed: Landed, sha: string): Promise<string | undefined> {
  const shown = await runGitRaw(['notes', `--ref=${NOTES}`, 'show', sha], landed.bare, undefined, landed.env);
  return shown.exitCode === 0 ? shown.stdout : undefined;
}

const warnings = (run: ActionRun) => run.commands.filter((command) => command.command === 'warning').map((command) => command.message);

function expectSucceeded(run: ActionRun): void {
  expect(run.commands.filter((command) => command.command === 'error'), run.log).toEqual([]);
  expect(run.code, run.log).toBe(0);
}

describe('write-notes on a push to the default branch', () => {
  it('a squash with an edited message gets its pull request\'s records as a note on the remote, in the listing form git reads back', async () => {
    const landed = await landedOrigin(PR_MESSAGES, 'squash');
    registerPullRequest(landed, PR_MESSAGES);
    const workspace = await cloneOf(landed.bare, landed.head);
    const run = await runPush(workspace.dir, landed);
    expectSucceeded(run);
    expect(warnings(run)).toEqual([]);
    expect(run.log).toContain('origin has no refs/notes/leverage');
    expect(run.log).toContain(`write-notes: ${landed.head.slice(0, 12)} landed #12: a note with its 2 records`);

    const note = await remoteNote(landed, landed.head);
    expect(note).toBe(
      'Leverage records of #12\n\n' +
        '* Work on Parse the export format\n\nTask: Parse the export format\nHuman-Estimate: 6h\nClaude-Minutes: 20\nTask-Id: EXP-1\n\n' +
        '* Write the exporter\n\nTask: Write the exporter\nHuman-Estimate: 1d\nClaude-Minutes: 45\n',
    );
    // What helper A's reader does with it: the squash listing, each block read with git's rules.
    const listing = parseSquashMessage(note as string);
    expect(listing?.commits.map((commit) => commit.subject)).toEqual(['Work on Parse the export format', 'Write the exporter']);
    const trailers = await readTrailersOfMessages(listing?.commits.map((commit) => commit.message) ?? [], workspace.dir, workspace.env);
    expect(trailers[1]).toEqual([
      { key: 'Task', value: 'Write the exporter' },
      { key: 'Human-Estimate', value: '1d' },
      { key: 'Claude-Minutes', value: '45' },
    ]);
    expect(api.calls('GET', /\/commits\/[0-9a-f]+\/pulls$/).map((call) => call.path)).toEqual([`/repos/acme/widgets/commits/${landed.head}/pulls`]);

    // The loop closed: a second run on a fresh checkout fetches the notes, reads the records from
    // them (the collector's notes reader), and so finds no commit that needs one.
    const again = await cloneOf(landed.bare, landed.head);
    const second = await runPush(again.dir, landed);
    expectSucceeded(second);
    expect(second.log).toContain('fetched refs/notes/leverage from origin');
    expect(await again.git('notes', `--ref=${NOTES}`, 'show', landed.head)).toBe(note);
    expect(second.outputs.tasks).toBe('2');
    expect(second.log).toContain('write-notes: no pushed commit needs a note');
  });

  it('one record is its trailer lines alone; an existing note is never overwritten', async () => {
    const messages = [rec('Only one', '2h', '10')];
    const landed = await landedOrigin(messages, 'squash');
    registerPullRequest(landed, messages);
    const first = await runPush((await cloneOf(landed.bare, landed.head)).dir, landed);
    expectSucceeded(first);
    expect(await remoteNote(landed, landed.head)).toBe('Task: Only one\nHuman-Estimate: 2h\nClaude-Minutes: 10\n');
    expect(leverageNoteText(12, [{ subject: 'x', trailers: [{ key: 'Task', value: 'Only one' }] }])).toBe('Task: Only one\n');

    // A note without figures (someone's remark) is not a record, but it is never overwritten either.
    await runGit(['notes', `--ref=${NOTES}`, 'add', '-f', '-m', 'Reviewed by Ann', landed.head], landed.bare, undefined, landed.env);
    const later = await runPush((await cloneOf(landed.bare, landed.head)).dir, landed);
    expectSucceeded(later);
    expect(later.log).toContain(`${landed.head.slice(0, 12)} already has a note in refs/notes/leverage: left as it is`);
    expect(await remoteNote(landed, landed.head)).toBe('Reviewed by Ann\n');
  });

  it('no note when the records are on the branch already: a merge commit, or a squash whose message lists them', async () => {
    const merged = await landedOrigin(PR_MESSAGES, 'merge', 'Merge pull request #12 from acme/feature\n');
    registerPullRequest(merged, PR_MESSAGES);
    const run = await runPush((await cloneOf(merged.bare, merged.head)).dir, merged);
    expectSucceeded(run);
    expect(run.log).toContain('landed #12, whose commits carry no records that are not on main already');
    expect(await remoteNote(merged, merged.head)).toBeUndefined();

    const listing = `Add the exporter (#12)\n\n* Parse the export format\n\nTask: Parse the export format\nHuman-Estimate: 6h\nClaude-Minutes: 20\n`;
    const squashed = await landedOrigin([rec('Parse the export format', '6h', '20')], 'squash', listing);
    registerPullRequest(squashed, [rec('Parse the export format', '6h', '20')]);
    const listed = await runPush((await cloneOf(squashed.bare, squashed.head)).dir, squashed);
    expectSucceeded(listed);
    expect(api.calls('GET', new RegExp(`/commits/${squashed.head}/pulls$`))).toEqual([]); // it carries records: not asked about
    expect(await remoteNote(squashed, squashed.head)).toBeUndefined();
  });

  it('off by default, and only on a push to the default branch', async () => {
    const landed = await landedOrigin(PR_MESSAGES, 'squash');
    registerPullRequest(landed, PR_MESSAGES);
    const workspace = (await cloneOf(landed.bare, landed.head)).dir;
    const off = await runPush(workspace, landed, {});
    expectSucceeded(off);
    expect(api.calls('GET', /\/pulls$/)).toEqual([]);
    const branch = await runAction({ workspace, eventName: 'push', payload: { ...pushPayload(landed), ref: 'refs/heads/topic' }, inputs: { 'write-notes': 'true' }, apiUrl: api.url });
    expectSucceeded(branch);
    expect(branch.log).toContain('write-notes applies to a push to the default branch');
    expect(await remoteNote(landed, landed.head)).toBeUndefined();
  });

  it('permission failures warn and never fail the job: the API refuses (403), the remote refuses the push', async () => {
    const landed = await landedOrigin(PR_MESSAGES, 'squash');
    registerPullRequest(landed, PR_MESSAGES);
    api.failNext({ method: 'GET', path: /\/commits\/[0-9a-f]+\/pulls$/, status: 403, body: { message: 'Resource not accessible by integration' } });
    const refused = await runPush((await cloneOf(landed.bare, landed.head)).dir, landed);
    expectSucceeded(refused);
    expect(warnings(refused)).toEqual([expect.stringMatching(/^write-notes: could not list the pull requests of the pushed commits \(HTTP 403: .*contents: write/)]);

    // The remote rejects every push, as GitHub does for a token without contents: write.
    const hook = path.join(landed.bare, 'hooks', 'pre-receive');
    await writeFile(hook, '#!/bin/sh\necho "Permission to acme/widgets.git denied to github-actions[bot]." >&2\nexit 1\n');
    await chmod(hook, 0o755);
    const denied = await runPush((await cloneOf(landed.bare, landed.head)).dir, landed);
    expectSucceeded(denied);
    const [warning] = warnings(denied);
    expect(warning).toMatch(/^write-notes: could not push refs\/notes\/leverage to origin \(.*\)\. write-notes needs a token that can push: give the job `permissions: contents: write`/);
    expect(warning).not.toMatch(/ghs_/);
    expect(await remoteNote(landed, landed.head)).toBeUndefined();
  });

  it('a push rejected because another run pushed notes meanwhile is redone on top of theirs', async () => {
    const landed = await landedOrigin(PR_MESSAGES, 'squash');
    registerPullRequest(landed, PR_MESSAGES);
    const workspace = await cloneOf(landed.bare, landed.head);
    // Another run's note lands on the remote after this run fetched the notes ref, before it pushes.
    api.onRequest = async (request) => {
      if (!request.path.endsWith('/pulls/12/commits')) return;
      await runGit(['notes', `--ref=${NOTES}`, 'add', '-m', 'Task: Other', landed.base], landed.bare, undefined, landed.env);
    };
    const run = await runPush(workspace.dir, landed);
    expectSucceeded(run);
    expect(warnings(run)).toEqual([]);
    expect(run.log).toContain('moved while writing: fetching it and writing again');
    expect(await remoteNote(landed, landed.base)).toBe('Task: Other\n');
    expect(await remoteNote(landed, landed.head)).toContain('Leverage records of #12');
  });
});

describe('git complaints in warnings', () => {
  it('quote git\'s own complaint, not the advice after it', async () => {
    const repo = await createTempRepo();
    // No origin: git says what is wrong, then "Please make sure you have the correct access rights / and the repository exists."
    const listed = await runGitRaw(['ls-remote', '--refs', 'origin', NOTES], repo.dir);
    expect(listed.exitCode).not.toBe(0);
    expect(gitComplaint(listed.stderr, listed.exitCode)).toBe("'origin' does not appear to be a git repository");
    expect(gitComplaint('', 128)).toBe('exit code 128');
    expect(gitComplaint('warning: something\nonly this line\n', 1)).toBe('only this line');
  });
});
