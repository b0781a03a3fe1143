/**
 * Every command answers --help with exit 0, and the man page (`git leverage --help` opens it) says
 * what the help says: scripts/man.mjs writes it from the built command's help texts.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { createTempRepo, makeTempDir, removeTempDirs } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

const root = path.resolve(import.meta.dirname, '../..');
const page = path.join(root, 'man', 'git-leverage.1');

function run(file: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd: options.cwd ?? root, env: options.env ?? process.env, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const COMMANDS = [
  ['report'],
  ['demo'],
  ['merge'],
  ['dashboard'],
  ['hook'],
  ['hook', 'install'],
  ['hook', 'uninstall'],
  ['hook', 'status'],
  ['hook', 'commit-msg'],
  ['hook', 'prepare-commit-msg'],
  ['commit'],
  ['annotate'],
  ['validate'],
  ['measure'],
];

describe('--help', () => {
  it.each(COMMANDS)('git-leverage %s --help exits 0 with its usage', async (...command) => {
    const repo = await createTempRepo();
    const result = await cli([...command, '--help'], { cwd: repo.dir, env: repo.env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: git-leverage ${command.join(' ')} `));
    expect(result.stderr).toBe('');
  });

  it('commit: --help is ours (git commit keeps -h), --leverage-help still works, and nothing is committed', async () => {
    const repo = await createTempRepo();
    for (const flag of ['--help', '--leverage-help']) {
      const result = await cli(['commit', '-m', 'x', '--allow-empty', flag], { cwd: repo.dir, env: repo.env });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('--task <text>');
    }
    expect((await cli(['validate', '--help'], { cwd: repo.dir, env: repo.env })).code).toBe(0);
    await expect(repo.git('rev-parse', '--verify', '-q', 'HEAD')).rejects.toThrow();
  });
});

describe('the man page', () => {
  it('is what scripts/man.mjs writes from the current help (run node scripts/man.mjs after changing a help text)', async () => {
    const check = await run(process.execPath, ['scripts/man.mjs', '--check']);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
  });

  it.skipIf(!has('groff'))('renders with groff without a warning, every command in it', async () => {
    const rendered = await run('groff', ['-man', '-Tutf8', '-ww', page], { env: { ...process.env, MANWIDTH: '100' } });
    expect(rendered.stderr).toBe('');
    const text = rendered.stdout.replace(/.\x08/g, '');
    for (const command of COMMANDS) expect(text).toContain(`git-leverage ${command.join(' ')} `);
    expect(text).toContain('--task <text>');
  });

  it.skipIf(!has('man'))('git leverage --help opens it (git runs man git-leverage)', async () => {
    const repo = await createTempRepo();
    const dir = await makeTempDir();
    await mkdir(path.join(dir, 'bin'));
    await mkdir(path.join(dir, 'man', 'man1'), { recursive: true });
    await symlink(page, path.join(dir, 'man', 'man1', 'git-leverage.1'));
    await writeFile(path.join(dir, 'bin', 'git-leverage'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(root, 'bin', 'git-leverage.js')}" "$@"\n`, { mode: 0o755 });
    const env = { ...repo.env, PATH: `${path.join(dir, 'bin')}:${process.env.PATH}`, MANPATH: path.join(dir, 'man'), MANPAGER: 'cat', PAGER: 'cat', MANWIDTH: '100' };
    const result = await run('git', ['leverage', '--help'], { cwd: repo.dir, env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^GIT-LEVERAGE\(1\)/);
    expect(result.stdout).toContain('git-leverage commit');
  });
});
