/**
 * Where a command's text goes when it goes wrong: a reader that closed the pipe (`| head`) ends the
 * command quietly; a file or device that cannot be written gives one line, never a stack trace.
 */
import { UserError } from '../userError.js';

/**
 * Standard output's reader went away (`git-leverage report | head -1`). Not a failure: the reader
 * has what it wanted, so the CLI stops writing (and rendering) and exits 0 without a word, as
 * ripgrep does. Unix tools die of SIGPIPE instead, but Node ignores that signal, so it arrives here
 * as EPIPE.
 */
export class OutputClosedError extends Error {
  override name = 'OutputClosedError';
}

/** Output that cannot be written (a folder given as the file, a full disk, no permission): exit 1. */
export class OutputError extends UserError {
  override name = 'OutputError';
}

/** Why a file operation failed, in a few words: the system's own text (`no space left on device`) but for the cases it says obscurely. */
export function systemErrorReason(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a part of its path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
  }
  // Node's message for a system error is `ENOSPC: no space left on device, write`.
  return /^[A-Z]+: (.+?)(?:, \w+(?: '.*')?)?$/.exec(error.message)?.[1] ?? error.message;
}

/** The one-line error for output to `target` (a file as the user named it, or `standard output`) that failed with `error`. */
export function outputError(target: string, error: unknown): OutputError {
  return new OutputError(`cannot write ${target}: ${systemErrorReason(error as NodeJS.ErrnoException)}`);
}

/**
 * A writer for standard output (or error) that fails at once when the stream does: OutputClosedError
 * when the reader closed the pipe, OutputError for any other failure (`> /dev/full`). A write to a
 * pipe or file fails synchronously on Linux (the stream's `errored` is set before `write` returns,
 * its 'error' event comes a tick later), so the first write after the reader left throws, and
 * whatever renders the text chunk by chunk stops rendering there. Elsewhere (macOS pipes are
 * asynchronous) the next write after the failure throws.
 *
 * With `quiet` (standard error), failures are ignored: a message nobody can read is no reason to
 * stop the work. Either way the stream's 'error' event is listened to, so Node never reports it as
 * unhandled.
 */
export function streamWriter(stream: NodeJS.WritableStream & { destroyed: boolean; errored?: Error | null }, target: string, options: { quiet?: boolean } = {}): (text: string) => void {
  stream.on('error', () => {
    // Seen through `destroyed` and `errored` by the next write (or by nobody, after the last one).
  });
  const failure = (error: unknown): Error => {
    const code = (error as NodeJS.ErrnoException | null | undefined)?.code;
    // A stream destroyed without an error, or written after destruction, was closed on us too.
    return code === undefined || code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' ? new OutputClosedError(`${target} was closed`) : outputError(target, error);
  };
  const failed = () => stream.destroyed || Boolean(stream.errored);
  return (text) => {
    if (options.quiet) {
      if (!failed()) stream.write(text);
      return;
    }
    if (failed()) throw failure(stream.errored);
    stream.write(text);
    if (failed()) throw failure(stream.errored);
  };
}
