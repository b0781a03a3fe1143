/** The calendar periods a record rolls up by (apart from rollUp.ts, so option parsing does not load it). */
export const PERIOD_UNITS = ['day', 'week', 'month'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];
