/** A published data file that cannot be read as expected: the message names the file, the row or column, and what was expected. */
export class DataError extends Error {
  override name = 'DataError';
}
