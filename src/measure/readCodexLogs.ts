/**
 * The disk edge of `measure` for OpenAI Codex CLI: finds its session logs
 * (`sessions/YYYY/MM/DD/rollout-*.jsonl` and `archived_sessions/rollout-*.jsonl` under each
 * CODEX_HOME), and streams each into the LineMeasurer through a CodexLineReader. Files are chosen by
 * modification time and lines by their session's folder, never by the folder's date: Codex names
 * folders and files after the local time the session started, and a session can run past midnight.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CodexLineReader } from './codexLine.js';
import type { LineMeasurer } from './measureLines.js';
import { readLines, type LogFile } from './readSessionLogs.js';
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

async function list(dir: string): Promise<import('node:fs').Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

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

/** Streams one Codex file into the measurer; a line that does not parse is counted, with its place. */
export async function readCodexFile(file: string, measurer: LineMeasurer, label = file): Promise<void> {
  const { from, to } = measurer.screenRange;
  const reader = new CodexLineReader();
  for await (const { bytes, number } of readLines(file)) {
    if (bytes.length === 0) continue;
    if (screenCodexLine(bytes, from, to) === 'skip') {
      measurer.screenedOut();
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString('utf8'));
    } catch {
      measurer.unreadableLine(label, number, `not valid JSON (${bytes.length} bytes; truncated or malformed)`);
      continue;
    }
    const line = reader.read(value);
    if (!line) {
      measurer.unknown();
      continue;
    }
    measurer.line(label, line, 'codex');
    // Written in time order: a prompt past the window closes the open turn, nothing later can reach it.
    if (line.kind === 'prompt' && line.time > to) {
      measurer.stoppedAfterWindow();
      break;
    }
  }
  measurer.endFile(label);
}

/** Reads every Codex file that can hold lines of the window into the measurer. */
export async function readCodexLogs(files: readonly LogFile[], measurer: LineMeasurer): Promise<void> {
  for (const file of files) {
    if (file.mtimeMs < measurer.window.since) {
      measurer.fileBeforeWindow();
      continue;
    }
    try {
      await readCodexFile(file.path, measurer);
    } catch (error) {
      measurer.unreadableLine(file.path, 0, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'read error'})`);
      measurer.endFile(file.path);
    }
  }
}
