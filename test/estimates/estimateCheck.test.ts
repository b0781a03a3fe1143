/**
 * The estimate check on real repositories with known change sizes (docs/estimates.md): every commit
 * here writes a known number of lines, so each task's changedLines is known before git is asked.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGit } from '../../src/git/runGit.js';
import { cli } from '../helpers/cli.js';
import { createTempRepo, leverageMessage, removeTempDirs, type TempRepo } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

const lines = (count: number, tag: string) => Array.from({ length: count }, (_, index) => `${tag} line ${index}`).join('\n') + '\n';

/** Writes `files` (path → line count) and commits them with a record of `hours`, on `day` (2026-04-DD). */
async function recordCommit(repo: TempRepo, serial: number, hours: number, day: number, files: Record<string, number>, task = `Task ${serial}`): Promise<string> {
  for (const [file, count] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(repo.dir, file)), { recursive: true });
    await writeFile(path.join(repo.dir, file), lines(count, `${serial}`));
    await repo.git('add', file);
  }
  const date = `2026-04-${String(day).padStart(2, '0')}T${String(8 + (serial % 10)).padStart(2, '0')}:00:00Z`;
  const message = leverageMessage(task, { Task: task, 'Human-Estimate': `${hours}h`, 'Claude-Minutes': 10 });
  await runGit(['commit', '--quiet', '--no-verify', '-m', message], repo.dir, undefined, { ...repo.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  return (await repo.git('rev-parse', 'HEAD')).trim();
}

/** Twelve ordinary tasks: 0.02 h per line, give or take 1.5x, 50 to 600 lines each. */
async function ordinaryHistory(repo: TempRepo, day = 1): Promise<void> {
  const spread = [1, 1.5, 0.7, 1.2, 0.8, 1, 1.4, 0.9, 1.1, 0.75, 1.3, 1];
  for (let index = 0; index < spread.length; index += 1) {
    const count = 50 + index * 50;
    await recordCommit(repo, index + 1, Number((0.02 * count * (spread[index] as number)).toFixed(2)), day, { [`src/ordinary${index}.ts`]: count });
  }
}

async function reportJson(repo: TempRepo, args: string[] = ['--all-history']) {
  const result = await cli(['report', '--format', 'json', '--timezone', 'UTC', ...args], { cwd: repo.dir });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { tasks: { task: string; estimateCheck?: { changedLines: number | null; expectedHours: number | null; ratio: number | null; flagged: boolean; reason: string } }[]; estimateReference?: { hoursPerLine: number | null; tasks: number; lookbackDays: number; notes: string[] } };
}

const checkOf = (json: Awaited<ReturnType<typeof reportJson>>, task: string) => json.tasks.find((row) => row.task === task)?.estimateCheck;

describe('the estimate check', () => {
  it('leaves ordinary tasks alone and flags 480 h for a dozen lines and half an hour for thousands', async () => {
    const repo = await createTempRepo();
    await ordinaryHistory(repo);
    await recordCommit(repo, 20, 480, 2, { 'src/tiny.ts': 12 }, 'Rename a flag');
    await recordCommit(repo, 21, 0.5, 2, { 'src/huge.ts': 3000 }, 'Rewrite the parser');
    const json = await reportJson(repo);
    expect(json.estimateReference).toMatchObject({ tasks: 14, lookbackDays: 0, notes: [] });
    expect(json.estimateReference?.hoursPerLine).toBeCloseTo(0.02, 2);
    for (let index = 0; index < 12; index += 1) {
      const check = checkOf(json, `Task ${index + 1}`);
      expect(check?.changedLines).toBe(50 + index * 50);
      expect(check?.flagged).toBe(false);
      expect(check?.reason).toMatch(/within 4x of the/);
    }
    const tiny = checkOf(json, 'Rename a flag');
    expect(tiny).toMatchObject({ changedLines: 12, flagged: true });
    expect(tiny?.reason).toMatch(/^480 h for 12 changed lines; tasks here run about 0\.02 h per line, so about 0\.2\d? h \([\d,.]+x above\)$/);
    const huge = checkOf(json, 'Rewrite the parser');
    expect(huge).toMatchObject({ changedLines: 3000, flagged: true });
    expect(huge?.reason).toMatch(/^0\.5 h for 3,000 changed lines; .*x below\)$/);
    expect(huge?.ratio).toBeLessThan(0.25);

    const markdown = await cli(['report', '--all-history', '--timezone', 'UTC'], { cwd: repo.dir });
    const section = markdown.stdout.slice(markdown.stdout.indexOf('## Estimate check'));
    expect(markdown.stdout.indexOf('## Estimate check')).toBeGreaterThan(markdown.stdout.indexOf('## Aggregate Statistics'));
    expect(section).toContain('2 of 14 tasks have estimates more than 4x away');
    expect(section).toContain('Their estimates add 480.5h of the');
    expect(section).toContain('- Rename a flag: 480 h for 12 changed lines');
    expect(section).toContain('- Rewrite the parser: 0.5 h for 3,000 changed lines');
    expect(section).not.toContain('Task 1:');
    const text = await cli(['report', '--all-history', '--timezone', 'UTC', '--format', 'text'], { cwd: repo.dir });
    expect(text.stdout).toContain('Estimate check:\n2 of 14 tasks');
  });

  it('shows the flagged tasks on the dashboard in the Markdown\'s words, the task text escaped', async () => {
    const repo = await createTempRepo();
    await ordinaryHistory(repo);
    await recordCommit(repo, 20, 480, 2, { 'src/tiny.ts': 12 }, 'Rename <script>alert(1)</script> & co');
    const html = await cli(['report', '--all-history', '--timezone', 'UTC', '--format', 'html'], { cwd: repo.dir });
    expect(html.code).toBe(0);
    const section = html.stdout.slice(html.stdout.indexOf('<section class="estimates"'), html.stdout.indexOf('</section>', html.stdout.indexOf('<section class="estimates"')));
    expect(section).toContain('<h2>Estimate check</h2>');
    expect(section).toContain('<p>1 of 13 tasks has an estimate more than 4x away from what its change size suggests (judged against 13 reference tasks). Its estimate adds 480h of the');
    expect(section).toMatch(/<li>Rename &lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; co: 480 h for 12 changed lines; tasks here run about 0\.02 h per line, so about 0\.2\d? h \([\d,.]+x above\)<\/li>/);
    expect(html.stdout).not.toContain('<script>alert(1)');
    const markdown = await cli(['report', '--all-history', '--timezone', 'UTC'], { cwd: repo.dir });
    const words = markdown.stdout.split('\n').find((line) => line.startsWith('1 of 13 tasks'));
    expect(section).toContain(`<p>${words?.replace(/&/g, '&amp;')}</p>`);

    const plain = await createTempRepo();
    await ordinaryHistory(plain);
    const none = await cli(['report', '--all-history', '--timezone', 'UTC', '--format', 'html'], { cwd: plain.dir });
    expect(none.stdout).not.toContain('Estimate check');
  });

  it('prints no section when nothing is flagged', async () => {
    const repo = await createTempRepo();
    await ordinaryHistory(repo);
    const markdown = await cli(['report', '--all-history', '--timezone', 'UTC'], { cwd: repo.dir });
    expect(markdown.stdout).toContain('## Aggregate Statistics');
    expect(markdown.stdout).not.toContain('Estimate check');
  });

  it('judges a dependency bump by its code, not its lockfile, and leaves out linguist-generated files and config globs', async () => {
    const repo = await createTempRepo();
    await writeFile(path.join(repo.dir, '.gitattributes'), 'gen/** linguist-generated\nthird_party/** linguist-vendored=true\n');
    await repo.git('add', '.gitattributes');
    await writeFile(path.join(repo.dir, '.leverage.yml'), 'estimates:\n  exclude: ["docs/api/**", "*.snap"]\n');
    await ordinaryHistory(repo);
    await recordCommit(repo, 30, 0.2, 3, { 'package.json': 10, 'package-lock.json': 4000, 'Cargo.lock': 900 }, 'Bump dependencies');
    await recordCommit(repo, 31, 0.4, 3, { 'src/api.ts': 20, 'gen/client.ts': 5000, 'third_party/lib.js': 800 }, 'Regenerate the client');
    await recordCommit(repo, 32, 0.3, 3, { 'src/doc.ts': 15, 'docs/api/index.html': 2000, 'test/__snapshots__/a.snap': 700 }, 'Rebuild the API docs');
    const json = await reportJson(repo);
    expect(checkOf(json, 'Bump dependencies')).toMatchObject({ changedLines: 10, flagged: false });
    expect(checkOf(json, 'Regenerate the client')).toMatchObject({ changedLines: 20, flagged: false });
    expect(checkOf(json, 'Rebuild the API docs')).toMatchObject({ changedLines: 15, flagged: false });
  });

  it('says "not enough history" instead of flagging when the reference is thin', async () => {
    const repo = await createTempRepo();
    await recordCommit(repo, 1, 1, 1, { 'src/a.ts': 50 });
    await recordCommit(repo, 2, 1, 1, { 'src/b.ts': 60 });
    await recordCommit(repo, 3, 480, 1, { 'src/c.ts': 12 });
    const json = await reportJson(repo);
    expect(checkOf(json, 'Task 3')).toEqual({ changedLines: 12, expectedHours: null, ratio: null, flagged: false, reason: 'not enough history (3 tasks, needs 10)' });
    expect(json.estimateReference).toMatchObject({ hoursPerLine: null, tasks: 3 });
    const markdown = await cli(['report', '--all-history', '--timezone', 'UTC'], { cwd: repo.dir });
    expect(markdown.stdout).not.toContain('Estimate check');
  });

  it('judges a day against the days before it (the look-back), and not at all with lookbackDays: 0', async () => {
    const repo = await createTempRepo();
    await ordinaryHistory(repo, 1);
    await recordCommit(repo, 40, 480, 10, { 'src/tiny.ts': 12 }, 'Rename a flag');
    const day = ['--date', '2026-04-10'];
    const json = await reportJson(repo, day);
    expect(json.tasks.map((task) => task.task)).toEqual(['Rename a flag']);
    expect(json.estimateReference).toMatchObject({ tasks: 13, lookbackDays: 90 });
    expect(checkOf(json, 'Rename a flag')).toMatchObject({ changedLines: 12, flagged: true });
    await writeFile(path.join(repo.dir, '.leverage.yml'), 'estimates:\n  lookbackDays: 0\n');
    const alone = await reportJson(repo, day);
    expect(checkOf(alone, 'Rename a flag')).toMatchObject({ flagged: false, reason: 'not enough history (1 task, needs 10)' });
    await writeFile(path.join(repo.dir, '.leverage.yml'), 'estimates:\n  check: false\n');
    const off = await reportJson(repo, day);
    expect(off.tasks[0]).not.toHaveProperty('estimateCheck');
    expect(off).not.toHaveProperty('estimateReference');
  });

  it('on a shallow clone, starts the look-back where the clone\'s history stops and says so', async () => {
    const repo = await createTempRepo();
    await ordinaryHistory(repo);
    await recordCommit(repo, 40, 480, 10, { 'src/tiny.ts': 12 }, 'Rename a flag');
    // Depth 3: Task 11 (the boundary, 2026-04-01 09:00), Task 12 and the day's task.
    const clone = path.join(path.dirname(repo.dir), 'shallow-lookback');
    await runGit(['clone', '--quiet', '--depth', '3', `file://${repo.dir}`, clone], path.dirname(repo.dir), undefined, repo.env);
    const result = await cli(['report', '--format', 'json', '--timezone', 'UTC', '--date', '2026-04-10'], { cwd: clone });
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout) as Awaited<ReturnType<typeof reportJson>>;
    expect(json.estimateReference).toMatchObject({ tasks: 2, hoursPerLine: null });
    expect(json.estimateReference?.notes).toEqual(['shallow-lookback is a shallow clone: its look-back starts at 2026-04-01, where its history stops, not 2026-01-10 (fetch more history for a fuller reference)']);
    expect(checkOf(json, 'Rename a flag')).toMatchObject({ changedLines: 12, flagged: false, reason: 'not enough history (2 tasks, needs 10)' });
  });

  it('measures a merge commit that carries a record against its first parent, and the root commit against nothing', async () => {
    const repo = await createTempRepo();
    await recordCommit(repo, 1, 1, 1, { 'src/root.ts': 40 }, 'Start');
    await repo.git('checkout', '--quiet', '-b', 'topic');
    for (const [index, count] of [70, 30].entries()) {
      await writeFile(path.join(repo.dir, `src/topic${index}.ts`), lines(count, 'topic'));
      await repo.git('add', '.');
      await runGit(['commit', '--quiet', '-m', `topic ${index}`], repo.dir, undefined, { ...repo.env, GIT_AUTHOR_DATE: '2026-04-02T10:00:00Z', GIT_COMMITTER_DATE: '2026-04-02T10:00:00Z' });
    }
    await repo.git('checkout', '--quiet', 'main');
    await recordCommit(repo, 2, 1, 3, { 'src/main.ts': 5 }, 'Meanwhile');
    const message = leverageMessage('Merge topic', { Task: 'Topic', 'Human-Estimate': '2h', 'Claude-Minutes': 10 });
    await runGit(['merge', '--quiet', '--no-ff', 'topic', '-m', message], repo.dir, undefined, { ...repo.env, GIT_AUTHOR_DATE: '2026-04-04T10:00:00Z', GIT_COMMITTER_DATE: '2026-04-04T10:00:00Z' });
    const json = await reportJson(repo);
    expect(checkOf(json, 'Start')?.changedLines).toBe(40);
    expect(checkOf(json, 'Topic')?.changedLines).toBe(100);
    expect(checkOf(json, 'Meanwhile')?.changedLines).toBe(5);
  });

  it('refuses a bad estimates block with the key, the line and the accepted form', async () => {
    const repo = await createTempRepo();
    await recordCommit(repo, 1, 1, 1, { 'src/a.ts': 5 });
    await writeFile(path.join(repo.dir, '.leverage.yml'), 'estimates:\n  flagFactor: 1\n  lookback: 30\n');
    const result = await cli(['report', '--all-history'], { cwd: repo.dir });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('line 2: estimates.flagFactor:');
    expect(result.stderr).toContain('line 3: unknown key "estimates.lookback" (known keys: check, lookbackDays, flagFactor, minimumTasks, exclude)');
  });
});
