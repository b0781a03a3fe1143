/**
 * A day or span on a shallow checkout fetches the history since the window's start (less a day),
 * not all of it: checked on real clones of a file:// remote with a dated history.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureHistory } from '../../src/action/ensureHistory.js';
import { describeFetch, shallowSinceDate } from '../../src/action/shallowSince.js';
import { runGit } from '../../src/git/runGit.js';
import { dayWindow, daysWindow } from '../../src/window/reportWindow.js';
import { createTempRepo, makeTempDir, removeTempDirs, repoAt, type TempRepo } from '../helpers/tempRepo.js';
import { rec } from './helpers/fixtures.js';
import { runAction } from './helpers/runAction.js';

afterAll(removeTempDirs);

const DAYS = 40; // 2026-03-04 .. 2026-04-12, one commit a day at 10:00 UTC
const dayOf = (index: number) => new Date(Date.UTC(2026, 3, 12 - (DAYS - 1 - index))).toISOString().slice(0, 10);

let bare: string;
let env: NodeJS.ProcessEnv;
let gapBare: string;

async function bareOf(work: TempRepo): Promise<string> {
  const dir = path.join(await makeTempDir('git-leverage-bare-'), 'history.git');
  await runGit(['init', '--quiet', '--bare', '--initial-branch=main', dir], work.dir, undefined, work.env);
  await work.git('push', '--quiet', dir, 'main');
  return dir;
}

beforeAll(async () => {
  const work = await createTempRepo({ name: 'history' });
  for (let index = 0; index < DAYS; index += 1) {
    const day = dayOf(index);
    await work.commit({ message: day >= '2026-04-11' ? rec(`Work of ${day}`, '2h', '10') : `Change of ${day}\n`, date: `${day}T10:00:00Z` });
  }
  bare = await bareOf(work);
  env = work.env;
  // A quiet month: the first commit of 2026-04-10 has a parent from 2026-03-01.
  const gap = await createTempRepo({ name: 'gap' });
  await gap.commit({ message: 'Old\n', date: '2026-03-01T10:00:00Z' });
  await gap.commit({ message: rec('Back to work', '3h', '15'), date: '2026-04-10T10:00:00Z' });
  await gap.commit({ message: rec('More work', '1h', '5'), date: '2026-04-10T12:00:00Z' });
  gapBare = await bareOf(gap);
});

async function shallowClone(from: string): Promise<TempRepo> {
  const dir = path.join(await makeTempDir('git-leverage-ws-'), 'ws');
  await runGit(['clone', '--quiet', '--depth=1', `file://${from}`, dir], path.dirname(dir), undefined, env);
  return repoAt(dir);
}

const subjects = async (repo: TempRepo) => (await repo.git('log', '--format=%s', 'HEAD')).trim().split('\n');
const authorTimes = async (repo: TempRepo, shas: string[]) => (await repo.git('log', '--no-walk', '--format=%at', ...shas)).trim().split('\n').map(Number);

describe('shallowSinceDate and describeFetch (pure)', () => {
  it('the window start less the look-back, in whole UTC seconds; a bad value names the accepted form', () => {
    const start = dayWindow('2026-04-10', 'Europe/Berlin').start as number; // 2026-04-09T22:00:00Z
    expect(shallowSinceDate(start)).toBe('2026-04-08T22:00:00Z');
    expect(shallowSinceDate(start, 90)).toBe('2026-01-09T22:00:00Z');
    expect(shallowSinceDate(start, 0)).toBe('2026-04-09T22:00:00Z');
    expect(() => shallowSinceDate(start, -1)).toThrow('look-back -1 is not a whole number of days (accepted: 0 or more)');
    expect(() => shallowSinceDate(Number.NaN)).toThrow(/accepted: seconds since the epoch/);
  });

  it('reads the object count and the bytes from git fetch --progress', () => {
    const stderr = 'remote: Total 602 (delta 594), reused 296 (delta 295), pack-reused 0\nReceiving objects:  50% (301/602)\rReceiving objects: 100% (602/602), 39.11 KiB | 19.55 MiB/s, done.\n';
    expect(describeFetch(stderr)).toEqual({ objects: 602, received: '39.11 KiB' });
    expect(describeFetch('remote: Total 2 (delta 0), reused 0 (delta 0), pack-reused 0\n')).toEqual({ objects: 2, received: undefined });
    expect(describeFetch('')).toEqual({ objects: undefined, received: undefined });
  });
});

describe('a day or span on a shallow checkout', () => {
  it('fetches the window and one day before it, no more; the clone stays shallow and says what it fetched', async () => {
    const clone = await shallowClone(bare);
    const messages: string[] = [];
    await ensureHistory(clone.dir, [], { start: dayWindow('2026-04-11', 'UTC').start as number }, { info: (m) => messages.push(m) }, clone.env);
    expect(await clone.git('rev-parse', '--is-shallow-repository')).toBe('true\n');
    expect(await subjects(clone)).toEqual(['Work on Work of 2026-04-12', 'Work on Work of 2026-04-11', 'Change of 2026-04-10']);
    expect(messages).toEqual(['the checkout is shallow: fetching the history since 2026-04-10T00:00:00Z', expect.stringMatching(/^fetched 2 commits since 2026-04-10T00:00:00Z \(\d+ objects\)$/)]);
  });

  it('a span of days, and a look-back of 90 days, fetch what they name', async () => {
    const clone = await shallowClone(bare);
    await ensureHistory(clone.dir, [], { start: daysWindow('2026-04-01', '2026-04-05', 'UTC', '2026-04-13').start as number }, { info: () => undefined }, clone.env);
    expect((await subjects(clone)).at(-1)).toBe('Change of 2026-03-31');
    const wide = await shallowClone(bare);
    await ensureHistory(wide.dir, [], { start: dayWindow('2026-04-11', 'UTC').start as number, lookBackDays: 90 }, { info: () => undefined }, wide.env);
    expect(await subjects(wide)).toHaveLength(DAYS); // all of it: it is younger than 90 days
  });

  it('a boundary commit authored inside the window (its parent a month older) is deepened past', async () => {
    const clone = await shallowClone(gapBare);
    const start = dayWindow('2026-04-10', 'UTC').start as number;
    const messages: string[] = [];
    await ensureHistory(clone.dir, [], { start }, { info: (m) => messages.push(m) }, clone.env);
    const boundary = (await readFile(path.join(clone.dir, '.git', 'shallow'), 'utf8').catch(() => '')).split('\n').filter(Boolean);
    for (const time of await authorTimes(clone, boundary)) expect(time).toBeLessThan(start);
    expect(messages.some((m) => /authored inside the window: git fetch --deepen=1$/.test(m))).toBe(true);
    expect(await subjects(clone)).toEqual(['Work on More work', 'Work on Back to work', 'Old']);
  });

  it('a window after the last commit: origin has nothing since, and nothing is fetched', async () => {
    const clone = await shallowClone(bare);
    const messages: string[] = [];
    await ensureHistory(clone.dir, [], { start: dayWindow('2026-05-01', 'UTC').start as number }, { info: (m) => messages.push(m) }, clone.env);
    expect(messages.at(-1)).toBe('origin has no commits since 2026-04-30T00:00:00Z: nothing more to fetch');
    expect(await subjects(clone)).toHaveLength(1);
  });

  it('the Action on a schedule with fetch-depth 1 reports yesterday from a shallow fetch', async () => {
    const clone = await shallowClone(gapBare);
    // Without the estimate check, a day needs only the day before it.
    await writeFile(path.join(clone.dir, 'leverage.yml'), 'estimates:\n  check: false\n');
    const run = await runAction({
      workspace: clone.dir,
      eventName: 'schedule',
      payload: { schedule: '0 6 * * *', repository: { full_name: 'acme/widgets', default_branch: 'main' } },
      now: '2026-04-11T06:00:00Z',
      inputs: { config: 'leverage.yml' },
    });
    expect(run.code, run.log).toBe(0);
    expect(run.log).toContain('.: the checkout is shallow: fetching the history since 2026-04-09T00:00:00Z');
    expect(run.log).toMatch(/\.: fetched 2 commits since 2026-04-09T00:00:00Z/);
    expect(run.log).toContain('.: origin has no refs/notes/leverage');
    expect(run.outputs.tasks).toBe('2');
    expect(await clone.git('rev-parse', '--is-shallow-repository')).toBe('true\n');
  });

  it('with the estimate check on (the default), the fetch reaches back over its look-back too', async () => {
    const clone = await shallowClone(gapBare);
    const run = await runAction({
      workspace: clone.dir,
      eventName: 'schedule',
      payload: { schedule: '0 6 * * *', repository: { full_name: 'acme/widgets', default_branch: 'main' } },
      now: '2026-04-11T06:00:00Z',
    });
    expect(run.code, run.log).toBe(0);
    // The day before the window, less the default look-back of 90 days: 2026-04-09 − 90 days.
    expect(run.log).toContain('.: the checkout is shallow: fetching the history since 2026-01-09T00:00:00Z');
    expect(run.outputs.tasks).toBe('2');
  });
});
