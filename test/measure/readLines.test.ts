/**
 * readLines reads a file into one reused buffer: compared with splitting the whole file, for lines
 * that cross reads, lines longer than a read, CRLF endings, empty lines and an unfinished last line.
 */
import { existsSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLines } from '../../src/measure/readSessionLogs.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempRepo.js';

/** The plain way: the whole file split on line breaks. */
function splitWhole(text: string): { text: string; number: number; complete: boolean }[] {
  const parts = text.split('\n');
  const last = parts.pop() ?? '';
  const lines = parts.map((line, index) => ({ text: line.replace(/\r$/, ''), number: index + 1, complete: true }));
  if (last !== '') lines.push({ text: last.replace(/\r$/, ''), number: parts.length + 1, complete: false });
  return lines;
}

/** Each line decoded as it comes: its bytes are only valid until the next line is asked for. */
function read(file: string): { text: string; number: number; complete: boolean }[] {
  const lines = [];
  for (const { bytes, number, complete } of readLines(file)) lines.push({ text: bytes.toString('utf8'), number, complete });
  return lines;
}

describe('readLines', () => {
  afterAll(removeTempDirs);

  it('yields the lines of a whole-file split, across reads and for lines longer than a read', async () => {
    const dir = await makeTempDir();
    // Sizes around the 64 KiB read: lines end just before, on and after each boundary, one spans three reads.
    const sizes = [10, 65_500, 4, 0, 5, 200_000, 65_535, 1, 65_536, 3, 20];
    const lines = sizes.map((size, i) => `${String(i).padStart(2, '0')}:${'é'.repeat(size % 7)}${'x'.repeat(size)}${i % 3 === 0 ? '\r' : ''}`);
    for (const tail of ['', '{"timestamp":"unfinished']) {
      const text = `${lines.join('\n')}\n${tail}`;
      const file = path.join(dir, `log${tail.length}.jsonl`);
      await writeFile(file, text);
      const got = read(file);
      expect(got.length).toBe(sizes.length + (tail ? 1 : 0));
      expect(got).toEqual(splitWhole(text));
    }
  });

  it('closes the file when the reader stops early, and fails on a file that cannot be opened', async () => {
    const dir = await makeTempDir();
    const file = path.join(dir, 'log.jsonl');
    await writeFile(file, 'a\nb\nc\n');
    const openFiles = (): number => (existsSync('/proc/self/fd') ? readdirSync('/proc/self/fd').length : 0);
    const before = openFiles();
    for (const line of readLines(file)) {
      expect(openFiles()).toBe(before + (existsSync('/proc/self/fd') ? 1 : 0));
      if (line.number === 2) break;
    }
    expect(openFiles()).toBe(before);
    expect(() => [...readLines(path.join(dir, 'missing.jsonl'))]).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
