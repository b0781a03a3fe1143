/**
 * The trailers of many messages, parsed by git's own parser (`git interpret-trailers --parse`, so
 * git's rules hold: the last paragraph only, folded lines, `trailer.separators`) in one git process
 * rather than one per message. interpret-trailers reads any number of files and prints their
 * trailers one after the other; a boundary file between two messages, whose only trailer is ours,
 * tells where one message's trailers end.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { trailersOf } from '../trailers/trailerLines.js';
import type { Trailer } from '../trailers/trailerKeys.js';
import { GitError, runGitBytes, runGitRaw } from './runGit.js';

/** The boundary's key: no leverage key, and a title paragraph above it so git reads it as a trailer. */
const BOUNDARY_KEY = 'Git-Leverage-Boundary';

/** Files per git process: far below any system's limit on a command line's length. */
const FILES_PER_PROCESS = 400;

/**
 * Each message's trailers, in order. `cwd` is the repository (its `trailer.*` configuration applies);
 * messages are UTF-8 text as the collector reads them (`--encoding=UTF-8`).
 */
export async function readTrailersOfMessages(messages: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Trailer[][]> {
  if (messages.length === 0) return [];
  // The boundary must use a separator the repository accepts: `trailer.separators`' first, as git prints.
  const configured = await runGitRaw(['config', '--get', 'trailer.separators'], cwd, undefined, env);
  const separator = configured.exitCode === 0 && configured.stdout.trim() !== '' ? (configured.stdout.replace(/\n$/, '')[0] as string) : ':';
  const dir = await mkdtemp(path.join(os.tmpdir(), 'git-leverage-trailers-')).catch((error: NodeJS.ErrnoException) => {
    throw new GitError(`cannot make a temporary folder in ${os.tmpdir()} for git to parse squash commits' messages (${error.code ?? error.message}): set TMPDIR to a writable folder`);
  });
  try {
    const boundary = path.join(dir, 'boundary');
    await writeFile(boundary, `git-leverage\n\n${BOUNDARY_KEY}${separator} end\n`);
    const files = await Promise.all(
      messages.map(async (message, index) => {
        const file = path.join(dir, `message-${index}`);
        await writeFile(file, message);
        return file;
      }),
    );
    const result: Trailer[][] = [];
    for (let start = 0; start < files.length; start += FILES_PER_PROCESS) {
      const batch = files.slice(start, start + FILES_PER_PROCESS);
      const args = ['interpret-trailers', '--parse', '--no-divider', ...batch.flatMap((file) => [file, boundary])];
      const parsed = await runGitBytes(args, cwd, undefined, env);
      if (parsed.exitCode !== 0) throw new GitError(`git interpret-trailers failed in ${cwd}: ${parsed.stderr.trim() || `exit code ${parsed.exitCode}`}`);
      let current: Trailer[] = [];
      for (const trailer of trailersOf(parsed.stdout.toString('utf8'))) {
        if (trailer.key === BOUNDARY_KEY) {
          result.push(current);
          current = [];
        } else current.push(trailer);
      }
    }
    if (result.length !== messages.length) throw new GitError(`git interpret-trailers printed ${result.length} messages' trailers for ${messages.length}`);
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
