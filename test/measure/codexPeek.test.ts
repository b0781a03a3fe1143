/**
 * The Codex reader's fast path: activity lines read from their heads (peekCodexLine) and screened by
 * their heads (screenCodexLine), compared line by line and file by file with the plain way (every
 * line that the screen lets through parsed whole).
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CodexLineReader, peekCodexLine } from '../../src/measure/codexLine.js';
import { LineMeasurer } from '../../src/measure/measureLines.js';
import { CODEX_LOG_FORMAT } from '../../src/measure/readCodexLogs.js';
import { readLogFile } from '../../src/measure/readSessionLogs.js';
import { isInsideFolder } from '../../src/measure/repositoryFolders.js';
import { codexHead, screenCodexLine } from '../../src/measure/screenCodexLine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempRepo.js';
import { CodexLog } from './codexLog.js';
import { writeLog } from './sessionLog.js';

const at = (hhmmss: string): string => `2026-07-01T${hhmmss}.000Z`;
const ms = (hhmmss: string): number => Date.parse(at(hhmmss));

/** A session with every kind of line Codex writes, the large ones included (compacted, apply_patch). */
function session(cwd = '/repo'): CodexLog {
  const log = new CodexLog('s1', cwd).meta(at('09:00:00')).noTokens(at('09:00:01'));
  log.taskStarted(at('09:01:00')).prompt(at('09:01:00')).reasoning(at('09:02:00')).shell(at('09:02:00'));
  log.tokens(at('09:02:00'), { input: 1000, cached: 400, output: 60, reasoning: 20 }).shellOutput(at('09:06:00'));
  log.repeatTokens(at('09:06:10')).tokens(at('09:06:30'), { input: 2000, cached: 1500, output: 90 }, { withoutLast: true });
  log.lines.push(JSON.stringify({ timestamp: at('09:07:00'), type: 'response_item', payload: { type: 'custom_tool_call', status: 'completed', call_id: 'p1', name: 'apply_patch', input: '*** Begin Patch\n"type":"x"}}\n*** End Patch' } }));
  log.lines.push(JSON.stringify({ timestamp: at('09:08:00'), type: 'response_item', payload: { type: 'custom_tool_call_output', call_id: 'p1', output: '{"output":"Success"}' } }));
  log.lines.push(JSON.stringify({ timestamp: at('09:08:30'), type: 'event_msg', payload: { type: 'agent_reasoning', text: '**SECRET-THOUGHT**' } }));
  log.agentMessage(at('09:09:00')).taskComplete(at('09:09:00'));
  log.lines.push(JSON.stringify({ timestamp: at('09:20:00'), type: 'compacted', payload: { message: 'SECRET-SUMMARY' } }));
  log.prompt(at('09:30:00')).shell(at('09:31:00')).shellOutput(at('09:45:00')).agentMessage(at('09:46:00'));
  log.lines.push(JSON.stringify({ timestamp: at('09:47:00'), type: 'turn_aborted_someday', payload: { type: 'x' } }));
  return log;
}

describe('peekCodexLine', () => {
  it('reads activity lines from their heads and leaves every line that carries state to be parsed', () => {
    const peeked = session().lines.map((line) => {
      const value = peekCodexLine(Buffer.from(line));
      const parsed = JSON.parse(line) as { type: string; payload: { type?: string; role?: string } };
      return [parsed.type, parsed.payload.type ?? '-', parsed.payload.role ?? '-', value === undefined ? 'parse' : 'peek'].join(' ');
    });
    expect(peeked).toEqual([
      'session_meta - - parse',
      'response_item message user parse',
      'event_msg token_count - parse',
      'event_msg task_started - parse',
      'turn_context - - parse',
      'response_item message user parse',
      'event_msg user_message - parse',
      'response_item reasoning - peek',
      'response_item function_call - peek',
      'event_msg token_count - parse',
      'response_item function_call_output - peek',
      'event_msg token_count - parse',
      'event_msg token_count - parse',
      'response_item custom_tool_call - peek',
      'response_item custom_tool_call_output - peek',
      'event_msg agent_reasoning - peek',
      'event_msg agent_message - peek',
      'response_item message assistant peek',
      'event_msg task_complete - parse',
      'compacted - - peek',
      'turn_context - - parse',
      'response_item message user parse',
      'event_msg user_message - parse',
      'response_item function_call - peek',
      'response_item function_call_output - peek',
      'event_msg agent_message - peek',
      'response_item message assistant peek',
      'turn_aborted_someday x - parse',
    ]);
  });

  it('gives the reader the same lines as parsing every line does', () => {
    const fast = new CodexLineReader();
    const plain = new CodexLineReader();
    for (const line of session().lines) {
      const parsed: unknown = JSON.parse(line);
      expect(fast.read(peekCodexLine(Buffer.from(line)) ?? parsed)).toEqual(plain.read(parsed));
    }
  });

  it('leaves to the parser a line in another key order, with escapes or no time in its head, or not closed by }}', () => {
    const lines = [
      '{"type":"response_item","timestamp":"2026-07-01T09:00:00.000Z","payload":{"type":"reasoning"}}',
      '{"timestamp":"2026-07-01T09:00:00.000Z","payload":{"type":"reasoning"},"type":"response_item"}',
      '{"timestamp":"2026-07-01T09:00:00.000Z","type":"response_item","payload":{"summary":[],"type":"reasoning"}}',
      '{"timestamp":"2026-07-01T09:00:00.000Z","type":"response\\u005fitem","payload":{"type":"reasoning"}}',
      '{"timestamp":"not a time","type":"response_item","payload":{"type":"reasoning"}}',
      '{"timestamp":"2026-07-01T09:00:00.000Z","type":"response_item","payload":{"type":"message","content":[],"role":"assistant"}}',
      '{"timestamp":"2026-07-01T09:00:00.000Z","type":"response_item","payload":{"type":"message"}}',
      ' {"timestamp":"2026-07-01T09:00:00.000Z","type":"response_item","payload":{"type":"reasoning"}}',
    ];
    for (const line of lines) expect(peekCodexLine(Buffer.from(line)), line).toBeUndefined();
  });
});

describe('screenCodexLine', () => {
  const from = ms('09:10:00');
  const to = ms('09:40:00');
  /** The same line with its keys in another order: screened by searching the whole line. */
  const reordered = (line: string): string => {
    const { timestamp, type, payload } = JSON.parse(line) as Record<string, unknown>;
    return JSON.stringify({ payload, type, timestamp });
  };

  it('decides from the head what the whole-line search decides', () => {
    const verdicts = session().lines.map((line) => {
      expect(codexHead(Buffer.from(reordered(line)))).toBeUndefined();
      const head = screenCodexLine(Buffer.from(line), from, to);
      expect(screenCodexLine(Buffer.from(reordered(line)), from, to), line).toBe(head);
      return head;
    });
    // Activity before 09:10 or after 09:40 is skipped (the environment text and the prompt sent to the
    // model too: they are response items); state lines, prompt events and token counts never are.
    expect(verdicts.join(' ')).toBe(
      'parse skip parse parse parse skip parse skip skip parse skip parse parse skip skip skip skip skip parse parse parse parse parse parse skip skip skip skip',
    );
  });

  it('parses a line that is not JSON, so that it is counted as unreadable', () => {
    expect(screenCodexLine(Buffer.from('{"timestamp":"2026-07-01T09:00:00.000Z","type":"mystery","payload":{"type":"x"'), from, to)).toBe('parse');
    expect(screenCodexLine(Buffer.from('garbage'), from, to)).toBe('parse');
  });
});

describe('reading a Codex file with and without the fast path', () => {
  afterAll(removeTempDirs);

  async function measureFile(file: string, window: { since: string; until: string }, peek: boolean) {
    const measurer = new LineMeasurer({ since: ms(window.since), until: ms(window.until) }, 5, (cwd) => isInsideFolder(cwd, '/repo'), ['codex']);
    await readLogFile(file, measurer, peek ? CODEX_LOG_FORMAT : { ...CODEX_LOG_FORMAT, peek: undefined }, 'rollout.jsonl');
    return measurer.result();
  }

  it('measures the same, and names a last line cut short as unreadable even when it ends in }}', async () => {
    const dir = await makeTempDir();
    // The cut-short line has a good head and ends with "}}" inside its string: only parsing shows it is not whole.
    const cut = '{"timestamp":"2026-07-01T09:47:30.000Z","type":"response_item","payload":{"type":"function_call_output","call_id":"c","output":"{\\"a\\":{}}';
    const file = await writeLog(path.join(dir, 'rollout-2026-07-01T09-00-00-s1.jsonl'), `${session().text()}${cut}`);
    for (const window of [
      { since: '08:00:00', until: '12:00:00' },
      { since: '09:12:00', until: '09:40:00' },
    ]) {
      expect(await measureFile(file, window, true)).toEqual(await measureFile(file, window, false));
    }
    const all = await measureFile(file, { since: '08:00:00', until: '12:00:00' }, true);
    expect(all.unreadable).toEqual([{ file: 'rollout.jsonl', line: 29, reason: expect.stringContaining('not valid JSON') as string }]);
    // Turn 1 09:01–09:09 (task events), turn 2 09:30–09:46 split by the 14-minute silence before
    // 09:45: 8 + 1 + 1 = 10 minutes (the compacted line at 09:20 stands alone: no interval).
    expect(all.claudeMs).toBe(10 * 60_000);
    expect(all.usage).toEqual({ input: 600 + 500, output: 60 + 90, cacheCreation: 0, cacheRead: 400 + 1500 });
  });
});
