import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/configSchema.js';

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

  it('YAML syntax errors name the line', () => {
    expect(problemsOf('timezone: UTC\nsort: [factor\n')[0]).toMatch(/^line \d+: /);
  });
});
