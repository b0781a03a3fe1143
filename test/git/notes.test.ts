/**
 * Leverage notes (refs/notes/leverage) on real repositories: a note adds figures to a commit that
 * has none, replaces a commit's own (a correction) and a squash commit's listed records, holds
 * several records in the listing form, and a bad note skips its commit saying so. Without the ref
 * the walk is the one it always was, and git warns of nothing.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitLogArguments } from '../../src/git/logArguments.js';
import { openRepository } from '../../src/git/openRepository.js';
import { runGit, runGitRaw } from '../../src/git/runGit.js';
import { streamCommits } from '../../src/git/streamCommits.js';
import type { CommitFacts } from '../../src/record/types.js';
import { DEFAULT_TRAILER_KEYS } from '../../src/trailers/trailerKeys.js';
import { allHistoryWindow, dayWindow } from '../../src/window/reportWindow.js';
import { cli } from '../helpers/cli.js';
import { createTempRepo, leverageMessage, removeTempDirs, type TempRepo } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

const DAY = '2026-04-12';

/** Writes `text` as the leverage note of `sha` (as `annotate --note` and the Action do: from a file). */
async function addNote(repo: TempRepo, sha: string, text: string): Promise<void> {
  const file = path.join(repo.dir, '.git', 'note-text');
  await writeFile(file, text);
  await repo.git('notes', '--ref=leverage', 'add', '-f', '-F', file, sha);
}

interface JsonCommit {
  sha: string;
  subject: string;
  note?: boolean;
  embedded?: { index: number; subject: string };
}
interface JsonReport {
  tasks: Array<{ task: string; humanMinutes: number; claudeMinutes: number; commits: JsonCommit[] }>;
  totals: Record<string, unknown>;
  skipped: Array<{ sha: string; note?: boolean; problems: Array<{ key: string; message: string }> }>;
  commits: JsonCommit[];
}

async function report(repo: TempRepo, args: string[] = []): Promise<JsonReport> {
  const run = await cli(['report', '--date', DAY, '--timezone', 'UTC', '--format', 'json', ...args], { cwd: repo.dir });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as JsonReport;
}

const rows = (json: JsonReport) => json.tasks.map((t) => [t.task, t.humanMinutes, t.claudeMinutes, t.commits.map((c) => [c.sha, c.note ?? false, c.embedded?.index])]);

describe('leverage notes in the walk', () => {
  it('without refs/notes/leverage the walk asks for no notes, and git warns of nothing', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: leverageMessage('Work', { Task: 'Work', 'Human-Estimate': '1h', 'Claude-Minutes': 5 }), date: `${DAY}T09:00:00Z` });
    const opened = await openRepository(repo.dir, repo.dir);
    expect(opened.hasNotes).toBe(false);
    expect(gitLogArguments(opened, { window: allHistoryWindow('UTC'), revs: [], keys: DEFAULT_TRAILER_KEYS }).some((arg) => arg.startsWith('--notes'))).toBe(false);
    // What the check spares: git warns on stderr for a notes ref that does not exist.
    const asked = await runGitRaw(['log', '--notes=refs/notes/leverage', '--format=%N'], repo.dir, undefined, repo.env);
    expect(asked.stderr).toContain('refs/notes/leverage');
    // A note in another ref is not ours.
    await repo.git('notes', 'add', '-m', 'Task: Other\nHuman-Estimate: 9h\nClaude-Minutes: 9', 'HEAD');
    expect((await openRepository(repo.dir, repo.dir)).hasNotes).toBe(false);
    expect(rows(await report(repo))).toEqual([['Work', 60, 5, [[(await repo.git('rev-parse', 'HEAD')).trim(), false, undefined]]]]);
  });

  it('a note adds figures to a commit without any, and marks the record as from a note', async () => {
    const repo = await createTempRepo();
    const plain = await repo.commit({ message: 'Plain work\n', date: `${DAY}T09:00:00Z` });
    const own = await repo.commit({ message: leverageMessage('Own', { Task: 'Own', 'Human-Estimate': '2h', 'Claude-Minutes': 10 }), date: `${DAY}T10:00:00Z` });
    const before = await cli(['report', '--date', DAY, '--timezone', 'UTC', '--format', 'json'], { cwd: repo.dir });
    await addNote(repo, plain, 'Task: Noted\nHuman-Estimate: 3h\nClaude-Minutes: 20\n');
    expect((await openRepository(repo.dir, repo.dir)).hasNotes).toBe(true);
    const json = await report(repo);
    // By factor: Own (12x) before Noted (9x).
    expect(rows(json)).toEqual([
      ['Own', 120, 10, [[own, false, undefined]]],
      ['Noted', 180, 20, [[plain, true, undefined]]],
    ]);
    expect(json.commits.map((c) => [c.subject, c.note])).toEqual([
      ['Own', undefined],
      ['Plain work', true],
    ]);
    // A report of commits with no note is the one made before the ref existed, byte for byte.
    await repo.git('notes', '--ref=leverage', 'remove', plain);
    expect((await openRepository(repo.dir, repo.dir)).hasNotes).toBe(true);
    expect((await cli(['report', '--date', DAY, '--timezone', 'UTC', '--format', 'json'], { cwd: repo.dir })).stdout).toBe(before.stdout);
  });

  it('a note on a commit with figures replaces them (a correction), counted once', async () => {
    const repo = await createTempRepo();
    const sha = await repo.commit({ message: leverageMessage('Work', { Task: 'Work', 'Human-Estimate': '3h', 'Claude-Minutes': 20 }), date: `${DAY}T09:00:00Z` });
    await addNote(repo, sha, 'Task: Work\nHuman-Estimate: 5h\nClaude-Minutes: 20\n');
    const json = await report(repo);
    expect(rows(json)).toEqual([['Work', 300, 20, [[sha, true, undefined]]]]);
    expect(json.commits).toHaveLength(1);
    const markdown = await cli(['report', '--date', DAY, '--timezone', 'UTC'], { cwd: repo.dir });
    expect(markdown.stdout).toContain(`1 record comes from a git note (refs/notes/leverage): \`${sha.slice(0, 12)}\`.`);
    const text = await cli(['report', '--date', DAY, '--timezone', 'UTC', '--format', 'text'], { cwd: repo.dir });
    expect(text.stdout).toContain(`1 record comes from a git note (refs/notes/leverage): ${sha.slice(0, 12)}.`);
    // A JSON report read back (merge) keeps the mark.
    const file = path.join(repo.dir, '.git', 'report.json');
    await writeFile(file, (await cli(['report', '--date', DAY, '--timezone', 'UTC', '--format', 'json'], { cwd: repo.dir })).stdout);
    const merged = JSON.parse((await cli(['merge', file, '--format', 'json'], { cwd: repo.dir })).stdout) as JsonReport;
    expect(rows(merged)).toEqual(rows(json));
  });

  it('a note in the listing form holds several records; on a squash commit it replaces the listed ones', async () => {
    const repo = await createTempRepo();
    const listed = '* Add parser\n\nTask: Parser\nHuman-Estimate: 3h\nClaude-Minutes: 20\n\n* Write docs\n\nTask: Docs\nHuman-Estimate: 1h\nClaude-Minutes: 10\n';
    const squash = await repo.commit({ message: `Parser work (#12)\n\n${listed}`, date: `${DAY}T12:00:00Z` });
    expect(rows(await report(repo)).map((row) => row.slice(0, 2))).toEqual([
      ['Parser', 180],
      ['Docs', 60],
    ]);
    await addNote(repo, squash, 'Parser work (#12)\n\n* Add parser\n\nTask: Parser\nHuman-Estimate: 4h\nClaude-Minutes: 20\n\n* Wire it\n\nTask: Wiring\nHuman-Estimate: 2h\nClaude-Minutes: 10\n');
    const json = await report(repo);
    expect(rows(json)).toEqual([
      ['Parser', 240, 20, [[squash, true, 1]]],
      ['Wiring', 120, 10, [[squash, true, 2]]],
    ]);
    expect(json.tasks[1]?.commits[0]?.embedded).toEqual({ index: 2, subject: 'Wire it' });
  });

  it('a note with invalid trailers skips its commit, listing the problems as the note\'s', async () => {
    const repo = await createTempRepo();
    const sha = await repo.commit({ message: leverageMessage('Work', { Task: 'Work', 'Human-Estimate': '3h', 'Claude-Minutes': 20 }), date: `${DAY}T09:00:00Z` });
    await addNote(repo, sha, 'Task: Work\nHuman-Estimate: soon\nClaude-Minutes: 20\n');
    const run = await cli(['report', '--date', DAY, '--timezone', 'UTC', '--format', 'json'], { cwd: repo.dir });
    expect(run.stderr).toContain('1 commit skipped');
    const json = JSON.parse(run.stdout) as JsonReport;
    expect(json.tasks).toEqual([]);
    expect(json.skipped.map((s) => [s.sha, s.note, s.problems.map((p) => p.key)])).toEqual([[sha, true, ['Human-Estimate']]]);
    const markdown = await cli(['report', '--date', DAY, '--timezone', 'UTC'], { cwd: repo.dir });
    expect(markdown.stdout).toMatch(new RegExp(`\`${sha.slice(0, 12)}\` in repo \\(Work\\), in its git note: Human-Estimate`));
  });

  it('a note without leverage trailers leaves the commit its own; `Leverage: none` withdraws them', async () => {
    const repo = await createTempRepo();
    const kept = await repo.commit({ message: leverageMessage('Kept', { Task: 'Kept', 'Human-Estimate': '1h', 'Claude-Minutes': 5 }), date: `${DAY}T09:00:00Z` });
    const withdrawn = await repo.commit({ message: leverageMessage('Twice', { Task: 'Twice', 'Human-Estimate': '1h', 'Claude-Minutes': 5 }), date: `${DAY}T10:00:00Z` });
    await addNote(repo, kept, 'Reviewed by Bo.\n');
    await addNote(repo, withdrawn, 'Counted in another repository.\n\nLeverage: none\n');
    expect(rows(await report(repo))).toEqual([['Kept', 60, 5, [[kept, false, undefined]]]]);
  });

  it('a note is read in both walks: one pass and dates first (a day long before now), and only in the window', async () => {
    const repo = await createTempRepo();
    const inDay = await repo.commit({ message: 'In the day\n', date: `${DAY}T09:00:00Z` });
    const later = await repo.commit({ message: 'Later\n', date: '2026-04-20T09:00:00Z' });
    await addNote(repo, inDay, 'Task: In\nHuman-Estimate: 1h\nClaude-Minutes: 5\n');
    await addNote(repo, later, 'Task: Out\nHuman-Estimate: 1h\nClaude-Minutes: 5\n');
    const opened = await openRepository(repo.dir, repo.dir);
    const window = dayWindow(DAY, 'UTC');
    for (const now of [undefined, Date.parse('2027-01-01T00:00:00Z') / 1000]) {
      const found: CommitFacts[] = [];
      for await (const batch of streamCommits(opened, { window, revs: [], keys: DEFAULT_TRAILER_KEYS, ...(now ? { now } : {}) })) found.push(...batch);
      expect(found.map((c) => [c.sha, c.note, c.trailers.map((t) => t.value)])).toEqual([[inDay, true, ['In', '1h', '5']]]);
    }
  });

  it("git's %N prints a NUL of a note blob as a line break, so a note cannot cut the walk's records", async () => {
    const repo = await createTempRepo();
    // The noted commit is the newer: walked first, a NUL in its note would shift every record after it.
    const other = await repo.commit({ message: leverageMessage('Before', { Task: 'Before', 'Human-Estimate': '1h', 'Claude-Minutes': 5 }), date: `${DAY}T09:00:00Z` });
    const sha = await repo.commit({ message: 'Binary note\n', date: `${DAY}T10:00:00Z` });
    const blob = (await runGit(['hash-object', '-w', '--stdin'], repo.dir, 'Task: Odd\nHuman-Estimate: 2h\nClaude-Minutes: 5\0\n', repo.env)).trim();
    await repo.git('notes', '--ref=leverage', 'add', '-C', blob, sha);
    expect(rows(await report(repo))).toEqual([
      ['Odd', 120, 5, [[sha, true, undefined]]],
      ['Before', 60, 5, [[other, false, undefined]]],
    ]);
  });
});
