/**
 * A Mermaid block is drawn only where Markdown is published: `report` to a file or a pipe carries
 * the chart (GitHub renders it), `report` to a terminal does not (a terminal would show its source),
 * unless `--chart mermaid` asks for it. `text` never has one. Driven through runCli with standard
 * output declared a terminal, as src/cli/index.ts declares it from process.stdout.isTTY.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { createTempRepo, leverageMessage, removeTempDirs, type TempRepo } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

async function report(args: string[], cwd: string, stdoutIsTerminal: boolean): Promise<string> {
  let stdout = '';
  const code = await runCli(['report', '--since', '2026-03-01', '--until', '2026-03-10', '--timezone', 'UTC', ...args], {
    stdout: (text) => (stdout += text),
    stderr: () => undefined,
    stdoutIsTerminal,
    cwd,
    env: process.env,
    now: () => new Date('2026-03-12T12:00:00Z'),
  });
  expect(code).toBe(0);
  return stdout;
}

describe('the Mermaid chart on a terminal', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    repo = await createTempRepo();
    await repo.commit({ message: leverageMessage('a', { Task: 'Alpha', 'Human-Estimate': '8h', 'Claude-Minutes': 30 }), date: '2026-03-02T10:00:00Z' });
  });

  it('Markdown to a pipe or a file carries the chart; to a terminal it does not', async () => {
    const piped = await report([], repo.dir, false);
    expect(piped).toContain('```mermaid\nxychart-beta');
    const terminal = await report([], repo.dir, true);
    expect(terminal).not.toContain('mermaid');
    // The rest is the same Markdown.
    expect(terminal).toBe(piped.replace(/```mermaid\n[\s\S]*\n```\n\n/, ''));
  });

  it('--chart mermaid still draws it on a terminal; text never has one', async () => {
    expect(await report(['--chart', 'mermaid'], repo.dir, true)).toContain('```mermaid');
    expect(await report(['--format', 'text'], repo.dir, false)).not.toContain('mermaid');
    expect(await report(['--format', 'text', '--chart', 'mermaid'], repo.dir, true)).not.toContain('mermaid');
  });
});
