/**
 * One line of an OpenAI Codex CLI session log (a `rollout-*.jsonl`), turned into the same LogLine the
 * Claude Code reader produces, so turns, intervals and gaps have one implementation. No prompt or
 * response text is kept.
 *
 * Each line is `{"timestamp", "type", "payload"}`. The session's folder and id are only on the first
 * line (`session_meta`), and token counts are cumulative per file, so reading needs a little state:
 * one CodexLineReader per file. Lenient like the Claude reader: an unknown shape is `undefined`.
 */
import type { LogLine, TokenUsage } from './logLine.js';
import { codexHead, STATE_EVENTS } from './screenCodexLine.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0);

/** Codex's own token parts: `input_tokens` includes `cached_input_tokens`, `output_tokens` includes reasoning. */
interface CodexUsage {
  input: number;
  cached: number;
  output: number;
}

function codexUsage(value: unknown): CodexUsage | undefined {
  if (!isObject(value)) return undefined;
  return { input: count(value.input_tokens), cached: count(value.cached_input_tokens), output: count(value.output_tokens) };
}

const sameUsage = (a: CodexUsage, b: CodexUsage): boolean => a.input === b.input && a.cached === b.cached && a.output === b.output;

/** In git-leverage's parts (as ccusage does): cached input is a cache read, and never also input. */
export function fromCodexUsage(u: CodexUsage): TokenUsage {
  const cached = Math.min(u.cached, u.input);
  return { input: u.input - cached, output: u.output, cacheCreation: 0, cacheRead: cached };
}

/** Reads the lines of one Codex log file, in order. */
export class CodexLineReader {
  private cwd: string | undefined;
  private sessionId: string | undefined;
  private model: string | undefined;
  private taskStart: number | undefined;
  private totals: CodexUsage | undefined;

  /** The measured event of one parsed line; `undefined` for lines that carry none. */
  read(value: unknown): LogLine | undefined {
    if (!isObject(value) || !isObject(value.payload)) return undefined;
    const time = typeof value.timestamp === 'string' ? Date.parse(value.timestamp) : NaN;
    if (!Number.isFinite(time)) return undefined;
    const payload = value.payload;
    switch (value.type) {
      case 'session_meta':
        this.cwd = text(payload.cwd) ?? this.cwd;
        this.sessionId = text(payload.id) ?? this.sessionId;
        return undefined;
      case 'turn_context':
        // Each turn restates its folder and model; the folder can change with `/cd`-like overrides.
        this.cwd = text(payload.cwd) ?? this.cwd;
        this.model = text(payload.model) ?? this.model;
        return undefined;
      case 'response_item':
        // A `user` message here is AGENTS.md or environment text that Codex sends along, not a prompt.
        if (payload.type === 'message' && payload.role === 'user') return undefined;
        return this.line(time, 'activity');
      case 'compacted':
        return this.line(time, 'activity');
      case 'event_msg':
        return this.event(time, payload);
      default:
        return undefined;
    }
  }

  private line(time: number, kind: LogLine['kind']): LogLine {
    return { kind, time, sessionId: this.sessionId, cwd: this.cwd, sidechain: false };
  }

  private event(time: number, payload: Json): LogLine | undefined {
    switch (payload.type) {
      case 'user_message':
        // Comes after its turn's task_started: the bracket stays open.
        return this.line(time, 'prompt');
      case 'task_started':
        // Newer Codex brackets a turn with task_started/task_complete: the turn worked all along
        // between them, even through a long command that wrote nothing.
        this.taskStart = time;
        return undefined;
      case 'task_complete': {
        const start = this.taskStart;
        this.taskStart = undefined;
        return start !== undefined && time >= start ? { ...this.line(time, 'turnEnd'), durationMs: time - start } : this.line(time, 'activity');
      }
      case 'token_count':
        return this.tokenCount(time, payload.info);
      default:
        return this.line(time, 'activity');
    }
  }

  private tokenCount(time: number, info: unknown): LogLine | undefined {
    // `info: null` carries only rate limits (written before the first API call): no usage, no work.
    if (!isObject(info)) return undefined;
    const total = codexUsage(info.total_token_usage);
    const last = codexUsage(info.last_token_usage);
    const line = this.line(time, 'activity');
    if (total && this.totals && sameUsage(total, this.totals)) return { ...line, repeatedUsage: true };
    // The last call's usage; without it, what the running total grew by.
    const previous = this.totals ?? { input: 0, cached: 0, output: 0 };
    const used =
      last ??
      (total && {
        input: Math.max(0, total.input - previous.input),
        cached: Math.max(0, total.cached - previous.cached),
        output: Math.max(0, total.output - previous.output),
      });
    if (total) this.totals = total;
    if (!used) return line;
    return { ...line, response: { key: undefined, model: this.model, usage: fromCodexUsage(used) } };
  }
}

const ASSISTANT_ROLE = Buffer.from(',"role":"assistant"', 'latin1');
const CLOSE = 0x7d;

/**
 * What CodexLineReader reads of an activity line (its time, type and payload type), taken from the
 * line's head without parsing the rest: a tool's output or encrypted reasoning is most of a log's
 * bytes and says nothing more to `measure`. Undefined for any line that must be parsed: state lines
 * (session, turn context, prompts, task events, token counts), messages other than the agent's own,
 * and any line not in Codex's own shape or not closed by `}}`. The caller passes only lines that
 * ended with a line break: a line cut short by a crash is parsed, and named as unreadable.
 */
export function peekCodexLine(line: Buffer): Json | undefined {
  if (line.length < 2 || line[line.length - 1] !== CLOSE || line[line.length - 2] !== CLOSE) return undefined;
  const head = codexHead(line);
  if (head === undefined || !Number.isFinite(head.time)) return undefined;
  const { timestamp, type, payloadType } = head;
  switch (type) {
    case 'compacted':
      return { timestamp, type, payload: {} };
    case 'response_item':
      if (payloadType === undefined) return undefined;
      if (payloadType !== 'message') return { timestamp, type, payload: { type: payloadType } };
      // A `user` message is left out by the reader, and is parsed to be sure of its role.
      return head.rest + ASSISTANT_ROLE.length <= line.length && line.compare(ASSISTANT_ROLE, 0, ASSISTANT_ROLE.length, head.rest, head.rest + ASSISTANT_ROLE.length) === 0
        ? { timestamp, type, payload: { type: payloadType, role: 'assistant' } }
        : undefined;
    case 'event_msg':
      return payloadType === undefined || STATE_EVENTS.has(payloadType) ? undefined : { timestamp, type, payload: { type: payloadType } };
    default:
      return undefined;
  }
}
