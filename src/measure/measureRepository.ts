/**
 * Measures one repository's coding-agent sessions over a window: finds each agent's logs, reads them
 * through the one pure LineMeasurer, and returns the figures. Shared by `git-leverage measure` and the hook.
 */
import { codexBases, findCodexLogFiles, readCodexLogs } from './readCodexLogs.js';
import { findLogFiles, logBases, readSessionLogs, type LogFile } from './readSessionLogs.js';
import { AGENTS, type Agent } from './logLine.js';
import { LineMeasurer, type Measurement, type MeasureWindow } from './measureLines.js';
import { folderMatcher, repositoryFolders } from './repositoryFolders.js';

export interface MeasureRequest {
  repoDir: string;
  window: MeasureWindow;
  idleMinutes: number;
  env?: NodeJS.ProcessEnv;
  /** One agent's logs only; absent: every agent whose logs are found. */
  agent?: Agent;
}

export interface AgentLogs {
  agent: Agent;
  /** The folders searched (Claude Code: for `projects/`; Codex: for `sessions/` and `archived_sessions/`). */
  bases: string[];
  /** Every log file found, read or not. */
  files: LogFile[];
}

export interface MeasureOutcome {
  /** The Claude Code folders searched for `projects/` (empty when only Codex was asked for). */
  bases: string[];
  /** Every log file found, read or not, of every agent asked for; empty means there are no logs at all. */
  files: LogFile[];
  /** The same, agent by agent. */
  logs: AgentLogs[];
  folders: string[];
  measurement: Measurement;
}

const FINDERS: Record<Agent, { bases: (env: NodeJS.ProcessEnv) => string[]; find: (bases: readonly string[]) => Promise<LogFile[]>; read: (files: readonly LogFile[], m: LineMeasurer) => Promise<void> }> = {
  claude: { bases: logBases, find: findLogFiles, read: readSessionLogs },
  codex: { bases: codexBases, find: findCodexLogFiles, read: readCodexLogs },
};

export async function measureRepository(request: MeasureRequest): Promise<MeasureOutcome> {
  const env = request.env ?? process.env;
  const folders = await repositoryFolders(request.repoDir, env);
  const logs: AgentLogs[] = [];
  for (const agent of request.agent ? [request.agent] : AGENTS) {
    const bases = FINDERS[agent].bases(env);
    logs.push({ agent, bases, files: await FINDERS[agent].find(bases) });
  }
  const found = logs.filter((l) => l.files.length > 0);
  const measurer = new LineMeasurer(request.window, request.idleMinutes, folderMatcher(folders), found.map((l) => l.agent));
  for (const { agent, files } of found) await FINDERS[agent].read(files, measurer);
  return {
    bases: logs.find((l) => l.agent === 'claude')?.bases ?? [],
    files: logs.flatMap((l) => l.files),
    logs,
    folders,
    measurement: measurer.result(),
  };
}
