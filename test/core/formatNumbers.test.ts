import { describe, expect, it } from 'vitest';
import { countInWords, formatAverageFactor, formatFactor, formatHoursCell, formatMinutesCell, formatTotal, roundTo } from '../../src/render/formatNumbers.js';

describe('number formats of the published record', () => {
  it.each([
    [480, '480.0x'],
    [80 * 60 / 35, '137.14x'],
    [22.5, '22.5x'],
    [120 / 11, '10.91x'],
    [40 * 60 / 35, '68.57x'],
    [4800, '4800.0x'],
    [1.005, '1.01x'],
    [0.125, '0.13x'],
    [2.675, '2.68x'],
  ])('factor %d → %s', (value, text) => expect(formatFactor(value)).toBe(text));

  it('weighted averages keep one decimal', () => {
    expect(formatAverageFactor(73365 / 614)).toBe('119.5x');
    expect(formatAverageFactor(73365 / 140)).toBe('524.0x');
    expect(formatAverageFactor(undefined)).toBe('-');
  });

  it('hours drop a forced decimal; minutes likewise; - for none', () => {
    expect(formatHoursCell(9600)).toBe('160h');
    expect(formatHoursCell(90)).toBe('1.5h');
    expect(formatHoursCell(45)).toBe('0.75h');
    expect(formatHoursCell(80)).toBe('1.33h');
    expect(formatHoursCell(72000)).toBe('1,200h');
    expect(formatMinutesCell(20)).toBe('20m');
    expect(formatMinutesCell(2.5)).toBe('2.5m');
    expect(formatMinutesCell(undefined)).toBe('-');
  });

  it('totals group thousands', () => {
    expect(formatTotal(1222.75)).toBe('1,222.75');
    expect(formatTotal(4129000)).toBe('4,129,000');
    expect(formatTotal(614)).toBe('614');
    expect(formatTotal(undefined)).toBe('-');
  });

  it('rounds half away from zero on the decimal value', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(119.45, 1)).toBe(119.5);
    expect(roundTo(-1.005, 2)).toBe(-1.01);
    expect(roundTo(1e-7, 2)).toBe(0);
  });

  it('counts in words', () => {
    expect(countInWords(37)).toBe('thirty-seven');
    expect(countInWords(1)).toBe('one');
    expect(countInWords(40)).toBe('forty');
    expect(countInWords(115)).toBe('one hundred and fifteen');
    expect(countInWords(1234)).toBe('1,234');
  });
});
