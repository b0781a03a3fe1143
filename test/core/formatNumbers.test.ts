import { describe, expect, it } from 'vitest';
import { countInWords, formatAverageFactor, formatDecimal, formatFactor, formatHoursCell, formatMinutesCell, formatTotal, roundTo } from '../../src/render/formatNumbers.js';

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

describe('the plain paths of roundTo and formatDecimal agree with the decimal-string and Intl forms', () => {
  /** roundTo's general form: round the 15-digit decimal text, never the binary value. */
  function roundOnDecimalText(value: number, digits: number): number {
    const sign = value < 0 ? -1 : 1;
    const [mantissa = '0', exponent = '0'] = Math.abs(value).toPrecision(15).split('e');
    return sign * Number(`${Math.round(Number(`${mantissa}e${Number(exponent) + digits}`))}e-${digits}`);
  }
  /** Seeded, so a failure names a value that can be replayed. */
  function* samples(count: number): Generator<number> {
    let seed = 12345;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < count; i += 1) {
      const kind = i % 5;
      const magnitude = 10 ** Math.floor(next() * 16 - 3); // 0.001 to 1e12: both of formatDecimal's paths
      if (kind === 0) yield next() * magnitude;
      else if (kind === 1) yield Math.round(next() * 100000) / 1000 + 0.0005; // halves at 3 decimals
      else if (kind === 2) yield Math.round(next() * 1e6) / 100 + 0.005; // halves at 2 decimals (1.005 and kin)
      else if (kind === 3) yield Math.round(next() * magnitude);
      else yield (Math.round(next() * 1e6) / 1e6) * magnitude;
    }
  }

  it('over 50,000 values at every precision the record uses', () => {
    const mismatches: string[] = [];
    const precisions = ([[2, 1, false], [1, 1, false], [2, 0, true], [1, 0, true], [0, 0, true]] as const).map(([max, min, grouping]) => ({
      max,
      min,
      grouping,
      intl: new Intl.NumberFormat('en-US', { minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: grouping }),
    }));
    for (const value of samples(50_000)) {
      for (const { max, min, grouping, intl } of precisions) {
        const expectedRounded = roundOnDecimalText(value, max);
        if (roundTo(value, max) !== expectedRounded) mismatches.push(`roundTo(${value}, ${max}) = ${roundTo(value, max)}, decimal text gives ${expectedRounded}`);
        const expected = intl.format(expectedRounded);
        const actual = formatDecimal(value, max, min, grouping);
        if (actual !== expected) mismatches.push(`formatDecimal(${value}, ${max}, ${min}, ${grouping}) = ${actual}, Intl gives ${expected}`);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('negative zero, negatives and huge values still format as Intl does', () => {
    expect(formatDecimal(-0.001, 2, 0, true)).toBe(new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(-0));
    expect(formatDecimal(-1234.5, 2, 1, true)).toBe('-1,234.5');
    expect(formatDecimal(1e21, 2, 0, true)).toBe('1,000,000,000,000,000,000,000');
  });
});
