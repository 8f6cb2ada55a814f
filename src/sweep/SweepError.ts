/** An error in a sweep's input (a bad --vary, variant or file), meant for the user as it is. */
export class SweepError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SweepError';
  }
}
