import { describe, expect, it } from 'vitest';
import { dateIn, dayWindow, daysWindow } from '../../src/time/reportWindow.js';
import { daysBounds, isInWindow } from '../../src/time/windowBasics.js';
import { windowBounds } from '../../src/cli/windowFlags.js';

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
    expect(() => dayWindow('2026-02-30', 'UTC')).toThrow(/--date "2026-02-30" is not a calendar date/);
    expect(() => dayWindow('2026-04-12', 'Mars/Olympus')).toThrow('unknown time zone "Mars/Olympus" (accepted: an IANA zone name');
    expect(() => daysWindow('2026-04-30', '2026-04-01', 'UTC', '2026-11-25')).toThrow('--until 2026-04-01 is before --since 2026-04-30');
  });

  it('today and yesterday depend on the zone, not the machine', () => {
    const now = new Date('2026-04-13T02:30:00Z');
    expect(dateIn('UTC', now)).toBe('2026-04-13');
    expect(dateIn('America/Los_Angeles', now)).toBe('2026-04-12');
    expect(dateIn('America/Los_Angeles', now, -1)).toBe('2026-04-11');
  });
});

describe('bounds git walks before the zone is known', () => {
  const zones = Intl.supportedValuesOf('timeZone');
  const holds = (bounds: { start?: number; end?: number } | undefined, window: { start?: number; end?: number }) =>
    bounds !== undefined && bounds.start! <= window.start! && window.end! <= bounds.end!;

  it('hold the day, or the span of days, in every zone Intl knows (DST days and the date line included)', () => {
    expect(zones.length).toBeGreaterThan(300);
    for (const date of ['2026-01-01', '2026-03-08', '2026-03-29', '2026-11-01', '2011-12-30']) {
      for (const zone of zones) {
        const window = dayWindow(date, zone);
        if (!holds(daysBounds(date, date), window)) throw new Error(`${date} in ${zone} is outside its bounds`);
      }
    }
    for (const zone of ['Pacific/Kiritimati', 'Etc/GMT+12', 'America/New_York']) {
      expect(holds(daysBounds('2026-04-01', '2026-04-30'), daysWindow('2026-04-01', '2026-04-30', zone, '2026-11-25'))).toBe(true);
    }
  });

  it("today's bounds hold today in every zone, whatever the hour in UTC", () => {
    for (const instant of ['2026-04-13T00:30:00Z', '2026-04-13T11:59:00Z', '2026-04-13T23:30:00Z']) {
      const now = new Date(instant);
      const bounds = windowBounds({}, now);
      for (const zone of zones) {
        if (!holds(bounds, dayWindow(dateIn(zone, now), zone))) throw new Error(`today in ${zone} at ${instant} is outside its bounds`);
      }
      expect(holds(windowBounds({ since: '2026-04-01' }, now), daysWindow('2026-04-01', undefined, 'Pacific/Kiritimati', dateIn('Pacific/Kiritimati', now)))).toBe(true);
    }
  });

  it('are a range or nothing for ranges and all history, and none for a date that is not YYYY-MM-DD (the window then says what is wrong)', () => {
    const now = new Date('2026-04-13T12:00:00Z');
    expect(windowBounds({ range: 'main..topic' }, now)).toEqual({ range: 'main..topic' });
    expect(windowBounds({ allHistory: true }, now)).toEqual({});
    expect(windowBounds({ date: '12/04/2026' }, now)).toBeUndefined();
    expect(windowBounds({ since: '2026-04-01', until: 'soon' }, now)).toBeUndefined();
    expect(daysBounds('2026-04-12', '2026-04-12')).toEqual({ start: Date.UTC(2026, 3, 11) / 1000, end: Date.UTC(2026, 3, 14) / 1000 });
  });
});
