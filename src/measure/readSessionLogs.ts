/**
 * The edge of `measure` that touches the disk: finds Claude Code's session logs, skips files last
 * written before the window, and streams each file line by line into the pure LineMeasurer. Lines
 * are split on raw bytes so that a line the cheap check rules out is never decoded nor parsed;
 * memory holds one chunk and one line at a time.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { toLogLine, type Agent, type LogLine } from './logLine.js';
import type { LineMeasurer } from './measureLines.js';
import { screenLine } from './screenLine.js';

/** The folders that hold `projects/`: CLAUDE_CONFIG_DIR's entries, else ~/.claude and the XDG one. */
export function logBases(env: NodeJS.ProcessEnv): string[] {
  const configured = env.CLAUDE_CONFIG_DIR?.split(',').map((entry) => entry.trim()).filter(Boolean);
  if (configured && configured.length > 0) return configured.map((entry) => path.resolve(expandHome(entry, env)));
  const home = env.HOME || os.homedir();
  const xdg = env.XDG_CONFIG_HOME ? path.resolve(env.XDG_CONFIG_HOME) : path.join(home, '.config');
  return [path.join(home, '.claude'), path.join(xdg, 'claude')];
}

function expandHome(entry: string, env: NodeJS.ProcessEnv): string {
  return entry === '~' || entry.startsWith('~/') ? path.join(env.HOME || os.homedir(), entry.slice(1)) : entry;
}

export interface LogFile {
  path: string;
  mtimeMs: number;
  size: number;
}

/** A folder's entries; none when it cannot be read (missing, or no permission). */
export async function list(dir: string): Promise<import('node:fs').Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/**
 * Every session log under the bases: `projects/<folder>/*.jsonl` and
 * `projects/<folder>/<session>/subagents/*.jsonl`, each once even when two bases are the same folder.
 */
export async function findLogFiles(bases: readonly string[]): Promise<LogFile[]> {
  const seenBases = new Set<string>();
  const files: LogFile[] = [];
  for (const base of bases) {
    const real = await realpath(base).catch(() => undefined);
    if (real === undefined || seenBases.has(real)) continue;
    seenBases.add(real);
    const projects = path.join(real, 'projects');
    for (const project of await list(projects)) {
      if (!project.isDirectory()) continue;
      const projectDir = path.join(projects, project.name);
      for (const entry of await list(projectDir)) {
        if (entry.isFile() && entry.name.endsWith('.jsonl')) await add(files, path.join(projectDir, entry.name));
        else if (entry.isDirectory()) {
          const subagents = path.join(projectDir, entry.name, 'subagents');
          for (const sub of await list(subagents)) {
            if (sub.isFile() && sub.name.endsWith('.jsonl')) await add(files, path.join(subagents, sub.name));
          }
        }
      }
    }
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** Adds a file with its modification time; one removed since it was listed (Claude Code cleans up) is left out. */
async function add(files: LogFile[], file: string): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (info) files.push({ path: file, mtimeMs: info.mtimeMs, size: info.size });
}

const NEWLINE = 0x0a;

/** Bytes read at a time: one buffer a file, reused for every read (small enough for the heap, not an mmap a file). */
const CHUNK_BYTES = 64 * 1024;

/**
 * Yields each line of a file as raw bytes (without the line break), with its 1-based number;
 * `complete` is false for a last line that no line break ended (a write cut short). A line's bytes
 * are valid until the next line is asked for: they may be a view of the buffer the next read fills.
 *
 * Reads are synchronous into one reused buffer: a read stream allocates a buffer for every chunk
 * and goes through the thread pool for each, which cost ~2 s of CPU a GB here against 0.15–0.25 s
 * (docs/benchmarks.md, measure). Nothing else runs while `measure` reads its logs.
 */
export function* readLines(file: string): Generator<{ bytes: Buffer; number: number; complete: boolean }> {
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    // Pieces of a line that runs across reads, copied because the buffer is refilled.
    let pending: Buffer[] = [];
    let number = 0;
    let filled: number;
    while ((filled = readSync(fd, chunk, 0, CHUNK_BYTES, null)) > 0) {
      const read = filled === CHUNK_BYTES ? chunk : chunk.subarray(0, filled);
      let start = 0;
      let end = read.indexOf(NEWLINE, start);
      while (end >= 0) {
        number += 1;
        const piece = read.subarray(start, end);
        yield { bytes: trimCr(pending.length > 0 ? Buffer.concat([...pending, piece]) : piece), number, complete: true };
        pending = [];
        start = end + 1;
        end = read.indexOf(NEWLINE, start);
      }
      if (start < read.length) pending.push(Buffer.from(read.subarray(start)));
    }
    if (pending.length > 0) yield { bytes: trimCr(Buffer.concat(pending)), number: number + 1, complete: false };
  } finally {
    closeSync(fd);
  }
}

const trimCr = (line: Buffer): Buffer => (line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, -1) : line);

/**
 * How an agent's log lines are read: a cheap check on the raw bytes (a line it rules out is never
 * decoded), and a decoder made fresh for each file (Codex's keeps its session's state across lines).
 */
export interface LogFormat {
  agent: Agent;
  screen: (bytes: Buffer, from: number, to: number) => 'skip' | 'parse';
  decoder: () => (value: unknown) => LogLine | undefined;
  /**
   * Optional: for a whole line that `screen` let through, the value its decoder needs, taken from
   * the bytes without JSON.parse; undefined when the line must be parsed.
   */
  peek?: (bytes: Buffer) => unknown;
}

/** Claude Code's lines: each one stands alone. */
export const CLAUDE_LOG_FORMAT: LogFormat = { agent: 'claude', screen: screenLine, decoder: () => toLogLine };

/** Streams one file into the measurer. A line that does not parse is counted, with its place. */
export async function readLogFile(file: string, measurer: LineMeasurer, format: LogFormat = CLAUDE_LOG_FORMAT, label = file): Promise<void> {
  const { from, to } = measurer.screenRange;
  const decode = format.decoder();
  for (const { bytes, number, complete } of readLines(file)) {
    if (bytes.length === 0) continue;
    if (format.screen(bytes, from, to) === 'skip') {
      measurer.screenedOut();
      continue;
    }
    // A line cut short is never peeked: parsing it names it as unreadable.
    let value: unknown = complete && format.peek ? format.peek(bytes) : undefined;
    if (value === undefined) {
      try {
        value = JSON.parse(bytes.toString('utf8'));
      } catch {
        // JSON.parse's message quotes the line: only the place leaves the logs.
        measurer.unreadableLine(label, number, `not valid JSON (${bytes.length} bytes; truncated or malformed)`);
        continue;
      }
    }
    const line = decode(value);
    if (!line) {
      measurer.unknown();
      continue;
    }
    measurer.line(label, line, format.agent);
    // Logs are written in time order: a prompt past the window closes whatever was open at its end,
    // so nothing later in this file can reach the window.
    if (line.kind === 'prompt' && line.time > to) {
      measurer.stoppedAfterWindow();
      break;
    }
  }
  measurer.endFile(label);
}

/** Reads every log file that can hold lines of the window, in order, into the measurer. */
export async function readSessionLogs(files: readonly LogFile[], measurer: LineMeasurer, format: LogFormat = CLAUDE_LOG_FORMAT): Promise<void> {
  for (const file of files) {
    if (file.mtimeMs < measurer.window.since) {
      measurer.fileBeforeWindow();
      continue;
    }
    try {
      await readLogFile(file.path, measurer, format);
    } catch (error) {
      // One unreadable file (removed meanwhile, no permission) must not hide the others' figures.
      measurer.unreadableLine(file.path, 0, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'read error'})`);
      measurer.endFile(file.path);
    }
  }
}
