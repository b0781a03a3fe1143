/**
 * Generates Claude Code session logs for the `measure` benchmark: `MEASURE_BENCH_MB` megabytes
 * (default 1024) across 200 sessions over 30 days (2026-06-01 – 2026-07-01 UTC), compact JSON as
 * Claude Code writes it: prompts, assistant lines (one per content block, sharing message.id,
 * requestId and usage), large tool results, turn_duration lines, file-history snapshots, a few
 * `<synthetic>` lines, subagent logs, and resumed sessions whose files repeat earlier lines. Each
 * file's modification time is its last line's. Deterministic (seeded), cached under bench/.work/.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, realpathSync, rmSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';

const GENERATOR_VERSION = 3;
export const SESSIONS = 200;
export const LOG_START = Date.parse('2026-06-01T00:00:00Z');
export const LOG_DAYS = 30;

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

const WORDS = 'the parser reads each trailer and the record adds minutes per task while tests cover every case of the window'.split(' ');

function filler(random, bytes) {
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const word = WORDS[Math.floor(random() * WORDS.length)];
    parts.push(word);
    size += word.length + 1;
    if (random() < 0.05) parts.push('"quoted"\n\tline');
  }
  return parts.join(' ');
}

/** Where the logs and the repository they belong to are: bench/.work/measure-<MB>mb/. */
export function benchPaths(megabytes) {
  const root = path.resolve('bench/.work', `measure-${megabytes}mb`);
  return { root, base: path.join(root, 'claude'), repo: path.join(root, 'repo'), stamp: path.join(root, 'generated.json') };
}

export function generateLogs(megabytes) {
  const paths = benchPaths(megabytes);
  if (existsSync(paths.stamp)) {
    const stamp = JSON.parse(readFileSync(paths.stamp, 'utf8'));
    if (stamp.version === GENERATOR_VERSION) return { ...paths, ...stamp };
  }
  rmSync(paths.root, { recursive: true, force: true });
  mkdirSync(paths.repo, { recursive: true });
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@git-leverage.invalid', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@git-leverage.invalid', GIT_AUTHOR_DATE: '2026-06-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-06-01T00:00:00Z' };
  for (const args of [['init', '--quiet', '--initial-branch=main'], ['commit', '--quiet', '--allow-empty', '-m', 'start']]) {
    const result = spawnSync('git', args, { cwd: paths.repo, env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr}`);
  }
  const repo = realpathSync(paths.repo);
  const random = seededRandom(8);
  const bytesPerSession = Math.max(20_000, Math.floor((megabytes * 1024 * 1024) / SESSIONS));
  let totalBytes = 0;
  let files = 0;
  let lines = 0;
  const folders = ['', '/src', '/src/measure', '/test', '/docs'];
  const sessionLines = [];
  let previousEnd;

  for (let s = 0; s < SESSIONS; s += 1) {
    const sessionId = `00000000-0000-4000-8000-${String(s).padStart(12, '0')}`;
    const cwd = repo + folders[s % folders.length];
    const project = path.join(paths.base, 'projects', cwd.replace(/[^A-Za-z0-9]/g, '-'));
    mkdirSync(project, { recursive: true });
    // Every tenth session resumes the one before: it starts after that one ended, and its file begins
    // with that one's lines (see below), as `claude --resume` writes it.
    const resumes = s % 10 === 9 && previousEnd !== undefined;
    let time = resumes ? previousEnd + 60_000 + Math.floor(random() * 600_000) : LOG_START + Math.floor(random() * (LOG_DAYS - 1) * 86_400_000) + 17;
    let parent = null;
    let counter = 0;
    const out = [];
    let size = 0;
    const push = (fields, at, sidechain = false) => {
      counter += 1;
      const uuid = `${sessionId.slice(0, 24)}${String(counter).padStart(12, '0')}`;
      const line = JSON.stringify({ parentUuid: parent, isSidechain: sidechain, userType: 'external', cwd, sessionId, version: '2.0.14', gitBranch: 'main', ...fields, uuid, timestamp: new Date(at).toISOString() });
      parent = uuid;
      out.push(line);
      size += line.length + 1;
    };
    const subagentLines = [];
    let response = 0;
    while (size < bytesPerSession) {
      const promptAt = time;
      push({ type: 'user', message: { role: 'user', content: filler(random, 80 + random() * 400) } }, time);
      const calls = 1 + Math.floor(random() * 8);
      for (let c = 0; c < calls; c += 1) {
        time += 2_000 + Math.floor(random() * 40_000);
        response += 1;
        const id = `msg_${s}_${response}`;
        const requestId = `req_${s}_${response}`;
        const usage = { input_tokens: Math.floor(random() * 50), cache_creation_input_tokens: Math.floor(random() * 4000), cache_read_input_tokens: Math.floor(random() * 90_000), output_tokens: 20 + Math.floor(random() * 900), service_tier: 'standard' };
        const model = random() < 0.8 ? 'claude-sonnet-4-5-20250929' : 'claude-opus-4-1-20250805';
        // One line per content block, all carrying the response's usage, as Claude Code writes them.
        const blocks = [{ type: 'text', text: filler(random, 200 + random() * 2500) }, { type: 'tool_use', id: `toolu_${s}_${response}`, name: 'Read', input: { file_path: `${cwd}/file${c}.ts` } }];
        for (const block of blocks) {
          push({ message: { id, type: 'message', role: 'assistant', model, content: [block], stop_reason: null, stop_sequence: null, usage }, requestId, type: 'assistant' }, time);
          time += 50;
        }
        time += 500 + Math.floor(random() * 3000);
        const result = filler(random, 1000 + random() * 12_000);
        push({ type: 'user', message: { role: 'user', content: [{ tool_use_id: `toolu_${s}_${response}`, type: 'tool_result', content: result }] }, toolUseResult: { type: 'text', file: { filePath: `${cwd}/file${c}.ts`, numLines: 40 } } }, time);
      }
      if (random() < 0.03) push({ type: 'assistant', message: { id: `synthetic_${s}_${response}`, type: 'message', role: 'assistant', model: '<synthetic>', content: [{ type: 'text', text: 'No response requested.' }], usage: { input_tokens: 0, output_tokens: 0, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 } } }, time);
      time += 1_000;
      push({ type: 'system', subtype: 'turn_duration', durationMs: time - promptAt, isMeta: false, level: 'info' }, time);
      out.push(JSON.stringify({ type: 'file-history-snapshot', messageId: `snap_${counter}`, snapshot: { messageId: `snap_${counter}`, trackedFileBackups: {}, timestamp: new Date(time).toISOString() }, isSnapshotUpdate: false }));
      // A subagent now and then: its own file, working alongside the main session.
      if (random() < 0.05) {
        let at = promptAt + 1_000;
        subagentLines.push(JSON.stringify({ parentUuid: null, isSidechain: true, userType: 'external', cwd, sessionId, type: 'user', message: { role: 'user', content: filler(random, 200) }, uuid: `sub_${s}_${response}_0`, timestamp: new Date(at).toISOString() }));
        for (let k = 1; k <= 3; k += 1) {
          at += 5_000 + Math.floor(random() * 20_000);
          const usage = { input_tokens: 5, cache_creation_input_tokens: 100, cache_read_input_tokens: 2000, output_tokens: 50 + k, service_tier: 'standard' };
          subagentLines.push(JSON.stringify({ parentUuid: `sub_${s}_${response}_${k - 1}`, isSidechain: true, userType: 'external', cwd, sessionId, message: { id: `msg_sub_${s}_${response}_${k}`, type: 'message', role: 'assistant', model: 'claude-haiku-4-5-20251001', content: [{ type: 'text', text: filler(random, 300) }], usage }, requestId: `req_sub_${s}_${response}_${k}`, type: 'assistant', uuid: `sub_${s}_${response}_${k}`, timestamp: new Date(at).toISOString() }));
        }
      }
      // The pause before the next prompt: mostly short, sometimes long (nobody there).
      time += random() < 0.8 ? 10_000 + Math.floor(random() * 240_000) : 600_000 + Math.floor(random() * 3_600_000);
    }
    const resumedFrom = resumes ? sessionLines[s - 1] : undefined;
    const text = `${resumedFrom ? `${resumedFrom.join('\n')}\n` : ''}${out.join('\n')}\n`;
    const file = path.join(project, `${sessionId}.jsonl`);
    writeFileSync(file, text);
    utimesSync(file, new Date(time), new Date(time));
    totalBytes += Buffer.byteLength(text);
    lines += out.length + (resumedFrom?.length ?? 0);
    files += 1;
    // Keep only the previous session's lines for resuming: memory stays at one session.
    sessionLines[s] = out.slice(0, 200);
    if (s > 0) sessionLines[s - 1] = undefined;
    previousEnd = time;
    if (subagentLines.length > 0) {
      const dir = path.join(project, sessionId, 'subagents');
      mkdirSync(dir, { recursive: true });
      const subFile = path.join(dir, `agent-${s}.jsonl`);
      const fd = openSync(subFile, 'w');
      writeSync(fd, `${subagentLines.join('\n')}\n`);
      closeSync(fd);
      utimesSync(subFile, new Date(time), new Date(time));
      totalBytes += subagentLines.reduce((n, l) => n + l.length + 1, 0);
      lines += subagentLines.length;
      files += 1;
    }
  }
  const stamp = { version: GENERATOR_VERSION, megabytes, bytes: totalBytes, files, lines };
  writeFileSync(paths.stamp, JSON.stringify(stamp));
  return { ...paths, ...stamp };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const megabytes = Number(process.env.MEASURE_BENCH_MB ?? 1024);
  console.log(generateLogs(megabytes));
}
