/**
 * Adapter: each repository's `origin` remote, read from git, as a GitHub base URL for commit links
 * in the dashboard. A repository without an origin, or not on github.com, simply gets no links.
 */
import type { Repository } from './openRepository.js';
import { runGitRaw } from './runGit.js';
import { githubRepositoryUrl } from './githubRepositoryUrl.js';

export async function readCommitBaseUrls(repositories: readonly Repository[], env?: NodeJS.ProcessEnv): Promise<Record<string, string>> {
  const urls: Record<string, string> = {};
  for (const repo of repositories) {
    const result = await runGitRaw(['remote', 'get-url', 'origin'], repo.root, undefined, env);
    const base = result.exitCode === 0 ? githubRepositoryUrl(result.stdout) : undefined;
    if (base) urls[repo.label] = base;
  }
  return urls;
}
