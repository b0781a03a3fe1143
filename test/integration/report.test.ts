import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { createTempRepo, leverageMessage, makeTempDir, removeTempDirs, repoAt } from '../helpers/tempRepo.js';
import { runGit } from '../../src/git/runGit.js';

afterAll(removeTempDirs);

const rec = (task: string, human: string, claude: string, more: Record<string, string> = {}) =>
  leverageMessage(`Work on ${task}`, { Task: task, 'Human-Estimate': human, 'Claude-Minutes': claude, ...more });

const taskCells = (markdown: string) => [...markdown.matchAll(/^\| \d+ \| (.*?) \|/gm)].map((m) => m[1]);

describe('report on real repositories', () => {
  it('chooses commits by author date on the calendar day in the zone, across a DST change', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: rec('before midnight', '1h', '10'), date: '2026-03-07T23:59:00-05:00' });
    await repo.commit({ message: rec('just after midnight', '2h', '10'), date: '2026-03-08T00:30:00-05:00' });
    await repo.commit({ message: rec('late evening after the clocks moved', '3h', '10'), date: '2026-03-08T23:30:00-04:00' });
    await repo.commit({ message: rec('next day', '4h', '10'), date: '2026-03-09T00:10:00-04:00' });
    const ny = await cli(['report', '--date', '2026-03-08', '--timezone', 'America/New_York', '--sort', 'time'], { cwd: repo.dir });
    expect(ny.code).toBe(0);
    expect(taskCells(ny.stdout)).toEqual(['just after midnight', 'late evening after the clocks moved']);
    const utc = await cli(['report', '--date', '2026-03-08', '--timezone', 'UTC', '--sort', 'time'], { cwd: repo.dir });
    expect(taskCells(utc.stdout)).toEqual(['before midnight', 'just after midnight']);
  });

  it('a span that starts before 1973 finds its commits, in report and dashboard alike (git reads --since=@N as a time only from 100,000,000)', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: rec('in 1970', '2h', '10'), date: '1970-01-02T09:00:00Z' });
    await repo.commit({ message: rec('in 2026', '1h', '10'), date: '2026-04-12T09:00:00Z' });
    const report = await cli(['report', '--since', '1970-01-01', '--until', '1972-12-31', '--timezone', 'UTC', '--format', 'json'], { cwd: repo.dir });
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout).tasks.map((task: { task: string }) => task.task)).toEqual(['in 1970']);
    const dashboard = await cli(['dashboard', '--since', '1970-01-01', '--until', '1972-12-31', '--timezone', 'UTC', '-o', 'early.html'], { cwd: repo.dir });
    expect(dashboard.code).toBe(0);
    expect(dashboard.stderr).toContain('wrote early.html (1 task,');
    const html = await readFile(path.join(repo.dir, 'early.html'), 'utf8');
    expect(html).toContain('in 1970');
    expect(html).not.toContain('in 2026');
  });

  it('defaults to today in the configured zone, read from .leverage.yml', async () => {
    const repo = await createTempRepo();
    await writeFile(path.join(repo.dir, '.leverage.yml'), 'timezone: Asia/Tokyo\n');
    await repo.commit({ message: rec('utc afternoon', '1h', '10'), date: '2026-04-12T14:00:00+00:00' });
    await repo.commit({ message: rec('tokyo morning', '1h', '10'), date: '2026-04-13T08:00:00+09:00' });
    const result = await cli(['report'], { cwd: repo.dir, now: '2026-04-13T01:00:00Z' });
    expect(result.stdout).toContain('# Leverage Record: 2026-04-13');
    expect(taskCells(result.stdout)).toEqual(['tokyo morning']);
  });

  it('includes a commit authored on the day but rebased later (no --until on the committer date)', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: rec('rebased next week', '5h', '10'), date: '2026-04-12T10:00:00Z', committerDate: '2026-04-19T10:00:00Z' });
    const result = await cli(['report', '--date', '2026-04-12', '--timezone', 'UTC'], { cwd: repo.dir });
    expect(taskCells(result.stdout)).toEqual(['rebased next week']);
  });

  it('walks every local branch once: merges and cherry-picks are not counted twice', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: 'base\n', date: '2026-04-12T08:00:00Z' });
    await repo.git('checkout', '--quiet', '-b', 'feature');
    await repo.commit({ message: rec('feature work', '8h', '10'), date: '2026-04-12T09:00:00Z' });
    const picked = (await repo.git('rev-parse', 'HEAD')).trim();
    await repo.git('checkout', '--quiet', 'main');
    await repo.commit({ message: 'other\n', date: '2026-04-12T09:30:00Z' });
    await runGit(['cherry-pick', picked], repo.dir, undefined, { ...repo.env, GIT_COMMITTER_DATE: '2026-04-12T11:00:00Z' });
    await runGit(['merge', '--no-ff', '--no-edit', 'feature'], repo.dir, undefined, { ...repo.env, GIT_AUTHOR_DATE: '2026-04-12T12:00:00Z', GIT_COMMITTER_DATE: '2026-04-12T12:00:00Z' });
    // A branch that is not checked out is walked too.
    await repo.git('checkout', '--quiet', '-b', 'side', 'main~1');
    await repo.commit({ message: rec('side branch work', '2h', '10'), date: '2026-04-12T13:00:00Z' });
    await repo.git('checkout', '--quiet', 'main');
    const result = await cli(['report', '--date', '2026-04-12', '--timezone', 'UTC', '--format', 'json'], { cwd: repo.dir });
    const json = JSON.parse(result.stdout);
    expect(json.tasks.map((t: { task: string }) => t.task)).toEqual(['feature work', 'side branch work']);
    expect(json.totals.humanMinutes).toBe(600);
    expect(json.tasks[0].commits[0].copies).toHaveLength(1);
  });

  it('several repositories: one task per Task-Id, each row knows its repositories; links add no figures', async () => {
    const api = await createTempRepo({ name: 'api' });
    const web = await createTempRepo({ name: 'web' });
    await api.commit({ message: rec('Notification service', '80h', '35', { 'Task-Id': 'NOTIF-1', 'Supervisory-Minutes': '5' }), date: '2026-04-12T10:00:00Z' });
    await web.commit({ message: leverageMessage('Wire the UI', { 'Task-Id': 'NOTIF-1' }), date: '2026-04-12T11:00:00Z' });
    await web.commit({ message: rec('Landing page', '4h', '30'), date: '2026-04-12T12:00:00Z' });
    const result = await cli(['report', '--date', '2026-04-12', '--timezone', 'UTC', '--repo', api.dir, '--repo', web.dir, '--format', 'json'], { cwd: api.dir });
    const json = JSON.parse(result.stdout);
    expect(json.repositories).toEqual(['api', 'web']);
    expect(json.tasks.map((t: { task: string; repositories: string[] }) => [t.task, t.repositories])).toEqual([
      ['Notification service', ['api', 'web']],
      ['Landing page', ['web']],
    ]);
    expect(json.totals.humanMinutes).toBe(84 * 60);
  });

  it('walks local branches by default; --all adds remote-tracking branches', async () => {
    const upstream = await createTempRepo({ name: 'upstream' });
    await upstream.commit({ message: rec('shared work', '1h', '10'), date: '2026-04-12T09:00:00Z' });
    const parent = await makeTempDir();
    await runGit(['clone', '--quiet', `file://${upstream.dir}`, 'clone'], parent, undefined, upstream.env);
    await upstream.commit({ message: rec('only on the remote', '2h', '10'), date: '2026-04-12T10:00:00Z' });
    const clone = repoAt(path.join(parent, 'clone'));
    await clone.git('fetch', '--quiet', 'origin');
    const local = await cli(['report', '--date', '2026-04-12', '--timezone', 'UTC', '--sort', 'time'], { cwd: clone.dir });
    expect(taskCells(local.stdout)).toEqual(['shared work']);
    const all = await cli(['report', '--date', '2026-04-12', '--timezone', 'UTC', '--sort', 'time', '--all'], { cwd: clone.dir });
    expect(taskCells(all.stdout)).toEqual(['shared work', 'only on the remote']);
  });

  it('names the agent as configured, in the column and the totals', async () => {
    const repo = await createTempRepo();
    await writeFile(path.join(repo.dir, '.leverage.yml'), 'agent: Codex\ntimezone: UTC\n');
    await repo.commit({ message: rec('agent work', '2h', '10'), date: '2026-04-12T10:00:00Z' });
    const result = await cli(['report', '--date', '2026-04-12'], { cwd: repo.dir });
    expect(result.stdout).toContain('| # | Task | Human Est. | Codex | Sup. | Factor | Sup. Factor |');
    expect(result.stdout).toContain('| Total Codex minutes | 10 |');
    expect(result.stdout).toContain('in 10 Codex minutes');
  });

  it('a config that changes the git command (renamed keys, revisions) is honoured: the git started before the config was read is not used', async () => {
    const repo = await createTempRepo();
    await writeFile(path.join(repo.dir, '.leverage.yml'), 'trailers:\n  claudeMinutes: Agent-Minutes\nrevs: [release]\n');
    await repo.commit({ message: leverageMessage('renamed', { Task: 'renamed key', 'Human-Estimate': '2h', 'Agent-Minutes': '10' }), date: '2026-04-12T09:00:00Z' });
    await repo.git('branch', 'release');
    await repo.commit({ message: rec('only on main', '1h', '10'), date: '2026-04-12T10:00:00Z' });
    for (const args of [['--date', '2026-04-12'], ['--all-history']]) {
      const result = await cli(['report', ...args, '--timezone', 'UTC'], { cwd: repo.dir });
      expect(result.stderr).toBe('');
      expect(taskCells(result.stdout)).toEqual(['renamed key']);
    }
  });

  it('a repository given by a subfolder, or by a path relative to the working folder, reads the whole repository', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: rec('root task', '1h', '10'), date: '2026-04-12T09:00:00Z' });
    await mkdir(path.join(repo.dir, 'docs'));
    const viaSubfolder = await cli(['report', '--all-history', '--timezone', 'UTC', '--repo', 'docs'], { cwd: repo.dir });
    const viaParent = await cli(['report', '--date', '2026-04-12', '--timezone', 'UTC', '--repo', path.basename(repo.dir)], { cwd: path.dirname(repo.dir) });
    expect([taskCells(viaSubfolder.stdout), taskCells(viaParent.stdout)]).toEqual([['root task'], ['root task']]);
    // The same repository given twice is read once, under the first path given for it.
    const twice = JSON.parse((await cli(['report', '--date', '2026-04-12', '--timezone', 'UTC', '--repo', '.', '--repo', './docs', '--repo', repo.dir, '--format', 'json'], { cwd: repo.dir })).stdout);
    expect([twice.repositories, twice.tasks.map((task: { repositories: string[] }) => task.repositories)]).toEqual([[path.basename(repo.dir)], [[path.basename(repo.dir)]]]);
  });

  it('reads trailers as git does: last paragraph only, mixed with Signed-off-by, folded lines unfolded', async () => {
    const repo = await createTempRepo();
    await repo.commit({
      message: 'Subject\n\nTask: not a trailer, this paragraph is body text\nHuman-Estimate: 99h\n\nTask: Folded task text\n  that continues here\nSigned-off-by: Ada <ada@example.com>\nHuman-Estimate: 2h\nClaude-Minutes: 10\n',
      date: '2026-04-12T10:00:00Z',
    });
    const result = await cli(['report', '--date', '2026-04-12', '--timezone', 'UTC'], { cwd: repo.dir });
    expect(result.stdout).toContain('| 1 | Folded task text that continues here | 2h | 10m | - | 12.0x | - |');
  });

  it('reads a commit written in another encoding as the text it was', async () => {
    const repo = await createTempRepo();
    await repo.git('config', 'i18n.commitEncoding', 'ISO-8859-1');
    const latin1 = Buffer.from('Subject\n\nTask: Caf\u00e9 men\u00fc f\u00fcr M\u00fcnchen\nHuman-Estimate: 2h\nClaude-Minutes: 10\n', 'latin1');
    const messageFile = path.join(repo.dir, '.git', 'latin1-message');
    await writeFile(messageFile, latin1);
    await writeFile(path.join(repo.dir, 'file.txt'), 'x');
    await repo.git('add', 'file.txt');
    await runGit(['commit', '--quiet', '-F', messageFile], repo.dir, undefined, { ...repo.env, GIT_AUTHOR_DATE: '2026-04-12T10:00:00Z', GIT_COMMITTER_DATE: '2026-04-12T10:00:00Z' });
    const result = await cli(['report', '--date', '2026-04-12', '--timezone', 'UTC'], { cwd: repo.dir });
    expect(taskCells(result.stdout)).toEqual(['Caf\u00e9 men\u00fc f\u00fcr M\u00fcnchen']);
  });

  it('honours trailer.separators from the repository, like every other git reader', async () => {
    const repo = await createTempRepo();
    await repo.git('config', 'trailer.separators', ':=');
    await repo.commit({ message: 'Subject\n\nTask = Equals separated\nHuman-Estimate = 3h\nClaude-Minutes = 9\n', date: '2026-04-12T10:00:00Z' });
    const result = await cli(['report', '--date', '2026-04-12', '--timezone', 'UTC'], { cwd: repo.dir });
    expect(taskCells(result.stdout)).toEqual(['Equals separated']);
  });

  it('skips invalid commits, lists them, still renders the valid ones; --strict exits 1', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: rec('valid work', '2h', '10'), date: '2026-04-12T10:00:00Z' });
    const bad = await repo.commit({ message: rec('typo in estimate', 'two hours', '10'), date: '2026-04-12T11:00:00Z' });
    const result = await cli(['report', '--date', '2026-04-12', '--timezone', 'UTC'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(taskCells(result.stdout)).toEqual(['valid work']);
    expect(result.stdout).toContain(`- \`${bad.slice(0, 12)}\` in repo (Work on typo in estimate): Human-Estimate: "two hours" is not a duration (accepted: hours or a duration: 160h`);
    expect(result.stderr).toContain('1 commit skipped');
    const strict = await cli(['report', '--date', '2026-04-12', '--timezone', 'UTC', '--strict', '--format', 'text'], { cwd: repo.dir });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/Skipped \(1\):\n {2}[0-9a-f]{12} repo: Work on typo in estimate\n {4}Human-Estimate: "two hours" is not a duration/);
  });

  it('-o writes the same report as standard output, in every format, and still says what was skipped', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: rec('first', '2h', '10', { 'Supervisory-Minutes': '3' }), date: '2026-04-12T10:00:00Z' });
    await repo.commit({ message: rec('second', '1h', '20'), date: '2026-04-12T11:00:00Z' });
    await repo.commit({ message: rec('typo', 'soon', '10'), date: '2026-04-12T12:00:00Z' });
    for (const format of ['md', 'json', 'text', 'csv']) {
      const args = ['report', '--date', '2026-04-12', '--timezone', 'UTC', '--chart', 'mermaid', '--format', format];
      const printed = await cli(args, { cwd: repo.dir });
      const written = await cli([...args, '-o', `report.${format}`], { cwd: repo.dir });
      expect(written).toMatchObject({ code: 0, stdout: '' });
      expect(written.stderr).toContain('1 commit skipped');
      expect(await readFile(path.join(repo.dir, `report.${format}`), 'utf8')).toBe(printed.stdout);
    }
  });

  it('--range takes exactly git range; --since/--until take whole days', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: rec('first', '1h', '10'), date: '2026-04-01T10:00:00Z' });
    await repo.commit({ message: rec('second', '2h', '10'), date: '2026-04-15T10:00:00Z' });
    await repo.commit({ message: rec('third', '3h', '10'), date: '2026-04-30T23:00:00Z' });
    const range = await cli(['report', '--range', 'HEAD~2..HEAD', '--sort', 'time'], { cwd: repo.dir });
    expect(range.stdout).toContain('# Leverage Record: HEAD\\~2..HEAD');
    expect(taskCells(range.stdout)).toEqual(['second', 'third']);
    const span = await cli(['report', '--since', '2026-04-01', '--until', '2026-04-30', '--timezone', 'Europe/Berlin', '--sort', 'time'], { cwd: repo.dir });
    // 23:00 UTC on the 30th is already May 1st in Berlin.
    expect(taskCells(span.stdout)).toEqual(['first', 'second']);
  });

  it('a missing path, a folder that is not a repository, and a bad flag give one clear message each', async () => {
    const empty = await makeTempDir();
    const missing = await cli(['report', '--repo', path.join(empty, 'nope'), '--repo', empty], { cwd: empty });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^git-leverage: repository path .*nope does not exist\n.* is not a git repository \(not a git repository/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const repo = await createTempRepo();
    const zone = await cli(['report', '--timezone', 'Nowhere/City'], { cwd: repo.dir });
    expect(zone.stderr).toContain('unknown time zone "Nowhere/City"');
    const both = await cli(['report', '--date', '2026-04-12', '--range', 'a..b'], { cwd: empty });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--date and --range cannot be combined');
  });

  it('a repository without commits reports nothing rather than failing', async () => {
    const repo = await createTempRepo();
    const result = await cli(['report', '--date', '2026-04-12', '--timezone', 'UTC'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No leverage records for 2026-04-12.');
  });

  it('a shallow clone whose history does not reach the window says how to fetch it', async () => {
    const origin = await createTempRepo({ name: 'origin' });
    for (let day = 10; day <= 14; day += 1) await origin.commit({ message: rec(`day ${day}`, '1h', '10'), date: `2026-04-${day}T10:00:00Z` });
    const parent = await makeTempDir();
    await runGit(['clone', '--quiet', '--depth', '2', `file://${origin.dir}`, 'shallow'], parent, undefined, origin.env);
    const shallow = repoAt(path.join(parent, 'shallow'));
    const recent = await cli(['report', '--date', '2026-04-14', '--timezone', 'UTC'], { cwd: shallow.dir });
    expect(recent.code).toBe(0);
    expect(taskCells(recent.stdout)).toEqual(['day 14']);
    const old = await cli(['report', '--date', '2026-04-11', '--timezone', 'UTC'], { cwd: shallow.dir });
    expect(old.code).toBe(1);
    expect(old.stderr).toContain('is a shallow clone whose history stops at');
    expect(old.stderr).toContain('fetch-depth: 0');
  });
});
