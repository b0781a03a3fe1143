/**
 * An environment in which git reads no system or user configuration and commits as a fixed person:
 * for the demo and the tests, which must give the same result on a fresh machine with no git config.
 */
export interface GitIdentity {
  name: string;
  email: string;
}

export const DEMO_IDENTITY: GitIdentity = { name: 'Demo Developer', email: 'demo@git-leverage.invalid' };

export function isolatedGitEnv(base: NodeJS.ProcessEnv, identity: GitIdentity = DEMO_IDENTITY, home?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...base,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: identity.name,
    GIT_AUTHOR_EMAIL: identity.email,
    GIT_COMMITTER_NAME: identity.name,
    GIT_COMMITTER_EMAIL: identity.email,
    GIT_TERMINAL_PROMPT: '0',
    LC_ALL: 'C',
  };
  if (home !== undefined) env.HOME = home;
  // Inherited repository pointers would redirect every command to another repository.
  for (const key of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_COMMON_DIR']) delete env[key];
  return env;
}
