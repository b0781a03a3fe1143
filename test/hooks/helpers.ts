/**
 * Real repositories with our hooks installed the way a user installs them (`git-leverage hook
 * install`, pointing at the built dist/hook bundle), and commits made by real `git commit`.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runGitRaw, type GitResult } from '../../src/git/runGit.js';
import { openRepository } from '../../src/git/openRepository.js';
import { streamCommits } from '../../src/git/streamCommits.js';
import { classifyCommit } from '../../src/trailers/classifyCommit.js';
import { allHistoryWindow } from '../../src/window/reportWindow.js';
import { DEFAULT_TRAILER_KEYS, DEFAULT_TRAILER_OPTIONS, type TrailerVerdict } from '../../src/trailers/trailerSchema.js';
import { hookEntryPath } from '../../src/hooks/packageRoot.js';
import { cli } from '../helpers/cli.js';
import { createTempRepo, type TempRepo } from '../helpers/tempRepo.js';

/** The hooks run the built bundle: the lead's CI builds dist before the tests. */
export function assertBuilt(): void {
  if (!existsSync(hookEntryPath())) throw new Error(`${hookEntryPath()} is missing: run \`npm run build\` before these tests`);
}

export async function hookedRepo(installArgs: string[] = [], setup?: (repo: TempRepo) => Promise<void>): Promise<TempRepo> {
  assertBuilt();
  const repo = await createTempRepo();
  await setup?.(repo);
  const run = await cli(['hook', 'install', ...installArgs], { cwd: repo.dir, env: repo.env });
  if (run.code !== 0) throw new Error(`hook install failed: ${run.stderr}`);
  return repo;
}

let counter = 0;

/** `git commit` with a message file (bytes as given) through the installed hooks. */
export async function commitMessage(repo: TempRepo, message: string | Buffer, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<GitResult> {
  counter += 1;
  const file = path.join(path.dirname(repo.dir), `message-${counter}`);
  await writeFile(file, message);
  return runGitRaw(['commit', '--quiet', '--allow-empty', '-F', file, ...args], repo.dir, undefined, {
    ...repo.env,
    GIT_AUTHOR_DATE: '2026-04-12T10:00:00Z',
    GIT_COMMITTER_DATE: '2026-04-12T10:00:00Z',
    ...env,
  });
}

export async function headMessage(repo: TempRepo): Promise<string> {
  return repo.git('log', '-1', '--encoding=UTF-8', '--format=%B');
}

/** How `report` reads HEAD: the collector's stream and classifyCommit (undefined = no leverage trailers). */
export async function reportVerdictOfHead(repo: TempRepo): Promise<TrailerVerdict> {
  const opened = await openRepository(repo.dir, repo.dir);
  const head = (await repo.git('rev-parse', 'HEAD')).trim();
  for await (const batch of streamCommits(opened, { window: allHistoryWindow('UTC'), revs: ['HEAD'], keys: DEFAULT_TRAILER_KEYS })) {
    const commit = batch.find((c) => c.sha === head);
    if (commit) return classifyCommit(commit, DEFAULT_TRAILER_OPTIONS)?.verdict ?? { kind: 'none' };
  }
  return { kind: 'none' };
}

export async function editMsgPath(repo: TempRepo): Promise<string> {
  return (await repo.git('rev-parse', '--path-format=absolute', '--git-path', 'COMMIT_EDITMSG')).trim();
}

export { readFile };
