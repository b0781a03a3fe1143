/**
 * The JSON of `git-leverage measure --format json`. `schemaVersion` changes only when a field
 * changes meaning or goes away; new fields may be added within a version.
 */
import { unionLength } from './intervals.js';
import { usageTotal, type TokenUsage } from './logLine.js';
import type { LeftOut, Measurement } from './measureLines.js';

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
  /** Exact, in minutes. */
  claudeMinutes: number;
  supervisoryMinutes: number;
  tokens: TokensJson;
  models: string[];
  sessions: {
    id: string;
    file: string;
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

export const minutesOf = (ms: number): number => Math.round((ms / 60_000) * 1000) / 1000;

const tokensJson = (usage: TokenUsage): TokensJson => ({ ...usage, total: usageTotal(usage) });

/** The JSON of a measurement; `note` says why it is empty when there was nothing to read. */
export function measureJson(m: Measurement, note?: string): MeasureJson {
  const { since, until } = m.window;
  return {
    schemaVersion: MEASURE_SCHEMA_VERSION,
    since: Number.isFinite(since) ? new Date(since).toISOString() : null,
    until: new Date(until).toISOString(),
    idleMinutes: m.idleMinutes,
    claudeMinutes: minutesOf(m.claudeMs),
    supervisoryMinutes: minutesOf(m.supervisoryMs),
    tokens: tokensJson(m.usage),
    models: m.models,
    sessions: m.sessions.map((s) => ({
      id: s.id,
      file: s.file,
      claudeMinutes: minutesOf(unionLength(s.turns.flatMap((t) => t.counted), since, until)),
      supervisoryMinutes: minutesOf(unionLength(s.gaps.filter((g) => g.counted), since, until)),
      turns: s.turns.length,
      tokens: tokensJson(s.usage),
    })),
    filesRead: m.filesRead,
    skippedLines: m.skippedLines,
    unreadableLines: m.unreadable,
    leftOut: m.leftOut,
    ...(note === undefined ? {} : { note }),
  };
}
