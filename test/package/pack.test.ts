/**
 * The npm package as a user installs it: what `npm pack` puts in, that it needs nothing from the
 * registry (every library is bundled into dist/, so they are devDependencies), and that the installed
 * command and hooks run from it. And that a contributor's `npm ci` raises no EBADENGINE on this Node
 * (CI runs it on 20, the floor, and on 24).
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGitRaw } from '../../src/git/runGit.js';
import { createTempRepo, leverageMessage, makeTempDir, removeTempDirs } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

const root = path.resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as Record<string, any>;
const run = promisify(execFile);

/** npm with no setting inherited from an `npm test` around it, no user configuration, and a cache of its own. */
async function npm(args: string[], options: { cwd: string; home: string }): Promise<{ stdout: string; stderr: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return run('npm', [...args, '--cache', path.join(options.home, 'npm-cache'), '--no-audit', '--no-fund', '--no-update-notifier'], {
    cwd: options.cwd,
    env: { ...env, HOME: options.home },
    maxBuffer: 16 * 1024 * 1024,
  });
}

describe('the npm package', () => {
  let home = '';
  let work = '';
  let tarball = '';
  let files: string[] = [];

  beforeAll(async () => {
    home = await makeTempDir();
    work = await makeTempDir();
    const { stdout } = await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, home });
    const [packed] = JSON.parse(stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    tarball = path.join(work, packed?.filename as string);
    files = (packed?.files ?? []).map((file) => file.path).sort();
  });

  it('holds the command, the hooks, the man page, the schema and the licence, and not the Action', () => {
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'bin/git-leverage.js', 'dist/cli/index.js', 'dist/hook/index.js', 'man/git-leverage.1', 'schema/leverage.schema.json']));
    // The Action runs from the repository (action.yml → dist/index.js), never from npm.
    expect(files.filter((file) => !/^(LICENSE|README\.md|package\.json)$|^(bin|dist\/cli|dist\/hook|man|schema)\//.test(file))).toEqual([]);
  });

  it('depends on nothing (the bundles hold every library) and says where it comes from, under MIT', async () => {
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.repository?.url).toBe('git+https://github.com/git-leverage/git-leverage.git');
    expect(manifest.homepage).toMatch(/^https:\/\/github\.com\/git-leverage\/git-leverage/);
    expect(manifest.bugs?.url).toBe('https://github.com/git-leverage/git-leverage/issues');
    expect(manifest.license).toBe('MIT');
    const licence = await readFile(path.join(root, 'LICENSE'), 'utf8');
    expect(licence.split('\n')[0]).toBe('MIT License');
    expect(licence).toMatch(/^Copyright \(c\) \d{4} git-leverage contributors$/m);
  });

  it('installs offline from its tarball alone, and the installed command and hook run', async () => {
    const project = path.join(work, 'project');
    await mkdir(project);
    await writeFile(path.join(project, 'package.json'), '{ "name": "user-project", "private": true }\n');
    // --offline with an empty cache: any dependency would have to come from the registry, and fail.
    await npm(['install', '--offline', '--omit=dev', tarball], { cwd: project, home });
    const bin = path.join(project, 'node_modules', '.bin', 'git-leverage');

    const version = await run(bin, ['--version'], { env: { ...process.env, HOME: home } });
    expect(version.stdout.trim()).toBe(manifest.version);
    const demo = await run(bin, ['demo'], { env: { ...process.env, HOME: home }, maxBuffer: 16 * 1024 * 1024 });
    expect(demo.stdout.split('\n')[0]).toBe('# Leverage Record: 2026-04-12');

    // The hooks point at dist/hook of the installed package: a bad trailer is refused there.
    const repo = await createTempRepo();
    await run(bin, ['hook', 'install'], { cwd: repo.dir, env: repo.env });
    const refused = await runGitRaw(['commit', '--allow-empty', '-m', leverageMessage('Bad', { Task: 'x', 'Human-Estimate': 'banana', 'Claude-Minutes': 5 })], repo.dir, undefined, repo.env);
    expect(refused.exitCode).not.toBe(0);
    expect(refused.stderr).toContain('Human-Estimate');
    const accepted = await runGitRaw(['commit', '--allow-empty', '-m', leverageMessage('Good', { Task: 'x', 'Human-Estimate': '2h', 'Claude-Minutes': 5 })], repo.dir, undefined, repo.env);
    expect(accepted.exitCode).toBe(0);
  });
});

describe("a contributor's install", () => {
  it('package-lock.json matches package.json and no locked package refuses this Node (no EBADENGINE)', async () => {
    const home = await makeTempDir();
    const copy = await makeTempDir();
    await copyFile(path.join(root, 'package.json'), path.join(copy, 'package.json'));
    await copyFile(path.join(root, 'package-lock.json'), path.join(copy, 'package-lock.json'));
    // npm checks every locked package's engines as `npm ci` does, without downloading one.
    const { stdout, stderr } = await npm(['install', '--package-lock-only', '--offline', '--ignore-scripts'], { cwd: copy, home });
    expect(`${stdout}${stderr}`).not.toMatch(/EBADENGINE/);
    expect(await readFile(path.join(copy, 'package-lock.json'), 'utf8')).toBe(await readFile(path.join(root, 'package-lock.json'), 'utf8'));
  });
});
