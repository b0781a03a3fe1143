/** The installed command (bin/git-leverage.js → dist/cli/index.js → dist/cli/main.js) run as a user runs it. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { createTempRepo, leverageMessage, removeTempDirs } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

const bin = path.resolve(import.meta.dirname, '../../bin/git-leverage.js');

describe('the installed command ends as soon as its work is done and written', () => {
  it('a report larger than a pipe holds reaches the reader whole, and the exit code (--strict) is kept', async () => {
    const repo = await createTempRepo();
    for (let i = 0; i < 40; i += 1) {
      const task = `task ${String(i).padStart(2, '0')} ${'w'.repeat(1900)}`;
      await repo.commit({ message: leverageMessage(`change ${i}`, { Task: task, 'Human-Estimate': `${1 + (i % 7)}h`, 'Claude-Minutes': 10 + i }), date: `2026-04-12T${String(i % 24).padStart(2, '0')}:00:00Z` });
    }
    await repo.commit({ message: leverageMessage('bad', { Task: 'bad', 'Human-Estimate': 'soon', 'Claude-Minutes': 5 }), date: '2026-04-12T23:00:00Z' });
    const run = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(process.execPath, [bin, 'report', '--date', '2026-04-12', '--timezone', 'UTC', ...args], { cwd: repo.dir, env: repo.env, maxBuffer: 1 << 24 }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }));
      });
    const markdown = await run([]);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout.length).toBeGreaterThan(65_536); // more than a pipe's buffer
    expect(markdown.stdout).toBe((await cli(['report', '--date', '2026-04-12', '--timezone', 'UTC'], { cwd: repo.dir })).stdout);
    expect(markdown.stdout.match(/^\| \d+ \| task /gm)).toHaveLength(40);
    const strict = await run(['--strict', '--format', 'json']);
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout).tasks).toHaveLength(40);
    expect(strict.stderr).toContain('1 commit skipped');
  });
});
