/**
 * A SweepError as the CLI reports it: a sweep file that lacks runs is work
 * not finished (exit code 1); anything else a sweep refuses (a bad option, a
 * foreign or damaged file) is bad input (exit code 2). One rule for every
 * command that reads sweep files (issue 25).
 */
import type { SweepError } from '../sweep/SweepError.ts';
import { CliError } from './CliError.ts';
import { EXIT } from './exitCodes.ts';

/** Messages of src/sweep that say runs are missing from a file, or that it is one shard of several (mergeShards, analyseSensitivity). */
const INCOMPLETE = /runs are missing|holds \d+ of \d+ runs|holds shard \d+\/\d+ only/;

/** The CliError, with its exit code, for a SweepError. */
export function sweepErrorToCli(e: SweepError): CliError {
  return new CliError(e.message, INCOMPLETE.test(e.message) ? EXIT.failed : EXIT.badInput);
}
