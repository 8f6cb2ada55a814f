/**
 * Writes an output file so that it is either complete or absent, and never
 * clobbers what the user's path names (issue 25):
 * - a regular file, or nothing yet: the text goes to a temporary file beside
 *   it, which is then renamed over it (keeping an existing file's mode);
 * - a symbolic link: it is followed, and its target is written as above (the
 *   link stays a link);
 * - a FIFO or a character device (`/dev/null`, `/dev/stdout`, a named pipe):
 *   written straight through, as a shell's `>` would;
 * - anything else (a directory, a block device, a socket) is refused, and
 *   never replaced.
 */
import { chmodSync, lstatSync, readlinkSync, renameSync, writeFileSync, unlinkSync, type Stats } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import { CliError } from './CliError.ts';
import { EXIT } from './exitCodes.ts';
import { ioError } from './ioError.ts';

/** Most links followed before giving up (the kernel's own limit, ELOOP, is 40). */
const MAX_LINKS = 40;

/** Where an output path leads. */
export interface OutputTarget {
  /** The path written: the target of any symbolic links, else the path as given. */
  path: string;
  /** absent or regular: written atomically; stream: written straight through. */
  kind: 'absent' | 'regular' | 'stream';
  /** The mode of an existing regular file, kept when it is replaced. */
  mode?: number;
}

const lstatOrUndefined = (path: string): Stats | undefined => {
  try {
    return lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
};

/**
 * Follows `path` through symbolic links (also one whose target does not exist
 * yet) and says how it is to be written.
 * @throws CliError naming `path`: exit 3 for a directory or a loop of links, exit 2 for a block device or socket
 */
export function outputTarget(path: string): OutputTarget {
  let at = path;
  let st: Stats | undefined;
  try {
    for (let links = 0; ; links++) {
      st = lstatOrUndefined(at);
      if (!st?.isSymbolicLink()) break;
      if (links >= MAX_LINKS) throw Object.assign(new Error('ELOOP'), { code: 'ELOOP', syscall: 'open' });
      at = resolve(dirname(at), readlinkSync(at));
    }
  } catch (e) {
    throw ioError(e, 'cannot write the file', path);
  }
  const shown = at === path ? path : `${path} (a link to ${at})`;
  if (!st) return { path: at, kind: 'absent' };
  if (st.isFile()) return { path: at, kind: 'regular', mode: st.mode & 0o7777 };
  if (st.isFIFO() || st.isCharacterDevice()) return { path: at, kind: 'stream' };
  if (st.isDirectory()) throw new CliError(`${shown}: cannot write the file: it is a directory (EISDIR)`, EXIT.io);
  throw new CliError(`${shown}: is a ${st.isBlockDevice() ? 'block device' : 'socket'}; icsim writes only regular files, FIFOs and character devices such as /dev/null`, EXIT.badInput);
}

/**
 * Writes `data` to `path` (see the module header).
 * @throws CliError (exit code 3) naming `path` when the file system refuses (no such directory, read-only, disk full); exit code 2 for a block device or socket
 */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  const target = outputTarget(path);
  if (target.kind === 'stream') {
    try {
      writeFileSync(target.path, data);
    } catch (e) {
      throw ioError(e, 'cannot write the file', path);
    }
    return;
  }
  const tmp = join(dirname(target.path), `.${basename(target.path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
    if (target.mode !== undefined) chmodSync(tmp, target.mode);
    renameSync(tmp, target.path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    throw ioError(e, 'cannot write the file', path);
  }
}
