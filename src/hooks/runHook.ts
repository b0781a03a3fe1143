/**
 * Dispatches a hook invocation (`commit-msg <file>`, `prepare-commit-msg <file> [source] [sha]`) to its runner.
 * prepare-commit-msg is imported on demand: it loads child_process, which the commit-msg hook's
 * usual path does without (runCommitMsgHook.ts). Errors the user can act on (config, git) are one
 * class, UserError, so recognising them loads nothing either.
 */
import { UserError } from '../userError.js';
import { TRAILERS_ON_STDIN } from './parsedTrailers.js';
import { runCommitMsgHook } from './runCommitMsgHook.js';
import type { PrepareIo } from './runPrepareCommitMsgHook.js';

export interface RunHookIo extends PrepareIo {
  /** Reads stdin to its end: the installed commit-msg script sends git's parse of the message there. */
  readStdin?: () => Buffer;
}

export async function runHook(argv: readonly string[], io: RunHookIo): Promise<number> {
  const [hook, file, source] = argv;
  try {
    if (hook === 'commit-msg' && file) return (await runCommitMsgHook(file, io, source === TRAILERS_ON_STDIN ? io.readStdin?.() : undefined)).code;
    if (hook === 'prepare-commit-msg' && file) return await (await import('./runPrepareCommitMsgHook.js')).runPrepareCommitMsgHook(file, source, io);
    io.stderr('git-leverage hook: expected commit-msg <file> or prepare-commit-msg <file> [source] [sha]\n');
    return 2;
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`git-leverage (${hook} hook): ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
