/**
 * Writes text made piece by piece (renderReportChunks) to a file or to standard output, each piece
 * written while the next is made: a long history's report is never held, copied or encoded whole.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { CommandContext } from './program.js';

export async function writeChunks(chunks: Iterable<string>, output: string | undefined, context: CommandContext): Promise<void> {
  if (output === undefined) {
    for (const chunk of chunks) context.io.stdout(chunk);
    return;
  }
  const handle = await open(path.resolve(context.io.cwd, output), 'w');
  try {
    let written: Promise<unknown> = Promise.resolve();
    for (const chunk of chunks) {
      await written;
      written = handle.write(chunk);
    }
    await written;
  } finally {
    await handle.close();
  }
}
