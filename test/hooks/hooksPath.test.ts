/**
 * Living beside other tools' hooks (issue 20, item 5): a core.hooksPath set in the repository, one set
 * in the global config (as an agent such as Codex may do for every repository), and one set after our
 * hooks were installed. Real repositories, real `git commit`, their own HOME and global config.
 */
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hooksLocationFrom, parseHooksPathSettings } from '../../src/hooks/locateHooks.js';
import { cli } from '../helpers/cli.js';
import { createTempRepo, removeTempDirs, type TempRepo } from '../helpers/tempRepo.js';
import { assertBuilt, commitMessage, hookedRepo } from './helpers.js';

afterAll(removeTempDirs);

const RECORD = 'Ship the hook\n\nTask: Ship the hook\nHuman-Estimate: 8h\nClaude-Minutes: 12\n';
const BAD = 'Ship the hook\n\nTask: Ship the hook\nHuman-Estimate: two hours\nClaude-Minutes: 12\n';

/** Another tool's commit-msg hook: logs each run (to a file named by `log`) and refuses WIP commits. */
function theirHook(log: string): string {
  return `#!/bin/sh\n# another tool's hook\necho "$(basename "$0") ran" >> '${log}'\nif grep -q WIP "$1"; then echo "their hook: no WIP commits" >&2; exit 1; fi\n`;
}

async function writeHook(file: string, text: string, mode = 0o750): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  await chmod(file, mode);
}

const run = (repo: TempRepo, ...args: string[]) => cli(['hook', ...args], { cwd: repo.dir, env: repo.env });

describe('core.hooksPath set in the repository, with another tool\'s commit-msg there', () => {
  it('installs in that folder, says where and why, chains theirs (both run, theirs first, either refuses); uninstall restores theirs byte for byte', async () => {
    assertBuilt();
    const repo = await createTempRepo();
    const log = path.join(path.dirname(repo.dir), 'their-log');
    const theirs = path.join(repo.dir, '.githooks', 'commit-msg');
    await writeHook(theirs, theirHook(log));
    await repo.git('config', 'core.hooksPath', '.githooks');

    const install = await run(repo, 'install');
    expect(install.stderr).toBe('');
    expect(install.stdout).toBe(
      `installed commit-msg in ${path.join(repo.dir, '.githooks')} (core.hooksPath, set in the local config ${path.join(repo.dir, '.git', 'config')})\n` +
        `  commit-msg: the hook that was there is kept as ${theirs}.git-leverage-chained and runs first; either can refuse the commit\n`,
    );
    expect(existsSync(path.join(repo.dir, '.git', 'hooks', 'commit-msg'))).toBe(false);

    const status = await run(repo, 'status');
    expect(status.stdout).toContain(`hooks folder: ${path.join(repo.dir, '.githooks')} (core.hooksPath, set in the local config`);
    expect(status.stdout).toMatch(new RegExp(`commit-msg: git-leverage, running .*; chains ${theirs}\\.git-leverage-chained \\(runs first\\)\\n`));
    expect(status.stdout).not.toContain('warning');

    expect((await commitMessage(repo, RECORD)).exitCode).toBe(0);
    const wip = await commitMessage(repo, 'WIP\n');
    expect(wip.exitCode).not.toBe(0);
    expect(wip.stderr).toContain('their hook: no WIP commits');
    const bad = await commitMessage(repo, BAD);
    expect(bad.exitCode).not.toBe(0);
    expect(bad.stderr).toContain('Human-Estimate: "two hours" is not a duration');
    // Theirs ran before ours refused the bad figure: three runs, under their own name.
    expect(await readFile(log, 'utf8')).toBe('commit-msg.git-leverage-chained ran\n'.repeat(3));

    const un = await run(repo, 'uninstall');
    expect(un.stdout).toContain(`commit-msg: removed; restored the earlier hook ${theirs}`);
    expect(await readFile(theirs, 'utf8')).toBe(theirHook(log));
    expect((await stat(theirs)).mode & 0o777).toBe(0o750);
    expect(existsSync(`${theirs}.git-leverage-chained`)).toBe(false);
    expect((await commitMessage(repo, BAD)).exitCode).toBe(0);
  });
});

/** Two repositories sharing one global config whose core.hooksPath is a folder of another tool's. */
async function globalSetup(): Promise<{ a: TempRepo; b: TempRepo; folder: string; theirs: string; log: string; globalConfig: string }> {
  assertBuilt();
  const a = await createTempRepo();
  const home = a.env.HOME as string;
  const globalConfig = path.join(home, '.gitconfig');
  const folder = path.join(home, '.codex', 'hooks');
  const log = path.join(home, 'their-log');
  const theirs = path.join(folder, 'commit-msg');
  await writeHook(theirs, theirHook(log), 0o755);
  await writeFile(globalConfig, '[core]\n\thooksPath = ~/.codex/hooks\n');
  a.env = { ...a.env, GIT_CONFIG_GLOBAL: globalConfig };
  const b = await createTempRepo();
  b.env = { ...b.env, HOME: home, GIT_CONFIG_GLOBAL: globalConfig };
  return { a, b, folder, theirs, log, globalConfig };
}

describe('core.hooksPath set in the global config (a folder every repository shares)', () => {
  it('install refuses in one line naming the folder and the config, and touches nothing; status says where and why', async () => {
    const { a, folder, theirs, log, globalConfig } = await globalSetup();
    const refused = await run(a, 'install', '--prepare');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain(`git runs this repository's hooks from ${folder} (core.hooksPath, set in the global config ${globalConfig}), outside this repository`);
    expect(refused.stderr).toContain('Add --shared to install there anyway, or call `git-leverage hook commit-msg "$1"` from the commit-msg hook there');
    expect(await readFile(theirs, 'utf8')).toBe(theirHook(log));
    expect(existsSync(`${theirs}.git-leverage-chained`)).toBe(false);
    expect(existsSync(path.join(folder, 'prepare-commit-msg'))).toBe(false);
    expect(existsSync(path.join(a.dir, '.git', 'hooks', 'commit-msg'))).toBe(false);

    const status = await run(a, 'status');
    expect(status.stdout).toContain(`hooks folder: ${folder} (core.hooksPath, set in the global config ${globalConfig})\n  outside this repository`);
    expect(status.stdout).toContain("commit-msg: another tool's hook (not git-leverage's)\n");
  });

  it('--shared installs there for every repository, chaining theirs; uninstall needs --shared too and restores theirs byte for byte', async () => {
    const { a, b, folder, theirs, log } = await globalSetup();
    const install = await run(a, 'install', '--shared');
    expect(install.code, install.stderr).toBe(0);
    expect(install.stdout).toContain(`installed commit-msg in ${folder} (core.hooksPath, set in the global config`);
    // The other repository runs both: theirs, then ours.
    expect((await commitMessage(b, RECORD)).exitCode).toBe(0);
    const bad = await commitMessage(b, BAD);
    expect(bad.exitCode).not.toBe(0);
    expect(bad.stderr).toContain('is not a duration');
    expect((await commitMessage(b, 'WIP\n')).stderr).toContain('their hook: no WIP commits');
    expect(await readFile(log, 'utf8')).toBe('commit-msg.git-leverage-chained ran\n'.repeat(3));

    const kept = await run(b, 'uninstall');
    expect(kept.stdout).toContain(`commit-msg: left in ${folder}, which other repositories use too`);
    expect(kept.stdout).toContain('add --shared to remove it from there');
    expect(await readFile(theirs, 'utf8')).toContain('# git-leverage-hook: commit-msg');

    const un = await run(b, 'uninstall', '--shared');
    expect(un.stdout).toContain(`commit-msg: removed; restored the earlier hook ${theirs}`);
    expect(await readFile(theirs, 'utf8')).toBe(theirHook(log));
    expect((await stat(theirs)).mode & 0o777).toBe(0o755);
  });
});

describe('core.hooksPath set after install', () => {
  it('status warns that ours no longer run and names the fix; the fix installs where git looks and puts the old folder back as it was', async () => {
    const log = 'lefthook-log';
    const lefthookStyle = theirHook(log);
    const repo = await hookedRepo(['--prepare'], async (r) => writeHook(path.join(r.dir, '.git', 'hooks', 'commit-msg'), lefthookStyle));
    const gitHooks = path.join(repo.dir, '.git', 'hooks');
    expect(await readFile(path.join(gitHooks, 'commit-msg'), 'utf8')).toContain('# git-leverage-hook: commit-msg');

    // A tool moves the hooks folder, with a commit-msg hook of its own.
    const toolDir = path.join(repo.dir, 'tool', 'hooks');
    const toolHook = theirHook(path.join(path.dirname(repo.dir), 'tool-log'));
    await writeHook(path.join(toolDir, 'commit-msg'), toolHook);
    await repo.git('config', 'core.hooksPath', 'tool/hooks');

    // Silently dead: a bad figure goes in.
    expect((await commitMessage(repo, BAD)).exitCode).toBe(0);
    const status = await run(repo, 'status');
    expect(status.stdout).toContain(`hooks folder: ${toolDir} (core.hooksPath, set in the local config`);
    expect(status.stdout).toContain(
      `warning: git-leverage's commit-msg and prepare-commit-msg in ${gitHooks} never run: git runs hooks from ${toolDir} (core.hooksPath, set in the local config ${path.join(repo.dir, '.git', 'config')}); fix: git-leverage hook install --prepare (installs in ${toolDir}, chaining what is there, and removes these)\n`,
    );

    const fix = await run(repo, 'install', '--prepare');
    expect(fix.stdout).toContain(`installed commit-msg and prepare-commit-msg in ${toolDir} (core.hooksPath`);
    expect(fix.stdout).toContain(`  commit-msg: removed git-leverage's copy from ${gitHooks}, which git no longer runs, and put back the hook it chained\n`);
    expect(fix.stdout).toContain(`  prepare-commit-msg: removed git-leverage's copy from ${gitHooks}, which git no longer runs\n`);
    expect(await readFile(path.join(gitHooks, 'commit-msg'), 'utf8')).toBe(lefthookStyle);
    expect(existsSync(path.join(gitHooks, 'prepare-commit-msg'))).toBe(false);
    expect((await run(repo, 'status')).stdout).not.toContain('warning');
    expect((await commitMessage(repo, BAD)).exitCode).not.toBe(0);

    await run(repo, 'uninstall');
    expect(await readFile(path.join(toolDir, 'commit-msg'), 'utf8')).toBe(toolHook);
    expect(existsSync(path.join(toolDir, 'prepare-commit-msg'))).toBe(false);
  });

  it('uninstall also clears ours from the folder git no longer runs, restoring what it chained', async () => {
    const foreign = '#!/bin/sh\nexit 0\n';
    const repo = await hookedRepo([], async (r) => writeHook(path.join(r.dir, '.git', 'hooks', 'commit-msg'), foreign));
    await mkdir(path.join(repo.dir, 'elsewhere'));
    await repo.git('config', 'core.hooksPath', 'elsewhere');
    const un = await run(repo, 'uninstall');
    expect(un.stdout).toContain(`commit-msg: not installed in ${path.join(repo.dir, 'elsewhere')}`);
    expect(un.stdout).toContain(`commit-msg: also removed from ${path.join(repo.dir, '.git', 'hooks')} (git no longer runs it); restored the earlier hook`);
    expect(await readFile(path.join(repo.dir, '.git', 'hooks', 'commit-msg'), 'utf8')).toBe(foreign);
  });
});

describe('hooksLocationFrom (pure)', () => {
  const root = '/work/repo';
  const commonDir = '/work/repo/.git';

  it('reads git\'s triples, resolves relative values from the top level, and lists the folders a later value overrides', () => {
    const settings = parseHooksPathSettings('global\0file:/home/me/.gitconfig\0/home/me/.codex/hooks\0local\0file:.git/config\0.husky/_\0', root);
    expect(settings).toEqual([
      { scope: 'global', file: '/home/me/.gitconfig', dir: '/home/me/.codex/hooks' },
      { scope: 'local', file: '/work/repo/.git/config', dir: '/work/repo/.husky/_' },
    ]);
    const location = hooksLocationFrom({ root, commonDir, hooksDir: '/work/repo/.husky/_', settings });
    expect(location.setBy?.scope).toBe('local');
    expect(location.unusedDirs).toEqual(['/work/repo/.git/hooks', '/home/me/.codex/hooks']);
    expect(location.shared).toBe(false);
  });

  it('a folder outside the working tree and the git dir is shared; the git dir\'s own folder is not; -c has no file', () => {
    const global = parseHooksPathSettings('command\0command line:\0/srv/hooks\0', root);
    expect(global).toEqual([{ scope: 'command', file: undefined, dir: '/srv/hooks' }]);
    expect(hooksLocationFrom({ root, commonDir, hooksDir: '/srv/hooks', settings: global }).shared).toBe(true);
    const plain = hooksLocationFrom({ root, commonDir, hooksDir: '/work/repo/.git/hooks', settings: [] });
    expect(plain).toMatchObject({ setBy: undefined, unusedDirs: [], shared: false });
    // A sibling that only shares the name's prefix is outside.
    expect(hooksLocationFrom({ root, commonDir, hooksDir: '/work/repo-hooks', settings: [] }).shared).toBe(true);
  });
});
