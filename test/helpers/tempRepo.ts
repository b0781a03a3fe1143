/**
 * Real git repositories in temporary folders, with their own identity and dates, for integration
 * tests. No mocks: every call runs git.
 */
import { mkdtemp, rm, writeFile, appendFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isolatedGitEnv, type GitIdentity } from '../../src/git/isolatedGitEnv.js';
import { runGit } from '../../src/git/runGit.js';

export interface CommitSpec {
  message: string;
  /** Author date, e.g. `2026-04-12T09:30:00-04:00`. */
  date: string;
  /** Committer date (default: the author date). */
  committerDate?: string;
  author?: GitIdentity;
}

export interface TempRepo {
  dir: string;
  env: NodeJS.ProcessEnv;
  git: (...args: string[]) => Promise<string>;
  /** Commits a change to a file (so every commit has a diff) and returns its full sha. */
  commit: (spec: CommitSpec) => Promise<string>;
}

const created: string[] = [];

export async function makeTempDir(prefix = 'git-leverage-test-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export async function createTempRepo(options: { name?: string; branch?: string } = {}): Promise<TempRepo> {
  const parent = await makeTempDir();
  const dir = path.join(parent, options.name ?? 'repo');
  const home = path.join(parent, 'home');
  await runGit(['init', '--quiet', `--initial-branch=${options.branch ?? 'main'}`, dir], parent, undefined, isolatedGitEnv(process.env, undefined, home));
  return repoAt(dir, home);
}

export function repoAt(dir: string, home?: string): TempRepo {
  const env = isolatedGitEnv(process.env, undefined, home);
  const git = (...args: string[]) => runGit(args, dir, undefined, env);
  let counter = 0;
  return {
    dir,
    env,
    git,
    async commit(spec) {
      counter += 1;
      // A file of its own per commit, so cherry-picks and merges never conflict.
      const file = `work-${counter}.txt`;
      await appendFile(path.join(dir, file), `${spec.date}\n`);
      await git('add', file);
      const messageFile = path.join(dir, '.git', `msg-${counter}`);
      await writeFile(messageFile, spec.message);
      const commitEnv = {
        ...env,
        GIT_AUTHOR_DATE: spec.date,
        GIT_COMMITTER_DATE: spec.committerDate ?? spec.date,
        ...(spec.author ? { GIT_AUTHOR_NAME: spec.author.name, GIT_AUTHOR_EMAIL: spec.author.email } : {}),
      };
      await runGit(['commit', '--quiet', '--no-verify', '--cleanup=strip', '-F', messageFile], dir, undefined, commitEnv);
      return (await git('rev-parse', 'HEAD')).trim();
    },
  };
}

/** A commit message with leverage trailers. */
export function leverageMessage(subject: string, trailers: Record<string, string | number>): string {
  return `${subject}\n\n${Object.entries(trailers)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n`;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}
