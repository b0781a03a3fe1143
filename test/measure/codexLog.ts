/**
 * Writes OpenAI Codex CLI session logs (`rollout-*.jsonl`) the way Codex does: compact JSON, one
 * `{"timestamp","type","payload"}` object a line, with the payload fields Codex writes
 * (session_meta, turn_context, response_item, event_msg user_message / task_started /
 * task_complete / token_count / agent_message).
 */
import path from 'node:path';

export interface CodexCall {
  input: number;
  cached: number;
  output: number;
  reasoning?: number;
}

interface RawUsage {
  input_tokens: number;
  cached_input_tokens: number;
  output_tokens: number;
  reasoning_output_tokens: number;
  total_tokens: number;
}

const raw = (u: CodexCall): RawUsage => ({
  input_tokens: u.input,
  cached_input_tokens: u.cached,
  output_tokens: u.output,
  reasoning_output_tokens: u.reasoning ?? 0,
  total_tokens: u.input + u.output,
});

const RATE_LIMITS = { primary: { used_percent: 4, window_minutes: 299, resets_in_seconds: 9000 }, secondary: { used_percent: 1, window_minutes: 10079, resets_in_seconds: 500000 } };

export class CodexLog {
  readonly lines: string[] = [];
  private totals: CodexCall = { input: 0, cached: 0, output: 0, reasoning: 0 };
  private lastTokenLine: Record<string, unknown> | undefined;
  private turn = 0;
  private call = 0;

  constructor(
    readonly id: string,
    public cwd: string,
    readonly model = 'gpt-5-codex',
  ) {}

  private push(timestamp: string, type: string, payload: Record<string, unknown>): this {
    this.lines.push(JSON.stringify({ timestamp, type, payload }));
    return this;
  }

  /** The first line of every rollout file; also the environment text Codex sends as a `user` message. */
  meta(timestamp: string): this {
    this.push(timestamp, 'session_meta', {
      id: this.id,
      timestamp,
      cwd: this.cwd,
      originator: 'codex_cli_rs',
      cli_version: '0.46.0',
      instructions: null,
      source: 'cli',
      model_provider: 'openai',
      git: { commit_hash: 'a'.repeat(40), branch: 'main', repository_url: 'git@example.com:team/app.git' },
    });
    return this.push(timestamp, 'response_item', {
      type: 'message',
      role: 'user',
      content: [{ type: 'input_text', text: `<environment_context>\n  <cwd>${this.cwd}</cwd>\n  <approval_policy>on-request</approval_policy>\n</environment_context>` }],
    });
  }

  /** A human prompt as Codex writes it: turn context, the prompt sent to the model, and the `user_message` event. */
  prompt(timestamp: string, text = 'SECRET-PROMPT please fix the parser'): this {
    this.push(timestamp, 'turn_context', {
      cwd: this.cwd,
      approval_policy: 'on-request',
      sandbox_policy: { mode: 'workspace-write', network_access: false, exclude_tmpdir_env_var: false, exclude_slash_tmp: false },
      model: this.model,
      effort: 'medium',
      summary: 'auto',
    });
    this.push(timestamp, 'response_item', { type: 'message', role: 'user', content: [{ type: 'input_text', text }] });
    return this.push(timestamp, 'event_msg', { type: 'user_message', message: text, images: [], kind: 'plain' });
  }

  taskStarted(timestamp: string): this {
    this.turn += 1;
    return this.push(timestamp, 'event_msg', { type: 'task_started', turn_id: String(this.turn), model_context_window: 272000 });
  }

  taskComplete(timestamp: string, text = 'SECRET-RESPONSE done'): this {
    return this.push(timestamp, 'event_msg', { type: 'task_complete', turn_id: String(this.turn), last_agent_message: text });
  }

  reasoning(timestamp: string): this {
    return this.push(timestamp, 'response_item', { type: 'reasoning', summary: [{ type: 'summary_text', text: '**SECRET-THOUGHT**' }], content: null, encrypted_content: 'gAAAAABo' });
  }

  shell(timestamp: string): this {
    this.call += 1;
    return this.push(timestamp, 'response_item', { type: 'function_call', name: 'shell', arguments: '{"command":["bash","-lc","cat SECRET.txt"]}', call_id: `call_${this.call}` });
  }

  shellOutput(timestamp: string): this {
    return this.push(timestamp, 'response_item', {
      type: 'function_call_output',
      call_id: `call_${this.call}`,
      output: '{"output":"SECRET-OUTPUT file contents","metadata":{"exit_code":0,"duration_seconds":0.1}}',
    });
  }

  agentMessage(timestamp: string, text = 'SECRET-RESPONSE here is the change'): this {
    this.push(timestamp, 'event_msg', { type: 'agent_message', message: text });
    return this.push(timestamp, 'response_item', { type: 'message', role: 'assistant', content: [{ type: 'output_text', text }] });
  }

  /** One API call's `token_count`: `last_token_usage` and the file's running `total_token_usage`. */
  tokens(timestamp: string, call: CodexCall, options: { withoutLast?: boolean } = {}): this {
    this.totals = {
      input: this.totals.input + call.input,
      cached: this.totals.cached + call.cached,
      output: this.totals.output + call.output,
      reasoning: (this.totals.reasoning ?? 0) + (call.reasoning ?? 0),
    };
    const info: Record<string, unknown> = { total_token_usage: raw(this.totals), model_context_window: 272000 };
    if (!options.withoutLast) info.last_token_usage = raw(call);
    this.lastTokenLine = { type: 'token_count', info, rate_limits: RATE_LIMITS };
    return this.push(timestamp, 'event_msg', this.lastTokenLine);
  }

  /** The same `token_count` again, as Codex writes it at the start of a later API call. */
  repeatTokens(timestamp: string): this {
    if (!this.lastTokenLine) throw new Error('no token_count to repeat');
    return this.push(timestamp, 'event_msg', this.lastTokenLine);
  }

  /** A `token_count` with `info: null` (rate limits only, before the first API call). */
  noTokens(timestamp: string): this {
    return this.push(timestamp, 'event_msg', { type: 'token_count', info: null, rate_limits: RATE_LIMITS });
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

/** `<home>/sessions/YYYY/MM/DD/rollout-<local start>-<id>.jsonl`: the date is the local one at the session's start. */
export const sessionFile = (codexHome: string, localStart: string, id: string): string => {
  const [date] = localStart.split('T');
  const [y, m, d] = (date ?? '').split('-');
  return path.join(codexHome, 'sessions', y ?? '', m ?? '', d ?? '', `rollout-${localStart.replace(/:/g, '-')}-${id}.jsonl`);
};

export const archivedFile = (codexHome: string, localStart: string, id: string): string =>
  path.join(codexHome, 'archived_sessions', `rollout-${localStart.replace(/:/g, '-')}-${id}.jsonl`);
