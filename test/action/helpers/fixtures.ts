/**
 * Real repositories for the Action's tests: an "origin" with a main branch and a pull request's
 * branch (and GitHub's refs/pull/N/head), a workspace cloned from it as actions/checkout would, and
 * event payloads shaped as GitHub sends them.
 */
import path from 'node:path';
import { runGit } from '../../../src/git/runGit.js';
import { createTempRepo, leverageMessage, makeTempDir, repoAt, type TempRepo } from '../../helpers/tempRepo.js';

export const rec = (task: string, human: string, claude: string, more: Record<string, string> = {}) =>
  leverageMessage(`Work on ${task.slice(0, 40)}`, { Task: task, 'Human-Estimate': human, 'Claude-Minutes': claude, ...more });

export interface PullRequestFixture {
  origin: TempRepo;
  base: string;
  head: string;
  number: number;
}

/** origin: main with two recorded commits, feature (the pull request) with the given commits on top. */
export async function createPullRequestOrigin(prCommits: Array<{ message: string; date: string }>, number = 7): Promise<PullRequestFixture> {
  const origin = await createTempRepo({ name: 'origin' });
  await origin.commit({ message: rec('Already on main', '10h', '30', { 'Supervisory-Minutes': '5' }), date: '2026-04-10T10:00:00Z' });
  const base = await origin.commit({ message: 'Unrelated change on main\n', date: '2026-04-10T11:00:00Z' });
  await origin.git('checkout', '--quiet', '-b', 'feature');
  let head = base;
  for (const commit of prCommits) head = await origin.commit(commit);
  await origin.git('update-ref', `refs/pull/${number}/head`, head);
  await origin.git('checkout', '--quiet', 'main');
  return { origin, base, head, number };
}

/** A clone as actions/checkout makes it: `fetchDepth` 0 is the whole history, 1 a shallow clone of the head. */
export async function checkout(origin: TempRepo, rev: string, fetchDepth = 0, name = 'workspace', onlyBranch?: string): Promise<TempRepo> {
  const parent = await makeTempDir('git-leverage-ws-');
  const dir = path.join(parent, name);
  const branch = onlyBranch ? ['--single-branch', '--branch', onlyBranch] : fetchDepth > 0 ? ['--branch', 'feature'] : [];
  const args = ['clone', '--quiet', '--no-checkout', ...(fetchDepth > 0 ? [`--depth=${fetchDepth}`] : []), ...branch, `file://${origin.dir}`, dir];
  await runGit(args, parent, undefined, origin.env);
  const workspace = repoAt(dir);
  await workspace.git('checkout', '--quiet', '--detach', rev);
  return workspace;
}

export function pullRequestPayload(fixture: Pick<PullRequestFixture, 'base' | 'head' | 'number'>, options: { fork?: boolean } = {}) {
  const headRepo = options.fork ? 'contributor/widgets' : 'acme/widgets';
  return {
    action: 'synchronize',
    number: fixture.number,
    pull_request: {
      url: `https://api.github.test/repos/acme/widgets/pulls/${fixture.number}`,
      id: 1_900_000 + fixture.number,
      number: fixture.number,
      state: 'open',
      title: 'Add the notification service',
      user: { login: options.fork ? 'contributor' : 'octocat', type: 'User' },
      head: { label: `${headRepo.split('/')[0]}:feature`, ref: 'feature', sha: fixture.head, repo: { full_name: headRepo, fork: Boolean(options.fork) } },
      base: { label: 'acme:main', ref: 'main', sha: fixture.base, repo: { full_name: 'acme/widgets', fork: false } },
      draft: false,
      merged: false,
    },
    before: fixture.base,
    after: fixture.head,
    repository: { id: 42, name: 'widgets', full_name: 'acme/widgets', owner: { login: 'acme', type: 'Organization' }, default_branch: 'main', private: false },
    sender: { login: options.fork ? 'contributor' : 'octocat', type: 'User' },
  };
}

export function schedulePayload() {
  return { schedule: '17 6 * * *', repository: { name: 'widgets', full_name: 'acme/widgets', owner: { login: 'acme' }, default_branch: 'main' } };
}
