/**
 * Writes Claude Code session logs the way Claude Code does: compact JSON, one object a line, with the
 * fields it writes (type, timestamp, sessionId, cwd, uuid, parentUuid, isSidechain, message, requestId…).
 */
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface Usage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
}

export const usage = (input: number, output: number, cacheCreation = 0, cacheRead = 0): Usage => ({
  input_tokens: input,
  output_tokens: output,
  cache_creation_input_tokens: cacheCreation,
  cache_read_input_tokens: cacheRead,
});

/** Builds the lines of one session, chaining uuid/parentUuid. */
export class SessionLog {
  readonly lines: string[] = [];
  private counter = 0;
  private parent: string | null = null;

  constructor(
    readonly sessionId: string,
    public cwd: string,
    private readonly sidechain = false,
  ) {}

  private push(fields: Record<string, unknown>, timestamp: string): this {
    this.counter += 1;
    const uuid = `${this.sessionId}-${this.counter}`;
    this.lines.push(
      JSON.stringify({
        parentUuid: this.parent,
        isSidechain: this.sidechain,
        userType: 'external',
        cwd: this.cwd,
        sessionId: this.sessionId,
        version: '2.0.14',
        gitBranch: 'main',
        ...fields,
        uuid,
        timestamp,
      }),
    );
    this.parent = uuid;
    return this;
  }

  prompt(timestamp: string, text = 'SECRET-PROMPT please refactor the parser'): this {
    return this.push({ type: 'user', message: { role: 'user', content: text } }, timestamp);
  }

  meta(timestamp: string): this {
    return this.push({ type: 'user', isMeta: true, message: { role: 'user', content: '<command-name>/clear</command-name>' } }, timestamp);
  }

  toolResult(timestamp: string, text = 'SECRET-OUTPUT file contents'): this {
    return this.push(
      {
        type: 'user',
        message: { role: 'user', content: [{ tool_use_id: `toolu_${this.counter}`, type: 'tool_result', content: text }] },
        toolUseResult: { stdout: text, stderr: '', interrupted: false },
      },
      timestamp,
    );
  }

  assistant(timestamp: string, options: { id: string; requestId: string; usage: Usage; model?: string; text?: string }): this {
    return this.push(
      {
        message: {
          id: options.id,
          type: 'message',
          role: 'assistant',
          model: options.model ?? 'claude-sonnet-4-5-20250929',
          content: [{ type: 'text', text: options.text ?? 'SECRET-RESPONSE here is the change' }],
          stop_reason: null,
          stop_sequence: null,
          usage: { ...options.usage, service_tier: 'standard' },
        },
        requestId: options.requestId,
        type: 'assistant',
      },
      timestamp,
    );
  }

  synthetic(timestamp: string): this {
    return this.push(
      {
        message: {
          id: `synthetic-${this.counter}`,
          type: 'message',
          role: 'assistant',
          model: '<synthetic>',
          content: [{ type: 'text', text: 'No response requested.' }],
          usage: usage(0, 0),
        },
        type: 'assistant',
      },
      timestamp,
    );
  }

  turnDuration(timestamp: string, durationMs: number): this {
    return this.push({ type: 'system', subtype: 'turn_duration', durationMs, isMeta: false, level: 'info' }, timestamp);
  }

  other(timestamp: string): this {
    this.lines.push(JSON.stringify({ type: 'file-history-snapshot', messageId: 'x', snapshot: { timestamp } }));
    return this;
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

/** Writes a log file under `<base>/projects/<folder>/` and sets its modification time to its last line's. */
export async function writeLog(file: string, content: string, mtime?: string): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  if (mtime) await utimes(file, new Date(mtime), new Date(mtime));
  return file;
}

/** The lossy folder name Claude Code uses under projects/ (not read by git-leverage). */
export const projectFolder = (cwd: string): string => cwd.replace(/[^A-Za-z0-9]/g, '-');
