/** The writers behind every command's output (src/cli/output.ts, writeChunks.ts), driven in-process. */
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputClosedError, OutputError, streamWriter } from '../../src/cli/output.js';
import { runCli } from '../../src/cli/program.js';
import { createTempRepo, leverageMessage, removeTempDirs } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

const systemError = (code: string, message: string) => Object.assign(new Error(`${code}: ${message}, write`), { code, syscall: 'write' });

describe('streamWriter', () => {
  it('a stream whose reader left (EPIPE) throws OutputClosedError; any other failure, a one-line OutputError', () => {
    const closed = new PassThrough();
    const write = streamWriter(closed, 'standard output');
    write('first\n');
    closed.destroy(systemError('EPIPE', 'broken pipe'));
    expect(() => write('second\n')).toThrow(OutputClosedError);

    const full = new PassThrough();
    const writeFull = streamWriter(full, 'standard output');
    full.destroy(systemError('ENOSPC', 'no space left on device'));
    expect(() => writeFull('x')).toThrow(new OutputError('cannot write standard output: no space left on device'));
  });

  it('quiet (standard error) never throws: a message nobody can read does not stop the work', () => {
    const stream = new PassThrough();
    const write = streamWriter(stream, 'standard error', { quiet: true });
    stream.destroy(systemError('EPIPE', 'broken pipe'));
    expect(() => write('late\n')).not.toThrow();
  });
});

describe('a closed standard output stops the command', () => {
  it('rendering stops at the first chunk that cannot be written; the command exits 0 without a word', async () => {
    const repo = await createTempRepo();
    for (let i = 0; i < 30; i += 1) {
      await repo.commit({ message: leverageMessage(`change ${i}`, { Task: `task ${i}`, 'Human-Estimate': '2h', 'Claude-Minutes': 10 + i }), date: `2026-04-12T${String(10 + (i % 10)).padStart(2, '0')}:00:00Z` });
    }
    const args = ['report', '--date', '2026-04-12', '--timezone', 'UTC', '--format', 'json'];
    const io = (stdout: (text: string) => void, stderr: (text: string) => void) => ({ stdout, stderr, cwd: repo.dir, env: repo.env, now: () => new Date('2026-04-12T16:00:00Z') });
    const all: string[] = [];
    expect(await runCli(args, io((text) => all.push(text), () => undefined))).toBe(0);
    expect(all.length).toBeGreaterThan(3); // the JSON report comes in many chunks

    let calls = 0;
    let stderr = '';
    const code = await runCli(
      args,
      io(
        () => {
          calls += 1;
          if (calls > 1) throw new OutputClosedError('standard output was closed');
        },
        (text) => (stderr += text),
      ),
    );
    expect({ code, calls, stderr }).toEqual({ code: 0, calls: 2, stderr: '' });
  });
});
