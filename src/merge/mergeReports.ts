/**
 * Reports made anywhere (one CI job per repository, one laptop per person) → one report. Pure.
 *
 * A JSON report carries the commits it was built from, so merging is feeding every report's commits
 * to the one record builder: the same commit reached through two reports, a cherry-picked copy of a
 * record, and a Task-Id worked on in several repositories count exactly as they would if one
 * collector had read every repository. No second aggregation lives here.
 */
import { buildRecord } from '../record/buildRecord.js';
import type { LeverageCommit, LeverageReport, ReportWindow, SortOrder } from '../record/types.js';
import type { ReportInput } from '../reportJson/readReportJson.js';
import { mergeEstimateChecks } from './mergeEstimateChecks.js';
import { DateTime } from '../window/luxon.js';
import { canonicalZone } from '../window/timezones.js';
import { UserError } from '../userError.js';

export class MergeError extends UserError {
  override name = 'MergeError';
}

export interface MergeOptions {
  /** Task Log order of the merged record (default `factor`, as the published record). */
  sort?: SortOrder;
}

/** How a report is named in messages: its file when the reader knew it, else its position. */
function nameOf(input: ReportInput, index: number): string {
  return input.source ?? `report #${index + 1}`;
}

/**
 * The zone the merged report is counted in. Reports counted in different zones put the same instant
 * on different days: merging them would give a record whose days mean nothing. Zones are compared by
 * their canonical names (`UTC`, `Etc/UTC` and `utc` are one zone), and the merged report keeps the
 * name as written when every report wrote the same one. Refused, naming every file under its zone.
 */
function commonTimezone(inputs: readonly ReportInput[]): string {
  const byZone = new Map<string, { written: Set<string>; names: string[] }>();
  const unknown: string[] = [];
  inputs.forEach((input, index) => {
    const zone = input.window.timezone;
    const canonical = canonicalZone(zone);
    if (canonical === undefined) {
      unknown.push(`${nameOf(input, index)}: unknown time zone "${zone}"`);
      return;
    }
    const group = byZone.get(canonical) ?? { written: new Set<string>(), names: [] };
    group.written.add(zone);
    group.names.push(nameOf(input, index));
    byZone.set(canonical, group);
  });
  if (unknown.length > 0) {
    throw new MergeError(`reports counted in a time zone this machine does not know cannot be merged (accepted: an IANA zone name such as America/New_York or UTC):\n  ${unknown.join('\n  ')}`);
  }
  if (byZone.size > 1) {
    const groups = [...byZone.values()].map(({ written, names }) => `${[...written].join(' = ')}: ${names.join(', ')}`);
    throw new MergeError(`reports counted in different time zones cannot be merged (make them with the same --timezone or config timezone):\n  ${groups.join('\n  ')}`);
  }
  const [canonical, { written }] = [...byZone][0] as [string, { written: Set<string> }];
  return written.size === 1 ? (inputs[0] as ReportInput).window.timezone : canonical;
}

/** The smallest window that covers every report's: the same one when they agree. */
function mergedWindow(inputs: readonly ReportInput[], timezone: string): ReportWindow {
  const windows = inputs.map((input) => input.window);
  const first = windows[0] as ReportWindow;
  const same = (w: ReportWindow) => w.kind === first.kind && w.label === first.label && w.start === first.start && w.end === first.end && w.range === first.range;
  if (windows.every(same)) return { ...first, timezone };
  if (windows.every((w) => w.start !== undefined && w.end !== undefined)) {
    const start = Math.min(...windows.map((w) => w.start as number));
    const end = Math.max(...windows.map((w) => w.end as number));
    const firstDay = DateTime.fromSeconds(start, { zone: timezone }).toISODate() as string;
    const lastDay = DateTime.fromSeconds(end, { zone: timezone }).minus({ days: 1 }).toISODate() as string;
    return firstDay === lastDay
      ? { kind: 'day', label: firstDay, timezone, start, end }
      : { kind: 'days', label: `${firstDay} to ${lastDay}`, timezone, start, end };
  }
  // Ranges and all-history windows have no common span: say which windows were combined.
  const labels = [...new Set(windows.map((w) => w.label))];
  const label = labels.length <= 3 ? labels.join(', ') : `${labels.length} windows merged`;
  return { kind: 'all', label, timezone };
}

/** Agents labelled differently in different repositories are all named (`Claude / Codex`). */
function mergedAgent(inputs: readonly ReportInput[]): string {
  return [...new Set(inputs.map((input) => input.agent))].join(' / ');
}

/**
 * Merges JSON reports (read with parseReportJson) into one report. Throws MergeError when there is
 * nothing to merge or the reports were counted in different time zones.
 */
export function mergeReports(inputs: ReportInput[], options: MergeOptions = {}): LeverageReport {
  if (inputs.length === 0) throw new MergeError('no reports to merge');
  const timezone = commonTimezone(inputs);
  const repositories = new Set<string>();
  const commits: LeverageCommit[] = [];
  // The same commit of the same repository, reached through two reports, is kept once in the
  // merged report's commit list too, so merging merged reports again changes nothing.
  // Keyed by repository, then sha: no key string is built per commit.
  const seen = new Map<string, Set<string>>();
  for (const input of inputs) {
    for (const repo of input.repositories) repositories.add(repo);
    for (const commit of input.commits) {
      let shas = seen.get(commit.repo);
      if (shas === undefined) seen.set(commit.repo, (shas = new Set()));
      else if (shas.has(commit.sha)) continue;
      shas.add(commit.sha);
      commits.push(commit);
    }
  }
  const record = buildRecord(commits, { sort: options.sort ?? 'factor' });
  const estimateReference = mergeEstimateChecks(record.tasks, inputs);
  return {
    window: mergedWindow(inputs, timezone),
    agent: mergedAgent(inputs),
    repositories: [...repositories],
    commits,
    record,
    ...(estimateReference ? { estimateReference } : {}),
  };
}
