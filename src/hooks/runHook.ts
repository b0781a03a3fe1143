/** Dispatches a hook invocation (`commit-msg <file>`, `prepare-commit-msg <file> [source] [sha]`) to its runner. */
import { ConfigError } from '../config/resolveConfig.js';
import { GitError } from '../git/runGit.js';
import { runCommitMsgHook } from './runCommitMsgHook.js';
import { runPrepareCommitMsgHook, type PrepareIo } from './runPrepareCommitMsgHook.js';

export async function runHook(argv: readonly string[], io: PrepareIo): Promise<number> {
  const [hook, file, source] = argv;
  try {
    if (hook === 'commit-msg' && file) return (await runCommitMsgHook(file, io)).code;
    if (hook === 'prepare-commit-msg' && file) return await runPrepareCommitMsgHook(file, source, io);
    io.stderr('git-leverage hook: expected commit-msg <file> or prepare-commit-msg <file> [source] [sha]\n');
    return 2;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof GitError) {
      io.stderr(`git-leverage (${hook} hook): ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
