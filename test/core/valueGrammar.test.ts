import { describe, expect, it } from 'vitest';
import { checkTrailerValue, FIGURE_BOUNDS, parseDurationMinutes, parseTokens, TASK_ID_PATTERN } from '../../src/trailers/valueGrammar.js';

describe('Human-Estimate grammar (bare number = hours)', () => {
  it.each([
    ['160h', 9600],
    ['1.5h', 90],
    ['0.75h', 45],
    ['90m', 90],
    ['1h30m', 90],
    ['1h 30m', 90],
    ['2d', 960],
    ['1d4h', 720],
    ['3', 180],
    ['0.5', 30],
    [' 8h ', 480],
    ['2H', 120],
  ])('%s is %d minutes', (text, minutes) => {
    expect(parseDurationMinutes(text, 'h', 8)).toBe(minutes);
  });

  it('counts a day as hoursPerDay hours', () => {
    expect(parseDurationMinutes('2d', 'h', 6)).toBe(720);
  });

  it.each(['', 'h', 'abc', '1.5.2h', '-2h', '2 hours', '1h30', '30m1h', '1,5h', '.5h', '2w', '1e3', 'NaN', 'Infinity'])('rejects %j', (text) => {
    expect(parseDurationMinutes(text, 'h', 8)).toBeUndefined();
  });
});

describe('minutes grammar (bare number = minutes)', () => {
  it.each([
    ['20', 20],
    ['2.5', 2.5],
    ['20m', 20],
    ['1h5m', 65],
    ['1h', 60],
  ])('%s is %d minutes', (text, minutes) => {
    expect(parseDurationMinutes(text, 'm', 8)).toBe(minutes);
  });

  it.each(['twenty', '20 min', '5s', '-5', '', ' '])('rejects %j', (text) => {
    expect(parseDurationMinutes(text, 'm', 8)).toBeUndefined();
  });
});

describe('Tokens grammar', () => {
  it.each([
    ['412000', 412000],
    ['412k', 412000],
    ['412K', 412000],
    ['1.2M', 1200000],
    ['1.2m', 1200000],
    ['4,129,000', 4129000],
    ['0', 0],
    ['2B', 2000000000],
    ['1.5k', 1500],
  ])('%s is %d tokens', (text, tokens) => {
    expect(parseTokens(text)).toBe(tokens);
  });

  it.each(['', 'lots', '4,12,000', '41,29000', '1.2345k', '1.2', '-5', '12 tokens', ',000', '1,000,00'])('rejects %j', (text) => {
    expect(parseTokens(text)).toBeUndefined();
  });
});

describe('Task-Id', () => {
  it.each(['NOTIF-12', 'a', 'proj/123', 'GH#42', 'x.y_z:1'])('accepts %s', (id) => expect(TASK_ID_PATTERN.test(id)).toBe(true));
  it.each(['', 'two words', '-leading', 'x'.repeat(65), 'semi;colon'])('rejects %j', (id) => expect(TASK_ID_PATTERN.test(id)).toBe(false));
});

describe('checkTrailerValue', () => {
  it('gives the text trimmed, or says what is wrong with it', () => {
    expect(checkTrailerValue('task', '  Ship it ', 8)).toEqual({ ok: true, value: 'Ship it' });
    expect(checkTrailerValue('task', 'x'.repeat(2000), 8)).toMatchObject({ ok: true });
    expect(checkTrailerValue('task', 'x'.repeat(2001), 8)).toEqual({ ok: false, message: 'is longer than 2,000 characters' });
    expect(checkTrailerValue('taskId', ' NOTIF-1 ', 8)).toEqual({ ok: true, value: 'NOTIF-1' });
  });

  it('reads a bare number as hours for the estimate and as minutes for the others, with the day of hoursPerDay', () => {
    expect(checkTrailerValue('humanEstimate', '2', 8)).toEqual({ ok: true, value: 120 });
    expect(checkTrailerValue('claudeMinutes', '2', 8)).toEqual({ ok: true, value: 2 });
    expect(checkTrailerValue('humanEstimate', '1250d', 8)).toEqual({ ok: true, value: FIGURE_BOUNDS.humanMinutes.max });
    expect(checkTrailerValue('humanEstimate', '1250d', 9)).toMatchObject({ ok: false, message: expect.stringMatching(/^is more than 10,000 hours/) });
  });

  it('holds every bound inclusive', () => {
    expect(checkTrailerValue('humanEstimate', `${FIGURE_BOUNDS.humanMinutes.min}m`, 8)).toMatchObject({ ok: true });
    expect(checkTrailerValue('supervisoryMinutes', String(FIGURE_BOUNDS.agentMinutes.min), 8)).toMatchObject({ ok: true });
    expect(checkTrailerValue('tokens', String(FIGURE_BOUNDS.tokens.max), 8)).toMatchObject({ ok: true });
    expect(checkTrailerValue('tokens', String(FIGURE_BOUNDS.tokens.max + 1), 8)).toMatchObject({ ok: false });
  });
});
