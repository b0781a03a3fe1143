/**
 * Loads the session measurer only when measuring is on: it reads coding agents' session logs, which a
 * commit that measures nothing must not pay for (the bundler puts it in a chunk of its own).
 */
import type { measureForCommit } from '../measure/measureForCommit.js';

export type MeasureForCommit = typeof measureForCommit;

export async function loadMeasure(): Promise<MeasureForCommit> {
  return (await import('../measure/measureForCommit.js')).measureForCommit;
}
