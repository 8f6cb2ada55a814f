/**
 * File-system errors as one line for the user: which file, what was being
 * done and what the system said, in words, with exit code 3.
 */
import { CliError } from './CliError.ts';
import { EXIT } from './exitCodes.ts';

const MEANING: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
  EEXIST: 'the file exists',
  EPIPE: 'the reader closed the pipe',
  ENAMETOOLONG: 'the file name is too long',
  EBUSY: 'the file is busy',
};

/** True for an error from the operating system (a Node error with an errno code such as ENOENT). */
export function isFsError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' && /^E[A-Z0-9]+$/.test((e as { code: string }).code) && 'syscall' in e;
}

/** The system's complaint in words, e.g. "no space left on the device (ENOSPC)". */
export function fsReason(e: NodeJS.ErrnoException): string {
  const code = e.code ?? '';
  return MEANING[code] ? `${MEANING[code]} (${code})` : code || e.message;
}

/**
 * A CliError with exit code 3 for a file-system error.
 * @param action what was being done, e.g. "cannot write"
 * @param path the file the user named (not a temporary file beside it)
 */
export function ioError(e: unknown, action: string, path?: string): CliError {
  const err = e as NodeJS.ErrnoException;
  const target = path ?? err.path ?? '';
  return new CliError(`${target ? `${target}: ` : ''}${action}: ${fsReason(err)}`, EXIT.io);
}
