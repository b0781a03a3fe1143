/**
 * The disk edge of `measure` for OpenAI Codex CLI: finds its session logs
 * (`sessions/YYYY/MM/DD/rollout-*.jsonl` and `archived_sessions/rollout-*.jsonl` under each
 * CODEX_HOME), and streams each into the LineMeasurer through a CodexLineReader. Files are chosen by
 * modification time and lines by their session's folder, never by the folder's date: Codex names
 * folders and files after the local time the session started, and a session can run past midnight.
 */
import { realpath, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CodexLineReader, peekCodexLine } from './codexLine.js';
import type { LineMeasurer } from './measureLines.js';
import { list, readSessionLogs, type LogFile, type LogFormat } from './readSessionLogs.js';
import { screenCodexLine } from './screenCodexLine.js';

/** The CODEX_HOME folders: each entry of a comma-separated CODEX_HOME, else `~/.codex`. */
export function codexBases(env: NodeJS.ProcessEnv): string[] {
  const home = env.HOME || os.homedir();
  const expand = (entry: string): string => (entry === '~' || entry.startsWith('~/') ? path.join(home, entry.slice(1)) : entry);
  const configured = env.CODEX_HOME?.split(',').map((entry) => entry.trim()).filter(Boolean);
  if (configured && configured.length > 0) return configured.map((entry) => path.resolve(expand(entry)));
  return [path.join(home, '.codex')];
}

const isRollout = (name: string): boolean => name.startsWith('rollout-') && name.endsWith('.jsonl');

/** Rollout files anywhere under `dir` (Codex nests them by date; the depth is not relied on). */
async function collect(dir: string, into: string[]): Promise<void> {
  for (const entry of await list(dir)) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await collect(full, into);
    else if (entry.isFile() && isRollout(entry.name)) into.push(full);
  }
}

/**
 * Every Codex session log under the bases, each once: a folder reached twice is read once, and a
 * session archived while it was also left in `sessions/` (same file name) is read once.
 */
export async function findCodexLogFiles(bases: readonly string[]): Promise<LogFile[]> {
  const seenBases = new Set<string>();
  const seenNames = new Set<string>();
  const files: LogFile[] = [];
  for (const base of bases) {
    const real = await realpath(base).catch(() => undefined);
    if (real === undefined || seenBases.has(real)) continue;
    seenBases.add(real);
    const paths: string[] = [];
    await collect(path.join(real, 'sessions'), paths);
    await collect(path.join(real, 'archived_sessions'), paths);
    for (const file of paths) {
      const name = path.basename(file);
      if (seenNames.has(name)) continue;
      const info = await stat(file).catch(() => undefined);
      if (!info) continue;
      seenNames.add(name);
      files.push({ path: file, mtimeMs: info.mtimeMs, size: info.size });
    }
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Codex's lines: read through a CodexLineReader a file, which keeps the session's folder and turn;
 * activity lines are read from their heads (peekCodexLine), the rest parsed.
 */
export const CODEX_LOG_FORMAT: LogFormat = {
  agent: 'codex',
  screen: screenCodexLine,
  peek: peekCodexLine,
  decoder: () => {
    const reader = new CodexLineReader();
    return (value) => reader.read(value);
  },
};

/** Reads every Codex file that can hold lines of the window into the measurer. */
export function readCodexLogs(files: readonly LogFile[], measurer: LineMeasurer): Promise<void> {
  return readSessionLogs(files, measurer, CODEX_LOG_FORMAT);
}
