/** A measurement as trailer values: whole minutes (at least 1 when anything was measured) and the token total. */
import { usageTotal } from './logLine.js';
import type { Measurement } from './measureLines.js';

export interface TrailerFigures {
  claudeMinutes: number;
  supervisoryMinutes: number | undefined;
  tokens: number | undefined;
}

const wholeMinutes = (ms: number): number => Math.max(1, Math.round(ms / 60_000));

/** `undefined` when neither working time nor tokens were measured; a zero part is `undefined`. */
export function trailerFigures(measurement: Measurement): TrailerFigures | undefined {
  const tokens = usageTotal(measurement.usage);
  if (measurement.claudeMs <= 0 && tokens <= 0) return undefined;
  return {
    claudeMinutes: wholeMinutes(measurement.claudeMs),
    supervisoryMinutes: measurement.supervisoryMs > 0 ? wholeMinutes(measurement.supervisoryMs) : undefined,
    tokens: tokens > 0 ? tokens : undefined,
  };
}
