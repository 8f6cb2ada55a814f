/**
 * Every error of `icsim` is one line on stderr (issue 25): a message that
 * lists several problems (one per line, as a ScenarioError does) becomes
 * their count and the first, unless the user asked for them all with
 * `--verbose`; stray control characters (a newline inside a quoted snippet of
 * a file) become spaces.
 */

let verbose = false;

/** Sets whether errors list every problem (`--verbose`, read by main.ts). */
export function setVerbose(on: boolean): void {
  verbose = on;
}

/** Replaces control characters (newlines, tabs, NUL, the terminal's escapes) by a space, so that a message stays on its line. */
export function flatten(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

/**
 * The text to print for an error message, without the trailing newline: one
 * line, or with `--verbose` one line per problem.
 * @param prefix put before each line printed, e.g. "icsim run: "
 */
export function problemText(message: string, prefix = ''): string {
  const problems = message.split('\n').map(flatten).filter((l) => l !== '');
  if (problems.length <= 1) return prefix + (problems[0] ?? flatten(message));
  if (verbose) return problems.map((p) => prefix + p).join('\n');
  return `${prefix}${problems.length} problems; the first: ${problems[0]} (add --verbose to list them all)`;
}
