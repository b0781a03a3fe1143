/**
 * Cuts git's `-z` output into records of a fixed number of NUL-terminated fields, whatever the
 * chunk boundaries. A record is handed on as offsets into the buffer that holds it (`ends[i]` is the
 * NUL ending field i): most commits carry no leverage trailer, and bytes become strings only for
 * what is kept.
 */
export class RecordSplitter {
  /** The NUL ending each field of the record being handed on. */
  readonly ends: number[];
  /** A record the last chunk cut short: its pieces, and how many of its fields they hold. */
  private partial: Buffer[] = [];
  private partialFields = 0;

  constructor(private readonly fieldCount: number) {
    this.ends = new Array<number>(fieldCount).fill(0);
  }

  /**
   * Hands every record that `chunk` completes to `onRecord(buffer, start)`, with `ends` set; keeps
   * the rest for the next chunk. `onRecord` must take what it keeps before it returns.
   */
  push(chunk: Buffer, onRecord: (buffer: Buffer, start: number) => void): void {
    const { fieldCount, ends } = this;
    let start = 0;
    if (this.partial.length > 0) {
      // Finish the cut record first: find the NULs it still lacks in this chunk.
      let missing = fieldCount - this.partialFields;
      let next = 0;
      for (let nul = chunk.indexOf(0); missing > 0 && nul >= 0; nul = chunk.indexOf(0, next)) {
        missing -= 1;
        next = nul + 1;
      }
      if (missing > 0) {
        this.partial.push(chunk);
        this.partialFields = fieldCount - missing;
        return;
      }
      const whole = Buffer.concat([...this.partial, chunk.subarray(0, next)]);
      this.partial = [];
      this.partialFields = 0;
      this.findFieldEnds(whole, 0);
      onRecord(whole, 0);
      start = next;
    }
    while (this.findFieldEnds(chunk, start) === fieldCount) {
      onRecord(chunk, start);
      start = (ends[fieldCount - 1] as number) + 1;
    }
    if (start < chunk.length) {
      this.partial = [chunk.subarray(start)];
      this.partialFields = this.findFieldEnds(chunk, start);
    }
  }

  /** Bytes of a record that never ended (git's output stopped inside one): 0 after a whole log. */
  get pendingBytes(): number {
    return this.partial.reduce((sum, piece) => sum + piece.length, 0);
  }

  /** Finds the NUL ending each field from `start`; returns how many it found (fieldCount: a whole record). */
  private findFieldEnds(buffer: Buffer, start: number): number {
    const { fieldCount, ends } = this;
    let from = start;
    for (let field = 0; field < fieldCount; field += 1) {
      const nul = buffer.indexOf(0, from);
      if (nul < 0) return field;
      ends[field] = nul;
      from = nul + 1;
    }
    return fieldCount;
  }
}
