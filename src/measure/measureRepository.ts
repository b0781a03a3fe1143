/**
 * Measures one repository's Claude Code sessions over a window: finds the logs, reads them through
 * the pure LineMeasurer, and returns the figures. Shared by `git-leverage measure` and the hook.
 */
import { findLogFiles, logBases, readSessionLogs, type LogFile } from './readSessionLogs.js';
import { LineMeasurer, type Measurement, type MeasureWindow } from './measureLines.js';
import { folderMatcher, repositoryFolders } from './repositoryFolders.js';

export interface MeasureRequest {
  repoDir: string;
  window: MeasureWindow;
  idleMinutes: number;
  env?: NodeJS.ProcessEnv;
}

export interface MeasureOutcome {
  /** The folders searched for `projects/`. */
  bases: string[];
  /** Every log file found, read or not; empty means there are no logs at all. */
  files: LogFile[];
  folders: string[];
  measurement: Measurement;
}

export async function measureRepository(request: MeasureRequest): Promise<MeasureOutcome> {
  const env = request.env ?? process.env;
  const folders = await repositoryFolders(request.repoDir, env);
  const bases = logBases(env);
  const files = await findLogFiles(bases);
  const measurer = new LineMeasurer(request.window, request.idleMinutes, folderMatcher(folders));
  await readSessionLogs(files, measurer);
  return { bases, files, folders, measurement: measurer.result() };
}
