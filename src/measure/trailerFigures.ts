/** A measurement as trailer values: whole minutes (at least 1 when anything was measured), the token total, and the agent. */
import { usageTotal, type Agent } from './logLine.js';
import type { Measurement, SessionRecord } from './measureLines.js';

export interface TrailerFigures {
  claudeMinutes: number;
  supervisoryMinutes: number | undefined;
  tokens: number | undefined;
  /** The `Agent` value when exactly one agent's sessions hold the figures; absent when several do. */
  agent?: string;
}

/** How each agent is named in an `Agent` trailer. */
export const AGENT_TRAILER_VALUES: Readonly<Record<Agent, string>> = { claude: 'claude-code', codex: 'codex' };

const wholeMinutes = (ms: number): number => Math.max(1, Math.round(ms / 60_000));

/** Whether a session adds anything to the figures: working time in the window, or tokens. */
const contributes = (s: SessionRecord): boolean => s.turns.some((t) => t.counted.some((i) => i.end > i.start)) || usageTotal(s.usage) > 0;

/**
 * The agent whose sessions the figures come from, or undefined when two agents' do: the minutes are
 * then the union of both agents' work, and naming one would credit it with the other's time.
 */
function soleAgent(measurement: Measurement): string | undefined {
  const agents = new Set(measurement.sessions.filter(contributes).map((s) => s.agent ?? 'claude'));
  return agents.size === 1 ? AGENT_TRAILER_VALUES[[...agents][0] as Agent] : undefined;
}

/** `undefined` when neither working time nor tokens were measured; a zero part is `undefined`. */
export function trailerFigures(measurement: Measurement): TrailerFigures | undefined {
  const tokens = usageTotal(measurement.usage);
  if (measurement.claudeMs <= 0 && tokens <= 0) return undefined;
  const agent = soleAgent(measurement);
  return {
    claudeMinutes: wholeMinutes(measurement.claudeMs),
    supervisoryMinutes: measurement.supervisoryMs > 0 ? wholeMinutes(measurement.supervisoryMs) : undefined,
    tokens: tokens > 0 ? tokens : undefined,
    ...(agent === undefined ? {} : { agent }),
  };
}
