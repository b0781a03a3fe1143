/**
 * The cheap check made on a line's raw bytes before it is decoded and parsed. Claude Code writes
 * compact JSON, where a quote that is not escaped only ever delimits a key or a string, so a byte
 * pattern such as `"type":"tool_result"` cannot come from inside a prompt's or a tool's text.
 *
 * - `parse`: decode and parse the line.
 * - `skip`: it cannot change the figures of this window (an unknown type, or an activity line far
 *   enough outside the window that no interval through it can reach the window).
 */
export type Verdict = 'parse' | 'skip';

const TAGS = {
  user: Buffer.from('"type":"user"'),
  assistant: Buffer.from('"type":"assistant"'),
  system: Buffer.from('"type":"system"'),
  toolResult: Buffer.from('"type":"tool_result"'),
  turnDuration: Buffer.from('"subtype":"turn_duration"'),
  timestamp: Buffer.from('"timestamp":"'),
};

/** Milliseconds of the line's first `"timestamp":"…"` value, or NaN. */
export function peekTimestamp(line: Buffer): number {
  const at = line.indexOf(TAGS.timestamp);
  if (at < 0) return NaN;
  const from = at + TAGS.timestamp.length;
  const end = line.indexOf(0x22, from);
  if (end < 0 || end - from > 40) return NaN;
  return Date.parse(line.toString('latin1', from, end));
}

/**
 * Decides whether a line must be parsed. `from`/`to` are the window widened by the idle limit on
 * each side: an activity line outside them can neither join a working interval nor a supervisory
 * gap that reaches the window. Prompts and `turn_duration` lines are always parsed, because they
 * decide which turn the lines around them belong to.
 */
export function screenLine(line: Buffer, from: number, to: number): Verdict {
  const user = line.includes(TAGS.user);
  if (user && !line.includes(TAGS.toolResult)) return 'parse';
  const system = !user && line.includes(TAGS.system);
  if (system && line.includes(TAGS.turnDuration)) return 'parse';
  if (!user && !system && !line.includes(TAGS.assistant)) {
    // No known type tag: either a type that is not measured, or a line that is not JSON at all. The
    // latter is parsed so it is counted as unreadable.
    return line[0] === 0x7b && line[line.length - 1] === 0x7d ? 'skip' : 'parse';
  }
  const time = peekTimestamp(line);
  if (Number.isNaN(time)) return 'parse';
  return time < from || time > to ? 'skip' : 'parse';
}
