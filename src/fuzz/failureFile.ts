/**
 * The fuzz's failures file (NDJSON, one failure a line), written as failures
 * are found so that an interrupted fuzz keeps those of the cases it finished.
 * The file is created (or emptied) at the first failure only: a fuzz that
 * finds nothing leaves an earlier file as it was.
 */
import { appendFileSync, writeFileSync } from 'node:fs';

/** A failures file that grows one line at a time. */
export class FailureFile {
  /** Failures written so far. */
  count = 0;

  constructor(readonly path: string) {}

  /** Writes one failure as a line of JSON (the first replaces what the file held). */
  add(failure: unknown): void {
    const line = JSON.stringify(failure) + '\n';
    if (this.count === 0) writeFileSync(this.path, line);
    else appendFileSync(this.path, line);
    this.count++;
  }
}
