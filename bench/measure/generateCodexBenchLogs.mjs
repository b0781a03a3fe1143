/**
 * Generates OpenAI Codex CLI session logs for the `measure` speed benchmark: MEGABYTES (default
 * 1024) of `rollout-*.jsonl` across 300 sessions over 30 days (2026-06-01 – 2026-07-01 UTC), in the
 * line shapes Codex writes (compact serde JSON, `{"timestamp","type","payload"}`, payload `type`
 * first): AGENTS.md and environment text sent as `user` messages, turn contexts, prompts, encrypted
 * reasoning, shell calls with large escaped outputs, apply_patch calls, `token_count` lines (with
 * `info: null`, repeated at the start of later calls, some without `last_token_usage`), agent
 * messages and `compacted` summaries. A quarter of the sessions are in the older format (no task
 * events) and archived in `archived_sessions/`; some run past midnight, some run in parallel, some
 * work in other folders (one sharing the repository's prefix). Folder and file names use the local
 * time at the session's start (UTC+2 here), as Codex names them; each file's modification time is its
 * last line's. Deterministic (seeded), cached under the OS temp folder by generator version and size.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, realpathSync, rmSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const GENERATOR_VERSION = 1;
const SESSIONS = 300;
const LOG_START = Date.parse('2026-06-01T00:00:00Z');
const LOG_DAYS = 30;
/** The zone the sessions' folder and file names are in (Codex uses the local time at start). */
const LOCAL_OFFSET_MS = 2 * 3600_000;

/** The cache root for every size: `<os temp>/git-leverage-bench-codex/`. */
export const CODEX_BENCH_ROOT = path.join(os.tmpdir(), 'git-leverage-bench-codex');

/** xorshift32: seeded, so every run writes the same logs. */
function seededRandom(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

/** Where the logs of one size are: `<root>/<MB>mb/{codex,repo}`. */
export function codexBenchPaths(megabytes) {
  const root = path.join(CODEX_BENCH_ROOT, `${megabytes}mb`);
  return { root, codexHome: path.join(root, 'codex'), repo: path.join(root, 'repo'), stamp: path.join(root, 'generated.json') };
}

/** Removes every cached size. */
export function removeCodexBenchLogs() {
  rmSync(CODEX_BENCH_ROOT, { recursive: true, force: true });
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODE = [
  'export function parseTrailer(line: string): Trailer | undefined {',
  '  const match = /^([A-Za-z-]+):\\s*(.*)$/.exec(line);',
  "  if (!match) return undefined; // \"not a trailer\"",
  '\treturn { key: match[1], value: match[2].trim() };',
  '}',
  'src/measure/readSessionLogs.ts:42:    measurer.line(label, line, format.agent);',
  ' M src/measure/codexLine.ts',
  'test/measure/codex.test.ts (12 tests) 1840ms',
  '    at LineMeasurer.line (file:///home/dev/app/src/measure/measureLines.ts:151:9)',
];

/** Large pools cut at random places: real-looking content at a cost far below one random() a byte. */
function pools(random) {
  let b64 = '';
  while (b64.length < 256 * 1024) b64 += BASE64[Math.floor(random() * 64)];
  const lines = [];
  let size = 0;
  while (size < 256 * 1024) {
    const line = CODE[Math.floor(random() * CODE.length)];
    lines.push(line);
    size += line.length + 1;
  }
  const code = lines.join('\n');
  const cut = (pool, bytes) => {
    const length = Math.min(Math.floor(bytes), pool.length - 1);
    const at = Math.floor(random() * (pool.length - length));
    return pool.slice(at, at + length);
  };
  return { base64: (bytes) => `gAAAAABo${cut(b64, bytes)}`, code: (bytes) => cut(code, bytes) };
}

const RATE_LIMITS = { primary: { used_percent: 12.5, window_minutes: 300, resets_in_seconds: 9000 }, secondary: { used_percent: 3, window_minutes: 10080, resets_in_seconds: 500000 } };
const raw = (u) => ({ input_tokens: u.input, cached_input_tokens: u.cached, output_tokens: u.output, reasoning_output_tokens: u.reasoning, total_tokens: u.input + u.output });
const localName = (ms) => new Date(ms + LOCAL_OFFSET_MS).toISOString().slice(0, 19);

/** Appends lines to a file through a 1 MB buffer: memory stays at one buffer whatever the size. */
class LineWriter {
  constructor(file) {
    this.fd = openSync(file, 'w');
    this.parts = [];
    this.pending = 0;
    this.bytes = 0;
    this.lines = 0;
  }
  push(line) {
    this.parts.push(line, '\n');
    this.pending += line.length + 1;
    this.lines += 1;
    if (this.pending > 1 << 20) this.flush();
  }
  flush() {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.bytes += writeSync(this.fd, text);
    this.parts = [];
    this.pending = 0;
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

function writeSession(s, file, cwd, startMs, bytesWanted, older, random, pool) {
  const id = `0199b${String(s).padStart(3, '0')}-0000-7000-8000-${String(s).padStart(12, '0')}`;
  const out = new LineWriter(file);
  const int = (n) => Math.floor(random() * n);
  let time = startMs;
  // Codex writes milliseconds; the spread keeps lines of one call apart.
  const push = (type, payload) => out.push(JSON.stringify({ timestamp: new Date(time).toISOString(), type, payload }));
  push('session_meta', {
    id,
    timestamp: new Date(time).toISOString(),
    cwd,
    originator: 'codex_cli_rs',
    cli_version: older ? '0.20.0' : '0.46.0',
    instructions: null,
    source: 'cli',
    model_provider: 'openai',
    git: { commit_hash: '3f1c0a9e5b7d2c4f6a8e0b1d3c5e7f9a1b3d5c7e', branch: 'main', repository_url: 'git@github.com:team/app.git' },
  });
  push('response_item', { type: 'message', role: 'user', content: [{ type: 'input_text', text: `<user_instructions>\n\n# AGENTS.md\n\n${pool.code(1500 + int(3000))}\n\n</user_instructions>` }] });
  push('response_item', { type: 'message', role: 'user', content: [{ type: 'input_text', text: `<environment_context>\n  <cwd>${cwd}</cwd>\n  <approval_policy>on-request</approval_policy>\n  <sandbox_mode>workspace-write</sandbox_mode>\n  <network_access>restricted</network_access>\n  <shell>bash</shell>\n</environment_context>` }] });
  const totals = { input: 0, cached: 0, output: 0, reasoning: 0 };
  let lastTokens;
  let turn = 0;
  let call = 0;
  while (out.bytes + out.pending < bytesWanted) {
    turn += 1;
    const prompt = pool.code(40 + int(600));
    if (!older) push('event_msg', { type: 'task_started', turn_id: String(turn), model_context_window: 272000 });
    push('turn_context', {
      cwd,
      approval_policy: 'on-request',
      sandbox_policy: { mode: 'workspace-write', network_access: false, exclude_tmpdir_env_var: false, exclude_slash_tmp: false },
      model: random() < 0.8 ? 'gpt-5-codex' : 'gpt-5',
      effort: 'medium',
      summary: 'auto',
    });
    push('response_item', { type: 'message', role: 'user', content: [{ type: 'input_text', text: prompt }] });
    push('event_msg', { type: 'user_message', message: prompt, images: [], kind: 'plain' });
    if (turn === 1) push('event_msg', { type: 'token_count', info: null, rate_limits: RATE_LIMITS });
    const calls = 1 + int(12);
    for (let c = 0; c < calls; c += 1) {
      time += 1_000 + int(20_000);
      call += 1;
      // At the start of a later API call Codex writes the previous token_count again.
      if (lastTokens && random() < 0.5) out.push(JSON.stringify({ timestamp: new Date(time).toISOString(), type: 'event_msg', payload: lastTokens }));
      push('event_msg', { type: 'agent_reasoning', text: `**${pool.code(20 + int(60))}**` });
      push('response_item', { type: 'reasoning', summary: [{ type: 'summary_text', text: `**${pool.code(30 + int(200))}**` }], content: null, encrypted_content: pool.base64(1_500 + int(9_000)) });
      time += 200 + int(3_000);
      const patch = random() < 0.2;
      if (patch) push('response_item', { type: 'custom_tool_call', status: 'completed', call_id: `call_${s}_${call}`, name: 'apply_patch', input: `*** Begin Patch\n*** Update File: src/measure/codexLine.ts\n@@\n${pool.code(300 + int(4_000))}\n*** End Patch\n` });
      else push('response_item', { type: 'function_call', name: 'shell', arguments: JSON.stringify({ command: ['bash', '-lc', `rg -n "${pool.code(10 + int(30)).replace(/\s+/g, ' ')}" src`], workdir: cwd, timeout_ms: 120000 }), call_id: `call_${s}_${call}` });
      const used = { input: 4_000 + int(60_000), output: 20 + int(4_000), reasoning: int(1_500) };
      used.cached = int(used.input);
      for (const part of Object.keys(totals)) totals[part] += used[part];
      const info = { total_token_usage: raw(totals), model_context_window: 272000 };
      if (random() > 0.1) info.last_token_usage = raw(used);
      lastTokens = { type: 'token_count', info, rate_limits: RATE_LIMITS };
      push('event_msg', lastTokens);
      time += 500 + int(random() < 0.05 ? 300_000 : 15_000);
      const output = JSON.stringify({ output: pool.code(200 + int(random() < 0.2 ? 60_000 : 8_000)), metadata: { exit_code: int(10) === 0 ? 1 : 0, duration_seconds: Number((random() * 4).toFixed(1)) } });
      push('response_item', { type: patch ? 'custom_tool_call_output' : 'function_call_output', call_id: `call_${s}_${call}`, output });
    }
    time += 500 + int(5_000);
    const answer = pool.code(100 + int(1_500));
    push('event_msg', { type: 'agent_message', message: answer });
    push('response_item', { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: answer }] });
    if (turn % 25 === 0) {
      time += 2_000;
      push('compacted', { message: pool.code(2_000 + int(6_000)) });
    }
    if (!older) push('event_msg', { type: 'task_complete', turn_id: String(turn), last_agent_message: answer.slice(0, 200) });
    // The pause before the next prompt: mostly short, sometimes long (nobody there).
    time += random() < 0.8 ? 10_000 + int(240_000) : 600_000 + int(3_600_000);
  }
  out.close();
  utimesSync(file, new Date(time), new Date(time));
  return { bytes: out.bytes, lines: out.lines, end: time };
}

/** Generates (or finds cached) logs of about `megabytes` MB; returns their paths and counts. */
export function generateCodexBenchLogs(megabytes) {
  const paths = codexBenchPaths(megabytes);
  if (existsSync(paths.stamp)) {
    const stamp = JSON.parse(readFileSync(paths.stamp, 'utf8'));
    if (stamp.version === GENERATOR_VERSION) return { ...paths, ...stamp, cached: true };
  }
  rmSync(paths.root, { recursive: true, force: true });
  mkdirSync(paths.repo, { recursive: true });
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@git-leverage.invalid', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@git-leverage.invalid', GIT_AUTHOR_DATE: '2026-06-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-06-01T00:00:00Z' };
  for (const args of [['init', '--quiet', '--initial-branch=main'], ['commit', '--quiet', '--allow-empty', '-m', 'start']]) {
    const result = spawnSync('git', args, { cwd: paths.repo, env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr}`);
  }
  const repo = realpathSync(paths.repo);
  const random = seededRandom(20);
  const pool = pools(random);
  const bytesPerSession = Math.max(20_000, Math.floor((megabytes * 1024 * 1024) / SESSIONS));
  // Most sessions in the repository or below it; some in a folder sharing its prefix and in another project.
  const folders = [repo, repo, `${repo}/src`, repo, `${repo}/test`, repo, `${repo}/src/measure`, repo, `${repo}-fork`, '/home/dev/other-project'];
  let bytes = 0;
  let lines = 0;
  let previousStart = LOG_START;
  for (let s = 0; s < SESSIONS; s += 1) {
    const older = s % 4 === 3;
    let start;
    if (s % 10 === 5) start = previousStart + 60_000 + Math.floor(random() * 1_800_000); // in parallel with the one before
    else if (s % 10 === 7) start = LOG_START + Math.floor(random() * (LOG_DAYS - 1)) * 86_400_000 + 21.75 * 3600_000; // 23:45 local: past midnight
    else start = LOG_START + Math.floor(random() * (LOG_DAYS - 1) * 86_400_000);
    previousStart = start;
    const id = `0199b${String(s).padStart(3, '0')}-0000-7000-8000-${String(s).padStart(12, '0')}`;
    const local = localName(start);
    const name = `rollout-${local.replaceAll(':', '-')}-${id}.jsonl`;
    const dir = older ? path.join(paths.codexHome, 'archived_sessions') : path.join(paths.codexHome, 'sessions', ...local.slice(0, 10).split('-'));
    mkdirSync(dir, { recursive: true });
    const written = writeSession(s, path.join(dir, name), folders[s % folders.length], start, bytesPerSession, older, random, pool);
    bytes += written.bytes;
    lines += written.lines;
  }
  const stamp = { version: GENERATOR_VERSION, megabytes, bytes, files: SESSIONS, lines };
  writeFileSync(paths.stamp, JSON.stringify(stamp));
  return { ...paths, ...stamp, cached: false };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const megabytes = Number(process.env.MEASURE_BENCH_MB ?? 1024);
  console.log(generateCodexBenchLogs(megabytes));
}
