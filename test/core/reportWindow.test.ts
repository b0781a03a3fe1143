import { describe, expect, it } from 'vitest';
import { dateIn, dayWindow, daysWindow, isInWindow } from '../../src/window/reportWindow.js';
import { checkWindowRequest, resolveWindow } from '../../src/window/windowRequest.js';
import { UsageError } from '../../src/userError.js';

const iso = (seconds: number | undefined) => new Date((seconds ?? NaN) * 1000).toISOString();

describe('report windows', () => {
  it('a day is local midnight to local midnight', () => {
    const window = dayWindow('2026-04-12', 'America/New_York');
    expect([iso(window.start), iso(window.end)]).toEqual(['2026-04-12T04:00:00.000Z', '2026-04-13T04:00:00.000Z']);
  });

  it('DST days are 23 and 25 hours long', () => {
    const spring = dayWindow('2026-03-08', 'America/New_York');
    const autumn = dayWindow('2026-11-01', 'America/New_York');
    expect((spring.end! - spring.start!) / 3600).toBe(23);
    expect((autumn.end! - autumn.start!) / 3600).toBe(25);
    const berlin = dayWindow('2026-03-29', 'Europe/Berlin');
    expect((berlin.end! - berlin.start!) / 3600).toBe(23);
  });

  it('where DST skips midnight, a day starts at 01:00 and ends where the next day starts', () => {
    // America/Santiago moves its clocks from 00:00 to 01:00 on 2026-09-06: that day has no midnight.
    const skipped = dayWindow('2026-09-06', 'America/Santiago');
    const next = dayWindow('2026-09-07', 'America/Santiago');
    expect([iso(skipped.start), iso(skipped.end)]).toEqual(['2026-09-06T04:00:00.000Z', '2026-09-07T03:00:00.000Z']);
    expect((skipped.end! - skipped.start!) / 3600).toBe(23);
    expect(next.start).toBe(skipped.end);
    const before = dayWindow('2026-09-05', 'America/Santiago');
    expect(before.end).toBe(skipped.start);
    const span = daysWindow('2026-09-05', '2026-09-06', 'America/Santiago', '2026-12-03');
    expect([span.start, span.end]).toEqual([before.start, next.start]);
  });

  it('a zone far from UTC: the day starts the previous UTC day', () => {
    const window = dayWindow('2026-01-01', 'Pacific/Kiritimati');
    expect(iso(window.start)).toBe('2025-12-31T10:00:00.000Z');
  });

  it('since/until take whole days, both included', () => {
    const window = daysWindow('2026-04-01', '2026-04-30', 'Europe/Berlin', '2026-11-25');
    expect([iso(window.start), iso(window.end), window.label]).toEqual(['2026-03-31T22:00:00.000Z', '2026-04-30T22:00:00.000Z', '2026-04-01 to 2026-04-30']);
    expect(daysWindow('2026-11-20', undefined, 'UTC', '2026-11-25').label).toBe('2026-11-20 to 2026-11-25');
  });

  it('the end is exclusive', () => {
    const window = dayWindow('2026-04-12', 'UTC');
    expect(isInWindow(window, window.start!)).toBe(true);
    expect(isInWindow(window, window.end!)).toBe(false);
    expect(isInWindow(window, window.end! - 1)).toBe(true);
  });

  it('rejects bad dates, bad zones and reversed spans with the accepted form', () => {
    expect(() => dayWindow('12/04/2026', 'UTC')).toThrow('--date "12/04/2026" is not a date (accepted: YYYY-MM-DD, e.g. 2026-04-12)');
    expect(() => dayWindow('2026-02-30', 'UTC')).toThrow('--date "2026-02-30" is not a calendar date (accepted: YYYY-MM-DD, a day the calendar has, e.g. 2026-04-12)');
    expect(() => dayWindow('2026-04-12', 'Mars/Olympus')).toThrow('unknown time zone "Mars/Olympus" (accepted: an IANA zone name');
    expect(() => daysWindow('2026-04-30', '2026-04-01', 'UTC', '2026-11-25')).toThrow('--until 2026-04-01 is before --since 2026-04-30');
    // Without --until the span ends today: the message names the day, not an absent flag.
    expect(() => daysWindow('2099-01-01', undefined, 'Asia/Tokyo', '2026-11-25')).toThrow('--since 2099-01-01 is after today (2026-11-25 in Asia/Tokyo), where the span ends without --until');
  });

  it('today and yesterday depend on the zone, not the machine', () => {
    const now = new Date('2026-04-13T02:30:00Z');
    expect(dateIn('UTC', now)).toBe('2026-04-13');
    expect(dateIn('America/Los_Angeles', now)).toBe('2026-04-12');
    expect(dateIn('America/Los_Angeles', now, -1)).toBe('2026-04-11');
  });
});

describe('window requests (CLI flags and Action inputs alike)', () => {
  const now = new Date('2026-04-12T23:30:00Z');

  it('today in the request\'s zone, else the configured one', () => {
    expect(resolveWindow({ timezone: 'Asia/Tokyo' }, 'UTC', now).label).toBe('2026-04-13');
    expect(resolveWindow({}, 'UTC', now).label).toBe('2026-04-12');
    expect(resolveWindow({}, 'America/Los_Angeles', now).label).toBe('2026-04-12');
  });

  it('a range, all history, a date, a span', () => {
    expect(resolveWindow({ range: 'main..topic' }, 'UTC', now)).toEqual({ kind: 'range', label: 'main..topic', timezone: 'UTC', range: 'main..topic' });
    expect(resolveWindow({ allHistory: true }, 'UTC', now).kind).toBe('all');
    expect(resolveWindow({ date: '2026-04-01' }, 'UTC', now)).toEqual(dayWindow('2026-04-01', 'UTC'));
    expect(resolveWindow({ since: '2026-04-01' }, 'UTC', now)).toEqual(daysWindow('2026-04-01', undefined, 'UTC', '2026-04-12'));
  });

  it('a request that contradicts itself is a usage error, whoever made it', () => {
    expect(() => resolveWindow({ date: '2026-04-01', range: 'a..b' }, 'UTC', now)).toThrow(UsageError);
    expect(() => resolveWindow({ date: '2026-04-01', range: 'a..b' }, 'UTC', now)).toThrow('--date and --range cannot be combined: choose one window');
    expect(() => checkWindowRequest({ until: '2026-04-02' })).toThrow('--until needs --since');
  });
});
