/**
 * The cheap byte check for Codex log lines, as screenLine is for Claude Code's: Codex writes compact
 * JSON (serde_json), so an unescaped `"type":"…"` pattern is a key and its value, never prompt text.
 */
import { peekTimestamp, type Verdict } from './screenLine.js';

const tag = (value: string): Buffer => Buffer.from(`"type":"${value}"`);

/** Lines that carry state (folder, model, running token totals) or decide turns: always parsed. */
const ALWAYS = ['session_meta', 'turn_context', 'user_message', 'task_started', 'task_complete', 'token_count'].map(tag);
/** Lines that are only activity: parsed when their time can reach the widened window. */
const ACTIVITY = ['response_item', 'event_msg', 'compacted'].map(tag);

/** Decides whether a Codex line must be parsed; `from`/`to` are the window widened by the idle limit. */
export function screenCodexLine(line: Buffer, from: number, to: number): Verdict {
  if (ALWAYS.some((t) => line.includes(t))) return 'parse';
  if (!ACTIVITY.some((t) => line.includes(t))) return line[0] === 0x7b && line[line.length - 1] === 0x7d ? 'skip' : 'parse';
  const time = peekTimestamp(line);
  if (Number.isNaN(time)) return 'parse';
  return time < from || time > to ? 'skip' : 'parse';
}
