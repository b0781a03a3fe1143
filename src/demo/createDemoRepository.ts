/**
 * Builds the demo's throwaway repository: one commit per task of DEMO_TASKS, authored at its time
 * of day in DEMO_TIMEZONE, written in one `git fast-import` run. Each commit adds a line to
 * WORKLOG.md and writes its task's file, of demoChangedLines lines, so the Estimate check has
 * change sizes to judge.
 */
import { DateTime } from '../window/luxon.js';
import { isolatedGitEnv, DEMO_IDENTITY } from '../git/isolatedGitEnv.js';
import { runGit } from '../git/runGit.js';
import { DEFAULT_TRAILER_KEYS } from '../trailers/trailerSchema.js';
import { truncateText } from '../text/clipText.js';
import { DEMO_DATE, DEMO_TASKS, DEMO_TIMEZONE, demoChangedLines, type DemoTask } from './demoTasks.js';

/** The commit message a person (or an agent) would write for a demo task. */
export function demoCommitMessage(task: DemoTask): string {
  const keys = DEFAULT_TRAILER_KEYS;
  return [
    truncateText(task.task, 72),
    '',
    `${keys.task}: ${task.task}`,
    `${keys.humanEstimate}: ${task.humanEstimate}`,
    `${keys.claudeMinutes}: ${task.claudeMinutes}`,
    `${keys.supervisoryMinutes}: ${task.supervisoryMinutes}`,
    `${keys.tokens}: ${task.tokens}`,
    '',
  ].join('\n');
}

/** `1776000000 -0400`: git's raw date form for a local time on the demo day. */
function rawGitDate(time: string): string {
  const local = DateTime.fromISO(`${DEMO_DATE}T${time}`, { zone: DEMO_TIMEZONE });
  return `${local.toSeconds()} ${local.toFormat('ZZZ')}`;
}

/** The `lines` lines of the file the `index`-th task writes (WORKLOG.md's line is the commit's other one). */
function taskFileLines(index: number, lines: number): string {
  let text = '';
  for (let line = 1; line <= lines; line += 1) text += `task ${index + 1}, line ${line}\n`;
  return text;
}

function inlineData(text: string): string[] {
  return [`data ${Buffer.byteLength(text)}`, text];
}

function fastImportStream(): string {
  const person = `${DEMO_IDENTITY.name} <${DEMO_IDENTITY.email}>`;
  const parts: string[] = [];
  let log = '';
  DEMO_TASKS.forEach((task, index) => {
    const message = demoCommitMessage(task);
    log += `${task.time} ${task.task}\n`;
    const date = rawGitDate(task.time);
    parts.push(
      'commit refs/heads/main',
      `mark :${index + 1}`,
      `author ${person} ${date}`,
      `committer ${person} ${date}`,
      `data ${Buffer.byteLength(message)}`,
      message,
      ...(index > 0 ? [`from :${index}`] : []),
      'M 100644 inline WORKLOG.md',
      `data ${Buffer.byteLength(log)}`,
      log,
      `M 100644 inline work/task-${String(index + 1).padStart(2, '0')}.txt`,
      ...inlineData(taskFileLines(index, demoChangedLines(task, index) - 1)),
    );
  });
  return `${parts.join('\n')}\n`;
}

/** Creates the demo repository in `dir` (an empty folder) and checks out its main branch. */
export async function createDemoRepository(dir: string, baseEnv: NodeJS.ProcessEnv): Promise<void> {
  const env = isolatedGitEnv(baseEnv);
  await runGit(['init', '--quiet', '--initial-branch=main'], dir, undefined, env);
  await runGit(['fast-import', '--quiet'], dir, fastImportStream(), env);
  await runGit(['checkout', '--quiet', '--force', 'main'], dir, undefined, env);
}
