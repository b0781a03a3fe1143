/**
 * Merge and the breakdown by agent: reports of one agent each (no section) merge into a report of two
 * agents whose breakdown is what one collector over both repositories gives.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReportJson } from '../../src/reportJson/readReportJson.js';
import { cli } from '../helpers/cli.js';
import { createTempRepo, leverageMessage, makeTempDir, removeTempDirs, type TempRepo } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

const WINDOW = ['--since', '2026-04-01', '--until', '2026-04-30', '--timezone', 'Europe/Paris'];

let api: TempRepo;
let web: TempRepo;
let out: string;

async function writeReport(name: string, repos: string[]): Promise<string> {
  const file = path.join(out, name);
  const result = await cli(['report', ...repos.flatMap((dir) => ['--repo', dir]), ...WINDOW, '--format', 'json', '-o', file], { cwd: out });
  expect(result.code, result.stderr).toBe(0);
  return file;
}

beforeAll(async () => {
  api = await createTempRepo({ name: 'api' });
  web = await createTempRepo({ name: 'web' });
  out = await makeTempDir();
  // api: Codex alone. NOTIF-1 4h/20m, Limiter 2h/10m.
  await api.commit({ message: leverageMessage('notif api', { Task: 'Notifications', 'Task-Id': 'NOTIF-1', 'Human-Estimate': '4h', 'Claude-Minutes': 20, Agent: 'codex' }), date: '2026-04-06T10:00:00+02:00' });
  await api.commit({ message: leverageMessage('limiter', { Task: 'Limiter', 'Human-Estimate': '2h', 'Claude-Minutes': 10, Tokens: 9000, Agent: 'codex' }), date: '2026-04-07T10:00:00+02:00' });
  // web: Claude Code alone. NOTIF-1 8h/30m sup. 6m; the limiter's Codex record cherry-picked here (counted once).
  await web.commit({ message: leverageMessage('notif web', { Task: 'Notifications UI', 'Task-Id': 'NOTIF-1', 'Human-Estimate': '8h', 'Claude-Minutes': 30, 'Supervisory-Minutes': 6, Agent: 'claude-code' }), date: '2026-04-08T10:00:00+02:00' });
  await web.commit({ message: leverageMessage('limiter', { Task: 'Limiter', 'Human-Estimate': '2h', 'Claude-Minutes': 10, Tokens: 9000, Agent: 'codex' }), date: '2026-04-07T10:00:00+02:00' });
});

describe('merge and the breakdown by agent', () => {
  it('gives the breakdown one collector over both repositories gives', async () => {
    const apiFile = await writeReport('api.json', [api.dir]);
    const codexOnly = JSON.parse(await readFile(apiFile, 'utf8'));
    expect(codexOnly).not.toHaveProperty('agents');

    const webFile = await writeReport('web.json', [web.dir]);
    const both = JSON.parse(await readFile(await writeReport('both.json', [api.dir, web.dir]), 'utf8'));
    // By hand: codex NOTIF-1 (4h, 20m) + Limiter once (2h, 10m, 9,000 tokens): 2 tasks, 360/30 = 12x;
    // claude-code NOTIF-1 (8h, 30m, sup. 6m): 1 task, 480/30 = 16x, sup. 80x. NOTIF-1 has both agents.
    expect(both.agents).toEqual({
      tasksWithSeveralAgents: 1,
      byAgent: [
        { agent: 'claude-code', tasks: 1, records: 1, humanMinutes: 480, humanHours: 8, claudeMinutes: 30, supervisoryMinutes: 6, tokens: null, factor: 16, supervisoryFactor: 80 },
        { agent: 'codex', tasks: 2, records: 2, humanMinutes: 360, humanHours: 6, claudeMinutes: 30, supervisoryMinutes: null, tokens: 9000, factor: 12, supervisoryFactor: null },
      ],
    });

    // A report with `agents` reads back (the member is derived: merge recomputes it from the commits).
    expect(parseReportJson(JSON.stringify(both), 'both.json').commits).toHaveLength(4);

    const merged = await cli(['merge', apiFile, webFile, '--format', 'json'], { cwd: out });
    expect(merged.code, merged.stderr).toBe(0);
    const json = JSON.parse(merged.stdout);
    expect(json.agents).toEqual(both.agents);
    expect(json.totals).toEqual(both.totals);

    const markdown = await cli(['merge', apiFile, webFile, '--format', 'markdown'], { cwd: out });
    expect(markdown.stdout).toContain('| claude-code | 1 | 8 | 30 | 6 | - | 16.0x | 80.0x |\n| codex | 2 | 6 | 30 | - | 9,000 | 12.0x | - |');
    // Merging merged reports again changes nothing.
    const mergedFile = path.join(out, 'merged.json');
    await cli(['merge', apiFile, webFile, '--format', 'json', '-o', mergedFile], { cwd: out });
    const again = await cli(['merge', mergedFile, path.join(out, 'both.json'), '--format', 'json'], { cwd: out });
    expect(JSON.parse(again.stdout).agents).toEqual(both.agents);
  });
});
