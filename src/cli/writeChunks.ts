/**
 * Writes text made piece by piece (renderReportChunks) to a file or to standard output, each piece
 * written while the next is made: a long history's report is never held, copied or encoded whole.
 * Every command that writes a report or a file writes it here (report, demo, merge, dashboard).
 */
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { CommandContext } from './commandContext.js';
import { outputError } from './output.js';

/**
 * Writes `chunks` to `output` (a path from the command line, relative to the working folder; its
 * missing folders are created, as the Action's `output-file` does), or to standard output when
 * `output` is undefined. A file that cannot be written is a one-line OutputError naming it as the
 * user did; standard output's failures are its writer's (streamWriter). Errors raised while the
 * chunks are rendered pass through unchanged.
 */
export async function writeChunks(chunks: Iterable<string>, output: string | undefined, context: CommandContext): Promise<void> {
  if (output === undefined) {
    // A closed pipe throws out of stdout at the next chunk, so rendering stops there too.
    for (const chunk of chunks) context.io.stdout(chunk);
    return;
  }
  const file = path.resolve(context.io.cwd, output);
  const fail = (error: unknown) => outputError(output, error);
  let handle: FileHandle;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    handle = await open(file, 'w');
  } catch (error) {
    throw fail(error);
  }
  let written: Promise<unknown> = Promise.resolve();
  try {
    for (const chunk of chunks) {
      await written;
      written = handle.write(chunk).catch((error: unknown) => Promise.reject(fail(error)));
    }
    await written;
  } finally {
    // Rendering failed with a write in flight: its outcome no longer matters, but must be awaited.
    await written.catch(() => undefined);
    await handle.close().catch((error: unknown) => Promise.reject(fail(error)));
  }
}
