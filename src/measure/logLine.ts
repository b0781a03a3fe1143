/**
 * One line of a Claude Code session log, reduced to what is measured: a kind, a time, the session
 * and folder it ran in, and an API response's token usage. No prompt or response text is kept.
 *
 * The format changes between Claude Code versions, so this reads leniently: it keys on `type`, and a
 * line it does not understand is `undefined` (skipped), never an error.
 */
export interface TokenUsage {
  input: number;
  output: number;
  cacheCreation: number;
  cacheRead: number;
}

export interface LogLine {
  /** prompt: a person's prompt; activity: anything Claude wrote or ran; turnEnd: `turn_duration`. */
  kind: 'prompt' | 'activity' | 'turnEnd';
  time: number;
  sessionId: string | undefined;
  cwd: string | undefined;
  /** A subagent's line (`isSidechain`): its turns are Claude's work, its pauses nobody's. */
  sidechain: boolean;
  /** turnEnd only: the turn's working time. */
  durationMs?: number;
  /** assistant lines with `message.usage`, not `<synthetic>`. */
  response?: { key: string | undefined; model: string | undefined; usage: TokenUsage };
  /** An assistant line whose model is `<synthetic>`: not an API call. */
  synthetic?: boolean;
  /** A Codex `token_count` that repeats the previous totals: not usage. */
  repeatedUsage?: boolean;
}

/** The coding agents whose logs `measure` reads. */
export type Agent = 'claude' | 'codex';
export const AGENTS: readonly Agent[] = ['claude', 'codex'];
export const AGENT_NAMES: Record<Agent, string> = { claude: 'Claude Code', codex: 'Codex' };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0);

/** A user line is a tool result when any of its content blocks is one. */
function isToolResult(message: unknown): boolean {
  if (!isObject(message) || !Array.isArray(message.content)) return false;
  return message.content.some((block) => isObject(block) && block.type === 'tool_result');
}

/** Reads one parsed JSON value; `undefined` for types and shapes that are not measured. */
export function toLogLine(value: unknown): LogLine | undefined {
  if (!isObject(value)) return undefined;
  const time = typeof value.timestamp === 'string' ? Date.parse(value.timestamp) : NaN;
  if (!Number.isFinite(time)) return undefined;
  const base = { time, sessionId: text(value.sessionId), cwd: text(value.cwd), sidechain: value.isSidechain === true };
  switch (value.type) {
    case 'user':
      return { ...base, kind: value.isMeta === true || isToolResult(value.message) ? 'activity' : 'prompt' };
    case 'system':
      if (value.subtype === 'turn_duration' && typeof value.durationMs === 'number' && value.durationMs >= 0) {
        return { ...base, kind: 'turnEnd', durationMs: value.durationMs };
      }
      return { ...base, kind: 'activity' };
    case 'assistant': {
      const line: LogLine = { ...base, kind: 'activity' };
      const message = value.message;
      if (!isObject(message)) return line;
      const model = text(message.model);
      if (model === '<synthetic>') return { ...line, synthetic: true };
      if (!isObject(message.usage)) return line;
      const u = message.usage;
      const id = text(message.id);
      const requestId = text(value.requestId);
      line.response = {
        // Without both ids a response cannot be recognised again, so it is counted as it comes (as ccusage does).
        key: id && requestId ? `${id}\u0000${requestId}` : undefined,
        model,
        usage: {
          input: count(u.input_tokens),
          output: count(u.output_tokens),
          cacheCreation: count(u.cache_creation_input_tokens),
          cacheRead: count(u.cache_read_input_tokens),
        },
      };
      return line;
    }
    default:
      return undefined;
  }
}

export function usageTotal(usage: TokenUsage): number {
  return usage.input + usage.output + usage.cacheCreation + usage.cacheRead;
}
