/**
 * Reads a file line by line with the byte offset of each line, without
 * holding the file in memory. The last line may lack its newline (a torn
 * line left by a killed writer); `terminated` says which.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** One line of a file. */
export interface Line {
  text: string;
  /** Byte offset of the line's start. */
  offset: number;
  /** Bytes of the line including its newline. */
  length: number;
  /** 1-based line number. */
  number: number;
  terminated: boolean;
}

/** Yields the lines of a file in order. */
export function* readLines(path: string, chunkSize = 1 << 16): Generator<Line> {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(chunkSize);
    let pending: Buffer<ArrayBufferLike> = Buffer.alloc(0);
    let offset = 0;
    let number = 0;
    for (;;) {
      const n = readSync(fd, chunk, 0, chunkSize, null);
      if (n === 0) break;
      const buf: Buffer<ArrayBufferLike> = pending.length ? Buffer.concat([pending, chunk.subarray(0, n)]) : chunk.subarray(0, n);
      let start = 0;
      for (let nl = buf.indexOf(10, start); nl >= 0; nl = buf.indexOf(10, start)) {
        yield { text: buf.toString('utf8', start, nl), offset, length: nl + 1 - start, number: ++number, terminated: true };
        offset += nl + 1 - start;
        start = nl + 1;
      }
      pending = Buffer.from(buf.subarray(start));
    }
    if (pending.length) yield { text: pending.toString('utf8'), offset, length: pending.length, number: ++number, terminated: false };
  } finally {
    closeSync(fd);
  }
}
