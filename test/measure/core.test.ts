import { describe, expect, it } from 'vitest';
import { unionIntervals, unionLength } from '../../src/measure/intervals.js';
import { toLogLine } from '../../src/measure/logLine.js';
import { LineMeasurer } from '../../src/measure/measureLines.js';
import { screenLine } from '../../src/measure/screenLine.js';
import { TurnTracker, type Gap, type Turn } from '../../src/measure/trackTurns.js';
import { isInsideFolder } from '../../src/measure/repositoryFolders.js';
import { trailerFigures } from '../../src/measure/trailerFigures.js';
import type { Measurement } from '../../src/measure/measureLines.js';
import { renderMeasureExplain, renderMeasureText } from '../../src/measure/renderMeasure.js';
import { SessionLog, usage } from './sessionLog.js';

const t = (hhmmss: string): number => Date.parse(`2026-07-01T${hhmmss}Z`);
const MIN = 60_000;

function track(feed: (tracker: TurnTracker) => void, idleMinutes = 5): { turns: Turn[]; gaps: Gap[] } {
  const turns: Turn[] = [];
  const gaps: Gap[] = [];
  const tracker = new TurnTracker(idleMinutes * MIN, { turn: (x) => turns.push(x), gap: (x) => gaps.push(x) });
  feed(tracker);
  tracker.finish();
  return { turns, gaps };
}

/** Feeds a SessionLog's lines through the real parser into a measurer. */
function measure(logs: { file: string; log: SessionLog | string }[], window: { since: string; until: string }, belongs = (cwd: string) => isInsideFolder(cwd, '/repo')) {
  const m = new LineMeasurer({ since: t(window.since), until: t(window.until) }, 5, belongs);
  for (const { file, log } of logs) {
    const text = typeof log === 'string' ? log : log.text();
    text.split('\n').forEach((raw, index) => {
      if (raw === '') return;
      const bytes = Buffer.from(raw);
      const { from, to } = m.screenRange;
      if (screenLine(bytes, from, to) === 'skip') return m.screenedOut();
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        return m.unreadableLine(file, index + 1, 'not valid JSON');
      }
      const line = toLogLine(value);
      if (line) m.line(file, line);
      else m.unknown();
    });
    m.endFile(file);
  }
  return m.result();
}

describe('intervals', () => {
  it('merges overlapping and touching intervals and clips the union', () => {
    expect(unionIntervals([{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 3, end: 4 }, { start: 8, end: 12 }, { start: 20, end: 20 }])).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 12 },
    ]);
    expect(unionLength([{ start: 0, end: 10 }, { start: 5, end: 15 }, { start: 30, end: 40 }], 2, 35)).toBe(13 + 5);
  });
});

describe('turn tracking', () => {
  it('uses turn_duration for the working interval and counts a short gap to the next prompt', () => {
    const { turns, gaps } = track((k) => {
      k.prompt(t('09:00:00'));
      k.activity(t('09:01:00'));
      k.turnEnd(t('09:04:00'), 3 * MIN);
      k.prompt(t('09:06:00'));
      k.activity(t('09:08:00'));
    });
    expect(turns[0]).toMatchObject({ source: 'turn_duration', intervals: [{ start: t('09:01:00'), end: t('09:04:00') }] });
    expect(turns[1]).toMatchObject({ source: 'lines', intervals: [{ start: t('09:06:00'), end: t('09:08:00') }] });
    expect(gaps).toEqual([{ start: t('09:04:00'), end: t('09:06:00'), counted: true }]);
  });

  it('splits a turn without turn_duration at idle gaps and refuses gaps longer than the idle limit', () => {
    const { turns, gaps } = track((k) => {
      k.prompt(t('09:00:00'));
      k.activity(t('09:04:00'));
      k.activity(t('09:20:00'));
      k.activity(t('09:22:00'));
      k.prompt(t('09:40:00'));
    });
    expect(turns[0]?.intervals).toEqual([
      { start: t('09:00:00'), end: t('09:04:00') },
      { start: t('09:20:00'), end: t('09:22:00') },
    ]);
    expect(gaps).toEqual([{ start: t('09:22:00'), end: t('09:40:00'), counted: false }]);
  });
});

describe('screening lines', () => {
  const log = new SessionLog('s', '/repo');
  log.prompt('2026-07-01T01:00:00Z').toolResult('2026-07-01T01:00:01Z').turnDuration('2026-07-01T01:00:02Z', 1000).other('x');
  const [prompt = '', tool = '', duration = '', other = ''] = log.lines.map(String);
  const far = { from: t('09:00:00'), to: t('10:00:00') };
  it('always parses prompts and turn_duration lines, skips far activity and unmeasured types', () => {
    expect(screenLine(Buffer.from(prompt), far.from, far.to)).toBe('parse');
    expect(screenLine(Buffer.from(duration), far.from, far.to)).toBe('parse');
    expect(screenLine(Buffer.from(tool), far.from, far.to)).toBe('skip');
    expect(screenLine(Buffer.from(tool), t('00:00:00'), far.to)).toBe('parse');
    expect(screenLine(Buffer.from(other), 0, Infinity)).toBe('skip');
    expect(screenLine(Buffer.from(tool.slice(0, 40)), far.from, far.to)).toBe('parse');
  });
});

describe('reading lines', () => {
  it('tells prompts from tool results and meta lines, and drops <synthetic> usage', () => {
    const log = new SessionLog('s', '/repo');
    log.prompt('2026-07-01T09:00:00Z').meta('2026-07-01T09:00:01Z').toolResult('2026-07-01T09:00:02Z').synthetic('2026-07-01T09:00:03Z');
    const lines = log.lines.map((l) => toLogLine(JSON.parse(l)));
    expect(lines.map((l) => l?.kind)).toEqual(['prompt', 'activity', 'activity', 'activity']);
    expect(lines[3]).toMatchObject({ synthetic: true });
    expect(lines[3]?.response).toBeUndefined();
    expect(toLogLine({ type: 'summary', summary: 'x', leafUuid: 'y' })).toBeUndefined();
    expect(toLogLine({ type: 'assistant' })).toBeUndefined();
  });
});

describe('measuring lines', () => {
  const window = { since: '09:00:00', until: '12:00:00' };

  it('counts two parallel sessions once on the wall clock and adds their tokens', () => {
    const a = new SessionLog('a', '/repo').prompt('2026-07-01T09:00:00Z');
    a.assistant('2026-07-01T09:05:00Z', { id: 'msg_a', requestId: 'req_a', usage: usage(10, 20, 30, 40) }).turnDuration('2026-07-01T09:10:00Z', 10 * MIN);
    const b = new SessionLog('b', '/repo/sub').prompt('2026-07-01T09:05:00Z');
    b.assistant('2026-07-01T09:06:00Z', { id: 'msg_b', requestId: 'req_b', usage: usage(1, 2, 3, 4), model: 'claude-opus-4-1' }).turnDuration('2026-07-01T09:15:00Z', 10 * MIN);
    const m = measure([{ file: 'a.jsonl', log: a }, { file: 'b.jsonl', log: b }], window);
    expect(m.claudeMs).toBe(15 * MIN);
    expect(m.usage).toEqual({ input: 11, output: 22, cacheCreation: 33, cacheRead: 44 });
    expect(m.models).toEqual(['claude-opus-4-1', 'claude-sonnet-4-5-20250929']);
    expect(m.sessions.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('keeps the largest copy of a streamed response, counts repeated copies once and skips <synthetic>', () => {
    const a = new SessionLog('a', '/repo').prompt('2026-07-01T09:00:00Z');
    a.assistant('2026-07-01T09:01:00Z', { id: 'msg_1', requestId: 'req_1', usage: usage(100, 1) });
    a.assistant('2026-07-01T09:01:01Z', { id: 'msg_1', requestId: 'req_1', usage: usage(100, 500, 7, 9) });
    a.synthetic('2026-07-01T09:01:02Z');
    const resumed = new SessionLog('a', '/repo');
    resumed.lines.push(...a.lines);
    const m = measure([{ file: 'a.jsonl', log: a }, { file: 'resumed.jsonl', log: resumed }], window);
    expect(m.usage).toEqual({ input: 100, output: 500, cacheCreation: 7, cacheRead: 9 });
    expect(m.leftOut).toMatchObject({ duplicateResponses: 3, replacedPlaceholders: 1, syntheticResponses: 2 });
    expect(m.models).toEqual(['claude-sonnet-4-5-20250929']);
  });

  it('clips to the window and leaves out other folders and lines outside it', () => {
    const a = new SessionLog('a', '/repo').prompt('2026-07-01T08:50:00Z');
    a.assistant('2026-07-01T08:55:00Z', { id: 'm0', requestId: 'r0', usage: usage(1000, 0) }).turnDuration('2026-07-01T09:04:00Z', 14 * MIN);
    a.prompt('2026-07-01T11:58:00Z').turnDuration('2026-07-01T12:03:00Z', 5 * MIN);
    const other = new SessionLog('o', '/repo-other').prompt('2026-07-01T10:00:00Z').turnDuration('2026-07-01T10:30:00Z', 30 * MIN);
    const m = measure([{ file: 'a.jsonl', log: a }, { file: 'o.jsonl', log: other }], window);
    expect(m.claudeMs).toBe(4 * MIN + 2 * MIN);
    expect(m.usage.input).toBe(0);
    expect(m.leftOut.responsesOutsideWindow).toBe(1);
    expect(m.leftOut.linesOtherRepository).toBe(2);
  });

  it('counts an unreadable line with its place and goes on', () => {
    const a = new SessionLog('a', '/repo').prompt('2026-07-01T09:00:00Z').turnDuration('2026-07-01T09:02:00Z', 2 * MIN);
    const m = measure([{ file: 'a.jsonl', log: `${a.text()}{"type":"assistant","timestamp":"2026-07-01T09:03` }], window);
    expect(m.skippedLines).toBe(1);
    expect(m.unreadable).toEqual([{ file: 'a.jsonl', line: 3, reason: 'not valid JSON' }]);
    expect(m.claudeMs).toBe(2 * MIN);
  });
});

describe('folders and trailer figures', () => {
  it('matches folders component by component', () => {
    expect(isInsideFolder('/work/app', '/work/app')).toBe(true);
    expect(isInsideFolder('/work/app/src/x', '/work/app')).toBe(true);
    expect(isInsideFolder('/work/app-old', '/work/app')).toBe(false);
    expect(isInsideFolder('/work', '/work/app')).toBe(false);
  });

  it('rounds to whole minutes, at least 1, and gives nothing when nothing was measured', () => {
    const base = measure([], { since: '09:00:00', until: '10:00:00' });
    expect(trailerFigures(base)).toBeUndefined();
    expect(trailerFigures({ ...base, claudeMs: 20_000, supervisoryMs: 0, usage: { input: 1, output: 2, cacheCreation: 3, cacheRead: 4 } })).toEqual({
      claudeMinutes: 1,
      supervisoryMinutes: undefined,
      tokens: 10,
    });
    expect(trailerFigures({ ...base, claudeMs: 150 * 60_000 + 31_000, supervisoryMs: 89_000 })).toEqual({ claudeMinutes: 151, supervisoryMinutes: 1, tokens: undefined });
  });
});

describe('subagents written into the main log (older Claude Code)', () => {
  it('counts their work on the wall clock but neither splits the main turn nor makes supervisory time', () => {
    const main = new SessionLog('m', '/repo').prompt('2026-07-01T09:00:00Z');
    const task = new SessionLog('m', '/repo', true);
    main.assistant('2026-07-01T09:01:00Z', { id: 'msg_m', requestId: 'req_m', usage: usage(1, 1) });
    task.prompt('2026-07-01T09:02:00Z', 'SECRET-TASK').assistant('2026-07-01T09:04:00Z', { id: 'msg_t', requestId: 'req_t', usage: usage(2, 2) });
    task.prompt('2026-07-01T09:13:00Z', 'SECRET-TASK two').assistant('2026-07-01T09:14:00Z', { id: 'msg_u', requestId: 'req_u', usage: usage(3, 3) });
    main.lines.push(...task.lines);
    main.assistant('2026-07-01T09:15:00Z', { id: 'msg_n', requestId: 'req_n', usage: usage(4, 4) }).turnDuration('2026-07-01T09:16:00Z', 16 * MIN);
    const m = measure([{ file: 'm.jsonl', log: main }], { since: '08:00:00', until: '10:00:00' });
    expect(m.claudeMs).toBe(16 * MIN);
    expect(m.supervisoryMs).toBe(0);
    expect(m.usage.input).toBe(10);
    expect(m.sessions).toHaveLength(1);
    expect(m.sessions[0]?.turns.map((t) => t.source).sort()).toEqual(['lines', 'lines', 'turn_duration']);
  });
});

describe('measure text', () => {
  const usageOf = { input: 1_234_567, output: 89, cacheCreation: 12_000, cacheRead: 3_456_789_012 };
  const noneLeftOut = {
    filesBeforeWindow: 0,
    filesStoppedAfterWindow: 0,
    turnsOutsideWindow: 0,
    linesScreenedOut: 0,
    linesOtherRepository: 0,
    linesWithoutFolder: 0,
    unknownLines: 0,
    duplicateResponses: 0,
    replacedPlaceholders: 0,
    syntheticResponses: 0,
    responsesOutsideWindow: 0,
  };
  const m: Measurement = {
    window: { since: t('09:00:00'), until: t('12:00:00') },
    idleMinutes: 5,
    filesRead: 1,
    claudeMs: 90 * MIN + 1234,
    supervisoryMs: 0,
    usage: usageOf,
    models: ['claude-opus-4'],
    sessions: [{ id: 's1', file: 's1.jsonl', turns: [], gaps: [], usage: usageOf, responses: 3 }],
    unreadable: [],
    skippedLines: 0,
    leftOut: noneLeftOut,
  };

  it('prints token counts with thousands separators, as the report prints totals', () => {
    const text = renderMeasureText(m);
    expect(text).toContain('Claude minutes:      90.021\n');
    expect(text).toContain('Tokens:              3,458,035,668 (input 1,234,567, output 89, cache creation 12,000, cache read 3,456,789,012)\n');
    expect(renderMeasureExplain(m)).toContain('  0 Claude min, 0 supervisory min, 3,458,035,668 tokens in 3 responses\n');
  });
});
