/**
 * How the installed command ends when its output or input goes wrong (issue 17, items 6, 7, 8, 10,
 * 14): a reader that closes the pipe early, an output file that cannot be written, a roll-up too
 * long to draw, a missing TMPDIR, an interrupted demo, usage mistakes. Run as a user runs it
 * (bin/git-leverage.js, a real repository), each asserting one line on stderr and no stack trace.
 */
import { spawn, execFileSync, type StdioOptions } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempRepo, leverageMessage, makeTempDir, removeTempDirs, type TempRepo } from '../helpers/tempRepo.js';
import { runGit } from '../../src/git/runGit.js';

afterAll(removeTempDirs);

const bin = path.resolve(import.meta.dirname, '../../bin/git-leverage.js');

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Close our end of standard output: before the command writes anything, or after its first chunk. */
  closeStdout?: 'at once' | 'after first chunk';
  /** A file descriptor for standard output instead of a pipe. */
  stdoutFd?: number;
  /** Called once the process is running, e.g. to interrupt it. */
  onSpawn?: (pid: number) => void;
}

/** Runs the installed command and collects what it printed and how it ended. */
function run(args: string[], options: RunOptions): Promise<Run> {
  return new Promise((resolve, reject) => {
    const stdio: StdioOptions = ['ignore', options.stdoutFd ?? 'pipe', 'pipe'];
    const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd, env: options.env, stdio });
    let stdout = '';
    let stderr = '';
    if (child.stdout) {
      if (options.closeStdout === 'at once') child.stdout.destroy();
      else
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          if (options.closeStdout === 'after first chunk') child.stdout?.destroy();
        });
    }
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('spawn', () => options.onSpawn?.(child.pid as number));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** At most one line, and nothing that looks like a stack trace or Node's own crash report. */
function expectOneLine(stderr: string): void {
  expect(stderr.trimEnd().split('\n').length, stderr).toBeLessThanOrEqual(1);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/node:|Error:|EPIPE|Unhandled/);
}

let repo: TempRepo;
let reportJson: string;

/** `count` commits with leverage trailers on 2026-04-12 (UTC), written in one `git fast-import` run. */
function fastImportStream(count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const message = leverageMessage(`change ${i}`, { Task: `task ${String(i).padStart(4, '0')} ${'w'.repeat(120)}`, 'Human-Estimate': `${1 + (i % 7)}h`, 'Claude-Minutes': 10 + (i % 50) });
    const date = `${Date.UTC(2026, 3, 12, 1) / 1000 + i * 30} +0000`;
    parts.push('commit refs/heads/main', `author A <a@example.com> ${date}`, `committer A <a@example.com> ${date}`, `data ${Buffer.byteLength(message)}`, message);  // each commit's parent: the branch's last
  }
  return `${parts.join('\n')}\n`;
}

beforeAll(async () => {
  repo = await createTempRepo();
  // 1,500 tasks: every format's report is several times a pipe's 64 KiB buffer (Markdown ~330 KB), so
  // a reader that leaves after the first chunk leaves the command writes still to make.
  await runGit(['fast-import', '--quiet'], repo.dir, fastImportStream(1500), repo.env);
  await repo.git('checkout', '--quiet', '--force', 'main');
  reportJson = path.join(repo.dir, '..', 'report.json');
  const made = await run(['report', '--date', '2026-04-12', '--timezone', 'UTC', '--format', 'json', '-o', reportJson], { cwd: repo.dir, env: repo.env });
  expect(made.code).toBe(0);
});

const day = ['--date', '2026-04-12', '--timezone', 'UTC'];

describe('a reader that closes standard output early (| head) ends the command quietly, exit 0', () => {
  it.each([
    ['report', ['report', ...day]],
    ['report --format json', ['report', ...day, '--format', 'json']],
    ['report --format text', ['report', ...day, '--format', 'text']],
    ['report --format csv', ['report', ...day, '--format', 'csv']],
    ['merge', ['merge', '../report.json']],
  ])('%s, the reader leaving after the first chunk of a report larger than the pipe', async (_, args) => {
    const result = await run(args, { cwd: repo.dir, env: repo.env, closeStdout: 'after first chunk' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(0);
    expect(result.stdout.length).toBeLessThan(200_000); // the reader left well before the end
  });

  it.each([
    ['report', ['report', ...day]],
    ['demo', ['demo']],
    ['hook status', ['hook', 'status']],
    ['--help', ['--help']],
    ['measure --format json', ['measure', '--since', '2026-01-01', '--format', 'json']],
  ])('%s, the reader gone before the first write', async (_, args) => {
    const home = await makeTempDir();
    const result = await run(args, { cwd: repo.dir, env: { ...repo.env, HOME: home, CLAUDE_CONFIG_DIR: home }, closeStdout: 'at once' });
    // measure also says on stderr that it found no logs: that line, and nothing else.
    expect(result.stderr.replace(/^git-leverage: no Claude Code session logs found.*\n/, '')).toBe('');
    expect(result.code).toBe(0);
  });

  it('standard output on a full device is one line, exit 1', async () => {
    if (!existsSync('/dev/full')) return; // Linux's always-full device
    const fd = openSync('/dev/full', 'w');
    try {
      const result = await run(['report', ...day], { cwd: repo.dir, env: repo.env, stdoutFd: fd });
      expect(result.stderr).toBe('git-leverage: cannot write standard output: no space left on device\n');
      expect(result.code).toBe(1);
    } finally {
      closeSync(fd);
    }
  });
});

describe('-o: missing folders are created; a folder or a full device is one line, exit 1', () => {
  const commands: [string, string[]][] = [
    ['report', ['report', ...day]],
    ['dashboard', ['dashboard', ...day]],
    ['merge', ['merge', '../report.json']],
    ['demo', ['demo']],
  ];

  it.each(commands)('%s -o into folders that do not exist yet', async (name, args) => {
    const out = await makeTempDir();
    const file = path.join(out, 'reports', name, 'today.out');
    const result = await run([...args, '-o', path.relative(repo.dir, file)], { cwd: repo.dir, env: repo.env });
    expectOneLine(result.stderr);
    expect(result.code).toBe(0);
    expect((await readFile(file, 'utf8')).length).toBeGreaterThan(1000);
  });

  it.each([
    ['report', ['report', ...day, '--repo']],
    ['dashboard', ['dashboard', ...day, '--repo']],
    ['merge', ['merge']],
    ['demo', ['demo']],
  ])('%s -o naming a folder', async (name, args) => {
    // Run from another folder, so that -o reports/ is a folder of that one.
    const out = await makeTempDir();
    await mkdir(path.join(out, 'reports'));
    const where = name === 'report' || name === 'dashboard' ? [repo.dir] : name === 'merge' ? [reportJson] : [];
    const result = await run([...args, ...where, '-o', 'reports/'], { cwd: out, env: repo.env });
    expect(result.stderr).toBe('git-leverage: cannot write reports/: it is a folder\n');
    expect(result.code).toBe(1);
  });

  it.each(commands)('%s -o /dev/full', async (_, args) => {
    if (!existsSync('/dev/full')) return;
    const result = await run([...args, '-o', '/dev/full'], { cwd: repo.dir, env: repo.env });
    expect(result.stderr).toBe('git-leverage: cannot write /dev/full: no space left on device\n');
    expect(result.code).toBe(1);
  });

  it('-o below a file: one line', async () => {
    const out = await makeTempDir();
    await writeFile(path.join(out, 'notes'), 'a file\n');
    const result = await run(['report', ...day, '--repo', repo.dir, '-o', 'notes/today.md'], { cwd: out, env: repo.env });
    expect(result.stderr).toBe('git-leverage: cannot write notes/today.md: a part of its path is a file, not a folder\n');
    expect(result.code).toBe(1);
  });
});

describe('a roll-up too long to draw, and the demo without its temporary folder', () => {
  it('report --since 1980-01-01 --by day: one line naming the count and what to do, exit 2', async () => {
    const result = await run(['report', '--since', '1980-01-01', '--until', '2026-04-12', '--timezone', 'UTC', '--by', 'day'], { cwd: repo.dir, env: repo.env });
    const days = (Date.UTC(2026, 3, 12) - Date.UTC(1980, 0, 1)) / 86_400_000 + 1;
    expect(result.stderr).toBe(`git-leverage: a roll-up by day from 1980-01-01 to 2026-04-12 would have ${days.toLocaleString('en-US')} rows (at most 10,000): roll up by week or month, or choose a shorter window\n`);
    expect(result.code).toBe(2);
    const weekly = await run(['report', '--since', '1980-01-01', '--until', '2026-04-12', '--timezone', 'UTC', '--by', 'week', '--format', 'csv'], { cwd: repo.dir, env: repo.env });
    expect(weekly.code).toBe(0);
    expect(weekly.stdout.split('\r\n').length).toBeGreaterThan(2400);
  });

  it('demo with TMPDIR missing: one line naming it, exit 1', async () => {
    const missing = path.join(await makeTempDir(), 'gone');
    const result = await run(['demo'], { cwd: repo.dir, env: { ...repo.env, TMPDIR: missing } });
    expect(result.stderr).toBe(`git-leverage: cannot create the demo repository in ${missing} (TMPDIR): no such file or directory\n`);
    expect(result.code).toBe(1);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('demo interrupted (%s) while it builds its repository removes its folder', async (signal) => {
    // A git that stops at fast-import (the demo's commits), so the signal lands mid-build every time.
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    const binDir = await makeTempDir();
    const tmp = await makeTempDir();
    const marker = path.join(binDir, 'fast-import.pid');
    await writeFile(path.join(binDir, 'git'), `#!/bin/sh\nif [ "$1" = fast-import ]; then echo $$ > "${marker}"; exec sleep 30; fi\nexec "${realGit}" "$@"\n`);
    await chmod(path.join(binDir, 'git'), 0o755);
    let pid = 0;
    const ended = run(['demo'], { cwd: repo.dir, env: { ...repo.env, TMPDIR: tmp, PATH: `${binDir}${path.delimiter}${repo.env.PATH ?? ''}` }, onSpawn: (id) => (pid = id) });
    while (!existsSync(marker) || (await readFile(marker, 'utf8')).trim() === '') await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await readdir(tmp)).filter((name) => name.startsWith('git-leverage-demo-'))).toHaveLength(1);
    process.kill(pid, signal);
    const result = await ended;
    try {
      process.kill(Number((await readFile(marker, 'utf8')).trim()));
    } catch {
      // the stand-in git already ended
    }
    expect(result.signal).toBe(signal);
    expect(result.stderr).toBe('');
    expect(await readdir(tmp)).toEqual([]);
  });
});

describe('usage mistakes exit 2, whoever finds them; help and the version exit 0', () => {
  it.each([
    ['an invalid choice (commander)', ['report', '--sort', 'size'], 2],
    ['an unknown option (commander)', ['report', '--bogus'], 2],
    ['an unknown command (commander)', ['nocmd'], 2],
    ['a missing argument (commander)', ['merge'], 2],
    ['a date that is not one', ['report', '--date', '2026-13-01'], 2],
    ['an unknown zone', ['report', '--timezone', 'Mars/Olympus'], 2],
    ['--date with --range', ['report', '--date', '2026-04-12', '--range', 'HEAD~1..HEAD'], 2],
    ['--until before --since', ['report', '--since', '2026-04-12', '--until', '2026-04-01'], 2],
    ['a bad measure --since', ['measure', '--since', 'not-a-time'], 2],
    ['--summary with csv', ['report', ...day, '--summary', '--format', 'csv'], 2],
    ['--summary with json (merge)', ['merge', '../report.json', '--summary', '--format', 'json'], 2],
    ['--help', ['report', '--help'], 0],
    ['--version', ['--version'], 0],
  ])('%s', async (_, args, code) => {
    const result = await run(args as string[], { cwd: repo.dir, env: repo.env });
    expect(result.code, result.stderr).toBe(code);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('--summary with csv names the formats it applies to', async () => {
    const result = await run(['report', ...day, '--summary', '--format', 'csv'], { cwd: repo.dir, env: repo.env });
    expect(result.stderr).toBe('git-leverage: --summary applies to md and text output: a csv report always holds every task (for a row a period instead of a row a task, use --by day, week or month)\n');
    expect(result.stdout).toBe('');
  });
});

describe('measure --format json with no session logs', () => {
  it('prints a JSON document that says so: every figure 0, no sessions, and why', async () => {
    const home = await makeTempDir();
    const result = await run(['measure', '--since', '2026-01-01', '--format', 'json'], { cwd: repo.dir, env: { ...repo.env, HOME: home, CLAUDE_CONFIG_DIR: path.join(home, 'claude'), CODEX_HOME: path.join(home, '.codex') } });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ schemaVersion: 1, claudeMinutes: 0, supervisoryMinutes: 0, sessions: [], filesRead: 0, tokens: { total: 0 } });
    // Every agent it looked for is named (measure without --agent reads them all).
    expect(json.note).toBe(
      `no Claude Code session logs found (looked for projects/*/*.jsonl under ${path.join(home, 'claude')}), nor Codex session logs found (looked for sessions/**/rollout-*.jsonl and archived_sessions/rollout-*.jsonl under ${path.join(home, '.codex')})`,
    );
    expectOneLine(result.stderr);
  });
});
