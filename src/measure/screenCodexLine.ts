/**
 * The cheap byte check for Codex log lines, as screenLine is for Claude Code's: Codex writes compact
 * JSON (serde_json), so an unescaped `"type":"…"` pattern is a key and its value, never prompt text.
 *
 * Codex also writes every line's keys in one order (`timestamp`, `type`, `payload`, and the payload's
 * own `type` first: serde's tagged enums), so the head of a line says what it is without a look at
 * the rest, which for tool outputs and encrypted reasoning is most of the bytes. A line in any
 * other shape is screened by searching the whole line, and parsed.
 */
import { peekTimestamp, type Verdict } from './screenLine.js';

/** What a Codex line is, read from its first bytes. */
export interface CodexHead {
  timestamp: string;
  time: number;
  /** The line's `type`: `session_meta`, `response_item`, `event_msg`, … */
  type: string;
  /** The payload's `type` when it comes first in the payload (response items, events). */
  payloadType: string | undefined;
  /** Where the bytes after the payload's type start (or after `"payload":{` without one). */
  rest: number;
}

const bytes = (text: string): Buffer => Buffer.from(text, 'latin1');
const OPEN = bytes('{"timestamp":"');
const TYPE = bytes('","type":"');
const PAYLOAD = bytes('","payload":{');
const PAYLOAD_TYPE = bytes('"type":"');
/** Longer than any timestamp or type name: a value that runs on is not this shape. */
const MAX_VALUE = 48;

const startsAt = (line: Buffer, expected: Buffer, at: number): boolean => line.length >= at + expected.length && line.compare(expected, 0, expected.length, at, at + expected.length) === 0;

/** The end of a short string value starting at `from` (no escapes, at most MAX_VALUE bytes), or -1. */
function valueEnd(line: Buffer, from: number): number {
  const last = Math.min(line.length, from + MAX_VALUE);
  for (let i = from; i < last; i += 1) {
    const byte = line[i];
    if (byte === 0x22) return i;
    if (byte === 0x5c) return -1;
  }
  return -1;
}

/** The head of a line in Codex's own shape (`{"timestamp":"…","type":"…","payload":{…`), or undefined. */
export function codexHead(line: Buffer): CodexHead | undefined {
  if (!startsAt(line, OPEN, 0)) return undefined;
  const timestampEnd = valueEnd(line, OPEN.length);
  if (timestampEnd < 0 || !startsAt(line, TYPE, timestampEnd)) return undefined;
  const typeStart = timestampEnd + TYPE.length;
  const typeEnd = valueEnd(line, typeStart);
  if (typeEnd < 0 || !startsAt(line, PAYLOAD, typeEnd)) return undefined;
  const timestamp = line.toString('latin1', OPEN.length, timestampEnd);
  const type = line.toString('latin1', typeStart, typeEnd);
  const payloadStart = typeEnd + PAYLOAD.length;
  if (!startsAt(line, PAYLOAD_TYPE, payloadStart)) return { timestamp, time: Date.parse(timestamp), type, payloadType: undefined, rest: payloadStart };
  const payloadTypeStart = payloadStart + PAYLOAD_TYPE.length;
  const payloadTypeEnd = valueEnd(line, payloadTypeStart);
  if (payloadTypeEnd < 0) return undefined;
  const payloadType = line.toString('latin1', payloadTypeStart, payloadTypeEnd);
  return { timestamp, time: Date.parse(timestamp), type, payloadType, rest: payloadTypeEnd + 1 };
}

/** Events that carry state (running token totals) or decide turns: always parsed. */
export const STATE_EVENTS: ReadonlySet<string> = new Set(['user_message', 'task_started', 'task_complete', 'token_count']);
/** Line types that carry state (folder, model): always parsed. */
const STATE_LINES: ReadonlySet<string> = new Set(['session_meta', 'turn_context']);
/** Line types that are activity, apart from the state events among `event_msg`. */
const ACTIVITY_LINES: ReadonlySet<string> = new Set(['response_item', 'event_msg', 'compacted']);

const tag = (value: string): Buffer => Buffer.from(`"type":"${value}"`);
const ALWAYS = [...STATE_LINES, ...STATE_EVENTS].map(tag);
const ACTIVITY = [...ACTIVITY_LINES].map(tag);

const byTime = (time: number, from: number, to: number): Verdict => (Number.isNaN(time) ? 'parse' : time < from || time > to ? 'skip' : 'parse');
/** A line that is not JSON at all is parsed, so it is counted as unreadable. */
const unknownType = (line: Buffer): Verdict => (line[0] === 0x7b && line[line.length - 1] === 0x7d ? 'skip' : 'parse');

/** Decides whether a Codex line must be parsed; `from`/`to` are the window widened by the idle limit. */
export function screenCodexLine(line: Buffer, from: number, to: number): Verdict {
  const head = codexHead(line);
  if (head !== undefined) {
    if (STATE_LINES.has(head.type)) return 'parse';
    if (!ACTIVITY_LINES.has(head.type)) return unknownType(line);
    if (head.type === 'event_msg' && (head.payloadType === undefined || STATE_EVENTS.has(head.payloadType))) return 'parse';
    return byTime(head.time, from, to);
  }
  // Another shape (keys in another order, an older format): search the whole line.
  if (ALWAYS.some((t) => line.includes(t))) return 'parse';
  if (!ACTIVITY.some((t) => line.includes(t))) return unknownType(line);
  return byTime(peekTimestamp(line), from, to);
}
