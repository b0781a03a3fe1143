/** `measure`'s text for people, and the `--explain` account of what counted and what did not. */
import { formatTotal } from '../render/formatNumbers.js';
import { clipInterval } from './intervals.js';
import { AGENT_NAMES } from './logLine.js';
import type { Measurement } from './measureLines.js';
import { agentOf, measureJson, minutesOf } from './measureJson.js';

const time = (ms: number): string => (Number.isFinite(ms) ? new Date(ms).toISOString().replace('.000Z', 'Z') : 'the beginning');
const span = (start: number, end: number): string => `${time(start)} – ${time(end)} (${minutesOf(end - start)} min)`;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Claude Code alone reads as before; with another agent's logs the figure is every agent's. */
const onlyClaude = (m: Measurement): boolean => (m.agents ?? ['claude']).every((a) => a === 'claude');

export function renderMeasureText(m: Measurement): string {
  const json = measureJson(m);
  const t = json.tokens;
  const lines = [
    `Window: ${time(m.window.since)} – ${time(m.window.until)}`,
    `${onlyClaude(m) ? 'Claude minutes:     ' : 'Agent minutes:      '} ${json.agentMinutes}`,
    `Supervisory minutes: ${json.supervisoryMinutes}`,
    `Tokens:              ${formatTotal(t.total)} (input ${formatTotal(t.input)}, output ${formatTotal(t.output)}, cache creation ${formatTotal(t.cacheCreation)}, cache read ${formatTotal(t.cacheRead)})`,
    `Models:              ${json.models.length > 0 ? json.models.join(', ') : 'none'}`,
    `Sessions:            ${json.sessions.length} (${plural(m.filesRead, 'log file')} read)`,
  ];
  const agents = Object.entries(json.agents);
  if (agents.length > 1) {
    lines.push('By agent (minutes overlap when agents worked at the same time; tokens add up):');
    for (const [agent, a] of agents) {
      const name = `${AGENT_NAMES[agent as keyof typeof AGENT_NAMES]}:`.padEnd(19);
      lines.push(`  ${name}${a.agentMinutes} min, ${a.supervisoryMinutes} supervisory min, ${formatTotal(a.tokens.total)} tokens, ${plural(a.sessions, 'session')}`);
    }
  }
  if (m.skippedLines > 0) lines.push(`Skipped lines:       ${m.skippedLines} (not valid JSON; --explain lists them)`);
  return `${lines.join('\n')}\n`;
}

export function renderMeasureExplain(m: Measurement): string {
  const { since, until } = m.window;
  const out: string[] = [renderMeasureText(m).trimEnd(), '', `Idle limit: ${m.idleMinutes} min`, ''];
  const json = measureJson(m);
  m.sessions.forEach((session, index) => {
    const figures = json.sessions[index];
    const agent = agentOf(session);
    out.push(`Session ${session.id || '(no id)'}  ${session.file}${agent === 'claude' ? '' : `  (${AGENT_NAMES[agent]})`}`);
    if (figures) out.push(`  ${figures.agentMinutes} ${agent === 'claude' ? 'Claude' : AGENT_NAMES[agent]} min, ${figures.supervisoryMinutes} supervisory min, ${formatTotal(figures.tokens.total)} tokens in ${plural(session.responses, 'response')}`);
    for (const turn of session.turns) {
      const source = turn.source === 'lines' ? 'from its lines' : agent === 'codex' ? 'task_started – task_complete' : 'turn_duration';
      out.push(`  turn ${time(turn.start)}: ${source}`);
      for (const interval of turn.counted) out.push(`    worked ${span(interval.start, interval.end)}`);
    }
    for (const gap of session.gaps) {
      const clipped = clipInterval(gap, since, until);
      if (!clipped) continue;
      out.push(
        gap.counted
          ? `  supervisory ${span(clipped.start, clipped.end)}`
          : `  left out: gap ${span(gap.start, gap.end)} is longer than ${m.idleMinutes} min (nobody was there)`,
      );
    }
  });
  const left = m.leftOut;
  const reasons: [number, string][] = [
    [left.filesBeforeWindow, 'log files last written before the window, not read'],
    [left.filesStoppedAfterWindow, 'log files read only up to their first prompt after the window'],
    [left.turnsOutsideWindow, 'turns outside the window'],
    [left.linesOtherRepository, 'lines from sessions in other folders'],
    [left.linesWithoutFolder, 'lines without a folder (cwd)'],
    [left.duplicateResponses, 'repeated copies of a response (same message.id and requestId), counted once'],
    [left.replacedPlaceholders, 'of them replaced an earlier, smaller copy (a streaming placeholder)'],
    [left.syntheticResponses, 'responses with model <synthetic> (not API calls)'],
    [left.responsesOutsideWindow, 'responses outside the window'],
    [left.repeatedTokenCounts ?? 0, 'Codex token_count lines repeating the previous totals (not usage)'],
    [left.unknownLines, 'lines of types that are not measured'],
    [left.linesScreenedOut, 'lines ruled out without parsing (unmeasured type, or too far outside the window)'],
    [m.skippedLines, 'lines that are not valid JSON'],
  ];
  out.push('', 'Left out:');
  for (const [n, why] of reasons) if (n > 0) out.push(`  ${n} ${why}`);
  if (reasons.every(([n]) => n === 0)) out.push('  nothing');
  for (const u of m.unreadable) out.push(`  ${u.file}:${u.line}: ${u.reason}`);
  if (m.skippedLines > m.unreadable.length) out.push(`  … and ${m.skippedLines - m.unreadable.length} more`);
  return `${out.join('\n')}\n`;
}
