import { EXIT } from './exitCodes.ts';

/** An error to show the user as it is, without a stack trace, with an exit code (exitCodes.ts; bad input by default). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.badInput,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
