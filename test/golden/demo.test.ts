import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

const root = path.resolve(import.meta.dirname, '../..');
const reference = await readFile(path.join(root, 'test/fixtures/leverage-record-2026-04-12.md'), 'utf8');

/** The table lines under a `## heading`, up to the next heading. */
function tableUnder(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line === `## ${heading}`);
  expect(start, `no "## ${heading}" section`).toBeGreaterThanOrEqual(0);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith('#'));
  return (end < 0 ? rest : rest.slice(0, end)).filter((line) => line.startsWith('|'));
}

function expectReferenceTables(markdown: string): void {
  for (const heading of ['Task Log', 'Aggregate Statistics']) {
    expect(tableUnder(markdown, heading)).toEqual(tableUnder(reference, heading));
  }
}

describe('the demo reproduces the published record of 2026-04-12', () => {
  it('cell for cell, from commits alone', async () => {
    const result = await cli(['demo'], { cwd: await makeTempDir() });
    expect(result.code).toBe(0);
    expect(tableUnder(reference, 'Task Log')).toHaveLength(39);
    expectReferenceTables(result.stdout);
    expect(result.stdout).toContain('**Thirty-seven tasks at 119.5x leverage.** 1,222.75 human-equivalent hours (30.6 weeks at 40 hours) in 614 Claude minutes with 140 minutes of supervision (524.0x supervisory leverage).');
  });

  it('agrees with the TSV figures row by row in JSON', async () => {
    const tsv = (await readFile(path.join(root, 'test/fixtures/leverage-record-2026-04-12.tsv'), 'utf8')).trim().split('\n').slice(1);
    const result = await cli(['demo', '--format', 'json'], { cwd: await makeTempDir() });
    const json = JSON.parse(result.stdout);
    expect(json.tasks).toHaveLength(tsv.length);
    tsv.forEach((line, index) => {
      const [n, task, human, claude, sup] = line.split('\t');
      const row = json.tasks[index];
      expect([String(row.rank), row.task, `${row.humanHours}h`, `${row.claudeMinutes}m`, `${row.supervisoryMinutes}m`]).toEqual([n, task, human, claude, sup]);
    });
    expect(json.totals).toMatchObject({ tasks: 37, humanMinutes: 73365, claudeMinutes: 614, supervisoryMinutes: 140, tokens: 4_129_000 });
    expect(json.commits).toHaveLength(37);
  });

  it('the installed command (the committed bundle) prints the same record', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, 'bin/git-leverage.js'), 'demo'], { cwd: await makeTempDir(), env: { PATH: process.env.PATH, TZ: 'Pacific/Auckland' } });
    expectReferenceTables(stdout);
  });
});
