/**
 * The number formats of the published Leverage Record (see test/fixtures/leverage-record-2026-04-12.md,
 * "What the figures obey"): 480.0x, 137.14x, 160h, 0.75h, 1,222.75, 4,129,000.
 */

/** Rounds half away from zero on the decimal value, not on its binary approximation (1.005 → 1.01). */
export function roundTo(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const scale = 10 ** digits;
  const scaled = Math.abs(value) * scale;
  // Away from a half, the binary error of the product (< 1e-6 below 1e9) cannot change which way
  // it rounds, and an integer divided by a power of ten is the double nearest the decimal: the
  // string path below gives the same number, at a fraction of the cost over thousands of cells.
  if (scaled < 1e9 && Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6) return (sign * Math.round(scaled)) / scale;
  const [mantissa = '0', exponent = '0'] = Math.abs(value).toPrecision(15).split('e');
  const shifted = Math.round(Number(`${mantissa}e${Number(exponent) + digits}`));
  // Past 2^53 the shifted value has no fraction to round (and its text would be exponent form).
  return Number.isSafeInteger(shifted) ? sign * Number(`${shifted}e-${digits}`) : value;
}

// toLocaleString would build a new Intl.NumberFormat on every call; the few formats used are built
// once, and only for the numbers the plain path below leaves to Intl.
const formatters = new Map<string, Intl.NumberFormat>();

function formatWithIntl(value: number, maxDigits: number, minDigits: number, grouping: boolean): string {
  const key = `${maxDigits}/${minDigits}/${grouping}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits, useGrouping: grouping });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/** Fixed-point text with at most `maxDigits` decimals and at least `minDigits`; optional thousands separators. */
export function formatDecimal(value: number, maxDigits: number, minDigits: number, grouping: boolean): string {
  const rounded = roundTo(value, maxDigits);
  // en-US digits by hand for the figures a record holds (a test holds this to Intl's output); Intl
  // for the rest (negative zero, huge values), which costs microseconds a cell.
  if (!(rounded >= 0 && rounded < 1e15) || Object.is(rounded, -0)) return formatWithIntl(rounded, maxDigits, minDigits, grouping);
  let whole: string;
  let decimals: string;
  if (rounded < 1e9) {
    // Far below 2^53 the shortest text that reads back as `rounded` is the decimal it was rounded
    // to, trailing zeros gone: String gives it (V8 caches it, too), with no trimming loop.
    const plain = String(rounded);
    const point = plain.indexOf('.');
    whole = point < 0 ? plain : plain.slice(0, point);
    const digits = point < 0 ? 0 : plain.length - point - 1;
    decimals = digits >= minDigits ? (point < 0 ? '' : plain.slice(point)) : `${point < 0 ? '.' : plain.slice(point)}${'0'.repeat(minDigits - digits)}`;
  } else {
    // toFixed prints the exact digits: `rounded` is the double nearest a number of maxDigits decimals.
    const fixed = rounded.toFixed(maxDigits);
    const point = maxDigits > 0 ? fixed.length - maxDigits - 1 : fixed.length;
    let end = fixed.length;
    while (end > point + 1 + minDigits && fixed.charCodeAt(end - 1) === 48) end -= 1;
    if (end === point + 1) end = point;
    whole = fixed.slice(0, point);
    decimals = fixed.slice(point, end);
  }
  if (!grouping || whole.length <= 3) return whole + decimals;
  let grouped = whole.slice(0, ((whole.length - 1) % 3) + 1);
  for (let at = grouped.length; at < whole.length; at += 3) grouped += `,${whole.slice(at, at + 3)}`;
  return grouped + decimals;
}

/** Per-task factor: 2 decimals, trailing zeros dropped but one kept, no grouping: `4800.0x`, `137.14x`. */
export function formatFactor(value: number | undefined): string {
  return value === undefined ? '-' : `${formatDecimal(value, 2, 1, false)}x`;
}

/** Weighted averages: 1 decimal: `119.5x`, `524.0x`. */
export function formatAverageFactor(value: number | undefined): string {
  return value === undefined ? '-' : `${formatDecimal(value, 1, 1, false)}x`;
}

/** Hours without a forced decimal: `160h`, `1.5h`, `0.75h`. */
export function formatHoursCell(minutes: number): string {
  return `${formatDecimal(minutes / 60, 2, 0, true)}h`;
}

/** Minutes without a forced decimal: `20m`, `2.5m`; `-` when absent. */
export function formatMinutesCell(minutes: number | undefined): string {
  return minutes === undefined ? '-' : `${formatDecimal(minutes, 2, 0, true)}m`;
}

/** Totals: thousands separators, up to 2 decimals: `1,222.75`, `614`, `4,129,000`. */
export function formatTotal(value: number | undefined): string {
  return value === undefined ? '-' : formatDecimal(value, 2, 0, true);
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A count in English words up to 999 (`thirty-seven`); larger counts stay digits with separators. */
export function countInWords(count: number): string {
  if (!Number.isInteger(count) || count < 0 || count > 999) return formatTotal(count);
  if (count < 20) return ONES[count] as string;
  if (count < 100) {
    const ones = count % 10;
    return `${TENS[Math.floor(count / 10)]}${ones ? `-${ONES[ones]}` : ''}`;
  }
  const rest = count % 100;
  return `${ONES[Math.floor(count / 100)]} hundred${rest ? ` and ${countInWords(rest)}` : ''}`;
}
