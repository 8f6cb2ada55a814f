/**
 * A figure or report drawn from a sweep with failed or missing runs would
 * quietly show a different sample: say so on stderr, and go on only when
 * the user asked for it (--allow-incomplete).
 */
import type { ChartInput } from '../export/readInput.ts';
import { CliError } from './CliError.ts';
import { EXIT } from './exitCodes.ts';

/**
 * Reports an incomplete sweep on stderr.
 * @throws CliError (exit code 1) when it is incomplete and `allow` is false
 */
export function checkComplete(input: ChartInput, allow: boolean, command: string): void {
  if (input.kind !== 'sweep' || (input.failed === 0 && input.rows >= input.expected)) return;
  const missing = Math.max(0, input.expected - input.rows);
  const what =
    `${input.path} is incomplete: ${input.rows - input.failed} of ${input.expected} runs finished` +
    `${input.failed ? `, ${input.failed} failed` : ''}${missing ? `, ${missing} missing` : ''}`;
  // Refused: the one line of the error says it all (issue 25: one line on stderr).
  if (!allow) {
    throw new CliError(`${what}; not used: finish the sweep (icsim sweep ... --resume, icsim merge), or add --allow-incomplete`, EXIT.failed);
  }
  process.stderr.write(`${command}: ${what}; using the runs that finished (--allow-incomplete)\n`);
}
