/**
 * The record agent by agent (the `Agent` trailer): what each coding agent's records add up to. Pure;
 * every renderer (Markdown, text, JSON, dashboard) shows the same breakdown from here, and merge gets
 * it for free because it rebuilds the record from the commits, which carry `figures.agent`.
 *
 * Counting rules (README, docs/report-json.md):
 * - figures are summed **by record**: a task whose records name two agents gives each agent its own
 *   records' hours and minutes, so the rows add up to the Aggregate Statistics;
 * - a task is counted under every agent that has a record in it (such tasks are counted in
 *   `tasksWithSeveralAgents`, as the Tasks column then adds up to more than the total);
 * - agents are told apart case-insensitively (`Codex` and `codex` are one agent), named as the
 *   earliest record spells them;
 * - a record without `Agent` is in a row of its own, `agent: undefined` ("not stated"): the
 *   configured column label (`agent: Claude`) is a word for the minutes column, not a fact about
 *   who worked, and merged reports have several of them.
 */
import type { RowFigures, TaskRow } from '../record/types.js';
import { addFigures, factorOf, supervisoryFactorOf } from './leverageMetrics.js';

/** One agent's share of the record. */
export interface AgentShare extends RowFigures {
  /** The agent as its earliest record writes it; undefined: records without an `Agent` trailer. */
  agent: string | undefined;
  /** Tasks with at least one record of this agent. */
  tasks: number;
  /** Records of this agent (copies of a record count once, as in the totals). */
  records: number;
  /** Human minutes / agent minutes of these records. */
  factor: number;
  supervisoryFactor: number | undefined;
}

export interface AgentBreakdown {
  /** Most human-estimate hours first (then by name); records without `Agent` last. */
  shares: AgentShare[];
  /** Tasks whose records name more than one agent (the "not stated" records count as one). */
  tasksWithSeveralAgents: number;
}

interface Share extends AgentShare {
  key: string | undefined;
  firstTime: number;
  firstSha: string;
}

/**
 * The breakdown of a record's tasks, or undefined when they come from one agent only (every record
 * names the same agent, or none does): then there is nothing to break down, and the report reads as
 * it did before `Agent` existed.
 */
export function agentBreakdown(tasks: readonly TaskRow[]): AgentBreakdown | undefined {
  // Shares by the agent's key, and a cache from each spelling met to its share: one Map lookup a record.
  const byKey = new Map<string | undefined, Share>();
  const bySpelling = new Map<string | undefined, Share>();
  const shareOf = (spelling: string | undefined, time: number, sha: string): Share => {
    let share = bySpelling.get(spelling);
    if (share === undefined) {
      const key = spelling?.toLowerCase();
      share = byKey.get(key);
      if (share === undefined) {
        share = { key, agent: spelling, tasks: 0, records: 0, humanMinutes: 0, claudeMinutes: 0, supervisoryMinutes: undefined, supervisedHumanMinutes: 0, tokens: undefined, factor: 0, supervisoryFactor: undefined, firstTime: time, firstSha: sha };
        byKey.set(key, share);
      }
      bySpelling.set(spelling, share);
    }
    return share;
  };
  let tasksWithSeveralAgents = 0;
  const inTask: Share[] = [];
  for (const task of tasks) {
    inTask.length = 0;
    for (const commit of task.commits) {
      const figures = commit.figures;
      if (commit.role !== 'record' || figures === undefined) continue;
      const share = shareOf(figures.agent, commit.authorTime, commit.sha);
      if (commit.authorTime < share.firstTime || (commit.authorTime === share.firstTime && commit.sha < share.firstSha)) {
        share.firstTime = commit.authorTime;
        share.firstSha = commit.sha;
        share.agent = figures.agent;
      }
      share.records += 1;
      addFigures(share, figures);
      if (!inTask.includes(share)) inTask.push(share);
    }
    for (const share of inTask) share.tasks += 1;
    if (inTask.length > 1) tasksWithSeveralAgents += 1;
  }
  if (byKey.size < 2) return undefined;
  const shares: AgentShare[] = [...byKey.values()].map(({ key: _key, firstTime: _time, firstSha: _sha, ...share }) => ({
    ...share,
    factor: factorOf(share),
    supervisoryFactor: supervisoryFactorOf(share),
  }));
  shares.sort(compareShares);
  return { shares, tasksWithSeveralAgents };
}

/** Most hours first, then by name in code-unit order (the same on every machine); "not stated" last. */
function compareShares(a: AgentShare, b: AgentShare): number {
  if (a.agent === undefined || b.agent === undefined) return a.agent === b.agent ? 0 : a.agent === undefined ? 1 : -1;
  const byHours = b.humanMinutes - a.humanMinutes;
  if (byHours !== 0) return byHours;
  return a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0;
}
