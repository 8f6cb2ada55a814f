/**
 * The `icsim` command line: dispatches to one module per sub-command.
 * Errors meant for the user (bad input) print without a stack trace and
 * exit non-zero.
 */
import { ScenarioError, LedgerError } from '../engine/index.ts';
import type { Command } from './command.ts';
import { CliError } from './CliError.ts';
import { commands } from './commands/index.ts';

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: icsim COMMAND [options]   (icsim COMMAND --help for details)',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
  ].join('\n');
}

/** Runs the CLI with arguments (without node and script); returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    const { VERSION } = await import('../engine/version.ts');
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const cmd: Command | undefined = commands.find((c) => c.name === name);
  if (!cmd) {
    process.stderr.write(`icsim: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await cmd.run(rest);
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`icsim ${name}: ${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof ScenarioError || e instanceof LedgerError) {
      process.stderr.write(`icsim ${name}: ${e.message}\n`);
      return 1;
    }
    const code = (e as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`icsim ${name}: ${(e as Error).message}\n(see icsim ${name} --help)\n`);
      return 2;
    }
    throw e;
  }
}
