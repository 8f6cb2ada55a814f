/**
 * Writes a file so that it is either complete or absent: the text goes to a
 * temporary file beside the target, which is then renamed over it.
 */
import { renameSync, writeFileSync, unlinkSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { ioError } from './ioError.ts';

/**
 * Writes `data` to `path` atomically.
 * @throws CliError (exit code 3) naming `path` when the file system refuses (no such directory, read-only, disk full)
 */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    throw ioError(e, 'cannot write the file', path);
  }
}
