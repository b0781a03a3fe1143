/**
 * `report --no-estimate-check`: the plain report for one run, whatever the config says. A history with
 * one estimate far from its change size, so the check (when on) has something to say.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGit } from '../../src/git/runGit.js';
import { cli } from '../helpers/cli.js';
import { createTempRepo, leverageMessage, removeTempDirs, type TempRepo } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

const lines = (count: number, tag: number) => Array.from({ length: count }, (_, index) => `${tag} line ${index}`).join('\n') + '\n';

/** Commits `count` new lines in a file of its own with a record of `hours`, on 2026-04-DD. */
async function recordCommit(repo: TempRepo, serial: number, hours: number, count: number, day: number): Promise<void> {
  const file = path.join(repo.dir, 'src', `file${serial}.ts`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, lines(count, serial));
  await repo.git('add', file);
  const date = `2026-04-${String(day).padStart(2, '0')}T${String(8 + (serial % 10)).padStart(2, '0')}:00:00Z`;
  const message = leverageMessage(`Task ${serial}`, { Task: `Task ${serial}`, 'Human-Estimate': `${hours}h`, 'Claude-Minutes': 10 });
  await runGit(['commit', '--quiet', '--no-verify', '-m', message], repo.dir, undefined, { ...repo.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
}

let repo: TempRepo;

beforeAll(async () => {
  repo = await createTempRepo();
  // Twelve ordinary tasks in the look-back (0.02 h per line), then 480 h for a dozen lines on the day.
  for (let serial = 1; serial <= 12; serial += 1) await recordCommit(repo, serial, Number((0.02 * 50 * serial).toFixed(2)), 50 * serial, 1);
  await recordCommit(repo, 20, 480, 12, 12);
});

async function report(args: string[]) {
  const result = await cli(['report', '--timezone', 'UTC', ...args], { cwd: repo.dir, env: repo.env });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('report --no-estimate-check', () => {
  for (const [window, args] of [
    ['all history', ['--all-history']],
    ['a day (with its look-back)', ['--date', '2026-04-12']],
  ] as const) {
    it(`leaves the check out of JSON and Markdown for ${window}; without the flag it is there`, async () => {
      const checked = JSON.parse(await report([...args, '--format', 'json'])) as { tasks: { task: string; estimateCheck?: { flagged: boolean } }[]; estimateReference?: unknown };
      expect(checked.estimateReference).toBeDefined();
      expect(checked.tasks.find((task) => task.task === 'Task 20')?.estimateCheck?.flagged).toBe(true);
      expect(await report([...args])).toContain('# Estimate check');

      const plain = JSON.parse(await report([...args, '--format', 'json', '--no-estimate-check'])) as typeof checked;
      expect(plain.estimateReference).toBeUndefined();
      expect(plain.tasks.map((task) => task.task)).toEqual(checked.tasks.map((task) => task.task));
      expect(plain.tasks.every((task) => task.estimateCheck === undefined)).toBe(true);
      expect(await report([...args, '--no-estimate-check'])).not.toContain('Estimate check');
    });
  }

  it('overrides a config that turns the check on', async () => {
    const config = path.join(repo.dir, '..', 'check-on.yml');
    await writeFile(config, 'estimates:\n  check: true\n');
    const checked = JSON.parse(await report(['--all-history', '--config', config, '--format', 'json'])) as { estimateReference?: unknown; tasks: { estimateCheck?: unknown }[] };
    expect(checked.estimateReference).toBeDefined();
    const plain = JSON.parse(await report(['--all-history', '--config', config, '--format', 'json', '--no-estimate-check'])) as typeof checked;
    expect(plain.estimateReference).toBeUndefined();
    expect(plain.tasks.every((task) => task.estimateCheck === undefined)).toBe(true);
    expect(await report(['--all-history', '--config', config, '--no-estimate-check'])).not.toContain('Estimate check');
  });
});
