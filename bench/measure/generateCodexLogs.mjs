/**
 * Writes a small, deterministic set of OpenAI Codex CLI session logs for the ccusage comparison:
 * `CODEX_HOME/sessions/YYYY/MM/DD/rollout-*.jsonl` in Codex's line shapes, with the cases that make
 * token counting tricky: `info: null`, a repeated `token_count` at the start of later API calls,
 * lines with totals but no `last_token_usage`, older sessions without task events, and sessions that
 * run past midnight. Every session works in one repository (or below it), so ccusage (which reads
 * every session) and `measure` (which reads this repository's) see the same calls.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, realpathSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SESSIONS = 60;
const RATE_LIMITS = { primary: { used_percent: 4, window_minutes: 299, resets_in_seconds: 9000 }, secondary: null };

function seededRandom(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const raw = (u) => ({ input_tokens: u.input, cached_input_tokens: u.cached, output_tokens: u.output, reasoning_output_tokens: u.reasoning, total_tokens: u.input + u.output });

/** Generates the logs under a fresh folder; returns { root, repo, codexHome, files, days }. */
export function generateCodexLogs() {
  const root = path.resolve('bench/.work/codex-logs');
  rmSync(root, { recursive: true, force: true });
  const repoDir = path.join(root, 'repo');
  mkdirSync(repoDir, { recursive: true });
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@git-leverage.invalid', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@git-leverage.invalid', GIT_AUTHOR_DATE: '2026-06-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-06-01T00:00:00Z' };
  for (const args of [['init', '--quiet', '--initial-branch=main'], ['commit', '--quiet', '--allow-empty', '-m', 'start']]) {
    const result = spawnSync('git', args, { cwd: repoDir, env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr}`);
  }
  const repo = realpathSync(repoDir);
  const codexHome = path.join(root, 'codex');
  const random = seededRandom(20);
  const int = (n) => Math.floor(random() * n);
  const folders = ['', '/src', '/test'];
  for (let s = 0; s < SESSIONS; s += 1) {
    const id = `0199a000-0000-7000-8000-${String(s).padStart(12, '0')}`;
    const cwd = repo + folders[s % folders.length];
    const older = s % 4 === 3;
    // Ten days from 2026-06-02; every fifth session starts at 23:30 and runs past midnight.
    let time = Date.parse(`2026-06-${String(2 + (s % 10)).padStart(2, '0')}T00:00:00Z`) + (s % 5 === 4 ? 23.5 * 3600_000 : (8 + int(10)) * 3600_000);
    const start = new Date(time).toISOString();
    const lines = [];
    const at = () => new Date(time).toISOString();
    const push = (type, payload) => lines.push(JSON.stringify({ timestamp: at(), type, payload }));
    push('session_meta', { id, timestamp: start, cwd, originator: 'codex_cli_rs', cli_version: older ? '0.20.0' : '0.46.0', instructions: null });
    push('response_item', { type: 'message', role: 'user', content: [{ type: 'input_text', text: `<environment_context><cwd>${cwd}</cwd></environment_context>` }] });
    push('event_msg', { type: 'token_count', info: null, rate_limits: RATE_LIMITS });
    const totals = { input: 0, cached: 0, output: 0, reasoning: 0 };
    let lastLine;
    const turns = 2 + int(4);
    for (let t = 0; t < turns; t += 1) {
      time += (1 + int(6)) * 60_000;
      if (!older) push('event_msg', { type: 'task_started', turn_id: String(t), model_context_window: 272000 });
      push('turn_context', { cwd, approval_policy: 'on-request', model: 'gpt-5-codex', effort: 'medium', summary: 'auto' });
      push('response_item', { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'make it so' }] });
      push('event_msg', { type: 'user_message', message: 'make it so', images: [] });
      const calls = 1 + int(5);
      for (let c = 0; c < calls; c += 1) {
        time += (10 + int(120)) * 1000;
        // At the start of a later call Codex writes the previous token_count again.
        if (lastLine && random() < 0.5) lines.push(JSON.stringify({ timestamp: at(), type: 'event_msg', payload: lastLine }));
        push('response_item', { type: 'reasoning', summary: [], content: null, encrypted_content: 'gAAAA' });
        push('response_item', { type: 'function_call', name: 'shell', arguments: '{"command":["ls"]}', call_id: `call_${t}_${c}` });
        const call = { input: 2000 + int(50_000), output: 10 + int(3000), reasoning: int(500) };
        call.cached = int(call.input);
        for (const part of Object.keys(totals)) totals[part] += call[part];
        const info = { total_token_usage: raw(totals), model_context_window: 272000 };
        if (random() > 0.2) info.last_token_usage = raw(call);
        lastLine = { type: 'token_count', info, rate_limits: RATE_LIMITS };
        push('event_msg', lastLine);
        time += (5 + int(60)) * 1000;
        push('response_item', { type: 'function_call_output', call_id: `call_${t}_${c}`, output: '{"output":"ok","metadata":{"exit_code":0}}' });
      }
      push('event_msg', { type: 'agent_message', message: 'done' });
      if (!older) push('event_msg', { type: 'task_complete', turn_id: String(t), last_agent_message: 'done' });
    }
    const day = start.slice(0, 10).split('-');
    const file = path.join(codexHome, 'sessions', ...day, `rollout-${start.slice(0, 19).replaceAll(':', '-')}-${id}.jsonl`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${lines.join('\n')}\n`);
    utimesSync(file, new Date(time), new Date(time));
  }
  return { root, repo, codexHome, files: SESSIONS, days: ['2026-06-02', '2026-06-11'] };
}
