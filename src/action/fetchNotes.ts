/**
 * Brings origin's leverage notes into the checkout. actions/checkout fetches branches (or one
 * commit), never notes, so without this a note written on the remote (a correction, or the records
 * of a squash commit) would be missing from the report. A remote without the ref is the common case;
 * a failure only warns: the report is still right for every commit without a note.
 */
import { NOTES_REF } from '../git/openRepository.js';
import { runGitRaw } from '../git/runGit.js';

export interface NotesLog {
  info: (message: string) => void;
  warning: (message: string) => void;
}

export type NotesFetch = 'fetched' | 'absent' | 'failed';

/**
 * git's complaint: its first `fatal:` or `error:` line, without the prefix (what follows is advice:
 * "Please make sure you have the correct access rights / and the repository exists.", hints), else
 * its last line.
 */
export function gitComplaint(stderr: string, exitCode: number): string {
  const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
  const line = (lines.find((each) => /^(fatal|error): /.test(each)) ?? lines[lines.length - 1])?.replace(/^(fatal|error): /, '');
  return line || `exit code ${exitCode}`;
}

/**
 * Fetches `refs/notes/leverage` from origin into the same ref, when origin has it (asked with
 * `git ls-remote`, so a missing ref is not mistaken for a failure). A forced refspec: notes written
 * elsewhere win over a local copy the checkout never changed.
 */
export async function fetchNotes(dir: string, log: NotesLog, env?: NodeJS.ProcessEnv): Promise<NotesFetch> {
  const listed = await runGitRaw(['ls-remote', '--refs', 'origin', NOTES_REF], dir, undefined, env);
  if (listed.exitCode !== 0) {
    log.warning(`could not ask origin for ${NOTES_REF} (${gitComplaint(listed.stderr, listed.exitCode)}): records kept in notes are left out`);
    return 'failed';
  }
  if (!listed.stdout.split('\n').some((line) => line.endsWith(`\t${NOTES_REF}`))) {
    log.info(`origin has no ${NOTES_REF}`);
    return 'absent';
  }
  const fetched = await runGitRaw(['fetch', '--no-tags', '--quiet', 'origin', `+${NOTES_REF}:${NOTES_REF}`], dir, undefined, env);
  if (fetched.exitCode !== 0) {
    log.warning(`could not fetch ${NOTES_REF} from origin (${gitComplaint(fetched.stderr, fetched.exitCode)}): records kept in notes are left out`);
    return 'failed';
  }
  log.info(`fetched ${NOTES_REF} from origin`);
  return 'fetched';
}
