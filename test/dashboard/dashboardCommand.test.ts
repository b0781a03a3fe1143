/** The dashboard through the CLI on real repositories: `dashboard` and `report --format html` agree. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { createTempRepo, leverageMessage, makeTempDir, removeTempDirs } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

const dataOf = (html: string) => JSON.parse(/<script type="application\/json" id="leverage-data">(.*?)<\/script>/s.exec(html)?.[1] ?? 'null');

describe('git-leverage dashboard', () => {
  it('writes the page with commit links from an https origin, and picks days for a month', async () => {
    const repo = await createTempRepo({ name: 'site' });
    await repo.git('remote', 'add', 'origin', 'https://github.com/acme/site.git');
    const sha = await repo.commit({ message: leverageMessage('page', { Task: 'Landing page', 'Human-Estimate': '5h', 'Claude-Minutes': 25 }), date: '2026-04-03T10:00:00Z' });
    const out = await makeTempDir();
    const result = await cli(['dashboard', '--repo', repo.dir, '--since', '2026-04-01', '--until', '2026-04-30', '--timezone', 'UTC', '-o', 'out.html'], { cwd: out });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^git-leverage: wrote out\.html \(1 task, \d+ KiB\)\n$/);
    const html = await readFile(path.join(out, 'out.html'), 'utf8');
    const data = dataOf(html);
    expect(data.periods).toHaveLength(30);
    expect(data.tasks[0].commits[0].url).toBe(`https://github.com/acme/site/commit/${sha}`);

    const viaReport = await cli(['report', '--repo', repo.dir, '--since', '2026-04-01', '--until', '2026-04-30', '--timezone', 'UTC', '--format', 'html'], { cwd: out });
    expect(viaReport.stdout).toBe(html);
  });

  it('a repository without a GitHub remote gets no links', async () => {
    const repo = await createTempRepo({ name: 'internal' });
    await repo.git('remote', 'add', 'origin', 'https://git.example.com/acme/internal.git');
    await repo.commit({ message: leverageMessage('x', { Task: 'Internal tool', 'Human-Estimate': '1h', 'Claude-Minutes': 5 }), date: '2026-04-03T10:00:00Z' });
    const result = await cli(['report', '--repo', repo.dir, '--date', '2026-04-03', '--timezone', 'UTC', '--format', 'html'], { cwd: repo.dir });
    expect(dataOf(result.stdout).tasks[0].commits[0].url).toBeNull();
  });
});
