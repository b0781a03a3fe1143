import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/configSchema.js';
import { loadConfig } from '../../src/config/loadConfig.js';

function problemsOf(text: string): string[] {
  try {
    parseConfig(text, '.leverage.yml');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('.leverage.yml', () => {
  it('defaults when empty', () => {
    const config = parseConfig('', '.leverage.yml');
    expect(config).toMatchObject({ sort: 'factor', agent: 'Claude', require: 'never', measure: false, idleMinutes: 5, timezone: undefined });
    expect(config.trailerOptions.keys.humanEstimate).toBe('Human-Estimate');
    expect(config.trailerOptions.hoursPerDay).toBe(8);
  });

  it('reads every key', () => {
    const config = parseConfig(
      'timezone: Europe/Berlin\nhoursPerDay: 6\nrevs: [main, release]\nsort: time\nagent: Codex\ntrailers:\n  claudeMinutes: Agent-Minutes\nrequire: records\nmeasure: true\nidleMinutes: 10\nchart: none\n',
      '.leverage.yml',
    );
    expect(config).toMatchObject({ timezone: 'Europe/Berlin', revs: ['main', 'release'], sort: 'time', agent: 'Codex', require: 'records', measure: true, idleMinutes: 10, chart: 'none' });
    expect(config.trailerOptions).toEqual({ hoursPerDay: 6, keys: expect.objectContaining({ claudeMinutes: 'Agent-Minutes', task: 'Task' }) });
  });

  it('an unknown key is an error naming the key and its line', () => {
    expect(problemsOf('timezone: UTC\n\ntimzone: UTC\n')).toEqual([expect.stringMatching(/^line 3: unknown key "timzone" \(known keys: timezone, /)]);
    expect(problemsOf('trailers:\n  task: Job\n  human: Estimate\n')).toEqual([expect.stringMatching(/^line 3: unknown key "trailers.human"/)]);
  });

  it('a bad value names the key and line', () => {
    expect(problemsOf('sort: random\n')).toEqual([expect.stringMatching(/^line 1: sort: /)]);
    expect(problemsOf('hoursPerDay: -1\n')).toEqual([expect.stringMatching(/^line 1: hoursPerDay: /)]);
    expect(problemsOf('trailers:\n  task: "Not A Key"\n')).toEqual(['line 2: trailers.task: a trailer key is letters, digits and dashes, e.g. Human-Estimate']);
  });

  it('two fields with one key (as git compares keys, without case) is an error naming both fields', () => {
    expect(problemsOf('trailers:\n  claudeMinutes: Task\n')).toEqual([
      'line 2: trailers.claudeMinutes: "Task" is also the key of task (its default key "Task"); each field needs its own key (git matches keys without regard to case)',
    ]);
    expect(problemsOf('hoursPerDay: 6\ntrailers:\n  task: Work\n  taskId: WORK\n')).toEqual([
      'line 4: trailers.taskId: "WORK" is also the key of task ("Work"); each field needs its own key (git matches keys without regard to case)',
    ]);
    expect(problemsOf('trailers:\n  tokens: human-estimate\n')).toEqual([expect.stringMatching(/^line 2: trailers.tokens: "human-estimate" is also the key of humanEstimate \(its default key "Human-Estimate"\)/)]);
    // Swapping two keys leaves every key with one field.
    expect(problemsOf('trailers:\n  task: Task-Id\n  taskId: Task\n')).toEqual([]);
    expect(parseConfig('trailers:\n  task: Task-Id\n  taskId: Task\n', '.leverage.yml').trailerOptions.keys).toMatchObject({ task: 'Task-Id', taskId: 'Task' });
  });

  it('YAML syntax errors name the line', () => {
    expect(problemsOf('timezone: UTC\nsort: [factor\n')[0]).toMatch(/^line \d+: /);
  });

  it('the loader refuses a .leverage.yml that gives two fields one key, naming the file and both fields', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'git-leverage-test-config-'));
    try {
      await writeFile(path.join(folder, '.leverage.yml'), 'timezone: UTC\ntrailers:\n  claudeMinutes: TASK\n');
      const error = await loadConfig(folder).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toMatch(/\.leverage\.yml: invalid configuration\n {2}- line 3: trailers\.claudeMinutes: "TASK" is also the key of task \(its default key "Task"\)/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('timezone in .leverage.yml', () => {
  it('a zone this machine does not know is a config error on its line, with the accepted form', () => {
    expect(() => parseConfig('sort: time\ntimezone: Mars/Olympus\n', '.leverage.yml')).toThrow(/line 2: timezone: "Mars\/Olympus" is not a time zone this machine knows \(accepted: an IANA zone name/);
    expect(parseConfig('timezone: Europe/Berlin\n', '.leverage.yml').timezone).toBe('Europe/Berlin');
  });
});
