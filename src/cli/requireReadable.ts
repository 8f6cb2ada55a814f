/**
 * The check every command makes of an input file it names before it looks at
 * the name's extension or the contents: a file that is missing, a directory,
 * or not readable is exit code 3 (src/cli/exitCodes.ts) with one line that
 * names the file, whatever the command (issue 25).
 */
import { accessSync, constants, statSync } from 'node:fs';
import { CliError } from './CliError.ts';
import { EXIT } from './exitCodes.ts';
import { ioError } from './ioError.ts';

/**
 * Throws unless `path` is something that can be read as a file (a regular
 * file, or a FIFO or device the user names).
 * @throws CliError (exit code 3) naming `path`
 */
export function requireReadable(path: string): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
    // access() rather than open(): opening a FIFO would wait for its writer.
    accessSync(path, constants.R_OK);
  } catch (e) {
    throw ioError(e, 'cannot read the file', path);
  }
  if (isDirectory) throw new CliError(`${path}: cannot read the file: it is a directory (EISDIR)`, EXIT.io);
}
