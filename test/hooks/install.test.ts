import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGitRaw } from '../../src/git/runGit.js';
import { cli } from '../helpers/cli.js';
import { removeTempDirs } from '../helpers/tempRepo.js';
import { commitMessage, editMsgPath, headMessage, hookedRepo } from './helpers.js';

afterAll(removeTempDirs);

const RECORD = 'Ship the hook\n\nTask: Ship the hook\nHuman-Estimate: 8h\nClaude-Minutes: 12\n';
const BAD = 'Ship the hook\n\nSome body text.\n\nTask: Ship the hook\nHuman-Estimate: two hours\nClaude-Minutes: 12\n';

describe('hook install', () => {
  it('installs commit-msg where git looks; plain and valid commits pass, a bad figure is refused with line, accepted forms and a retry that works', async () => {
    const repo = await hookedRepo();
    const status = await cli(['hook', 'status'], { cwd: repo.dir, env: repo.env });
    expect(status.stdout).toContain(`hooks folder: ${path.join(repo.dir, '.git', 'hooks')} (the repository's own hooks folder; core.hooksPath is not set)\n`);
    expect(status.stdout).toMatch(/commit-msg: git-leverage, running .*dist\/hook\/index\.js\n/);
    expect(status.stdout).toContain('prepare-commit-msg: not installed');

    expect((await commitMessage(repo, 'Plain change\n')).exitCode).toBe(0);
    expect((await commitMessage(repo, RECORD)).exitCode).toBe(0);
    const before = (await repo.git('rev-parse', 'HEAD')).trim();

    const refused = await commitMessage(repo, BAD);
    expect(refused.exitCode).not.toBe(0);
    expect((await repo.git('rev-parse', 'HEAD')).trim()).toBe(before);
    const kept = await editMsgPath(repo);
    expect(refused.stderr).toContain(`.git/COMMIT_EDITMSG:6: Human-Estimate: "two hours" is not a duration`);
    expect(refused.stderr).toContain('accepted: hours or a duration: 160h, 1.5h');
    expect(refused.stderr).toContain(`git commit -e -F ${kept}`);
    expect(await readFile(kept, 'utf8')).toContain('Human-Estimate: two hours');

    // The retry the message names, with the kept file fixed (the editor is `sed` here).
    const retry = await runGitRaw(['commit', '--quiet', '--allow-empty', '-e', '-F', kept], repo.dir, undefined, {
      ...repo.env,
      GIT_EDITOR: `sed -i -e 's/two hours/2h/'`,
    });
    expect(retry.exitCode).toBe(0);
    expect(await headMessage(repo)).toContain('Human-Estimate: 2h');
  });

  it('--no-verify skips the check, as git promises', async () => {
    const repo = await hookedRepo();
    expect((await commitMessage(repo, BAD, ['--no-verify'])).exitCode).toBe(0);
  });

  it('chains a foreign hook (both run, either can refuse) and uninstall restores it byte for byte', async () => {
    const foreign = '#!/bin/sh\necho ran >> "$(git rev-parse --git-dir)/foreign-ran"\nif grep -q WIP "$1"; then echo "no WIP commits" >&2; exit 1; fi\n';
    const repo = await hookedRepo([], async (r) => {
      await writeFile(path.join(r.dir, '.git', 'hooks', 'commit-msg'), foreign);
      await chmod(path.join(r.dir, '.git', 'hooks', 'commit-msg'), 0o750);
    });
    const hookFile = path.join(repo.dir, '.git', 'hooks', 'commit-msg');
    expect(await readFile(hookFile, 'utf8')).toContain('# git-leverage-hook: commit-msg');
    const status = await cli(['hook', 'status'], { cwd: repo.dir, env: repo.env });
    expect(status.stdout).toContain(`chains ${hookFile}.git-leverage-chained`);

    expect((await commitMessage(repo, RECORD)).exitCode).toBe(0);
    const wip = await commitMessage(repo, 'WIP\n');
    expect(wip.exitCode).not.toBe(0);
    expect(wip.stderr).toContain('no WIP commits');
    const bad = await commitMessage(repo, BAD);
    expect(bad.exitCode).not.toBe(0);
    expect(bad.stderr).toContain('is not a duration');
    expect(await readFile(path.join(repo.dir, '.git', 'foreign-ran'), 'utf8')).toBe('ran\nran\nran\n');

    // Installing again refreshes ours and keeps the chain; never chains itself.
    expect((await cli(['hook', 'install'], { cwd: repo.dir, env: repo.env })).stdout).toContain('updated');
    const un = await cli(['hook', 'uninstall'], { cwd: repo.dir, env: repo.env });
    expect(un.stdout).toContain('restored the earlier hook');
    expect(await readFile(hookFile, 'utf8')).toBe(foreign);
    expect((await stat(hookFile)).mode & 0o777).toBe(0o750);
    expect((await commitMessage(repo, BAD)).exitCode).toBe(0);
  });

  it('uninstall leaves a hook that is not ours alone, and removes ours when nothing was chained', async () => {
    const repo = await hookedRepo(['--prepare']);
    await cli(['hook', 'uninstall'], { cwd: repo.dir, env: repo.env });
    await expect(stat(path.join(repo.dir, '.git', 'hooks', 'commit-msg'))).rejects.toThrow();
    await expect(stat(path.join(repo.dir, '.git', 'hooks', 'prepare-commit-msg'))).rejects.toThrow();
    await writeFile(path.join(repo.dir, '.git', 'hooks', 'commit-msg'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const un = await cli(['hook', 'uninstall'], { cwd: repo.dir, env: repo.env });
    expect(un.stdout).toContain('not git-leverage\'s; left alone');
    expect(await readFile(path.join(repo.dir, '.git', 'hooks', 'commit-msg'), 'utf8')).toBe('#!/bin/sh\nexit 0\n');
  });

  it('honours core.hooksPath: a hooks folder kept in the repository', async () => {
    const repo = await hookedRepo([], async (r) => {
      await mkdir(path.join(r.dir, 'githooks'));
      await r.git('config', 'core.hooksPath', 'githooks');
    });
    expect(await readFile(path.join(repo.dir, 'githooks', 'commit-msg'), 'utf8')).toContain('git-leverage-hook');
    const status = await cli(['hook', 'status'], { cwd: repo.dir, env: repo.env });
    expect(status.stdout).toContain(`hooks folder: ${path.join(repo.dir, 'githooks')} (core.hooksPath, set in the local config ${path.join(repo.dir, '.git', 'config')})\n`);
    const bad = await commitMessage(repo, BAD);
    expect(bad.exitCode).not.toBe(0);
    expect(bad.stderr).toContain(`git commit -e -F ${path.join(repo.dir, '.git', 'COMMIT_EDITMSG')}`);
  });

  it('husky-style: .husky/commit-msg calling `git-leverage hook commit-msg "$1"` through husky v9\'s shim layout', async () => {
    const bin = path.resolve('bin/git-leverage.js');
    const repo = await hookedRepo([], async () => undefined);
    await cli(['hook', 'uninstall'], { cwd: repo.dir, env: repo.env });
    // husky v9: core.hooksPath=.husky/_ whose shims run .husky/<hook> with sh -e.
    await mkdir(path.join(repo.dir, '.husky', '_'), { recursive: true });
    await writeFile(path.join(repo.dir, '.husky', '_', 'h'), '#!/usr/bin/env sh\nn=$(basename "$0")\ns=$(dirname "$(dirname "$0")")/$n\n[ ! -f "$s" ] && exit 0\nsh -e "$s" "$@"\nc=$?\nexit $c\n', { mode: 0o755 });
    await writeFile(path.join(repo.dir, '.husky', '_', 'commit-msg'), '#!/usr/bin/env sh\n. "$(dirname "$0")/h"\n', { mode: 0o755 });
    await writeFile(path.join(repo.dir, '.husky', 'commit-msg'), `"${process.execPath}" "${bin}" hook commit-msg "$1"\n`);
    await repo.git('config', 'core.hooksPath', '.husky/_');
    expect((await commitMessage(repo, RECORD)).exitCode).toBe(0);
    const bad = await commitMessage(repo, BAD);
    expect(bad.exitCode).not.toBe(0);
    expect(bad.stderr).toContain('Human-Estimate: "two hours" is not a duration');
  });
});
