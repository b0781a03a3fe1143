/**
 * `git-leverage measure`: agent minutes, supervisory minutes and tokens of this repository's coding
 * agent sessions (Claude Code, OpenAI Codex CLI) over a window, read from the agents' own session logs.
 */
import { Option, type Command } from 'commander';
import { loadConfig } from '../../config/loadConfig.js';
import { openRepository } from '../../git/openRepository.js';
import { AGENTS, type Agent } from '../../measure/logLine.js';
import { measureJson } from '../../measure/measureJson.js';
import { measureRepository } from '../../measure/measureRepository.js';
import { headTime, MeasureWindowError, resolveWindowPoint } from '../../measure/measureWindow.js';
import { renderMeasureExplain, renderMeasureText } from '../../measure/renderMeasure.js';
import { assertTimezone } from '../../window/reportWindow.js';
import type { CommandContext } from '../commandContext.js';
import { UsageError } from '../../userError.js';
import { machineTimezone } from '../../window/windowRequest.js';

interface MeasureFlags {
  since?: string;
  until?: string;
  format: 'text' | 'json';
  explain?: boolean;
  repo?: string;
  agent?: Agent;
}

/** Where each agent's logs were looked for, in words, for the note when there are none. */
const LOOKED_FOR: Record<Agent, (bases: string) => string> = {
  claude: (bases) => `Claude Code session logs found (looked for projects/*/*.jsonl under ${bases})`,
  codex: (bases) => `Codex session logs found (looked for sessions/**/rollout-*.jsonl and archived_sessions/rollout-*.jsonl under ${bases})`,
};

/** The process's own I/O, for the measure benchmark (bench/measure/measureCli.ts), which bundles this command alone. */
const processContext = (): CommandContext => ({
  io: {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    now: () => new Date(),
  },
  setExitCode: (code) => (process.exitCode = code),
});

export function registerMeasureCommand(program: Command, context: CommandContext = processContext()): void {
  program
    .command('measure')
    .description("measure agent minutes, supervisory minutes and tokens from Claude Code's and Codex's session logs (default: since HEAD's commit until now)")
    .option('--since <when>', "start of the window (excluded): a commit, or a date or local time such as 2026-07-01T09:00 (default: HEAD's commit time)")
    .option('--until <when>', 'end of the window (included): a commit, or a date or local time (default: now)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--explain', 'list each session and turn that counted, with its interval, and what was left out and why')
    .option('--repo <dir>', 'the repository (default: .)')
    .addOption(new Option('--agent <agent>', "read one agent's logs only (default: every agent whose logs are found)").choices([...AGENTS]))
    .action(async (flags: MeasureFlags) => {
      const { io } = context;
      const repo = await openRepository(flags.repo ?? '.', io.cwd);
      const config = await loadConfig(repo.root);
      const zone = assertTimezone(config.timezone ?? machineTimezone());
      let since: number;
      let until: number;
      try {
        until = flags.until === undefined ? io.now().getTime() : await resolveWindowPoint(flags.until, '--until', repo.root, zone, io.env);
        if (flags.since !== undefined) since = await resolveWindowPoint(flags.since, '--since', repo.root, zone, io.env);
        else {
          const head = await headTime(repo.root, io.env);
          if (head === undefined) throw new UsageError(`${repo.given} has no commits yet, so there is no last commit to measure from: give --since (a date or time such as 2026-07-01T09:00)`);
          since = head;
        }
      } catch (error) {
        if (error instanceof MeasureWindowError) throw new UsageError(error.message);
        throw error;
      }
      if (until <= since) throw new UsageError(`the window is empty: --until (${new Date(until).toISOString()}) is not after --since (${new Date(since).toISOString()})`);

      const outcome = await measureRepository({
        repoDir: repo.root,
        window: { since, until },
        idleMinutes: config.idleMinutes,
        env: io.env,
        ...(flags.agent ? { agent: flags.agent } : {}),
      });
      const m = outcome.measurement;
      if (outcome.files.length === 0) {
        const note = `no ${outcome.logs.map((l) => LOOKED_FOR[l.agent](l.bases.join(', '))).join(', nor ')}`;
        io.stderr(`git-leverage: ${note}; nothing to measure\n`);
        // A program reading the JSON gets a document either way: every figure 0, and why.
        if (flags.format === 'json') io.stdout(`${JSON.stringify(measureJson(m, note), null, 2)}\n`);
        return;
      }
      if (flags.format === 'json') io.stdout(`${JSON.stringify(measureJson(m), null, 2)}\n`);
      else io.stdout(flags.explain ? renderMeasureExplain(m) : renderMeasureText(m));
      if (flags.format === 'json' && flags.explain) io.stderr(renderMeasureExplain(m));
    });
}
