/** One `icsim` sub-command. */
export interface Command {
  name: string;
  /** Full help text for `icsim NAME --help`. */
  help: string;
  /** Runs the command; returns the exit code. */
  run(args: string[]): Promise<number>;
}
