import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAILER_KEYS, DEFAULT_TRAILER_OPTIONS, describeProblem, fieldOfKey, readLeverageTrailers, type Trailer } from '../../src/trailers/trailerSchema.js';

const t = (pairs: Record<string, string>): Trailer[] => Object.entries(pairs).map(([key, value]) => ({ key, value }));
const read = (pairs: Record<string, string>) => readLeverageTrailers(t(pairs), DEFAULT_TRAILER_OPTIONS);

describe('readLeverageTrailers', () => {
  it('a message without leverage trailers is none, whatever else it carries', () => {
    expect(read({ 'Signed-off-by': 'A <a@x>', 'Co-authored-by': 'B <b@x>' })).toEqual({ kind: 'none' });
  });

  it('reads a full record with every value grammar', () => {
    expect(read({ Task: 'Ship it', 'Human-Estimate': '1h30m', 'Claude-Minutes': '2.5', 'Supervisory-Minutes': '1h', Tokens: '4,129,000', 'Task-Id': 'SHIP-1' })).toEqual({
      kind: 'record',
      figures: { task: 'Ship it', taskId: 'SHIP-1', humanMinutes: 90, claudeMinutes: 2.5, supervisoryMinutes: 60, tokens: 4129000 },
    });
  });

  it('matches keys case-insensitively, as git does', () => {
    const verdict = read({ task: 'x', 'HUMAN-ESTIMATE': '2h', 'claude-minutes': '5' });
    expect(verdict.kind).toBe('record');
  });

  it('Task or Task-Id alone is a link', () => {
    expect(read({ 'Task-Id': 'NOTIF-1' })).toEqual({ kind: 'link', task: undefined, taskId: 'NOTIF-1' });
    expect(read({ Task: 'Notification service' })).toEqual({ kind: 'link', task: 'Notification service', taskId: undefined });
  });

  it('figures without Task, Human-Estimate or Claude-Minutes are invalid, each missing key named', () => {
    const verdict = read({ Tokens: '5k' });
    expect(verdict.kind).toBe('invalid');
    if (verdict.kind !== 'invalid') return;
    expect(verdict.problems.map((p) => p.key)).toEqual(['Task', 'Human-Estimate', 'Claude-Minutes']);
    expect(describeProblem(verdict.problems[0]!)).toMatch(/^Task is missing: a commit with figures needs Task, Human-Estimate, Claude-Minutes/);
  });

  it('lists every bad value at once with the accepted form', () => {
    const verdict = read({ Task: 'x', 'Human-Estimate': 'a while', 'Claude-Minutes': '0', Tokens: 'many' });
    expect(verdict.kind).toBe('invalid');
    if (verdict.kind !== 'invalid') return;
    const lines = verdict.problems.map(describeProblem);
    expect(lines).toEqual([
      'Human-Estimate: "a while" is not a duration (accepted: hours or a duration: 160h, 1.5h, 0.75h, 90m, 1h30m, 2d (a bare number means hours), from 1 minute to 10,000 hours)',
      'Claude-Minutes: "0" is not more than zero; the agent minutes must be more than zero (accepted: minutes: 20, 2.5, 20m, 1h5m (a bare number means minutes), from 0.1 minute to 10,000 hours)',
      'Tokens: "many" is not a token count (accepted: a whole number of tokens: 412000, 412k, 1.2M, 4,129,000, at most 1,000,000,000,000)',
    ]);
  });

  it('a leverage trailer given twice is an error, never a guess', () => {
    const verdict = read({ Task: 'x', 'Human-Estimate': '2h', 'Claude-Minutes': '5' });
    const twice = readLeverageTrailers([...t({ Task: 'x', 'Human-Estimate': '2h', 'Claude-Minutes': '5' }), { key: 'human-estimate', value: '3h' }], DEFAULT_TRAILER_OPTIONS);
    expect(verdict.kind).toBe('record');
    expect(twice.kind).toBe('invalid');
    if (twice.kind === 'invalid') expect(twice.problems[0]?.message).toContain('appears a second time (first "2h")');
  });

  it('an empty task text and a bad task id are rejected', () => {
    const verdict = read({ Task: '   ', 'Task-Id': 'two words' });
    expect(verdict.kind).toBe('invalid');
    if (verdict.kind === 'invalid') expect(verdict.problems.map((p) => p.message)).toEqual(['is empty', 'is not a valid task id']);
  });

  it('honours renamed keys and hoursPerDay', () => {
    const options = { keys: { ...DEFAULT_TRAILER_KEYS, claudeMinutes: 'Agent-Minutes' }, hoursPerDay: 6 };
    const verdict = readLeverageTrailers(t({ Task: 'x', 'Human-Estimate': '1d', 'Agent-Minutes': '10' }), options);
    expect(verdict).toMatchObject({ kind: 'record', figures: { humanMinutes: 360, claudeMinutes: 10 } });
    // The default key is no longer a leverage trailer once renamed.
    expect(readLeverageTrailers(t({ 'Claude-Minutes': '10' }), options)).toEqual({ kind: 'none' });
  });

  it('decides a figure text the same way every time, over thousands of distinct texts', () => {
    const first = read({ Task: 'x', 'Human-Estimate': 'a while', 'Claude-Minutes': '2.5' });
    const again = read({ Task: 'y', 'Human-Estimate': 'a while', 'Claude-Minutes': '2.5' });
    expect(again).toEqual(first);
    expect(first.kind).toBe('invalid');
    // Thousands of distinct estimates (more than are remembered), each decided on its own text.
    for (let quarter = 1; quarter <= 5000; quarter += 1) {
      const verdict = read({ Task: `task ${quarter}`, 'Human-Estimate': `${quarter / 4}h`, 'Claude-Minutes': `${quarter}m` });
      expect(verdict.kind === 'record' && verdict.figures.humanMinutes === quarter * 15 && verdict.figures.claudeMinutes === quarter).toBe(true);
    }
    expect(read({ Task: 'z', 'Human-Estimate': '1250.25h', 'Claude-Minutes': '0' })).toMatchObject({ kind: 'invalid', problems: [{ key: 'Claude-Minutes', value: '0' }] });
    // The same text in two fields is two verdicts: a bare number is hours in one, minutes in the other.
    expect(read({ Task: 'w', 'Human-Estimate': '2', 'Claude-Minutes': '2' })).toMatchObject({ kind: 'record', figures: { humanMinutes: 120, claudeMinutes: 2 } });
    expect(read({ Task: 'z', 'Human-Estimate': '1250.25h', 'Claude-Minutes': '5000m' })).toMatchObject({ kind: 'record', figures: { humanMinutes: 75015, claudeMinutes: 5000 } });
  });
});

describe('bounds on figures: accepted at the bound, refused past it with the bound and the accepted form', () => {
  const record = { Task: 'x', 'Human-Estimate': '2h', 'Claude-Minutes': '5' };
  const problemOf = (pairs: Record<string, string>) => {
    const verdict = read({ ...record, ...pairs });
    return verdict.kind === 'invalid' ? verdict.problems.map(describeProblem) : verdict;
  };

  it.each([
    ['Human-Estimate', '10000h', 'humanMinutes', 600_000],
    ['Human-Estimate', '1250d', 'humanMinutes', 600_000],
    ['Human-Estimate', '1m', 'humanMinutes', 1],
    ['Claude-Minutes', '600000', 'claudeMinutes', 600_000],
    ['Claude-Minutes', '10000h', 'claudeMinutes', 600_000],
    ['Claude-Minutes', '0.1', 'claudeMinutes', 0.1],
    ['Supervisory-Minutes', '0.1m', 'supervisoryMinutes', 0.1],
    ['Supervisory-Minutes', '600000m', 'supervisoryMinutes', 600_000],
    ['Tokens', '1000000000000', 'tokens', 1e12],
    ['Tokens', '1000B', 'tokens', 1e12],
    ['Tokens', '1,000,000,000,000', 'tokens', 1e12],
  ])('%s: %s is accepted', (key, value, field, figure) => {
    expect(read({ ...record, [key]: value })).toMatchObject({ kind: 'record', figures: { [field]: figure } });
  });

  it.each([
    ['Human-Estimate', '10000.01h', 'is more than 10,000 hours; the human estimate is at most 10,000 hours (accepted: hours or a duration: 160h, 1.5h, 0.75h, 90m, 1h30m, 2d (a bare number means hours), from 1 minute to 10,000 hours)'],
    ['Human-Estimate', '99999999999999999999h', 'is more than 10,000 hours; the human estimate is at most 10,000 hours'],
    ['Human-Estimate', '0.99m', 'is less than 1 minute; the human estimate is at least 1 minute'],
    ['Claude-Minutes', '600000.01', 'is more than 10,000 hours; the agent minutes are at most 10,000 hours (accepted: minutes: 20, 2.5, 20m, 1h5m (a bare number means minutes), from 0.1 minute to 10,000 hours)'],
    ['Claude-Minutes', '0.0001', 'is less than 0.1 minute; the agent minutes are at least 0.1 minute'],
    ['Claude-Minutes', '0.09', 'is less than 0.1 minute; the agent minutes are at least 0.1 minute'],
    ['Supervisory-Minutes', '0.09m', 'is less than 0.1 minute; supervisory minutes are at least 0.1 minute'],
    ['Supervisory-Minutes', '10001h', 'is more than 10,000 hours; supervisory minutes are at most 10,000 hours'],
    ['Tokens', '1000000000001', 'is more than 1,000,000,000,000 tokens; a commit records at most a trillion tokens (accepted: a whole number of tokens: 412000, 412k, 1.2M, 4,129,000, at most 1,000,000,000,000)'],
    ['Tokens', '99999999999999999999', 'is more than 1,000,000,000,000 tokens'],
  ])('%s: %s is refused', (key, value, message) => {
    expect(problemOf({ [key]: value })).toEqual([expect.stringContaining(`${key}: "${value}" ${message}`)]);
  });
});

describe('fieldOfKey', () => {
  it('finds a field by any case and surrounding space, and nothing for other trailers', () => {
    for (const key of ['Task', 'task', 'TASK', ' Task ']) expect(fieldOfKey(key, DEFAULT_TRAILER_KEYS)).toBe('task');
    expect(fieldOfKey('claude-MINUTES', DEFAULT_TRAILER_KEYS)).toBe('claudeMinutes');
    expect(fieldOfKey('Signed-off-by', DEFAULT_TRAILER_KEYS)).toBeUndefined();
    expect(fieldOfKey('Task-Ids', DEFAULT_TRAILER_KEYS)).toBeUndefined();
  });

  it('follows each key set it is given, renamed keys included', () => {
    const renamed = { ...DEFAULT_TRAILER_KEYS, claudeMinutes: 'Agent-Minutes' };
    expect(fieldOfKey('agent-minutes', renamed)).toBe('claudeMinutes');
    expect(fieldOfKey('Claude-Minutes', renamed)).toBeUndefined();
    expect(fieldOfKey('Claude-Minutes', DEFAULT_TRAILER_KEYS)).toBe('claudeMinutes');
  });

  it('two keys that differ only in case name the first field, however the trailer is spelled', () => {
    const clashing = { ...DEFAULT_TRAILER_KEYS, task: 'Work', taskId: 'WORK' };
    expect(fieldOfKey('WORK', clashing)).toBe('task');
    expect(fieldOfKey('Work', clashing)).toBe('task');
  });
});
