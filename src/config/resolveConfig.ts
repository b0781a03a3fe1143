/**
 * The configuration as the rest of the code reads it, with every default filled in. Kept apart from
 * the schema (configSchema.ts, which needs yaml and zod) so that a repository without
 * `.leverage.yml`, the common case, loads neither.
 */
import { DEFAULT_TRAILER_KEYS, type TrailerOptions } from '../trailers/trailerKeys.js';
import type { LeverageConfig } from './configSchema.js';
import { UserError } from '../userError.js';

/** The config with every default filled in: what the rest of the code reads. */
export interface ResolvedConfig {
  timezone: string | undefined;
  trailerOptions: TrailerOptions;
  revs: string[] | undefined;
  sort: 'factor' | 'time';
  agent: string;
  require: 'never' | 'records' | 'always';
  measure: boolean;
  idleMinutes: number;
  chart: 'mermaid' | 'none';
  estimates: EstimateConfig;
}

/** The estimate check's settings, defaults filled in (docs/estimates.md). */
export interface EstimateConfig {
  check: boolean;
  lookbackDays: number;
  flagFactor: number;
  minimumTasks: number;
  exclude: string[];
}

export function resolveConfig(config: LeverageConfig = {}): ResolvedConfig {
  return {
    timezone: config.timezone,
    trailerOptions: { keys: { ...DEFAULT_TRAILER_KEYS, ...config.trailers }, hoursPerDay: config.hoursPerDay ?? 8 },
    revs: config.revs,
    sort: config.sort ?? 'factor',
    agent: config.agent ?? 'Claude',
    require: config.require ?? 'never',
    measure: config.measure ?? false,
    idleMinutes: config.idleMinutes ?? 5,
    chart: config.chart ?? 'mermaid',
    estimates: {
      check: config.estimates?.check ?? true,
      lookbackDays: config.estimates?.lookbackDays ?? 90,
      flagFactor: config.estimates?.flagFactor ?? 4,
      minimumTasks: config.estimates?.minimumTasks ?? 10,
      exclude: config.estimates?.exclude ?? [],
    },
  };
}

export class ConfigError extends UserError {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source}: invalid configuration\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}
