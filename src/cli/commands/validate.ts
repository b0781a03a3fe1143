/**
 * `git-leverage validate [<range>]`: checks every commit of a range (default `@{upstream}..HEAD`)
 * with the commit-msg hook's own check, reading trailers through the report's collector, and exits 1
 * listing each bad commit: the check for CI and for pre-push. A commit's leverage note, when it is
 * the commit's figures, is checked instead of its message, and a squash commit's listed blocks one by
 * one, as the commit-msg hook checks them.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config/loadConfig.js';
import { NOTES_REF, openRepository } from '../../git/openRepository.js';
import { runGit, runGitRaw } from '../../git/runGit.js';
import { streamCommits } from '../../git/streamCommits.js';
import { checkCommitMessage, checkSquashMessage, NO_LEVERAGE_KEY, type ListedMessage } from '../../hooks/checkCommitMessage.js';
import { readTrailersOfMessages } from '../../git/messagesTrailers.js';
import { noteCounts, readNotes, type NoteReading } from '../../git/noteRecords.js';
import { parseSquashMessage } from '../../trailers/squashMessage.js';
import type { TrailerKeys } from '../../trailers/trailerKeys.js';
import { rangeWindow } from '../../window/reportWindow.js';
import { describeProblem, type Trailer } from '../../trailers/trailerSchema.js';
import type { CommandContext } from '../commandContext.js';
import { UsageError } from '../../userError.js';
import { neutraliseBidi } from '../../render/escapeMarkdown.js';
import { truncateText } from '../../text/clipText.js';

/** The leverage notes of the range's commits, by sha (one git process; only when the repository has any). */
async function notesInRange(cwd: string, range: string, env: NodeJS.ProcessEnv): Promise<Map<string, string>> {
  const out = await runGit(['log', '-z', '--encoding=UTF-8', `--notes=${NOTES_REF}`, '--format=%H%x1f%N', range, '--'], cwd, undefined, env);
  const notes = new Map<string, string>();
  for (const entry of out.split('\0')) {
    const cut = entry.indexOf('\x1f');
    if (cut > 0 && cut < entry.length - 1) notes.set(entry.slice(0, cut), entry.slice(cut + 1));
  }
  return notes;
}

/** Whether a commit's note is its figures (noteRecords.ts): one that carries a leverage trailer or says `Leverage: none`. */
function countingNote(note: NoteReading | undefined, keys: TrailerKeys): boolean {
  return note !== undefined && noteCounts(note, keys);
}

/** Each squash commit's listed blocks with the trailers git reads from them (one git process for all). */
async function squashBlocks(commits: ReadonlyArray<{ sha: string; message: string }>, cwd: string, env: NodeJS.ProcessEnv): Promise<Map<string, ListedMessage[]>> {
  const squashes = commits.map((commit) => ({ sha: commit.sha, listed: parseSquashMessage(commit.message)?.commits ?? [] }));
  const parsed = await readTrailersOfMessages(
    squashes.flatMap((squash) => squash.listed.map((listed) => listed.message)),
    cwd,
    env,
  );
  let next = 0;
  return new Map(squashes.map((squash) => [squash.sha, squash.listed.map((listed) => ({ index: listed.index, subject: listed.subject, trailers: parsed[next++] ?? [] }))]));
}

export function registerValidateCommand(program: Command, context: CommandContext): void {
  program
    .command('validate [range]')
    .description('check the leverage trailers of every commit in a range (default: @{upstream}..HEAD); exit 1 listing each bad commit')
    .option('--repo <dir>', 'the repository (default: .)')
    .action(async (given: string | undefined, flags: { repo?: string }) => {
      const { io } = context;
      const repo = await openRepository(flags.repo ?? '.', io.cwd);
      const config = await loadConfig(repo.root);
      let range = given;
      if (range === undefined) {
        const upstream = await runGitRaw(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'], repo.root, undefined, io.env);
        if (upstream.exitCode !== 0) throw new UsageError('the current branch has no upstream: give a range, e.g. git-leverage validate origin/main..HEAD');
        range = '@{upstream}..HEAD';
      }
      if (range.startsWith('-')) throw new UsageError(`"${range}" is not a range`);
      // The collector's reading of each commit's leverage trailers: what `report` will count.
      const leverage = new Map<string, Trailer[]>();
      // Squash commits whose listed commits the collector read as records: checked block by block.
      const squashShas = new Set<string>();
      for await (const batch of streamCommits(repo, { window: rangeWindow(range, 'UTC'), revs: [], keys: config.trailerOptions.keys })) {
        for (const commit of batch) {
          leverage.set(commit.sha, commit.trailers);
          if (commit.embedded && !commit.note) squashShas.add(commit.sha);
        }
      }
      const notes = repo.hasNotes ? await notesInRange(repo.root, range, io.env) : new Map<string, string>();
      const readings = await readNotes([...notes.values()], repo.root, io.env, config.trailerOptions.keys);
      const noteOf = new Map([...notes.keys()].map((sha, index) => [sha, readings[index] as NoteReading]));
      // Every commit of the range, for the policy (merges, reverts, `Leverage: none`).
      const list = await runGit(
        ['log', '-z', '--encoding=UTF-8', `--format=%H%x1f%P%x1f%s%x1f%(trailers:key=${NO_LEVERAGE_KEY},valueonly,separator=%x1e)%x1f%B`, range, '--'],
        repo.root,
        undefined,
        io.env,
      );
      const entries = list
        .split('\0')
        .filter(Boolean)
        .map((entry) => {
          const [sha = '', parents = '', subject = '', none = '', ...body] = entry.split('\x1f');
          return { sha, parents, subject, none, message: body.join('\x1f') };
        });
      const listedOf = await squashBlocks(
        entries.filter((entry) => squashShas.has(entry.sha) && !countingNote(noteOf.get(entry.sha), config.trailerOptions.keys)),
        repo.root,
        io.env,
      );
      let checked = 0;
      const bad: string[] = [];
      const warned: string[] = [];
      for (const { sha, parents, subject, none, message } of entries) {
        checked += 1;
        const merging = parents.trim().includes(' ');
        const note = noteOf.get(sha);
        const counts = countingNote(note, config.trailerOptions.keys);
        const listed = counts ? note?.listed : listedOf.get(sha);
        const trailers = counts
          ? (note?.trailers ?? [])
          : [...(leverage.get(sha) ?? []), ...none.split('\x1e').filter(Boolean).map((value) => ({ key: NO_LEVERAGE_KEY, value: value.trim() }))];
        // A counting note is the commit's figures (noteRecords.ts); a squash commit's are its listed blocks, as the hook checks them.
        const result = listed
          ? checkSquashMessage(listed, config.require, config.trailerOptions)
          : checkCommitMessage({ trailers, subject, merging, reverting: false, message: counts ? undefined : message }, config.require, config.trailerOptions);
        if (note && !counts) result.warnings.push(`its note in ${NOTES_REF} holds no leverage trailer (nor ${NO_LEVERAGE_KEY}: none): report reads the message's figures instead`);
        // Commit text to a terminal: cut, and bidirectional controls named, as every renderer shows it.
        const head = `${sha.slice(0, 12)} ${neutraliseBidi(truncateText(subject, 72))}${counts ? ` (its note in ${NOTES_REF})` : ''}`;
        if (!result.ok) bad.push(`${head}\n${result.problems.map((p) => `    ${neutraliseBidi(describeProblem(p))}`).join('\n')}`);
        if (result.warnings.length > 0) warned.push(`${head}\n${result.warnings.map((w) => `    ${w}`).join('\n')}`);
      }
      if (warned.length > 0) {
        // Not a failure (the hook lets these commits through under this policy), but report will not count those lines.
        io.stderr(
          `git-leverage: warning: ${warned.length} commit${warned.length === 1 ? ' has' : 's have'} leverage lines that git does not read as trailers (report will not count them):\n${warned.map((w) => `  ${w}`).join('\n')}\n`,
        );
      }
      if (bad.length === 0) {
        const also = warned.length > 0 ? `, ${warned.length} with warnings` : '';
        io.stdout(`git-leverage: ${checked} commit${checked === 1 ? '' : 's'} in ${range} checked, all valid${also} (require: ${config.require})\n`);
        return;
      }
      io.stderr(`git-leverage: ${bad.length} of ${checked} commits in ${range} have leverage trailers that do not pass (require: ${config.require}):\n${bad.map((b) => `  ${b}`).join('\n')}\n`);
      context.setExitCode(1);
    });
}
