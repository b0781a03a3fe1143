/**
 * Merged reports keep each report's estimate checks (src/merge/mergeEstimateChecks.ts): two
 * repositories, one JSON report each, merged; a Task-Id worked on in both is judged in parts.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGit } from '../../src/git/runGit.js';
import { cli } from '../helpers/cli.js';
import { createTempRepo, leverageMessage, makeTempDir, removeTempDirs, type TempRepo } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

interface Check {
  changedLines: number | null;
  flagged: boolean;
  reason: string;
}
interface ReportJson {
  tasks: { task: string; taskId: string | null; estimateCheck?: Check }[];
  estimateReference?: { hoursPerLine: number | null; tasks: number; reports?: number; notes: string[] };
}

const lines = (count: number, tag: string) => Array.from({ length: count }, (_, index) => `${tag} ${index}`).join('\n') + '\n';

let serial = 0;
/** Commits `count` new lines in `repo` with a record of `hours` (a Task-Id when given), on 2026-04-`day`. */
async function record(repo: TempRepo, task: string, hours: number, count: number, day: number, taskId?: string): Promise<void> {
  serial += 1;
  await mkdir(path.join(repo.dir, 'src'), { recursive: true });
  await writeFile(path.join(repo.dir, `src/file${serial}.ts`), lines(count, task));
  await repo.git('add', '--all');
  const date = `2026-04-${String(day).padStart(2, '0')}T10:${String(serial % 60).padStart(2, '0')}:00Z`;
  const message = leverageMessage(task, { Task: task, ...(taskId ? { 'Task-Id': taskId } : {}), 'Human-Estimate': `${hours}h`, 'Claude-Minutes': 10 });
  await runGit(['commit', '--quiet', '--no-verify', '-m', message], repo.dir, undefined, { ...repo.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
}

/** Twelve ordinary tasks at about 0.02 h per line. */
async function ordinary(repo: TempRepo, name: string): Promise<void> {
  const spread = [1, 1.5, 0.7, 1.2, 0.8, 1, 1.4, 0.9, 1.1, 0.75, 1.3, 1];
  for (const [index, factor] of spread.entries()) await record(repo, `${name} task ${index + 1}`, Number((0.02 * (50 + index * 50) * factor).toFixed(2)), 50 + index * 50, 1);
}

let out: string;
let api: TempRepo;
let web: TempRepo;

async function writeReport(name: string, repo: TempRepo, extra: string[] = []): Promise<string> {
  const file = path.join(out, name);
  const result = await cli(['report', '--repo', repo.dir, '--all-history', '--timezone', 'UTC', '--format', 'json', '-o', file, ...extra], { cwd: out });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return file;
}

const read = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as ReportJson;
const checkOf = (json: ReportJson, task: string) => json.tasks.find((row) => row.task === task)?.estimateCheck;

beforeAll(async () => {
  out = await makeTempDir();
  api = await createTempRepo({ name: 'api' });
  web = await createTempRepo({ name: 'web' });
  await ordinary(api, 'api');
  await ordinary(web, 'web');
  await record(api, 'Rename a flag', 480, 12, 2);
  // One Task-Id in both repositories: an ordinary part in api, a part far above its size in web.
  await record(api, 'Notifications', 4, 200, 3, 'NOTIF-1');
  await record(web, 'Notifications UI', 200, 10, 3, 'NOTIF-1');
});

describe('merged reports and the estimate check', () => {
  it("keeps each report's checks by task key, and judges a task split over two reports in parts", async () => {
    const [apiFile, webFile] = [await writeReport('api.json', api), await writeReport('web.json', web)];
    const [apiJson, webJson] = [await read(apiFile), await read(webFile)];
    const merged = await cli(['merge', apiFile, webFile, '--format', 'json'], { cwd: out });
    expect(merged.stderr).toBe('');
    const json = JSON.parse(merged.stdout) as ReportJson;

    expect(checkOf(json, 'Rename a flag')).toEqual(checkOf(apiJson, 'Rename a flag'));
    expect(checkOf(json, 'Rename a flag')).toMatchObject({ changedLines: 12, flagged: true });
    for (let index = 1; index <= 12; index += 1) {
      expect(checkOf(json, `api task ${index}`)).toEqual(checkOf(apiJson, `api task ${index}`));
      expect(checkOf(json, `web task ${index}`)).toEqual(checkOf(webJson, `web task ${index}`));
    }
    const split = json.tasks.find((row) => row.taskId === 'NOTIF-1')?.estimateCheck;
    const apiPart = apiJson.tasks.find((row) => row.taskId === 'NOTIF-1')?.estimateCheck as Check;
    const webPart = webJson.tasks.find((row) => row.taskId === 'NOTIF-1')?.estimateCheck as Check;
    expect(apiPart.flagged).toBe(false);
    expect(webPart.flagged).toBe(true);
    expect(split).toEqual({ changedLines: null, expectedHours: null, ratio: null, flagged: true, reason: `judged in parts by 2 reports, none of which saw the whole task: ${apiPart.reason}; ${webPart.reason}` });
    expect(json.estimateReference).toMatchObject({ hoursPerLine: null, tasks: (apiJson.estimateReference?.tasks ?? 0) + (webJson.estimateReference?.tasks ?? 0), reports: 2 });

    const markdown = (await cli(['merge', apiFile, webFile], { cwd: out })).stdout;
    const section = markdown.slice(markdown.indexOf('## Estimate check'));
    expect(markdown.indexOf('## Estimate check')).toBeGreaterThan(markdown.indexOf('## Aggregate Statistics'));
    expect(section).toContain('2 of 26 tasks have estimates more than 4x away from what their change size suggests (judged by 2 reports, each against its own reference).');
    expect(section).toContain('- Rename a flag: 480 h for 12 changed lines');
    expect(section).toMatch(/- Notifications[^:\n]*: judged in parts by 2 reports/);

    // Merged again, the merged report keeps what it holds.
    const mergedFile = path.join(out, 'merged.json');
    await writeFile(mergedFile, merged.stdout);
    const again = JSON.parse((await cli(['merge', mergedFile, apiFile, '--format', 'json'], { cwd: out })).stdout) as ReportJson;
    expect(again.tasks.map((row) => row.estimateCheck)).toEqual(json.tasks.map((row) => row.estimateCheck));
  });

  it('a report reached twice, or one that saw the whole task, gives its own verdicts; a report without the check is said', async () => {
    const apiFile = await writeReport('api.json', api);
    const apiJson = await read(apiFile);
    const twice = JSON.parse((await cli(['merge', apiFile, apiFile, '--format', 'json'], { cwd: out })).stdout) as ReportJson;
    expect(twice.tasks.map((row) => [row.task, row.estimateCheck])).toEqual(apiJson.tasks.map((row) => [row.task, row.estimateCheck]));
    expect(twice.estimateReference).toEqual(apiJson.estimateReference);

    // A report over both repositories saw NOTIF-1 whole: its verdict wins over the parts.
    const bothFile = path.join(out, 'both.json');
    const both = await cli(['report', '--repo', api.dir, '--repo', web.dir, '--all-history', '--timezone', 'UTC', '--format', 'json', '-o', bothFile], { cwd: out });
    expect(both.code).toBe(0);
    const bothJson = await read(bothFile);
    const withWhole = JSON.parse((await cli(['merge', apiFile, await writeReport('web.json', web), bothFile, '--format', 'json'], { cwd: out })).stdout) as ReportJson;
    expect(withWhole.tasks.find((row) => row.taskId === 'NOTIF-1')?.estimateCheck).toEqual(bothJson.tasks.find((row) => row.taskId === 'NOTIF-1')?.estimateCheck);

    const config = path.join(out, 'nocheck.yml');
    await writeFile(config, 'estimates:\n  check: false\n');
    const unchecked = await writeReport('web-unchecked.json', web, ['--config', config]);
    const mixed = JSON.parse((await cli(['merge', apiFile, unchecked, '--format', 'json'], { cwd: out })).stdout) as ReportJson;
    expect(mixed.estimateReference?.notes).toContain('1 of the merged reports ran no estimate check');
    expect(mixed.tasks.find((row) => row.task === 'web task 1')?.estimateCheck).toMatchObject({ flagged: false, reason: 'not judged: no merged report checked it' });
    expect(checkOf(mixed, 'Rename a flag')).toEqual(checkOf(apiJson, 'Rename a flag'));
    // NOTIF-1's web commit comes from the report without the check: judged on its api part only.
    const apiPart = apiJson.tasks.find((row) => row.taskId === 'NOTIF-1')?.estimateCheck as Check;
    expect(mixed.tasks.find((row) => row.taskId === 'NOTIF-1')?.estimateCheck).toEqual({ changedLines: null, expectedHours: null, ratio: null, flagged: false, reason: `judged on part of its commits only: ${apiPart.reason}` });
  });
});
