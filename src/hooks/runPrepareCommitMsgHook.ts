/**
 * `prepare-commit-msg`: adds the trailers an agent asked for through LEVERAGE_* variables, and the
 * measured figures when measuring is on, to the message git is preparing. A trailer the message
 * already has is never added twice nor overwritten (so `--amend` keeps what is there).
 */
import path from 'node:path';
import { loadConfig } from '../config/loadConfig.js';
import { runGit } from '../git/runGit.js';
import { fieldOfKey, type LeverageField } from '../trailers/trailerSchema.js';
import { checkTrailerValue } from '../trailers/valueGrammar.js';
import { envValueProblems, trailersFromEnv, type FieldTrailer } from './leverageEnv.js';
import { loadMeasure } from './loadMeasure.js';
import { readMessageTrailers } from './readMessageTrailers.js';
import { readMessageFile, type HookIo } from './runCommitMsgHook.js';

/** Set by a hook installed with `--measure`. */
export const MEASURE_ENV = 'GIT_LEVERAGE_MEASURE';

export interface PrepareIo extends HookIo {
  now: () => Date;
}

/** Returns the exit code; a bad LEVERAGE_* value stops the commit before the editor opens. */
export async function runPrepareCommitMsgHook(messageFile: string, source: string | undefined, io: PrepareIo): Promise<number> {
  // A merge or squash message describes other commits' work: figures there would count it twice.
  if (source === 'merge' || source === 'squash') return 0;
  const config = await loadConfig(io.cwd);
  const options = config.trailerOptions;
  const wanted = trailersFromEnv(io.env, options);
  const problems = envValueProblems(wanted, options);
  if (problems.length > 0) {
    io.stderr(`git-leverage: commit stopped: ${problems.length === 1 ? 'a LEVERAGE_* variable holds a value' : 'LEVERAGE_* variables hold values'} its trailer does not accept:${problems.map((p) => `\n  ${p}`).join('')}\n`);
    return 1;
  }
  const measure = config.measure || io.env[MEASURE_ENV] === '1';
  if (wanted.length === 0 && !measure) return 0;

  const file = path.resolve(io.cwd, messageFile);
  const message = await readMessageTrailers(await readMessageFile(file, io.cwd), io.cwd, io.env);
  const present = new Set(message.trailers.map((t) => fieldOfKey(t.key, options.keys)).filter((f): f is LeverageField => f !== undefined));
  const adding: FieldTrailer[] = wanted.filter((t) => !present.has(t.field));

  // Measured figures only complete a commit that is meant to be a record (it names its task or
  // estimate): added to every commit they would make each one without a Task fail commit-msg.
  const has = (field: LeverageField) => present.has(field) || adding.some((t) => t.field === field);
  // An estimate from LEVERAGE_HUMAN_ESTIMATE, with no one named as its maker, is the agent's. Not on a
  // calibration pair (Human-Actual): that task was done, and so not necessarily estimated, without one.
  if (adding.some((t) => t.field === 'humanEstimate') && !has('estimatedBy') && !has('humanActual')) {
    adding.push({ field: 'estimatedBy', key: options.keys.estimatedBy, value: 'agent' });
  }
  // A commit with Human-Actual records work done without an agent: measured figures would make it invalid.
  if (measure && !has('humanActual') && (has('task') || has('humanEstimate') || has('taskId'))) {
    const measureForCommit = await loadMeasure();
    const figures = await measureForCommit(io.cwd, { idleMinutes: config.idleMinutes, env: io.env, now: io.now() });
    if (figures) {
      const measured: [LeverageField, number | undefined][] = [
        ['claudeMinutes', figures.claudeMinutes],
        ['supervisoryMinutes', figures.supervisoryMinutes],
        ['tokens', figures.tokens],
      ];
      // Agent names whose logs gave the minutes: only beside minutes measured here, never over an Agent already written.
      const agent = !has('claudeMinutes') && !has('agent') ? figures.agent : undefined;
      for (const [field, value] of measured) {
        if (value === undefined || !(value > 0) || has(field)) continue;
        const text = formatMeasured(field, value);
        // Checked as commit-msg will check it: a figure it refuses (corrupt logs, an unbounded window)
        // would fail a commit over a line the person never typed. Left out, with a word why.
        const checked = checkTrailerValue(field, text, options.hoursPerDay);
        if (checked.ok) adding.push({ field, key: options.keys[field], value: text });
        else io.stderr(`git-leverage: warning: measured ${options.keys[field]}: ${text} ${checked.message}; left out of the message (type it by hand, or check the session logs with git-leverage measure --explain)\n`);
      }
      if (agent !== undefined && has('claudeMinutes')) adding.push({ field: 'agent', key: options.keys.agent, value: agent });
    }
  }
  if (adding.length === 0) return 0;
  // `--if-exists add`, never doNothing/replace: git compares keys by prefix, so an existing `Task`
  // would swallow a new `Task-Id`. What is already there was filtered out above, by whole key.
  await runGit(
    ['interpret-trailers', '--in-place', '--no-divider', '--if-exists', 'add', ...adding.flatMap((t) => ['--trailer', `${t.key}: ${t.value}`]), file],
    io.cwd,
    undefined,
    io.env,
  );
  return 0;
}

function formatMeasured(field: LeverageField, value: number): string {
  if (field === 'tokens') return String(Math.round(value));
  // Minutes to one decimal: the grammar accepts decimals, and a sub-minute session is not zero.
  return String(Math.max(0.1, Math.round(value * 10) / 10));
}
