/**
 * The argument handling every sub-command shares: positional arguments, the
 * command's own options plus `-h/--help`, strict parsing (an unknown option is
 * an error), and printing the help text when asked.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const;

/**
 * Parses a command's arguments; prints `help` and returns null for `--help`.
 * @throws the parse error of node:util (ERR_PARSE_ARGS_*), which main.ts reports
 */
export function parseCommandArgs<const O extends Options>(args: string[], options: O, help: string) {
  const parsed = parseArgs({ args, allowPositionals: true, options: { ...options, ...HELP } });
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(help);
    return null;
  }
  return parsed;
}
