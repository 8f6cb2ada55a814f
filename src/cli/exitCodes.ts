/**
 * The exit codes of every `icsim` command (documented in README.md).
 *
 * - 0: done.
 * - 1: the work failed: a simulation stopped (a ledger or engine error), a
 *   sweep finished with failed runs, or an input is incomplete (a chart of a
 *   sweep with failed or missing runs, a merge with runs missing).
 * - 2: bad input: a usage error, an invalid option or scenario, a malformed
 *   or foreign input file, or an output that exists and may not be replaced.
 * - 3: the file system failed: a file that cannot be read or written (no
 *   such file or directory, permission denied, read-only, disk full).
 * - 130: interrupted (Ctrl-C or SIGTERM); a sweep can be resumed.
 */
export const EXIT = {
  ok: 0,
  failed: 1,
  badInput: 2,
  io: 3,
  interrupted: 130,
} as const;
