/**
 * The JSON of `git-leverage measure --format json`. `schemaVersion` changes only when a field
 * changes meaning or goes away; new fields may be added within a version.
 */
import { unionLength } from './intervals.js';
import { usageTotal, type Agent, type TokenUsage } from './logLine.js';
import type { LeftOut, Measurement, SessionRecord } from './measureLines.js';

export const MEASURE_SCHEMA_VERSION = 1;

export interface TokensJson {
  input: number;
  output: number;
  cacheCreation: number;
  cacheRead: number;
  total: number;
}

export interface MeasureJson {
  schemaVersion: typeof MEASURE_SCHEMA_VERSION;
  /** ISO instant, or null when the whole log was measured. */
  since: string | null;
  until: string;
  idleMinutes: number;
  /** Exact, in minutes: the union of every agent's working intervals. */
  agentMinutes: number;
  /** The same figure as `agentMinutes`, kept for programs written before other agents were read (it fills `Claude-Minutes`). */
  claudeMinutes: number;
  supervisoryMinutes: number;
  tokens: TokensJson;
  models: string[];
  /** Figures agent by agent, for each agent whose logs were found. Minutes overlap across agents; tokens add up. */
  agents: Partial<Record<Agent, AgentJson>>;
  sessions: {
    id: string;
    file: string;
    agent: Agent;
    agentMinutes: number;
    /** Same as `agentMinutes` (compatibility). */
    claudeMinutes: number;
    supervisoryMinutes: number;
    turns: number;
    tokens: TokensJson;
  }[];
  filesRead: number;
  skippedLines: number;
  unreadableLines: { file: string; line: number; reason: string }[];
  leftOut: LeftOut;
  /** Present when there was nothing to measure (no session logs at all): why, in words. */
  note?: string;
}

export interface AgentJson {
  agentMinutes: number;
  supervisoryMinutes: number;
  tokens: TokensJson;
  sessions: number;
}

export const minutesOf = (ms: number): number => Math.round((ms / 60_000) * 1000) / 1000;

const tokensJson = (usage: TokenUsage): TokensJson => ({ ...usage, total: usageTotal(usage) });

const workedMs = (sessions: readonly SessionRecord[], since: number, until: number): number =>
  unionLength(sessions.flatMap((s) => s.turns.flatMap((t) => t.counted)), since, until);
const supervisedMs = (sessions: readonly SessionRecord[], since: number, until: number): number =>
  unionLength(sessions.flatMap((s) => s.gaps.filter((g) => g.counted)), since, until);

/** Figures for one agent's sessions alone. */
function agentJson(sessions: readonly SessionRecord[], since: number, until: number): AgentJson {
  const usage: TokenUsage = { input: 0, output: 0, cacheCreation: 0, cacheRead: 0 };
  for (const s of sessions) {
    usage.input += s.usage.input;
    usage.output += s.usage.output;
    usage.cacheCreation += s.usage.cacheCreation;
    usage.cacheRead += s.usage.cacheRead;
  }
  return {
    agentMinutes: minutesOf(workedMs(sessions, since, until)),
    supervisoryMinutes: minutesOf(supervisedMs(sessions, since, until)),
    tokens: tokensJson(usage),
    sessions: sessions.length,
  };
}

/** The agent of a session record (records made before Codex was read carry none: Claude Code). */
export const agentOf = (s: SessionRecord): Agent => s.agent ?? 'claude';

/** The JSON of a measurement; `note` says why it is empty when there was nothing to read. */
export function measureJson(m: Measurement, note?: string): MeasureJson {
  const { since, until } = m.window;
  const agentMinutes = minutesOf(m.claudeMs);
  const agents: Partial<Record<Agent, AgentJson>> = {};
  for (const agent of m.agents ?? ['claude']) {
    agents[agent] = agentJson(
      m.sessions.filter((s) => agentOf(s) === agent),
      since,
      until,
    );
  }
  return {
    schemaVersion: MEASURE_SCHEMA_VERSION,
    since: Number.isFinite(since) ? new Date(since).toISOString() : null,
    until: new Date(until).toISOString(),
    idleMinutes: m.idleMinutes,
    agentMinutes,
    claudeMinutes: agentMinutes,
    supervisoryMinutes: minutesOf(m.supervisoryMs),
    tokens: tokensJson(m.usage),
    models: m.models,
    agents,
    sessions: m.sessions.map((s) => {
      const minutes = minutesOf(workedMs([s], since, until));
      return {
        id: s.id,
        file: s.file,
        agent: agentOf(s),
        agentMinutes: minutes,
        claudeMinutes: minutes,
        supervisoryMinutes: minutesOf(supervisedMs([s], since, until)),
        turns: s.turns.length,
        tokens: tokensJson(s.usage),
      };
    }),
    filesRead: m.filesRead,
    skippedLines: m.skippedLines,
    unreadableLines: m.unreadable,
    leftOut: m.leftOut,
    ...(note === undefined ? {} : { note }),
  };
}
